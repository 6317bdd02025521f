"""Time expressions to TIMEX3 values: pure functions, relative dates resolved against an anchor date."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from dateutil import parser as dateparser  # type: ignore[import-untyped]
from text_to_num import text2num

from storyline.nlp.timex_narrative import Narrative
from storyline.nlp.timex_periods import holiday, period
from storyline.nlp.timex_time import clock, recurring, told_day, vague, with_mod
from storyline.nlp.timex_told import that_period, year_earlier

NO_ANCHOR = "no publication date"

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
WEEKDAYS.update({name.lower(): i for i, name in enumerate(calendar.day_abbr)})
WEEKDAYS.update({"tues": 1, "wednes": 2, "thur": 3, "thurs": 3})
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9

_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
    "a couple of": 2,
    "a few": 3,
    "few": 3,
    "several": 3,
}
_UNITS = {
    "second": "TS",
    "minute": "TM",
    "hour": "TH",
    "day": "D",
    "week": "W",
    "month": "M",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
    "quarter": "Q",
}
# "couple of" without its "a" follows "the next"/"the past": "the next couple of years".
_VAGUE_COUNTS = {"a few", "few", "several", "a couple of", "couple of", "couple"}
# Leading words that belong to the expression as written but not to its value.
_LEADING = re.compile(
    r"^(?:on|in|since|over|during|by|until|till|from|at(?!\s+(?:least|most)\b)|before|after|through|"
    r"throughout|for|of|as of|prior to|"
    r"starting|beginning|between|within|early in|late in|earlier in|later in|"
    r"(?:the\s+)?(?:very\s+)?(?:end|start|beginning|middle|rest|remainder|first half|second half)\s+of)\s+"
)
_NUM = (
    r"(\d+|a|an|a couple of|(?:(?<=the next )|(?<=the past )|(?<=the last ))couple of|a few|few|several|"
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-?)?"
    r"(?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
    r"(?:\s+(?:straight|consecutive|full|more|working|business|trading))?"
)
_HEDGE = (
    r"(?:(?:(?:a\s+)?little\s+(?:over|under|more than|less than)|nearly|almost|about|around|roughly|some|"
    r"more than|less than|over|under|at least|just over|"
    r"just under|up to)\s+)?"
)
_UNIT = r"(second|minute|hour|day|week|month|quarter|year|decade|centur(?:y|ie))s?"
_YEAR_COUNT = re.compile(r"1[6-9]\d\d|20\d\d")
_AGE = re.compile(r"\b\d+[- ]years?[- ]old\b|\baged?\s+\d+")
# An age told as a predicate ("he was 55 years old", "a boy, three months old") is a TIMEX3 in TimeBank: the
# amount with "old" in the span, a DURATION (TimeML 1.2.1; TimeBank wsj_0002 "55 years old" P55Y). The adjective
# before a noun ("a 55-year-old man") and "aged 55" stay no time, as the project's golds mark them.
# A singular unit after a count above one ("a 19 year old", "a 2000 year old tradition") is the adjective written
# without hyphens: left out.
_PREDICATE_AGE = re.compile(rf"^(?:(a|an|one)\s+(year|month|week|day)|{_NUM}\s+(year|month|week|day)s)\s+old$")
_DURATION = re.compile(
    rf"^(?:(?:the\s+)?(?:past|last|next|coming|previous|first|following)\s+)?{_HEDGE}{_NUM}\s+{_UNIT}$"
)
# "the latest quarter", "the most recent quarter" are the last one, as HeidelTime's English normalisation reads
# "latest" (normThisNextLast: latest = last); "the most recent" was read as the vague PAST_REF of "recent".
_RELATIVE_QUARTER = re.compile(
    r"^(?:the\s+)?(this|current|last|past|previous|next|coming|following|latest|most recent)\s+quarter$"
)
_QUARTER_SHIFT = {
    "this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "latest": -1,
    "most recent": -1,
}
_RELATIVE_CENTURY = re.compile(r"^(?:the\s+)?(this|current|last|previous|next)\s+century$")
_DURATION_THE_PAST = re.compile(rf"^the\s+(?:past|last|previous|coming|next)\s+{_UNIT}$")
_ADJ_DURATION = re.compile(rf"^(?:an?\s+)?{_NUM}-{_UNIT}(?:-long)?$")
_HALF_UNIT = re.compile(
    rf"^{_HEDGE}(?:(?:a|one)\s+)?half\s+(?:an?\s+)?(hour|day|year|decade|century)$|^{_HEDGE}an?\s+half-(hour|day|year)$"
)
_DECADE_WORDS = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
_HALF_VALUES = {"hour": "PT30M", "day": "PT12H", "year": "P6M", "decade": "P5Y", "century": "P50Y"}
_SHORT_YEAR = re.compile(r"^'(\d{2})$|^(?:the\s+)?'?([1-9]0)'?s$")
_BARE_PLURAL = re.compile(
    r"^(?:(?:so\s+|too\s+)?many\s+|several\s+|recent\s+|past\s+)?"
    r"(seconds|minutes|hours|days|weeks|months|years|decades|centuries)$"
)
_UNITS_LATER = re.compile(r"^(seconds|minutes|hours|days|weeks|months|years|decades)\s+(?:later|earlier)$")
# "a quarter-century", "half a century": TimeML counts them in years, as it does decades.
_CENTURY_PART = re.compile(rf"^{_HEDGE}(?:an?\s+)?(quarter|half)[- ]century$")
# "for another year", "another week of protests": one more unit, a DURATION (TimeML). Not "another day", which
# is mostly an idiom ("just another day in the gym", "live to fight another day").
_ANOTHER = re.compile(r"^another\s+(week|month|year|decade)$")
# "a minute or two", "the next day or two": a count TimeML leaves open, as the ECB+ blocks g, k and l write it (PTXM,
# PXD); "the next day" alone would be a date, "a minute" one minute.
_OR_TWO = re.compile(
    r"^(?:(?:the\s+)?(?:next|last|past|first|coming|following)\s+|an?\s+|one\s+)?"
    r"(second|minute|hour|day|week|month|year|decade)\s+or\s+two$"
)
# "four and a half months", "a year and a half": ISO 8601's decimal on the last part (P4.5M, P1.5Y); the unit alone
# ("a year") was read before, one half short.
_AND_A_HALF = re.compile(
    rf"^{_HEDGE}(?:{_NUM}\s+and\s+a\s+half\s+{_UNIT}|(?:an?|one)\s+(second|minute|hour|day|week|month|year|decade)"
    r"\s+and\s+a\s+half)$"
)
# "the worst single-day decline": one day, as "a one-day trial" is.
_SINGLE_UNIT = re.compile(r"^(?:an?\s+)?single-(day|week|month|year|decade)$")
# "several years ago": the count is unknown, so is the date: the vague past (TimeML PAST_REF), not a guessed year.
_VAGUE_AGO = re.compile(r"^(?:a few|few|several|a couple of|many)\s+(?:days|weeks|months|years|decades)\s+ago$")
_AGO = re.compile(rf"^{_HEDGE}{_NUM}\s+{_UNIT}\s+(ago|earlier|before|later|from now)$")
# "the day before yesterday" and "the day after tomorrow": two days from the paper's date.
_TWO_DAYS = {"the day before yesterday": -2, "the day after tomorrow": 2}
_DEICTIC = re.compile(
    r"^(?:(?:earlier|later)\s+)?(yesterday|today|tonight|tomorrow|this)(?:\s+(morning|afternoon|evening|night))?$|"
    r"^(last) (night)$"
)
_PART_OF_DAY = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}
_PART_OF_DATE = re.compile(r"^the (morning|afternoon|evening|night|early hours) of ")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
_WEEKDAY = re.compile(
    r"^(?:(last|next|this|this past|past|this coming|coming)\s+)?([a-z]+)\.?(?:\s+(morning|afternoon|evening|night))?$"
)
_RELATIVE_UNIT = re.compile(
    r"^(?:(?:earlier|later|late|early)\s+)?(?:in\s+)?(?:the\s+)?(this|last|next|past|previous|coming|current|this past)"
    r"\s+(week|weekend|month|year)$"
)
_WEEKEND = re.compile(r"^(?:the\s+)?weekend$")
_DECADE = re.compile(r"^(?:the\s+)?(?:(early|mid|late)[- ])?(\d{3})0'?s$")
_YEAR_SPAN = re.compile(r"^(\d{4})\s*(?:-|–|—|/|to|and|through)\s*(\d{2}|\d{4})$")
_YEAR = re.compile(r"^(?:(?:early|mid|late|the end of|the start of|the beginning of)[- ]?\s*)?(\d{4})$")
_SEASON = re.compile(
    r"^(?:the\s+)?(?:(this|last|next|past|(?:early|late|mid)[- ]?)\s*)?(spring|summer|autumn|fall|winter)"
    r"(?:\s+(?:of\s+)?(\d{4}))?$"
)
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_SEASON_CODE = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_QUARTER = re.compile(
    r"^(?:the\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th|q1|q2|q3|q4)(?:[- ]quarter)?"
    r"(?:\s+(?:of\s+)?(?:(\d{4})|(this|last|next|the)\s+year))?$"
)
_QUARTERS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "final": 4,
    "last": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "q1": 1,
    "q2": 2,
    "q3": 3,
    "q4": 4,
}
_MONTH_ONLY = re.compile(
    r"^(?:(early|mid|late|the end of|the start of|the beginning of|last|next|this)[- ]?\s*)?([a-z]+)\.?$"
)
_MONTH_OF_YEAR = re.compile(r"^([a-z]+)\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?,?\s+(?:of\s+)?(this|last|next)\s+year$")
_MONTH_DAY = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?$|^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)$")
# "in recent years" is how long the trend has lasted: TimeML a DURATION (PXY), as GUM and ECB+ gold mark it;
# "recent times" stays the vague past.
# "the other day": a day lately gone, not named (TimeML PAST_REF).
_PAST_REF = re.compile(r"^(?:recent\s+times|recently|the past|lately|the recent past|the other day)$")
# "in the coming quarters" is the times ahead as "the coming months" are (HeidelTime date_r19e: "coming" + unit).
_FUTURE_REF = re.compile(
    r"^(?:the\s+)?(?:coming|next|following)\s+(?:days|weeks|months|quarters|years|decades)$|"
    r"^the\s+(?:(?:foreseeable|near|distant|immediate)\s+)?future$"
)
_CENTURY = re.compile(
    r"^(?:the\s+)?(\d{1,2}|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)"
    r"(?:st|nd|rd|th)?[- ]century$"
)
_ORDINALS = {
    w: i + 1
    for i, w in enumerate(
        (
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth", "twenty-first",
        )
    )
}
_FISCAL = re.compile(
    r"^(?:(?:the\s+)?fiscal(?:\s+year)?\s+(\d{4})|fy\s?'?(\d{2}|\d{4})|(?:the\s+)?(?:(this|current|last|previous|next)\s+)?"
    r"(?:fiscal|financial)\s+year|the\s+(\d{4})\s+(?:fiscal|financial)\s+year)$"
)
# A quarter of a company's year: "first fiscal 2008 quarter", "the second quarter of fiscal 2009", "fiscal 2010
# third quarter", "the first quarter of the financial year". TimeML writes it FY2008-Q1: the fiscal caveat stays in
# the value, for a company's year need not start in January.
_FISCAL_QUARTER = re.compile(
    r"^(?:the\s+)?(?:(first|second|third|fourth|final|1st|2nd|3rd|4th)\s+(?:fiscal|financial)(?:\s+year)?\s+(\d{4})\s+"
    r"quarter|(first|second|third|fourth|final|1st|2nd|3rd|4th)\s+quarter\s+of\s+(?:(?:fiscal|financial)(?:\s+year)?\s+"
    r"(\d{4})|(?:the\s+)?(?:(this|current|last|previous|next)\s+)?(?:fiscal|financial)\s+year)|"
    r"(?:fiscal|financial)(?:\s+year)?\s+(\d{4})(?:['’]s)?\s+(first|second|third|fourth|final|1st|2nd|3rd|4th)\s+quarter)$"
)
# "the same month a year ago", "the same quarter last year": the date the text told, a year back (business news
# compares a month's or a quarter's figures with the year before's).
_SAME_YEAR_BEFORE = re.compile(
    r"^(?:the\s+)?same\s+(day|month|quarter)\s+(?:a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?(?:last|the\s+"
    r"previous|the\s+prior|the\s+last)\s+year|the\s+year\s+before)$"
)
_PART_WORD = re.compile(r"^(?:early|late|mid)[- ]")
# A hedge before a period counted from now: "at least the next couple of years", "nearly the past two decades". The
# hedge is part of the TIMEX3 and gives its mod (with_mod), as before a bare amount ("at least two years").
_HEDGED_PERIOD = re.compile(
    r"^(?:at least|at most|more than|less than|nearly|almost|about|around|roughly|up to)\s+"
    r"(?=the\s+(?:next|past|last|coming|previous)\s)"
)
# "Later that year", "earlier that night": the word is part of the TIMEX3 (TIDES and TimeML include a time's
# premodifiers in its extent; HeidelTime's part words hold "later" and "earlier"), and the value is the period it
# modifies, as "later this year" is this year.
_LATER_THAT = re.compile(r"^(?:later|earlier)\s+(?=(?:that|the same)\s)")
_SET = re.compile(r"^(?:every|each)\s+(day|week|month|year)$|^(daily|weekly|monthly|yearly|annually)$")
_SET_UNIT = {
    "day": "P1D",
    "week": "P1W",
    "month": "P1M",
    "year": "P1Y",
    "daily": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "yearly": "P1Y",
    "annually": "P1Y",
}


@dataclass(frozen=True)
class Timex:
    """A normalised time expression."""

    value: str | None
    kind: str = "date"
    relative: bool = False
    note: str = ""
    mod: str = ""
    quant: str = ""
    freq: str = ""


def timex_type(kind: str, value: str | None) -> str:
    """The TIMEX3 type of a record of ``kind`` with ``value``: a date with a time of day is a TIME."""
    if kind == "duration":
        return "DURATION"
    if kind == "set":
        return "SET"
    return "TIME" if value and "T" in value[4:] and not value.startswith("P") else "DATE"


# ---------------------------------------------------------------------------------------------------
# Calendar arithmetic (pure)


def iso_week(day: date) -> str:
    """ISO week of ``day``: 2024-11-13 -> "2024-W46"."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def weekday_near(anchor: date, weekday: int, direction: int = -1, *, strict: bool = False) -> date:
    """The ``weekday`` (0 = Monday) on or before ``anchor`` (direction -1) or on or after it (+1)."""
    if direction < 0:
        back = (anchor.weekday() - weekday) % 7
        if back == 0 and strict:
            back = 7
        return anchor - timedelta(days=back)
    ahead = (weekday - anchor.weekday()) % 7
    if ahead == 0 and strict:
        ahead = 7
    return anchor + timedelta(days=ahead)


