"""How a text holds an act (``storyline.nlp.event_mode``): an attempt, a request, advice, a refusal to say, an
act whose subject is no one, and what "told" reports or asks.
Each sentence is written for the test and runs through the whole pipeline as its own article, as `storyline eval
--coded` does."""

from __future__ import annotations

import pytest

from storyline.eval.coded import CodedOutput
from tests.nlp.coded_helpers import code_all, one_of

SENTENCES = {
    # A hostile act attempted is the act, not a threat; a cooperative one attempted stays an intent.
    "tried to storm": "Masked youths tried to storm the parliament building in Lima on Tuesday.",
    "tried to negotiate": "Peru tried to negotiate with Chile.",
    # Asking another to do an act is a request.
    "asked to lower": "Brazil asked Argentina to lower its tariffs.",
    # CAMEO 011, decline comment: a refusal to say is a statement, not a refusal of a demand.
    "declined to say": "The club's owner declined to say whether the coach had been offered a new contract.",
    "refused to speculate": "A company spokesman refused to speculate on when the plant would reopen.",
    "declined to reveal": "Her agent, however, declined to reveal the reason for the sudden decision.",
    # A refusal of what was asked stays one, and so does a refusal to condemn.
    "refused to meet": "The union refused to meet the management's demands.",
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
    # A subject that is no one: the act is denied, and a cooperative act "will not" be done is refused.
    "no troops will be sent": "No Norwegian engineers will be sent to Portugal to help with the repairs.",
    "troops will be sent": "Norwegian engineers will be sent to Portugal to help with the repairs.",
    "no soldiers attacked": "No Polish soldiers attacked the Russian convoy on Sunday.",
    "none were bailed out": "None of the banks were bailed out by the Irish government.",
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


def test_a_hostile_act_attempted_is_the_act(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = one_of(coded, SENTENCES, "tried to storm", "ASSAULT")
    assert event.modality == "asserted"
    assert not [e for e in coded["tried to storm"] if e.type == "THREATEN"]


def test_a_cooperative_act_attempted_stays_an_intent(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "tried to negotiate", "AGREE").modality == "intended"


def test_a_request_for_an_act_stays_a_request(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = one_of(coded, SENTENCES, "asked to lower", "REQUEST")
    assert (set(event.source), set(event.target)) == ({"BRA"}, {"ARG"})


def test_voting_down_is_a_refusal() -> None:
    sentences = {"voted down": "The Senate voted the measure down on Friday."}
    event = one_of(code_all(sentences), sentences, "voted down", "REJECT")
    assert (event.modality, event.source) == ("refused", frozenset({"USA"}))


@pytest.mark.parametrize("name", ["declined to say", "refused to speculate", "declined to reveal"])
def test_declining_to_say_is_no_refusal(coded: dict[str, tuple[CodedOutput, ...]], name: str) -> None:
    assert not [e for e in coded[name] if e.type == "REJECT"]


def test_refusing_a_demand_stays_a_refusal(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert [e for e in coded["refused to meet"] if e.type == "REJECT"]


@pytest.mark.parametrize("name", ["recommends that", "advises to", "encouraging to", "suggested that", "called for to"])
def test_advice_with_the_act_asked_for_is_a_request(coded: dict[str, tuple[CodedOutput, ...]], name: str) -> None:
    assert one_of(coded, SENTENCES, name, "REQUEST").modality == "demanded"


@pytest.mark.parametrize("name", ["estimates suggest", "were advised", "advice to the public"])
def test_suggesting_and_passive_advice_ask_nothing(coded: dict[str, tuple[CodedOutput, ...]], name: str) -> None:
    assert not coded[name]


def test_who_is_called_on_to_act_is_asked(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "called for to", "REQUEST").target == frozenset({"IGOEUR"})


def test_an_act_done_by_no_one_promised_is_refused(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert not [e for e in coded["no troops will be sent"] if e.modality == "intended"]
    assert one_of(coded, SENTENCES, "no troops will be sent", "REJECT").modality == "refused"
    assert one_of(coded, SENTENCES, "troops will be sent", "AGREE").modality == "intended"


def test_an_act_by_or_to_none_of_a_group_is_denied(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "no soldiers attacked", "ASSAULT").modality == "negated"
    assert one_of(coded, SENTENCES, "none were bailed out", "AID").modality == "negated"


def test_what_told_reports_is_no_request(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert not [e for e in coded["told released"] if e.type == "REQUEST"], coded["told released"]
    assert one_of(coded, SENTENCES, "told released", "RETREAT").modality == "asserted"
    assert not [e for e in coded["told killed"] if e.type == "REQUEST"], coded["told killed"]


def test_what_told_asks_is_a_request(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "told to leave", "REQUEST").modality == "demanded"
    assert one_of(coded, SENTENCES, "insisted subjunctive", "REQUEST").source == frozenset({"RUS"})
