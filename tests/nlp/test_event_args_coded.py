"""Who took part in an event (``storyline.nlp.event_args``), through the coded pipeline: one-sided acts, names the
recogniser missed, private people and states, places that describe a person, contract buyers, directions, bare numbers,
movement with a coded actor, and "the country".
Each sentence is written for the test and runs through the whole pipeline as its own article, as `storyline eval
--coded` does."""

from __future__ import annotations

import pytest

from storyline.eval.coded import CodedOutput
from storyline.nlp.pipeline import load_nlp
from storyline.settings import Settings
from tests.nlp.coded_helpers import code_all, one_of

SENTENCES = {
    # One-sided acts PLOVER codes without a target, by a coded actor in the main clause.
    "crackdown": "Vietnam has cracked down on smuggling along its coast.",
    "retaliated": "Vietnam retaliated on Monday.",
    "crackdown pronoun": "Officials say they have cracked down on smuggling along the coast.",
    "side clause": "The smugglers fled to Laos, which has cracked down on the trade.",
    "event noun subject": "The dispatch of Chilean troops to Peru increases the odds of a war.",
    "one-sided concession": "Vietnam has mediated.",
    # A proper noun the entity recogniser misses is still a named participant.
    "missed name": "Brakstad was charged with theft on Friday.",
    # Who is asked for aid is the target of the request.
    "sought aid": "Kenya sought military aid from Japan.",
    # Private people a nationality word describes are not their state; a state's officials are.
    "nationals": "Chilean police arrested six Bolivian nationals in Arica on Monday.",
    "tourists": "The Spanish coast guard detained four Moroccan tourists.",
    "pirates": "The navy seized twelve Somali pirates.",
    "officials": "Indian soldiers detained two Pakistani officials.",
    # An act of force or arrest on unnamed people that heads the sentence is an event.
    "sentenced": "The man who shot two tourists in Nice was sentenced to life in prison on Friday.",
    # A protest reported happening needs no named crowd.
    "riots reported": "Fresh riots were reported in Santiago on Saturday.",
    "protests erupted": "Angry protests erupted in Dakar on Friday.",
    # A man a place describes is not the place.
    "a Lima man": "A Lima man attacked two Chilean diplomats.",
    # Currency letters before "$" name the currency, not the state.
    "US $": "The Central Bank offered to lend 60 billion rubles (US $2.6 billion) to Sberbank.",
    # A sale in an infinitive on a contract: the buyer is the other side of the trade, and no aid is given.
    "contract to supply": "Airbus has won a contract to supply the Indian Air Force with six transport aircraft.",
    "contract to deliver": "Boeing has won a contract to deliver forty jets to Egypt.",
    # A direction: a place people are moved to, not a target.
    "sent toward": "The migrant boat was turned around toward Thailand by the Malaysian navy.",
    # A bare number as a passive's subject: the people the state acted on.
    "number arrested": "After clashes broke out in the capital, 31 were arrested on Friday night.",
    "one charged": "Two guards were detained, and one was charged with smuggling.",
    # A toll is no attack: disasters report it as often as attacks do.
    "number killed": "The bridge collapsed during the storm and 12 were killed.",
    # CAMEO's bare 040 of movement verbs is a contact only with a coded actor taking part.
    "left a clinic": "Maria Lindqvist has left the Hazelden clinic after a month.",
    "went to a state": "Obama went to China on Monday.",
    # "the country" with nothing else before it is the state named before.
    "the country's minister": "Peru rejected the offer, and the country's trade minister criticized Chile.",
    "a country": "A neighbouring country criticized Chile on Monday.",
}


@pytest.fixture(scope="module")
def coded() -> dict[str, tuple[CodedOutput, ...]]:
    return code_all(SENTENCES)


@pytest.mark.parametrize(("key", "kind"), [("crackdown", "COERCE"), ("retaliated", "ASSAULT")])
def test_a_coded_actor_acting_alone_in_the_main_clause(
    coded: dict[str, tuple[CodedOutput, ...]], key: str, kind: str
) -> None:
    event = one_of(coded, SENTENCES, key, kind)
    assert (set(event.source), set(event.target), event.modality) == ({"VNM"}, set(), "asserted")


@pytest.mark.parametrize("key", ["crackdown pronoun", "side clause", "event noun subject", "one-sided concession"])
def test_one_sided_acts_need_a_named_coded_subject_a_main_clause_and_a_one_sided_type(
    coded: dict[str, tuple[CodedOutput, ...]], key: str
) -> None:
    """Uncoded officials, a relative clause, a state modifying an event noun, and a type that needs a target
    (a CAMEO verb coded CONCEDE) give no one-sided event."""
    assert not [e for e in coded[key] if not e.target and e.type in {"COERCE", "MOBILIZE", "CONCEDE"}], coded[key]


