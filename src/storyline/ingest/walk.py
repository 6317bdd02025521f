"""Inputs to entries: files as named, directories walked recursively in sorted order, ``-`` for stdin.

Only regular files are read from a folder. Everything else becomes a skip before it is opened: a FIFO would
block the run forever, a device never ends, a socket cannot be read, and a symbolic link loop (or a link to
a folder, which is not followed, so a walk always ends) has no file behind it. A special file named on the
command line (``/dev/stdin``, a FIFO, a process substitution such as ``<(zcat a.txt.gz)``) is the user's
explicit choice: it is read as a stream, never more than ``--max-bytes`` plus one byte.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from storyline.errors import InputError, Msg
from storyline.ingest.manifest import MANIFEST_NAME
from storyline.ingest.sanitize import display_path
from storyline.model import Skip

TEXT = frozenset({".txt", ".text"})
HTML = frozenset({".html", ".htm", ".xhtml"})
JSONL = frozenset({".jsonl", ".ndjson"})
# Volume inputs (storyline.ingest.warc, parquet, feeds): archives, article tables, feeds, URL lists.
VOLUME = {
    ".warc": "warc",
    ".warc.gz": "warc",
    ".parquet": "parquet",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".urls": "urls",
}
STREAMABLE = frozenset({"text", "html", "jsonl", "sniff"})
"""Kinds a special file named on the command line may be read as (the volume readers need a real file)."""
STDIN = "-"


@dataclass(frozen=True)
class Entry:
    """One input to read: a file (or stdin) and how to read it."""

    path: Path | None
    """None for standard input. Absolute, through resolved folders: the canonical name of the input."""
    kind: str
    """text, html, jsonl, warc, parquet, feed, urls, or sniff (decide from the content: stdin, explicit files
    of other types)."""
    root: Path | None = None
    """The folder the user named (for directory inputs) or the file's own folder: manifests are looked up
    from the file's folder up to here."""
    regular: bool = True
    """False for a special file named on the command line: read as a stream, bounded by --max-bytes."""

    @property
    def source(self) -> str:
        return STDIN if self.path is None else display_path(self.path)


def kind_of(path: Path) -> str | None:
    """text, html, jsonl, warc, parquet, feed or urls from the file name; None when storyline cannot read it."""
    suffix = path.suffix.casefold()
    if path.name.casefold().endswith(".warc.gz"):
        return "warc"
    if suffix in VOLUME:
        return VOLUME[suffix]
    if suffix in TEXT:
        return "text"
    if suffix in HTML:
        return "html"
    if suffix in JSONL:
        return "jsonl"
    return None


def canonical(path: Path) -> Path:
    """The absolute path with its folders resolved (the last part, a file or a link, kept as named): one input
    has one name however it was reached, so its skips are recorded once."""
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.parent.resolve() / absolute.name
    except (OSError, RuntimeError):  # a loop among the folders: the absolute path is the best name there is
        return absolute


def _file_type(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a link to a folder (links to folders are not followed)"
    return "not a regular file"


def _unreadable(path: Path, e: OSError) -> Skip:
    why = "a symbolic link loop" if e.errno == errno.ELOOP else e.strerror or str(e)
    if e.errno == errno.ENOENT:
        why = "a broken symbolic link"
    source = display_path(path)
    return Skip(source, "unreadable", Msg.UNREADABLE.format(path=source, why=why))


def special(path: Path, mode: int) -> Skip:
    """The skip of a file that is not a regular file (never opened)."""
    source = display_path(path)
    return Skip(source, "not-a-regular-file", Msg.NOT_REGULAR.format(path=source, what=_file_type(mode)))


def _walk_dir(root: Path, folder: Path, ignore: frozenset[Path]) -> Iterator[Entry | Skip]:
    try:
        with os.scandir(folder) as scan:
            children = sorted(scan, key=lambda child: child.name)
    except OSError as e:
        yield _unreadable(folder, e)
        return
    for child in children:
        path = folder / child.name
        if child.name.startswith(".") or child.name == MANIFEST_NAME or path in ignore:
            continue
        try:
            if child.is_dir(follow_symlinks=False):
                yield from _walk_dir(root, path, ignore)
                continue
            # stat follows a link to its target: a loop or a dangling link raises here, before any open.
            mode = os.stat(path).st_mode
        except OSError as e:
            yield _unreadable(path, e)
            continue
        if not stat.S_ISREG(mode):
            yield special(path, mode)
            continue
        kind = kind_of(path)
        if kind is None:
            source = display_path(path)
            yield Skip(source, "unsupported", Msg.UNSUPPORTED.format(path=source))
        else:
            yield Entry(path, kind, root)


def check_inputs(inputs: Sequence[str]) -> None:
    """Raise InputError for a named path that does not exist (before anything is read); a link that leads
    nowhere exists, and becomes an unreadable skip."""
    for name in inputs:
        if name == STDIN:
            continue
        try:
            os.lstat(name)
        except OSError as e:
            raise InputError(Msg.NOT_FOUND.format(path=display_path(Path(name)))) from e


def walk(inputs: Sequence[str], *, ignore: frozenset[Path] = frozenset()) -> Iterator[Entry | Skip]:
    """Every input as an entry (or a skip saying why it is not read), in the order given, folders sorted.

    ``ignore``: canonical paths passed over silently inside directories (the --manifest file).
    """
    for name in inputs:
        if name == STDIN:
            yield Entry(None, "sniff")
            continue
        path = canonical(Path(name))
        try:
            mode = os.stat(path).st_mode
        except OSError as e:
            yield _unreadable(path, e)
            continue
        if stat.S_ISDIR(mode):
            # The named folder itself may be a link: the user chose it. Links inside it are not followed.
            root = path.resolve()
            yield from _walk_dir(root, root, ignore)
            continue
        # A file named explicitly is read even with an unknown extension: its content decides.
        kind = kind_of(path) or "sniff"
        if stat.S_ISREG(mode):
            yield Entry(path, kind, path.parent)
        elif kind in STREAMABLE and not stat.S_ISSOCK(mode):
            yield Entry(path, kind, path.parent, regular=False)
        else:
            yield special(path, mode)
