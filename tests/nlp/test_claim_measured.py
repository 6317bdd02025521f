"""What a length, a weight or a sum with no counted noun measures (issue 20, eighteenth round), on sentences written
for these tests: the motion a verb tells, a weight a weighing verb gives, a thing a valuing verb estimates."""

from __future__ import annotations

import pytest
from spacy.language import Language

from storyline.model import Claim


@pytest.fixture(scope="module")
def nlp(claims_pipeline: Language) -> Language:
    return claims_pipeline


def _claim(nlp: Language, text: str, number: str) -> Claim:
    [claim] = [c for c in nlp(text)._.claims if number in c.text]
    return claim


@pytest.mark.parametrize(
    ("text", "number", "counted", "unit"),
    [
        ("A hiker from Leeds died after falling about 80 metres into a gorge.", "80", "fall", "m"),
        ("The skier fell 300 feet down an icy slope on Sunday.", "300", "fall", "ft"),
        ("The boat drifted 12 miles out to sea overnight.", "12", "drift", "mi"),
    ],
)
def test_a_length_with_no_noun_measures_the_motion_its_verb_tells(
    nlp: Language, text: str, number: str, counted: str, unit: str
) -> None:
    claim = _claim(nlp, text, number)
    assert (claim.counted, claim.unit) == (counted, unit)


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Sam Hobbs died on Monday after falling about 80 metres into a gorge.", "Sam Hobbs"),
        ("Anna Berg slipped on the ice and fell 30 metres.", "Anna Berg"),
    ],
)
def test_a_motion_is_of_whoever_made_it(nlp: Language, text: str, holder: str) -> None:
    claim = _claim(nlp, text, "metres")
    assert claim.holder is not None and claim.holder.text == holder


@pytest.mark.parametrize(
    "text",
    [
        "The new road is 40 km long and opens in May.",  # the road's length, which "be" does not name
        "She works about 300 feet from the station.",  # where she works, not how far she went
    ],
)
def test_a_length_a_verb_tells_no_motion_of_stays_unnamed(nlp: Language, text: str) -> None:
    assert _claim(nlp, text, "feet" if "feet" in text else "km").counted == ""


@pytest.mark.parametrize(
    "text",
    [
        "Police said the man is six feet tall, weighing about 190 pounds, with short grey hair.",
        "The suspect weighed 170 pounds when he was arrested.",
    ],
)
def test_pounds_a_weighing_verb_gives_are_a_weight_not_sterling(nlp: Language, text: str) -> None:
    claim = _claim(nlp, text, "pounds")
    assert (claim.unit, claim.counted) == ("lb", "weight")


def test_pounds_paid_stay_sterling(nlp: Language) -> None:
    assert _claim(nlp, "The shop was fined 500 pounds by the council.", "500").unit == "GBP"


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Damage to the school was estimated at $2 million, the fire chief said.", "Damage"),
        ("The owner estimates the losses at more than $300,000.", "losses"),
        ("The painting, valued at $4 million, was never found.", "painting"),
    ],
)
def test_a_sum_a_valuing_verb_hangs_on_values_its_subject_or_object(nlp: Language, text: str, counted: str) -> None:
    assert _claim(nlp, text, "$").counted == counted


@pytest.mark.parametrize(
    ("text", "converted"),
    [
        ("Repairs were estimated at $US3 million ($4.4 million), the council said.", "$4.4"),
        ("The ship was sold for US$12 million ($17 million) last year.", "$17"),
    ],
)
def test_a_conversion_of_us_dollars_is_in_the_writers_own_dollars(nlp: Language, text: str, converted: str) -> None:
    assert _claim(nlp, text, converted).unit == "$"


def test_a_conversion_of_euros_into_dollars_stays_us_dollars(nlp: Language) -> None:
    assert _claim(nlp, "Thieves took gems worth 2 million euros ($2.6 million).", "$2.6").unit == "USD"
