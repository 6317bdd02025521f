"""The analyze stage over ``jobs`` local processes: this one and ``jobs - 1`` workers, analyses in input order.

Chunks of articles go out to the workers; whenever the next result in input order is not back yet, this
process analyses the next chunk itself instead of waiting (it also reads and stores, which takes far less
than analysing). Each process loads the spaCy pipeline once (``load_nlp``'s cache; never pickled) and runs
``analyze_isolated`` on one chunk at a time, so an article whose analysis raises comes back as Failed, as in
a one-process run. At most ``window`` chunks are in flight or waiting: memory is bounded by the chunk, not
the pile, and N jobs take less than N one-process runs (the workers hold no knowledge base, story or CLI).

A command may keep its workers (``Workers``) past the analysis, for work that can be shared out later (the
brief's pictures, storyline.scale.drawing): once the analysis has nothing more for them, each worker drops
its model and runs the command's ``after`` (imports for that later work) while this process runs the story
stage, which the workers cannot share.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from storyline.heap import release_free_memory
from storyline.scale.chunks import TailChunks
from storyline.scale.lean import without_spacy_cli
from storyline.settings import Settings

if TYPE_CHECKING:  # the records' module is imported by the chunks that carry them, not before a command's workers
    from storyline.model import Article, ArticleAnalysis, Failed

# spaCy and the extractors are imported where they are used, not here: a command starts its workers (``warm``)
# before it imports them itself, so that the two imports run at once.

START_METHOD = "forkserver"
"""How workers start. forkserver: they fork from a small clean server process (none of this process's
threads, open knowledge base or imported CLI), and import only what the analysis needs."""
CHUNK = 8
"""Articles per chunk."""
AHEAD = 8
"""Chunks this process may analyse and hold while the oldest chunk is still out at a worker."""
FIRST = 2
"""Chunks more each worker may hold until this process has analysed its own first chunk. That chunk loads this
process's model (about a second), while a worker warmed beside the command's start (``Workers.warm``) has its
own ready: with two chunks it finished them and slept until this process came back to send more."""
_RUN_POLL = 0.5
"""Seconds between a worker's checks that the run's process is still there."""

Results: TypeAlias = "list[ArticleAnalysis | Failed]"


def _running(pid: int) -> bool:
    """Whether process ``pid`` is still running (a killed process waiting to be reaped is not)."""
    if Path("/proc/self/stat").exists():
        try:
            state = Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rpartition(")")[2].split()[0]
        except (OSError, IndexError):
            return False
        return state not in ("Z", "X")
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _exit_with_run(run: int) -> None:
    # A run killed outright (SIGKILL, OOM) cannot stop its workers, and a worker would wait on its queue
    # forever holding a model in memory (its parent, the fork server, lives as long as any worker does):
    # it watches the run's process and exits once that is gone.
    while _running(run):
        time.sleep(_RUN_POLL)
    os._exit(1)


def _start_worker(run: int) -> None:
    # The model loads with the first chunk (load_nlp's cache), which is sent as the pool starts.
    threading.Thread(target=_exit_with_run, args=(run,), daemon=True).start()
    without_spacy_cli()  # before the first chunk imports spaCy: a worker never runs spaCy's command line


def _warm(model: str) -> None:
    from storyline.nlp.pipeline import load_nlp

    load_nlp(model)


def _analyze_chunk(articles: list[Article], settings: Settings) -> Results:
    from storyline.nlp.analyze import analyze_isolated

    return list(analyze_isolated(articles, settings))


def _after_analysis(after: Callable[[], None] | None) -> None:
    from storyline.nlp.pipeline import release_nlp

    release_nlp()
    release_free_memory(freeze=True)  # the worker only draws from now on: its collections skip the tables
    if after is not None:
        after()


def _halves(chunk: list[Article]) -> list[list[Article]]:
    """``chunk`` in two pieces (one if it is a single article): between them this process tops up its workers.
    A worker holds two chunks; with its chunks shorter than this process's (the lengths of articles vary, and
    this process also reads and stores), a worker finished both and slept until this process's chunk was over:
    on the 600-article pile at load 9, 12 such gaps, 2.2 s of a worker's time. An article's analysis does not
    depend on the batch it is in."""
    middle = (len(chunk) + 1) // 2
    return [chunk[:middle], chunk[middle:]] if len(chunk) > 1 else [chunk]


class Workers:
    """``jobs - 1`` worker processes that a command's stages share, started when a stage first asks for them.

    ``after`` runs in each worker once the analysis has no more chunks for it (a module-level function:
    it is pickled by name), to prepare for work the command will share out later.
    """

    def __init__(self, jobs: int, after: Callable[[], None] | None = None) -> None:
        self.jobs = jobs
        self._after = after
        self._executor: ProcessPoolExecutor | None = None

    @property
    def started(self) -> bool:
        """Whether the workers were started (a pile of one batch is analysed without them)."""
        return self._executor is not None

    def executor(self) -> ProcessPoolExecutor:
        """The workers, started on the first call."""
        if self._executor is None:
            context = multiprocessing.get_context(START_METHOD)
            if START_METHOD == "forkserver":
                context.set_forkserver_preload([])  # not the default '__main__': the whole CLI in every worker
            self._executor = ProcessPoolExecutor(
                self.jobs - 1, mp_context=context, initializer=_start_worker, initargs=(os.getpid(),)
            )
        return self._executor

    def warm(self, model: str) -> None:
        """Start the workers now, each loading the pipeline ahead of its first chunk: called before the command
        imports spaCy and reads its inputs, a worker's start (some 2 CPU s: spaCy, the extractors, the model)
        runs beside the command's own instead of after it. For piles the workers will share (``more_than``)."""
        if self.jobs < 2:
            return
        pool = self.executor()
        for _ in range(self.jobs - 1):
            pool.submit(_warm, model)

    def analysis_over(self) -> None:
        """Let each worker drop its model and prepare for what follows (queued behind its last chunk)."""
        if self._executor is not None:
            for _ in range(self.jobs - 1):
                self._executor.submit(_after_analysis, self._after)

    def close(self) -> None:
        """Stop the workers, dropping work not begun."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def analyze_in_pool(
    articles: Iterable[Article],
    settings: Settings | None = None,
    *,
    jobs: int,
    chunk_size: int | None = None,
    workers: Workers | None = None,
) -> Iterator[ArticleAnalysis | Failed]:
    """Analyse ``articles`` in this process and ``jobs - 1`` workers, yielding analyses in input order.

    Chunks are ``CHUNK`` articles (at most a batch), and smaller near the pile's end (``TailChunks``), so that no
    process is left idle long at the end while another finishes its last chunk; the analysis of an article does
    not depend on the batch it is in.
    Each worker has two chunks not done at most (one running, one queued so that it never waits for this process;
    ``FIRST`` more until this process has analysed its first chunk, which loads its model); this process analyses
    its own chunks in two halves and tops the workers up between them (``_halves``); and
    this process may run up to ``AHEAD`` chunks ahead of the oldest chunk not back yet (a worker still
    starting, loading its model), so memory is bounded by a few batches. ``workers`` (their ``jobs`` is used)
    stay up afterwards for the caller; without them the workers are started here and stopped at the end.
    """
    settings = settings or Settings()
    own = workers is None
    workers = Workers(jobs) if workers is None else workers
    if workers.jobs < 2:
        from storyline.nlp.analyze import analyze_isolated

        yield from analyze_isolated(articles, settings)
        return
    chunk_size = chunk_size or min(CHUNK, settings.batch_size)
    sent = 2 * (workers.jobs - 1)
    first = FIRST * (workers.jobs - 1)  # until this process's first chunk is over
    window = sent + first + AHEAD
    chunks = TailChunks(articles, chunk_size, workers.jobs)
    queue: deque[Future[Results] | Results] = deque()  # in input order: a worker's future or results made here
    pool = workers.executor()
    exhausted = False

    def next_chunk() -> list[Article]:
        nonlocal exhausted
        if exhausted or len(queue) >= window:
            return []
        chunk = chunks.next()
        if not chunk:
            exhausted = True
            if not own:  # workers kept for later work: they may get ready for it now
                workers.analysis_over()
        return chunk

    def submit() -> None:
        while sum(isinstance(item, Future) and not item.done() for item in queue) < sent + first and (
            chunk := next_chunk()
        ):
            queue.append(pool.submit(_analyze_chunk, chunk, settings))

    try:
        submit()
        while queue:
            head = queue[0]
            if isinstance(head, Future) and not head.done() and (chunk := next_chunk()):
                mine: Results = []
                queue.append(mine)  # rather than wait for the worker; its place in input order, filled below
                for piece in _halves(chunk):
                    mine.extend(_analyze_chunk(piece, settings))
                    submit()  # a worker done with both its chunks meanwhile gets the next, not half a chunk later
                first = 0
                continue
            queue.popleft()
            results = head.result() if isinstance(head, Future) else head
            submit()
            yield from results
    finally:
        if own:
            workers.close()
