"""The main job: ingest -> analyze -> store -> resolve, resumable and idempotent per article."""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache, partial
from pathlib import Path

from storyline import __version__
from storyline.errors import ConfigError, StorylineError
from storyline.heap import release_free_memory
from storyline.ingest import read_inputs
from storyline.ingest.build import release_identifier
from storyline.ingest.sanitize import failed_skip
from storyline.model import Article, ArticleAnalysis, Failed, Skip, Story
from storyline.nlp.pipeline import release_nlp
from storyline.resolve.stories import assign_stories, features_loader, resolve_stories
from storyline.resolve.story import resolve_story_from
from storyline.scale.dask import analyze_on_dask, dask_client
from storyline.scale.parallel import analyze_jobs
from storyline.scale.pool import Workers
from storyline.settings import ENGINES, Settings
from storyline.store import KnowledgeBase, open_kb

log = logging.getLogger(__name__)

_PACKAGE = Path(__file__).parent

_SUMMARY_FACTS = ("mentions", "quotes", "claims", "times", "events")
"""Fact tables counted in a run's summary line, in this order."""


@dataclass(frozen=True)
class Progress:
    """What the runner reports after each input: enough for a progress bar and a live summary."""

    source: str
    """The input just handled."""
    status: str
    """analysed, stored (already in the knowledge base with the same analysis), or skipped."""
    reason: str = ""
    """Skip reason, for skipped inputs."""


@dataclass(frozen=True)
class RunSummary:
    """Counts for the one-line summary at the end of a run."""

    read: int = 0
    analysed: int = 0
    already_stored: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    facts: Counter[str] = field(default_factory=Counter)

    @property
    def failed(self) -> int:
        """Inputs lost to a bug (internal-error skips): the run went on, but the command exits non-zero."""
        return self.skipped.get("internal-error", 0)

    def line(self) -> str:
        """'3 articles read: 2 analysed, 1 already stored; 1 skipped (empty: 1); 120 mentions, ...'."""
        parts = [f"{self.read} articles read: {self.analysed} analysed, {self.already_stored} already stored"]
        skipped = sum(self.skipped.values())
        if skipped:
            reasons = ", ".join(f"{r}: {n}" for r, n in sorted(self.skipped.items()))
            parts.append(f"{skipped} skipped ({reasons})")
        else:
            parts.append("0 skipped")
        if self.facts:
            parts.append(", ".join(f"{n} {kind}" for kind, n in self.facts.items()))
        return "; ".join(parts)


@dataclass(frozen=True)
class RunResult:
    """Everything a run leaves in the knowledge base, and what happened on the way."""

    articles: tuple[Article, ...]
    """With ``run(collect=True)``: every article in the knowledge base (this run's and earlier ones)."""
    analyses: tuple[ArticleAnalysis, ...]
    """With ``run(collect=True)``: their analyses, in article id order."""
    story: Story
    skips: tuple[Skip, ...]
    """This run's skips."""
    summary: RunSummary
    stories: tuple[Story, ...] = ()
    """Every story of the pile, largest first; ``story`` is the first of them."""