def weekend(anchor: date, offset: int | None = None) -> str:
    """The weekend meant by "the weekend": offset None = the latest one not after ``anchor``."""
    if offset is None:
        offset = 0 if anchor.weekday() >= 5 else -1
    saturday = anchor - timedelta(days=anchor.weekday()) + timedelta(days=5 + 7 * offset)
    return f"{iso_week(saturday)}-WE"


def month_near(anchor: date, month: int, direction: int = -1) -> str:
    """The month of "in June": the latest June not after ``anchor`` (direction -1), the next one not before
    it (+1), or the one of the same year (0: no tense to go by, the news convention)."""
    year = anchor.year
    if direction == 0:
        return f"{year}-{month:02d}"
    if direction < 0 and month > anchor.month:
        year -= 1
    elif direction > 0 and month < anchor.month:
        year += 1
    return f"{year}-{month:02d}"


def shift_months(anchor: date, months: int) -> tuple[int, int]:
    """(year, month) ``months`` after ``anchor``'s month."""
    index = anchor.year * 12 + anchor.month - 1 + months
    return index // 12, index % 12 + 1


def ago(anchor: date, amount: int, unit: str) -> str | None:
    """TIMEX3 value of ``amount`` ``unit``s before ``anchor`` (negative amount: after), at the unit's grain."""
    if unit == "hour" and amount and amount % 24 == 0:
        unit, amount = "day", amount // 24  # "48 hours ago": the day; the hour of publication is unknown
    if unit == "day":
        return (anchor - timedelta(days=amount)).isoformat()
    if unit == "week":
        return iso_week(anchor - timedelta(weeks=amount))
    if unit == "month":
        year, month = shift_months(anchor, -amount)
        return f"{year}-{month:02d}"
    if unit == "year":
        return str(anchor.year - amount)
    if unit == "decade":
        return f"{(anchor.year - 10 * amount) // 10}"
    return None


