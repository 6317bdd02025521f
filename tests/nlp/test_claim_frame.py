"""A claim's date and scope (issue 20) on sentences written for these tests: what happening the number measures."""

from __future__ import annotations

import pytest
from spacy.language import Language

from storyline.model import Article, Claim
from storyline.nlp.analyze import analyze


@pytest.fixture(scope="module")
def nlp(claims_pipeline: Language) -> Language:
    return claims_pipeline


def _claim(nlp: Language, text: str, number: str) -> Claim:
    doc = nlp(text)
    [claim] = [c for c in doc._.claims if number in c.text]
    return claim


def test_a_date_in_the_clause_is_the_claims(nlp: Language) -> None:
    text = "The same valley was hit by a flood in September that killed 12 farmers."
    assert _claim(nlp, "A flood in September killed 12 farmers.", "12").when == "september"
    # a thing's relative clause with no date of its own takes the date of the clause its noun stands in: the flood
    # that killed them was September's
    assert _claim(nlp, text, "12").when == "september"


def test_coordinated_verbs_share_their_date(nlp: Language) -> None:
    text = "That storm killed at least nine fishermen, injured 30 sailors and sank two ferries in March."
    assert _claim(nlp, text, "nine").when == "march"


def test_the_date_of_a_report_is_not_the_numbers(nlp: Language) -> None:
    text = "Raiders took 300 paintings from the museum, officials said on Tuesday."
    assert _claim(nlp, text, "300").when == ""


def test_a_period_running_to_now_is_no_other_date(nlp: Language) -> None:
    assert _claim(nlp, "Since March, the army has recruited several thousand volunteers.", "thousand").when == ""


def test_the_article_dates_its_happening_elsewhere(nlp: Language) -> None:
    text = (
        "A strong quake has injured four people on the island of Varno.\n\n"
        "Friday's earthquake was the second one to hit Varno in two days."
    )
    assert _claim(nlp, text, "four").when == "friday"


def test_a_count_taken_within_another(nlp: Language) -> None:
    text = "The striker scored 14 goals in 20 matches for the club."
    assert _claim(nlp, text, "14").scope == "match:20"
    own = "The navy fired 23 torpedoes during 16 drills."
    assert _claim(nlp, own, "23").scope == "drill:16"
    assert _claim(nlp, own, "16").scope == ""


def test_a_number_naming_a_kind_is_no_claim(nlp: Language) -> None:
    doc = nlp("It was his third 40-goal season in a row.")
    assert not doc._.claims
    assert _claim(nlp, "He scored 40 goals that season.", "40").value == 40


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Thieves took paintings valued at 40 million euros from the gallery.", "paintings"),
        ("Thieves took paintings worth 40 million euros from the gallery.", "paintings"),
        ("Thieves took $40 million worth of gold bars from the vault.", "gold bars"),
        ("Thieves made off with an estimated $40 million in cash.", "cash"),
        ("Jewellery worth more than $40 million was stolen from the shop.", "Jewellery"),
    ],
)
def test_a_sum_names_what_it_values(nlp: Language, text: str, counted: str) -> None:
    [claim] = nlp(text)._.claims
    assert claim.counted == counted


def test_a_sum_given_again_in_brackets_values_the_same(nlp: Language) -> None:
    found = nlp("Thieves took paintings valued at 40 million euros ($45 million) from the gallery.")._.claims
    assert [c.counted for c in found] == ["paintings", "paintings"]


def test_a_relative_clause_takes_the_date_of_its_noun(nlp: Language) -> None:
    text = "Residents still recall the worst flood in March 2004, in which more than 300 people were killed."
    assert _claim(nlp, text, "300").when == "2004-03" or _claim(nlp, text, "300").when == "march 2004"


def test_it_takes_up_the_happening_the_sentence_before_dated(nlp: Language) -> None:
    text = "The last big storm to hit the coast was in October.\n\nIt killed 61 fishermen and sank 12 boats."
    assert _claim(nlp, text, "61").when == "october"


def test_a_support_verbs_adjunct_says_what_befell_its_subject(nlp: Language) -> None:
    text = "Officials said five people had received treatment after being injured by the storm."
    assert _claim(nlp, text, "five").predicate == "injure"


@pytest.mark.parametrize(
    ("text", "number", "scope"),
    [
        ("The team has lost its last 10 games at home.", "10", "sel:last"),
        ("The guard scored five points per game last season.", "five", "per:game"),
        ("Eight of the jurors voted to acquit.", "Eight", "part:juror"),
        ("Ana Duarte scored nine points in the second half.", "nine", "half:second"),
        ("Ana Duarte picked up the slack in the first half as she scored seven points.", "seven", "half:first"),
    ],
)
def test_a_selection_a_rate_or_a_part_is_a_scope(nlp: Language, text: str, number: str, scope: str) -> None:
    assert _claim(nlp, text, number).scope == scope


