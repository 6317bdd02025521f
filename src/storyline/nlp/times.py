"""Extractor component: time expressions (spaCy DATE/TIME entities plus patterns) resolved to TIMEX3 values."""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from storyline.model import TimeExpr
from storyline.nlp.extensions import doc_ents, doc_text, sent_index
from storyline.nlp.regex_starts import Starts, WordIndex
from storyline.nlp.timex import MONTHS, WEEKDAYS, Timex, normalize, timex_type
from storyline.nlp.timex_adjust import clock_on_day, habitual_clock, shared_year, told_later
from storyline.nlp.timex_amount_range import range_first_ends
from storyline.nlp.timex_context import (
    clock_hedge,
    is_game_clock,
    is_game_quarter,
    is_game_text,
    is_rate,
    is_speed,
    or_so,
    some_day,
    spread_over,
)
from storyline.nlp.timex_generic import generic_today
from storyline.nlp.timex_narrative import Narrative
from storyline.nlp.timex_tense import direction_of
from storyline.nlp.timex_told import narrated_part

log = logging.getLogger(__name__)

# Publication years relative expressions may be anchored on. A date outside them is a metadata typo
# ("0224-11-13"); anchoring on it would break four-digit TIMEX3 years and date arithmetic, so such an
# article's relative expressions stay unresolved, as without a date.
_ANCHOR_YEARS = range(1600, 3000)

# Prepositions that introduce a time (TimeML SIGNALs): outside the TIMEX3 span, kept in the record's phrase.
_SIGNALS = {
    "on", "in", "since", "over", "during", "until", "till", "by", "from", "as of", "throughout", "at", "for",
    "through", "within", "between", "after", "before",
}
_LEADING_SIGNAL = re.compile(
    r"(on|in|since|during|until|till|by|from|as of|throughout|at(?!\s+(?:least|most)\b)|for|through|within|between|"
    r"prior to|before(?=\s+(?:1[6-9]|20)\d\d\b)|after(?=\s+(?:1[6-9]|20)\d\d\b)|"
    r"over(?=\s+(?:the|this|last|past|next|recent)\b))\s+",
    re.IGNORECASE,
)
# "over the weekend" is a signal and a time; "over a year" is a hedged duration (MORE_THAN).
_OVER_SIGNAL = re.compile(r"(?:the|this|last|past|next|recent)\b", re.IGNORECASE)
_MONTH_NAMES = "|".join(sorted((m.capitalize() for m in MONTHS if len(m) > 3 or m == "may"), key=len, reverse=True))
_WEEKDAY_NAMES = "|".join(sorted((w.capitalize() for w in WEEKDAYS if len(w) > 4), key=len, reverse=True))
_UNIT = r"(?:days?|weeks?|months?|years?|decades?)"
# "annual" is a time only before an amount a year adds up ("annual loss": P1Y); "annual conference" is no
# TIMEX3 in MEANTIME (2 of 3) and a SET in the third: the reading rested on 3 dev documents, so it is narrowed.
_ANNUAL_AMOUNTS = (
    r"profits?|loss(?:es)?|sales|revenues?|earnings|results|income|turnover|output|budgets?|growth|deficits?|"
    r"surplus(?:es)?"
)
_ANNUAL = re.compile(rf"\s+(?:{_ANNUAL_AMOUNTS})\b", re.IGNORECASE)
# A bare half is a company's half-year only in a sentence that tells its figures (a share or an amount a year adds
# up), outside game reports: "scored 11 points in the second half" is half of a match.
_BARE_HALF = re.compile(r"(?:the\s+)?(?:first|second)\s+half", re.IGNORECASE)
_FIGURES = re.compile(rf"%|\bper\s?cent\b|\b(?:{_ANNUAL_AMOUNTS})\b", re.IGNORECASE)
# "the day" alone is the narrated day only where the text counts a trading or working day: "ended the day",
# "for the day"; elsewhere ("the day the war began") it is a description, not a TIMEX3.
_BARE_DAY = re.compile(r"the\s+day", re.IGNORECASE)
_DAY_VERB_BEFORE = re.compile(
    r"\b(?:end|ends|ended|ending|finish|finishes|finished|finishing|close|closes|closed|closing|start|starts|"
    r"started|starting|begin|begins|began|beginning|open|opens|opened|opening)\s+$",
    re.IGNORECASE,
)
# A one-word holiday after a capitalised word inside a sentence (not a preposition nor a greeting) is a surname.
_NAMED_DAYS = {"Christmas", "Halloween"}
_SURNAME_BEFORE = re.compile(
    r"(?<=[^.!?\"“\s]\s)(?!(?:On|In|At|By|Since|Until|Before|After|During|Over|Last|Next|This|Merry|Happy|Orthodox)\b)"
    r"[A-Z][a-z]+\s+$"
)
# An age told before the amount: "at the age of four months", "aged 8-10 years", "ages 5 to 7 years".
# A weekday after one of these words names a day of its own ("Black Monday" of 1987, "Patch Tuesday" each
# month, "Super Tuesday", "Cyber Monday"), not the weekday of the week told: no reading is better than a wrong one.
_DAY_NAME_BEFORE = re.compile(r"\b(?:Black|Blue|Bloody|Cyber|Patch|Super|Giving|Manic)\s+$")
_AGE_BEFORE = re.compile(
    r"\b(?:aged?|ages|age of)\s+(?:(?:\d+|[a-z]+)\s*(?:-|–|to|and)\s*)?$", re.IGNORECASE
)
_OWNER_BEFORE = re.compile(r"\b(?:his|her|their|my|your|our|its)\s+(?:(?:early|mid|late)[- ]?)?$", re.IGNORECASE)
# A hedge written before a duration belongs to the TIMEX3 and gives its mod: "over 50 years" (MORE_THAN),
# "nearly five months" (LESS_THAN); MEANTIME dev spans hold the hedge in 3 of 4 cases, TimeML always.
_HEDGE_BEFORE = re.compile(
    r"\b(?:(?:a\s+)?little\s+(?:over|under|more than|less than)|more than|less than|fewer than|over|about|around|"
    r"nearly|almost|roughly|approximately|some|at least|at most|up to|just over|just under|no more than|"
    r"upwards of)\s+$",
    re.IGNORECASE,
)
_OF_NAMED_YEAR = re.compile(r"(,?\s+(?:of\s+)?)((?:this|last|next)\s+year)", re.IGNORECASE)
# "three quarters of its value", "a quarter of the staff": a share, not a period.
_SHARE = re.compile(r",?\s+of\s+(?:its|their|his|her|the|all|our|\d)", re.IGNORECASE)
# A bare "week" is the week narrated only where a market report ranks it: "their best week since November" (not
# "captured after week on the run", a headline's amount).
_RANKED_WEEK = re.compile(r"\b(?:best|worst)\s+$", re.IGNORECASE)
_NOW_AND_THEN = re.compile(r"\s+and\s+(?:then|again)\b", re.IGNORECASE)