def dated(value: str) -> bool:
    """The value places something in the calendar: not a vague reference (PRESENT_REF...) nor a date left open
    (XXXX-XX-XX, "at a later date"), which say when only relative to the text."""
    return not value.endswith("_REF") and not value.startswith("X")


def interval(value: str | None) -> tuple[date, date] | None:
    """First and last day a TIMEX3 date value covers; None for unknown, PAST_REF and the like."""
    if not value:
        return None
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return day, day
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        year, month = int(m[1]), int(m[2])
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return (monday + timedelta(days=5), monday + timedelta(days=6)) if m[3] else (monday, monday + timedelta(6))
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        year, q = int(m[1]), int(m[2])
        last = 3 * q
        return date(year, last - 2, 1), date(year, last, calendar.monthrange(year, last)[1])
    if m := re.fullmatch(r"(\d{4})-H([12])", value):
        year = int(m[1])
        return (date(year, 1, 1), date(year, 6, 30)) if m[2] == "1" else (date(year, 7, 1), date(year, 12, 31))
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        year, start = int(m[1]), {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m[2]]
        end_year, end_month = (year + 1, 2) if start == 12 else (year, start + 2)
        return date(year, start, 1), date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
    if m := re.fullmatch(r"(\d{4})", value):
        return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
    if m := re.fullmatch(r"(\d{4})/(\d{4})", value):
        return date(int(m[1]), 1, 1), date(int(m[2]), 12, 31)
    if m := re.fullmatch(r"(\d{3})", value):
        return date(int(m[1]) * 10, 1, 1), date(int(m[1]) * 10 + 9, 12, 31)
    return None


