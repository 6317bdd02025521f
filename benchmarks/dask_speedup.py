"""Speed-up of the analyze stage on a Dask LocalCluster with 2 workers over 1 worker.

    .venv/bin/python benchmarks/dask_speedup.py [N_ARTICLES]

Each cluster has single-threaded worker processes; the model is loaded on every worker before timing
(as a long run amortises it), then the same N articles (benchmarks/corpus.py) are analysed through
storyline.scale.dask.analyze_on_dask. Run it on an otherwise idle machine with at least 2 cores.
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


def main(n: int = 400) -> None:
    path = write(n, ROOT / "out" / "bench" / f"corpus-{n}.jsonl")
    articles = [a for a in read_inputs([str(path)]) if isinstance(a, Article)]
    words = sum(len(a.body.split()) for a in articles)
    # Chunks of 8 articles: enough chunks to keep both workers busy to the end.
    settings = Settings(batch_size=8)
    one = seconds_with(1, articles, settings)
    two = seconds_with(2, articles, settings)
    print(f"{len(articles)} articles, {words} words, chunks of {settings.batch_size}")
    print(f"1 worker:  {one:,.1f} s ({words / one:,.0f} words/s)")
    print(f"2 workers: {two:,.1f} s ({words / two:,.0f} words/s)")
    print(f"speed-up 2 workers / 1: {one / two:.2f}x")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    main(*(int(arg) for arg in sys.argv[1:2]))
