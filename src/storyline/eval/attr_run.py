"""Runs the pipeline over the attribution corpus and reports its scores, per split, as text or JSON."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.errors import ConfigError
from storyline.eval.attr_gold import AttrDoc, load_attributions
from storyline.eval.attr_score import AttrScores, score_doc
from storyline.eval.corpus import SPLITS
from storyline.ingest.build import build
from storyline.ingest.meta import Meta
from storyline.ingest.readers import Raw
from storyline.model import Article, Quote, Skip
from storyline.nlp.analyze import analyze_articles
from storyline.settings import Settings

SCHEMA = "storyline.attribution-eval/1"


@dataclass(frozen=True)
class AttrReport:
    """The scores of each split asked for."""

    gold: str
    splits: dict[str, AttrScores]
    documents: int
    seconds: float


def extract(docs: list[AttrDoc], settings: Settings | None = None,
            progress: Callable[[str], None] | None = None) -> dict[str, tuple[Quote, ...]]:  # fmt: skip
    """Each document's extracted quotes, by document id (offsets into the document's text)."""
    settings = settings or Settings()
    built: dict[str, str] = {}
    articles: list[Article] = []
    for doc in docs:
        article = build(Raw(f"{doc.corpus}:{doc.id}", doc.text, html=False, meta=Meta()), manifest=None,
                        flags=Meta(), settings=settings)  # fmt: skip
        if isinstance(article, Skip):
            continue
        if article.text != doc.text:
            raise ConfigError(f"{doc.id}: the article's text differs from the gold text (offsets would not match)")
        built[article.id] = doc.id
        articles.append(article)
    out: dict[str, tuple[Quote, ...]] = {doc.id: () for doc in docs}
    for analysis in analyze_articles(articles, settings):
        out[built[analysis.article_id]] = analysis.quotes
        if progress:
            progress(built[analysis.article_id])
    return out


def evaluate_attributions(gold: str | Path, split: str = "dev", settings: Settings | None = None,
                          progress: Callable[[str], None] | None = None) -> AttrReport:  # fmt: skip
    """Score the pipeline on the attribution gold; ``split`` all reports dev and test apart."""
    if split not in SPLITS:
        raise ConfigError(f"unknown split '{split}' (use one of: {', '.join(SPLITS)})")
    started = time.perf_counter()
    docs = load_attributions(gold, split)
    found = extract(docs, settings, progress)
    splits: dict[str, AttrScores] = {}
    for doc in docs:
        scores = splits.setdefault(doc.split, AttrScores())
        score_doc(doc, found[doc.id], scores, keep_misses=doc.split == "dev")
    return AttrReport(str(gold), dict(sorted(splits.items())), len(docs), time.perf_counter() - started)


def _view(c: Any) -> dict[str, Any]:
    return {"gold": c.gold, "extracted": c.extracted, "matched": c.matched,
            "precision": round(c.precision, 4), "recall": round(c.recall, 4), "f1": round(c.f1, 4)}  # fmt: skip


def report_to_json(report: AttrReport) -> dict[str, Any]:
    """The figures as a JSON-ready dict."""
    return {
        "schema": SCHEMA,
        "gold": report.gold,
        "documents": report.documents,
        "seconds": round(report.seconds, 1),
        "splits": {
            name: {
                **{view: _view(c) for view, c in s.views.items()},
                "speaker_accuracy": round(s.speaker_right / s.speaker_judged, 4) if s.speaker_judged else None,
                "speaker_judged": s.speaker_judged,
                "cue_class_accuracy": round(s.class_right / s.class_judged, 4) if s.class_judged else None,
                "cue_class_judged": s.class_judged,
            }
            for name, s in report.splits.items()
        },
    }


def format_report(report: AttrReport, misses: bool = False) -> str:
    """A table per split: P/R/F1 per view, then speaker and cue-class accuracy."""
    lines = [f"attributions {report.gold}: {report.documents} documents ({report.seconds:.0f} s)"]
    for name, s in report.splits.items():
        lines += ["", f"{name:<16}{'gold':>6}{'found':>7}{'right':>7}{'P':>7}{'R':>7}{'F1':>7}", "-" * 57]
        for view in ("direct", "direct_exact", "indirect", "indirect_exact", "all", "all_exact", "joint"):
            c = s.view(view)
            lines.append(f"{view:<16}{c.gold:>6}{c.extracted:>7}{c.matched:>7}"
                         f"{c.precision:>7.2f}{c.recall:>7.2f}{c.f1:>7.2f}")  # fmt: skip
        if s.speaker_judged:
            lines.append(f"    speaker accuracy: {s.speaker_right / s.speaker_judged:.2f} "
                         f"({s.speaker_right}/{s.speaker_judged})")  # fmt: skip
        if s.class_judged:
            share = s.class_right / s.class_judged
            lines.append(f"    cue class right: {share:.2f} ({s.class_right}/{s.class_judged})")
        if misses and s.misses:
            lines += ["    errors (dev):"] + [f"      {m}" for m in s.misses]
    return "\n".join(lines)
