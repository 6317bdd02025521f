"""TIMEX3 readings of periods told against the narrative: "the year-earlier quarter", "that week", "that month"."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storyline.nlp.timex import Timex
    from storyline.nlp.timex_narrative import Narrative

# Earnings reports set a period against the same one a year before: "the year-earlier quarter", "the year-ago
# period", "the prior-year quarter", "the year-earlier first half". TimeML dates them (TimeBank marks "the
# year-earlier period" with the quarter a year back), and HeidelTime's English rules read them the same way
# (date_r11b, date_r23a/b: the reference quarter minus four, or the named part of the year before the one narrated).
_YEAR_EARLIER = re.compile(
    r"^(?:the\s+|that\s+)?(?:year[- ](?:earlier|ago)|prior[- ]year)\s+(?:(first|second|third|fourth)\s+)?"
    r"(quarter|half|period|month)$"
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_LAST_TOLD = re.compile(r"(\d{4})(?:-(Q[1-4]|\d{2}))?(?:-\d{2})?")
# "that week", "later that month": the week or month being narrated, as "that day" is the day (TimeML anchors a
# relative expression on the time the text is talking about, the TIMEX3 guidelines' temporal function).
_THAT_PERIOD = re.compile(r"^(?:that|that same|the same) (week|month)$")
_NARRATED = "the period being narrated"
# "worked the case through the afternoon and into the night", "tried to enter earlier in the morning": a part of
# the day told with no day written, after a word that follows the narrated day's course (the TIMEX3 guidelines'
# temporal function: the time the text is talking about). Not after a bare "in", which also tells a habit or a
# place in the clock ("live in the morning U.S. time", "in the afternoon sun").
_PART_TOLD = re.compile(r"^the\s+(morning|afternoon|evening|night)$", re.IGNORECASE)
_COURSE_BEFORE = re.compile(
    r"(?:\b(?:through|throughout|into|until|till)|\b(?:earlier|later)\s+in)\s+$", re.IGNORECASE
)
_PARTS = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}


def year_earlier(core: str, narrative: Narrative, anchor: date | None, made: type[Timex]) -> Timex | None:
    """"the year-earlier quarter" after "in the third quarter of 2012": 2011-Q3; "the year-ago first half": the
    first half of the year before the one narrated. None when nothing told gives the period's grain."""
    if not (m := _YEAR_EARLIER.fullmatch(core)):
        return None
    ordinal, unit = m[1], m[2]
    year = narrative.year or (anchor.year if anchor else None)
    if ordinal is not None:
        if year is None or unit not in {"quarter", "half"} or (unit == "half" and _ORDINALS[ordinal] > 2):
            return None
        part = f"Q{_ORDINALS[ordinal]}" if unit == "quarter" else f"H{_ORDINALS[ordinal]}"
        return made(f"{year - 1}-{part}", relative=True, note="the part of the year before the one narrated")
    if unit in {"quarter", "month"}:
        value = narrative.year_before(unit)
        return made(value, relative=True, note="the period narrated, a year back") if value else None
    if unit == "period" and narrative.last and (told := _LAST_TOLD.fullmatch(narrative.last)):
        # the period at the grain it was told: a quarter, a month or a year, a year back ("period" has no grain)
        if told[2] is None:
            return made(str(int(told[1]) - 1), relative=True, note="the period narrated, a year back")
        value = narrative.year_before("quarter" if told[2].startswith("Q") else "month")
        return made(value, relative=True, note="the period narrated, a year back") if value else None
    return None


def that_period(core: str, narrative: Narrative, made: type[Timex]) -> Timex | None:
    """"that week" after "on March 3, 2012": 2012-W09; "that month" after "in March 2009": 2009-03. Only from a
    date told at that grain or finer; the paper's own week or month is not what "that" points back to."""
    if not (m := _THAT_PERIOD.fullmatch(core)):
        return None
    if m[1] == "week":
        if narrative.day is None:
            return None
        year, week, _ = narrative.day.isocalendar()
        return made(f"{year}-W{week:02d}", relative=True, note=_NARRATED)
    if narrative.last and (told := _LAST_TOLD.fullmatch(narrative.last)) and told[2] and told[2].isdigit():
        return made(f"{told[1]}-{told[2]}", relative=True, note=_NARRATED)
    return None


def narrated_part(text: str, start: int, end: int, narrative: Narrative, made: type[Timex]) -> Timex | None:
    """"the afternoon" in "through the afternoon" after "on Friday": Friday afternoon (TimeML TIME, TAF). None
    outside the words that follow a day's course, or with no day told."""
    if narrative.day is None or not (m := _PART_TOLD.fullmatch(text[start:end])):
        return None
    if not _COURSE_BEFORE.search(text, max(0, start - 20), start):
        return None
    return made(narrative.day.isoformat() + _PARTS[m[1].lower()], relative=True, note="the day being narrated")
