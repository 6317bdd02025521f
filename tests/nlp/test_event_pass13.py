"""Issue 17, thirteenth pass: a verb the CAMEO dictionary marks "[---]" codes nothing alone, declining to say is no
refusal, "the country" is the state named before, CAMEO's bare 040 needs a coded
actor, and a state word inside a national body's name places it (the gazetteer's short names are tested in
tests/resolve/test_gazetteer_short_names.py). Each sentence is written for the test and runs through the whole
pipeline as its own article, as `storyline eval --coded` does."""

from __future__ import annotations

import pytest

from storyline.eval.coded import CodedOutput
from storyline.nlp.cameo_verbs import parse_verbs, people_words
from tests.nlp.coded_helpers import code_all, one_of

SENTENCES = {
    # HOLD is "[---]" in the CONFINE block: a meeting, a vote or a title held is no detention ...
    "review held": "A review of the safety rules was held in Geneva on Tuesday.",
    "vote held": "Local elections will be held across the region in March.",
    "title held": "The veteran champion still holds the national title.",
    # ... a person held is.
    "man held": "Kowalczyk is being held without bail at the county jail.",
    "pirates held": "The pirates were held on board the frigate overnight.",
    # CAMEO 011, decline comment: a refusal to say is a statement, not a refusal of a demand.
    "declined to say": "The club's owner declined to say whether the coach had been offered a new contract.",
    "refused to speculate": "A company spokesman refused to speculate on when the plant would reopen.",
    "declined to reveal": "Her agent, however, declined to reveal the reason for the sudden decision.",
    # A refusal of what was asked stays one, and so does a refusal to condemn.
    "refused to meet": "The union refused to meet the management's demands.",
    # CAMEO's bare 040 of movement verbs is a contact only with a coded actor taking part.
    "left a clinic": "Maria Lindqvist has left the Hazelden clinic after a month.",
    "went to a state": "Obama went to China on Monday.",
    # A state word anywhere before a national body's noun: "Royal Thai Navy" is Thailand's.
    "royal navy of a state": "The Royal Thai Navy detained three fishing boats off the coast.",
    "saudi body": "Human rights groups criticized the Saudi government on Monday.",
    # "the country" with nothing else before it is the state named before.
    "the country's minister": "Peru rejected the offer, and the country's trade minister criticized Chile.",
    "a country": "A neighbouring country criticized Chile on Monday.",
}


@pytest.fixture(scope="module")
def coded() -> dict[str, tuple[CodedOutput, ...]]:
    return code_all(SENTENCES)


@pytest.mark.parametrize("name", ["review held", "vote held", "title held"])
def test_a_thing_held_is_no_detention(coded: dict[str, tuple[CodedOutput, ...]], name: str) -> None:
    assert not [e for e in coded[name] if e.trigger in {"held", "holds"} and e.type in {"COERCE", "THREATEN"}]


@pytest.mark.parametrize("name", ["man held", "pirates held"])
def test_a_person_held_is_detained(coded: dict[str, tuple[CodedOutput, ...]], name: str) -> None:
    assert [e for e in coded[name] if e.trigger == "held" and e.type == "COERCE"]


@pytest.mark.parametrize("name", ["declined to say", "refused to speculate", "declined to reveal"])
def test_declining_to_say_is_no_refusal(coded: dict[str, tuple[CodedOutput, ...]], name: str) -> None:
    assert not [e for e in coded[name] if e.type == "REJECT"]


def test_refusing_a_demand_stays_a_refusal(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert [e for e in coded["refused to meet"] if e.type == "REJECT"]


def test_leaving_a_clinic_is_no_contact(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert not [e for e in coded["left a clinic"] if e.type == "CONSULT"]


def test_going_to_a_state_stays_a_visit(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = one_of(coded, SENTENCES, "went to a state", "CONSULT")
    assert (event.source, event.target) == (frozenset({"USA"}), frozenset({"CHN"}))


def test_a_state_word_inside_a_body_name_places_it(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = one_of(coded, SENTENCES, "royal navy of a state", "COERCE")
    assert event.source == frozenset({"THA"})


def test_saudi_is_saudi_arabia(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = one_of(coded, SENTENCES, "saudi body", "ACCUSE")
    assert event.target == frozenset({"SAU"})


def test_the_country_is_the_state_named_before(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = one_of(coded, SENTENCES, "the country's minister", "ACCUSE")
    assert (event.source, event.target) == (frozenset({"PER"}), frozenset({"CHL"}))


def test_another_country_is_no_antecedent(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert not [e for e in coded["a country"] if e.source]


def test_an_empty_verb_keeps_its_block_code_for_people_only() -> None:
    text = "####### VERB PATTERNS\n---  CONFINE   [170]  ---\nHOLD {HELD} [---]\nJAIL  [173]\nDETAIN\n" \
           "- * MEETING   [046]   # HOLD\n"  # fmt: skip
    verbs = parse_verbs(text)
    hold, detain = verbs["hold"][0], verbs["detain"][0]
    assert (hold.code, hold.person_code) == (None, "170")
    assert (detain.code, detain.person_code) == ("170", None)
    assert [p.code for p in hold.patterns] == ["046"]


def test_people_words_join_the_dictionaries() -> None:
    assert {"suspect", "hostage", "prisoner", "pirate"} <= people_words()
    assert "meeting" not in people_words()
