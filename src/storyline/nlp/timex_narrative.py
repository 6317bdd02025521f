"""The reference time that follows the narrative: the day, the year and the written year the text last told."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})(?:T[\w:]+)?")  # a day, or a time of day on it ("2009-06-01TNI")
_YEAR_VALUE = re.compile(r"(\d{4})(?:$|-)")
_WRITTEN_YEAR = re.compile(r"(?<!\d)(1[6-9]\d\d|20\d\d)(?!\d)")
_CALENDAR = re.compile(r"(\d{4})(?:-(Q[1-4]|\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True, slots=True)
class Narrative:
    """What the text has told so far; deictic expressions ("yesterday") ignore it and keep the publication date."""

    day: date | None = None
    """The last day told ("on Friday", "April 3, 2009"): "the same day", "the next day" count from it."""
    year: int | None = None
    """The year of the last date told, at any grain ("last year", "March 2008"): "the previous year" counts from it."""
    written_year: int | None = None
    """The year of the last date told with its year written out ("in 2008", "April 3, 2008")."""
    paragraph: int = -1
    """The paragraph ``written_year`` was told in: a month without a year takes it only in the same passage."""
    last: str | None = None
    """The last calendar value told, at its grain ("2009-01", "2006-Q4", "2009-02-03"): "the same month a year
    ago" is its month a year back."""

    def told(self, value: str | None, text: str, paragraph: int, *, narrated: bool = False) -> Narrative:
        """The narrative after a date with ``value`` written as ``text`` in ``paragraph``; a value read from
        the narrative itself (``narrated``) moves the year but not the day, which it was counted from."""
        if not value or not (m := _YEAR_VALUE.match(value)):
            return self
        year = int(m[1])
        moved = replace(self, year=year, last=value if _CALENDAR.fullmatch(value) else self.last)
        if (day := _DAY.fullmatch(value)) and not narrated:
            moved = replace(moved, day=date.fromisoformat(day[1]))
        written = _WRITTEN_YEAR.search(text)
        if written and int(written[1]) == year:
            moved = replace(moved, written_year=year, paragraph=paragraph)
        return moved

    def year_in(self, paragraph: int) -> int | None:
        """The written year narrated in ``paragraph``, if one was told there."""
        return self.written_year if self.paragraph == paragraph else None

    def year_before(self, unit: str) -> str | None:
        """The ``unit`` ("day", "month", "quarter") of the last date told, a year back: after "sales fell in
        January 2009", "the same month a year ago" is 2008-01."""
        if not self.last or not (m := _CALENDAR.fullmatch(self.last)):
            return None
        year, part, day = int(m[1]) - 1, m[2], m[3]
        if part is None:
            return None  # a year told: "the same month" has no month to take
        if part.startswith("Q"):
            return f"{year}-{part}" if unit == "quarter" else None
        if unit == "quarter":
            return f"{year}-Q{(int(part) - 1) // 3 + 1}"
        if unit == "month":
            return f"{year}-{part}"
        if day is not None and unit == "day":
            return f"{year}-{part}-{day}" if (part, day) != ("02", "29") else None
        return None
