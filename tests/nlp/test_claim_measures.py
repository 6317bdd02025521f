"""What a number counts when the noun says little or nothing (issue 20, fourth round), on sentences written for
these tests: casualty words after a bare number, a place's population, a shock's magnitude."""

from __future__ import annotations

import pytest
from spacy.language import Language

from storyline.model import Claim


@pytest.fixture(scope="module")
def nlp(claims_pipeline: Language) -> Language:
    return claims_pipeline


def _claims(nlp: Language, text: str) -> tuple[Claim, ...]:
    return tuple(nlp(text)._.claims)


def _claim(nlp: Language, text: str, number: str) -> Claim:
    [claim] = [c for c in _claims(nlp, text) if number in c.text]
    return claim


@pytest.mark.parametrize(
    ("text", "number", "predicate"),
    [
        ("Ten dead in northern Chile flood", "Ten", "kill"),
        ("Storm hits coast, five hurt: media", "five", "injure"),
        ("Twelve people were killed and at least 40 injured when the storm hit the coast.", "40", "injure"),
        ("Nine people are killed and about 30 hurt.", "30", "injure"),
    ],
)
def test_a_casualty_word_after_a_bare_number_counts_people(
    nlp: Language, text: str, number: str, predicate: str
) -> None:
    claim = _claim(nlp, text, number)
    assert (claim.counted, claim.predicate, claim.holder) == ("people", predicate, None)


def test_a_casualty_word_after_a_noun_is_its_predicate_not_the_count(nlp: Language) -> None:
    claim = _claim(nlp, "Officials said 12 miners hurt in the blast were flown out.", "12")
    assert claim.counted.startswith("miners")


def test_a_part_of_a_number_is_a_part(nlp: Language) -> None:
    assert _claim(nlp, "He said 30 of the 80 wounded remained in hospital after the storm.", "30").whole == 80


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The storm struck Vell island, home to 120,000 people, on Tuesday.", "120,000"),
        ("The island, which has about 200,000 residents, lies off the coast.", "200,000"),
        ("Vell, the largest island in the gulf, has a population of more than 100,000.", "100,000"),
        ("Marlow is a town of 15,000 people in the hills.", "15,000"),
        ("The city of Sandport, with 500,000 inhabitants, was spared.", "500,000"),
    ],
)
def test_a_places_population_is_one_quantity(nlp: Language, text: str, number: str) -> None:
    assert _claim(nlp, text, number).counted == "population"


@pytest.mark.parametrize(
    "text", ["The town's 15,000 inhabitants were evacuated.", "Thousands of residents lost power overnight."]
)
def test_people_something_befalls_are_no_population(nlp: Language, text: str) -> None:
    [claim] = _claims(nlp, text)
    assert claim.counted != "population"


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("The 6.1-magnitude quake struck Vell island on Sunday.", "6.1", "earthquake magnitude"),
        ("A 5.9 magnitude earthquake has leveled seven villages.", "5.9", "earthquake magnitude"),
        ("Tremors from an earthquake registering 6.1 on the Richter scale were felt.", "6.1", "earthquake magnitude"),
        ("The quake struck on Sunday with a force of about 6.0 on the Richter scale.", "6.0", "earthquake magnitude"),
        ("An earthquake with a magnitude of at least 5.9 hit the south on Sunday.", "5.9", "earthquake magnitude"),
        ("The survey in Golden said it was a magnitude 6.1 temblor.", "6.1", "earthquake magnitude"),
        ("The main temblor was followed by four aftershocks, with magnitudes ranging from 3.6 to 4.3.", "3.6",
         "magnitude"),
    ],
)
def test_a_magnitude_is_the_shocks(nlp: Language, text: str, number: str, counted: str) -> None:
    claim = _claim(nlp, text, number)
    assert (claim.counted, claim.predicate) == (counted, "")


def test_the_count_beside_a_magnitude_counts_its_own_noun(nlp: Language) -> None:
    assert _claim(nlp, "A 5.9 magnitude earthquake has leveled seven villages.", "seven").counted == "villages"


