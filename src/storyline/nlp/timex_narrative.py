"""The reference time that follows the narrative: the day, the year and the written year the text last told."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})(?:T[\w:]+)?")  # a day, or a time of day on it ("2009-06-01TNI")
_YEAR_VALUE = re.compile(r"(\d{4})(?:$|-)")
_WRITTEN_YEAR = re.compile(r"(?<!\d)(1[6-9]\d\d|20\d\d)(?!\d)")


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

    def told(self, value: str | None, text: str, paragraph: int, *, narrated: bool = False) -> Narrative:
        """The narrative after a date with ``value`` written as ``text`` in ``paragraph``; a value read from
        the narrative itself (``narrated``) moves the year but not the day, which it was counted from."""
        if not value or not (m := _YEAR_VALUE.match(value)):
            return self
        year = int(m[1])
        moved = replace(self, year=year)
        if (day := _DAY.fullmatch(value)) and not narrated:
            moved = replace(moved, day=date.fromisoformat(day[1]))
        written = _WRITTEN_YEAR.search(text)
        if written and int(written[1]) == year:
            moved = replace(moved, written_year=year, paragraph=paragraph)
        return moved

    def year_in(self, paragraph: int) -> int | None:
        """The written year narrated in ``paragraph``, if one was told there."""
        return self.written_year if self.paragraph == paragraph else None