@cache
def analysis_key(settings: Settings) -> str:
    """Identifies what produced an analysis: version, model and the extractors' code and data.

    An article stored under the same key is not analysed again (resume); a changed extractor re-analyses.
    """
    digest = hashlib.sha256(f"{__version__}|{settings.model}".encode())
    for path in sorted([*(_PACKAGE / "nlp").rglob("*.py"), *(_PACKAGE / "data").rglob("*")]):
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def run(
    inputs: Sequence[str],
    *,
    kb: str | Path | KnowledgeBase | None = None,
    manifest: str | Path | None = None,
    published: date | None = None,
    outlet: str | None = None,
    settings: Settings | None = None,
    progress: Callable[[Progress], None] | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    workers: int = 2,
    jobs: int = 1,
    pool: Workers | None = None,
    collect: bool = False,
    release_model: bool = False,
    resolved: Callable[[Story, tuple[Skip, ...]], None] | None = None,
) -> RunResult:
    """Read, analyse and store every input not stored yet, then resolve the story over the whole base.

    Each article is committed in its own transaction, so an interrupted run resumes where it stopped.
    ``engine="dask"`` runs the analyze stage on a Dask cluster (``scheduler`` address, or a LocalCluster of
    ``workers`` processes); storing and resolving stay here, so the results are the same as a local run.
    ``jobs`` processes analyse a local run (``jobs=1``: this process only; storyline.scale.cores.available_cores
    gives every core, the CLI's default): the knowledge base, the skips and the progress events come out the
    same, in input order, whatever the number of jobs. ``pool`` (its ``jobs`` replace ``jobs``): worker
    processes the caller keeps for its own later work (storyline.scale.drawing draws a brief's pictures there).
    ``collect=True`` also returns every stored article and analysis (for scoring; memory then grows with the
    pile, which a run otherwise streams through). ``release_model=True`` drops the cached spaCy pipeline and
    the language identifier once the analysis is done (a one-shot command's story stage then runs in less
    memory; a process that runs again would load them again) and leaves every object alive at that point out
    of the cyclic collector's later passes (``heap.release_free_memory(freeze=True)``: for a process that ends
    after this run). ``resolved`` is called with each story of the pile and this run's skips as soon as the
    story is resolved, before the stories are saved and returned: the brief starts the story's pictures on the
    workers there, which would otherwise sit idle until the whole story stage is over.
    """
    if engine not in ENGINES:
        raise ConfigError(f"unknown engine '{engine}' (use one of: {', '.join(ENGINES)})")
    settings = settings or Settings()
    own_kb = not isinstance(kb, KnowledgeBase)
    store = kb if isinstance(kb, KnowledgeBase) else open_kb(kb or ":memory:")
    key = analysis_key(settings)
    skips: list[Skip] = []
    counts = {"read": 0, "analysed": 0, "stored": 0}
    skipped: Counter[str] = Counter()

    # Input order for everything a run reports: a skip or an already-stored article read while earlier
    # articles are still being analysed waits for them, so skips, progress and the knowledge base come out
    # the same whatever the number of jobs and however far the reading runs ahead of the analysis.
    waiting: deque[Article | Callable[[], None]] = deque()

    def report(source: str, status: str, reason: str = "") -> None:
        if progress:
            progress(Progress(source, status, reason))

    def skip(item: Skip) -> None:
        skips.append(item)
        skipped[item.reason] += 1
        store.save_skip(item)
        report(item.source, "skipped", item.reason)

    def already_stored(article: Article) -> None:
        counts["stored"] += 1
        report(article.source, "stored")

    def later(event: Callable[[], None]) -> None:
        if waiting:
            waiting.append(event)
        else:
            event()

    def to_analyse() -> Iterator[Article]:
        for item in read_inputs(inputs, manifest=manifest, published=published, outlet=outlet, settings=settings):
            if isinstance(item, Skip):
                later(partial(skip, item))
                continue
            counts["read"] += 1
            if store.analysis_key(item.id) == key:
                later(partial(already_stored, item))
                continue
            waiting.append(item)
            yield item

    def next_article() -> Article:
        """The article the next analysis is for, after the events read before it."""
        while True:
            head = waiting.popleft()
            if isinstance(head, Article):
                return head
            head()

    def store_all(analyses: Iterable[ArticleAnalysis | Failed]) -> None:
        for analysis in analyses:
            article = next_article()
            assert article.id == analysis.article_id, "analyses come back in input order"
            if isinstance(analysis, Failed):
                skip(failed_skip(article.source, analysis.error, analysis.message, "analysing the article"))
                continue
            try:
                store.save_article(article, analysis, key)
            except (StorylineError, OSError, sqlite3.Error):
                raise  # the knowledge base cannot be written (a full disk): no later article could be either
            except Exception as e:  # a record the store cannot encode: a bug that costs this article only
                log.error("storing %s failed", article.source, exc_info=e)
                skip(failed_skip(article.source, type(e).__name__, str(e), "storing the article"))
                continue
            counts["analysed"] += 1
            report(article.source, "analysed")
        while waiting:  # events read after the last article
            event = waiting.popleft()
            assert not isinstance(event, Article), "an article was read but never analysed"
            event()

    try:
        if engine == "dask":
            with dask_client(scheduler, n_workers=workers) as client:
                store_all(analyze_on_dask(to_analyse(), settings, client=client))
        else:
            store_all(analyze_jobs(to_analyse(), settings, jobs=jobs, workers=pool))
        if release_model:  # nothing is read or analysed after this: the model and the language identifier go
            release_nlp()
            release_identifier()
        # The analysis stage's freed pages, before the story stage allocates its own; a one-shot process (the
        # model released) also freezes what is left, so the story stage's and the brief's collections skip it.
        release_free_memory(freeze=release_model)
        story, stories = resolve_kb(store, None if resolved is None else lambda one: resolved(one, tuple(skips)))
        release_free_memory()  # the resolvers' working sets, before the caller writes the brief
        stored = store.fact_counts()
        articles = tuple(store.articles()) if collect else ()
        analyses = tuple(store.iter_analyses([a.id for a in articles])) if collect else ()
    finally:
        if own_kb:
            store.close()
    facts: Counter[str] = Counter({kind: stored.get(kind, 0) for kind in _SUMMARY_FACTS})
    facts["actors"] = len(story.actors)
    summary = RunSummary(counts["read"], counts["analysed"], counts["stored"], skipped, facts)
    return RunResult(articles, analyses, story, tuple(skips), summary, tuple(stories))


def resolve_kb(store: KnowledgeBase, resolved: Callable[[Story], None] | None = None) -> tuple[Story, list[Story]]:
    """The story stage over a knowledge base: cluster, resolve each story, save; (largest story, all stories).

    Shared by ``run`` and the shard gatherer (storyline.scale.gather), so both give the same stories. Articles
    and analyses are read from the store as each step needs them, never all at once. ``resolved`` is called
    with each story of the pile as soon as it is resolved, before the stories are saved.
    """
    infos = store.article_infos()
    clusterer = assign_stories(infos, features_loader(store), store.story_assignments())
    store.save_assignments(clusterer.assignments)
    stories = resolve_stories(infos, store.iter_analyses, clusterer, resolved)
    if stories:
        store.save_stories(stories)  # the largest is the knowledge base's single story (load_story)
        return stories[0], stories
    story = resolve_story_from(infos, store.iter_analyses)  # an empty pile: the empty story
    store.save_story(story)
    return story, stories
