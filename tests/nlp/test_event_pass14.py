"""Issue 17, fourteenth pass: displeasure a side feels or voices, or a decision judged, is disapproval (CAMEO 110);
advice put to another with the act asked for, and a call "for X to" act, are requests (CAMEO 020, 100); the law's
"death penalty" is no sport's penalty; a release is of people, not of products or statements. Each sentence is written
for the test and runs through the whole pipeline as its own article, as `storyline eval --coded` does."""

from __future__ import annotations

import pytest

from storyline.eval.coded import CodedOutput
from tests.nlp.coded_helpers import code_all, one_of

SENTENCES = {
    # A side's displeasure, as a predicate adjective, with or without a target ...
    "workers displeased": "After the plan was announced, the unions were displeased.",
    "farmers angry at ministry": "Farmers are angry at the agriculture ministry over the new quotas.",
    "company disappointed": 'A statement from the airline said: "Obviously we are very disappointed."',
    # ... or voiced, or held by a named side.
    "expressed outrage": "Residents of the valley have expressed outrage.",
    "company frustration": "The move reflects Nokia's growing frustration at Intel's delays.",
    # A person's mood, a feeling denied or a feeling in a side clause is no act.
    "person frustrated": "Kowalski was frustrated.",
    "not disappointed": "I'm not disappointed and I regret nothing.",
    "critics who were unhappy": "The choice should please critics who were unhappy with the previous host.",
    "growing anger": "There is growing anger over the price of bread.",
    # Advice with the act asked for after it.
    "recommends that": "The Red Cross recommends that every hospital should screen newborns for hearing loss.",
    "advises to": "The International Monetary Fund advises the minister to publish the figures.",
    "encouraging to": "The central bank is encouraging the largest lenders to extend credit to farmers.",
    "suggested that": "Judge Maria Okafor suggested that the defendant should serve his sentence abroad.",
    "called for to": "The senator called for the European Union to lower its tariffs.",
    # "Suggest" as "indicate", advice given to a passive subject and advice to the public ask nothing of anyone.
    "estimates suggest": "Estimates suggest that 4000 people may be stranded in the region.",
    "were advised": "The parents were advised to take the child to a specialist.",
    "advice to the public": "Police advised local residents to keep their windows shut.",
    # A decision judged by whoever says so; results judged are no one's decision.
    "plan judged": 'The union leader said the plan is "extremely disappointing."',
    "results judged": "The quarterly results were disappointing, analysts said.",
    # "death penalty" leaves the sentence codable (the vocabulary's "penalty" is a match's).
    "death penalty": "The complaint alleged two circumstances that would make Moreno eligible for the death penalty: "
    "the murder of a police officer and lying in wait.",
    # Releasing people is a release (CAMEO 0841); a product, a statement or a "press release" frees no one.
    "released a prisoner": "The army released Sergeant Okafor on Monday.",
    "released a phone": "Today Nokia also released their media device, Nokia Box.",
    "press release": "The Ministry of Transport sent out this press release announcing the decision today.",
}


@pytest.fixture(scope="module")
def coded() -> dict[str, tuple[CodedOutput, ...]]:
    return code_all(SENTENCES)


@pytest.mark.parametrize("name", ["workers displeased", "farmers angry at ministry", "company disappointed"])
def test_a_sides_displeasure_is_disapproval(coded: dict[str, tuple[CodedOutput, ...]], name: str) -> None:
    one_of(coded, SENTENCES, name, "ACCUSE")


@pytest.mark.parametrize("name", ["expressed outrage", "company frustration"])
def test_voiced_or_held_displeasure_is_disapproval(coded: dict[str, tuple[CodedOutput, ...]], name: str) -> None:
    one_of(coded, SENTENCES, name, "ACCUSE")


def test_a_named_side_holds_its_frustration(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "company frustration", "ACCUSE").source == frozenset({"MNCFIN"})


@pytest.mark.parametrize("name", ["person frustrated", "not disappointed", "critics who were unhappy", "growing anger"])
def test_a_mood_is_no_act(coded: dict[str, tuple[CodedOutput, ...]], name: str) -> None:
    assert not [e for e in coded[name] if e.type == "ACCUSE"]


@pytest.mark.parametrize("name", ["recommends that", "advises to", "encouraging to", "suggested that", "called for to"])
def test_advice_with_the_act_asked_for_is_a_request(coded: dict[str, tuple[CodedOutput, ...]], name: str) -> None:
    assert one_of(coded, SENTENCES, name, "REQUEST").modality == "demanded"


@pytest.mark.parametrize("name", ["estimates suggest", "were advised", "advice to the public"])
def test_suggesting_and_passive_advice_ask_nothing(coded: dict[str, tuple[CodedOutput, ...]], name: str) -> None:
    assert not coded[name]


def test_who_is_called_on_to_act_is_asked(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "called for to", "REQUEST").target == frozenset({"IGOEUR"})


def test_a_decision_judged_is_disapproval(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    one_of(coded, SENTENCES, "plan judged", "ACCUSE")


def test_results_judged_are_no_act(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert not coded["results judged"]


def test_the_death_penalty_is_no_match_penalty(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    one_of(coded, SENTENCES, "death penalty", "ACCUSE")


def test_releasing_people_is_a_release(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    one_of(coded, SENTENCES, "released a prisoner", "RETREAT")


@pytest.mark.parametrize("name", ["released a phone", "press release"])
def test_products_and_statements_are_no_release(coded: dict[str, tuple[CodedOutput, ...]], name: str) -> None:
    assert not [e for e in coded[name] if e.type == "RETREAT"]
