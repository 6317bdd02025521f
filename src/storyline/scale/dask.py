"""The analyze stage on a Dask cluster: chunks of articles out, analyses back, the model once per worker.

Workers load the spaCy pipeline through ``load_nlp`` (an lru_cache module global), so each worker
process loads it once and it is never pickled. At most ``window`` chunks are in flight, so memory is
bounded by the chunk size, not the corpus size.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from typing import Any

from storyline.model import Article, ArticleAnalysis, Failed
from storyline.settings import Settings

log = logging.getLogger(__name__)


def analyze_chunk(articles: list[Article], settings: Settings) -> list[ArticleAnalysis | Failed]:
    """Runs on a worker: analyse one chunk with the worker's cached pipeline (an article whose analysis raises
    comes back as Failed, as in a local run)."""
    from storyline.nlp.analyze import analyze_isolated

    return list(analyze_isolated(articles, settings))


@contextmanager
def dask_client(scheduler: str | None = None, n_workers: int = 2) -> Iterator[Any]:
    """A client to ``scheduler``, or to a LocalCluster of ``n_workers`` single-threaded processes."""
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:  # type: ignore[no-untyped-call]
            yield client
        return
    # One thread per worker: spaCy's parser is CPU-bound and holds the GIL.
    with (
        LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=n_workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,  # type: ignore[no-untyped-call]
    ):
        yield client


def analyze_on_dask(
    articles: Iterable[Article],
    settings: Settings | None = None,
    *,
    client: Any,
    chunk_size: int | None = None,
    window: int | None = None,
) -> Iterator[ArticleAnalysis | Failed]:
    """Analyse ``articles`` on the cluster behind ``client``, yielding analyses in input order."""
    settings = settings or Settings()
    chunk_size = chunk_size or settings.batch_size
    workers = max(len(client.scheduler_info().get("workers", {})), 1)
    window = window or 2 * workers
    stream = iter(articles)
    in_flight: deque[Any] = deque()

    def submit() -> bool:
        chunk = list(islice(stream, chunk_size))
        if not chunk:
            return False
        # pure=False: identical chunks in two runs must still be computed, not served from a cache.
        in_flight.append(client.submit(analyze_chunk, chunk, settings, pure=False))
        return True

    while len(in_flight) < window and submit():
        pass
    while in_flight:
        future = in_flight.popleft()
        results = future.result()
        future.release()
        submit()
        yield from results
