"""Time records adjusted once the whole text is read: a day told before the year it is about, a time of day
on the day written beside it, and the time of day of a recurrence."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span

from storyline.model import TimeExpr
from storyline.nlp.timex_tense import direction_of

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def told_later(doc: Doc, records: list[TimeExpr], published: date | None) -> list[TimeExpr]:
    """A day told without its year before the sentence names the year it is about: in a 2018 article, "a memo dated
    Dec. 5 was sent in 2017" is 5 December 2017, not a day after publication. Only a day or month that the
    publication year would put after publication, in a clause not about the future, with one earlier year told
    in the same sentence ("in 2017", "during 2017"; not "since 2003")."""
    if published is None:
        return records
    told: dict[int, set[int]] = {}
    for record in records:
        year = (record.value or "")[:4]  # not a fiscal year ("FY2008") nor a vague reference
        if _YEAR.search(record.text) and year.isdigit() and record.signal.lower() in {"in", "during"}:
            told.setdefault(record.sent, set()).add(int(year))
    out = []
    for record in records:
        value = record.value or ""
        earlier = {y for y in told.get(record.sent, set()) if y < published.year}
        span = doc.char_span(record.start, record.end, alignment_mode="expand")
        if (
            len(earlier) == 1
            and span is not None
            and re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", value)
            and value[: len(value)] > published.isoformat()[: len(value)]
            and not _YEAR.search(record.text)
            and _not_ahead(span)
        ):
            record = replace(record, value=f"{next(iter(earlier))}{value[4:]}", note=f"{record.note} narrated".strip())
        out.append(record)
    return out


def _not_ahead(span: Span) -> bool:
    """Whether the clause of ``span`` does not tell the future; where the time sits too deep in its noun phrase for
    its own clause to be found ("will be seeking seats in the December 15 election"), the sentence's main verb says."""
    direction = direction_of(span)
    return direction < 0 or (direction == 0 and direction_of(span.sent[:]) <= 0)


_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CLOCK = re.compile(r"T\d{2}:\d{2}")
# A part of a named day (TimeML's TMO, TAF, TEV, TNI) gives its day to a clock beside it as a date does: "at 7 p.m.
# on Friday night", "Saturday morning at 10".
_PART_OF_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})T(?:MO|AF|EV|NI)")
# The same time given in another zone may stand between a clock and its day: "09:10 hours (0440 GMT) on Monday",
# "1052 GMT (1852 HKT), April 10"; the closing bracket after the second clock is read as such.
_CLOCK_THEN_DAY = re.compile(r"\s*(?:\([^()]{1,30}\)\s*|\)\s*)?,?\s*(?:on\s+)?")
_DAY_THEN_CLOCK = re.compile(r"\s*,?\s*(?:at\s+)?")


def clock_on_day(text: str, records: list[TimeExpr]) -> list[TimeExpr]:
    """A time of day written next to its day takes that day: "8 PM on Friday", "16:15 UTC, June 1st", "Friday at
    noon" (two TIMEX3s in TimeML; the clock's value carries the day's date)."""
    out = list(records)
    for i, record in enumerate(out):
        if record.type != "TIME" or not record.value or not _DAY_VALUE.match(record.value) or "T" not in record.value:
            continue
        after = i + 1
        while (
            after < len(out)
            and out[after].type == "TIME"
            and out[after].sent == record.sent
            and _CLOCK.search(out[after].value or "")
        ):
            after += 1  # the clock in another zone, in brackets after this one
        for j, between in ((after, _CLOCK_THEN_DAY), (i - 1, _DAY_THEN_CLOCK)):
            if not 0 <= j < len(out) or out[j].sent != record.sent or (day_value := _day_of(out[j])) is None:
                continue
            day = out[j]
            start, end = (record.end, day.start) if j > i else (day.end, record.start)
            if start <= end and between.fullmatch(text, start, end):
                out[i] = replace(record, value=day_value + record.value[10:], note="time of day on the day written")
                break
    return out


def _day_of(record: TimeExpr) -> str | None:
    """The day a record beside a clock time names: a date's day, or the day of a part of a day ("Friday night")."""
    value = record.value or ""
    if record.type == "DATE" and _DAY_VALUE.fullmatch(value):
        return value
    if record.type == "TIME" and (m := _PART_OF_DAY.fullmatch(value)):
        return m[1]
    return None


_DAY_WORD = re.compile(r"\b(?:to|yester|mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


def habitual_clock(records: list[TimeExpr]) -> list[TimeExpr]:
    """A time of day in a sentence that tells a recurrence ("open from 9 a.m. to 5 p.m. every day", "at 6 am on
    Sundays") is on no one day: TimeML leaves the day unknown (XXXX-XX-XXT09:00), unless a day is written with it."""
    recurring = {r.sent for r in records if r.type == "SET"}
    out = []
    for record in records:
        value = record.value or ""
        if (
            record.sent in recurring
            and record.type == "TIME"
            and _DAY_VALUE.match(value)
            and value[10:11] == "T"
            and record.note != "time of day on the day written"
            and not _DAY_WORD.search(record.text)
        ):
            record = replace(record, value=f"XXXX-XX-XX{value[10:]}", note="time of day of a recurrence")
        out.append(record)
    return out


_MONTH_VALUE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")
_COORDINATED = re.compile(r"\s*(?:,|and|or|to|through|until|-|–)\s*")
# A year written right after a day or month with "in" dates it as "of" does ("Valentine's Day in 2012", "on June 3
# in 2009"); "of" is read with the month already ("March of 2008").
_IN_YEAR = re.compile(r"\s*,?\s*in\s+")
_BARE_YEAR = re.compile(r"\d{4}")
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _apposed_day(first: TimeExpr, second: TimeExpr) -> str | None:
    """The day a weekday stands beside ("Oscar Sunday, March 2, 2014"): that date when it falls on the weekday."""
    named = _WEEKDAY.search(first.text)
    value = second.value or ""
    if named is None or not _DAY_VALUE.fullmatch(value) or not _YEAR.search(second.text):
        return None
    return value if _WEEKDAY_NAMES[date.fromisoformat(value).weekday()] == named[0].lower() else None


def shared_year(text: str, records: list[TimeExpr]) -> list[TimeExpr]:
    """A month without its year coordinated with one that has it takes that year: "between September and October
    of 2007", "in March and April 2008" (the year written once for both), as does a day or month with "in" and a
    year after it ("Valentine's Day in 2012"). A weekday never takes a year alone, which would name another
    weekday: beside a day written with its year it is that day ("Sunday, March 2, 2014")."""
    out = list(records)
    for i in range(len(out) - 2, -1, -1):
        first, second = out[i], out[i + 1]
        if (
            first.sent != second.sent
            or not _MONTH_VALUE.fullmatch(first.value or "")
            or _YEAR.search(first.text)
            or first.end > second.start
        ):
            continue
        between = text[first.end : second.start]
        if _WEEKDAY.search(first.text):
            day = _apposed_day(first, second) if _COORDINATED.fullmatch(between) and "," in between else None
            if day is not None and day != first.value:
                out[i] = replace(first, value=day, note="the day written beside it")
            continue
        if _MONTH_VALUE.fullmatch(second.value or "") and _YEAR.search(second.text) and _COORDINATED.fullmatch(between):
            year = (second.value or "")[:4]
        elif _BARE_YEAR.fullmatch(second.value or "") and _IN_YEAR.fullmatch(between):
            year = second.value or ""
        else:
            continue
        if (first.value or "")[:4] != year:
            out[i] = replace(first, value=year + (first.value or "")[4:], note="the year told after it")
    return out
