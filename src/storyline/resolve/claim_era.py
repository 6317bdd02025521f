"""When an article reports its happening: the day it was published, else the day its dateline gives.

A pile may hold two happenings of one kind at one place (two quakes on one island, three years apart; two heists
in one city). A count whose clause gives no date of its own measures the happening its article reports, which
happened shortly before the report: counts of two articles reported far apart measure two happenings, however
alike the words and the place ("five people injured", "80 people injured"). A running toll's counts are told
apart by the day they are counted to (claim_moments); this keeps apart counts that are no toll (a magnitude, a
distance, a haul) and tolls of happenings a month apart alike."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from storyline.model import TimeExpr
from storyline.nlp.claim_frame import dates

# The sentences a dateline stands in: the headline, the line under it ("21 July 2013 Last updated at 11:11 GMT",
# "Nov 28, 2005"), the lead. A calendar day given there with its year dates the report; a month or a year there
# ("the worst since December 2003") dates background.
DATELINE_SENTENCES = 4
# How far apart two reports of one happening may be: a happening's follow-ups and updates come within days; two
# reports a month apart that give no date for their counts tell two happenings, or one told so much later that
# their figures are no disagreement a reader weighs side by side.
SAME_HAPPENING_DAYS = 30


def _calendar_day(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def report_day(published: date | None, times: Iterable[TimeExpr]) -> date | None:
    """The day the article reports from: its publication date, else the first calendar day with its year its
    dateline sentences give; None when neither is known."""
    if published is not None:
        return published
    for time in dates(times):
        if time.sent < DATELINE_SENTENCES and (day := _calendar_day(time.value)) is not None:
            return day
    return None


def same_era(a: date | None, b: date | None) -> bool:
    """Whether two reports may tell one happening: one is undated, or they are at most a month apart."""
    return a is None or b is None or abs((a - b).days) <= SAME_HAPPENING_DAYS


@dataclass(frozen=True, slots=True)
class Span:
    """The first and last report days of a claim group's members (None while no member's report is dated): two
    bounds, so placing a claim costs the same however many days a group's reports span."""

    first: date | None = None
    last: date | None = None

    def widened(self, day: date | None) -> Span:
        if day is None:
            return self
        if self.first is None or self.last is None:
            return Span(day, day)
        return Span(min(self.first, day), max(self.last, day))

    def admits(self, day: date | None) -> bool:
        """Whether a report of ``day`` may tell the happening of every member."""
        return self.first is None or self.last is None or (same_era(day, self.first) and same_era(day, self.last))

    def clashes(self, other: Span) -> bool:
        """Whether some member of one was reported too far from some member of the other."""
        if self.first is None or self.last is None or other.first is None or other.last is None:
            return False
        return not (same_era(self.first, other.last) and same_era(self.last, other.first))