def compatible(a: str | None, b: str | None) -> bool:
    """Two dates may be the same time: equal, one unknown, or one contains the other."""
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return True
    return (ia[0] <= ib[0] and ib[1] <= ia[1]) or (ib[0] <= ia[0] and ia[1] <= ib[1])


def finer(a: str | None, b: str | None) -> str | None:
    """The more specific of two compatible values (the shorter interval)."""
    ia, ib = interval(a), interval(b)
    if ib is None:
        return a if ia is not None else (a or b)
    if ia is None:
        return b
    return b if (ib[1] - ib[0]) < (ia[1] - ia[0]) else a


# ---------------------------------------------------------------------------------------------------
# Normalisation


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS[word]
    try:
        return int(text2num(word, "en"))
    except ValueError:
        return None


def count_word(word: str) -> int | None:
    """The number a count is written with ("60", "six", "twenty-one"); None when it is no number."""
    return _count(word)


def _unit(word: str) -> str:
    return "century" if word.startswith("centur") else word


def clean(text: str) -> str:
    """Lower-case, straight apostrophes, single spaces, leading prepositions and "the" dropped."""
    core = re.sub(r"\s+", " ", text.replace("\u2019", "'").replace("\u2013", "-").lower()).strip(" ,.;:")
    while True:
        stripped = _LEADING.sub("", core)
        if stripped == core:
            break
        core = stripped
    return core


