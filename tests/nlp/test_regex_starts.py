import re

import pytest

from storyline.nlp.regex_starts import Starts, WordIndex
from storyline.nlp.times import _PATTERNS


def _spans(found: object) -> list[tuple[int, int]]:
    return [m.span() for m in found]  # type: ignore[attr-defined]


def test_a_pattern_is_tried_only_at_its_words_and_finds_what_finditer_finds() -> None:
    text = "Last week, two days later, the THIRD day; the next week and last month too."
    pattern = re.compile(r"\b(?:last|next)\s+(?:week|month)\b", re.IGNORECASE)
    found = WordIndex(text).finditer(pattern, Starts(lower=frozenset({"last", "next"})))
    assert _spans(found) == _spans(pattern.finditer(text)) == [(0, 9), (46, 55), (60, 70)]


def test_look_behinds_and_word_boundaries_see_the_text_before_the_word() -> None:
    text = "for years, after years, ayears and in years"
    pattern = re.compile(r"(?:(?<=\bfor\s)|(?<=\bin\s))years\b")
    found = WordIndex(text).finditer(pattern, Starts(exact=frozenset({"years"})))
    assert _spans(found) == _spans(pattern.finditer(text)) == [(4, 9), (38, 43)]


def test_matches_do_not_overlap_as_with_finditer() -> None:
    text = "the the the day"
    pattern = re.compile(r"\bthe\s+the\b")
    found = WordIndex(text).finditer(pattern, Starts(lower=frozenset({"the"})))
    assert _spans(found) == _spans(pattern.finditer(text)) == [(0, 7)]


def test_digit_runs_begin_inside_words_too() -> None:
    text = "at5pm, 12:30 GMT and 2002-03 or 123"
    pattern = re.compile(r"(?<!\d)\d{1,2}(?::\d{2}|pm)")
    found = WordIndex(text).finditer(pattern, Starts(digit_runs=True))
    assert _spans(found) == _spans(pattern.finditer(text))
    assert _spans(WordIndex(text).finditer(pattern, Starts(numbers=True))) == [(7, 12)]  # "at5pm" is one word


def test_a_text_with_a_letter_ignorecase_folds_to_ascii_is_searched_whole() -> None:
    text = "the \u017fame day"  # long s: IGNORECASE reads it as "s", lower() does not
    pattern = re.compile(r"\bsame\s+day\b", re.IGNORECASE)
    found = WordIndex(text).finditer(pattern, Starts(lower=frozenset({"same"})))
    assert _spans(found) == _spans(pattern.finditer(text)) == [(4, 12)]


@pytest.mark.parametrize(
    "text",
    [
        "Talks resumed two weeks ago, on Tuesday morning, and ended at 8 p.m. the same day.",
        "In 2009 the firm reported annual losses; by fiscal 2011 it had recovered over the weekend.",
        "The 30-day deadline passes next month, the minister said now. Fifty-day delays, twenty-one days.",
        "Once a year since the 19th century, recent years aside, the fair has opened each spring.",
        "THE MEETING WAS HELD TWO DAYS AGO, ON TUESDAY, AT 0800 GMT; HALF AN HOUR LATER, THE YEAR END.",
        "Yesterday morning, hours earlier, the band recalled the sixties; at the moment it rests.",
        "From 2004 to 2009 the fair closed on Christmas Eve and reopened in the spring of 2010, mid-May.",
        "Half an hour later, the following week and the end of the month were set as deadlines.",
        "For the first fiscal 2008 quarter, the year-end figures, at 16:00 UTC today, 1hr 4 mins, 90 mins.",
        "He left at5pm (1994-96) and came back in 3 weeks; every 2 years, twice a year, 5 times per day.",
        "the 16th August, 3 May 2011, Dec. 31, the '90s and 80s, for years, within minutes, in decades.",
    ],
)
def test_every_time_pattern_run_from_its_starts_finds_what_finditer_finds(text: str) -> None:
    index = WordIndex(text)
    started = [(place, p) for place, p in enumerate(_PATTERNS) if p.starts is not None]
    assert started
    for place, pattern in started:
        assert pattern.starts is not None
        assert _spans(index.finditer(pattern.regex, pattern.starts)) == _spans(pattern.regex.finditer(text)), place
