"""Issue 20: a count of shots is the shots fired or the hits on the victim, and a body part or side takes a part of
the hits; running totals "so far" are their own scope; synonyms of one WordNet synset are one predicate; a number
hyphenated to capitals names a model. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from storyline.model import Claim


@pytest.fixture(scope="module")
def nlp(claims_pipeline: Language) -> Language:
    return claims_pipeline


class _Found(dict[str, Claim]):
    """Claims by the start of their text ("40 rifles" finds "40 rifles from smugglers")."""

    def __missing__(self, key: str) -> Claim:
        return next(claim for text, claim in self.items() if text.startswith(key))


def _claims(nlp: Language, text: str) -> _Found:
    return _Found({c.text.lower(): c for c in nlp(text)._.claims})


def test_shots_fired_and_hits_are_two_counts(nlp: Language) -> None:
    found = _claims(nlp, "The two deputies fired 14 shots, and an autopsy showed that nine bullets entered his body.")
    assert (found["14 shots"].counted, found["14 shots"].predicate) == ("shots fired", "fire")
    assert (found["nine bullets"].counted, found["nine bullets"].predicate) == ("wounds", "hit")


def test_shot_n_times_and_hit_by_n_bullets_count_the_hits(nlp: Language) -> None:
    times = _claims(nlp, "Relatives said the student had been shot nine times on the porch.")["nine times"]
    by = _claims(nlp, "The coroner said the student was hit by nine bullets.")["nine bullets"]
    assert (times.counted, times.predicate) == (by.counted, by.predicate) == ("wounds", "hit")
    rounds = _claims(nlp, "The deputies fired a total of 14 rounds at the car.")["14 rounds"]
    assert rounds.counted == "shots fired"


def test_a_body_part_or_a_side_takes_a_part_of_the_hits(nlp: Language) -> None:
    found = _claims(nlp, "One bullet entered his right shoulder; two other bullets struck from the rear.")
    assert found["one bullet"].scope == "body:shoulder"
    assert found["two other bullets"].scope == "body:from rear"
    whole = _claims(nlp, "The gunman shot the guard six times in his chest and legs.")["six times"]
    assert whole.scope == ""  # two parts: the whole guard


def test_other_shots_are_no_shooting(nlp: Language) -> None:
    found = _claims(nlp, "The centre blocked five shots and the two leaders met six times.")
    assert found["five shots"].counted == "shots" and found["five shots"].predicate == "block"
    assert found["six times"].counted == "times"


def test_a_running_total_so_far_is_its_own_scope(nlp: Language) -> None:
    found = _claims(nlp, "So far, the coast guard has seized 40 rifles from smugglers.")
    assert found["40 rifles"].scope == "to date"
    assert _claims(nlp, "The coast guard has arrested 75 smugglers to date.")["75 smugglers"].scope == "to date"
    assert _claims(nlp, "On Friday the coast guard seized nine rifles.")["nine rifles"].scope == ""


def test_verbs_of_one_synset_are_one_predicate(nlp: Language) -> None:
    seized = _claims(nlp, "Customs officers seized 300 rifles.")["300 rifles"]
    confiscated = _claims(nlp, "Customs officers confiscated 300 rifles.")["300 rifles"]
    assert seized.predicate == confiscated.predicate == "confiscate"
    nabbed = _claims(nlp, "Police nabbed 12 suspects near the harbour.")["12 suspects"]
    assert nabbed.predicate == "arrest"


def test_a_number_hyphenated_to_capitals_names_a_model(nlp: Language) -> None:
    found = _claims(nlp, "The raiders carried six AK - 47 rifles and two F - 16 manuals.")
    assert not any(text.startswith(("47", "16")) for text in found)
