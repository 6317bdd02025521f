"""Scores a story clustering against a known grouping: B³ precision/recall/F1 and pairwise F1."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from storyline.errors import GoldError, Msg
from storyline.resolve.cluster import ACTOR_WEIGHT
from storyline.store import KnowledgeBase


@dataclass(frozen=True)
class ClusterScores:
    """B³ (per item, averaged) and pairwise (over same-cluster pairs) scores; items only in one side are left out."""

    items: int
    gold_clusters: int
    predicted_clusters: int
    b3_precision: float
    b3_recall: float
    b3_f1: float
    pair_precision: float
    pair_recall: float
    pair_f1: float


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_clusters(predicted: Mapping[str, str], gold: Mapping[str, str]) -> ClusterScores:
    """Score ``predicted`` (item -> cluster) against ``gold`` (item -> cluster) on the items both have."""
    items = sorted(set(predicted) & set(gold))
    if not items:
        return ClusterScores(0, 0, 0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
    pred_size = Counter(predicted[i] for i in items)
    gold_size = Counter(gold[i] for i in items)
    both = Counter((predicted[i], gold[i]) for i in items)
    precision = sum(both[(predicted[i], gold[i])] / pred_size[predicted[i]] for i in items) / len(items)
    recall = sum(both[(predicted[i], gold[i])] / gold_size[gold[i]] for i in items) / len(items)

    def pairs(sizes: Counter[object]) -> int:
        return sum(n * (n - 1) // 2 for n in sizes.values())

    common, pred_pairs, gold_pairs = pairs(both), pairs(pred_size), pairs(gold_size)  # type: ignore[arg-type]
    pp = common / pred_pairs if pred_pairs else 1.0
    pr = common / gold_pairs if gold_pairs else 1.0
    return ClusterScores(
        len(items), len(gold_size), len(pred_size), precision, recall, _f1(precision, recall), pp, pr, _f1(pp, pr)
    )


def load_grouping(path: str | Path, column: str | None = None) -> dict[str, str]:
    """A CSV with a ``file`` column and a group column (``column``, else the last one): file -> group."""
    path = Path(path)
    try:
        with path.open(newline="", encoding="utf-8") as f:
            reader = csv.DictReader(f)
            fields = reader.fieldnames or []
            col = column or (fields[-1] if fields else "")
            if "file" not in fields or col not in fields:
                raise GoldError(Msg.GOLD.format(path=path, why=f"needs columns 'file' and '{col or 'group'}'"))
            return {row["file"]: row[col] for row in reader}
    except OSError as e:
        raise GoldError(Msg.GOLD.format(path=path, why=e)) from e


def match_grouping(sources: Mapping[str, str], grouping: Mapping[str, str]) -> dict[str, str]:
    """Article id -> known group, matching each grouping key as a path suffix of the article's source."""
    out = {}
    for article_id, source in sources.items():
        path = source.replace("\\", "/")
        for key, group in grouping.items():
            if path == key or path.endswith("/" + key.removeprefix("./")):
                out[article_id] = group
                break
    return out


def recluster(kb: KnowledgeBase, **options: float) -> dict[str, str]:
    """Cluster every article of ``kb`` afresh in one batch with the given options: article id -> story id."""
    from storyline.resolve.cluster import Clusterer, article_features

    analyses = {a.article_id: a for a in kb.analyses()}
    weight = options.pop("actor_weight", ACTOR_WEIGHT)
    features = [
        article_features(
            a.id, a.clean_text(), analyses.get(a.id), published=a.published, title=a.title, actor_weight=weight
        )
        for a in kb.articles()
    ]
    return Clusterer(**options).add_all(features)  # type: ignore[arg-type]