def normalize(
    text: str,
    anchor: date | None,
    direction: int = -1,
    narrative: Narrative | None = None,
    narrated_year: int | None = None,
) -> Timex | None:
    """The TIMEX3 reading of ``text`` as of ``anchor`` (the publication date); ``narrative`` is what the text
    last told (for "the same day", "the previous year"), ``narrated_year`` the year written in the passage (for
    a month without one: "in October" after "in 2008"); None when ``text`` is not a time (ages...)."""
    lowered = text.lower()
    if m := _PREDICATE_AGE.fullmatch(" ".join(lowered.split())):
        return _period(m[1] or m[3], m[2] or m[4])
    if _AGE.search(lowered):
        return None
    core = clean(text)
    if not core:
        return None
    narrative = narrative or Narrative()
    found = _read(core, lowered, anchor, direction, narrative, narrated_year)
    if found is None and (m := _PART_WORD.match(core)):
        # "late last July": last July
        found = _read(core[m.end() :], lowered, anchor, direction, narrative, narrated_year)
    if found is None and (m := _HEDGED_PERIOD.match(core)):
        found = _read(core[m.end() :], lowered, anchor, direction, narrative, narrated_year)
    if found is None and (m := _LATER_THAT.match(core)):
        found = _read(core[m.end() :], lowered, anchor, direction, narrative, narrated_year)
    if found is None and (m := _PART_OF_DATE.match(core)):
        # "the morning of May 3": that part of the day written after it (TimeML TIME, 2012-05-03TMO)
        day = _read(core[m.end() :], lowered, anchor, direction, narrative, narrated_year)
        if day is not None and day.kind == "date" and day.value and _DAY_VALUE.fullmatch(day.value):
            # "the early hours of Monday": its early morning (TMO, mod START), as the narrated day's early hours are
            part, mod = ("TMO", "START") if m[1] == "early hours" else (_PART_OF_DAY[m[1]], day.mod)
            found = replace(day, value=day.value + part, mod=mod)
    return None if found is None else with_mod(found, lowered)


def _read(
    core: str, lowered: str, anchor: date | None, direction: int, narrative: Narrative, narrated_year: int | None
) -> Timex | None:
    if m := _SAME_YEAR_BEFORE.fullmatch(core):
        value = narrative.year_before(m[1])
        return Timex(value, relative=True, note="the date narrated, a year back") if value else None
    if (m := _RELATIVE_QUARTER.fullmatch(core)) and m[1] != "following" and not lowered.lstrip().startswith("over "):
        # "profits rose 78 percent during the last quarter", "sales in the current quarter": the quarter of the
        # paper's date or its neighbour, a DATE (MEANTIME and TimeML); "over the past quarter" stays the period
        # it was spread over (a DURATION).
        if anchor is None:
            return Timex(None, relative=True, note=NO_ANCHOR)
        index = anchor.year * 4 + (anchor.month - 1) // 3 + _QUARTER_SHIFT[m[1]]
        return Timex(f"{index // 4}-Q{index % 4 + 1}", relative=True, note="resolved against the publication date")
    if core == "the quarter" and narrative.last and re.fullmatch(r"\d{4}-Q[1-4]", narrative.last):
        # "GM lost $6 billion in the first quarter of 2009 ... revenue in the quarter fell": the quarter told
        return Timex(narrative.last, relative=True, note="the quarter being narrated")
    if core == "the years" and re.match(r"\s*(?:over|through|throughout)\s", lowered):
        return Timex("PXY", kind="duration")  # "over the years": a span of years, as MEANTIME marks it
    if told := year_earlier(core, narrative, anchor, Timex) or that_period(core, narrative, Timex):
        return told
    year = narrative.year or (anchor.year if anchor else None)
    found = (
        period(core, lowered, anchor, direction, (narrative.day or anchor, year), Timex)
        or clock(core, anchor, Timex, direction, narrative.day)
        or vague(core, Timex)
        or recurring(core, Timex)
        or told_day(core, narrative.day or anchor, year, Timex)
        or _fixed(core, anchor)
        or _numeric_date(core, anchor)
        or _duration(core, lowered)
    )
    if found:
        return found
    if narrated_year is not None and (month := _yearless_month(core, narrated_year)):
        return Timex(month, relative=True, note="the year the passage narrates")
    relative = _relative(core, anchor, direction)
    if relative is not None:
        return relative
    return _absolute(core, anchor, direction)


_NUMERIC_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$")


def _numeric_date(core: str, anchor: date | None) -> Timex | None:
    """A date written in figures, "7/8/07": month first, as American outlets write it, unless the first number
    cannot be a month ("25/12/2010"); a two-digit year in the century nearer the paper's date."""
    if not (m := _NUMERIC_DATE.fullmatch(core)):
        return None
    first, second, year = int(m[1]), int(m[2]), int(m[3])
    if len(m[3]) == 2:
        year += 2000 if anchor is None or 2000 + year <= anchor.year + 1 else 1900
    month, day = (first, second) if first <= 12 else (second, first)
    try:
        return Timex(date(year, month, day).isoformat())
    except ValueError:
        return None


def _yearless_month(core: str, year: int) -> str | None:
    """A month (or a month's day) written without its year, in the year the passage narrates; "last
    October" and "this June" are told from the publication date, not the narrative."""
    if (m := _MONTH_ONLY.fullmatch(core)) and m[2] in MONTHS and m[1] not in {"last", "next", "this"}:
        return f"{year}-{MONTHS[m[2]]:02d}"
    if m := _MONTH_DAY.fullmatch(core):
        month_word, day_text = (m[1], m[2]) if m[1] else (m[4], m[3])
        if month_word in MONTHS:
            try:
                return date(year, MONTHS[month_word], int(day_text)).isoformat()
            except ValueError:
                return None
    return None


