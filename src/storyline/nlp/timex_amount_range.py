"""The first count of a range of amounts, which borrows the unit written after the second: "between 60 and 90 days"."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from storyline.model import TimeExpr
from storyline.nlp.timex import count_word

_COUNT = (
    r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety"
)
# "between 60 and", "six to", "10-": the range's first end, right before the duration its unit belongs to. "or" is
# left out: "six or seven years" is one uncertain count (the ECB+ gold writes it PXY), not a range.
_FIRST_END = re.compile(rf"(?:\bbetween\s+({_COUNT})\s+and\s+|\b({_COUNT})\s*(?:to\s+|-|\u2013))$", re.IGNORECASE)
_AMOUNT = re.compile(rf"({_COUNT})\s+(?:seconds|minutes|hours|days|weeks|months|years|decades)", re.IGNORECASE)
# Ages are no time in the project's golds: "between 30 and 40 years old", "18 to 25 years of age", "aged 8-10 years".
_AGE_AFTER = re.compile(r"\s+(?:old\b|of\s+age\b)", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:aged?|ages)\s+(?:between\s+)?$", re.IGNORECASE)


def range_first_ends(text: str, records: Iterable[TimeExpr]) -> list[TimeExpr]:
    """A DURATION TIMEX3 for the first count of a range of amounts ("six to eight months": "six" P6M beside "eight
    months" P8M), as TimeML marks each end of a range and as MEANTIME and HeidelTime (TimeBank's practice) mark
    "between 60 and 90 days" ("60" P60D, "90 days" P90D). Ages ("between 30 and 40 years old") stay no time."""
    records = list(records)
    taken = [(r.start, r.end) for r in records]
    out: list[TimeExpr] = []
    for record in records:
        out.append(record)
        amount = _AMOUNT.fullmatch(record.text)
        if record.type != "DURATION" or amount is None or _AGE_AFTER.match(text, record.end):
            continue
        first = _FIRST_END.search(text, max(0, record.start - 30), record.start)
        value = record.value or ""
        number = re.search(r"\d+", value)
        if first is None or number is None:
            continue
        if _AGE_BEFORE.search(text, max(0, first.start() - 12), first.start()):
            continue
        group = 1 if first[1] else 2
        own, theirs = count_word(amount[1].lower()), count_word(first[group].lower())
        start, end = first.start(group), first.end(group)
        if not own or theirs is None or any(s < end and start < e for s, e in taken):
            continue
        # The unit's own factor carries over: "two to three decades" is P20Y beside P30Y (decades in years).
        value = f"{value[: number.start()]}{theirs * int(number[0]) // own}{value[number.end() :]}"
        first_end = replace(
            record, start=start, end=end, text=text[start:end], value=value, signal="", phrase="", phrase_start=None
        )
        out.insert(len(out) - 1, first_end)  # in text order, before the amount it borrows its unit from
    return out
