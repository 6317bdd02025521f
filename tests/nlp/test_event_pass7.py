"""Issue 17, seventh pass (measured on ECB+ crime news): charges faced and verdicts given in a small clause.
Each sentence is written for the test and runs through the whole pipeline as its own article, as `storyline eval
--coded` does."""

from __future__ import annotations

import pytest

from storyline.eval.coded import CodedOutput
from tests.nlp.coded_helpers import code_all, one_of

SENTENCES = {
    # Who "faces" a charge or a count is the one accused; "faces competition" accuses no one.
    "faces counts": "Maria Lopez faces three counts of arson, Denver police said.",
    "faces competition": "Maria Lopez faces stiff competition in the marathon.",
}


@pytest.fixture(scope="module")
def coded() -> dict[str, tuple[CodedOutput, ...]]:
    return code_all(SENTENCES)


def test_facing_a_charge_is_being_accused(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "faces counts", "ACCUSE").modality == "asserted"


def test_facing_competition_accuses_no_one(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert not [e for e in coded["faces competition"] if e.type in {"ACCUSE", "COERCE"}]


def test_voting_down_is_a_refusal() -> None:
    sentences = {"voted down": "The Senate voted the measure down on Friday."}
    event = one_of(code_all(sentences), sentences, "voted down", "REJECT")
    assert (event.modality, event.source) == ("refused", frozenset({"USA"}))


def test_a_passive_act_in_a_legislature_is_the_legislature_s() -> None:
    sentences = {
        "in the Senate": "The trade bill has been rejected in the Senate.",
        "in Moscow": "The activist was arrested in Moscow.",
    }
    coded = code_all(sentences)
    assert one_of(coded, sentences, "in the Senate", "REJECT").source == frozenset({"USA"})
    assert one_of(coded, sentences, "in Moscow", "COERCE").source == frozenset()


def test_stealing_property_is_coerce_and_business_taking_is_not() -> None:
    sentences = {
        "stole": "Two thieves stole paintings worth five million euros from a museum in Lyon.",
        "grabbed share": "The company grabbed a large share of the market.",
    }
    coded = code_all(sentences)
    assert one_of(coded, sentences, "stole", "COERCE").modality == "asserted"
    assert not coded["grabbed share"]


def test_force_in_a_result_clause_is_an_act() -> None:
    sentences = {
        "capturing": "Kenyan naval forces came to the aid of a cargo ship on Sunday, capturing nine of the pirates.",
        "citing": "Kenya closed the border on Sunday, citing attacks by gunmen.",
    }
    coded = code_all(sentences)
    assert one_of(coded, sentences, "capturing", "COERCE").source == frozenset({"KEN"})
    assert not [e for e in coded["citing"] if e.trigger == "citing"]


def test_who_is_under_arrest_or_attack_is_acted_on() -> None:
    sentences = {
        "under arrest": "Three suspected smugglers are under arrest in Tijuana, police said.",
        "under attack": "The tanker said it was under attack from two speedboats.",
        "under pressure": "The minister is under pressure.",
    }
    coded = code_all(sentences)
    assert one_of(coded, sentences, "under arrest", "COERCE").modality == "asserted"
    assert one_of(coded, sentences, "under attack", "ASSAULT").modality == "asserted"
    assert not coded["under pressure"]
