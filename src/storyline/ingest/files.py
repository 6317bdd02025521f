"""Opening and reading one input file safely: what was opened is checked, and no read passes the limit."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from storyline.errors import Msg
from storyline.ingest.decode import Failure, too_large
from storyline.ingest.sanitize import display_path
from storyline.ingest.walk import special

_CHUNK = 1 << 16


def open_input(path: Path, *, regular: bool = True) -> BinaryIO | Failure:
    """``path`` opened for reading in binary (raises OSError). With ``regular`` (every file found in a folder),
    the open does not block (a FIFO put in the file's place since the walk would wait for a writer forever) and
    the opened file must be a regular file, else a not-a-regular-file failure."""
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | (os.O_NONBLOCK if regular else 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if regular and not stat.S_ISREG(mode):
            os.close(fd)
            return Failure("not-a-regular-file", special(path, mode).detail)
        if regular:
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_limited(stream: BinaryIO, limit: int) -> bytes | Failure:
    """At most ``limit`` bytes of ``stream``; a too-large failure when there are more (one byte over is read to
    know it, never the whole)."""
    size = os.fstat(stream.fileno()).st_size if stream.seekable() else 0
    if failure := too_large(size, limit):
        return failure
    data = stream.read(limit + 1)
    if len(data) > limit:
        return Failure("too-large", Msg.TOO_LARGE_STREAM.format(limit=limit))
    return data


def read_lines(stream: BinaryIO, limit: int) -> Iterator[bytes | Failure]:
    """The lines of ``stream`` (with their ends), a too-large failure instead of each line over ``limit``
    bytes: a long line is passed over a chunk at a time, never held whole."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit:
            yield line
            continue
        size = len(line)
        while not line.endswith(b"\n"):
            line = stream.readline(_CHUNK)
            if not line:
                break
            size += len(line)
        yield Failure("too-large", Msg.TOO_LARGE.format(size=size, limit=limit))


def unreadable(path: Path, e: OSError) -> Failure:
    """The failure of an input that cannot be opened or read."""
    return Failure("unreadable", Msg.UNREADABLE.format(path=display_path(path), why=e.strerror or e))
