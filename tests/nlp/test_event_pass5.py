"""Issue 17, fifth pass (measured on ECB+ news): a CAMEO pattern that gives its code to the target's side makes the
verb's subject the one acted on (a death in custody is no attack), and help named as a purpose is no aid. Each
sentence is written for the test and runs through the whole pipeline as its own article, as `storyline eval
--coded` does."""

from __future__ import annotations

import pytest

from storyline.eval.coded import CodedOutput
from tests.nlp.coded_helpers import code_all, one_of

SENTENCES = {
    # A death the dictionary codes as done to its subject, with no one named who did it, is no attack.
    "died in custody": "Ahmed Hassan died in a Cairo prison on Sunday.",
    # A killing is still a happening when no killer is named.
    "was killed": "Two protesters were killed in Nairobi on Monday.",
    # Someone who uses force is still an attacker; the subject of an act is still its source.
    "killed by police": "Kenyan police killed two protesters in Nairobi.",
    "army attacked": "The Sudanese army attacked South Sudan on Friday.",
    # Help named as the purpose of another act is a goal, not aid given; aid given stays.
    "in order to help": "Chile requested donations in order to help Peru with its debts.",
    "to help with": "To help with the deficit, Chile will lower the export duty on copper.",
    "helped": "Japan helped Kenya with a loan.",
    "purchase as purpose": "Ryanair exercised its options with Boeing to purchase five jets.",
}


@pytest.fixture(scope="module")
def coded() -> dict[str, tuple[CodedOutput, ...]]:
    return code_all(SENTENCES)


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


@pytest.mark.parametrize("key", ["in order to help", "to help with"])
def test_help_as_a_purpose_is_no_aid(coded: dict[str, tuple[CodedOutput, ...]], key: str) -> None:
    assert not [e for e in coded[key] if e.trigger == "help"], coded[key]


def test_help_given_is_aid(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = one_of(coded, SENTENCES, "helped", "AID")
    assert (set(event.source), set(event.target)) == ({"JPN"}, {"KEN"})


def test_a_purchase_as_the_purpose_of_a_light_verb_stays(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "purchase as purpose", "COOPERATE").source
