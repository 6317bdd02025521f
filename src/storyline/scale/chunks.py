"""Chunks of a pile for the analysis workers: full chunks, then smaller ones as the pile's end comes in sight.

The command's process and its workers each take a chunk at a time, and a worker also holds a second one queued
(so that it never waits for the command between two). When the pile runs out, whoever finishes first waits for
what the others still hold: up to two full chunks, some 0.7 s of analysis at 8 articles each, with a core idle
and the story stage (the command's alone) not yet begun. Reading a few chunks ahead tells when the end is near;
the articles left are then cut into pieces that shrink down to one article, so the processes run out within
about an article of each other. The articles and their order are untouched: only where the chunks are cut moves.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from typing import Generic, TypeVar

_T = TypeVar("_T")


class TailChunks(Generic[_T]):
    """``items`` in chunks of ``size`` for ``jobs`` processes, the last ``2 * jobs`` chunks' worth cut smaller.

    Holds at most ``2 * jobs * size`` items read ahead of the chunks handed out.
    """

    def __init__(self, items: Iterable[_T], size: int, jobs: int) -> None:
        self._items = iter(items)
        self._size = size
        self._jobs = jobs
        self._ahead: deque[_T] = deque()
        self._ended = False

    def next(self) -> list[_T]:
        """The next chunk, in order; empty once every item was handed out."""
        while not self._ended and len(self._ahead) < 2 * self._jobs * self._size:
            try:
                self._ahead.append(next(self._items))
            except StopIteration:
                self._ended = True
        size = self._size if not self._ended else tail_size(len(self._ahead), self._size, self._jobs)
        return [self._ahead.popleft() for _ in range(min(size, len(self._ahead)))]


def tail_size(left: int, size: int, jobs: int) -> int:
    """A chunk's size once only ``left`` items remain: about two more chunks for each of ``jobs`` processes,
    never more than ``size``, never less than one."""
    return max(1, min(size, -(-left // (2 * jobs))))
