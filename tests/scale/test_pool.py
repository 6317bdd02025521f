"""Issue 22: how many chunks the workers hold, with the work done by a thread instead of a worker process."""

from __future__ import annotations

import concurrent.futures
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import pytest

from storyline.scale import pool
from storyline.scale.pool import FIRST, Workers, analyze_in_pool
from storyline.settings import Settings


def test_a_worker_holds_more_chunks_until_this_process_has_analysed_its_first(monkeypatch: pytest.MonkeyPatch) -> None:
    ready = threading.Event()  # the "worker" waits until this process has analysed a chunk of its own
    sent: list[list[int]] = []
    out_at_first: list[int] = []

    def analyse(chunk: list[int], settings: Settings) -> list[int]:
        if threading.current_thread() is threading.main_thread():
            if not out_at_first:
                out_at_first.append(len(sent))
            ready.set()
        else:
            ready.wait(10)
        return [article * 10 for article in chunk]

    class Counting(ThreadPoolExecutor):
        def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
            sent.append(args[0])
            return super().submit(fn, *args, **kwargs)

    monkeypatch.setattr(pool, "_analyze_chunk", analyse)
    monkeypatch.setattr(Workers, "analysis_over", lambda self: None)  # not this process's model dropped
    workers = Workers(2)
    with Counting(1) as executor:
        workers._executor = executor  # type: ignore[assignment]
        got = list(analyze_in_pool(range(200), Settings(), jobs=2, workers=workers, chunk_size=8))  # type: ignore[arg-type]
        workers._executor = None
    assert got == [article * 10 for article in range(200)], "results in input order"
    assert out_at_first == [2 + FIRST], "two chunks and FIRST more were out when this process began its own"
    assert all(len(chunk) <= 8 for chunk in sent)


def test_a_worker_that_ran_out_gets_the_next_chunk_between_the_halves_of_this_process_s_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    futures: list[Future[Any]] = []
    mine_started = threading.Event()  # the "worker" holds its first chunk until this process begins its own
    sent_at_mine: dict[int, int] = {}  # chunks sent when a piece of this process's own analysis begins, by its start

    def analyse(chunk: list[int], settings: Settings) -> list[int]:
        if threading.current_thread() is threading.main_thread():
            sent_at_mine[chunk[0]] = len(futures)
            if not mine_started.is_set():
                mine_started.set()
                concurrent.futures.wait(futures, timeout=10)  # the worker finishes all it holds meanwhile
        else:
            mine_started.wait(10)
        return [article * 10 for article in chunk]

    class Recording(ThreadPoolExecutor):
        def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
            futures.append(super().submit(fn, *args, **kwargs))
            return futures[-1]

    monkeypatch.setattr(pool, "_analyze_chunk", analyse)
    monkeypatch.setattr(Workers, "analysis_over", lambda self: None)
    workers = Workers(2)
    with Recording(1) as executor:
        workers._executor = executor  # type: ignore[assignment]
        got = list(analyze_in_pool(range(200), Settings(), jobs=2, workers=workers, chunk_size=8))  # type: ignore[arg-type]
        workers._executor = None
    assert got == [article * 10 for article in range(200)], "results in input order"
    first = 8 * (2 + FIRST)  # this process's first chunk: articles 32-39, after the worker's four
    assert sent_at_mine[first] == 2 + FIRST
    assert sent_at_mine.get(first + 4, 0) > 2 + FIRST, "the idle worker was sent more before the chunk's second half"
