"""Publication stamps: a line such as "Published: November 28, 2005" or "Posted 11/27/2005 7:21 AM" that gives a
plain text's publication date when no metadata does.

Precision first: a line is a stamp only when it holds nothing but publication words, full dates (day, month and
year), clock times, time zones, weekdays and joining words; a sentence that mentions a publication ("a poll
published on Sunday") is never one, nor a stamp giving only a time ("Updated 4:08 PM ET").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dateutil import parser as dateparser  # type: ignore[import-untyped]

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday|s|rs)?\.?"
# A US or a wire time zone after a clock time: the zones that make an ambiguous "5/6/2010" month first.
_US_ZONES = frozenset({"et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt"})
_TOKENS = re.compile(
    r"(?P<published>(?:first|originally)\s+(?:published|posted)|published(?:\s+time)?|posted|date(?=\s*:))"
    r"|(?P<updated>(?:last\s+)?updated)"
    rf"|(?P<mdy>{_MONTH}\s+{_DAY}\s*,?\s*\d{{4}})(?!\d)"
    rf"|(?P<dmy>{_DAY}\s+(?:of\s+)?{_MONTH}\s*,?\s*\d{{4}})(?!\d)"
    r"|(?P<iso>\d{4}\s*([-./])\s*\d{1,2}\s*\6\s*\d{1,2})(?![\d:])"
    r"|(?P<numeric>\d{1,2}\s*([/.])\s*\d{1,2}\s*\8\s*(?:\d{4}|\d{2}))(?![\d:])"
    r"|(?P<clock>\d{1,2}\s*:\s*\d{2}(?:\s*:\s*\d{1,2})?(?:\s*[ap]\s*\.?\s*m\b\.?)?|\d{4}(?=\s+[a-z]{2,4}\b))"
    r"|(?P<zone>(?:gmt|utc)(?:\s*[+-]\s*\d{1,2}(?:\s*:\s*\d{1,2})?)?|[ecmp][sd]?t|ist|cest|cet|aest|aedt|bst|hkt)\b"
    rf"|(?P<weekday>{_WEEKDAY})(?![a-z])"
    r"|(?P<filler>\b(?:on|at|article)\b|[|,:/()\-])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Stamp:
    """The dates a stamp line gives: the (first) publication's and the last update's; either may be missing."""

    published: date | None = None
    updated: date | None = None


def _numeric(text: str, *, month_first: bool) -> date | None:
    parts = [int(p) for p in re.split(r"\s*[/.]\s*", text.strip())]
    a, b, year = parts
    year += 2000 if year < 100 else 0
    if a > 12 >= b:
        day, month = a, b
    elif b > 12 >= a or a == b or month_first:
        month, day = a, b
    else:
        return None
    return _date(year, month, day)


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _words(text: str) -> date | None:
    try:
        return dateparser.parse(re.sub(r"\bof\b", " ", text), default=None).date()  # type: ignore[no-any-return]
    except (ValueError, OverflowError, TypeError):
        return None


def _iso(text: str) -> date | None:
    year, month, day = (int(p) for p in re.split(r"\s*[-./]\s*", text.strip()))
    return _date(year, month, day)


def read_stamp(line: str) -> Stamp | None:
    """The dates a stamp line gives, or None when the line is no stamp (see the module's doc)."""
    tokens: list[tuple[str, str]] = []
    at = 0
    text = line.strip()
    while at < len(text):
        if text[at].isspace():
            at += 1
            continue
        match = _TOKENS.match(text, at)
        if match is None or match.lastgroup is None:
            return None
        tokens.append((match.lastgroup, match.group(0)))
        at = match.end()
    kinds = [kind for kind, _ in tokens]
    if "published" not in kinds and "updated" not in kinds:
        return None
    zones = {value.casefold() for kind, value in tokens if kind == "zone"}
    twelve_hour = any(kind == "clock" and re.search(r"[ap]\s*\.?\s*m\.?$", value, re.I) for kind, value in tokens)
    month_first = twelve_hour or bool(zones & _US_ZONES)
    found: dict[str, date] = {}
    for i, (kind, value) in enumerate(tokens):
        if kind not in ("mdy", "dmy", "iso", "numeric"):
            continue
        day = (
            _numeric(value, month_first=month_first)
            if kind == "numeric"
            else _iso(value)
            if kind == "iso"
            else _words(value)
        )
        if day is None:
            continue
        # A date is the one the nearest publication word before it names ("Posted: May 2, 2013"), or, when
        # none comes before it, the first after it ("21 July 2013 Last updated at 11:11 GMT").
        before = [k for k in kinds[:i] if k in ("published", "updated")]
        after = [k for k in kinds[i + 1 :] if k in ("published", "updated")]
        owner = before[-1] if before else after[0]
        found.setdefault(owner, day)
    if not found:
        return None
    return Stamp(published=found.get("published"), updated=found.get("updated"))
