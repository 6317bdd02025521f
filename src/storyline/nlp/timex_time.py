"""TIMEX3 readings the date grammar (timex.py) does not give: times of day, sets, vague references, times
told relative to the narrated day, and the ``mod`` a hedge or a part ("early", "more than") adds."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

if TYPE_CHECKING:
    from storyline.nlp.timex import Timex

_ZONES = {"utc": "Z", "gmt": "Z", "z": "Z"}
# TimeML writes a clock time's zone as its offset from UTC ("1:30 p.m. PST" -> T13:30-08). A zone that names
# its season keeps its offset all year; "ET", "PT"... are the offset their region's clocks show that day.
_ZONE_HOURS = {
    "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
    "bst": 1, "cet": 1, "cest": 2,
}
_ZONE_REGIONS = {"et": "America/New_York", "ct": "America/Chicago", "mt": "America/Denver", "pt": "America/Los_Angeles"}
# "08:30 UTC", "6:40 p.m.", "8 PM", "0800 UTC", optionally with the day: "16:00 UTC today", "12:00 UTC Monday".
# The British write the minutes after a point ("8.40am"), read only with am/pm: alone "8.40" is a number. Wire
# copy writes a clock on the 24-hour dial "at 17:06 hours" (times.py proposes it only after "at").
CLOCK = re.compile(
    r"^(?:at\s+)?(\d{1,2})(?::(\d{2})|\.(\d{2})(?=\s*[ap]\.?m))?(?::(\d{2}))?(?:\s+hours)?\s*(a\.?m\.?|p\.?m\.?)?\s*"
    r"(utc|gmt|z|[a-z]{1,4}t)?"
    r"(?:\s*\([^)]*\))?(?:,?\s+(today|yesterday|tomorrow|[a-z]+day))?$"
)
# TimeML writes midnight as the day's end: T24:00.
_NAMED_HOURS = {"midnight": 24, "noon": 12, "midday": 12}
_MILITARY = re.compile(r"^(\d{2})(\d{2})\s+(utc|gmt)$")
# A race or flight time: "3:07:35" with no zone nor am/pm is how long something took.
_STOPWATCH = re.compile(r"^(\d{1,2}):(\d{2}):(\d{2})$")
_VAGUE = {
    "now": "PRESENT_REF",
    "right now": "PRESENT_REF",
    # TimeML's PRESENT_REF; "current" is read when given but not proposed (an adjective: "current flag").
    "currently": "PRESENT_REF",
    "current": "PRESENT_REF",
    "presently": "PRESENT_REF",
    "the time being": "PRESENT_REF",
    "present": "PRESENT_REF",  # "at present": the signal "at" is left out by then
    "the present": "PRESENT_REF",
    "the present day": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "the time": "PAST_REF",  # "at the time": the signal "at" is left out by then
    "that time": "PAST_REF",
    "then": "PAST_REF",
    "recent": "PAST_REF",
    "recently": "PAST_REF",
    "more recently": "PAST_REF",
    "most recently": "PAST_REF",
    "formerly": "PAST_REF",
    "the long term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
    "soon": "FUTURE_REF",
    # A day to come that the text leaves open: TimeML writes an unknown date with X placeholders, as MEANTIME
    # marks "call back at a later time"; not FUTURE_REF, which is the future in general.
    "a later date": "XXXX-XX-XX",
    "a later time": "XXXX-XX-XX",
    "a later stage": "XXXX-XX-XX",
}
_SET_UNIT = {
    "day": "P1D",
    "week": "P1W",
    "month": "P1M",
    "year": "P1Y",
    "season": "P1Y",
    "quarter": "P3M",
    "hour": "PT1H",
    "minute": "PT1M",
    "decade": "P10Y",
}
_PARTS = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}
_EVERY = re.compile(r"^(every|each)\s+(?:single\s+)?([a-z]+?)s?$")
_EVERY_N = re.compile(r"^every\s+(\w+)\s+(day|week|month|year|decade)s?$")
_EVERY_COUNTS = {
    "other": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "twelve": 12, "fifteen": 15, "twenty": 20, "fifty": 50, "hundred": 100,
}
_ADVERB_SET = {
    "daily": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "yearly": "P1Y",
    "annually": "P1Y",
    "quarterly": "P3M",
    "hourly": "PT1H",
    "nightly": "XXXX-XX-XXTNI",
}
_PLURAL_DAYS = re.compile(r"^(?:the\s+)?(weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s$")
_TIMES_PER = re.compile(r"^(once|twice|three times|four times|(\d+) times)\s+(?:a|an|per|every)\s+([a-z]+)$")
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Told relative to the day being narrated, not to the paper's date.
# "the same date" is "the same day" ("on May 26, 2003 ... That is the same date that Larry Brown resigned").
_THAT_DAY = re.compile(
    r"^(?:(?:late|early)\s+in\s+|the\s+(?:start|end)\s+of\s+)?the\s+(?:same\s+)?day$|^the\s+same\s+date$"
)
# "suspended for a second consecutive day", "protests for the sixth straight day": the day told is the last of the
# run, the day being narrated (MEANTIME marks it the paper's day); weeks and years of a run are left (sports seasons).
_NTH_STRAIGHT_DAY = re.compile(
    r"^(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
    r"(?:consecutive|straight|successive)\s+day$"
)
# "for a fourth week in a row", "the third straight week", "their best week since November": the week narrated.
_NTH_STRAIGHT_WEEK = re.compile(
    r"^(?:(?:a|the)\s+)?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
    r"(?:(?:consecutive|straight|successive)\s+)?week$|^week$"
)
_DAY_SHIFT = {
    "the next day": 1,
    "the following day": 1,
    "the day after": 1,
    "the previous day": -1,
    "the day before": -1,
}
# "a second protest the next night", "where, the night before, ...": the night of the narrated day's neighbour.
_NIGHT_SHIFT = {
    "the next night": 1,
    "the following night": 1,
    "the night after": 1,
    "the previous night": -1,
    "the night before": -1,
}
# "that same year", "that year": the year being narrated (as "that day" is the day).
_THAT_YEAR = re.compile(r"^(?:that|the same|that same)\s+year$")
# "by late afternoon", "early morning" with no day written: that part of the paper's day, the mod from the part
# word. Not the day narrated, as a clock time takes: a wire report of the day's events ("the marchers had
# dispersed by late afternoon") tells its asides' days ("the package unveiled on Sunday") between them.
_PART_OF_DAY_TOLD = re.compile(r"^(early|late|mid)[- ](morning|afternoon|evening)$")
# "that night", "the same morning", "that day": the day narrated (at that part of it).
_THAT_PART = re.compile(r"^(?:that|the same) (day|night|morning|afternoon|evening)$")
# "in the early hours (of the morning)": TimeML's early morning (TMO, mod START) of the day narrated.
_EARLY_HOURS = re.compile(r"^the early hours(?: of the morning)?$")
# "the previous week", "the following month": the narrated day's neighbour (TimeML DATE, not a duration).
_NEIGHBOUR_PERIOD = re.compile(r"^the (previous|prior|following) (week|month)$")
_PREVIOUS_YEAR = re.compile(r"^the\s+(?:previous|last|prior)\s+year$|^the\s+year\s+(?:before|previous|earlier)$")
_MODS = (
    # "over the past week" is a signal and a time; "over a week" a hedge.
    (re.compile(r"^(?:more than|over(?!\s+(?:the|this|last|past|next|recent|coming)\b)|just over|upwards of)\s"),
     "MORE_THAN"),
    # "a little over a month" is a little more than one (MORE_THAN), "a little under" a little less.
    (re.compile(r"^(?:a\s+)?little\s+(?:over|more than)\s"), "MORE_THAN"),
    (re.compile(r"^(?:a\s+)?little\s+(?:under|less than)\s"), "LESS_THAN"),
    (re.compile(r"^(?:less than|under|just under|fewer than|up to)\s"), "LESS_THAN"),
    (re.compile(r"^(?:nearly|almost)\s"), "LESS_THAN"),
    (re.compile(r"^(?:at least)\s"), "EQUAL_OR_MORE"),
    (re.compile(r"^(?:at most|no more than)\s"), "EQUAL_OR_LESS"),
    (re.compile(r"^(?:about|around|roughly|some|approximately|circa)\s"), "APPROX"),
    (re.compile(r"^(?:the\s+)?(?:early|the start of|the beginning of|the very beginning of)[- ]"), "START"),
    (re.compile(r"^(?:the\s+)?(?:late|the end of|the close of)[- ]"), "END"),
    (re.compile(r"^(?:the\s+)?mid[- ]|^the middle of\s"), "MID"),
)


# The mod of a hedged date counted back ("more than a year ago"): the amount's bound turned into the date's.
_AGO_MODS = {
    "MORE_THAN": "BEFORE", "LESS_THAN": "AFTER", "EQUAL_OR_MORE": "ON_OR_BEFORE", "EQUAL_OR_LESS": "ON_OR_AFTER",
    "APPROX": "APPROX",
}


def _day(anchor: date, word: str | None, direction: int = -1) -> date:
    if not word or word == "today":
        return anchor
    if word in {"yesterday", "tomorrow"}:
        return anchor + timedelta(days=-1 if word == "yesterday" else 1)
    if word in _WEEKDAY_NAMES:
        if direction > 0:  # "the launch is set for 15:00 GMT Saturday": the Saturday ahead
            return anchor + timedelta(days=(_WEEKDAY_NAMES.index(word) - anchor.weekday()) % 7)
        back = (anchor.weekday() - _WEEKDAY_NAMES.index(word)) % 7
        return anchor - timedelta(days=back)
    return anchor


def clock(
    core: str, anchor: date | None, made: type[Timex], direction: int = -1, reference: date | None = None
) -> Timex | None:
    """A time of day: "08:30 UTC" -> 2005-04-27T08:30Z on the anchor's day (or the day written after it)."""
    if (m := _PART_OF_DAY_TOLD.fullmatch(core)) and anchor is not None:
        mod = {"early": "START", "late": "END", "mid": "MID"}[m[1]]
        return made(anchor.isoformat() + _PARTS[m[2]], relative=True, note="part of the paper's day", mod=mod)
    if m := _STOPWATCH.fullmatch(core):
        hours, minutes, seconds = (int(x) for x in m.groups())
        parts = "".join(f"{n}{u}" for n, u in ((hours, "H"), (minutes, "M"), (seconds, "S")) if n)
        return made(f"PT{parts or '0S'}", kind="duration")
    if core.split(" ")[0] in _NAMED_HOURS and (len(core.split(" ")) == 1 or core.split(" ")[1] in _WEEKDAY_NAMES):
        # "midnight", "noon Friday" (the day written after it, as for "3 p.m. Friday")
        hour, minute, zone = _NAMED_HOURS[core.split(" ")[0]], 0, ""
        day = core.split(" ")[1] if " " in core else None
    elif m := _MILITARY.fullmatch(core):
        hour, minute, zone, day = int(m[1]), int(m[2]), "utc", None
    elif (m := CLOCK.fullmatch(core)) and (m[2] or m[5]) and (m[6] is None or m[6] in _ZONES or m[6].endswith("t")):
        hour, minute = int(m[1]), int(m[2] or m[3] or 0)
        meridiem = (m[5] or "").replace(".", "")
        if meridiem == "pm" and hour < 12:
            hour += 12
        elif meridiem == "am" and hour == 12:
            hour = 0
        zone, day = m[6] or "", m[7]
        if day and day not in _WEEKDAY_NAMES and day not in {"today", "yesterday", "tomorrow"}:
            return None
    else:
        return None
    if hour > 24 or minute > 59:
        return None
    if anchor is None:
        return made(None, kind="date", relative=True, note="no publication date")
    if day is None and reference is not None:
        # No day written: the day the text last told ("on Tuesday ... at 08:30"), else the publication's.
        clock_value = f"T{hour:02d}:{minute:02d}{_offset(zone, reference)}"
        return made(f"{reference.isoformat()}{clock_value}", relative=True, note="time of day on the day narrated")
    on = _day(anchor, day, direction)
    value = f"{on.isoformat()}T{hour:02d}:{minute:02d}{_offset(zone, on)}"
    return made(value, relative=True, note="time of day on the anchor's day")


