"""Issue 17, fourth pass: companies the dictionaries lacked, one-sided acts, and signing verbs. Each sentence is
written for the test and runs through the whole pipeline as its own article, as `storyline eval --coded` does."""

from __future__ import annotations

import pytest

from storyline.eval.coded import CodedOutput
from storyline.nlp.pipeline import load_nlp
from storyline.settings import Settings
from tests.nlp.coded_helpers import code_all, one_of

SENTENCES = {
    # Companies news names without their home state: the actor dictionaries' extension gives it.
    "airbus sues": "Airbus sued Canada over the tender.",
    "gm receives": "Chile gave General Motors a loan of US$2 billion.",
    "apple lawsuit": "Apple Corps filed a lawsuit against Apple Computer in London.",
    "union refused": "The UAW refused to accept the offer of Mexico.",
    # One-sided acts PLOVER codes without a target, by a coded actor in the main clause.
    "crackdown": "Vietnam has cracked down on smuggling along its coast.",
    "retaliated": "Vietnam retaliated on Monday.",
    "crackdown pronoun": "Officials say they have cracked down on smuggling along the coast.",
    "side clause": "The smugglers fled to Laos, which has cracked down on the trade.",
    "event noun subject": "The dispatch of Chilean troops to Peru increases the odds of a war.",
    "one-sided concession": "Vietnam has mediated.",
    # A proper noun the entity recogniser misses is still a named participant.
    "missed name": "Brakstad was charged with theft on Friday.",
    # A predicate adjective of criticism criticizes; a modifier does not.
    "critical of": "Chile has long been critical of Peru.",
    "critical moment": "This is a critical moment for Chile and Peru.",
    # Who is asked for aid is the target of the request.
    "sought aid": "Kenya sought military aid from Japan.",
    # "Ink" signs an agreement.
    "inked": "Embraer has inked a deal with Kenya.",
}


@pytest.fixture(scope="module")
def coded() -> dict[str, tuple[CodedOutput, ...]]:
    return code_all(SENTENCES)


def _one(coded: dict[str, tuple[CodedOutput, ...]], key: str, kind: str) -> CodedOutput:
    return one_of(coded, SENTENCES, key, kind)


@pytest.mark.parametrize(
    ("key", "kind", "source", "target"),
    [
        ("airbus sues", "ACCUSE", {"MNCFRA"}, {"CAN"}),
        ("apple lawsuit", "ACCUSE", {"MNCGBR"}, {"MNCUSA"}),  # two companies of one name, two homes
        ("union refused", "REJECT", {"USA"}, set()),  # a national union is its state's
    ],
)
def test_companies_the_dictionaries_lacked(
    coded: dict[str, tuple[CodedOutput, ...]], key: str, kind: str, source: set[str], target: set[str]
) -> None:
    event = _one(coded, key, kind)
    assert (set(event.source), set(event.target)) == (source, target)


def test_a_company_given_aid_is_its_target(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert "MNCUSA" in {code for e in coded["gm receives"] for code in e.target}


@pytest.mark.parametrize(("key", "kind"), [("crackdown", "COERCE"), ("retaliated", "ASSAULT")])
def test_a_coded_actor_acting_alone_in_the_main_clause(
    coded: dict[str, tuple[CodedOutput, ...]], key: str, kind: str
) -> None:
    event = _one(coded, key, kind)
    assert (set(event.source), set(event.target), event.modality) == ({"VNM"}, set(), "asserted")


@pytest.mark.parametrize("key", ["crackdown pronoun", "side clause", "event noun subject", "one-sided concession"])
def test_one_sided_acts_need_a_named_coded_subject_a_main_clause_and_a_one_sided_type(
    coded: dict[str, tuple[CodedOutput, ...]], key: str
) -> None:
    """Uncoded officials, a relative clause, a state modifying an event noun, and a type that needs a target
    (a CAMEO verb coded CONCEDE) give no one-sided event."""
    assert not [e for e in coded[key] if not e.target and e.type in {"COERCE", "MOBILIZE", "CONCEDE"}], coded[key]


def test_inked_a_deal(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = _one(coded, "inked", "AGREE")
    assert (set(event.source), set(event.target)) == (set(), {"KEN"})  # no description: Embraer stays uncoded


def test_a_name_the_recogniser_missed_is_a_participant(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    """The event exists, and its target is the name as written."""
    assert _one(coded, "missed name", "ACCUSE").modality == "asserted"
    doc = load_nlp(Settings().model)(SENTENCES["missed name"])
    assert not doc._.mentions  # the premise: no entity covers "Brakstad"
    assert [r.text for e in doc._.events for r in e.recipients] == ["Brakstad"]


def test_critical_of_is_an_accusation(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = _one(coded, "critical of", "ACCUSE")
    assert (set(event.source), set(event.target)) == ({"CHL"}, {"PER"})
    assert coded["critical moment"] == ()


def test_who_aid_is_sought_from_is_asked(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = _one(coded, "sought aid", "REQUEST")
    assert (set(event.source), set(event.target), event.modality) == ({"KEN"}, {"JPN"}, "demanded")