def _period(amount: str, unit: str) -> Timex:
    """A duration value: "two years" -> P2Y, "a decade" -> P10Y, "several days" -> PXD, "48 hours" -> PT48H."""
    words = amount.split()
    count = None if words[0] in _VAGUE_COUNTS or amount in _VAGUE_COUNTS else _count(words[0])
    code = _UNITS[unit]
    if unit in {"decade", "century"}:
        # TIMEX3 counts decades and centuries in years; an open count stays open ("several decades": PXY)
        count, code = None if count is None else count * (10 if unit == "decade" else 100), "Y"
    number = "X" if count is None else str(count)
    return Timex(f"P{'T' if code.startswith('T') else ''}{number}{code.lstrip('T')}", kind="duration")


def _half_more(count: int, unit: str) -> Timex:
    """``count`` and a half ``unit``s: "two and a half years" P2.5Y, "an hour and a half" PT1.5H."""
    if unit in {"decade", "century"}:
        size = 10 if unit == "decade" else 100  # TIMEX3 counts them in years
        return Timex(f"P{count * size + size // 2}Y", kind="duration")
    code = _UNITS[unit]
    return Timex(f"P{'T' if code.startswith('T') else ''}{count}.5{code.lstrip('T')}", kind="duration")


def _fixed(core: str, anchor: date | None = None) -> Timex | None:
    """Values that need no anchor: years, spans, decades, centuries, fiscal years, vague references, sets."""
    if m := _CENTURY.fullmatch(core):
        number = int(m[1]) if m[1].isdigit() else _ORDINALS.get(m[1], 0)
        return Timex(f"{number - 1:02d}") if 1 <= number <= 21 else None
    if m := _FISCAL.fullmatch(core):
        year = m[1] or m[2] or m[4]
        if year:
            return Timex(f"FY{year}" if len(year) == 4 else f"FY20{year}")
        if anchor is None:
            return Timex(None, relative=True, note=NO_ANCHOR)
        shift = {"last": -1, "previous": -1, "next": 1}.get(m[3] or "", 0)
        return Timex(f"FY{anchor.year + shift}", relative=True, note="resolved against the publication date")
    if m := _FISCAL_QUARTER.fullmatch(core):
        quarter = _QUARTERS[m[1] or m[3] or m[7]]
        if year := m[2] or m[4] or m[6]:
            return Timex(f"FY{year}-Q{quarter}")
        if anchor is None:
            return Timex(None, relative=True, note=NO_ANCHOR)
        shift = {"last": -1, "previous": -1, "next": 1}.get(m[5] or "", 0)
        return Timex(f"FY{anchor.year + shift}-Q{quarter}", relative=True, note="resolved against the publication date")
    if core == "annual":
        # Before an amount the year adds up (times.py checks): "annual loss" is P1Y.
        return Timex("P1Y", kind="duration")
    if m := _YEAR_SPAN.fullmatch(core):
        first, last = m[1], m[2]
        if len(last) == 2:
            last = first[:2] + last
        if int(last) > int(first):
            return Timex(f"{first}/{last}", kind="span")
        return None
    if m := _YEAR.fullmatch(core):
        year = int(m[1])
        return Timex(m[1]) if 1000 <= year <= 2100 else None
    if m := _DECADE.fullmatch(core):
        return Timex(m[2])
    if core.startswith("the ") and core[4:] in _DECADE_WORDS:
        return Timex(f"19{_DECADE_WORDS.index(core[4:]) + 2}")  # "the sixties": the twentieth century's
    if m := _SHORT_YEAR.fullmatch(core):
        # A two-digit year or decade without its century: the twentieth century is the usual reading in news.
        if m[1] and anchor is not None and 2000 + int(m[1]) <= anchor.year + 1:
            return Timex(f"20{m[1]}")  # "WWDC '11" in a 2011 paper: the nearer century
        return Timex(f"19{m[1]}") if m[1] else Timex(f"19{m[2][0]}")
    if _PAST_REF.fullmatch(core) or _VAGUE_AGO.fullmatch(core):
        return Timex("PAST_REF", relative=True, note="vague past")
    if _FUTURE_REF.fullmatch(core):
        return Timex("FUTURE_REF", relative=True, note="vague future")
    if core in {"now", "currently", "at present", "the moment", "this time", "present"}:
        return Timex("PRESENT_REF", relative=True, note="vague present")
    if m := _SET.fullmatch(core):
        return Timex(_SET_UNIT[m[1] or m[2]], kind="set")
    return None


# Hours and minutes in one: "1hr 4 mins", "2 hours and 30 minutes"; an abbreviated unit alone: "90 mins", "3 hrs".
_HOURS_MINUTES = re.compile(r"^(\d+)\s*(?:hrs?|hours?)\s*(?:and\s+)?(\d+)\s*(?:mins?|minutes?)$")
_ABBREVIATED = re.compile(r"^(\d+)\s*(hrs?|mins)$")


