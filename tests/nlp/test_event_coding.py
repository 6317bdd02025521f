"""Issue 17's kinds of coding error, each on sentences written for the test: the whole pipeline codes each sentence
as its own article (as `storyline eval --coded` does), so types, modalities and actor codes are the story's."""

from __future__ import annotations

import pytest

from storyline.eval.coded import CodedOutput
from tests.nlp.coded_helpers import code_all, one_of

SENTENCES = {
    # No event found for plain events.
    "attack": "Rebels attacked an army base in Mali on Sunday.",
    "agreement": "Egypt and Israel signed a peace agreement.",
    "protest": "Thousands of protesters marched through Caracas on Sunday.",
    "strike": "Dock workers in Antwerp went on strike on Monday.",
    "visit": "Indian Prime Minister Narendra Modi visited Japan.",
    # Intention, threat and refusal coded as the act.
    "will visit": "The French president will visit Algeria next week.",
    "would blockade": "Iran said it would blockade the Strait of Hormuz.",
    "prohibit aid": "The United States prohibited all aid to Venezuela.",
    "will prohibit aid": "The United States will prohibit all aid to Venezuela.",
    "not meet demands": "The union said it would not meet the demands of the government.",
    "suspend tests": "North Korea said it will suspend nuclear tests.",
    "refused": "Serbia refused to recognize Kosovo.",
    "urged": "Germany urged Russia to withdraw its troops from Ukraine.",
    "threatened": "China threatened Taiwan with military action.",
    "cut aid": "Sweden cut aid to Uganda.",
    "withdrew support": "South Korea withdrew its support for Japan on Monday.",
    "lost support": "Japan lost the support of South Korea on Monday.",
    # Roles and organisation codes.
    "mediation": "Japan agreed to US mediation.",
    "security council": "The United Nations Security Council condemned Syria.",
    "nato": "NATO criticised Russia.",
    "passive": "Navalny was arrested by Russian police in Moscow.",
    # Events from side clauses.
    "complained": "Hamas complained over Israeli air raids on Gaza.",
    "condemned": "Poland condemned the attack on the embassy.",
    "labour strike": "French rail workers began a strike over pension reform.",
    # A death the dictionary codes as done to its subject, with no one named who did it, is no attack.
    "died in custody": "Ahmed Hassan died in a Cairo prison on Sunday.",
    # A killing is still a happening when no killer is named.
    "was killed": "Two protesters were killed in Nairobi on Monday.",
    # Someone who uses force is still an attacker; the subject of an act is still its source.
    "killed by police": "Kenyan police killed two protesters in Nairobi.",
    "army attacked": "The Sudanese army attacked South Sudan on Friday.",
    # "X is in talks" says talks are held, even when the other side is not named.
    "in talks": "Siemens is in talks to buy a minority stake in a Brazilian utility.",
    "in talks with": "Siemens is in talks with Chrysler about a joint venture.",
    # A state word anywhere before a national body's noun: "Royal Thai Navy" is Thailand's.
    "royal navy of a state": "The Royal Thai Navy detained three fishing boats off the coast.",
    "saudi body": "Human rights groups criticized the Saudi government on Monday.",
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
    # A decision judged by whoever says so; results judged are no one's decision.
    "plan judged": 'The union leader said the plan is "extremely disappointing."',
    "results judged": "The quarterly results were disappointing, analysts said.",
    # An act a passive light verb reports carried out, no party named ...
    "lawsuits filed": "Several lawsuits have been filed since the spring.",
    "talks held": "Talks were held behind closed doors on Thursday.",
    "attack launched": "The raid was launched at dawn by a group nobody has identified.",
    # ... but not an act only talked about, and not twice when the verb codes it with its parties.
    "attack condemned": "The raid was condemned by the city council.",
    "lawsuit against a company": "A lawsuit was filed against Nokia in March.",
    # Settling a lawsuit or a dispute ...
    "settled a dispute": "Nokia has settled its long patent dispute with Ericsson.",
    "lawsuit was settled": "The lawsuit was settled out of court in 1997.",
    "treaty was signed": "The border treaty was signed in Minsk on Friday.",
    # ... but not one still to come, nor settling in somewhere.
    "will be settled": "The lawsuit will be settled next year.",
    "settling in": "Her lawyer said she was settling in at the clinic in Malibu.",
}


