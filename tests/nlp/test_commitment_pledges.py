"""Pledges and threats on sentences written for these tests (issue 20): a unilateral promise with a start date is
a commitment of one party; a promise of harm is a threat, never a commitment."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from storyline.nlp.commitments import hostile_lemmas
from storyline.nlp.extensions import register_extensions
from storyline.settings import Settings
from tests.nlp.test_commitments import _find


@pytest.fixture(scope="module")
def nlp() -> Language:
    register_extensions()
    return spacy.load(Settings().model)


def test_a_threat_is_never_a_commitment(nlp: Language) -> None:
    assert _find(nlp, "Pyongyang vowed to retaliate against the United States and Guam.") == []
    assert _find(nlp, "Iran promised to strike Israel if the talks failed.") == []


def test_a_unilateral_pledge_with_a_start_date_binds_its_one_party(nlp: Language) -> None:
    text = "North Korea pledged to stop nuclear and missile tests from April 21 and to close its test site."
    [statement] = _find(nlp, text, {"April 21": "2018-04-21"})
    assert statement.kind == "pledge" and statement.action == "pledged"
    assert [r.text for r in statement.parties] == ["North Korea"]
    assert any("stop nuclear and missile tests" in term for term in statement.terms)


def test_a_promise_to_oneself_without_a_start_date_is_still_not_a_commitment(nlp: Language) -> None:
    assert _find(nlp, "North Korea promised to modernise its economy.") == []


def test_harm_comes_from_the_event_vocabulary() -> None:
    hostile = hostile_lemmas()
    assert {"attack", "retaliate", "threaten"} <= hostile
    assert not {"defend", "stop", "sign", "help"} & hostile
