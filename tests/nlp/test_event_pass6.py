"""Issue 17, sixth pass (measured on ECB+ crime and protest news): attempts, private people of a nationality,
convictions and sentences, acts on unnamed people, appointments, statements that "say", and protests with no crowd
named. Each sentence is written for the test and runs through the whole pipeline as its own article, as `storyline
eval --coded` does."""

from __future__ import annotations

import pytest

from storyline.eval.coded import CodedOutput
from tests.nlp.coded_helpers import code_all, one_of

SENTENCES = {
    # A hostile act attempted is the act, not a threat; a cooperative one attempted stays an intent.
    "tried to storm": "Masked youths tried to storm the parliament building in Lima on Tuesday.",
    "tried to negotiate": "Peru tried to negotiate with Chile.",
    # Private people a nationality word describes are not their state; a state's officials are.
    "nationals": "Chilean police arrested six Bolivian nationals in Arica on Monday.",
    "tourists": "The Spanish coast guard detained four Moroccan tourists.",
    "pirates": "The navy seized twelve Somali pirates.",
    "officials": "Indian soldiers detained two Pakistani officials.",
    # A conviction is an arrest or charge (CAMEO 173), not a condemnation.
    "convicted": "A court in Denver convicted a former police officer of murdering his neighbour.",
    # An act of force or arrest on unnamed people that heads the sentence is an event.
    "sentenced": "The man who shot two tourists in Nice was sentenced to life in prison on Friday.",
    # Appointments are no event: neither a request nor a meeting.
    "asked to serve": "The President asked the senator to serve as ambassador to Japan.",
    "approached to fill": "The governor was approached by the White House to fill the post of Secretary of Labor.",
    "asked to lower": "Brazil asked Argentina to lower its tariffs.",
    # What "says" is a text, not an act: a press release releases no one.
    "release said": "A Defence Ministry release said the navy had captured the ship.",
    # A protest reported happening needs no named crowd; a protest named as a topic is none.
    "riots reported": "Fresh riots were reported in Santiago on Saturday.",
    "protests erupted": "Angry protests erupted in Dakar on Friday.",
    "protest as topic": "The minister spoke about protest in general.",
    # "Pull" withdraws only out or back.
    "pulled out": "Russia pulled out its troops from Georgia.",
    "pulled over": "Police pulled over a Peruvian diplomat in Lima on Sunday.",
    # A man a place describes is not the place.
    "a Lima man": "A Lima man attacked two Chilean diplomats.",
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


@pytest.mark.parametrize(("key", "source"), [("nationals", {"CHL"}), ("tourists", {"ESP"}), ("pirates", set())])
def test_private_people_of_a_nationality_are_not_their_state(
    coded: dict[str, tuple[CodedOutput, ...]], key: str, source: set[str]
) -> None:
    event = one_of(coded, SENTENCES, key, "COERCE")
    assert (set(event.source), set(event.target)) == (source, set())


def test_officials_of_a_state_are_the_state(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = one_of(coded, SENTENCES, "officials", "COERCE")
    assert (set(event.source), set(event.target)) == ({"IND"}, {"PAK"})


def test_a_conviction_is_coerce_not_accuse(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "convicted", "COERCE").trigger == "convicted"
    assert not [e for e in coded["convicted"] if e.type == "ACCUSE"]


def test_a_sentence_on_an_unnamed_man_is_an_event(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "sentenced", "COERCE").trigger == "sentenced"


@pytest.mark.parametrize("key", ["asked to serve", "approached to fill"])
def test_an_appointment_is_no_event(coded: dict[str, tuple[CodedOutput, ...]], key: str) -> None:
    assert not coded[key], coded[key]


def test_a_request_for_an_act_stays_a_request(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = one_of(coded, SENTENCES, "asked to lower", "REQUEST")
    assert (set(event.source), set(event.target)) == ({"BRA"}, {"ARG"})


def test_a_text_that_says_is_no_act(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert not [e for e in coded["release said"] if e.trigger == "release"], coded["release said"]


@pytest.mark.parametrize("key", ["riots reported", "protests erupted"])
def test_a_protest_reported_happening_needs_no_crowd_named(coded: dict[str, tuple[CodedOutput, ...]], key: str) -> None:
    assert one_of(coded, SENTENCES, key, "PROTEST").modality == "asserted"


def test_a_protest_as_a_topic_is_no_event(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert not coded["protest as topic"], coded["protest as topic"]


def test_pull_withdraws_only_out_or_back(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "pulled out", "RETREAT").source == frozenset({"RUS"})
    assert not [e for e in coded["pulled over"] if e.type == "RETREAT"], coded["pulled over"]


def test_a_man_a_place_describes_is_not_the_place(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = one_of(coded, SENTENCES, "a Lima man", "ASSAULT")
    assert (set(event.source), set(event.target)) == (set(), {"CHL"})
