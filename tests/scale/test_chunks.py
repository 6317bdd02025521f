"""Chunks for the analysis workers: the same items in the same order, smaller chunks only near the end."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from storyline.scale.chunks import TailChunks, tail_size


def _all(chunks: TailChunks[int]) -> list[list[int]]:
    found = []
    while chunk := chunks.next():
        found.append(chunk)
    return found


@pytest.mark.parametrize("n", [0, 1, 7, 8, 31, 32, 33, 100, 600])
@pytest.mark.parametrize("jobs", [2, 3, 8])
def test_every_item_once_in_order(n: int, jobs: int) -> None:
    chunks = _all(TailChunks(range(n), 8, jobs))
    assert [item for chunk in chunks for item in chunk] == list(range(n))
    assert all(1 <= len(chunk) <= 8 for chunk in chunks)


def test_full_chunks_until_the_end_is_in_sight_then_shrinking_to_one() -> None:
    sizes = [len(chunk) for chunk in _all(TailChunks(range(600), 8, 2))]
    assert sizes[:60] == [8] * 60
    tail = sizes[sizes.index(next(s for s in sizes if s < 8)) :]
    assert tail == sorted(tail, reverse=True) and tail[-1] == 1
    assert sum(tail) < 2 * 2 * 8


def test_reads_a_bounded_number_of_items_ahead() -> None:
    read = 0

    def items() -> Iterator[int]:
        nonlocal read
        for i in range(10_000):
            read += 1
            yield i

    chunks = TailChunks(items(), 8, 2)
    for handed in range(1, 50):
        chunks.next()
        assert read - 8 * handed <= 2 * 2 * 8


@pytest.mark.parametrize(("left", "size"), [(32, 8), (13, 4), (4, 1), (1, 1), (0, 1), (1000, 8)])
def test_tail_size(left: int, size: int) -> None:
    assert tail_size(left, 8, 2) == size
