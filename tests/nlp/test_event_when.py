"""Circumstances: an event trigger's date from its phrase, the clause above or the sentence; negation; hypotheticals."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Token

from storyline.eval.coded import CodedOutput
from storyline.nlp.event_vocab import load_vocabulary
from storyline.nlp.event_when import Circumstances
from storyline.nlp.extensions import register_extensions
from storyline.nlp.times import extract_times
from storyline.settings import DEFAULT_MODEL
from tests.nlp.coded_helpers import code_all, one_of


@pytest.fixture(scope="module")
def nlp() -> Language:
    register_extensions()
    return spacy.load(DEFAULT_MODEL)


def _at(nlp: Language, text: str, word: str) -> tuple[Circumstances, Token]:
    doc = nlp(text)
    times = extract_times(doc, date(2024, 11, 13), text)
    return Circumstances(doc, load_vocabulary(), times), next(t for t in doc if t.text == word)


def test_date_in_the_phrase_then_the_clause_above(nlp: Language) -> None:
    when, token = _at(nlp, "Chinese aggression in March 2023 alarmed Japan.", "aggression")
    assert when.date(token) == "2023-03" and when.dated_inside(token)
    when, token = _at(nlp, "State media revealed on Tuesday that Egypt has just ratified a pact.", "ratified")
    assert when.date(token) == "2024-11-12" and not when.dated_inside(token)


def test_a_date_inside_another_clause_does_not_date_the_trigger(nlp: Language) -> None:
    text = "Egypt deployed troops to Libya near the region where Turkey launched an offensive earlier this year."
    when, deployed = _at(nlp, text, "deployed")
    assert when.date(deployed) is None
    _, offensive = _at(nlp, text, "offensive")
    assert when.date(offensive) == "2024"


def test_flags(nlp: Language) -> None:
    when, token = _at(nlp, "Britain could soon attack Argentina.", "attack")
    assert when.hypothetical(token) and not when.negated(token)
    when, token = _at(nlp, "Russia did not attack Finland.", "attack")
    assert when.negated(token) and not when.hypothetical(token)
    when, token = _at(nlp, "Egypt sent troops to kill rebels.", "kill")
    assert when.hypothetical(token)  # a purpose, not a report
    when, token = _at(nlp, "China invaded Vietnam in 1979.", "invaded")
    assert not when.hypothetical(token) and not when.negated(token) and when.date(token) == "1979"


def test_an_event_or_a_case_supposes_only_in_its_idiom(nlp: Language) -> None:
    text = "Shares fell on the ongoing events in the markets, including the rescue of the insurer."
    when, rescue = _at(nlp, text, "rescue")
    assert not when.hypothetical(rescue)
    when, rescue = _at(nlp, "Plans were drawn up in the event of a rescue of the insurer.", "rescue")
    assert when.hypothetical(rescue)


def test_a_vague_or_open_time_dates_no_event(nlp: Language) -> None:
    """PRESENT_REF, FUTURE_REF and a day left open (XXXX-XX-XX) are TIMEX3s but no calendar date for an event."""
    when, token = _at(nlp, "The court will sentence him at a later date.", "sentence")
    assert when.date(token) is None
    when, token = _at(nlp, "Currently the company employs 500 people.", "employs")
    assert when.date(token) is None
    when, token = _at(nlp, "The farmers hoped the cows would one day start producing milk.", "producing")
    assert when.date(token) is None


SENTENCES = {
    # "The ongoing events, including X" report X.
    "ongoing events": "Markets fell on the ongoing events in the financial world, including the bailout of the insurer "
    "by the US Federal Reserve.",
}


@pytest.fixture(scope="module")
def coded() -> dict[str, tuple[CodedOutput, ...]]:
    return code_all(SENTENCES)


def test_ongoing_events_are_no_supposition(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "ongoing events", "AID").modality == "asserted"
