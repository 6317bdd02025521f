"""Speed-up of the analyze stage on a Dask LocalCluster with 2 workers over 1 worker.

    .venv/bin/python benchmarks/dask_speedup.py [N_ARTICLES] [ROUNDS]

Each cluster has single-threaded worker processes; the model is loaded on every worker before timing
(as a long run amortises it), then the same N articles (benchmarks/corpus.py) are analysed through
storyline.scale.dask.analyze_on_dask. Rounds alternate 1 and 2 workers and the best time of each counts:
on a shared VM one round can be slowed by a neighbour (single rounds gave 1.60x, 2.44x and 1.90x within
ten minutes). Run it on an otherwise idle machine with at least 2 cores.
"""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

from corpus import ROOT, write

from storyline.ingest import read_inputs
from storyline.model import Article
from storyline.scale.dask import analyze_on_dask
from storyline.settings import Settings


def _warm() -> int:
    from storyline.nlp.pipeline import load_nlp

    load_nlp(Settings().model)
    return 1


def seconds_with(workers: int, articles: list[Article], settings: Settings) -> float:
    from distributed import Client, LocalCluster

    with (
        LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers, threads_per_worker=1, dashboard_address=None, silence_logs=logging.ERROR
        ) as cluster,
        Client(cluster) as client,  # type: ignore[no-untyped-call]
    ):
        client.run(_warm)
        start = time.perf_counter()
        count = sum(1 for _ in analyze_on_dask(articles, settings, client=client))
        assert count == len(articles)
        return time.perf_counter() - start


def main(n: int = 400, rounds: int = 3) -> None:
    path = write(n, ROOT / "out" / "bench" / f"corpus-{n}.jsonl")
    articles = [a for a in read_inputs([str(path)]) if isinstance(a, Article)]
    words = sum(len(a.body.split()) for a in articles)
    # Chunks of 8 articles: enough chunks to keep both workers busy to the end.
    settings = Settings(batch_size=8)
    times: dict[int, list[float]] = {1: [], 2: []}
    for _ in range(rounds):
        for workers in (1, 2):
            times[workers].append(seconds_with(workers, articles, settings))
    one, two = min(times[1]), min(times[2])
    print(f"{len(articles)} articles, {words} words, chunks of {settings.batch_size}, {rounds} rounds (best of each)")
    for workers, best in ((1, one), (2, two)):
        each = ", ".join(f"{t:.1f}" for t in times[workers])
        label = f"{workers} worker{'s' if workers > 1 else ' '}"
        print(f"{label}: {best:,.1f} s ({words / best:,.0f} words/s; rounds {each} s)")
    print(f"speed-up 2 workers / 1: {one / two:.2f}x")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    main(*(int(arg) for arg in sys.argv[1:3]))
