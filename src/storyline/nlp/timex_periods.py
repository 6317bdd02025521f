"""TIMEX3 readings of named and partial periods: holidays, half-years, year end, the end of the week, and
weekdays counted from the day narrated ("the following Tuesday")."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storyline.nlp.timex import Timex

# Holidays on a fixed day of the year (TimeML marks holidays): a date whose year the tense gives, as for "June 30".
HOLIDAYS = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "st. patrick's day": (3, 17),
    "st patrick's day": (3, 17),
    "independence day": (7, 4),
    "bastille day": (7, 14),
    "canada day": (7, 1),
    "australia day": (1, 26),
    "anzac day": (4, 25),
    "waitangi day": (2, 6),
    "may day": (5, 1),
}
_HALF = re.compile(r"\b(first|second|1st|2nd)\s+half\s+of\s+(?:(the|this|last|next)\s+year|(\d{4}))$")
_HALVES = {"first": 1, "1st": 1, "second": 2, "2nd": 2}
# A bare "the first half" in business copy ("sales fell 3% in the first half"): TimeML's H1 of the year the tense
# gives, as a bare quarter's (HeidelTime's English rules read it UNDEF-year-H1, date_r10b). Only proposed beside a
# company's figures (times._fits_context): most bare halves in news are halves of a match.
_BARE_HALF = re.compile(r"^(?:the\s+)?(first|second)\s+half$")
_YEAR_END = re.compile(r"^(?:the\s+)?year[- ]end$")
_PART_OF_PERIOD = re.compile(r"\b(?:end|start|beginning|middle|rest) of the (?:week|month|decade)$")
_THE_NEXT_WEEKDAY = re.compile(r"^the (next|following|previous) ([a-z]+)(?: (morning|afternoon|evening|night))?$")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_PARTS = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}
_FROM_PAPER = "resolved against the publication date"


def holiday(core: str, anchor: date, direction: int) -> str | None:
    """The day of a holiday: the latest one not after ``anchor`` (past), the next one not before it (future),
    or the nearest when no tense says ("Christmas sales" in a January paper were last December's)."""
    if core not in HOLIDAYS:
        return None
    month, day = HOLIDAYS[core]
    days = [date(anchor.year + k, month, day) for k in (-1, 0, 1)]
    if direction < 0:
        return max(d for d in days if d <= anchor).isoformat()
    if direction > 0:
        return min(d for d in days if d >= anchor).isoformat()
    return min(days, key=lambda d: abs(d - anchor)).isoformat()


def period(
    core: str,
    lowered: str,
    anchor: date | None,
    direction: int,
    narrated: tuple[date | None, int | None],
    made: type[Timex],
) -> Timex | None:
    """Half-years, "year end", "the end of the week" and "the following Tuesday"; ``narrated`` is the day and
    the year the text last told (the publication's when none was)."""
    day, year = narrated
    if m := _HALF.search(lowered):
        # "the second half of the year": TimeML's H1/H2 (the date grammar would keep only the year).
        if m[3]:
            return made(f"{m[3]}-H{_HALVES[m[1]]}")
        if anchor is not None:
            half_year = year if m[2] == "the" and year else anchor.year + {"last": -1, "next": 1}.get(m[2], 0)
            return made(f"{half_year}-H{_HALVES[m[1]]}", relative=True, note=_FROM_PAPER)
    if (m := _BARE_HALF.fullmatch(core)) and anchor is not None:
        half, current = _HALVES[m[1]], 1 if anchor.month <= 6 else 2
        # told in the past, a half not yet begun this year was last year's; told ahead, one gone is next year's
        shift = -1 if direction < 0 and half > current else 1 if direction > 0 and half < current else 0
        return made(f"{anchor.year + shift}-H{half}", relative=True, note=_FROM_PAPER)
    if core in {"the week", "the month"} and _PART_OF_PERIOD.search(lowered) and day is not None:
        # "by the end of the week": the week (month) of the day narrated, else of the paper's date; told ahead
        # ("hopes to pass it by the end of the week" after "unveiled on Sunday"), a week already gone cannot be it.
        if direction > 0 and anchor is not None and day < anchor:
            day = anchor
        iso_year, week, _ = day.isocalendar()
        value = f"{iso_year}-W{week:02d}" if core == "the week" else f"{day.year}-{day.month:02d}"
        return made(value, relative=True, note="the week or month of the day narrated")
    if core == "the decade" and _PART_OF_PERIOD.search(lowered) and day is not None:
        # "by the end of the decade": the decade of the day narrated (TimeML's three-digit value), mod from the part.
        return made(str(day.year // 10), relative=True, note="the decade of the day narrated")
    if _YEAR_END.fullmatch(core) and anchor is not None:
        # "by year end": this year's end; told in the past, its end has not come yet this year: last year's.
        return made(str(anchor.year - (1 if direction < 0 else 0)), relative=True, note=_FROM_PAPER, mod="END")
    if (m := _THE_NEXT_WEEKDAY.fullmatch(core)) and m[2] in _WEEKDAYS and day is not None:
        # "the following Tuesday": counted from the day narrated (the paper's date when none was told).
        step = -1 if m[1] == "previous" else 1
        shift = ((_WEEKDAYS.index(m[2]) - day.weekday()) * step) % 7 or 7
        value = (day + timedelta(days=step * shift)).isoformat() + _PARTS.get(m[3] or "", "")
        return made(value, relative=True, note="relative to the day narrated")
    return None