def _offset(zone: str, on: date) -> str:
    """The TIMEX3 suffix of a zone abbreviation on a day: "Z", "-08", "+01"; "" for a zone not known."""
    if zone in _ZONES:
        return _ZONES[zone]
    hours = _ZONE_HOURS.get(zone)
    if zone in _ZONE_REGIONS:
        try:
            shift = datetime(on.year, on.month, on.day, 12, tzinfo=ZoneInfo(_ZONE_REGIONS[zone])).utcoffset()
        except ZoneInfoNotFoundError:  # no time-zone database on this system: leave the zone out
            return ""
        hours = int(shift.total_seconds() // 3600) if shift is not None else None
    return "" if hours is None else f"{hours:+03d}"


def vague(core: str, made: type[Timex]) -> Timex | None:
    """PRESENT_REF, PAST_REF, FUTURE_REF for "now", "recently", "the long term"...; XXXX-XX-XX for "a later
    date"."""
    if core in _VAGUE:
        return made(_VAGUE[core], relative=True, note="vague reference")
    return None


def recurring(core: str, made: type[Timex]) -> Timex | None:
    """A SET: "every morning", "each season", "annually", "twice a week"."""
    if core in _ADVERB_SET:
        return made(_ADVERB_SET[core], kind="set")
    if m := _PLURAL_DAYS.fullmatch(core):
        # "on Sundays", "the weekends": a day that recurs each week (TimeML SET, no quant)
        day = m[1]
        return made("XXXX-WXX-WE" if day == "weekend" else f"XXXX-WXX-{_WEEKDAY_NAMES.index(day) + 1}", kind="set")
    if m := _EVERY.fullmatch(core):
        quant = m[1].upper()
        if m[2] in _SET_UNIT:
            return made(_SET_UNIT[m[2]], kind="set", quant=quant)
        if m[2] in _PARTS:
            return made(f"XXXX-XX-XX{_PARTS[m[2]]}", kind="set", quant=quant)
        if m[2] in _WEEKDAY_NAMES:
            return made(f"XXXX-WXX-{_WEEKDAY_NAMES.index(m[2]) + 1}", kind="set", quant=quant)
    if (m := _EVERY_N.fullmatch(core)) and (count := _EVERY_COUNTS.get(m[1]) or (int(m[1]) if m[1].isdigit() else 0)):
        # "every ten years": one time in each period of ten years
        unit = _SET_UNIT[m[2]]
        number = int(unit[1:-1]) * count
        return made(f"P{number}{unit[-1]}", kind="set", quant="EVERY")
    if (m := _TIMES_PER.fullmatch(core)) and m[3] in _SET_UNIT:
        count = {"once": 1, "twice": 2, "three times": 3, "four times": 4}.get(m[1]) or int(m[2])
        return made(_SET_UNIT[m[3]], kind="set", freq=f"{count}X")
    return None


def told_day(core: str, reference: date | None, year: int | None, made: type[Timex]) -> Timex | None:
    """Times told relative to the day being narrated: "the day", "the same day", "the next day", "the
    previous year"; ``reference`` is the last day the text told and ``year`` the year of the last date it
    told (the publication date's until one is)."""
    if year is not None and _PREVIOUS_YEAR.fullmatch(core):
        return made(str(year - 1), relative=True, note="the year before the one being narrated")
    if year is not None and core in {"the entire year", "the whole year", "the full year"}:
        # "a loss in the fourth quarter of 2005 and for the entire year": the year being narrated
        return made(str(year), relative=True, note="the year being narrated")
    if year is not None and _THAT_YEAR.fullmatch(core):
        return made(str(year), relative=True, note="the year being narrated")
    if year is not None and core in {"the following year", "the year after"}:
        return made(str(year + 1), relative=True, note="the year after the one being narrated")
    if reference is None:
        return None
    if _THAT_DAY.fullmatch(core) or _NTH_STRAIGHT_DAY.fullmatch(core):
        return made(reference.isoformat(), relative=True, note="the day being narrated")
    if _NTH_STRAIGHT_WEEK.fullmatch(core):
        year, week, _ = reference.isocalendar()
        return made(f"{year}-W{week:02d}", relative=True, note="the week being narrated")
    if core in _DAY_SHIFT:
        value = (reference + timedelta(days=_DAY_SHIFT[core])).isoformat()
        return made(value, relative=True, note="relative to the day being narrated")
    if core in _NIGHT_SHIFT:
        value = (reference + timedelta(days=_NIGHT_SHIFT[core])).isoformat() + "TNI"
        return made(value, relative=True, note="relative to the day being narrated")
    if m := _THAT_PART.fullmatch(core):
        value = reference.isoformat() + _PARTS.get(m[1], "")
        return made(value, relative=True, note="the day being narrated")
    if _EARLY_HOURS.fullmatch(core):
        return made(reference.isoformat() + "TMO", relative=True, note="the day being narrated", mod="START")
    if m := _NEIGHBOUR_PERIOD.fullmatch(core):
        step = -1 if m[1] in {"previous", "prior"} else 1
        if m[2] == "week":
            year, week, _ = (reference + timedelta(weeks=step)).isocalendar()
            return made(f"{year}-W{week:02d}", relative=True, note="relative to the day being narrated")
        index = reference.year * 12 + reference.month - 1 + step
        return made(f"{index // 12}-{index % 12 + 1:02d}", relative=True, note="relative to the day being narrated")
    return None


def with_mod(found: Timex, lowered: str) -> Timex:
    """``found`` with the TIMEX3 mod its hedge or part word gives ("more than a week": MORE_THAN)."""
    text = re.sub(r"^(?:on|in|since|during|by|until|from|for|at(?!\s+(?:least|most)\b)|within)\s+", "", lowered.strip())
    for pattern, mod in _MODS:
        if pattern.match(text):
            if found.kind == "date" and text.endswith(" ago") and mod in _AGO_MODS:
                # "more than a year ago" is a date before the year back: TimeML mod BEFORE (AFTER for "less
                # than", ON_OR_BEFORE for "at least", ON_OR_AFTER for "at most"; TimeML 1.2.1 guidelines)
                return replace(found, mod=_AGO_MODS[mod])
            if mod in {"START", "END", "MID"} and found.kind != "date":
                return found
            if mod not in {"START", "END", "MID"} and found.kind != "duration":
                return found
            return replace(found, mod=mod)
    return found