def test_a_name_the_recogniser_missed_is_a_participant(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    """The event exists, and its target is the name as written."""
    assert one_of(coded, SENTENCES, "missed name", "ACCUSE").modality == "asserted"
    doc = load_nlp(Settings().model)(SENTENCES["missed name"])
    assert not doc._.mentions  # the premise: no entity covers "Brakstad"
    assert [r.text for e in doc._.events for r in e.recipients] == ["Brakstad"]


def test_who_aid_is_sought_from_is_asked(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = one_of(coded, SENTENCES, "sought aid", "REQUEST")
    assert (set(event.source), set(event.target), event.modality) == ({"KEN"}, {"JPN"}, "demanded")


@pytest.mark.parametrize(("key", "source"), [("nationals", {"CHL"}), ("tourists", {"ESP"}), ("pirates", set())])
def test_private_people_of_a_nationality_are_not_their_state(
    coded: dict[str, tuple[CodedOutput, ...]], key: str, source: set[str]
) -> None:
    event = one_of(coded, SENTENCES, key, "COERCE")
    assert (set(event.source), set(event.target)) == (source, set())


def test_officials_of_a_state_are_the_state(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = one_of(coded, SENTENCES, "officials", "COERCE")
    assert (set(event.source), set(event.target)) == ({"IND"}, {"PAK"})


def test_a_sentence_on_an_unnamed_man_is_an_event(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "sentenced", "COERCE").trigger == "sentenced"


@pytest.mark.parametrize("key", ["riots reported", "protests erupted"])
def test_a_protest_reported_happening_needs_no_crowd_named(coded: dict[str, tuple[CodedOutput, ...]], key: str) -> None:
    assert one_of(coded, SENTENCES, key, "PROTEST").modality == "asserted"


def test_a_man_a_place_describes_is_not_the_place(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = one_of(coded, SENTENCES, "a Lima man", "ASSAULT")
    assert (set(event.source), set(event.target)) == (set(), {"CHL"})


def test_a_passive_act_in_a_legislature_is_the_legislature_s() -> None:
    sentences = {
        "in the Senate": "The trade bill has been rejected in the Senate.",
        "in Moscow": "The activist was arrested in Moscow.",
    }
    coded = code_all(sentences)
    assert one_of(coded, sentences, "in the Senate", "REJECT").source == frozenset({"USA"})
    assert one_of(coded, sentences, "in Moscow", "COERCE").source == frozenset()


def test_currency_letters_are_not_the_state(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert not [e for e in coded["US $"] if "USA" in e.source | e.target]


def test_a_claim_of_wrongdoing_accuses_whoever_the_clause_names() -> None:
    sentences = {
        "claims violated": "Siemens claims that Chrysler violated the licensing agreement between the two firms.",
        "owner answers": "Siemens argued that Chrysler's new engine plant was a breach of the licence.",
        "claims faster": "Siemens claims that its new turbine is faster than any rival's.",
    }
    coded = code_all(sentences)
    event = one_of(coded, sentences, "claims violated", "ACCUSE")
    assert (event.source, event.target) == (frozenset({"MNCDEU"}), frozenset({"MNCUSA"}))
    assert one_of(coded, sentences, "owner answers", "ACCUSE").target == frozenset({"MNCUSA"})
    assert not [e for e in coded["claims faster"] if e.type == "ACCUSE"]


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


def test_a_number_arrested_is_an_arrest(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = one_of(coded, SENTENCES, "number arrested", "COERCE")
    assert (event.source, event.target) == (frozenset(), frozenset())


def test_one_charged_is_a_charge(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert [e for e in coded["one charged"] if e.type in {"ACCUSE", "COERCE"} and e.trigger == "charged"]


def test_a_number_killed_is_no_attack(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert not [e for e in coded["number killed"] if e.type == "ASSAULT"]


def test_leaving_a_clinic_is_no_contact(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert not [e for e in coded["left a clinic"] if e.type == "CONSULT"]


def test_going_to_a_state_stays_a_visit(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = one_of(coded, SENTENCES, "went to a state", "CONSULT")
    assert (event.source, event.target) == (frozenset({"USA"}), frozenset({"CHN"}))


def test_the_country_is_the_state_named_before(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = one_of(coded, SENTENCES, "the country's minister", "ACCUSE")
    assert (event.source, event.target) == (frozenset({"PER"}), frozenset({"CHL"}))


def test_another_country_is_no_antecedent(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert not [e for e in coded["a country"] if e.source]