@pytest.fixture(scope="module")
def coded() -> dict[str, tuple[CodedOutput, ...]]:
    return code_all(SENTENCES)


def _one(coded: dict[str, tuple[CodedOutput, ...]], key: str, kind: str) -> CodedOutput:
    return one_of(coded, SENTENCES, key, kind)


@pytest.mark.parametrize(
    ("key", "kind", "source", "target"),
    [
        ("attack", "ASSAULT", set(), set()),
        ("agreement", "AGREE", {"EGY", "ISR"}, set()),
        ("protest", "PROTEST", set(), set()),
        ("strike", "PROTEST", set(), set()),
        ("visit", "CONSULT", {"IND"}, {"JPN"}),
    ],
)
def test_plain_events_are_found(
    coded: dict[str, tuple[CodedOutput, ...]], key: str, kind: str, source: set[str], target: set[str]
) -> None:
    event = _one(coded, key, kind)
    assert (set(event.source), set(event.target), event.modality) == (source, target, "asserted")


@pytest.mark.parametrize(
    ("key", "kind", "modality", "never"),
    [
        ("will visit", "AGREE", "intended", "CONSULT"),  # an intent to meet, not the visit
        ("would blockade", "THREATEN", "threatened", "COERCE"),
        ("prohibit aid", "SANCTION", "asserted", "AID"),  # stopping aid is no aid
        ("will prohibit aid", "THREATEN", "threatened", "AID"),  # announcing it threatens to (CAMEO 1311)
        ("not meet demands", "REJECT", "refused", "CONSULT"),  # meeting demands is yielding, refusing it rejects
        ("suspend tests", "AGREE", "intended", "MOBILIZE"),  # an intent to de-escalate, not a test
        ("refused", "REJECT", "refused", "SUPPORT"),
        ("urged", "REQUEST", "demanded", "RETREAT"),
        ("threatened", "THREATEN", "threatened", "ASSAULT"),
        ("cut aid", "SANCTION", "asserted", "AID"),
        ("withdrew support", "SANCTION", "asserted", "SUPPORT"),  # a loss of support is no support
        ("lost support", "SANCTION", "asserted", "SUPPORT"),
    ],
)
def test_an_intention_threat_or_refusal_is_never_the_act(
    coded: dict[str, tuple[CodedOutput, ...]], key: str, kind: str, modality: str, never: str
) -> None:
    assert _one(coded, key, kind).modality == modality
    assert never not in {e.type for e in coded[key]}


