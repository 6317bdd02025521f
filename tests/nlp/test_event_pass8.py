"""Issue 17, eighth pass: a place in a locative phrase of a thing or an act is where it happened, not a party.
Each sentence is written for the test and runs through the whole pipeline as its own article, as `storyline eval
--coded` does."""

from __future__ import annotations

import pytest

from storyline.eval.coded import CodedOutput
from tests.nlp.coded_helpers import code_all, one_of

SENTENCES = {
    # "a shop in central Madrid": the shop is attacked, Spain is not.
    "shop in Madrid": "A grenade attack on a shop in central Madrid wounded two people on Sunday.",
    # People and bodies still belong to the state an "in" phrase names.
    "lawmakers in Russia": "Lawmakers in Russia condemned the attack on Sunday.",
    # ... and so do the parties a relational noun names ("foes in Seoul and Tokyo").
    "foes in Tokyo": "Pyongyang's foes in Seoul and Tokyo increased joint military exercises.",
}


@pytest.fixture(scope="module")
def coded() -> dict[str, tuple[CodedOutput, ...]]:
    return code_all(SENTENCES)


def test_a_place_of_a_thing_attacked_is_no_target(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert all(not e.source and not e.target for e in coded["shop in Madrid"] if e.type == "ASSAULT")
    assert one_of(coded, SENTENCES, "shop in Madrid", "ASSAULT")


def test_people_in_a_state_act_for_it(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "lawmakers in Russia", "ACCUSE").source == frozenset({"RUS"})


def test_foes_in_a_state_act_for_it(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert "JPN" in one_of(coded, SENTENCES, "foes in Tokyo", "COOPERATE").source
