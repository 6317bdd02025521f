"""Issue 17, round ev39: a trigger noun that is a word of a longer name is no act; a verb of fighting with no one
fought is a struggle, not an attack; a verb that also asks ("tell", "insist") reports what its clause tells in the
indicative, and asks only for an infinitive or a subjunctive. Each sentence is written for the test and runs through
the whole pipeline as its own article, as `storyline eval --coded` does."""

from __future__ import annotations

import pytest

from storyline.eval.coded import CodedOutput
from tests.nlp.coded_helpers import code_all, one_of

SENTENCES = {
    # A word of a name ...
    "charity name": "Dogs Protection, a charity in Leeds, said on Monday that it had lost its savings.",
    "agency name": "The Norwegian Environmental Protection Agency says the fjord is cleaner than in 1990.",
    "studio name": "The director and the film studio Summit Pictures parted ways in March.",
    # ... and the same word as an act, or a named event.
    "protection given": "Denmark gave protection to the Iraqi interpreters.",
    "named talks": "The Six-Party Talks between North Korea and Japan resumed in Beijing.",
    # Fighting no one ...
    "fight to stem": "The Hungarian government is fighting to stop a run on its banks.",
    "battled illness": "The singer battled depression for a decade.",
    "battled blaze": "Firefighters from Bergen battled the blaze for six hours.",
    "fight accusations": "Fighting accusations of delaying the loan, the Dutch minister said the talks would go on.",
    # ... and fighting someone, or two sides fighting.
    "fighting rebels": "The Malian army is still fighting Tuareg rebels in the north.",
    "two sides fought": "Armenia and Azerbaijan fought over Nagorno-Karabakh in the 1990s.",
    # What "told" reports ...
    "told released": "Hamas released two Israeli soldiers on Sunday, an Egyptian official told Reuters.",
    "told killed": "The mayor told Portuguese radio that twelve people had been killed in the blast.",
    # ... and what it asks.
    "told to leave": "The Egyptian mediator told Hamas to leave the talks in Cairo.",
    "insisted subjunctive": "Russia insisted that Ukraine withdraw its troops from the border.",
}


@pytest.fixture(scope="module")
def coded() -> dict[str, tuple[CodedOutput, ...]]:
    return code_all(SENTENCES)


@pytest.mark.parametrize("key", ["charity name", "agency name", "studio name"])
def test_a_word_of_a_name_is_no_act(coded: dict[str, tuple[CodedOutput, ...]], key: str) -> None:
    assert not [e for e in coded[key] if e.type in {"SUPPORT", "CONSULT"}], coded[key]


def test_the_same_word_as_an_act_is_coded(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "protection given", "SUPPORT").source == frozenset({"DNK"})


@pytest.mark.parametrize("key", ["fight to stem", "battled illness", "battled blaze", "fight accusations"])
def test_fighting_no_one_is_no_attack(coded: dict[str, tuple[CodedOutput, ...]], key: str) -> None:
    assert not [e for e in coded[key] if e.type in {"ASSAULT", "THREATEN"}], coded[key]


def test_fighting_someone_is_an_attack(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "fighting rebels", "ASSAULT").source == frozenset({"MLI"})
    assert one_of(coded, SENTENCES, "two sides fought", "ASSAULT").source == frozenset({"ARM", "AZE"})


def test_what_told_reports_is_no_request(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert not [e for e in coded["told released"] if e.type == "REQUEST"], coded["told released"]
    assert one_of(coded, SENTENCES, "told released", "RETREAT").modality == "asserted"
    assert not [e for e in coded["told killed"] if e.type == "REQUEST"], coded["told killed"]


def test_what_told_asks_is_a_request(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "told to leave", "REQUEST").modality == "demanded"
    assert one_of(coded, SENTENCES, "insisted subjunctive", "REQUEST").source == frozenset({"RUS"})
