"""Time records adjusted once the whole text is read (timex_adjust), on sentences written for the test."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.language import Language

from storyline.nlp.extensions import register_extensions
from storyline.nlp.times import extract_times
from storyline.settings import DEFAULT_MODEL

PUBLISHED = date(2021, 9, 15)  # a Wednesday


@pytest.fixture(scope="module")
def nlp() -> Language:
    register_extensions()
    return spacy.load(DEFAULT_MODEL)


def _values(nlp: Language, text: str) -> dict[str, str]:
    return {r.text: r.value or "" for r in extract_times(nlp(text), PUBLISHED, text) if r.kind != "span"}


def test_a_weekday_beside_a_written_date_is_that_day(nlp: Language) -> None:
    # A named Sunday the model reads apart from its date: the weekday takes the date beside it, never only its
    # year, which would name a day that is no Sunday.
    found = _values(nlp, "The gala will air live on Grammy Sunday, March 6, 2022, on national television.")
    assert found["Sunday"] == "2022-03-06"
    assert found["March 6, 2022"] == "2022-03-06"


def test_a_day_with_in_and_a_year_after_it_takes_that_year(nlp: Language) -> None:
    found = _values(nlp, "She had hoped to open the bakery on Halloween in 2019.")
    assert found["Halloween"] == "2019-10-31"
    assert found["2019"] == "2019"


def test_a_month_coordinated_with_a_dated_one_still_shares_its_year(nlp: Language) -> None:
    found = _values(nlp, "Sales fell between September and October of 2019.")
    assert found["September"] == "2019-09"


def test_a_day_told_ahead_is_not_moved_to_an_earlier_year_told_in_an_aside(nlp: Language) -> None:
    # "founded in 2020" is an aside; the vote lies ahead ("will be contesting"), so it is this year's November.
    found = _values(nlp, "The Green League - founded in 2020 - will be contesting seats in the November 7 vote.")
    assert found["November 7"] == "2021-11-07"


def test_a_day_told_before_its_year_still_takes_it(nlp: Language) -> None:
    found = _values(nlp, "A letter dated Nov. 3 was mailed to the mayor in 2020.")
    assert found["Nov. 3"] == "2020-11-03"