@dataclass(frozen=True)
class TimePattern:
    """A pattern for a form the model misses, with what a text must hold for it to match there.

    A pattern scans the whole text, and most articles hold none of a given pattern's words, so the pattern runs
    only over a text that holds one of ``gate``'s words; the costlier ones only at the words ``starts`` names.
    """

    regex: re.Pattern[str]
    gate: tuple[str, tuple[str, ...]]
    """Words every match holds: ("lower", words) looked up in the lower-cased text (IGNORECASE patterns), ("text",
    words) as written, ("digit", ()) any digit, as ``\\d`` reads one."""
    starts: Starts | None = None
    """The words every match begins with (regex_starts): the pattern is tried only there."""


_NUMBER_WORDS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
    "sixty", "seventy", "eighty", "ninety", "hundred",
})  # fmt: skip
_VAGUE_STARTS = frozenset({
    "right", "now", "currently", "presently", "recently", "recent", "nowadays", "these", "at", "this", "the", "lately",
    "past", "current", "a",
})  # fmt: skip
# "current" dates a state of affairs ("the current crisis", "under the current circumstances", "their current
# status"): TimeML's PRESENT_REF, as MEANTIME marks it. Before a role or a thing ("the current CEO", "the current
# flag") it picks out the present holder, which MEANTIME leaves unmarked ("the nation's current ageing fleet"): not
# proposed.
_CONDITION_NOUNS = (
    r"state|situation|circumstances|conditions|climate|crisis|crises|downturn|recession|slump|predicament|"
    r"environment|turmoil|weakness|woes|troubles|difficulties|problems?|status"
)
_AGO_HEDGES = r"(?:nearly|almost|about|around|roughly|more than|less than|just over|just under|at least|at most)"
# Patterns for forms the statistical model misses or cuts short; spaCy's entities are the first source.
_PATTERNS: tuple[TimePattern, ...] = (
    TimePattern(
        re.compile(
            r"\b(?:(?:last|next|this|past|this past|coming|the next|the following|the previous)\s+)?"
            rf"(?:{_WEEKDAY_NAMES})\b"
            r"(?:\s+(?:morning|afternoon|evening|night))?"
        ),
        gate=("text", tuple(_WEEKDAY_NAMES.split("|"))),
        starts=Starts(exact=frozenset({"last", "next", "this", "past", "coming", "the", *_WEEKDAY_NAMES.split("|")})),
    ),
    TimePattern(
        re.compile(
            r"\b(?:(?:earlier|later)\s+)?(?:this|last|next|the past|the previous|the coming)\s+"
            r"(?:week|weekend|month|year)\b",
            re.IGNORECASE,
        ),
        gate=("lower", ("week", "month", "year")),
        starts=Starts(lower=frozenset({"earlier", "later", "this", "last", "next", "the"})),
    ),
    TimePattern(
        re.compile(r"\b(?:over|during)\s+the\s+weekend\b", re.IGNORECASE),
        gate=("lower", ("weekend",)),
    ),
    TimePattern(
        re.compile(rf"\b(?:in\s+)?recent\s+{_UNIT}\b", re.IGNORECASE),
        gate=("lower", ("recent",)),
    ),
    TimePattern(re.compile(r"\b(?:the\s+)?coming\s+quarters\b", re.IGNORECASE), gate=("lower", ("coming quarters",))),
    # Counts the model cuts short: "a minute or two", "the next day or two" (an open count, timex._OR_TWO), "four
    # and a half months", "a year and a half" (timex._AND_A_HALF; the model keeps "a year" only, or nothing).
    TimePattern(
        re.compile(
            r"\b(?:(?:the\s+)?(?:next|last|past|first|coming|following)\s+|an?\s+|one\s+)?"
            r"(?:second|minute|hour|day|week|month|year|decade)\s+or\s+two\b",
            re.IGNORECASE,
        ),
        gate=("lower", (" or two",)),
    ),
    TimePattern(
        re.compile(
            r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+and\s+a\s+half\s+"
            r"(?:seconds|minutes|hours|days|weeks|months|years|decades)\b|"
            r"\b(?:an?|one)\s+(?:second|minute|hour|day|week|month|year|decade)\s+and\s+a\s+half\b",
            re.IGNORECASE,
        ),
        gate=("lower", ("and a half",)),
    ),
    # With its hedge ("nearly two decades ago", "about 20 years ago"): TimeML keeps the hedge in the span and turns it
    # into the date's mod (timex_time.with_mod); the model leaves it out mid-sentence.
    TimePattern(
        re.compile(
            rf"\b(?:{_AGO_HEDGES}\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+"
            rf"(?:{_UNIT}|hours?)\s+(?:ago|earlier|later|from\s+now)\b",
            re.IGNORECASE,
        ),
        gate=("lower", ("ago", "earlier", "later", "from now")),
        starts=Starts(
            lower=frozenset({"a", "an", "several", "nearly", "almost", "about", "around", "roughly", "more", "less",
                             "just", "at", *_NUMBER_WORDS}),
            numbers=True,
        ),
    ),
    TimePattern(
        re.compile(
            rf"\b(?:(?:early|mid|late)[- ])?(?:{_MONTH_NAMES})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,?)?"
            r"(?:\s+(?:of\s+)?\d{4})?\b"
        ),
        gate=("text", tuple(_MONTH_NAMES.split("|"))),
        starts=Starts(exact=frozenset({"early", "mid", "late", *_MONTH_NAMES.split("|")})),
    ),
    TimePattern(
        re.compile(
            r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty|single)-"
            r"(?:day|week|month|year|decade)\b(?![- ]old\b)",
            re.IGNORECASE,
        ),
        gate=("lower", ("-day", "-week", "-month", "-year", "-decade")),
        starts=Starts(lower=_NUMBER_WORDS | {"single"}, numbers=True),
    ),
    TimePattern(
        re.compile(
            r"\bthe\s+day\s+(?:before\s+yesterday|after\s+tomorrow)\b|"
            r"\b(?:yesterday|today|tomorrow)\s+(?:morning|afternoon|evening|night)\b|\blast\s+night\b|"
            r"\b(?:(?:earlier|later)\s+)?(?:today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening))\b",
            re.IGNORECASE,
        ),
        gate=("lower", ("today", "tonight", "this", "yesterday", "tomorrow", "night")),
        starts=Starts(
            lower=frozenset({"yesterday", "today", "tomorrow", "last", "earlier", "later", "tonight", "this"})
        ),
    ),
    TimePattern(
        re.compile(
            r"\b(?:in|since|by|until|from|during|before|after|prior to|as of|through)\s+(?:(?:early|mid|late)[- ])?"
            r"(?:1[6-9]\d\d|20\d\d)\b(?![-.,]?\d)",
            re.IGNORECASE,
        ),
        gate=("text", ("1", "20")),
        starts=Starts(
            lower=frozenset(
                {"in", "since", "by", "until", "from", "during", "before", "after", "prior", "as", "through"}
            )
        ),
    ),
    # Times of day: "08:30 UTC", "8 PM", "8.40am" (British), "0800 GMT", "16:00 UTC today", "12:00 UTC Monday".
    TimePattern(
        re.compile(
            r"(?<![\d.,:$])(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?|\d{1,2}(?:\.\d{2})?\s*[ap]\.?m\.?|\d{4}\s+(?:UTC|GMT))"
            rf"(?:\s*(?:UTC|GMT|(?-i:[ECMP][SD]T|[ECMP]T|BST|CES?T))\b)?(?:,?\s+(?:today|yesterday|tomorrow|{_WEEKDAY_NAMES}))?(?![\d:])",
            re.IGNORECASE,
        ),
        gate=("digit", ()),
        starts=Starts(digit_runs=True),
    ),
    # A 24-hour clock with "hours" after "at": "at 17:06 hours" ("lasted 2:30 hours" is how long, not when).
    TimePattern(re.compile(r"(?<=\bat\s)\d{1,2}:\d{2}\s+hours\b"), gate=("text", (" hours",))),
    # Vague references (PRESENT_REF, PAST_REF, FUTURE_REF).
    # "at the time of the fire" is the time of an event told beside it, not the vague past: no TIMEX3, as the
    # ECB+ blocks g and i mark it (3 of 3; "at the time" alone is PAST_REF, 3 of 3).
    TimePattern(
        re.compile(
            r"\b(?:(?:right\s+)?now(?!-)|currently|presently|recently|recent|"
            r"nowadays|these days|at (?:the|that) time(?!\s+of\b)|"
            r"(?<=\bat\s)this time(?!\s+(?:of|last|next|around|round)\b)|"
            r"the time being|the (?:long|short) term|the (?:(?:foreseeable|near|distant|immediate)\s+)?future|the past|"
            r"lately|the other day(?!\s+of\b)|(?<=\bin\s)past\s+(?:days|weeks|months|years|decades)|at present|"
            r"the present(?:\s+day)?(?=\s*(?:[.,;:!?)\"”]|and\b|or\b|$))|"
            rf"(?:(?<=\b(?:the|its|our|his|her)\s)|(?<=\btheir\s))current(?=\s+(?:[a-z-]+\s+){{0,2}}(?:{_CONDITION_NOUNS})\b)|"
            r"a later (?:date|time|stage))\b|"
            r"\bthe\s+(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
            re.IGNORECASE,
        ),
        gate=(
            "lower",
            (
                "now", "current", "presently", "recent", "these days", "time", "term", "future", "past", "ties",
                "lately", "present", "later", "other day",
            ),
        ),
        starts=Starts(lower=_VAGUE_STARTS),
    ),
    # One more unit: "for another year" (timex._ANOTHER).
    TimePattern(re.compile(r"\banother\s+(?:week|month|year|decade)\b", re.IGNORECASE), gate=("lower", ("another",))),
    # The last day of a run: "for a second consecutive day", "the sixth straight day" (the day narrated).
    TimePattern(
        re.compile(
            r"\b(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
            r"(?:consecutive|straight|successive)\s+day\b",
            re.IGNORECASE,
        ),
        gate=("lower", ("consecutive day", "straight day", "successive day")),
    ),
    # The last week of a run and the week a market report ranks: "for a fourth week in a row", "the third straight
    # week", "their best week since November" (the week narrated, as the last day of a run is the day narrated).
    TimePattern(
        re.compile(
            r"\b(?:(?:a|the)\s+)?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
            r"(?:(?:consecutive|straight|successive)\s+week\b|week(?=\s+in\s+a\s+row\b))|"
            r"(?:(?<=\bbest\s)|(?<=\bworst\s))week(?=\s+since\b)",
            re.IGNORECASE,
        ),
        gate=("lower", ("week",)),
    ),
    # Sets, and "annual" before an amount the year adds up (a DURATION, see _ANNUAL_AMOUNTS).
    TimePattern(
        re.compile(
            r"\b(?:every|each)\s+(?:single\s+)?(?:day|week|month|year|season|quarter|hour|minute|decade|morning|afternoon|"
            rf"evening|night|{_WEEKDAY_NAMES.lower()})\b|\bannually\b|"
            r"\bevery\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|fifty|hundred|other)\s+"
            r"(?:days|weeks|months|years|decades)\b|\bevery\s+other\s+(?:day|week|month|year)\b|"
            rf"\bannual(?=\s+(?:{_ANNUAL_AMOUNTS})\b)|"
            r"\b(?:once|twice|three times|\d+ times)\s+(?:a|an|per|every)\s+(?:day|week|month|year)\b",
            re.IGNORECASE,
        ),
        gate=("lower", ("every", "each", "annual", "once", "twice", "times")),
        starts=Starts(lower=frozenset({"every", "each", "annually", "annual", "once", "twice", "three"}), numbers=True),
    ),
    # AP-style abbreviated months with a day: "Dec. 31", "Feb. 3, 2009" (the names above leave out three-letter ones).
    TimePattern(
        re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4}\b)?"),
        gate=("text", ("Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec.")),
    ),
    # Decades written with two digits: "the 70s", "the '90s", and the second of "the 70s and 80s" ("in his 50s",
    # with no "the", is an age).
    TimePattern(
        re.compile(r"\bthe\s+'?[1-9]0'?s\b|(?:(?<=0s and )|(?<=0s, )|(?<=0s or ))'?[1-9]0'?s\b"),
        gate=("text", ("0s", "0's")),
    ),
    # The day before the month, as British and international outlets write it: "16th August", "3 May 2011".
    TimePattern(
        re.compile(
            rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
            r"(?:\.?,?\s+\d{4}\b)?"
        ),
        gate=(
            "text",
            (*_MONTH_NAMES.split("|"), "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
        ),
        starts=Starts(numbers=True),
    ),
    # A bare plural unit after a preposition: "after months away", "within minutes", "for years" (PXM, PTXM, PXY).
    TimePattern(
        re.compile(
            r"(?:(?<=\bfor\s)|(?<=\bafter\s)|(?<=\bwithin\s)|(?<=\bin\s))"
            r"(?:minutes|hours|days|weeks|months|years|decades)\b(?!\s+(?:of|ago|earlier|later|before|after)\b)",
            re.IGNORECASE,
        ),
        gate=("lower", ("minutes", "hours", "days", "weeks", "months", "years", "decades")),
        starts=Starts(lower=frozenset({"minutes", "hours", "days", "weeks", "months", "years", "decades"})),
    ),
    # A year before a common noun: "the 2008 season", "the 1991 agreement" (MEANTIME marks the year).
    TimePattern(
        re.compile(r"(?<=\bthe\s)(?:1[6-9]\d\d|20\d\d)(?=\s+[a-z]+\b)"),
        gate=("text", ("the 1", "the 2")),
    ),
    # Days that recur each week: "on Sundays", "the weekends" (SET); a plural "the Fridays" of a list is rare in news.
    TimePattern(
        re.compile(r"\b(?:the\s+)?(?:weekends|Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)\b"),
        gate=(
            "text",
            ("weekends", "Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays"),
        ),
    ),
    # Named hours after a preposition or a hedge: "at midnight", "by noon", "at around noon" (TIME on the day
    # narrated; the hedge gives APPROX, timex_context.clock_hedge), and the weekday written after them ("around
    # midnight Friday" is one TIMEX3 as "3 p.m. Friday" is).
    TimePattern(
        re.compile(
            r"(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\bto\s)|(?<=\buntil\s)|(?<=\bafter\s)|(?<=\bbefore\s)|"
            r"(?<=\baround\s)|(?<=\bat about\s)|(?<=\bapproximately\s))"
            rf"(?:midnight|noon|midday)\b(?:\s+(?:{_WEEKDAY_NAMES})\b)?",
            re.IGNORECASE,
        ),
        gate=("lower", ("midnight", "noon", "midday")),
    ),
    # Told relative to the narrated day or year.
    TimePattern(
        re.compile(
            r"\b(?:(?:late|early)\s+in\s+|the\s+(?:start|end)\s+of\s+)?the\s+(?:same\s+)?day\b(?!\s+(?:before|after)\s*(?:[,.;:]|$))|"
            r"\bthe\s+(?:next|following|previous)\s+day\b|\bthe day (?:before|after)(?=\s*(?:[,.;:]|$))|"
            r"\bthe\s+(?:previous|prior)\s+year\b|\bthe\s+year\s+(?:before|previous|earlier)\b|"
            r"\b(?:that|the\s+same)\s+(?:day|night|morning|afternoon|evening)\b|\bthe\s+same\s+date\b|"
            r"\bthe\s+(?:previous|prior|following)\s+(?:week|month)\b|\bthe\s+following\s+year\b|"
            r"\bthe\s+(?:entire|whole|full)\s+year\b|"
            r"\b(?<=for\s)the\s+moment\b|\b(?<=at\s)the\s+moment\b|"
            r"\b(?:the\s+)?(?:end|start|beginning|middle|rest)\s+of\s+the\s+(?:week|month|decade)\b",
            re.IGNORECASE,
        ),
        gate=("lower", ("day", "date", "year", "night", "morning", "afternoon", "evening", "week", "month", "moment")),
        starts=Starts(lower=frozenset({"late", "early", "the", "that", "end", "start", "beginning", "middle", "rest"})),
    ),
    # "the morning of May 3", "the night of Monday", "the early hours of Sunday": that part of the day written
    # (timex._PART_OF_DATE).
    TimePattern(
        re.compile(
            rf"\bthe\s+(?:morning|afternoon|evening|night|early\s+hours)\s+of\s+(?:(?:{_WEEKDAY_NAMES}),?\s+)?"
            rf"(?:(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|(?:{_WEEKDAY_NAMES}))\b",
            re.IGNORECASE,
        ),
        gate=("lower", ("morning of", "afternoon of", "evening of", "night of", "hours of")),
        starts=Starts(lower=frozenset({"the"})),
    ),
    # "in the early hours (of the morning)"; not "the early hours of Monday", whose day is another reading.
    TimePattern(
        re.compile(r"\bthe\s+early\s+hours\b(?:\s+of\s+the\s+morning\b|(?!\s+of\b))", re.IGNORECASE),
        gate=("lower", ("hours",)),
        starts=Starts(lower=frozenset({"the"})),
    ),
    # An open amount the model misses: "spent so many years trying", "for too many months" (PXY, PXM).
    TimePattern(
        re.compile(r"\b(?:so|too)\s+many\s+(?:minutes|hours|days|weeks|months|years|decades)\b", re.IGNORECASE),
        gate=("lower", ("many",)),
    ),
    # Counted durations: "two days", "90 days", "two consecutive quarters".
    TimePattern(
        re.compile(
            r"\b(?:\d+|an?|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?"
            r"(?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|"
            r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\s+"
            r"(?:(?:straight|consecutive|full|working|business|trading)\s+)?(?:seconds|minutes|hours|days|weeks|"
            r"months|quarters|years|decades|hour|day|week|month|year|decade)\b(?!-old|\s+old)|"
            r"\b(?:(?:a|one)\s+)?half\s+(?:an?\s+)?(?:hour|day|year|decade|century)\b|"
            r"\b(?:the\s+)?year end\b|\byear-end\b",
            re.IGNORECASE,
        ),
        gate=("lower", ("second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade", "century")),
        starts=Starts(lower=frozenset({"a", "an", "half", "the", "year", *_NUMBER_WORDS}), numbers=True),
    ),
    # Hours and minutes together or abbreviated, as sports and wire copy write them: "1hr 4 mins", "2 hours 30
    # minutes", "90 mins" (one DURATION, PT1H4M). An abbreviation in capitals is not an hour: "203 HR, 676 RBI" is a
    # batter's home runs (the units are written in small letters, "1hr", "3 Hrs").
    TimePattern(
        re.compile(
            r"\b\d+\s*(?:hrs?|hours?)\s*(?:and\s+)?\d+\s*(?:mins?|minutes?)\b|\b\d+\s*(?-i:(?!HRS?\b))(?:hrs?|mins)\b",
            re.IGNORECASE,
        ),
        gate=("lower", ("hr", "min", "hour")),
        starts=Starts(numbers=True),
    ),
    # Seasons after a preposition or a determiner ("in the spring", "last autumn"); "spring" alone is often a noun.
    TimePattern(
        re.compile(
            r"\b(?:(?:in|during|by|until|since|through|over)\s+(?:the\s+)?|(?:this|last|next|past|early|late)\s+)"
            r"(?:spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?(?:1[6-9]\d\d|20\d\d)\b)?",
            re.IGNORECASE,
        ),
        gate=("lower", ("spring", "summer", "autumn", "fall", "winter")),
        starts=Starts(lower=frozenset(
            {"in", "during", "by", "until", "since", "through", "over", "this", "last", "next", "past", "early", "late"}
        )),
    ),
    # Holidays on a fixed day (timex_periods.HOLIDAYS).
    TimePattern(
        re.compile(
            r"\b(?:Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s\s+(?:Day|Eve)|Halloween|Valentine['’]s\s+Day|"
            r"St\.?\s+Patrick['’]s\s+Day|Independence\s+Day|(?:Boxing|Bastille|Canada|Australia|Anzac|Waitangi|May)\s+Day)\b"
        ),
        gate=("text", ("Christmas", "Halloween", "Day", "Eve")),
    ),
    # A year before the name of an event: "the 2014 Winter Paralympics" (the model often takes the whole as EVENT).
    TimePattern(
        re.compile(r"(?<=\bthe\s)(?:1[6-9]\d\d|20\d\d)(?=\s+[A-Z][a-z])"),
        gate=("text", ("the 1", "the 2")),
    ),
    # A range of years: "from 2004 to 2009", "between 2014 and 2016" (TimeML marks each year).
    TimePattern(
        re.compile(r"\b(?:from|between)\s+(?:1[6-9]\d\d|20\d\d)\s+(?:to|and|through|until|till)\s+(?:1[6-9]\d\d|20\d\d)\b"),
        gate=("text", ("from", "between")),
        starts=Starts(exact=frozenset({"from", "between"})),
    ),
    # A range of years written with a dash, with no preposition: "his 2002-03 squad", "(1994-96)".
    TimePattern(
        re.compile(r"(?<![\d\-/.])(?:1[6-9]|20)\d\d[-–](?:\d\d|(?:1[6-9]|20)\d\d)(?![\d\-/])"),
        gate=("digit", ()),
        starts=Starts(digit_runs=True),
    ),
    # "this decade" (a DATE; "the next decade" is an amount of years, timex._DURATION_THE_PAST).
    TimePattern(re.compile(r"\b(?:this|the\s+current)\s+decade\b", re.IGNORECASE), gate=("lower", ("decade",))),
    # Centuries and fiscal years.
    TimePattern(
        re.compile(
            r"\b(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)|nineteenth|twentieth|twenty-first|eighteenth)[- ]century\b|"
            r"\b(?:(?:the\s+)?fiscal(?:\s+year)?\s+\d{4}|FY\s?'?\d{2,4}|(?:this|current|last|previous|next)\s+(?:fiscal|financial)"
            r"\s+year|the\s+\d{4}\s+(?:fiscal|financial)\s+year)\b",
            re.IGNORECASE,
        ),
        gate=("lower", ("century", "fiscal", "fy", "financial")),
    ),
    # The date told, a year back (timex._SAME_YEAR_BEFORE): "the same month a year ago".
    TimePattern(
        re.compile(
            r"\bthe\s+same\s+(?:day|month|quarter)\s+(?:a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?(?:last|"
            r"the\s+previous|the\s+prior|the\s+last)\s+year|the\s+year\s+before)\b",
            re.IGNORECASE,
        ),
        gate=("lower", ("same",)),
    ),
    # An amount with no number before "later"/"after": "returned minutes later", "came just weeks after" (the
    # unit alone when "after"/"before" leads a clause of its own; a determiner before it is checked in _read_one).
    TimePattern(
        re.compile(
            r"\b(?:minutes|hours|days|weeks|months|years|decades)(?:\s+(?:later|earlier)\b|(?=\s+(?:after|before)\s))",
            re.IGNORECASE,
        ),
        gate=("lower", ("minutes", "hours", "days", "weeks", "months", "years", "decades")),
    ),
    # Nights, years, weeks and months told from the narrative: "the next night", "the night before,", "that same
    # year", "later that month", and "Later that night" whole (timex._LATER_THAT).
    TimePattern(
        re.compile(
            r"\bthe\s+(?:next|following|previous)\s+night\b|\bthe\s+night\s+(?:before|after)(?=\s*(?:[,.;:]|$))|"
            r"\b(?:(?:later|earlier)\s+)?(?:that|that\s+same|the\s+same)\s+(?:year|week|month)\b"
            r"(?!\s+(?:ago|earlier|before|old)\b)|"
            r"\b(?:later|earlier)\s+(?:that|the\s+same)\s+(?:day|night|morning|afternoon|evening)\b",
            re.IGNORECASE,
        ),
        gate=("lower", ("night", "year", "week", "month", "that day", "same day", "morning", "afternoon", "evening")),
    ),
    # A part of the day told along the narrated day's course: "through the afternoon", "into the night", "earlier
    # in the morning" (timex_told.narrated_part reads it only after those words).
    TimePattern(
        re.compile(
            r"(?:(?<=through )|(?<=throughout )|(?<=into )|(?<=until )|(?<=till )|(?<=earlier in )|(?<=later in ))"
            r"the\s+(?:morning|afternoon|evening|night)\b"
            # ... ending its phrase, not naming a thing of that time ("through the afternoon heat")
            r"(?=\s*(?:[,.;:!?)\"”]|$|\s(?:and|or|but|as|when|while|before|after|until|with|in|on|at|to|for|of)\b))",
            re.IGNORECASE,
        ),
        gate=("lower", ("morning", "afternoon", "evening", "night")),
    ),
    # Quarters the model misses or takes with an adjective ("a strong first quarter"): the ordinal quarter with
    # its year, "Q3 2011", "the current quarter", "next quarter".
    TimePattern(
        re.compile(
            r"\b(?:the\s+)?(?:first|second|third|fourth|final|1st|2nd|3rd|4th)[- ]quarter\b"
            r"(?:\s+(?:of\s+)?(?:1[6-9]\d\d|20\d\d|(?:this|last|next)\s+year)\b)?|"
            r"\b(?:the\s+)?(?:this|current|next|coming|last|previous|latest|most\s+recent)\s+quarter\b",
            re.IGNORECASE,
        ),
        gate=("lower", ("quarter",)),
    ),
    # A bare half of a company's year, "in the first half" (timex_periods._BARE_HALF; kept only beside figures).
    TimePattern(
        re.compile(r"\bthe\s+(?:first|second)\s+half\b(?!\s+of\b)", re.IGNORECASE),
        gate=("lower", ("first half", "second half")),
    ),
    # The same period a year before, as earnings reports set it beside this one (timex_told.year_earlier).
    TimePattern(
        re.compile(
            r"\bthe\s+(?:year[- ](?:earlier|ago)|prior[- ]year)\s+(?:(?:first|second|third|fourth)\s+)?"
            r"(?:quarter|half|period|month)\b",
            re.IGNORECASE,
        ),
        gate=("lower", ("year-earlier", "year-ago", "year earlier", "year ago", "prior-year", "prior year")),
    ),
    TimePattern(
        re.compile(r"\bQ[1-4](?:\s+(?:1[6-9]\d\d|20\d\d))?\b"),
        gate=("text", ("Q1", "Q2", "Q3", "Q4")),
    ),
    # A year in a list after another year: "in 2001 and 2005 (co-hosting ...)", "stints in 1994, 1996, 1999 and 2002"
    # (the model tags some items only). The list item ends at punctuation, "and"/"or" or the end of the line, so
    # "in 2007, 1800 workers" is left to the model.
    TimePattern(
        re.compile(
            r"(?:(?<=(?:19|20)\d\d, )|(?<=(?:19|20)\d\d and )|(?<=(?:19|20)\d\d, and )|(?<=(?:19|20)\d\d or ))"
            r"(?:19|20)\d\d(?=\s*(?:[,.;:()]|and\b|or\b|$))",
            re.MULTILINE,
        ),
        gate=("digit", ()),
    ),
    # A date in figures, "7/8/07" (month first, timex._numeric_date).
    TimePattern(
        re.compile(r"(?<![\d/.,$])\d{1,2}/\d{1,2}/(?:\d{2}|\d{4})(?![\d/])"),
        gate=("text", ("/",)),
    ),
    # "over the years" (a DURATION PXY; "the years" alone is a description).
    TimePattern(
        re.compile(
            r"(?:(?<=\bover\s)|(?<=\bthrough\s)|(?<=\bthroughout\s))the\s+years\b"
            r"(?!\s+(?:of|since|after|before|when|that|to|\d))",
            re.IGNORECASE,
        ),
        gate=("lower", ("the years",)),
    ),
    # Parts of a century, decades written without "the" before a noun ("1940s Brylcreem pompadour"), and decades
    # written with an apostrophe ("the early 1990's", _DECADE_APOSTROPHE).
    TimePattern(
        re.compile(
            r"\b(?:an?\s+)?(?:quarter|half)[- ]century\b|(?<![\w'])(?:1[5-9]|20)\d0s\b|"
            r"\b(?:(?:the\s+)?(?:early|mid|late)[- ]|the\s+)(?:1[5-9]|20)\d0['’]s(?!\w)|"
            r"(?<![\w'’-])1[5-9]\d0['’]s(?!\w)",
            re.IGNORECASE,
        ),
        gate=("lower", ("century", "0s", "0's", "0’s")),
    ),
    # Fiscal quarters (timex._FISCAL_QUARTER): "its first fiscal 2008 quarter", "the second quarter of fiscal 2009".
    TimePattern(
        re.compile(
            r"\b(?:the\s+)?(?:(?:first|second|third|fourth|final)\s+(?:fiscal|financial)(?:\s+year)?\s+\d{4}\s+quarter|"
            r"(?:first|second|third|fourth|final)\s+quarter\s+of\s+(?:(?:fiscal|financial)(?:\s+year)?\s+\d{4}|"
            r"(?:the\s+)?(?:(?:this|current|last|previous|next)\s+)?(?:fiscal|financial)\s+year)|"
            r"(?:fiscal|financial)(?:\s+year)?\s+\d{4}(?:['’]s)?\s+(?:first|second|third|fourth|final)\s+quarter)\b",
            re.IGNORECASE,
        ),
        gate=("lower", ("fiscal", "financial")),
        starts=Starts(lower=frozenset({"the", "first", "second", "third", "fourth", "final", "fiscal", "financial"})),
    ),
)
# re.IGNORECASE matches these four non-ASCII letters to ASCII ones, which lower() does not: a text holding one
# of them goes through every IGNORECASE pattern.
_ASCII_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")
_DIGIT = re.compile(r"\d")


