"""Entries to raw documents: read bytes, decode, split JSONL into one document per line."""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from storyline.errors import Msg
from storyline.ingest.decode import Failure, check_text, decode, looks_like_html, too_large
from storyline.ingest.meta import Meta, parse_date
from storyline.ingest.normalize import sanitize
from storyline.model import Skip

_SNIFF = 8192
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
        text = sanitize(data)
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


def read_stdin(stream: TextIO | BinaryIO, limit: int) -> Raw | Skip:
    """Standard input: plain text, or HTML when it looks like HTML."""
    try:
        # Up to one byte over the limit: enough to tell the input is too large without reading it all.
        data: bytes | str = getattr(stream, "buffer", stream).read(limit + 1)
    except (OSError, UnicodeDecodeError) as e:
        return Skip("-", "undecodable" if isinstance(e, UnicodeDecodeError) else "unreadable", str(e))
    return _from_bytes_or_text("-", data, "sniff", limit)


def read_file(path: Path, kind: str, limit: int) -> Iterator[Raw | Skip]:
    """The documents in one file: one for text and HTML, one per line for JSONL, one per row or record for
    the volume inputs (Parquet, WARC, feeds, URL lists)."""
    source = str(path)
    if kind in _VOLUME_READERS:
        module, name = _VOLUME_READERS[kind]
        yield from getattr(importlib.import_module(module), name)(path, limit)
        return
    try:
        if kind == "jsonl":
            yield from _read_jsonl(path, limit)
            return
        if failure := too_large(path.stat().st_size, limit):
            yield _skip(source, failure)
            return
        data = path.read_bytes()
    except OSError as e:
        yield Skip(source, "unreadable", Msg.UNREADABLE.format(path=source, why=e.strerror or e))
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
    byline = tuple(sanitize(name) for name in authors if isinstance(name, str) and name.strip())
    meta = Meta(
        title=sanitize(fields["title"]) if fields["title"] else None,
        outlet=sanitize(fields["outlet"]) if fields["outlet"] else None,
        url=fields["url"] or None,
        published=published,
        byline=byline,
    )
    return Raw(source, sanitize(content), html, meta)


def _read_jsonl(path: Path, limit: int) -> Iterator[Raw | Skip]:
    with path.open("rb") as stream:
        for number, line in enumerate(stream, 1):
            source = f"{path}:{number}"
            if failure := too_large(len(line), limit):
                yield _skip(source, failure)
                continue
            if number == 1:
                line = line.removeprefix(b"\xef\xbb\xbf")
            if not line.strip():
                continue
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError as e:
                yield Skip(source, "undecodable", f"{Msg.UNDECODABLE} (byte {e.start}: {e.reason})")
                continue
            yield _jsonl_doc(source, number, text)
