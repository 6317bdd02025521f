"""Gold TIMEX3s sorted into kinds of value, and the scores per kind: where a set's errors lie, told in counts.

The kinds let a held-back part be read in aggregate only (how many creation times, vague references, durations
it holds and how many of each storyline gets right) without looking at one of its items."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from storyline.eval.timex_gold import GoldTimex
from storyline.eval.timex_score import FoundTimex

# In report order. A DATE whose value is a period ("20 years ago" as P20Y, MEANTIME's way) is a kind of its own:
# it reads like a date but no date value can match it.
KINDS = (
    "creation time",
    "date: day",
    "date: month",
    "date: year",
    "date: week, quarter, half, season",
    "date: decade, century",
    "date: fiscal",
    "date: reference (PRESENT/PAST/FUTURE_REF)",
    "date: unspecified (X)",
    "date: period value (P...)",
    "time of day",
    "time: other",
    "duration",
    "duration: vague (PX...)",
    "duration: other",
    "set",
    "other",
)
_REF = re.compile(r"(PRESENT|PAST|FUTURE)_REF")
_PERIOD = re.compile(r"P(T?\d+(\.\d+)?[A-Z]+)+")


def _date_kind(value: str) -> str:
    if _REF.fullmatch(value):
        return "date: reference (PRESENT/PAST/FUTURE_REF)"
    if value.startswith("FY"):
        return "date: fiscal"
    if "X" in value:
        return "date: unspecified (X)"
    if value.startswith("P"):
        return "date: period value (P...)"
    if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return "date: day"
    if re.fullmatch(r"\d{4}-\d\d", value):
        return "date: month"
    if re.fullmatch(r"\d{4}", value):
        return "date: year"
    if re.fullmatch(r"\d{4}-(Q\d|W\d\d(-WE)?|H\d|SP|SU|FA|WI)", value):
        return "date: week, quarter, half, season"
    if re.fullmatch(r"\d{2,3}", value):
        return "date: decade, century"
    if "T" in value:
        return "time of day"
    return "other"


def gold_kind(timex: GoldTimex) -> str:
    """The kind of ``timex``'s value (one of ``KINDS``)."""
    value = timex.value
    if timex.function == "CREATION_TIME":
        return "creation time"
    if timex.type == "DATE":
        return _date_kind(value)
    if timex.type == "TIME":
        return "time of day" if re.search(r"\d{4}-\d\d-\d\dT|^XXXX.*T", value) else "time: other"
    if timex.type == "DURATION":
        if _REF.fullmatch(value):
            return "duration: other"
        if _PERIOD.fullmatch(value):
            return "duration"
        return "duration: vague (PX...)" if value.startswith("P") else "duration: other"
    if timex.type == "SET":
        return "set"
    return "other"


@dataclass(frozen=True, slots=True)
class KindScore:
    """Gold TIMEX3s of one kind: how many, how many a system one overlaps, how many get their value right."""

    kind: str
    gold: int
    matched: int
    """Matched by an overlapping system TIMEX3 (TempEval-3's relaxed match)."""
    value_right: int

    @property
    def value_recall(self) -> float:
        return self.value_right / self.gold if self.gold else 0.0


def kind_counts(pairs: Iterable[tuple[GoldTimex, FoundTimex | None]]) -> dict[str, tuple[int, int, int]]:
    """For each kind met in ``pairs`` (aligned gold and system TIMEX3s): gold, matched and right values."""
    counts: dict[str, tuple[int, int, int]] = {}
    for gold, found in pairs:
        n, matched, right = counts.get(gold_kind(gold), (0, 0, 0))
        counts[gold_kind(gold)] = (
            n + 1,
            matched + (found is not None),
            right + (found is not None and found.value == gold.value),
        )
    return counts


def kind_scores(parts: Sequence[dict[str, tuple[int, int, int]]]) -> tuple[KindScore, ...]:
    """The per-document counts of ``kind_counts`` summed, in ``KINDS`` order, kinds never met left out."""
    scores = []
    for kind in KINDS:
        rows = [part[kind] for part in parts if kind in part]
        if rows:
            scores.append(KindScore(kind, *(sum(column) for column in zip(*rows, strict=True))))
    return tuple(scores)
