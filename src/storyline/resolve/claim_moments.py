"""When a running count holds: a toll that grows while the story unfolds (the arrested, the killed, the injured) is
given for the day the article is narrating, and two figures for two days are an update, not a disagreement.

A count whose clause gives no date takes the last date its article gave before it (TimeML's reference time: "On
Wednesday ... part of the 200 person crowd became unruly ... By the end, 46 people had been arrested" counts
Wednesday's arrests); a count with no date before it holds for the story's own day."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from storyline.model import ClaimRef, TimeExpr
from storyline.nlp.claim_frame import dates, time_key

# What befalls the counted things of a toll that rises over a story's days: people arrested, detained, killed,
# injured, evacuated, rescued (the predicates claims are folded to, nlp/claim_identity.py), and the nouns a
# tally is given in ("46 arrests").
RUNNING_PREDICATES = frozenset(["arrest", "detain", "kill", "injure", "evacuate", "rescue", "hospitalize"])
RUNNING_HEADS = frozenset(["arrest", "detention", "evacuation"])
# How many sentences back a day stays the article's reference time: ECB+ and wire copy give a sentence a
# paragraph, and a new day is named again within a few paragraphs when the narration moves on.
_REACH = 8
_CALENDAR_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_DAY_WORDS = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\byesterday\b", re.IGNORECASE)


def _a_day(time: TimeExpr) -> bool:
    """Whether a date names one day ("Wednesday", "March 13, 2013", "yesterday"): a toll changes from day to day,
    and a month or a year an article gives ("took office last October") dates background, not its narration."""
    if time.value and time.value[0].isdigit():
        return _CALENDAR_DAY.match(time.value) is not None
    return _DAY_WORDS.search(time.text) is not None


def narrated(times: Iterable[TimeExpr]) -> list[tuple[int, str, int]]:
    """An article's days as (start, key, sentence), in text order: the days it narrates."""
    return sorted((t.start, key, t.sent) for t in dates(times) if _a_day(t) and (key := time_key(t)))


def moment(ref: ClaimRef, days: Sequence[tuple[int, str, int]], reported: str = "") -> str:
    """The day a count holds for: its clause's own date, else the last day its article gave in the sentences just
    before it, else the day the article reports from (``reported``, claim_era.report_day: "at least 10 dead" in
    Sunday's report and "40 dead" in Tuesday's are two days' tolls); "" when none is known (a day given far before
    dates what the article told then: "the bailout agreed on Sunday" is no reference time for the injured of
    Wednesday's riots twenty sentences on)."""
    if ref.claim.when:
        return ref.claim.when
    before = [key for start, key, sent in days if start < ref.claim.start and ref.claim.sent - sent <= _REACH]
    return before[-1] if before else reported


def running(predicates: Iterable[str], heads: Iterable[str]) -> bool:
    """Whether a group counts a toll: something befalls its counted things and it is a running tally's."""
    said = {p for p in predicates if p}
    return (bool(said) and said <= RUNNING_PREDICATES) or (not said and bool(set(heads) & RUNNING_HEADS))


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _one_day(a: str, b: str) -> bool:
    """Whether two day keys name one day: equal, or a weekday and a calendar day falling on it (a report dated
    "2010-05-05" and another's unresolved "Wednesday")."""
    if a == b:
        return True
    for day, weekday in ((a, b), (b, a)):
        if weekday in _WEEKDAYS and _CALENDAR_DAY.match(day):
            try:
                return _WEEKDAYS[date.fromisoformat(day[:10]).weekday()] == weekday
            except ValueError:
                return False
    return False


def same_moment(refs: Sequence[ClaimRef], moments: Mapping[tuple[str, int], str]) -> list[list[ClaimRef]]:
    """The group's claims by the day they hold for; a claim held for no day stands in every day's list."""
    by_day: dict[str, list[ClaimRef]] = {}
    loose = []
    for ref in refs:
        day = moments.get((ref.article_id, ref.claim.start), "")
        if day:
            by_day.setdefault(day, []).append(ref)
        else:
            loose.append(ref)
    if not by_day:
        return [loose]
    return [
        [ref for other, held in by_day.items() if _one_day(day, other) for ref in held] + loose for day in by_day
    ]
