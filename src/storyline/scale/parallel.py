"""The analyze stage on every core of this machine: this process alone, or with ``jobs - 1`` worker processes.

Measured on the 2-core machine (benchmarks/jobs.py, benchmarks/README.md): spaCy's own ``nlp.pipe(n_process=2)``
gave 1.2x over one process on the bare pipeline (its workers ship every Doc back serialised, and storyline's
records on ``doc._`` cannot cross that way at all), the local Dask cluster about 1.8x on the full analysis: each
worker process loads the model once (``load_nlp``'s cache) and sends back only the small analysis records.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain, islice

from storyline.model import Article, ArticleAnalysis, Failed
from storyline.nlp.analyze import analyze_isolated
from storyline.scale.pool import analyze_in_pool
from storyline.settings import Settings


def analyze_jobs(
    articles: Iterable[Article], settings: Settings | None = None, *, jobs: int = 1
) -> Iterator[ArticleAnalysis | Failed]:
    """``analyze_isolated`` over ``jobs`` processes, results in input order and the same whatever ``jobs`` is.

    A pile that fits in one batch is analysed here, in this process alone: workers (their start and a model
    each) would cost more than they save, and one batch cannot be shared out anyway. Larger piles are shared
    between this process and ``jobs - 1`` workers (storyline.scale.pool) in small chunks; an article's
    analysis does not depend on the other articles of its batch, so the results are those of one process.
    """
    settings = settings or Settings()
    stream = iter(articles)
    head = list(islice(stream, settings.batch_size + 1)) if jobs > 1 else []
    if jobs <= 1 or len(head) <= settings.batch_size:
        yield from analyze_isolated(chain(head, stream), settings)
        return
    yield from analyze_in_pool(chain(head, stream), settings, jobs=jobs)