def test_the_named_subject_holds_the_count(nlp: Language) -> None:
    text = "David Garrard threw for 329 yards in the second half."
    holder = _claim(nlp, text, "329").holder
    assert holder is not None and holder.text == "David Garrard"
    assert _claim(nlp, "Officials said 40 houses burned.", "40").holder is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The keeper saved 31 of 37 shots on goal.", "37"),
        ("The rovers scored on three of their first seven attempts.", "seven"),
        ("\"We have lost two out of five ferries,\" the harbour master said.", "five"),
    ],
)
def test_the_whole_a_part_is_taken_from_is_its_own_scope(nlp: Language, text: str, number: str) -> None:
    # what the clause says (saved, scored on) befalls the part: the whole is no count of saved shots
    [claim] = [c for c in nlp(text)._.claims if c.text.startswith(number)]
    # a selection stays with it ("whole sel:first"): two selections' wholes are two counts
    assert claim.scope.split()[0] == "whole"


def test_a_part_of_them_is_a_part(nlp: Language) -> None:
    text = "The storm injured 60 people across the region, 22 of them in the capital."
    assert _claim(nlp, text, "22").scope == "part:them"


def test_a_coordinated_clause_keeps_its_own_date(nlp: Language) -> None:
    text = "A flood killed more than 900 farmers in 1998, and 40 were killed in a landslide in April."
    assert _claim(nlp, text, "900").when == "1998"
    assert _claim(nlp, text, "40").when == "april"


def test_it_dates_a_coordinated_verb_too(nlp: Language) -> None:
    text = "The last big storm to hit the coast was in October.\n\nIt killed 61 fishermen and injured 230."
    assert _claim(nlp, text, "230").when == "october"


def _where(nlp: Language, text: str, number: str) -> str | None:
    where = _claim(nlp, text, number).where
    return where.text if where is not None else None


def test_a_locative_in_the_clause_is_the_claims_place(nlp: Language) -> None:
    assert _where(nlp, "In Lyon, 30,000 marchers crossed the river on Tuesday.", "30,000") == "Lyon"
    assert _where(nlp, "Organisers said 30,000 marchers gathered in Lyon.", "30,000") == "Lyon"


def test_a_city_the_counted_noun_or_the_clause_is_named_with(nlp: Language) -> None:
    assert _where(nlp, "The Marseille rally drew 30,000 marchers.", "30,000") == "Marseille"


def test_a_state_before_the_counted_noun_says_whose_not_where(nlp: Language) -> None:
    assert _where(nlp, "France's 30,000 gendarmes stayed in barracks.", "30,000") is None


def test_the_place_a_relative_where_takes_up(nlp: Language) -> None:
    text = "Strikes also spread to the southern city of Marseille, where another 8,000 marchers gathered."
    assert _where(nlp, text, "8,000") == "Marseille"


def test_where_a_passive_report_places_the_counted_things(nlp: Language) -> None:
    assert _where(nlp, "In Marseille, 8,000 marchers are reported as gathering.", "8,000") == "Marseille"


def test_where_a_report_was_made_is_not_the_numbers_place(nlp: Language) -> None:
    assert _where(nlp, "Officials in Lyon said the fire destroyed 40 houses.", "40") is None


def test_a_person_is_no_place(nlp: Language) -> None:
    assert _where(nlp, "Jean Moulin's 30 volunteers rebuilt the bridge.", "30") is None


def test_the_place_points_at_the_text_as_written() -> None:
    """Regression (fuzzing): with the full pipeline the place took the mention's normalised name ("United States")
    with the offsets of "the United States", so its text was not the slice it points at."""
    text = "Apple has 40 stores in the United States."
    article = Article(id="a", source="a", text=text, body=text)
    [claim] = analyze(article).claims
    assert claim.where is not None
    assert (claim.where.start, claim.where.text) == (23, "the United States")


def test_a_root_the_tagger_makes_a_noun_still_dates_its_conjunct(nlp: Language) -> None:
    # "shot" tagged a noun: its subject makes it the clause's verb, so "In late October" dates "wounded"
    text = "In late October, a gunman shot and wounded four people at a warehouse near Dover."
    assert _claim(nlp, text, "four").when == "october"


def test_a_things_relative_clause_takes_its_nouns_date_a_persons_does_not(nlp: Language) -> None:
    text = "In May 2001, the town was flattened by a storm that left more than 200 people dead."
    assert _claim(nlp, text, "200").when == "2001-05"
    text = "The woman who killed four people was sentenced on Friday."
    assert _claim(nlp, text, "four").when == ""  # her killings are not Friday's


def test_where_after_a_place_is_that_place(nlp: Language) -> None:
    text = "Violence broke out in Marseille where about 30,000 people marched against the reform."
    where = _claim(nlp, text, "30,000").where
    assert where is not None and where.text == "Marseille"


def test_a_clause_inside_a_scope_phrase_keeps_its_count(nlp: Language) -> None:
    text = "More than 200 people joined a vigil in the street where the boy was shot nine times."
    assert _claim(nlp, text, "More than 200").scope == ""
    assert _claim(nlp, "He scored 13 goals in 20 matches.", "13").scope == "match:20"


def test_a_clause_running_on_since_the_others_date_is_not_dated_by_it(nlp: Language) -> None:
    # "and since has received": from May to the report, as "since May" is the story's own time
    text = "The ministry published the draft plan in March and since has received nearly 40,000 letters."
    assert _claim(nlp, text, "40,000").when == ""
    assert _claim(nlp, "The ministry published the plan in March and received 400 letters.", "400").when == "march"
