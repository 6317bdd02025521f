"""The scores as records, and their two renderings: a readable table and JSON."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


def ratio(num: int, den: int, *, empty: float = 0.0) -> float:
    """``num / den``, or ``empty`` when there is nothing to count. The seeds' sections keep 0 (a section without
    an extractor must not look perfect); the pair and commitment instruments give 1 (nothing claimed, nothing
    wrong)."""
    return num / den if den else empty


@dataclass(frozen=True)
class Figure:
    """A section-specific figure ("speaker accuracy 0.95 (19/20)")."""

    name: str
    value: float | None
    """None when there is nothing to measure it on."""
    detail: str = ""
    """How it was counted ("19/20")."""


def figure(name: str, num: int, den: int) -> Figure:
    """A ratio figure; None when the denominator is empty."""
    return Figure(name, num / den if den else None, f"{num}/{den}")


@dataclass(frozen=True)
class Section:
    """The score of one gold section: recall over gold items, precision over extracted (judgeable) items."""

    name: str
    gold: int
    """Gold items scored (excluded ones not counted)."""
    found: int
    """Gold items the extraction got right: true positives, recall numerator."""
    extracted: int
    """Extracted items judged."""
    correct: int
    """Extracted items credited with a gold item: precision numerator."""
    figures: tuple[Figure, ...] = ()
    parts: tuple[Section, ...] = ()
    """Sub-scores (quotes per kind)."""
    missed: tuple[str, ...] = ()
    """Gold items not found, as "file: text" or a name."""
    excluded: tuple[str, ...] = ()
    """Gold items not scored, with why (their text is only on lines the gold marks as not body)."""
    note: str = ""

    @property
    def tp(self) -> int:
        return self.found

    @property
    def fp(self) -> int:
        return self.extracted - self.correct

    @property
    def fn(self) -> int:
        return self.gold - self.found

    @property
    def precision(self) -> float:
        return ratio(self.correct, self.extracted)

    @property
    def recall(self) -> float:
        return ratio(self.found, self.gold)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class EvalReport:
    """Every section's score, and how the extracted articles lined up with the gold articles."""

    gold_path: str
    sections: tuple[Section, ...]
    matched: tuple[tuple[str, str], ...]
    """(gold file, article id) pairs."""
    missing: tuple[str, ...]
    """Gold files no extracted article maps to."""
    unmatched: tuple[str, ...]
    """Sources of extracted articles with no gold article."""

    def section(self, name: str) -> Section:
        """The section called ``name``."""
        for section in self.sections:
            if section.name == name:
                return section
        raise KeyError(name)


def _section_json(section: Section) -> dict[str, Any]:
    return {
        "name": section.name,
        "gold": section.gold,
        "found": section.found,
        "extracted": section.extracted,
        "correct": section.correct,
        "tp": section.tp,
        "fp": section.fp,
        "fn": section.fn,
        "precision": round(section.precision, 4),
        "recall": round(section.recall, 4),
        "f1": round(section.f1, 4),
        "figures": {
            f.name: {"value": None if f.value is None else round(f.value, 4), "detail": f.detail}
            for f in section.figures
        },
        "parts": [_section_json(p) for p in section.parts],
        "missed": list(section.missed),
        "excluded": list(section.excluded),
        "note": section.note,
    }


def report_to_json(report: EvalReport) -> dict[str, Any]:
    """The report as plain JSON data (``storyline eval --json``)."""
    return {
        "schema": "storyline.eval/1",
        "gold": report.gold_path,
        "articles": {
            "matched": [{"file": f, "article_id": a} for f, a in report.matched],
            "missing": list(report.missing),
            "unmatched": list(report.unmatched),
        },
        "sections": {s.name: _section_json(s) for s in report.sections},
    }


def _row(name: str, section: Section) -> str:
    return (
        f"{name:<24}{section.gold:>5}{section.found:>6}{section.extracted:>6}{section.correct:>6}"
        f"{section.precision:>7.2f}{section.recall:>7.2f}{section.f1:>7.2f}"
    )


def format_report(report: EvalReport, misses: bool = False) -> str:
    """A table: one row per section (P, R, F1), its figures beneath it; with ``misses`` the missed gold items."""
    lines = [
        f"gold {report.gold_path}: {len(report.matched)} articles matched"
        + (f", missing {', '.join(report.missing)}" if report.missing else "")
        + (f", {len(report.unmatched)} articles without gold" if report.unmatched else ""),
        "",
        f"{'section':<24}{'gold':>5}{'found':>6}{'extr':>6}{'right':>6}{'P':>7}{'R':>7}{'F1':>7}",
        "-" * 68,
    ]
    for section in report.sections:
        lines.append(_row(section.name, section))
        lines.extend(_row(f"  {part.name}", part) for part in section.parts)
        for fig in section.figures:
            value = "  n/a" if fig.value is None else f"{fig.value:5.2f}"
            lines.append(f"    {fig.name}: {value} ({fig.detail})" if fig.detail else f"    {fig.name}: {value}")
        if section.excluded:
            lines.append(f"    excluded: {len(section.excluded)} (text only on not-body lines)")
        if section.note:
            lines.append(f"    note: {section.note}")
        if misses:
            lines.extend(f"    missed: {item}" for item in section.missed)
            lines.extend(f"    excluded: {item}" for item in section.excluded)
    return "\n".join(lines)
