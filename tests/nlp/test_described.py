"""A definite description as the speaker the article introduced with that title or age (issue 19), on text
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from storyline.nlp.described import Description, Introduced, fits
from tests.nlp.speaker_helpers import speaker_of


@pytest.fixture
def nlp(speakers_pipeline: Language) -> Language:
    return speakers_pipeline


def test_a_capitalised_title_is_the_one_named_with_it(nlp: Language) -> None:
    text = (
        "District Attorney Helen Brandt filed the charges on Monday.\n\n"
        "The defence asked for bail.\n\n"
        '"The evidence is overwhelming," the District Attorney said.\n'
    )
    assert speaker_of(nlp, text, "overwhelming") == "Helen Brandt"


def test_a_role_noun_before_the_name_is_a_title(nlp: Language) -> None:
    text = (
        "Officer Paul Denny stopped the car on Elm Street.\n\n"
        "The driver ran into a field.\n\n"
        '"He dropped something as he ran," the officer said.\n'
    )
    assert speaker_of(nlp, text, "dropped something") == "Paul Denny"


def test_the_former_mayor_is_not_the_mayor(nlp: Language) -> None:
    text = (
        "Former Mayor Ruth Abbott attended the opening on Friday with Mayor Dan Keel.\n\n"
        "The bridge cost four million dollars.\n\n"
        '"It was worth every cent," the former mayor said.\n'
    )
    assert speaker_of(nlp, text, "every cent") == "Ruth Abbott"


def test_an_age_is_the_one_person_given_that_age(nlp: Language) -> None:
    text = (
        "Helen Marsh, 34, of Leeds, was charged with arson on Tuesday.\n\n"
        "Police said the fire began in a shed.\n\n"
        '"I did nothing wrong," the 34-year-old said outside the court.\n'
    )
    assert speaker_of(nlp, text, "nothing wrong") == "Helen Marsh"


def test_two_people_with_the_title_leave_the_description_alone(nlp: Language) -> None:
    text = (
        "Officer Paul Denny and Officer Jim Crane stopped the car on Elm Street.\n\n"
        "The driver ran into a field.\n\n"
        '"He dropped something as he ran," the officer said.\n'
    )
    assert speaker_of(nlp, text, "dropped something") == "the officer"


def test_a_subordinate_word_must_be_in_both() -> None:
    mayor = Introduced(0, "Dan Keel", frozenset({"mayor"}), "mayor", None)
    former = Introduced(0, "Ruth Abbott", frozenset({"former", "mayor"}), "mayor", None)
    the_mayor = Description(frozenset({"mayor"}), "mayor", None)
    assert fits(the_mayor, mayor) and not fits(the_mayor, former)
    assert fits(Description(frozenset({"former", "mayor"}), "mayor", None), former)
