"""The claims component on sentences written for these tests: each value form, hedge, source and non-claim."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from storyline.model import Article, Claim, Quote, Ref, Speaker, TimeExpr
from storyline.nlp import claims, paragraphs  # noqa: F401  (registers the components)
from storyline.nlp.analyze import analyze
from storyline.nlp.claims import extract_claims
from storyline.nlp.extensions import register_extensions
from storyline.nlp.quantities import match_qualifier, parse_amount
from storyline.settings import DEFAULT_MODEL


@pytest.fixture(scope="module")
def nlp() -> Language:
    # The statistical model with only the components the claims need: other extractors are not under test.
    register_extensions()
    pipeline = spacy.load(DEFAULT_MODEL)
    pipeline.add_pipe("storyline_paragraphs", before="parser")
    pipeline.add_pipe("storyline_claims")
    return pipeline


def _claims(nlp: Language, text: str) -> tuple[Claim, ...]:
    doc = nlp(text)
    for claim in doc._.claims:
        assert text[claim.start : claim.end] == claim.text
        if claim.source is not None:
            assert text[claim.source.start : claim.source.end] == claim.source.text
    return tuple(doc._.claims)


def _one(nlp: Language, text: str) -> Claim:
    found = _claims(nlp, text)
    assert len(found) == 1, [c.text for c in found]
    return found[0]


# --- reading numbers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "value", "vague"),
    [
        (["11,000"], 11000, False),
        (["1.5"], 1.5, False),
        (["five"], 5, False),
        (["twenty", "five"], 25, False),
        (["1.5", "million"], 1_500_000, False),
        (["half", "a", "million"], 500_000, False),
        (["a", "dozen"], 12, False),
        (["5bn"], 5e9, False),
        (["thousands"], 1000, True),
        (["several", "thousand"], 1000, True),
        (["tens", "of", "thousands"], 10_000, True),
        (["a", "few", "hundred"], 100, True),
    ],
)
def test_parse_amount(words: list[str], value: float, vague: bool) -> None:
    amount = parse_amount(words)
    assert amount is not None
    assert amount.value == pytest.approx(value)
    assert amount.vague is vague


@pytest.mark.parametrize("words", [["first"], ["3rd"], ["several"], ["people"], ["some", "5,000"]])
def test_parse_amount_refuses(words: list[str]) -> None:
    assert parse_amount(words) is None


def test_match_qualifier_takes_the_longest_hedge() -> None:
    assert match_qualifier(["said", "as", "many", "as"]) == ("as many as", "max")
    assert match_qualifier(["including", "at", "least"]) == ("at least", "min")
    assert match_qualifier(["the", "big"]) is None


# --- value forms in sentences ---------------------------------------------------------------------


def test_digits_with_counted_noun_phrase(nlp: Language) -> None:
    claim = _one(nlp, "The navy said 4,500 sailors near the disputed islands were put on alert.")
    assert claim.value == 4500 and claim.kind == "exact"
    assert claim.counted == "sailors near the disputed islands"
    assert claim.source_name == "The navy"


def test_number_word(nlp: Language) -> None:
    claim = _one(nlp, "Rescuers pulled seven miners from the shaft.")
    assert claim.value == 7 and claim.counted == "miners"


def test_hyphenated_number_word(nlp: Language) -> None:
    claim = _one(nlp, "The committee has twenty-five members.")
    assert claim.value == 25 and claim.text == "twenty-five members"


def test_one_of_just_five(nlp: Language) -> None:
    claim = _one(nlp, "Chile was one of just five nations to vote against the resolution.")
    assert claim.value == 5 and claim.kind == "exact"
    assert claim.counted.startswith("nations")


def test_as_many_as_is_an_upper_bound(nlp: Language) -> None:
    claim = _one(nlp, "As many as 900 workers lost their jobs.")
    assert claim.kind == "max" and claim.high == 900 and claim.value is None
    assert claim.qualifier == "As many as"


def test_up_to_is_an_upper_bound(nlp: Language) -> None:
    claim = _one(nlp, "The ferry carries up to 300 passengers.")
    assert claim.kind == "max" and claim.high == 300


def test_at_least_is_a_lower_bound(nlp: Language) -> None:
    claim = _one(nlp, "The storm destroyed at least one bridge in the valley.")
    assert claim.kind == "min" and claim.low == 1 and claim.counted.startswith("bridge")


def test_more_than_is_a_lower_bound(nlp: Language) -> None:
    claim = _one(nlp, "More than 2,000 families have applied for aid.")
    assert claim.kind == "min" and claim.low == 2000


@pytest.mark.parametrize("hedge", ["about", "nearly", "some"])
def test_approximate_hedges(nlp: Language, hedge: str) -> None:
    claim = _one(nlp, f"The festival drew {hedge} 6,000 visitors.")
    assert claim.kind == "approx" and claim.value == 6000 and claim.qualifier == hedge


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("The rebels captured several thousand rifles.", 1000),
        ("Thousands of residents lost power overnight.", 1000),
        ("Hundreds of farmers blocked the highway.", 100),
        ("Tens of thousands of fans filled the stadium.", 10_000),
    ],
)
def test_vague_orders(nlp: Language, text: str, order: float) -> None:
    claim = _one(nlp, text)
    assert claim.kind == "order" and claim.low == order and claim.value is None


def test_thousands_of_counts_the_noun_after_of(nlp: Language) -> None:
    claim = _one(nlp, "Thousands of residents lost power overnight.")
    assert claim.counted == "residents" and claim.text == "Thousands of residents"


def test_money(nlp: Language) -> None:
    claim = _one(nlp, "The utility borrowed $5 billion to rebuild the grid.")
    assert claim.value == 5e9 and claim.unit == "USD" and claim.text == "$5 billion"


def test_currency_word(nlp: Language) -> None:
    claim = _one(nlp, "The museum paid 300 million euros for the painting.")
    assert claim.value == 3e8 and claim.unit == "EUR"


def test_percent(nlp: Language) -> None:
    claim = _one(nlp, "Turnout fell and 40% of voters stayed home.")
    assert claim.value == 40 and claim.unit == "%" and claim.counted == "voters"


def test_half_a_million(nlp: Language) -> None:
    claim = _one(nlp, "Half a million tourists visited the island.")
    assert claim.value == 500_000 and claim.counted == "tourists"


def test_range(nlp: Language) -> None:
    claim = _one(nlp, "The plant builds between 5,000 and 8,000 tractors.")
    assert claim.kind == "range" and (claim.low, claim.high) == (5000, 8000)


def test_a_sum_range_writes_its_sign_twice(nlp: Language) -> None:
    claim = _one(nlp, "The club's bid for the pitcher is said to run from $45 million to $60 million.")
    assert claim.kind == "range" and (claim.low, claim.high) == (45e6, 60e6) and claim.unit == "USD"
    claim = _one(nlp, "Insurers put the damage at between £2 billion and £3 billion.")
    assert claim.kind == "range" and (claim.low, claim.high) == (2e9, 3e9)
    # two signs that differ are two sums, never one range
    assert len(_claims(nlp, "The ticket went up from $5 to £8 in a year.")) == 2


def test_hyphenated_range(nlp: Language) -> None:
    claim = _one(nlp, "Witnesses said 20-30 protesters were detained.")
    assert claim.kind == "range" and (claim.low, claim.high) == (20, 30) and claim.counted == "protesters"


def test_past_is_a_lower_bound(nlp: Language) -> None:
    claim = _one(nlp, "Attendance climbed past 9,000 on the final day.")
    assert claim.kind == "min" and claim.low == 9000 and claim.counted == "Attendance"


def test_level_verb_gives_what_is_measured(nlp: Language) -> None:
    claim = _one(nlp, "The death toll rose to 43.")
    assert claim.value == 43 and claim.counted == "death toll"


# --- not claims ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "She became a 27-year-old senator when she won.",  # an age
        "The mayor, aged 64, opened the bridge.",  # an age
        "The treaty was signed in 2019 in Geneva.",  # a year
        "The talks began on March 3, 2021, in Oslo.",  # a date
        "The meeting starts at 9 a.m. in the hall.",  # a time of day
        "The striker was his first signing of the season.",  # an ordinal
        "The party called it the No. 1 threat to the nation.",  # a rank
        "Call 555-123-4567 for tickets.",  # a phone number
        "Pilots flew the F-16 over the base.",  # a model name
        "It is Europe 2.0 that the minister wants.",  # a version
        "The two presidents shook hands.",  # anaphoric "the two"
        "One of the guards opened the gate.",  # "one of": a pronoun
        "The council approved the plan 9-4 on Monday.",  # a vote tally
    ],
)
def test_not_quantity_claims(nlp: Language, text: str) -> None:
    assert _claims(nlp, text) == ()


def test_the_count_of_a_source_is_not_a_claim(nlp: Language) -> None:
    found = _claims(nlp, "Three officials familiar with the plan said 40 drones were launched.")
    assert [c.value for c in found] == [40]
    assert found[0].source_name == "Three officials"


# --- sources ---------------------------------------------------------------------------------------


def test_source_is_subject_of_estimate_that(nlp: Language) -> None:
    claim = _one(nlp, "Western and Japanese health agencies estimate that 2,300 patients have been treated.")
    assert claim.source_name == "Western and Japanese health agencies"


def test_source_after_the_clause(nlp: Language) -> None:
    claim = _one(nlp, "Up to 700 fishermen could lose their licences, port officials say.")
    assert claim.source_name == "port officials"


def test_source_possessive_group(nlp: Language) -> None:
    claim = _one(nlp, "The drill included at least one destroyer, Manila’s navy said.")
    assert claim.source_name == "Manila’s navy"


def test_source_according_to(nlp: Language) -> None:
    claim = _one(nlp, "About 60% of drivers support the toll, according to polling.")
    assert claim.source_name == "polling"


def test_source_of_object_reporting_verb(nlp: Language) -> None:
    claim = _one(nlp, "Police put the crowd at 20,000.")
    assert claim.source_name == "Police" and claim.counted == "crowd"


def test_no_source_means_the_outlet(nlp: Language) -> None:
    claim = _one(nlp, "Since May, the army has recruited several thousand volunteers.")
    assert claim.source is None and claim.source_name is None


def test_claim_inside_a_quote_takes_its_speaker(nlp: Language) -> None:
    text = "The mayor spoke. “We lost 12 buses in the flood.” It was a long night."
    doc = nlp.make_doc(text)
    start = text.index("We lost")
    end = text.index("flood.") + len("flood.")
    mention = Ref(0, len("The mayor"), "The mayor")
    speaker = Speaker(mention=mention, name="Ana Ruiz", kind="person")
    for name, proc in nlp.pipeline:
        if name == "storyline_claims":
            doc._.quotes = (Quote(start=start, end=end, sent=1, text=text[start:end], kind="direct", speaker=speaker),)
        doc = proc(doc)
    (claim,) = doc._.claims
    assert claim.value == 12 and claim.source_name == "Ana Ruiz" and claim.source == mention


def test_time_in_the_same_clause(nlp: Language) -> None:
    text = "Since May, the army has recruited several thousand volunteers."
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "storyline_claims":
            doc._.times = (TimeExpr(start=0, end=9, sent=0, text="Since May", value="2024-05"),)
        doc = proc(doc)
    (claim,) = extract_claims(doc)
    assert claim.time == "2024-05"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The storm killed nine people and injured 140.", "140"),
        ("Rescuers said 31 were hurt.", "31"),
    ],
)
def test_a_bare_number_killed_or_injured_counts_people(nlp: Language, text: str, number: str) -> None:
    [claim] = [c for c in nlp(text)._.claims if c.text == number]
    assert claim.counted == "people" and claim.predicate == "injure"


def test_a_bare_number_that_befalls_nothing_counts_nothing(nlp: Language) -> None:
    [claim] = nlp("The Hawks scored 31 in the second half.")._.claims
    assert claim.counted == ""


def test_the_measure_a_number_is_of(nlp: Language) -> None:
    [claim] = nlp("The town has a population of more than 40,000.")._.claims
    assert claim.counted == "population" and claim.low == 40000


def test_a_headlines_counts_are_claims_at_its_offsets() -> None:
    """The cleaner keeps the headline out of the body (blanked); its counts are read all the same."""
    title = "Storm hits coast of Valdoria, four hurt"
    body = "The storm struck the coast on Monday, injuring four people, officials said."
    text = f"{title}\n\n{body}"
    article = Article(id="h", source="h", text=text, body=" " * len(title) + "\n\n" + body, title=title)
    found = analyze(article).claims
    head = [c for c in found if c.start < len(title)]
    assert [(c.text, c.counted, c.predicate) for c in head] == [("four", "people", "injure")]
    assert text[head[0].start : head[0].end] == "four"
    assert len(found) == 2


def test_a_clock_time_whose_abbreviation_is_split_is_no_claim(nlp: Language) -> None:
    # "7 a. m.", as a tokenizer that splits "a.m." writes it (the ECB+ texts do), is a time of day
    found = _claims(nlp, "The ferry left at 7 a. m. and docked at 10 p. m. with 300 passengers.")
    assert [c.text for c in found] == ["300 passengers"]


def test_a_title_case_headline_is_read_in_the_case_its_body_writes() -> None:
    """ "Girl Shot 9 Times" parsed as written makes "Shot" and "Times" names and reads no claim; re-cased by the body
    ("Marta Kovel" stays a name, "Shot" and "Times" become words) it counts the girl's wounds, at the headline's
    offsets and in its own case."""
    title = "Marta Kovel Shot 9 Times Outside Valdoria Bakery"
    body = (
        "A teenager was shot outside a bakery in Valdoria on Monday. Police said Marta Kovel was shot nine times"
        " and taken to hospital. The bakery owner, who knew Kovel, said the shooting lasted seconds."
    )
    text = f"{title}\n\n{body}"
    article = Article(id="t", source="t", text=text, body=" " * len(title) + "\n\n" + body, title=title)
    head = [c for c in analyze(article).claims if c.start < len(title)]
    assert [(c.value, c.counted) for c in head] == [(9, "wounds")]
    assert head[0].text.startswith("9 Times") and text[head[0].start : head[0].end] == head[0].text


def test_sentence_case_keeps_names_initials_and_acronyms() -> None:
    from storyline.nlp.headline import sentence_cased

    nlp = spacy.load(DEFAULT_MODEL)
    body = nlp("The NFL said on Sunday that Dana LaRue of Valdoria had been hurt. Fans of LaRue waited outside.")
    assert sentence_cased("Dana LaRue Hurt In U. S. NFL Game", body) == "Dana LaRue hurt in U. S. NFL game"
    assert sentence_cased("Storm hits coast of Valdoria, four hurt", body) == "Storm hits coast of Valdoria, four hurt"


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Officials said 70 per cent of eligible voters cast ballots.", "eligible voters"),
        ("Officials said 70 percent of eligible voters cast ballots.", "eligible voters"),
    ],
)
def test_per_cent_is_a_percent(nlp: Language, text: str, counted: str) -> None:
    claim = _one(nlp, text)
    assert (claim.unit, claim.counted, claim.value) == ("%", counted, 70)


def test_an_age_at_death_counts_no_people(nlp: Language) -> None:
    claim = _one(nlp, "The retired singer died at 91 in her home.")
    assert claim.counted == "" and claim.value == 91
