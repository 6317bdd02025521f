"""Readings of a time that hang on the words around it, in news and sports copy: a hedge before a clock time, "or so"
after an amount or a clock, "over" after an amount, rates ("$28 an hour"), speeds, game clocks and periods, and a "one
day" that means some day to come."""

from __future__ import annotations

import re

# A hedge before a clock time gives APPROX and belongs to the TIMEX3 (TimeML): "about 10 a.m.", "around 08:30".
_CLOCK_HEDGE_BEFORE = re.compile(r"\b(?:about|around|approximately|roughly|circa)\s+$", re.IGNORECASE)
_SIGNAL_BEFORE = re.compile(r"\b(at|by|until|from|before|after|since)\s+$", re.IGNORECASE)
_CLOCK_VALUE = re.compile(r"T\d{2}:\d{2}")
_OR_SO = re.compile(r"\s+or\s+so\b", re.IGNORECASE)
# "over" after an amount is the span the amount is spread over, a SIGNAL, not MORE_THAN: "$184 million over eight
# years", "(over seven years)", "euro22 billion ($28 billion) over three years"; "over 50 years" alone is a hedge.
_OVER = re.compile(r"(?:just\s+)?over\s+", re.IGNORECASE)
_AMOUNT_BEFORE = re.compile(
    r"(?:\d|\b(?:million|billion|trillion|percent|points?|games|yards|miles|dollars|euros|pounds|m|bn))%?\)?\s+$|\(\s*$",
    re.IGNORECASE,
)
# After a noun or a verb of doing, "over" heads the period the deed takes place in, a SIGNAL (TimeML): "made by
# politicians over 30 years", "will receive loans over three years", "spread over two days". It is "more than"
# (MORE_THAN, in the TIMEX3) at the start of a clause, after a preposition ("in over a decade", "for over a year"), a
# hedge ("just over", "a little over") or a verb or copula that measures a length ("lasted over a year", "is over
# 50 years old", "served over 20 years").
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\s+$")
_MORE_THAN_AFTER = re.compile(
    r"in|for|of|to|than|within|after|from|by|at|with|about|since|until|under|into|during|on|before|between|"  # prep.
    r"just|little|well|slightly|only|bit|nearly|almost|and|or|but|"  # hedges, conjunctions
    r"is|are|was|were|be|been|being|has|have|had|"  # copulas
    r"(?:last|wait|serve|work|live|stay|remain|span|need|require|cost)(?:s|e?d|ing|ned)?|"  # verbs of length
    r"take[sn]?|took|taking|spend(?:s|ing)?|spent|runs?|ran|running",
    re.IGNORECASE,
)
_COUNTED_FROM = re.compile(r"\s+(?:ago|after|later|before|earlier|old)\b", re.IGNORECASE)
# "120 miles an hour", "60 km per hour": a rate of speed, no TIMEX3.
_RATE_BEFORE = re.compile(
    r"\b(?:miles|kilometers|kilometres|km|knots|feet|metres|meters)\s+(?:(?:an|a|per)\s+)?$", re.IGNORECASE
)
# "a year" after an amount is a rate, a SET (TimeML; MEANTIME marks "15 a year" SET P1Y): "$28 an hour", "US$300
# million in fuel a year", "400,000 units a year".
_A_UNIT = re.compile(r"an?\s+(?:hour|day|week|month|year)", re.IGNORECASE)
_RATE_AMOUNT_BEFORE = re.compile(
    r"(?:\d|\b(?:million|billion|trillion|percent|dollars|euros|pounds|units|barrels|tonnes|tons|visitors|cars))%?"
    r"(?:\s+(?:in|of)\s+[a-z]+)?\s+$",
    re.IGNORECASE,
)
# A game clock in sports copy: "with 4:43 to play", "7:02 remaining".
_GAME_CLOCK = re.compile(r"\d{1,2}:\d{2}")
_TO_PLAY = re.compile(r"\s+(?:to play|to go|remaining|left)\b", re.IGNORECASE)
# A quarter of a game in a game report: "late in the fourth quarter", "a fourth-quarter comeback". It has no
# calendar value, and the project's golds leave it unmarked as they leave game clocks. A report is told by words only
# games have (two different ones in the text); a quarter with its year or "fiscal" is a company's.
_GAME_QUARTER = re.compile(
    r"(?:(?:early|late|later|midway)\s+(?:in|into|through)\s+)?(?:the\s+)?"
    r"(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter",
    re.IGNORECASE,
)
_GAME_WORDS = re.compile(
    r"\b(touchdowns?|field goals?|quarterbacks?|interceptions?|fumbled?|halftime|end zone|kickoff|innings?|rebounds|"
    r"free throws?|three-pointers?|penalty kicks?|power play|scrimmage|NFL|NBA|NHL)\b",
    re.IGNORECASE,
)


