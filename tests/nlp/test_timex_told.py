"""Periods told against the narrative (nlp/timex_told.py), on narratives built by hand."""

from __future__ import annotations

from datetime import date

from storyline.nlp.timex import Timex
from storyline.nlp.timex_narrative import Narrative
from storyline.nlp.timex_told import narrated_part, that_period, year_earlier

PAPER = date(2024, 11, 13)


def _value(found: Timex | None) -> str | None:
    return None if found is None else found.value


def test_the_year_earlier_period_takes_the_grain_told() -> None:
    quarter = Narrative(year=2024, last="2024-Q2")
    month = Narrative(year=2024, last="2024-10")
    year = Narrative(year=2023, last="2023")
    assert _value(year_earlier("the year-earlier period", quarter, PAPER, Timex)) == "2023-Q2"
    assert _value(year_earlier("the year-ago period", month, PAPER, Timex)) == "2023-10"
    assert _value(year_earlier("the prior-year period", year, PAPER, Timex)) == "2022"
    assert _value(year_earlier("the year-earlier quarter", quarter, PAPER, Timex)) == "2023-Q2"
    # a day told gives its quarter; nothing told gives no grain at all
    day = Narrative(year=2024, last="2024-10-02")
    assert _value(year_earlier("the year-earlier quarter", day, PAPER, Timex)) == "2023-Q4"
    assert year_earlier("the year-earlier period", Narrative(), PAPER, Timex) is None


def test_a_named_part_is_taken_in_the_year_before_the_one_narrated() -> None:
    told = Narrative(year=2021, last="2021")
    assert _value(year_earlier("the year-earlier first quarter", told, PAPER, Timex)) == "2020-Q1"
    assert _value(year_earlier("the year-ago second half", Narrative(), PAPER, Timex)) == "2023-H2"
    assert year_earlier("the year-earlier third half", told, PAPER, Timex) is None
    assert year_earlier("the third quarter", told, PAPER, Timex) is None


def test_that_week_and_that_month_are_the_ones_narrated() -> None:
    day = Narrative(day=date(2021, 6, 2), year=2021, last="2021-06-02")
    assert _value(that_period("that week", day, Timex)) == "2021-W22"
    assert _value(that_period("that same month", day, Timex)) == "2021-06"
    assert _value(that_period("that month", Narrative(year=2019, last="2019-03"), Timex)) == "2019-03"
    # a year told has no month in it, and nothing told has no week
    assert that_period("that month", Narrative(year=2019, last="2019"), Timex) is None
    assert that_period("that week", Narrative(), Timex) is None


def test_a_part_of_day_along_the_narrated_day_is_that_days_part() -> None:
    told = Narrative(day=date(2024, 3, 8))
    text = "Crews searched the shore through the afternoon and into the night."
    afternoon, night = text.index("the afternoon"), text.index("the night")
    assert _value(narrated_part(text, afternoon, afternoon + 13, told, Timex)) == "2024-03-08TAF"
    assert _value(narrated_part(text, night, night + 9, told, Timex)) == "2024-03-08TNI"
    later = "The mayor had spoken to them earlier in the morning."
    at = later.index("the morning")
    assert _value(narrated_part(later, at, at + 11, told, Timex)) == "2024-03-08TMO"


def test_a_part_of_day_after_a_bare_in_or_with_no_day_told_is_left() -> None:
    told = Narrative(day=date(2024, 3, 8))
    habit = "The ferry sails in the morning and returns in the evening."
    at = habit.index("the morning")
    assert narrated_part(habit, at, at + 11, told, Timex) is None  # a habit, or a place on the clock
    plain = "Crews searched the shore through the afternoon."
    at = plain.index("the afternoon")
    assert narrated_part(plain, at, at + 13, Narrative(), Timex) is None