def _duration(core: str, lowered: str) -> Timex | None:
    if m := _HOURS_MINUTES.fullmatch(core):
        return Timex(f"PT{int(m[1])}H{int(m[2])}M", kind="duration")
    if m := _ABBREVIATED.fullmatch(core):
        return Timex(f"PT{int(m[1])}{'H' if m[2].startswith('h') else 'M'}", kind="duration")
    if m := _HALF_UNIT.fullmatch(core):
        return Timex(_HALF_VALUES[m[1] or m[2]], kind="duration")
    if m := _ANOTHER.fullmatch(core):
        return _period("one", m[1])
    if m := _OR_TWO.fullmatch(core):
        return _period("several", m[1])
    if m := _SINGLE_UNIT.fullmatch(core):
        return _period("one", m[1])
    if (m := _AND_A_HALF.fullmatch(core)) and (count := _count(m[1].split()[0]) if m[1] else 1) is not None:
        return _half_more(count, _unit(m[2] or m[3]))
    if m := _CENTURY_PART.fullmatch(core):
        return Timex("P25Y" if m[1] == "quarter" else "P50Y", kind="duration")
    if m := _AGO.fullmatch(core):
        if m[3] in {"earlier", "later", "before"}:
            # "a month earlier": TimeML marks the amount, a DURATION; "ago" and "from now" count from today.
            return _period(m[1], _unit(m[2]))
        return None  # a date, handled with the anchor
    if m := _DURATION.fullmatch(core):
        if _YEAR_COUNT.fullmatch(m[1]) and not core.endswith("s"):
            return None  # "World Cup 2018 day five": a year before a noun, not 2018 days
        return _period(m[1], _unit(m[2]))
    if m := _ADJ_DURATION.fullmatch(core):
        return _period(m[1], _unit(m[2])) if _count(m[1].split()[0]) is not None else None
    if m := _DURATION_THE_PAST.fullmatch(core):
        # "the past week" is one week; "the past decades", with no count, an amount TimeML leaves open (PXY)
        return _period("several" if core.endswith("s") else "one", _unit(m[1]))
    if m := _UNITS_LATER.fullmatch(core):
        # "returned minutes later": an amount with no number, counted like "two minutes later" (a DURATION)
        core = m[1]
    if m := _BARE_PLURAL.fullmatch(core):
        unit = _unit(m[1].rstrip("s"))
        code = "Y" if unit in {"decade", "century"} else _UNITS[unit]  # TIMEX3 counts decades in years
        return Timex(f"P{'T' if code.startswith('T') else ''}X{code.lstrip('T')}", kind="duration")
    return None


def _relative(core: str, anchor: date | None, direction: int) -> Timex | None:
    """Anchor-dependent expressions; value None with a note when there is no anchor."""
    value = _resolve_relative(core, anchor or date(2000, 1, 1), direction)
    if value is None:
        return None
    if anchor is None:
        return Timex(None, relative=True, note=NO_ANCHOR)
    return Timex(value, relative=True, note="resolved against the publication date")