def _matches(text: str) -> Iterator[re.Match[str]]:
    """Every match of every pattern in ``text``, pattern by pattern."""
    index = WordIndex(text)
    for pattern in _gated(text):
        if pattern.starts is not None:
            yield from index.finditer(pattern.regex, pattern.starts)
        else:
            yield from pattern.regex.finditer(text)


def _gated(text: str) -> list[TimePattern]:
    """The patterns that may match somewhere in ``text``, in their order."""
    lower = None if _ASCII_FOLDS.search(text) else text.lower()
    digit = _DIGIT.search(text) is not None
    found = []
    for pattern in _PATTERNS:
        where, words = pattern.gate
        if where == "digit":
            fits = digit
        elif where == "text":
            fits = any(word in text for word in words)
        else:
            fits = lower is None or any(word in lower for word in words)
        if fits:
            found.append(pattern)
    return found


# Month names that are also common words: only a time next to a preposition or a number.
_AMBIGUOUS_MONTHS = {"may", "march", "august"}
def _candidates(doc: Doc) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """Candidate spans, overlapping ones merged, each with the spans it was merged from."""
    spans = [(ent.start_char, ent.end_char) for ent in doc_ents(doc) if ent.label_ in {"DATE", "TIME"}]
    text = doc_text(doc)
    for m in _matches(text):
        word = m.group().split()[0].lower().rstrip(".")
        if word in _AMBIGUOUS_MONTHS and not re.search(r"\d", m.group()):
            before = text[max(0, m.start() - 8) : m.start()].lower().split()
            if not before or before[-1] not in {"in", "since", "of", "early", "late", "mid", "until", "by"}:
                continue
        spans.append((m.start(), m.end()))
    # Longest first; a candidate inside a longer one is usually the same expression. The parts are kept for
    # when the whole is not one time ("June 17, two days before" is a date and a duration).
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    merged: list[tuple[int, int, list[tuple[int, int]]]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1][2].append((start, end))
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end, merged[-1][2])
            continue
        merged.append((start, end, [(start, end)]))
    return merged


