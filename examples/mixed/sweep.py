"""The parameter grid behind the clustering defaults: B³ F1 on examples/mixed against the corpus grouping.

Run from the project root: .venv/bin/python examples/mixed/sweep.py [KB]  (KB: a knowledge base that already
holds the analysed pile, e.g. out/mixed/story.db; otherwise the pile is analysed into memory first).
Prints a Markdown table.
"""

from __future__ import annotations

import sys
from pathlib import Path

from storyline.eval.cluster import load_grouping, match_grouping, score_clusters
from storyline.resolve.cluster import Clusterer, article_features
from storyline.runner import run
from storyline.store import open_kb

HERE = Path(__file__).parent


def main(kb_path: str = ":memory:") -> None:
    with open_kb(kb_path) as kb:
        if not kb.article_ids():
            run([str(HERE / "articles")], kb=kb)
        articles, analyses = kb.articles(), {a.article_id: a for a in kb.analyses()}
    gold = match_grouping({a.id: a.source for a in articles}, load_grouping(HERE / "groups.csv", "corpus"))
    seeds = [a.id for a in articles if gold.get(a.id) == "seeds"]
    print("| actor weight | window, decay (days) | threshold | stories | B³ P | B³ R | B³ F1 | seeds alone together |")
    print("|---|---|---|---|---|---|---|---|")
    for weight in (0.0, 1.0, 2.0):
        feats = [article_features(a.id, a.clean_text(), analyses.get(a.id), published=a.published, title=a.title,
                                  actor_weight=weight) for a in articles]
        for window, decay in ((365, float("inf")), (365, 730.0), (30, 90.0)):
            for threshold in (0.06, 0.08, 0.10, 0.12, 0.15, 0.20):
                got = Clusterer(threshold=threshold, window_days=window, decay_days=decay).add_all(feats)
                s = score_clusters(got, gold)
                story = {got[a] for a in seeds}
                ok = len(story) == 1 and sum(1 for a in got if got[a] in story) == len(seeds)
                print(f"| {weight} | {window}, {decay:g} | {threshold:.2f} | {s.predicted_clusters} | "
                      f"{s.b3_precision:.3f} | {s.b3_recall:.3f} | {s.b3_f1:.3f} | {'yes' if ok else 'no'} |")


if __name__ == "__main__":
    main(*sys.argv[1:2])