def _resolve_relative(core: str, anchor: date, direction: int) -> str | None:
    if core in _TWO_DAYS:
        return (anchor + timedelta(days=_TWO_DAYS[core])).isoformat()
    if m := _DEICTIC.fullmatch(core):
        if m[3]:  # "last night"
            return (anchor - timedelta(days=1)).isoformat() + "TNI"
        if m[1] == "this" and not m[2]:
            return None
        shift = {"yesterday": -1, "today": 0, "tonight": 0, "this": 0, "tomorrow": 1}[m[1]]
        part = _PART_OF_DAY.get(m[2] or "", "TNI" if m[1] == "tonight" else "")
        return (anchor + timedelta(days=shift)).isoformat() + part
    if (m := _WEEKDAY.fullmatch(core)) and m[2] in WEEKDAYS:
        modifier, part = m[1] or "", _PART_OF_DAY.get(m[3] or "", "")
        if modifier in {"next", "coming", "this coming"}:
            return weekday_near(anchor, WEEKDAYS[m[2]], 1, strict=True).isoformat() + part
        if modifier in {"last", "past", "this past"}:
            return weekday_near(anchor, WEEKDAYS[m[2]], -1, strict=True).isoformat() + part
        # Without a future tense, a bare weekday in news is the latest one: "on Tuesday" in Wednesday's paper.
        return weekday_near(anchor, WEEKDAYS[m[2]], 1 if direction > 0 else -1).isoformat() + part
    if m := _RELATIVE_UNIT.fullmatch(core):
        shift = {
            "this": 0,
            "current": 0,
            "last": -1,
            "past": -1,
            "previous": -1,
            "this past": -1,
            "next": 1,
            "coming": 1,
        }[m[1]]
        unit = m[2]
        if unit == "weekend":
            return _weekend(anchor, shift if shift else direction)
        if unit == "week":
            return iso_week(anchor + timedelta(weeks=shift))
        if unit == "month":
            year, month = shift_months(anchor, shift)
            return f"{year}-{month:02d}"
        return str(anchor.year + shift)
    if m := _RELATIVE_CENTURY.fullmatch(core):
        # "this century" (told in 2011) is 20, TimeML's two-digit century; "last century" 19
        return f"{anchor.year // 100 + {'this': 0, 'current': 0, 'next': 1}.get(m[1], -1):02d}"
    if core in {"this decade", "the current decade"}:
        # the decade of the paper's date, TimeML's three-digit value (HeidelTime date_r17a: "this decade")
        return str(anchor.year // 10)
    if core in {"the year", "the current year"}:
        return str(anchor.year)
    if _WEEKEND.fullmatch(core):
        return _weekend(anchor, direction)
    if m := _AGO.fullmatch(core):
        count = _count(m[1])
        if count is None:
            return None
        sign = -1 if m[3] in {"later", "from now"} else 1
        return ago(anchor, sign * count, _unit(m[2]))
    if m := _SEASON.fullmatch(core):
        if m[3]:
            return f"{m[3]}-{_SEASON_CODE[m[2]]}"
        code = _SEASON_CODE[m[2]]
        modifier = (m[1] or "").strip(" -")
        year = anchor.year + {"last": -1, "past": -1, "next": 1}.get(modifier, 0)
        if modifier not in {"this", "last", "past", "next"}:
            # "in the spring" follows the tense as "in June" does: a past spring not yet come this year was last
            # year's, a future one already gone is next year's.
            start = _SEASON_START[code]
            if direction < 0 and start > anchor.month:
                year -= 1
            elif direction > 0 and start + 2 < anchor.month:
                year += 1
        return f"{year}-{code}"
    if (m := _QUARTER.fullmatch(core)) and ("quarter" in core or m[1].startswith("q")):
        quarter = _QUARTERS[m[1]]
        if m[2]:
            return f"{m[2]}-Q{quarter}"
        if m[3]:
            return f"{anchor.year + {'last': -1, 'next': 1}.get(m[3], 0)}-Q{quarter}"
        if direction == 0:
            return f"{anchor.year}-Q{quarter}"
        current = (anchor.month - 1) // 3 + 1
        year = anchor.year - (1 if direction < 0 and quarter > current else 0)
        return f"{year}-Q{quarter}"
    if (day := holiday(core, anchor, direction)) is not None:
        return day
    if (m := _MONTH_OF_YEAR.fullmatch(core)) and m[1] in MONTHS:
        # "October of next year", "June 5 of last year": the month in the year the phrase names.
        year = anchor.year + {"last": -1, "next": 1}.get(m[3], 0)
        try:
            return date(year, MONTHS[m[1]], int(m[2])).isoformat() if m[2] else f"{year}-{MONTHS[m[1]]:02d}"
        except ValueError:
            return None
    if (m := _MONTH_ONLY.fullmatch(core)) and m[2] in MONTHS:
        modifier = m[1] or ""
        step = {"last": -1, "next": 1}.get(modifier, direction)
        if modifier == "this":
            return f"{anchor.year}-{MONTHS[m[2]]:02d}"
        if modifier in {"last", "next"} and MONTHS[m[2]] == anchor.month:
            return f"{anchor.year + step}-{anchor.month:02d}"  # "last September" told in September: a year back
        return month_near(anchor, MONTHS[m[2]], step)
    if m := _MONTH_DAY.fullmatch(core):
        month_word, day_text = (m[1], m[2]) if m[1] else (m[4], m[3])
        if month_word in MONTHS:
            return _month_day(anchor, MONTHS[month_word], int(day_text), direction)
    return None


def _weekend(anchor: date, direction: int) -> str:
    """Past: the latest weekend not after ``anchor``; future: the next one not before it."""
    if direction <= 0:
        return weekend(anchor)
    return weekend(anchor, 0 if anchor.weekday() < 5 else 1)


def _month_day(anchor: date, month: int, day: int, direction: int) -> str | None:
    year = int(month_near(anchor, month, direction)[:4])
    if month == anchor.month and direction:
        if direction < 0 and day > anchor.day:
            year -= 1
        elif direction > 0 and day < anchor.day:
            year += 1
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


_DEFAULTS = (datetime(1, 1, 1), datetime(4, 2, 2))


def _parse_twice(core: str) -> tuple[datetime, datetime]:
    """``dateparser.parse(core, default=d)`` for each of ``_DEFAULTS``, reading the string once: ``parse`` reads it
    (``_parse``, nearly all of its cost) and then fills the missing fields from ``default`` (``_build_naive``,
    ``_build_tzaware``), so the reading is shared and each default filled in as ``parse`` does, same errors
    raised (``ParserError`` is a ``ValueError``)."""
    parser = dateparser.DEFAULTPARSER
    res, _ = parser._parse(core)
    if res is None:
        raise dateparser.ParserError("Unknown string format: %s", core)
    if len(res) == 0:
        raise dateparser.ParserError("String does not contain a date: %s", core)
    first, second = (parser._build_tzaware(parser._build_naive(res, d), res, None) for d in _DEFAULTS)
    return first, second


def _absolute(core: str, anchor: date | None, direction: int) -> Timex | None:
    """Dates that carry their own year ("Sunday, June 30, 2019", "February 2022", "2019-06-30"), via dateutil."""
    words = set(re.findall(r"[a-z]+", core))
    if not re.search(r"\d{4}", core) or not (words & set(MONTHS) or re.search(r"\d[-/.]\d", core)):
        return None
    if words - set(MONTHS) - set(WEEKDAYS) - {"of", "the", "st", "nd", "rd", "th"}:
        return None  # stray words: let dateutil not guess
    numbers = re.findall(r"\d+", core)
    if sum(len(n) < 4 for n in numbers) > (1 if words & set(MONTHS) else 2):
        return None  # more numbers than a date holds ("aged 56 October 6, 2011"): not one date
    try:
        first, second = _parse_twice(core)
    except (ValueError, OverflowError):
        return None
    if first.year != second.year:
        return None  # no year: the relative rules handle those
    if first.month != second.month:
        return Timex(f"{first.year:04d}")
    if first.day != second.day:
        return Timex(f"{first.year:04d}-{first.month:02d}")
    return Timex(first.date().isoformat())