# "the early 1990's", "the 1960's": a decade written with an apostrophe (older US style), not a possessive. A year of
# this century with "'s" is a possessive unless "the" or a part of the decade comes before it ("2010's budget").
_DECADE_APOSTROPHE = re.compile(
    r"(?:\b(?:the|early|mid|late)[- ](?:1[5-9]|20)\d0|(?<![\w'’])1[5-9]\d0)['’]s$", re.IGNORECASE
)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop trailing punctuation, space and possessives: they are never part of a time expression."""
    while end > start and (text[end - 1] in ",.;:" or text[end - 1].isspace()):
        end -= 1
    if text[start:end].endswith(("'s", "’s")) and not _DECADE_APOSTROPHE.search(text, start, end):
        end -= 2
    if re.search(r"\b[ap]\.m$", text[start:end], re.IGNORECASE) and text[end : end + 1] == ".":
        end += 1  # "8 p.m." keeps its last period, even when it also ends the sentence
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _signal(doc: Doc, start: int, end: int) -> tuple[int, int | None, str]:
    """Split off the SIGNAL: (TIMEX3 start, phrase start or None, signal). The preposition is either inside
    the candidate ("in 2009" from a pattern) or the word just before it ("on" before the entity "Tuesday")."""
    text = doc_text(doc)
    if (m := _LEADING_SIGNAL.match(text, start, end)) and m.end() < end:
        return m.end(), start, m[1]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and span.start > 0:
        previous = doc[span.start - 1]
        if previous.lower_ in _SIGNALS and (previous.lower_ != "over" or _OVER_SIGNAL.match(text, start)):
            return start, previous.idx, previous.text
        if span.start > 1 and f"{doc[span.start - 2].lower_} {previous.lower_}" in _SIGNALS:
            return start, doc[span.start - 2].idx, text[doc[span.start - 2].idx : previous.idx + len(previous)]
    return start, None, ""


def _range_ends(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The two years of a range "1950-53" / "from 2009 to 2011" as (start, end, four-digit year)."""
    years = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\d{4}|(?<=[-–—/])\d{2}\b", text[start:end])]
    if len(years) != 2:
        return []
    (s1, e1, first), (s2, e2, last) = years
    last = first[:2] + last if len(last) == 2 else last
    return [(start + s1, start + e1, first), (start + s2, start + e2, last)]


