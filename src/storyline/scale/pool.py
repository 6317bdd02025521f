"""The analyze stage over a pool of local worker processes: chunks of articles out, analyses back in order.

Each worker loads the spaCy pipeline once when it starts (``load_nlp``'s cache; never pickled) and runs
``analyze_isolated`` on one chunk at a time, so an article whose analysis raises comes back as Failed, as in
a one-process run. At most ``window`` chunks are in flight: memory is bounded by the chunk, not the pile.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from storyline.model import Article, ArticleAnalysis, Failed
from storyline.settings import Settings

_PARENT_POLL = 0.5
"""Seconds between a worker's checks that the process that started it is still there."""


def _exit_with_parent(parent: int) -> None:
    # A run killed outright (SIGKILL, OOM) cannot stop its workers, and an idle worker would wait on its
    # queue forever holding a model in memory. The worker's parent is the fork server, which exits when the
    # run's process is gone; the worker notices it was orphaned and exits on its own.
    while os.getppid() == parent:
        time.sleep(_PARENT_POLL)
    os._exit(1)


def _start_worker(model: str) -> None:
    from storyline.nlp.pipeline import load_nlp

    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    load_nlp(model)


def _analyze_chunk(articles: list[Article], settings: Settings) -> list[ArticleAnalysis | Failed]:
    from storyline.nlp.analyze import analyze_isolated

    return list(analyze_isolated(articles, settings))


def analyze_in_pool(
    articles: Iterable[Article],
    settings: Settings | None = None,
    *,
    jobs: int,
    chunk_size: int | None = None,
    window: int | None = None,
) -> Iterator[ArticleAnalysis | Failed]:
    """Analyse ``articles`` in ``jobs`` worker processes, yielding analyses in input order.

    Chunks are ``settings.batch_size`` articles by default, the batches of a one-process run.
    """
    settings = settings or Settings()
    chunk_size = chunk_size or settings.batch_size
    window = window or 2 * jobs
    stream = iter(articles)
    in_flight: deque[Future[list[ArticleAnalysis | Failed]]] = deque()
    # forkserver: workers fork from a clean server process (no threads of ours, no open knowledge base), and
    # the imports are paid once in the server rather than once per worker as with spawn.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["storyline.nlp.analyze"])
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker, initargs=(settings.model,))

    def submit() -> bool:
        chunk = list(islice(stream, chunk_size))
        if chunk:
            in_flight.append(pool.submit(_analyze_chunk, chunk, settings))
        return bool(chunk)

    try:
        while len(in_flight) < window and submit():
            pass
        while in_flight:
            results = in_flight.popleft().result()
            submit()
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
