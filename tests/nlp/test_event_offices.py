"""Issue 17, round ac34: a coded event's participants as who they act for. A person stands with the organisation the
title in front of the name or an appositive title ties them to, "we" and "I" inside quote marks are the quote's
speaker, and neither makes an event of a sentence that codes none. Each sentence is written for the test and runs
through the whole pipeline as its own article, as `storyline eval --coded` does."""

from __future__ import annotations

import pytest

from storyline.eval.coded import CodedOutput
from tests.nlp.coded_helpers import code_all, one_of

SENTENCES = {
    # A title between a company and the name: the person acts for the company.
    "ceo before the name": "Boeing chief executive Jim Halvorsen criticized Airbus on Tuesday.",
    "vice president before the name": "Airbus Executive Vice President Marie Dubois praised Boeing's new jet.",
    # An appositive title naming the company.
    "appositive title": "Marie Dubois, the chief executive of Airbus, criticized Boeing on Tuesday.",
    # No title between the company and the name, or no company: nothing to add.
    "no title": "Boeing engineer Jim Halvorsen criticized Airbus on Tuesday.",
    "bare name": "Jim Halvorsen criticized Airbus on Tuesday.",
    # "We" inside quote marks is the quote's speaker ...
    "we quoted": '"We urge both sides to stop the fighting at once," said Russian President Vladimir Putin.',
    "i quoted, company": '"I want to thank everyone at Boeing for the jet," said Airbus chief executive Marie Dubois.',
    # ... not outside a quote ...
    "we unquoted": "We urge both sides to stop the fighting at once, the newspaper wrote in an editorial.",
    # ... and a first-person remark that codes no event still codes none.
    "we encouraged": '"We are encouraged by the figures," said Airbus chief executive Marie Dubois.',
}


@pytest.fixture(scope="module")
def coded() -> dict[str, tuple[CodedOutput, ...]]:
    return code_all(SENTENCES)


def test_a_title_before_the_name_ties_a_person_to_the_company(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = one_of(coded, SENTENCES, "ceo before the name", "ACCUSE")
    assert event.source == frozenset({"MNCUSA"}) and event.target == frozenset({"MNCFRA"})
    assert one_of(coded, SENTENCES, "vice president before the name", "SUPPORT").source == frozenset({"MNCFRA"})


def test_an_appositive_title_ties_a_person_to_the_company(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "appositive title", "ACCUSE").source == frozenset({"MNCFRA"})


@pytest.mark.parametrize("name", ["no title", "bare name"])
def test_no_title_ties_no_one(coded: dict[str, tuple[CodedOutput, ...]], name: str) -> None:
    assert one_of(coded, SENTENCES, name, "ACCUSE").source == frozenset()


def test_we_in_a_quote_is_its_speaker(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "we quoted", "REQUEST").source == frozenset({"RUS"})
    assert one_of(coded, SENTENCES, "i quoted, company", "SUPPORT").source == frozenset({"MNCFRA"})
    assert not [e for e in coded["we unquoted"] if e.source]


def test_a_speaker_makes_no_event(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert coded["we encouraged"] == ()
