"""The quotes component on sentences written for these tests: each attribution pattern once."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from storyline.model import Quote
from storyline.nlp import paragraphs, quotes  # noqa: F401  (registers the components)
from storyline.nlp.extensions import register_extensions
from storyline.settings import DEFAULT_MODEL


@pytest.fixture(scope="module")
def nlp() -> Language:
    # The statistical model with only the components the quotes need: other extractors are not under test.
    register_extensions()
    pipeline = spacy.load(DEFAULT_MODEL)
    pipeline.add_pipe("storyline_paragraphs", before="parser")
    pipeline.add_pipe("storyline_quotes")
    return pipeline


def _quotes(nlp: Language, text: str) -> tuple[Quote, ...]:
    doc = nlp(text)
    for quote in doc._.quotes:
        assert text[quote.start : quote.end] == quote.text
        assert quote.speaker is None or text[quote.speaker.mention.start : quote.speaker.mention.end] == (
            quote.speaker.mention.text
        )
    return tuple(doc._.quotes)


def _find(found: tuple[Quote, ...], words: str) -> Quote:
    hits = [q for q in found if words in q.text]
    assert hits, f"no quote contains {words!r}: {[q.text for q in found]}"
    return hits[0]


def test_direct_quote_with_inverted_attribution(nlp: Language) -> None:
    found = _quotes(nlp, "“The bridge will be finished by March,” says Helen Ashworth of the Regional Transport Board.")
    quote = _find(found, "The bridge will be finished")
    assert quote.kind == "direct" and quote.speaker is not None
    assert quote.speaker.name == "Helen Ashworth"
    assert quote.speaker.affiliation == "Regional Transport Board"
    assert quote.cue is not None and quote.cue.text == "says"


def test_split_quote_both_halves_to_one_speaker(nlp: Language) -> None:
    text = "“Wages have not kept up,” observes Marta Olsen from the Nordic Labour Institute. “Families feel it.”"
    found = _quotes(nlp, text)
    first, second = _find(found, "Wages have not"), _find(found, "Families feel it")
    assert first.kind == second.kind == "direct"
    assert first.speaker is not None and second.speaker is not None
    assert first.speaker.name == second.speaker.name == "Marta Olsen"
    assert second.speaker.affiliation == "Nordic Labour Institute"


def test_mismatched_marks_and_appositive_title(nlp: Language) -> None:
    text = '“The river has never been this low," said Tomas Reyes, a hydrology professor at Andes Technical University.'
    quote = _find(_quotes(nlp, text), "The river has never")
    assert quote.speaker is not None and quote.speaker.name == "Tomas Reyes"
    assert quote.speaker.title == "hydrology professor"
    assert quote.speaker.affiliation == "Andes Technical University"


def test_multi_paragraph_quote_keeps_its_speaker(nlp: Language) -> None:
    text = (
        "Grace Mbeki said: “We planted the first trees in 2015 and lost half of them to drought.\n\n"
        "“This year every one of them survived.”\n"
    )
    found = _quotes(nlp, text)
    second = _find(found, "This year every one")
    assert second.kind == "direct"
    assert second.speaker is not None and second.speaker.name == "Grace Mbeki"


def test_indirect_that_clause_and_trailing_attribution(nlp: Language) -> None:
    text = (
        "Fisheries inspectors estimate that 4,000 boats left port last month. "
        "The storm damaged the northern pier more than expected, harbour officials said."
    )
    found = _quotes(nlp, text)
    first, second = _find(found, "4,000 boats left port"), _find(found, "The storm damaged")
    assert first.kind == second.kind == "indirect"
    assert first.speaker is not None and first.speaker.name == "Fisheries inspectors"
    assert first.speaker.kind == "group"
    assert second.speaker is not None and second.speaker.name == "harbour officials"


def test_partial_quote_inside_a_sentence(nlp: Language) -> None:
    text = "Prime Minister Ana Lucero, who hailed a “landmark” accord with the unions, left early."
    quote = _find(_quotes(nlp, text), "landmark")
    assert quote.kind == "partial"
    assert quote.speaker is not None and quote.speaker.name == "Ana Lucero"


def test_according_to_with_and_without_marks(nlp: Language) -> None:
    text = (
        "Rents rose faster in the suburbs than in the centre, according to a survey by the city council. "
        "The plan was described as “a waste of public money,” according to the Taxpayers Alliance."
    )
    found = _quotes(nlp, text)
    first = _find(found, "Rents rose faster")
    assert first.kind == "indirect" and first.cue is not None and first.cue.text == "according to"
    assert first.speaker is not None and "survey" in first.speaker.name
    second = _find(found, "a waste of public money")
    assert second.kind == "partial"
    assert second.speaker is not None and second.speaker.name == "Taxpayers Alliance"


def test_belief_inside_according_to_is_nested_not_a_second_attribution(nlp: Language) -> None:
    text = "Most farmers remain convinced that the river will flood again this spring, according to a survey."
    found = _quotes(nlp, text)
    outer = _find(found, "Most farmers remain convinced")
    assert outer.text == "Most farmers remain convinced that the river will flood again this spring"
    assert outer.cue is not None and outer.cue.text == "according to" and outer.nested_in is None
    assert outer.speaker is not None and "survey" in outer.speaker.name
    inner = next(q for q in found if q.text.startswith("the river will flood"))
    assert inner.text == "the river will flood again this spring"
    assert inner.cue_class == "belief" and inner.nested_in == outer.cue
    assert [q for q in found if q.nested_in is None] == [outer]


def test_a_report_inside_another_is_nested_in_it(nlp: Language) -> None:
    text = "The engineer said the committee believes the bridge will need new cables next year."
    found = _quotes(nlp, text)
    outer = _find(found, "the committee believes")
    inner = next(q for q in found if q.text.startswith("the bridge will need"))
    assert outer.nested_in is None and outer.cue is not None and outer.cue.text == "said"
    assert inner.nested_in == outer.cue


def test_according_to_without_a_comma(nlp: Language) -> None:
    text = (
        "Mark Rathbun left the group in 2004. According to Rathbun the church property in question was "
        "returned by mail to the office by Montalvo shortly after he left."
    )
    quote = _find(_quotes(nlp, text), "property in question")
    assert quote.text.startswith("the church property in question was returned")
    assert quote.cue is not None and quote.cue.text == "According to"
    assert quote.speaker is not None and quote.speaker.name == "Mark Rathbun"


def test_colon_introduces_a_quote(nlp: Language) -> None:
    text = "The harbour master was blunt: “No ship leaves until the ice is gone.”"
    quote = _find(_quotes(nlp, text), "No ship leaves")
    assert quote.kind == "direct"
    assert quote.speaker is not None and quote.speaker.mention.text == "The harbour master"


def test_surname_pronoun_and_description_refer_back(nlp: Language) -> None:
    text = (
        "“Demand is falling,” said Oliver Brandt, an economist at the Hanseatic Bank.\n\n"
        "Brandt said exports would recover next year.\n\n"
        "“It will take time,” he added.\n\n"
        "The economist believes the central bank will cut rates in the spring.\n"
    )
    found = _quotes(nlp, text)
    for words, mention in [
        ("exports would recover", "Brandt"),
        ("It will take time", "he"),
        ("the central bank will cut", "The economist"),
    ]:
        quote = _find(found, words)
        assert quote.speaker is not None and quote.speaker.name == "Oliver Brandt", words
        assert quote.speaker.mention.text == mention
        # the title and affiliation given at the first quote carry to the later ones
        assert quote.speaker.title == "economist" and quote.speaker.affiliation == "Hanseatic Bank"


def test_misspelled_surname_is_the_same_person(nlp: Language) -> None:
    text = (
        "The reform will help small farms, said Ingrid Halvorsen, a former agriculture minister.\n\n"
        "“Nobody else offered a plan,” said Halvorson, now director at the Fjord Policy Centre.\n"
    )
    quote = _find(_quotes(nlp, text), "Nobody else offered")
    assert quote.speaker is not None and quote.speaker.name == "Ingrid Halvorsen"
    # the current role wins over the former one
    assert quote.speaker.title == "director" and quote.speaker.affiliation == "Fjord Policy Centre"


def test_surname_never_binds_across_articles(nlp: Language) -> None:
    _quotes(nlp, "“We are ready,” said Paula Whitcombe of the Coastal Trust.")
    quote = _find(_quotes(nlp, "“We are not ready,” Whitcombe said."), "We are not ready")
    assert quote.speaker is not None and quote.speaker.name == "Whitcombe"


def test_group_sources_keep_their_phrase(nlp: Language) -> None:
    text = (
        "Lisbon’s police said the march had passed off peacefully. Western diplomats worry that the talks will stall."
    )
    found = _quotes(nlp, text)
    assert _find(found, "the march had passed").speaker == _find(found, "the march had passed").speaker
    police, diplomats = _find(found, "the march had passed").speaker, _find(found, "the talks will stall").speaker
    assert police is not None and police.name == "Lisbon’s police" and police.kind == "group"
    assert diplomats is not None and diplomats.name == "Western diplomats" and diplomats.kind == "group"


def test_repeated_quote_is_one_quote(nlp: Language) -> None:
    text = (
        "“We will rebuild the school,” said Mayor Dana Kowalski.\n\n"
        "“We will rebuild the school,” said Mayor Dana Kowalski.\n"
    )
    found = [q for q in _quotes(nlp, text) if "rebuild the school" in q.text]
    assert len(found) == 1


def test_scare_quotes_and_titles_are_not_quotes(nlp: Language) -> None:
    text = (
        "The so-called “green corridor” opened on Monday. "
        "The ministry published a report called “Roads for Tomorrow” in May."
    )
    assert _quotes(nlp, text) == ()


def test_unbalanced_marks_do_not_crash(nlp: Language) -> None:
    text = '“Open “ quote ” and “ another\n\n” close" " “ ‘ ’ said nobody.'
    _quotes(nlp, text)  # the offsets checks run inside


def test_belief_verbs_need_a_source_subject(nlp: Language) -> None:
    found = _quotes(nlp, "The new figures suggest demand is slowing, and the drop shows that buyers are cautious.")
    assert all(q.kind != "indirect" or "buyers are cautious" not in q.text for q in found)


def test_role_first_then_name_in_apposition(nlp: Language) -> None:
    text = '"Orders are down again," said the chief economist at Baltic Freight Partners, Ilse Marten.'
    quote = _find(_quotes(nlp, text), "Orders are down")
    assert quote.speaker is not None and quote.speaker.name == "Ilse Marten"
    assert quote.speaker.title == "chief economist" and quote.speaker.affiliation == "Baltic Freight Partners"


def test_quoted_clause_after_that_is_direct(nlp: Language) -> None:
    text = "“Sales doubled,” said Ruth Okafor, adding that “the new stores are already profitable.”"
    quote = _find(_quotes(nlp, text), "the new stores are already")
    assert quote.kind == "direct"
    assert quote.speaker is not None and quote.speaker.name == "Ruth Okafor"


def test_the_company_refers_to_the_organisation_named_before(nlp: Language) -> None:
    text = (
        "Northwind Logistics reported a record quarter on Tuesday.\n\n"
        "The company said it would hire 300 drivers before the summer.\n"
    )
    quote = _find(_quotes(nlp, text), "it would hire 300 drivers")
    assert quote.speaker is not None and quote.speaker.kind == "organisation"
    assert quote.speaker.name == "Northwind Logistics"
    assert quote.speaker.mention.text == "The company"


def test_random_mixes_of_marks_and_attributions_never_raise(nlp: Language) -> None:
    import random

    rng = random.Random(11)
    pieces = ["“", "”", '"', "‘", "’", " said Ann Lee", " he added", ", officials say", ":", ".", "\n\n",
              " prices rose", " according to", " the analyst believes that", " Lee", " wrote", ","]  # fmt: skip
    for _ in range(40):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        _quotes(nlp, text)  # offsets are checked inside


def test_antecedents_from_the_mentions_component_are_used(nlp: Language) -> None:
    from storyline.model import Mention
    from storyline.nlp.quotes import extract_quotes

    text = "“Tariffs hurt everyone,” Moss said."
    doc = nlp.make_doc(text)
    for _, component in nlp.pipeline:
        if _ != "storyline_quotes":
            doc = component(doc)
    doc._.mentions = (Mention(25, 29, 0, "Moss", "PERSON", "Moss", kind="surname", antecedent="Irene Moss"),)
    (quote,) = extract_quotes(doc)
    assert quote.speaker is not None and quote.speaker.name == "Irene Moss"


def test_that_clause_on_statement_and_called_as_speech(nlp: Language) -> None:
    text = (
        "The port authority said in a statement that the cranes would be replaced. "
        "Union leaders have called the plan “a betrayal of the workers.”"
    )
    found = _quotes(nlp, text)
    statement = _find(found, "the cranes would be replaced")
    assert statement.kind == "indirect" and statement.speaker is not None
    assert statement.speaker.name == "The port authority" or "port authority" in statement.speaker.name
    called = _find(found, "a betrayal of the workers")
    assert called.kind == "partial" and called.speaker is not None and called.speaker.name == "Union leaders"


def test_an_unnamed_official_stays_unnamed(nlp: Language) -> None:
    text = "Anna Berg opened the session.\n\n“We are ready,” the minister told reporters.\n"
    quote = _find(_quotes(nlp, text), "We are ready")
    assert quote.speaker is not None and quote.speaker.name == "the minister" and quote.speaker.kind == "unknown"
