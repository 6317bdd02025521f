"""TempEval-3 scores for time expressions: strict and relaxed extraction, type accuracy, value F1."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from storyline.eval.timex_gold import GoldTimex, TimexDocument


@dataclass(frozen=True, slots=True)
class FoundTimex:
    """A time expression as the system found it, reduced to what TempEval-3 scores."""

    start: int
    end: int
    type: str
    """TIMEX3 type: DATE, TIME, DURATION or SET."""
    value: str
    """TIMEX3 value; empty when the system could not resolve it."""


@dataclass(frozen=True, slots=True)
class Miss:
    """A gold TIMEX3 the system missed or got wrong, or a system one with no gold (for error analysis)."""

    doc: str
    text: str
    gold: str
    """Gold ``TYPE value`` (empty for a spurious system expression)."""
    found: str
    """System ``TYPE value`` and span (empty when nothing overlaps the gold)."""


@dataclass(frozen=True, slots=True)
class TimexScores:
    """Counts over a set of documents; the ratios are properties."""

    documents: int
    gold: int
    """Gold TIMEX3s."""
    system: int
    """TIMEX3s the system found."""
    strict: int
    """Gold ones matched by a system one with exactly the same span."""
    relaxed: int
    """Gold ones matched by an overlapping system one (one-to-one)."""
    type_right: int
    """Relaxed matches with the gold type."""
    value_right: int
    """Relaxed matches with the gold value."""

    def _prf(self, right: int) -> tuple[float, float, float]:
        p = right / self.system if self.system else 0.0
        r = right / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def strict_prf(self) -> tuple[float, float, float]:
        return self._prf(self.strict)

    @property
    def relaxed_prf(self) -> tuple[float, float, float]:
        return self._prf(self.relaxed)

    @property
    def value_prf(self) -> tuple[float, float, float]:
        return self._prf(self.value_right)

    @property
    def type_prf(self) -> tuple[float, float, float]:
        return self._prf(self.type_right)

    @property
    def type_accuracy(self) -> float:
        """TempEval-3's attribute accuracy: right type among relaxed matches."""
        return self.type_right / self.relaxed if self.relaxed else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.value_right / self.relaxed if self.relaxed else 0.0


def _overlap(a: GoldTimex, b: FoundTimex) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def align(gold: Sequence[GoldTimex], found: Sequence[FoundTimex]) -> list[tuple[GoldTimex, FoundTimex | None]]:
    """Each gold TIMEX3 with the system one it is matched to: exact spans first, then the largest overlap;
    a system expression matches one gold expression at most."""
    free = list(found)
    pairs: dict[int, FoundTimex] = {}
    for i, g in enumerate(gold):
        exact = next((f for f in free if (f.start, f.end) == (g.start, g.end)), None)
        if exact is not None:
            pairs[i] = exact
            free.remove(exact)
    for i, g in enumerate(gold):
        if i in pairs:
            continue
        best = max(free, key=lambda f: _overlap(g, f), default=None)
        if best is not None and _overlap(g, best) > 0:
            pairs[i] = best
            free.remove(best)
    return [(g, pairs.get(i)) for i, g in enumerate(gold)]


def scored(document: TimexDocument, found: Sequence[FoundTimex]) -> list[FoundTimex]:
    """The system TIMEX3s that are scored: those in the annotated part of the text."""
    if document.annotated_end is None:
        return list(found)
    return [f for f in found if f.start < document.annotated_end]


def score_document(document: TimexDocument, found: Sequence[FoundTimex]) -> tuple[TimexScores, list[Miss]]:
    """The counts for one document and the errors behind them."""
    found = scored(document, found)
    pairs = align(document.timexes, found)
    strict = relaxed = type_right = value_right = 0
    misses: list[Miss] = []
    matched: set[FoundTimex] = set()
    for g, f in pairs:
        if f is None:
            misses.append(Miss(document.id, g.text, f"{g.type} {g.value}", ""))
            continue
        matched.add(f)
        relaxed += 1
        strict += (f.start, f.end) == (g.start, g.end)
        type_right += f.type == g.type
        value_right += f.value == g.value
        if f.value != g.value or f.type != g.type or (f.start, f.end) != (g.start, g.end):
            shown = f"{f.type} {f.value} [{document.text[f.start : f.end]}]"
            misses.append(Miss(document.id, g.text, f"{g.type} {g.value}", shown))
    for f in found:
        if f not in matched:
            misses.append(Miss(document.id, document.text[f.start : f.end], "", f"{f.type} {f.value}"))
    scores = TimexScores(1, len(document.timexes), len(found), strict, relaxed, type_right, value_right)
    return scores, misses


def total(parts: Iterable[TimexScores]) -> TimexScores:
    """The sum of per-document counts (micro-averaged ratios, as TempEval-3)."""
    items = list(parts)
    return TimexScores(
        documents=sum(s.documents for s in items),
        gold=sum(s.gold for s in items),
        system=sum(s.system for s in items),
        strict=sum(s.strict for s in items),
        relaxed=sum(s.relaxed for s in items),
        type_right=sum(s.type_right for s in items),
        value_right=sum(s.value_right for s in items),
    )
