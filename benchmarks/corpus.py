"""Benchmark volume: articles made by sampling real paragraphs of the seeds and the MEANTIME Wikinews texts.

Each generated article is 2-4 paragraphs drawn (seeded, reproducible) from a pool of real news paragraphs:
the two seed articles (examples/seeds, as storyline's ingest cleans them) and the eight Wikinews articles
shipped in tests/data/meantime_timex (one sentence per line, grouped three sentences to a paragraph). No two
articles share the same paragraph sequence, so every article has a distinct content id.

    python benchmarks/corpus.py 1000 out/bench/corpus-1000.jsonl
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_MEANTIME = ROOT / "tests" / "data" / "meantime_timex" / "meantime_timex.json"
_SEEDS = ROOT / "examples" / "seeds"
_MIN_WORDS = 12


def paragraphs() -> list[str]:
    """The pool: real news paragraphs of at least a dozen words."""
    from storyline.ingest import read_inputs
    from storyline.model import Article

    pool: list[str] = []
    # The seeds' cleaned bodies: captions, promos and credits are already gone, so every paragraph is
    # body text and two sampled articles never clean down to the same body.
    for article in read_inputs([str(_SEEDS)]):
        if isinstance(article, Article):
            pool.extend(p for p in article.clean_text().split("\n\n") if len(p.split()) >= _MIN_WORDS)
    for doc in json.loads(_MEANTIME.read_text(encoding="utf-8")):
        lines = [line for line in doc["text"].split("\n")[1:] if line.strip()]
        for i in range(0, len(lines), 3):
            block = " ".join(lines[i : i + 3])
            if len(block.split()) >= _MIN_WORDS:
                pool.append(block)
    return pool


def articles(n: int, seed: int = 9) -> Iterator[dict[str, str]]:
    """``n`` JSONL article records, each a distinct sequence of sampled paragraphs."""
    pool = paragraphs()
    rng = random.Random(seed)
    seen: set[tuple[int, ...]] = set()
    outlets = ("Worldcrunch", "Mint", "Wikinews")
    made = 0
    while made < n:
        picks = tuple(rng.sample(range(len(pool)), rng.randint(2, 4)))
        if picks in seen:
            continue
        seen.add(picks)
        made += 1
        yield {
            "title": f"Benchmark article {made}",
            "text": "\n\n".join(pool[i] for i in picks),
            "outlet": outlets[made % len(outlets)],
            "published": f"2024-11-{1 + made % 28:02d}",
        }


def write(n: int, path: Path) -> Path:
    """Write ``n`` articles as JSONL to ``path`` (kept when it already holds them)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and sum(1 for _ in path.open(encoding="utf-8")) == n:
        return path
    with path.open("w", encoding="utf-8") as out:
        for record in articles(n):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "out" / "bench" / f"corpus-{count}.jsonl"
    write(count, target)
    words = sum(len(json.loads(line)["text"].split()) for line in target.open(encoding="utf-8"))
    print(f"{count} articles, {words} words, pool of {len(paragraphs())} paragraphs -> {target}")
