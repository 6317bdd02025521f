"""One date written two ways in one pile: the weekday or month an undated report names ("Sunday", "February")
and the calendar date a dated report resolves the same words to ("2005-11-27", "2005-02").

A claim's date keys its group (claims.py): without this, dating one report (its publication stamp) would move its
counts of the story's Sunday quake out of the group of every undated report's "Sunday" counts."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
)
_CALENDAR = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")


def _fit(name: str, calendar: str) -> str:
    """The calendar key ``name`` would resolve to were it ``calendar``'s date: the day for a weekday falling on it,
    the month for a month name; "" when it does not fit."""
    if name in _WEEKDAYS and len(calendar) == 10:
        try:
            day = date.fromisoformat(calendar)
        except ValueError:
            return ""
        return calendar if _WEEKDAYS[day.weekday()] == name else ""
    if name in _MONTHS and calendar[5:7] == f"{_MONTHS.index(name) + 1:02d}":
        return calendar[:7]
    return ""


def _near(fit: str, anchor: date) -> bool:
    """Whether a resolved date is one the story's day names without a year or week: a day within the week around it,
    a month within the year up to it (TimeML's reading of "February" in a November report: the last one)."""
    if len(fit) == 10:
        return abs((date.fromisoformat(fit) - anchor).days) < 7
    months = (anchor.year - int(fit[:4])) * 12 + anchor.month - int(fit[5:7])
    return 0 <= months < 12


def resolved_as(keys: Iterable[str], anchor: date | None = None) -> dict[str, str]:
    """Each weekday or month name among a pile's date keys -> the one calendar key the pile's resolved dates give it
    ("sunday" -> "2005-11-27" when that is the only Sunday among them); when two fit (two Februaries), the one near
    ``anchor`` (the story's own day), if one alone is; otherwise, and for every other key, it stays as written."""
    seen = set(keys)
    calendar = {key for key in seen if _CALENDAR.match(key)}
    out = {}
    for name in seen - calendar:
        fits = {fit for day in calendar if (fit := _fit(name, day))}
        if len(fits) > 1 and anchor is not None:
            fits = {fit for fit in fits if _near(fit, anchor)}
        if len(fits) == 1:
            out[name] = fits.pop()
    return out


def anchor_of(lead_dates: Mapping[str, int]) -> date | None:
    """The story's own day: the calendar day the most article leads give, None when none gives one."""
    days = [(count, key) for key, count in lead_dates.items() if len(key) == 10 and _CALENDAR.match(key)]
    if not days:
        return None
    try:
        return date.fromisoformat(max(days)[1])
    except ValueError:
        return None
