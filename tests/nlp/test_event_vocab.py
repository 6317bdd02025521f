"""Entries of the event vocabulary and the CAMEO verb dictionary (``storyline.nlp.event_vocab``, ``data/events``):
words and patterns that fix a trigger's type or rule it out, from "ink" and "critical of" to "[---]" verbs, releases
and contracts awarded.
Each sentence is written for the test and runs through the whole pipeline as its own article, as `storyline eval
--coded` does."""

from __future__ import annotations

import pytest

from storyline.eval.coded import CodedOutput
from tests.nlp.coded_helpers import code_all, one_of

SENTENCES = {
    # A predicate adjective of criticism criticizes; a modifier does not.
    "critical of": "Chile has long been critical of Peru.",
    "critical moment": "This is a critical moment for Chile and Peru.",
    # "Ink" signs an agreement.
    "inked": "Embraer has inked a deal with Kenya.",
    # A conviction is an arrest or charge (CAMEO 173), not a condemnation.
    "convicted": "A court in Denver convicted a former police officer of murdering his neighbour.",
    # A sentence passed on someone is a sentencing (CAMEO 173), as "sentenced to" is.
    "handed sentences": "A Denver judge handed Maria Lopez two life sentences on Friday.",
    "handed down": "Judge Amos Reyes handed down the maximum sentence to Kowalczyk.",
    "received a sentence": "Kowalczyk received a sentence of twelve years in prison.",
    # "Pull" withdraws only out or back.
    "pulled out": "Russia pulled out its troops from Georgia.",
    "pulled over": "Police pulled over a Peruvian diplomat in Lima on Sunday.",
    # Who "faces" a charge or a count is the one accused; "faces competition" accuses no one.
    "faces counts": "Maria Lopez faces three counts of arson, Denver police said.",
    "faces competition": "Maria Lopez faces stiff competition in the marathon.",
    # HOLD is "[---]" in the CONFINE block: a meeting, a vote or a title held is no detention ...
    "review held": "A review of the safety rules was held in Geneva on Tuesday.",
    "vote held": "Local elections will be held across the region in March.",
    "title held": "The veteran champion still holds the national title.",
    # ... a person held is.
    "man held": "Kowalczyk is being held without bail at the county jail.",
    "pirates held": "The pirates were held on board the frigate overnight.",
    # "death penalty" leaves the sentence codable (the vocabulary's "penalty" is a match's).
    "death penalty": "The complaint alleged two circumstances that would make Moreno eligible for the death penalty: "
    "the murder of a police officer and lying in wait.",
    # Releasing people is a release (CAMEO 0841); a product, a statement or a "press release" frees no one.
    "released a prisoner": "The army released Sergeant Okafor on Monday.",
    "released a phone": "Today Nokia also released their media device, Nokia Box.",
    "press release": "The Ministry of Transport sent out this press release announcing the decision today.",
    # A contract awarded is trade; a medal awarded is not.
    "awarded a contract": "The Dutch navy awarded the contract to Damen on Friday.",
    "contract was awarded": "The contract was awarded after a two-year competition.",
    "awarded a medal": "The Kenyan runners were awarded a silver medal.",
    # The &CURRENCY patterns ask for money: a sum received is aid, a person moved or questioned is not.
    "received a sum": "Volvo had already received $2 million in bridge loans from the Swedish government.",
    "was transported": "The inmate Karl Brandt escaped while he was being transported to a prison in Leeds.",
    "interviewing": "A Norwegian police officer interviewing a witness in Oslo was injured by a car.",
}


@pytest.fixture(scope="module")
def coded() -> dict[str, tuple[CodedOutput, ...]]:
    return code_all(SENTENCES)


def test_inked_a_deal(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = one_of(coded, SENTENCES, "inked", "AGREE")
    assert (set(event.source), set(event.target)) == (set(), {"KEN"})  # no description: Embraer stays uncoded


def test_critical_of_is_an_accusation(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = one_of(coded, SENTENCES, "critical of", "ACCUSE")
    assert (set(event.source), set(event.target)) == ({"CHL"}, {"PER"})
    assert coded["critical moment"] == ()


def test_a_conviction_is_coerce_not_accuse(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "convicted", "COERCE").trigger == "convicted"
    assert not [e for e in coded["convicted"] if e.type == "ACCUSE"]


def test_pull_withdraws_only_out_or_back(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "pulled out", "RETREAT").source == frozenset({"RUS"})
    assert not [e for e in coded["pulled over"] if e.type == "RETREAT"], coded["pulled over"]


def test_facing_a_charge_is_being_accused(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "faces counts", "ACCUSE").modality == "asserted"


def test_facing_competition_accuses_no_one(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert not [e for e in coded["faces competition"] if e.type in {"ACCUSE", "COERCE"}]


def test_stealing_property_is_coerce_and_business_taking_is_not() -> None:
    sentences = {
        "stole": "Two thieves stole paintings worth five million euros from a museum in Lyon.",
        "grabbed share": "The company grabbed a large share of the market.",
    }
    coded = code_all(sentences)
    assert one_of(coded, sentences, "stole", "COERCE").modality == "asserted"
    assert not coded["grabbed share"]


@pytest.mark.parametrize("name", ["review held", "vote held", "title held"])
def test_a_thing_held_is_no_detention(coded: dict[str, tuple[CodedOutput, ...]], name: str) -> None:
    assert not [e for e in coded[name] if e.trigger in {"held", "holds"} and e.type in {"COERCE", "THREATEN"}]


@pytest.mark.parametrize("name", ["man held", "pirates held"])
def test_a_person_held_is_detained(coded: dict[str, tuple[CodedOutput, ...]], name: str) -> None:
    assert [e for e in coded[name] if e.trigger == "held" and e.type == "COERCE"]


def test_the_death_penalty_is_no_match_penalty(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    one_of(coded, SENTENCES, "death penalty", "ACCUSE")


def test_releasing_people_is_a_release(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    one_of(coded, SENTENCES, "released a prisoner", "RETREAT")


@pytest.mark.parametrize("name", ["released a phone", "press release"])
def test_products_and_statements_are_no_release(coded: dict[str, tuple[CodedOutput, ...]], name: str) -> None:
    assert not [e for e in coded[name] if e.type == "RETREAT"]


@pytest.mark.parametrize("name", ["awarded a contract", "contract was awarded"])
def test_a_contract_awarded_is_trade(coded: dict[str, tuple[CodedOutput, ...]], name: str) -> None:
    one_of(coded, SENTENCES, name, "COOPERATE")


def test_a_medal_awarded_is_no_trade(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert not coded["awarded a medal"]


def test_a_sum_received_is_aid(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "received a sum", "AID").source == frozenset({"SWE"})


@pytest.mark.parametrize(("key", "kind"), [("was transported", "AID"), ("interviewing", "REQUEST")])
def test_a_currency_pattern_needs_money(coded: dict[str, tuple[CodedOutput, ...]], key: str, kind: str) -> None:
    assert not [e for e in coded[key] if e.type == kind], coded[key]


@pytest.mark.parametrize("key", ["handed sentences", "handed down", "received a sentence"])
def test_a_sentence_passed_is_a_sentencing(coded: dict[str, tuple[CodedOutput, ...]], key: str) -> None:
    one_of(coded, SENTENCES, key, "COERCE")
