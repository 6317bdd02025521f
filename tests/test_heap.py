"""Returning freed memory to the system: a real call into the C library, never an error."""

from __future__ import annotations

from storyline.heap import _malloc_trim, release_free_memory


def test_release_free_memory_calls_the_c_library_where_it_has_malloc_trim() -> None:
    released = release_free_memory()
    assert isinstance(released, bool)
    if _malloc_trim() is not None:  # glibc (Linux); musl and macOS have no malloc_trim
        # glibc's malloc_trim returns 1 when it gave memory back; after freeing a large block it has some.
        block = [bytearray(1024) for _ in range(50_000)]
        del block
        assert release_free_memory() is True


def test_freezing_leaves_what_survived_out_of_later_collections() -> None:
    import gc

    try:
        release_free_memory(freeze=True)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
