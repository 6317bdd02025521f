"""The commitments eval: the commitments each article states, against gold (tests/data/commitments).

Each document is run through the pipeline as a story of its own. A system commitment is right when one of its
source sentences holds a mention of a gold commitment of that document; a gold commitment is found when a system
commitment is right about it. The state is scored the same way, counting only matches whose state is the gold's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from storyline.errors import GoldError, Msg
from storyline.eval.report import ratio
from storyline.ingest.build import build
from storyline.ingest.meta import Meta
from storyline.ingest.readers import Raw
from storyline.model import ArticleInfo, Commitment, Skip
from storyline.nlp.analyze import analyze_articles
from storyline.resolve.story import resolve_story_from
from storyline.settings import Settings


@dataclass(frozen=True)
class GoldCommitment:
    """One annotated commitment: where its mentions start, its kind and its state."""

    doc: str
    starts: tuple[int, ...]
    kind: str
    state: str


@dataclass
class Counts:
    """Counts of one document or a sum of documents."""

    found: int = 0
    right: int = 0
    state_right: int = 0
    gold: int = 0
    recalled: int = 0
    state_recalled: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        for name in ("found", "right", "state_right", "gold", "recalled", "state_recalled"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors += other.errors

    def figures(self) -> dict[str, float]:
        return {
            "precision": ratio(self.right, self.found, empty=1.0),
            "recall": ratio(self.recalled, self.gold, empty=1.0),
            "state_precision": ratio(self.state_right, self.found, empty=1.0),
            "state_recall": ratio(self.state_recalled, self.gold, empty=1.0),
        }


def load_gold(path: str | Path) -> dict[str, dict[str, Any]]:
    """The gold file as {doc: {"dct", "split", "commitments": [...]}}."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise GoldError(Msg.GOLD.format(path=path, why=e)) from e
    documents = data.get("documents") if isinstance(data, dict) else None
    if not isinstance(documents, dict):
        raise GoldError(Msg.GOLD.format(path=path, why="no 'documents' mapping"))
    return documents


def gold_commitments(doc: str, spec: dict[str, Any], text: str) -> list[GoldCommitment]:
    out = []
    for item in spec.get("commitments") or []:
        starts = []
        for mention in item["mentions"]:
            if text.count(mention) != 1:
                raise GoldError(Msg.GOLD.format(path="commitments gold", why=f"{doc}: {mention!r} not once"))
            starts.append(text.index(mention))
        out.append(GoldCommitment(doc, tuple(starts), str(item["kind"]), str(item["state"])))
    return out


def _story_commitments(doc: str, text: str, published: date | None, settings: Settings) -> tuple[Commitment, ...]:
    raw = Raw(f"meantime:{doc}", text, html=False, meta=Meta(published=published))
    article = build(raw, manifest=None, flags=Meta(), settings=settings)
    if isinstance(article, Skip):
        return ()
    analyses = {a.article_id: a for a in analyze_articles([article], settings)}
    info = ArticleInfo(
        article.id, article.source, article.title, article.outlet, article.url, article.published, article.byline,
        len(article.body.split()),
    )
    return resolve_story_from([info], lambda ids: (analyses[i] for i in ids)).commitments


def _holds(commitment: Commitment, gold: GoldCommitment) -> bool:
    return any(s.start <= start < s.end for s in commitment.sources for start in gold.starts)


def score_document(doc: str, spec: dict[str, Any], texts: Path, settings: Settings | None = None) -> Counts:
    """Run one document and count its commitments."""
    text = (texts / f"{doc}.txt").read_text(encoding="utf-8")
    gold = gold_commitments(doc, spec, text)
    published = date.fromisoformat(str(spec["dct"])) if spec.get("dct") else None
    found = _story_commitments(doc, text, published, settings or Settings())
    counts = Counts(found=len(found), gold=len(gold))
    for commitment in found:
        matches = [g for g in gold if _holds(commitment, g)]
        counts.right += bool(matches)
        counts.state_right += any(g.state == commitment.state for g in matches)
        if not matches:
            counts.errors.append(f"{doc} not in gold: {commitment.name!r} ({commitment.state})")
        elif not any(g.state == commitment.state for g in matches):
            counts.errors.append(f"{doc} state {commitment.state!r}, gold {matches[0].state!r}: {commitment.name!r}")
    for g in gold:
        holding = [c for c in found if _holds(c, g)]
        counts.recalled += bool(holding)
        counts.state_recalled += any(c.state == g.state for c in holding)
        if not holding:
            counts.errors.append(f"{doc} missed: {text[g.starts[0] : g.starts[0] + 60]!r} ({g.state})")
    return counts


def evaluate(
    gold_path: str | Path, texts: str | Path, split: str = "dev", block: str | None = None
) -> dict[str, Counts]:
    """Counts per split ("dev", "test") over the documents of ``split`` ("all" for both), or only over those of
    ``block`` when given (documents annotated blind before the system ran on them, scored apart)."""
    out: dict[str, Counts] = {}
    for doc, spec in load_gold(gold_path).items():
        if split not in ("all", spec["split"]) or (block is not None and spec.get("block") != block):
            continue
        out.setdefault(spec["split"], Counts()).add(score_document(str(doc), spec, Path(texts)))
    return out