def is_game_text(text: str) -> bool:
    """A text that reports games: two different words only games have."""
    return len({m.lower() for m in _GAME_WORDS.findall(text)}) >= 2


def is_game_quarter(text: str, start: int, end: int) -> bool:
    """A quarter of a game, in a text that reports games: no TIMEX3."""
    return bool(_GAME_QUARTER.fullmatch(text, start, end)) and is_game_text(text)


# "would one day start producing", "that one day the United States might return": with a modal beside it "one day"
# is some day to come, TimeML's FUTURE_REF, not the length P1D. The modal right before (an adverb between), or
# after a subject of at most four words in the same clause.
_ONE_DAY = re.compile(r"(?:one|some)\s+day|someday", re.IGNORECASE)
_MODAL = r"(?:would|'d|’d|might|could|will|'ll|’ll|may|can|should|must)"
_MODAL_BEFORE = re.compile(rf"(?:\b|(?<=[a-z])){_MODAL}\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_MODAL_AFTER = re.compile(rf",?\s+(?!(?:and|but|or|so)\b)(?:[A-Za-z.'’-]+\s+){{1,4}}{_MODAL}\b")
# The modal after counts only where "one day" opens its clause ("that one day the US might", "One day, we will").
_CLAUSE_OPENS = re.compile(r"(?:^|[.!?;:\"“]\s*|\b(?:that|and|but)\s+)$", re.IGNORECASE)


def spread_over(text: str, start: int, end: int) -> int | None:
    """Where the time starts after an "over" that tells the period an amount is spread over ("$184 million over
    eight years") or a deed is done in ("mistakes made by politicians over 30 years", "loans over three years"),
    or None when ``text[start:end]`` does not start so."""
    m = _OVER.match(text, start, end)
    if m is None:
        return None
    if _AMOUNT_BEFORE.search(text, max(0, start - 12), start):
        return m.end()
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if m[0].lower().startswith("just") or before is None or _MORE_THAN_AFTER.fullmatch(before[1]):
        return None
    if _COUNTED_FROM.match(text, end):
        return None  # "over a year ago", "over a month after": a hedge of the count
    return m.end()


def is_rate(text: str, start: int, end: int) -> bool:
    """ "a year" / "an hour" right after an amount: a rate, TimeML's SET."""
    return bool(_A_UNIT.fullmatch(text, start, end) and _RATE_AMOUNT_BEFORE.search(text, max(0, start - 24), start))


def is_speed(text: str, start: int) -> bool:
    return bool(_RATE_BEFORE.search(text, max(0, start - 24), start))


def is_game_clock(text: str, start: int, end: int) -> bool:
    return bool(_GAME_CLOCK.fullmatch(text, start, end) and _TO_PLAY.match(text, end))


def clock_hedge(text: str, start: int, value: str | None) -> tuple[int, int | None, str] | None:
    """For a clock time with a hedge before it ("at about 10 a.m."): (TIMEX3 start at the hedge, signal start or
    None, signal); None when there is no hedge or the value is no clock time."""
    if not _CLOCK_VALUE.search(value or ""):
        return None
    hedge = _CLOCK_HEDGE_BEFORE.search(text, max(0, start - 16), start)
    if hedge is None:
        return None
    before = _SIGNAL_BEFORE.search(text, max(0, hedge.start() - 8), hedge.start())
    return hedge.start(), (before.start() if before else None), (before[1] if before else "")


def or_so(text: str, end: int, value: str | None, kind: str) -> int | None:
    """Where a trailing hedge ends, for an amount or a clock time followed by "or so" ("30 seconds or so", "by 10
    a.m. or so"): it belongs to the TIMEX3 and makes it APPROX, as a hedge before it does (HeidelTime's English rules
    keep "or so" in the span); None when there is none."""
    if kind != "duration" and not _CLOCK_VALUE.search(value or ""):
        return None
    m = _OR_SO.match(text, end)
    return m.end() if m else None


def some_day(text: str, start: int, end: int) -> bool:
    """ "one day" (or "some day") told with a modal, the day to come it leaves open: "I'd one day have the chance"."""
    if not _ONE_DAY.fullmatch(text, start, end):
        return False
    if _MODAL_BEFORE.search(text, max(0, start - 24), start):
        return True
    return bool(_CLAUSE_OPENS.search(text, max(0, start - 8), start) and _MODAL_AFTER.match(text, end))
