"""Issue 17, twelfth pass: a bare number counts the people arrested or charged (the resolver's rules of the pass are
tested in tests/resolve/test_home_state.py and test_knowledge_offices.py). Each sentence is written for the test and
runs through the whole pipeline as its own article, as `storyline eval --coded` does."""

from __future__ import annotations

import pytest

from storyline.eval.coded import CodedOutput
from tests.nlp.coded_helpers import code_all, one_of

SENTENCES = {
    # A bare number as a passive's subject: the people the state acted on.
    "number arrested": "After clashes broke out in the capital, 31 were arrested on Friday night.",
    "one charged": "Two guards were detained, and one was charged with smuggling.",
    # A toll is no attack: disasters report it as often as attacks do.
    "number killed": "The bridge collapsed during the storm and 12 were killed.",
}


@pytest.fixture(scope="module")
def coded() -> dict[str, tuple[CodedOutput, ...]]:
    return code_all(SENTENCES)


def test_a_number_arrested_is_an_arrest(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = one_of(coded, SENTENCES, "number arrested", "COERCE")
    assert (event.source, event.target) == (frozenset(), frozenset())


def test_one_charged_is_a_charge(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert [e for e in coded["one charged"] if e.type in {"ACCUSE", "COERCE"} and e.trigger == "charged"]


def test_a_number_killed_is_no_attack(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert not [e for e in coded["number killed"] if e.type == "ASSAULT"]
