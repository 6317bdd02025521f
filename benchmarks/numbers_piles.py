"""The numbers stress test: both ECB+ sub-topics of each dev topic (1-35) briefed as one pile, every "differ" group
listed with its claims; a group with a clash across the two sub-topics (two happenings) is false by construction.

    PYTHONPATH=src .venv/bin/python benchmarks/numbers_piles.py ../shared/devdata/ecbplus [TOPIC ...]

Dev topics only: ECB+ topics 36-45 are held back and never run here.
"""

from __future__ import annotations

import sys
from itertools import combinations
from pathlib import Path

from storyline.eval.numbers import _articles, story_of
from storyline.eval.numbers_corpus import read_document, subtopic_of
from storyline.resolve.claims import judge
from storyline.settings import Settings

DEV_TOPICS = range(1, 36)


def _order(path: Path) -> tuple[str, int]:
    return subtopic_of(path.stem), int(path.stem.split("_")[1].rstrip("ecbplus") or 0)


def pile(corpus: Path, topic: int, settings: Settings) -> tuple[int, int]:
    """Print one topic's "differ" groups; return (groups, groups clashing across the two sub-topics)."""
    paths = sorted((corpus / "ECB+" / str(topic)).glob("*.xml"), key=_order)
    built, _ = _articles([read_document(p) for p in paths], settings)
    doc_of = {article.id: doc for doc, article in built}
    _, story = story_of(built, settings)
    groups = false = 0
    for group in story.claim_groups:
        if group.status != "differ":
            continue
        groups += 1
        across = any(
            subtopic_of(doc_of[x.article_id]) != subtopic_of(doc_of[y.article_id])
            and judge([x.claim, y.claim]) == "differ"
            for x, y in combinations(group.claims, 2)
        )
        false += across
        print(f"== topic {topic} {'FALSE (two happenings)' if across else 'one sub-topic'}: {group.id}")
        for ref in group.claims:
            claim = ref.claim
            print(f"   {doc_of[ref.article_id]:>14} {claim.text!r} counted={claim.counted!r} "
                  f"predicate={claim.predicate!r} when={claim.when!r} scope={claim.scope!r}")
    return groups, false


def main(corpus: str, topics: list[str]) -> None:
    chosen = [int(t) for t in topics] or list(DEV_TOPICS)
    if any(t not in DEV_TOPICS for t in chosen):
        raise SystemExit("dev topics are 1-35; 36-45 are held back")
    settings = Settings()
    total = false = 0
    for topic in chosen:
        if (Path(corpus) / "ECB+" / str(topic)).is_dir():
            groups, wrong = pile(Path(corpus), topic, settings)
            total, false = total + groups, false + wrong
            sys.stdout.flush()
    print(f'"differ" groups: {total}, clashing across the two sub-topics: {false}')


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
