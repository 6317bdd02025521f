"""Files written whole or not at all: a temporary file in the same folder, fsynced, then renamed over the target."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

# The process umask, read once at import (reading it means setting it, which is not thread-safe later):
# mkstemp creates files only the owner may read, and an output should get the mode open() would give it.
_UMASK = os.umask(0o022)
os.umask(_UMASK)


@contextlib.contextmanager
def atomic_file(path: str | Path, mode: str = "w") -> Iterator[IO[Any]]:
    """Open a temporary file beside ``path`` for writing (``"w"`` text in UTF-8, or ``"wb"``); when the block
    ends without an exception it is flushed, fsynced and renamed to ``path``, else removed.

    A reader, or a run killed midway, sees the previous complete file or the new complete file, never a
    truncated one; the rename is atomic because both names are in one folder (one file system)."""
    target = Path(path)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    tmp = Path(name)
    try:
        with os.fdopen(fd, mode, encoding=None if "b" in mode else "utf-8") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, _existing_mode(target))
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_folder(target.parent)


def _existing_mode(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return 0o666 & ~_UMASK


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; a file system that cannot fsync a folder has nothing to make durable."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
