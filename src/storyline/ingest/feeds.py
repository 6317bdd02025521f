"""RSS/Atom feeds and URL lists: entries and pages to raw HTML documents, fetched with httpx.

A feed entry that carries its full content (``content:encoded``, Atom ``content``) is read from the feed;
one that carries only a summary is fetched from its link. A URL list (``.urls``: one URL a line, ``#``
comments) fetches each URL: an HTML page is one document, a feed is expanded into its entries.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from storyline import __version__
from storyline.errors import Msg
from storyline.ingest.decode import Failure, decode, too_large
from storyline.ingest.files import open_input, read_limited, unreadable
from storyline.ingest.meta import Meta
from storyline.ingest.readers import Raw
from storyline.ingest.sanitize import display_path
from storyline.model import Skip

log = logging.getLogger(__name__)

TIMEOUT = 20.0
"""Seconds to wait for a server (connect and each read)."""
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_FEED_MARKS = ("<rss", "<feed", "<rdf:rdf")


def _client() -> Any:
    import httpx

    return httpx.Client(timeout=TIMEOUT, follow_redirects=True, headers={"User-Agent": f"storyline/{__version__}"})


def _looks_like_feed(content_type: str, data: bytes) -> bool:
    if any(kind in content_type for kind in ("rss", "atom")):
        return True
    head = data[:2048].decode("utf-8", "replace").casefold()
    return any(mark in head for mark in _FEED_MARKS)


def _get(client: Any, url: str, limit: int) -> tuple[str, bytes] | Skip:
    """(content type, body) of a 200 response, or the Skip saying why there is none."""
    import httpx

    try:
        with client.stream("GET", url) as response:
            if response.status_code != 200:
                return Skip(url, "http-status", f"HTTP status {response.status_code}, not 200")
            size = int(response.headers.get("content-length") or 0)
            if failure := too_large(size, limit):
                return Skip(url, failure.reason, failure.detail)
            data = bytearray()
            for chunk in response.iter_bytes():
                data += chunk
                if failure := too_large(len(data), limit):
                    return Skip(url, failure.reason, failure.detail)
            content_type = response.headers.get("content-type", "").split(";")[0].strip().casefold()
            return content_type, bytes(data)
    except (httpx.HTTPError, httpx.InvalidURL, ValueError) as e:
        return Skip(url, "unreachable", f"cannot fetch {url}: {e}")


def fetch_page(client: Any, url: str, limit: int, meta: Meta | None = None) -> Iterator[Raw | Skip]:
    """One URL: an HTML page as a raw document, a feed as its entries, anything else a ``not-html`` skip."""
    got = _get(client, url, limit)
    if isinstance(got, Skip):
        yield got
        return
    content_type, data = got
    if _looks_like_feed(content_type, data):
        yield from _entries(client, url, data, limit)
        return
    if content_type and content_type not in _HTML_TYPES:
        yield Skip(url, "not-html", f"content type '{content_type}', not HTML")
        return
    decoded = decode(data, html=True)
    if isinstance(decoded, Failure):
        yield Skip(url, decoded.reason, decoded.detail)
        return
    yield Raw(url, decoded, True, (meta or Meta()).over(Meta(url=url)))


def _entry_date(entry: Any) -> date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday) if parsed else None


def _entry_meta(entry: Any, outlet: str | None) -> Meta:
    authors = tuple(a.get("name", "").strip() for a in entry.get("authors", []) if a.get("name", "").strip())
    title = entry.get("title")
    return Meta(
        title=title or None,
        outlet=outlet,
        url=entry.get("link") or None,
        published=_entry_date(entry),
        byline=authors or ((entry["author"],) if entry.get("author") else ()),
    )


def _entries(client: Any, source: str, data: bytes, limit: int) -> Iterator[Raw | Skip]:
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        why = parsed.get("bozo_exception") or "no entries"
        yield Skip(source, "not-a-feed", f"not an RSS or Atom feed with entries: {why}")
        return
    outlet = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, 1):
        where = f"{source}#{number}"
        meta = _entry_meta(entry, outlet)
        content = entry.get("content") or []
        full = next((c.get("value") for c in content if c.get("value", "").strip()), None)
        if full:
            yield Raw(where, full, True, meta)
        elif meta.url and client is not None:
            # Feed items usually carry a teaser only: the article is on the linked page.
            yield from fetch_page(client, meta.url, limit, meta)
        else:
            yield Skip(where, "no-body", "feed entry with neither content nor a link")


def _read(path: Path, limit: int) -> bytes | Failure:
    try:
        stream = open_input(path)
        if isinstance(stream, Failure):
            return stream
        with stream:
            return read_limited(stream, limit)
    except OSError as e:
        return unreadable(path, e)


def read_feed(path: Path, limit: int) -> Iterator[Raw | Skip]:
    """A feed file's entries; entries without full content are fetched from their links."""
    source = display_path(path)
    data = _read(path, limit)
    if isinstance(data, Failure):
        yield Skip(source, data.reason, data.detail)
        return
    with _client() as client:
        yield from _entries(client, source, data, limit)


def read_urls(path: Path, limit: int) -> Iterator[Raw | Skip]:
    """A URL list: one URL a line (blank lines and ``#`` comments ignored), each fetched in turn."""
    source = display_path(path)
    data = _read(path, limit)
    try:
        if isinstance(data, Failure):
            yield Skip(source, data.reason, data.detail)
            return
        lines = data.decode("utf-8").splitlines()
    except UnicodeDecodeError as e:
        yield Skip(source, "unreadable", Msg.UNREADABLE.format(path=source, why=e))
        return
    with _client() as client:
        for line in lines:
            url = line.strip()
            if url and not url.startswith("#"):
                yield from fetch_page(client, url, limit)
