"""Attribution cues beyond the speech verb (issue 19): "according to" in every position, noun and adjective cues,
infinitives, blame, headlines; each kind on text written for these tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import spacy
from spacy.language import Language

from storyline.model import Quote
from storyline.nlp import paragraphs, quotes  # noqa: F401  (registers the components)
from storyline.nlp.extensions import register_extensions
from storyline.settings import DEFAULT_MODEL


@pytest.fixture(scope="module")
def nlp() -> Language:
    register_extensions()
    pipeline = spacy.load(DEFAULT_MODEL)
    pipeline.add_pipe("storyline_paragraphs", before="parser")
    pipeline.add_pipe("storyline_quotes")
    return pipeline


def _quotes(nlp: Language, text: str) -> tuple[Quote, ...]:
    found: tuple[Quote, ...] = nlp(text)._.quotes
    for quote in found:
        assert text[quote.start : quote.end] == quote.text
    return found


def _one(nlp: Language, text: str, words: str) -> Quote:
    hits = [q for q in _quotes(nlp, text) if words in q.text]
    assert len(hits) == 1, [q.text for q in _quotes(nlp, text)]
    return hits[0]


@pytest.mark.parametrize(
    "text",
    [
        "According to the harbour master, the ferry will not sail before Friday.\n",
        "The ferry, according to the harbour master, will not sail before Friday.\n",
        "The ferry will not sail before Friday, according to the harbour master.\n",
        "Residents learned that, according to the harbour master, the ferry will not sail before Friday.\n",
    ],
)
def test_according_to_in_every_position(nlp: Language, text: str) -> None:
    quote = _one(nlp, text, "sail before Friday")
    assert quote.cue is not None and quote.cue.text.lower() == "according to"
    assert quote.speaker is not None and quote.speaker.name == "the harbour master"


def test_according_to_with_a_quoted_fragment_is_one_mixed_attribution(nlp: Language) -> None:
    text = 'According to Mayor Anna Berg, the new bridge will serve the town "for a century".\n'
    found = _quotes(nlp, text)
    assert len(found) == 1 and found[0].kind == "mixed"


@pytest.mark.parametrize(
    ("text", "words", "cue_class"),
    [
        ("The union has fears that the plant will close next year.\n", "plant will close", "belief"),
        ("The auditors issued a recommendation that the council sell the stadium.\n", "council sell", "intention"),
        ("Investors came to the conclusion that the merger had failed.\n", "merger had failed", "belief"),
    ],
)
def test_a_cue_noun_with_a_that_clause(nlp: Language, text: str, words: str, cue_class: str) -> None:
    quote = _one(nlp, text, words)
    assert quote.kind == "indirect" and quote.cue_class == cue_class and quote.speaker is not None


@pytest.mark.parametrize(
    "text",
    [
        "The claim that the minister made on Tuesday was false.\n",  # a relative clause, not a content clause
        "The ministry rejected fears that the plant will close.\n",  # the fears are not the ministry's
    ],
)
def test_a_cue_noun_without_its_holder_is_no_attribution(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == ()


def test_an_infinitive_after_an_intention_or_belief_cue(nlp: Language) -> None:
    quote = _one(nlp, "The company expects to hire forty workers in the spring.\n", "hire forty")
    assert quote.text.startswith("to hire") and quote.cue_class == "belief"
    assert _quotes(nlp, "The company is expected to hire forty workers in the spring.\n") == ()


def test_blame_attributes_what_is_blamed_and_on_what(nlp: Language) -> None:
    quote = _one(nlp, "Traders blamed the sharp fall on weak export figures.\n", "weak export")
    assert quote.cue_class == "stance" and quote.speaker is not None and quote.speaker.name == "Traders"


def test_an_adjective_of_belief_with_a_clause(nlp: Language) -> None:
    quote = _one(nlp, "Economists are concerned that prices will rise again this winter.\n", "prices will rise")
    assert quote.speaker is not None and quote.speaker.name == "Economists"


def test_an_as_clause_reports_the_main_clause(nlp: Language) -> None:
    quote = _one(nlp, "As Berg told reporters on Monday, the old bridge is safe for lorries.\n", "old bridge is safe")
    assert quote.speaker is not None and quote.speaker.name == "Berg"


def test_others_can_hold_a_belief(nlp: Language) -> None:
    quote = _one(nlp, "Others believe the new stadium will never pay for itself.\n", "never pay")
    assert quote.cue_class == "belief"


def test_a_participle_on_an_issued_statement_speaks_for_its_issuer(nlp: Language) -> None:
    text = "The drivers' union issued a statement saying the strike would go on until May.\n"
    quote = _one(nlp, text, "strike would go on")
    assert quote.speaker is not None and "union" in quote.speaker.name


def _with_headline(nlp: Language, title: str, body: str) -> tuple[str, tuple[Quote, ...]]:
    text = f"{title}\n\n{body}"
    doc = nlp.make_doc(" " * len(title) + text[len(title) :])  # the cleaner blanks the headline in the body
    doc._.article = SimpleNamespace(title=title, text=text, body=doc.text)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return text, tuple(q for q in doc._.quotes if q.start < len(title))


def test_a_headline_that_is_an_attribution_takes_the_speaker_the_lead_names(nlp: Language) -> None:
    title = "Local fisherman says harbour company poisoned the bay"
    body = "Jonas Eriksen, a fisherman from Tromso, said that the harbour company poisoned the bay.\n"
    text, heads = _with_headline(nlp, title, body)
    assert len(heads) == 1
    assert text[heads[0].start : heads[0].end] == "harbour company poisoned the bay"
    assert heads[0].speaker is not None and heads[0].speaker.name == "Jonas Eriksen"


def test_a_headline_in_headlinese_reports_everything_after_its_cue(nlp: Language) -> None:
    title = "Lindqvist says rivals copying his tax plan"
    body = "Finance minister Erik Lindqvist said on Monday that his rivals had copied his tax plan.\n"
    text, heads = _with_headline(nlp, title, body)
    assert [text[q.start : q.end] for q in heads] == ["rivals copying his tax plan"]
    assert heads[0].speaker is not None and heads[0].speaker.name == "Erik Lindqvist"


def test_a_headline_without_a_cue_gives_nothing(nlp: Language) -> None:
    _, heads = _with_headline(nlp, "Storm closes the harbour for a week", "The harbour closed on Monday.\n")
    assert heads == ()