def without_range_ends(times: Iterable[TimeExpr]) -> list[TimeExpr]:
    """``times`` less the ends of ranges: where storyline wants one time per expression, the range stands for
    both ("1950-53" is 1950/1953; its TIMEX3s "1950" and "53" are for TimeML)."""
    records = list(times)
    ranges = [r for r in records if r.kind == "span"]
    return [
        r
        for r in records
        if r.kind == "span" or not any(o.start <= r.start and r.end <= o.end and o.sent == r.sent for o in ranges)
    ]


def _read_one(
    doc: Doc,
    start: int,
    end: int,
    published: date | None,
    narrative: Narrative,
    breaks: list[int],
    anchor_year: int | None,
) -> tuple[Timex, int, int, int, int | None, str, int] | None:
    """The reading of one candidate: (timex, start, end, phrase start, signal start, signal, paragraph)."""
    start, end = _trim(doc_text(doc), start, end)
    start, phrase_start, signal = _signal(doc, start, end)
    if phrase_start is None and (over := spread_over(doc_text(doc), start, end)):
        start, phrase_start, signal = over, start, doc_text(doc)[start:over].strip()
    outer = start if phrase_start is None else phrase_start
    span = doc.char_span(outer, end, alignment_mode="expand")
    if span is None or start >= end:
        return None
    paragraph = bisect.bisect_left(breaks, start)
    direction = direction_of(span, signal)
    # A month without its year takes the year written in the same passage when the clause's tense agrees with
    # it: "in October" after "in 2008", past tense, in a 2009 paper. Not the paper's own year (the tense rules
    # know better: "since November" in a March paper is the November before), nor a present ("as of February").
    year = narrative.year_in(paragraph)
    if year is None or anchor_year is None or direction != (1 if year > anchor_year else -1):
        year = None
    found = normalize(doc_text(doc)[outer:end], published, direction, narrative, year)
    if found is None:
        found = narrated_part(doc_text(doc), start, end, narrative, Timex)
    if found is None or not _fits_context(doc_text(doc), start, end, signal):
        log.debug("not a resolvable time: %r", doc_text(doc)[start:end])
        return None
    if _noun_modifier(doc, start, end) or _owned_plural(doc, start, end) or _past_before_noun(doc, start, end):
        return None
    if doc_text(doc)[start:end].lower() == "today" and (inner := doc.char_span(start, end)) and generic_today(inner):
        found = Timex("PRESENT_REF", relative=True, note="today meant generally")
    if not signal and some_day(doc_text(doc), start, end):
        found = Timex("FUTURE_REF", relative=True, note="some day to come")
    if found.kind == "duration" and is_rate(doc_text(doc), start, end):
        found = replace(found, kind="set", note="a rate")
    if phrase_start is None and not found.mod and (hedged_clock := clock_hedge(doc_text(doc), start, found.value)):
        found, start, outer = replace(found, mod="APPROX"), hedged_clock[0], hedged_clock[0]
        if hedged_clock[1] is not None:
            outer, phrase_start, signal = hedged_clock[1], hedged_clock[1], hedged_clock[2]
    if found.kind == "duration" and phrase_start is None and not found.mod:
        hedge = _HEDGE_BEFORE.search(doc_text(doc), max(0, start - 20), start)
        if hedge and spread_over(doc_text(doc), hedge.start(), end):
            hedge = None
        hedged = normalize(doc_text(doc)[hedge.start() : end], published, direction, narrative, year) if hedge else None
        if hedge and hedged is not None and hedged.mod:
            found, start, outer = hedged, hedge.start(), hedge.start()
    if (hedge_end := or_so(doc_text(doc), end, found.value, found.kind)) is not None:
        found, end = replace(found, mod=found.mod or "APPROX"), hedge_end
    return found, start, end, outer, phrase_start, signal, paragraph


