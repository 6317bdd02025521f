"""Runs storyline's time extractor over TIMEX3-annotated documents and scores it (TempEval-3 style)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from storyline.eval.timex_classes import KindScore, kind_counts, kind_scores
from storyline.eval.timex_gold import TimexDocument
from storyline.eval.timex_score import FoundTimex, Miss, TimexScores, align, score_document, scored, total
from storyline.model import Article, TimeExpr
from storyline.nlp.pipeline import load_nlp
from storyline.settings import DEFAULT_MODEL

_LAST_COMPONENT = "storyline_times"


@dataclass(frozen=True, slots=True)
class TimexEvaluation:
    """Scores over a set of documents, by collection and in all, and every error."""

    scores: TimexScores
    by_group: tuple[tuple[str, TimexScores], ...]
    """Per collection (MEANTIME cluster), in name order; empty when the documents have no collection."""
    misses: tuple[Miss, ...]
    by_kind: tuple[KindScore, ...] = ()
    """Gold TIMEX3s by kind of value (``timex_classes.KINDS``): counts only, so a held-back part can be read."""


def as_found(record: TimeExpr) -> FoundTimex:
    """The TempEval-3 view of a storyline time record."""
    return FoundTimex(record.start, record.end, record.type, record.value or "")


def extract(document: TimexDocument, model: str = DEFAULT_MODEL) -> tuple[TimeExpr, ...]:
    """storyline's time records for ``document``, its creation time as the publication date."""
    nlp = load_nlp(model)
    article = Article(
        id=document.id, source=document.id, text=document.text, body=document.text, published=document.published
    )
    doc = nlp.make_doc(document.text)
    doc._.article = article
    # Only the components the times component reads run: the others cost time and change nothing here.
    for name, component in nlp.pipeline:
        doc = component(doc)
        if name == _LAST_COMPONENT:
            break
    return tuple(doc._.times)


def evaluate_timexes(
    documents: Iterable[TimexDocument],
    model: str = DEFAULT_MODEL,
    progress: Callable[[int], Any] | None = None,
) -> TimexEvaluation:
    """Extract and score every document; ``progress`` is called with 1 after each."""
    per_doc: list[tuple[str, TimexScores]] = []
    misses: list[Miss] = []
    per_kind: list[dict[str, tuple[int, int, int]]] = []
    for document in documents:
        # A range record is storyline's interval over two TIMEX3s (its ends, records of their own): not a TIMEX3.
        found = [as_found(r) for r in extract(document, model) if r.kind != "span"]
        scores, errors = score_document(document, found)
        per_doc.append((document.group, scores))
        misses.extend(errors)
        per_kind.append(kind_counts(align(document.timexes, scored(document, found))))
        if progress is not None:
            progress(1)
    groups = sorted({g for g, _ in per_doc if g})
    by_group = tuple((g, total(s for name, s in per_doc if name == g)) for g in groups)
    return TimexEvaluation(total(s for _, s in per_doc), by_group, tuple(misses), kind_scores(per_kind))


def _row(name: str, s: TimexScores) -> str:
    sp, sr, sf = s.strict_prf
    rp, rr, rf = s.relaxed_prf
    vp, vr, vf = s.value_prf
    return (
        f"| {name} | {s.documents} | {s.gold} | {s.system} | {sp:.3f} {sr:.3f} **{sf:.3f}** | "
        f"{rp:.3f} {rr:.3f} **{rf:.3f}** | {s.type_accuracy:.3f} | {vp:.3f} {vr:.3f} **{vf:.3f}** |"
    )


def format_timex_kinds(evaluation: TimexEvaluation) -> str:
    """A Markdown table of the gold TIMEX3s by kind of value: how many, matched, value right, value recall."""
    lines = ["| kind of gold value | gold | matched | value right | value recall |", "|---|---|---|---|---|"]
    lines += [
        f"| {k.kind} | {k.gold} | {k.matched} | {k.value_right} | {k.value_recall:.3f} |" for k in evaluation.by_kind
    ]
    spurious = evaluation.scores.system - evaluation.scores.relaxed
    lines.append(f"| (system TIMEX3s with no gold) | | {spurious} | | |")
    return "\n".join(lines)


def format_timex_report(evaluation: TimexEvaluation, misses: bool = False, kinds: bool = False) -> str:
    """A Markdown table (P R F1 for strict and relaxed extraction and value; type accuracy), then with ``kinds``
    the gold TIMEX3s by kind of value, then the errors."""
    lines = [
        "| documents | n | gold | found | strict P R F1 | relaxed P R F1 | type acc. | value P R F1 |",
        "|---|---|---|---|---|---|---|---|",
    ]
    lines += [_row(name, s) for name, s in evaluation.by_group]
    lines.append(_row("all", evaluation.scores))
    if kinds:
        lines += ["", format_timex_kinds(evaluation)]
    if misses:
        lines.append("")
        lines += [f"{m.doc}\t{m.text!r}\tgold: {m.gold or '-'}\tfound: {m.found or '-'}" for m in evaluation.misses]
    return "\n".join(lines)


def timex_report_to_json(evaluation: TimexEvaluation) -> dict[str, Any]:
    def one(s: TimexScores) -> dict[str, Any]:
        return {
            "documents": s.documents,
            "gold": s.gold,
            "found": s.system,
            "strict": dict(zip(("precision", "recall", "f1"), s.strict_prf, strict=True)),
            "relaxed": dict(zip(("precision", "recall", "f1"), s.relaxed_prf, strict=True)),
            "value": dict(zip(("precision", "recall", "f1"), s.value_prf, strict=True)),
            "type_accuracy": s.type_accuracy,
            "value_accuracy": s.value_accuracy,
        }

    return {
        "all": one(evaluation.scores),
        "groups": {g: one(s) for g, s in evaluation.by_group},
        "kinds": {
            k.kind: {"gold": k.gold, "matched": k.matched, "value_right": k.value_right} for k in evaluation.by_kind
        },
    }
