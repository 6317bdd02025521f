"""Inputs to entries: files as named, directories walked recursively in sorted order, ``-`` for stdin."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from storyline.errors import InputError, Msg
from storyline.ingest.manifest import MANIFEST_NAME
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
STDIN = "-"


@dataclass(frozen=True)
class Entry:
    """One input to read: a file (or stdin) and how to read it."""

    path: Path | None
    """None for standard input."""
    kind: str
    """text, html, jsonl, warc, parquet, feed, urls, or sniff (decide from the content: stdin, explicit files
    of other types)."""
    root: Path | None = None
    """The folder the user named (for directory inputs) or the file's own folder: manifests are looked up
    from the file's folder up to here."""

    @property
    def source(self) -> str:
        return STDIN if self.path is None else str(self.path)


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


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _walk_dir(root: Path, ignore: frozenset[Path]) -> Iterator[Entry | Skip]:
    for path in sorted(root.rglob("*")):
        if _hidden(path, root) or path.is_dir() or path.name == MANIFEST_NAME or path.resolve() in ignore:
            continue
        kind = kind_of(path)
        if kind is None:
            yield Skip(str(path), "unsupported", Msg.UNSUPPORTED.format(path=path))
        else:
            yield Entry(path, kind, root)


def check_inputs(inputs: Sequence[str]) -> None:
    """Raise InputError for a named path that does not exist (before anything is read)."""
    for name in inputs:
        if name != STDIN and not Path(name).exists():
            raise InputError(Msg.NOT_FOUND.format(path=name))


def walk(inputs: Sequence[str], *, ignore: frozenset[Path] = frozenset()) -> Iterator[Entry | Skip]:
    """Every input as an entry (or an unsupported skip), in the order given, directories sorted.

    ``ignore``: resolved paths passed over silently inside directories (the --manifest file).
    """
    for name in inputs:
        if name == STDIN:
            yield Entry(None, "sniff")
            continue
        path = Path(name)
        if path.is_dir():
            yield from _walk_dir(path, ignore)
        else:
            # A file named explicitly is read even with an unknown extension: its content decides.
            yield Entry(path, kind_of(path) or "sniff", path.parent)
