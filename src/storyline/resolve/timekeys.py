"""Ordering TIMEX3 values on one time axis (relations' trends, commitments' ratifications)."""

from __future__ import annotations

import re

_TIMEX = re.compile(r"^(\d{4})(?:-(?:W(\d{2})|(\d{2}))(?:-(\d{2}))?)?")


def date_key(value: str | None) -> float | None:
    """A TIMEX3 value as a fractional year for ordering: "2024-06" -> 2024.42, "2024-W45" -> 2024.86."""
    if not value:
        return None
    match = _TIMEX.match(value)
    if not match:
        return None
    year, week, month, day = match.groups()
    key = float(year)
    if week:
        key += (int(week) - 1) * 7 / 365
    elif month:
        key += (int(month) - 1) / 12 + (int(day) - 1 if day else 0) / 365
    return round(key, 4)