def test_a_request_names_who_asks_and_who_is_asked(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = _one(coded, "urged", "REQUEST")
    assert (set(event.source), set(event.target)) == ({"DEU"}, {"RUS"})


@pytest.mark.parametrize(
    ("key", "kind", "source", "target"),
    [
        ("mediation", "AGREE", {"JPN"}, {"USA"}),  # the mediator is the target, not a second source
        ("security council", "ACCUSE", {"IGOUNO"}, {"SYR"}),
        ("nato", "ACCUSE", {"IGOWST"}, {"RUS"}),
        ("passive", "COERCE", {"RUS"}, set()),  # the passive agent acts
    ],
)
def test_roles_and_organisation_codes(
    coded: dict[str, tuple[CodedOutput, ...]], key: str, kind: str, source: set[str], target: set[str]
) -> None:
    event = _one(coded, key, kind)
    assert (set(event.source), set(event.target)) == (source, target)


def test_a_complaint_about_raids_is_not_the_complainers_raid(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    accuse = _one(coded, "complained", "ACCUSE")
    assert set(accuse.target) == {"ISR"}
    raids = [e for e in coded["complained"] if e.type == "ASSAULT"]
    assert all(set(e.source) == {"ISR"} for e in raids)


def test_condemning_an_attack_is_not_attacking(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert _one(coded, "condemned", "ACCUSE").source == frozenset({"POL"})
    assert all("POL" not in e.source for e in coded["condemned"] if e.type == "ASSAULT")


def test_a_labour_strike_is_a_protest_not_an_assault(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert "PROTEST" in {e.type for e in coded["labour strike"]}
    assert "ASSAULT" not in {e.type for e in coded["labour strike"]} | {e.type for e in coded["strike"]}


def test_who_withdraws_support_from_whom(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    for key in ("withdrew support", "lost support"):
        event = _one(coded, key, "SANCTION")
        assert (set(event.source), set(event.target)) == ({"KOR"}, {"JPN"}), key


def test_a_death_in_custody_is_no_attack(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert not coded["died in custody"], coded["died in custody"]


def test_a_killing_with_no_killer_named_stays_an_event(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "was killed", "ASSAULT").modality == "asserted"


@pytest.mark.parametrize(("key", "source", "target"), [("killed by police", {"KEN"}, set()),
                                                      ("army attacked", {"SDN"}, {"SSD"})])  # fmt: skip
def test_an_attacker_still_attacks(
    coded: dict[str, tuple[CodedOutput, ...]], key: str, source: set[str], target: set[str]
) -> None:
    event = one_of(coded, SENTENCES, key, "ASSAULT")
    assert (set(event.source), set(event.target)) == (source, target)


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


@pytest.mark.parametrize("key", ["in talks", "in talks with"])
def test_being_in_talks_is_a_consultation(coded: dict[str, tuple[CodedOutput, ...]], key: str) -> None:
    event = one_of(coded, SENTENCES, key, "CONSULT")
    assert "MNCDEU" in event.source


def test_a_state_word_inside_a_body_name_places_it(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = one_of(coded, SENTENCES, "royal navy of a state", "COERCE")
    assert event.source == frozenset({"THA"})


def test_saudi_is_saudi_arabia(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = one_of(coded, SENTENCES, "saudi body", "ACCUSE")
    assert event.target == frozenset({"SAU"})


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


def test_a_decision_judged_is_disapproval(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    one_of(coded, SENTENCES, "plan judged", "ACCUSE")


def test_results_judged_are_no_act(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert not coded["results judged"]


@pytest.mark.parametrize(
    ("name", "kind"), [("lawsuits filed", "ACCUSE"), ("talks held", "CONSULT"), ("attack launched", "ASSAULT")]
)
def test_an_act_carried_out_needs_no_named_party(
    coded: dict[str, tuple[CodedOutput, ...]], name: str, kind: str
) -> None:
    one_of(coded, SENTENCES, name, kind)


def test_an_act_talked_about_is_not_carried_out(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert not [e for e in coded["attack condemned"] if e.type == "ASSAULT"]


def test_a_light_verb_with_its_parties_codes_the_act_once(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    lawsuits = [e for e in coded["lawsuit against a company"] if e.type == "ACCUSE"]
    assert [e.target for e in lawsuits] == [frozenset({"MNCFIN"})]


@pytest.mark.parametrize("name", ["settled a dispute", "lawsuit was settled", "treaty was signed"])
def test_a_settlement_or_signature_is_an_agreement(coded: dict[str, tuple[CodedOutput, ...]], name: str) -> None:
    assert one_of(coded, SENTENCES, name, "AGREE").modality == "asserted"


@pytest.mark.parametrize("name", ["will be settled", "settling in"])
def test_a_settlement_to_come_or_settling_in_is_none(coded: dict[str, tuple[CodedOutput, ...]], name: str) -> None:
    assert not [e for e in coded[name] if e.modality == "asserted"]
