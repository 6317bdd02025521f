"""Codes and values as a reader says them: TIMEX3 dates ("the weekend of 2018-04-14"), event types, statuses.

brief.json keeps the codes (a TIMEX3 value, a PLOVER type); only what a person reads goes through here.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
_QUARTERS = {"Q1": "the first quarter", "Q2": "the second quarter", "Q3": "the third quarter",
             "Q4": "the fourth quarter", "H1": "the first half", "H2": "the second half"}  # fmt: skip
_PARTS_OF_DAY = {"MO": "the morning", "MI": "midday", "AF": "the afternoon", "EV": "the evening", "NI": "the night",
                 "DT": "the daytime"}  # fmt: skip
_REFS = {"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"}
_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "DE": "decade", "CE": "century"}
_TYPES = {
    "ACCUSE": "accusation", "AGREE": "agreement", "AID": "aid", "ASSAULT": "assault", "COERCE": "coercion",
    "CONSULT": "consultation", "COOPERATE": "cooperation", "DEMAND": "demand", "DISAPPROVE": "disapproval",
    "FIGHT": "fighting", "MOBILIZE": "mobilisation", "PROTEST": "protest", "REJECT": "rejection",
    "REQUEST": "request", "RETREAT": "retreat", "SANCTION": "sanctions", "SUPPORT": "support", "THREATEN": "threat",
    "CONCEDE": "concession",
}  # fmt: skip
_DISAGREEMENTS = {"numbers": "numbers differ", "reports": "reported and denied", "attributions": "said and denied"}
_STATUSES = {"agree": "sources agree", "differ": "sources differ", "incomparable": "not comparable",
             "single": "one source"}  # fmt: skip

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(MO|MI|AF|EV|NI|DT|\d{2}:\d{2}(?::\d{2})?))?$")
_MONTH = re.compile(r"^(\d{4}|XXXX)-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_PART_OF_YEAR = re.compile(r"^(\d{4})-(SP|SU|FA|AU|WI|Q[1-4]|H[12])$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})X$")
_CENTURY = re.compile(r"^(\d{2})XX$")
_DURATION = re.compile(r"^P(?:T)?(\d+|X)(DE|CE|Y|M|W|D|H)$")


def when(value: str | None) -> str:
    """A TIMEX3 value in words ("2018-04-17TAF" -> "the afternoon of 17 April 2018"); "undated" for none, and
    the value itself (never worse than the code) when it is of a shape not known here."""
    if not value:
        return "undated"
    if value in _REFS:
        return _REFS[value]
    if m := _DAY.match(value):
        year, month, day, part = int(m[1]), int(m[2]), int(m[3]), m[4]
        if not 1 <= month <= 12:
            return value
        words = f"{day} {_MONTHS[month - 1]} {year}"
        if part in _PARTS_OF_DAY:
            return f"{_PARTS_OF_DAY[part]} of {words}"
        return f"{words}, {part}" if part else words
    if m := _MONTH.match(value):
        month = int(m[2])
        if not 1 <= month <= 12:
            return value
        return _MONTHS[month - 1] + ("" if m[1] == "XXXX" else f" {m[1]}")
    if m := _WEEK.match(value):
        monday = _monday(int(m[1]), int(m[2]))
        if monday is None:
            return value
        if m[3]:
            return f"the weekend of {(monday + timedelta(days=5)).isoformat()}"
        return f"the week of {monday.isoformat()}"
    if m := _PART_OF_YEAR.match(value):
        part = m[2]
        return f"{_SEASONS[part]} {m[1]}" if part in _SEASONS else f"{_QUARTERS[part]} of {m[1]}"
    if m := _YEAR.match(value):
        return m[1]
    if m := _DECADE.match(value):
        return f"the {m[1]}0s"
    if m := _CENTURY.match(value):
        return f"the {int(m[1]) + 1}{_ordinal(int(m[1]) + 1)} century"
    if m := _DURATION.match(value):
        unit = _UNITS[m[2]]
        return f"some {unit}s" if m[1] == "X" else f"{m[1]} {unit}{'' if m[1] == '1' else 's'}"
    return value


def _monday(year: int, week: int) -> date | None:
    try:
        return date.fromisocalendar(year, week, 1)
    except ValueError:
        return None


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def event_type(code: str) -> str:
    """A PLOVER event type as a noun ("MOBILIZE" -> "mobilisation")."""
    return _TYPES.get(code, code.replace("_", " ").lower())


def actor_name(actor_id: str, names: dict[str, str]) -> str:
    """An actor by its name; a participant the story names only generically ("generic:aid-workers", which is no
    actor of the story) by its noun ("aid workers"), never by its id."""
    if actor_id in names:
        return names[actor_id]
    kind, _, slug = actor_id.partition(":")
    return slug.replace("-", " ") if kind == "generic" and slug else actor_id


def disagreement(kind: str) -> str:
    """A disagreement's kind in words: numbers that differ, an act reported and denied, or said and denied."""
    return _DISAGREEMENTS.get(kind, kind)


def status(code: str) -> str:
    """A claim group's status in words."""
    return _STATUSES.get(code, code)
