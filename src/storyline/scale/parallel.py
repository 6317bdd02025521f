"""The analyze stage on every core of this machine: this process alone, or with ``jobs - 1`` worker processes.

The mechanism was chosen by measurement on the 2-core machine (benchmarks/README.md). spaCy's own
``nlp.pipe(n_process=2)`` gained 1.17x over one process on the bare pipeline (it ships every Doc back
serialised), and storyline's records on ``doc._`` cannot cross that way at all. The local Dask cluster
analyses at 1.76x once warm, but costs about 7 s to start, warm and stop (a scheduler, TCP, heartbeats;
it also logs errors as it stops), more than a small pile takes. A process pool started through a fork
server (storyline.scale.pool) starts in about 2 s, and this process analyses too.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain, islice

from storyline.model import Article, ArticleAnalysis, Failed
from storyline.nlp.analyze import analyze_isolated
from storyline.scale.pool import Workers, analyze_in_pool
from storyline.settings import Settings


def analyze_jobs(
    articles: Iterable[Article], settings: Settings | None = None, *, jobs: int = 1, workers: Workers | None = None
) -> Iterator[ArticleAnalysis | Failed]:
    """``analyze_isolated`` over ``jobs`` processes, results in input order and the same whatever ``jobs`` is.

    A pile that fits in one batch is analysed here, in this process alone: workers (their start and a model
    each) would cost more than they save, and one batch cannot be shared out anyway. Larger piles are shared
    between this process and ``jobs - 1`` workers (storyline.scale.pool) in small chunks; an article's
    analysis does not depend on the other articles of its batch, so the results are those of one process.
    ``workers`` (``jobs`` is theirs) are the command's own, kept up after the analysis.
    """
    settings = settings or Settings()
    jobs = workers.jobs if workers is not None else jobs
    stream = iter(articles)
    head = list(islice(stream, settings.batch_size + 1)) if jobs > 1 else []
    if jobs <= 1 or len(head) <= settings.batch_size:
        yield from analyze_isolated(chain(head, stream), settings)
        return
    yield from analyze_in_pool(chain(head, stream), settings, jobs=jobs, workers=workers)