def test_a_hedge_before_the_unit_word_bounds_the_magnitude(nlp: Language) -> None:
    claim = _claim(nlp, "An earthquake measuring at least magnitude 5.9 shook the area on Sunday.", "5.9")
    assert (claim.kind, claim.low, claim.counted) == ("min", 5.9, "earthquake magnitude")


def test_a_magnitude_of_a_kind_of_shock_is_no_claim(nlp: Language) -> None:
    assert _claims(nlp, "A magnitude 6 quake can cause severe damage.") == ()


def test_a_magnitude_is_dated_and_measured_by_its_shocks_clause(nlp: Language) -> None:
    text = "The seismology institute of Vell University registered a quake measuring 3.8 on the Richter scale Monday."
    claim = _claim(nlp, text, "3.8")
    assert claim.when == "monday"
    assert claim.source_name is not None and "seismology institute" in claim.source_name


def test_a_run_between_number_and_noun_is_a_selection(nlp: Language) -> None:
    assert _claim(nlp, "The Hawks have lost eight straight games.", "eight").scope == "sel:straight"


@pytest.mark.parametrize(
    ("text", "number", "counted", "origin", "located"),
    [
        ("Vell, located 1,150 kilometers southeast of Sandport, has a busy port.", "1,150", "Sandport distance",
         "Sandport", "Vell"),
        ("Vell, located 1,150 kilometers (700 miles) southeast of Sandport, has a port.", "700", "Sandport distance",
         "Sandport", "Vell"),
        ("The island is about 940 miles south of Sandport, the capital.", "940", "Sandport distance", "Sandport",
         None),
        ("Earlier a quake jolted the island, some 930 miles south of the capital, Tehran.", "930", "Tehran distance",
         "Tehran", None),
        ("The epicentre was 35 miles southwest of the port of Lanar.", "35", "Lanar distance", "Lanar", None),
    ],
)
def test_a_distance_is_from_its_origin_of_the_place_lying_there(
    nlp: Language, text: str, number: str, counted: str, origin: str, located: str | None
) -> None:
    claim = _claim(nlp, text, number)
    assert (claim.counted, claim.where.text if claim.where else None) == (counted, origin)
    assert (claim.holder.text if claim.holder else None) == located


def test_a_length_without_a_bearing_is_no_distance(nlp: Language) -> None:
    assert "distance" not in _claim(nlp, "The bridge is 300 feet long.", "300").counted


def test_of_sources_given_together_the_measuring_agency_gives_the_magnitude(nlp: Language) -> None:
    text = "The official Vell news agency and the National Geological Survey said it had a magnitude of 5.9."
    assert _claim(nlp, text, "5.9").source_name == "the National Geological Survey"


def test_a_count_near_a_magnitude_is_no_magnitude(nlp: Language) -> None:
    claims_ = _claims(nlp, "A magnitude 5.9 quake killed 10 and injured 80.")
    assert [(c.text, c.counted) for c in claims_][1:] == [("10", "people"), ("80", "people")]


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("The quake, which struck on Sunday with a force of about 6.0 on the Richter scale, destroyed homes.", "6.0",
         "earthquake magnitude"),
        ("The aftershocks measured from 2.8 to 3.8 degrees on the Richter scale on Monday.", "2.8",
         "aftershock magnitude"),
        ("A 5.6 -magnitude quake struck on Sunday.", "5.6", "earthquake magnitude"),
    ],
)
def test_a_magnitude_in_degrees_glued_or_in_a_relative_clause(
    nlp: Language, text: str, number: str, counted: str
) -> None:
    assert _claim(nlp, text, number).counted == counted


def test_a_thing_lying_at_a_distance_is_measured_apart(nlp: Language) -> None:
    # the cyclist's 40 miles are not the depot's distance from the city
    text = "Hours after the crash, a cyclist 40 miles east of Sandport called the police."
    assert _claim(nlp, text, "40").scope == "at:cyclist"
    assert _claim(nlp, "The depot is about 12 miles east of Sandport.", "12").scope == ""
    assert _claim(nlp, "The island is about 940 miles south of Sandport, the capital.", "940").scope == ""
