"""Issue 17, eleventh pass: a contract's terms name the trade's buyer, and where a verb moves people is a place, not
a target, unless force is sent there. Each sentence is written for the test and runs through the whole pipeline as
its own article, as `storyline eval --coded` does."""

from __future__ import annotations

import pytest

from storyline.eval.coded import CodedOutput
from tests.nlp.coded_helpers import code_all, one_of

SENTENCES = {
    # A sale in an infinitive on a contract: the buyer is the other side of the trade, and no aid is given.
    "contract to supply": "Airbus has won a contract to supply the Indian Air Force with six transport aircraft.",
    "contract to deliver": "Boeing has won a contract to deliver forty jets to Egypt.",
    # A direction: a place people are moved to, not a target.
    "sent toward": "The migrant boat was turned around toward Thailand by the Malaysian navy.",
}


@pytest.fixture(scope="module")
def coded() -> dict[str, tuple[CodedOutput, ...]]:
    return code_all(SENTENCES)


def test_a_contract_to_supply_names_the_buyer(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = one_of(coded, SENTENCES, "contract to supply", "COOPERATE")
    assert (event.source, event.target) == (frozenset({"MNCFRA"}), frozenset({"IND"}))
    assert not [e for e in coded["contract to supply"] if e.type == "AID"]


def test_a_contract_to_deliver_names_the_buyer(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = one_of(coded, SENTENCES, "contract to deliver", "COOPERATE")
    assert event.target == frozenset({"EGY"})
    assert not [e for e in coded["contract to deliver"] if e.type == "AID"]


def test_where_people_are_sent_is_no_target(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = one_of(coded, SENTENCES, "sent toward", "COERCE")
    assert (event.source, event.target) == (frozenset({"MYS"}), frozenset())
