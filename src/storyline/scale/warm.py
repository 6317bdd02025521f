"""Whether a command's inputs make a pile its workers will share: then it starts them before its own imports.

A worker spends about 2 CPU s before its first chunk (importing spaCy and the extractors, loading the model), and
the command about as long importing the same and reading its first articles. Started only when the analysis asks
for them, the workers begin that after the command has done it, with the second core idle meanwhile; started
first, both happen at once. A pile of one batch is analysed without workers (storyline.scale.parallel), so only
a pile that looks larger is worth it: counted cheaply, before anything is read.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

_CHUNK = 1 << 20


def more_than(inputs: Iterable[str], n: int) -> bool:
    """Whether ``inputs`` hold more than ``n`` documents by a cheap count: a folder's files, a .jsonl file's lines,
    any other file one, stdin none. Unreadable inputs count for nothing (the reader reports them)."""
    count = 0
    for name in inputs:
        if name == "-":
            continue
        path = Path(name)
        try:
            if path.is_dir():
                for _root, _dirs, files in os.walk(path):
                    count += len(files)
                    if count > n:
                        return True
            elif path.suffix.lower() == ".jsonl":
                count += _lines(path, n - count + 1)
            elif path.exists():
                count += 1
        except OSError:
            continue
        if count > n:
            return True
    return False


def _lines(path: Path, enough: int) -> int:
    """The lines of ``path``, counted up to ``enough``."""
    count = 0
    with path.open("rb") as stream:
        while count < enough and (block := stream.read(_CHUNK)):
            count += block.count(b"\n")
    return count


def prepare_drawing() -> None:
    """``present.drawings.prepare``, for a command's ``Workers(after=...)``: named here, the command need not import
    the drawing modules (and what they import) before it has started its workers."""
    from storyline.present.drawings import prepare

    prepare()