_SEASONS = {"spring", "summer", "autumn", "fall", "winter"}
_WEEKDAY_SET = frozenset(w.capitalize() for w in WEEKDAYS if len(w) > 4)


def _noun_modifier(doc: Doc, start: int, end: int) -> bool:
    """A bare season naming a kind of thing, not a time: "winter wheat" (the season modifies the noun after it,
    with no determiner of its own); "their Autumn meetings" are the meetings of this autumn (MEANTIME dev)."""
    inner = doc.char_span(start, end)
    if inner is None or len(inner) != 1 or inner[0].lower_ not in _SEASONS:
        return False
    token = inner[0]
    if token.i > 0 and doc[token.i - 1].tag_ in {"DT", "PRP$", "POS"}:
        return False
    return token.dep_ in {"compound", "amod", "nmod"} and token.head.i > token.i and token.head.pos_ == "NOUN"


_BARE_UNITS = re.compile(r"(?:minutes|hours|days|weeks|months|years|decades)(?:\s+(?:later|earlier))?", re.IGNORECASE)
_AFTER_OR_BEFORE = re.compile(r"\s+(?:after|before)\s", re.IGNORECASE)
# Words before a bare plural unit that make it a description, not an amount: "his declining years", "the years
# after the war", "two weeks after" (the count's own candidate is the time).
_NOT_AMOUNT_TAGS = {"DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "POS", "VBG"}


def _owned_plural(doc: Doc, start: int, end: int) -> bool:
    """A bare plural unit told before "later"/"after" that follows a determiner, a possessive, a number or an
    adjective ("the years after the war"): a description, not an amount."""
    text = doc_text(doc)
    if not _BARE_UNITS.fullmatch(text[start:end]) or not (
        " " in text[start:end] or _AFTER_OR_BEFORE.match(text, end)
    ):
        return False  # only the amounts told before "later" or "after" (elsewhere the model's reading stands)
    inner = doc.char_span(start, end, alignment_mode="expand")
    return inner is not None and inner.start > 0 and doc[inner.start - 1].tag_ in _NOT_AMOUNT_TAGS


def _past_before_noun(doc: Doc, start: int, end: int) -> bool:
    """An adjective "the past" ("the past three seasons", "in the past season"): the past is TimeML's PAST_REF only
    as a noun ("in the past", "of the past"); before a noun that is no unit of time there is no TIMEX3."""
    inner = doc.char_span(start, end)
    if inner is None or inner.text.lower() != "the past":
        return False
    past = inner[-1]
    return past.dep_ == "amod" and past.head.i > past.i


def _idiom_now(text: str, start: int, end: int) -> bool:
    return bool(_NOW_AND_THEN.match(text, end)) or text[max(0, start - 6) : start].lower() == "every "


def _sentence_start(text: str, start: int) -> int:
    return max(text.rfind(mark, 0, start) for mark in (". ", "? ", "! ", "\n")) + 1


def _sentence_end(text: str, end: int) -> int:
    ends = [i for i in (text.find(mark, end) for mark in (". ", "? ", "! ", "\n")) if i >= 0]
    return min(ends, default=len(text))


def _fits_context(text: str, start: int, end: int, signal: str) -> bool:
    """Readings that hold only in some contexts: "annual" before an amount, a bare "the day" after a verb
    that counts the day ("ended the day") or after "for"/"during"."""
    written = text[start:end]
    if written.lower() == "annual":
        return bool(_ANNUAL.match(text, end))
    if re.search(r"\bquarters?$", written, re.IGNORECASE) and _SHARE.match(text, end):
        return False  # "lost nearly three quarters of its value": a share
    if re.fullmatch(r"'?[1-9]0'?s", written) and _OWNER_BEFORE.search(text, max(0, start - 24), start):
        return False  # "in his 50s": an age
    if is_game_clock(text, start, end) or is_speed(text, start) or is_game_quarter(text, start, end):
        return False  # "with 4:43 to play", "120 miles an hour", "late in the fourth quarter" of a game: no time
    if _AGE_BEFORE.search(text, max(0, start - 24), start):
        return False  # "at the age of four months": an age, no TIMEX3
    if written in _NAMED_DAYS and _SURNAME_BEFORE.search(text, max(0, start - 30), start):
        return False  # "the illustrator Johnnie Christmas": a name
    if written in _WEEKDAY_SET and _DAY_NAME_BEFORE.search(text, max(0, start - 12), start):
        return False  # "Black Monday", "Patch Tuesday": a named day
    if written.lower() == "recently" and text[max(0, start - 3) : start].lower() + text[end : end + 3] == "as  as":
        return False  # "as recently as last year": the time is the year told after it
    if written.lower() == "week":
        return bool(_RANKED_WEEK.search(text, max(0, start - 6), start)) and text[end : end + 6] == " since"
    if written.lower() == "now" and _idiom_now(text, start, end):
        return False  # "every now and then", "now and again": a frequency idiom, no TIMEX3
    if _BARE_HALF.fullmatch(written):
        sentence = text[_sentence_start(text, start) : _sentence_end(text, end)]
        return bool(_FIGURES.search(sentence)) and not is_game_text(text)
    if _BARE_DAY.fullmatch(written) and signal.lower() not in {"for", "during"}:
        return bool(_DAY_VERB_BEFORE.search(text[max(0, start - 24) : start]))
    return True


def _records(
    doc: Doc, source: str, found: Timex, start: int, end: int, outer: int, phrase_start: int | None, signal: str
) -> list[TimeExpr]:
    """The TIMEX3 record of one reading, and for a range the records of its two ends."""
    common = {
        "sent": sent_index(doc, start),
        "relative": found.relative,
        "note": found.note,
        "signal": signal,
        "phrase": source[outer:end] if phrase_start is not None else "",
        "phrase_start": phrase_start,
    }
    records = [
        TimeExpr(
            start=start,
            end=end,
            text=source[start:end],
            value=found.value,
            kind=found.kind,
            type=timex_type(found.kind, found.value),
            mod=found.mod,
            quant=found.quant,
            freq=found.freq,
            **common,  # type: ignore[arg-type]
        )
    ]
    month = found.value and re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", found.value)
    whole = "a year back" in found.note  # "the same month of last year" is one date
    if month and not whole and (m := _OF_NAMED_YEAR.search(source, start, end)) and m.end() == end and found.value:
        # "October of next year": the month with the year it was read in, and the year as its own TIMEX3 (as
        # MEANTIME marks it): two records, like the ends of a range.
        records[0] = replace(records[0], end=m.start(), text=source[start : m.start()])
        year = source[m.start(2) : end]
        records.append(TimeExpr(start=m.start(2), end=end, text=year, value=found.value[:4], **common))  # type: ignore[arg-type]
        return records
    if found.kind == "span":
        # TimeML marks each end of a range as a TIMEX3 of its own; the range record keeps the interval.
        for s, e, year in _range_ends(doc_text(doc), start, end):
            records.append(TimeExpr(start=s, end=e, text=source[s:e], value=year, **common))  # type: ignore[arg-type]
    return records


def extract_times(doc: Doc, published: date | None, source: str | None = None) -> tuple[TimeExpr, ...]:
    """Every time expression of ``doc`` resolved against ``published``; ``source`` is the original text."""
    source = source if source is not None and len(source) == len(doc_text(doc)) else doc_text(doc)
    records: list[TimeExpr] = []
    # The narrative's reference time (timex_narrative.py); deictic expressions ("yesterday") ignore it.
    narrative = Narrative()
    breaks = [m.start() for m in re.finditer("\n", doc_text(doc))]
    anchor_year = published.year if published else None
    for whole_start, whole_end, parts in _candidates(doc):
        # The merged candidate first; when it is not one time, the candidates it was merged from, in order.
        others = sorted((p for p in parts if p != (whole_start, whole_end)), key=lambda p: (p[0], -p[1]))
        tries = [(whole_start, whole_end), *others]
        taken_until = -1
        for candidate_start, candidate_end in tries:
            if candidate_start < taken_until:
                continue
            read = _read_one(doc, candidate_start, candidate_end, published, narrative, breaks, anchor_year)
            if read is None:
                continue
            found, start, end, outer, phrase_start, signal, paragraph = read
            taken_until = end
            records.extend(_records(doc, source, found, start, end, outer, phrase_start, signal))
            told = doc_text(doc)[start:end]
            narrative = narrative.told(found.value, told, paragraph, narrated="narrat" in found.note)
            if (whole_start, whole_end) == (candidate_start, candidate_end):
                break
    records = shared_year(doc_text(doc), told_later(doc, records, published))
    records = range_first_ends(doc_text(doc), records)
    return tuple(habitual_clock(clock_on_day(doc_text(doc), records)))


class TimesExtractor:
    """Adds `doc._.times`: the article's TimeExpr records."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        article = doc._.article
        if article is None:
            doc._.times = extract_times(doc, None)
        else:
            published = article.published
            if published is not None and published.year not in _ANCHOR_YEARS:
                log.warning("publication date %s is implausible; relative times left unresolved", published)
                published = None
            doc._.times = extract_times(doc, published, article.text)
        return doc


@Language.factory("storyline_times", default_config={})
def make_times(nlp: Language, name: str) -> TimesExtractor:
    return TimesExtractor(nlp, name)
