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
