"""Issue 17, round ev35: "according to X" names a report's source and rules out no act; an arrest or charge (CAMEO
173) is coded in a sentence whose sport, election or market words hold back every other trigger; an act a passive
light verb says was carried out is coded though no party is named. Each sentence is written for the test and runs
through the whole pipeline as its own article, as `storyline eval --coded` does."""

from __future__ import annotations

import pytest

from storyline.eval.coded import CodedOutput
from tests.nlp.coded_helpers import code_all, one_of

SENTENCES = {
    # "according to" (lemma "accord") is no agreement that rules out force ("struck a deal" is no attack).
    "killed according to": "The Riverton man killed his brother and a neighbour, according to investigators.",
    "attacked according to": "According to a statement posted online, the ministry's servers were attacked by a "
    "group of hackers.",
    "struck a deal": "The two carmakers struck a deal on engines, according to the newspaper.",
    # An arrest in a sentence that names a match or a playoff is still an arrest ...
    "arrested before a game": "Hawks forward Dario Mendes was arrested on suspicion of assault on Friday, two days "
    "before a decisive playoff game.",
    "apprehended in a league story": "Police apprehended goalkeeper Tomas Brandt after the league match and charged "
    "him with drink driving.",
    # ... while the sport's own acts stay uncoded.
    "booked for a foul": "The striker was booked for a foul late in the cup final.",
    "defeated in a match": "Norway defeated Chile 2-0 in the opening match of the tournament.",
    # An act a passive light verb reports carried out, no party named ...
    "lawsuits filed": "Several lawsuits have been filed since the spring.",
    "talks held": "Talks were held behind closed doors on Thursday.",
    "attack launched": "The raid was launched at dawn by a group nobody has identified.",
    # ... but not an act only talked about, and not twice when the verb codes it with its parties.
    "attack condemned": "The raid was condemned by the city council.",
    "lawsuit against a company": "A lawsuit was filed against Nokia in March.",
}


@pytest.fixture(scope="module")
def coded() -> dict[str, tuple[CodedOutput, ...]]:
    return code_all(SENTENCES)


@pytest.mark.parametrize("name", ["killed according to", "attacked according to"])
def test_according_to_names_the_source_not_the_act(coded: dict[str, tuple[CodedOutput, ...]], name: str) -> None:
    one_of(coded, SENTENCES, name, "ASSAULT")


def test_a_deal_struck_is_still_no_attack(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert not [e for e in coded["struck a deal"] if e.type == "ASSAULT"]


@pytest.mark.parametrize("name", ["arrested before a game", "apprehended in a league story"])
def test_an_arrest_is_coded_beside_sport_words(coded: dict[str, tuple[CodedOutput, ...]], name: str) -> None:
    one_of(coded, SENTENCES, name, "COERCE")


@pytest.mark.parametrize("name", ["booked for a foul", "defeated in a match"])
def test_the_sports_own_acts_stay_uncoded(coded: dict[str, tuple[CodedOutput, ...]], name: str) -> None:
    assert not coded[name]


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
