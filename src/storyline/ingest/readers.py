"""Entries to raw documents: read bytes, decode, split JSONL into one document per line."""

from __future__ import annotations

import hashlib
import importlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from storyline.errors import Msg
from storyline.ingest.decode import Failure, check_text, decode, looks_like_html, too_large
from storyline.ingest.files import open_input, read_limited, read_lines, unreadable
from storyline.ingest.meta import Meta, parse_date
from storyline.ingest.sanitize import display_path
from storyline.model import Skip

_SNIFF = 8192
STDIN = "-"
# Readers of volume inputs, imported when first needed (they import this module, and pull in
# fastwarc, pyarrow, feedparser and httpx).
_VOLUME_READERS = {
    "warc": ("storyline.ingest.warc", "read_warc"),
    "parquet": ("storyline.ingest.parquet", "read_parquet"),
    "feed": ("storyline.ingest.feeds", "read_feed"),
    "urls": ("storyline.ingest.feeds", "read_urls"),
}


@dataclass(frozen=True)
class Raw:
    """A document read from an input, before extraction and cleaning."""

    source: str
    text: str
    html: bool
    """``text`` is an HTML page."""
    meta: Meta = field(default_factory=Meta)
    """Metadata the input itself gives (JSONL fields)."""


def _skip(source: str, failure: Failure) -> Skip:
    return Skip(source, failure.reason, failure.detail)


def _from_bytes_or_text(source: str, data: bytes | str, kind: str, limit: int) -> Raw | Skip:
    if isinstance(data, str):
        failure = too_large(len(data.encode("utf-8", "surrogatepass")), limit) or check_text(data)
        if failure:
            return _skip(source, failure)
        text = data
    else:
        if failure := too_large(len(data), limit):
            return _skip(source, failure)
        sniffed_html = kind == "sniff" and looks_like_html(data[:_SNIFF].decode("utf-8", "replace"))
        decoded = decode(data, html=kind == "html" or sniffed_html)
        if isinstance(decoded, Failure):
            return _skip(source, decoded)
        text = decoded
    html = kind == "html" or (kind == "sniff" and looks_like_html(text))
    return Raw(source, text, html)


def stdin_source(content: bytes | str) -> str:
    """The name of standard input in a skip: ``-`` and a hash of what was read, so the same input skipped twice
    is recorded once and two different ones twice (an article read from standard input is just ``-``)."""
    data = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
    return f"{STDIN}#{hashlib.sha256(data).hexdigest()[:16]}" if data else STDIN


def read_stdin(stream: TextIO | BinaryIO, limit: int) -> Raw | Skip:
    """Standard input: plain text, or HTML when it looks like HTML."""
    try:
        # Up to one byte over the limit: enough to tell the input is too large without reading it all.
        data: bytes | str = getattr(stream, "buffer", stream).read(limit + 1)
    except (OSError, UnicodeDecodeError) as e:
        return Skip(STDIN, "undecodable" if isinstance(e, UnicodeDecodeError) else "unreadable", str(e))
    read = _from_bytes_or_text(STDIN, data, "sniff", limit)
    return Skip(stdin_source(data), read.reason, read.detail) if isinstance(read, Skip) else read


def read_file(path: Path, kind: str, limit: int, *, regular: bool = True) -> Iterator[Raw | Skip]:
    """The documents in one file: one for text and HTML, one per line for JSONL, one per row or record for
    the volume inputs (Parquet, WARC, feeds, URL lists). ``regular=False``: a special file named on the
    command line, read as a stream (never more than ``limit`` bytes, or ``limit`` a line for JSONL)."""
    source = display_path(path)
    if kind in _VOLUME_READERS:
        module, name = _VOLUME_READERS[kind]
        yield from getattr(importlib.import_module(module), name)(path, limit)
        return
    try:
        stream = open_input(path, regular=regular)
        if isinstance(stream, Failure):
            yield _skip(source, stream)
            return
        with stream:
            if kind == "jsonl":
                yield from _read_jsonl(source, stream, limit)
                return
            data = read_limited(stream, limit)
    except OSError as e:
        yield _skip(source, unreadable(path, e))
        return
    if isinstance(data, Failure):
        yield _skip(source, data)
        return
    yield _from_bytes_or_text(source, data, kind, limit)


def _jsonl_doc(source: str, number: int, line: str) -> Raw | Skip:
    def malformed(why: str) -> Skip:
        return Skip(source, "malformed", Msg.BAD_JSONL.format(line=number, why=why))

    try:
        record: Any = json.loads(line)
    except (ValueError, RecursionError) as e:
        return malformed(str(e) if isinstance(e, ValueError) else "nested too deeply")
    if not isinstance(record, dict):
        return malformed(f"a JSON {type(record).__name__}, not an object")
    content, html = record.get("text"), False
    if not isinstance(content, str) or not content.strip():
        content, html = record.get("html"), True
    if not isinstance(content, str):
        return malformed("no 'text' or 'html' string")
    if failure := check_text(content):
        return _skip(source, failure)
    fields = {key: record.get(key) for key in ("title", "url", "outlet", "published")}
    bad = [key for key, value in fields.items() if value is not None and not isinstance(value, str)]
    if bad:
        return malformed(f"'{bad[0]}' is not a string")
    published = parse_date(fields["published"] or "")
    if fields["published"] and published is None:
        return malformed(Msg.BAD_DATE.format(value=fields["published"]))
    authors = record.get("byline") or record.get("author") or ()
    if isinstance(authors, str):
        authors = [name.strip() for name in authors.split(";")]
    byline = tuple(name for name in authors if isinstance(name, str) and name.strip())
    # Unsafe characters (a lone surrogate from a "\\ud800" escape) stay until build() replaces and records them.
    meta = Meta(
        title=fields["title"] or None,
        outlet=fields["outlet"] or None,
        url=fields["url"] or None,
        published=published,
        byline=byline,
    )
    return Raw(source, content, html, meta)


def _read_jsonl(source: str, stream: BinaryIO, limit: int) -> Iterator[Raw | Skip]:
    for number, line in enumerate(read_lines(stream, limit), 1):
        where = f"{source}:{number}"
        if isinstance(line, Failure):
            yield _skip(where, line)
            continue
        if number == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        if not line.strip():
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as e:
            yield Skip(where, "undecodable", f"{Msg.UNDECODABLE} (byte {e.start}: {e.reason})")
            continue
        yield _jsonl_doc(where, number, text)
