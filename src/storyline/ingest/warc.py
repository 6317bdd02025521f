"""WARC and WARC.gz archives (Common Crawl News layout) to raw HTML documents, one per 200 HTML response."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from storyline.errors import Msg
from storyline.ingest.decode import Failure, decode, too_large
from storyline.ingest.meta import Meta
from storyline.ingest.readers import Raw
from storyline.ingest.sanitize import display_path
from storyline.model import Skip

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _source(path: Path, record: object, number: int) -> str:
    uri = record.headers.get("WARC-Target-URI")  # type: ignore[attr-defined]
    return f"{display_path(path)}#{number}" + (f" {uri}" if uri else "")


def read_warc(path: Path, limit: int) -> Iterator[Raw | Skip]:
    """Every response record of a WARC file (gzip or plain): a Raw HTML page, or a Skip with its reason.

    Reasons: ``http-status`` (not 200), ``not-html`` (another content type), ``too-large``, ``truncated``
    (the file ends before the record's Content-Length), and the decoding reasons.
    Request, metadata and warcinfo records are not documents and are passed over.
    English and body checks happen later, in ``build``, like for every other input.
    """
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    source = display_path(path)
    try:
        stream = path.open("rb")
    except OSError as e:
        yield Skip(source, "unreadable", Msg.UNREADABLE.format(path=source, why=e.strerror or e))
        return
    with stream:
        # parse_http: status line and headers; verification off (Common Crawl digests are trusted as read).
        records = ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True)
        for number, record in enumerate(records, 1):
            where = _source(path, record, number)
            status = record.http_headers.status_code if record.http_headers else None
            if status != 200:
                yield Skip(where, "http-status", f"HTTP status {status}, not 200")
                continue
            content_type = (record.http_content_type or "").split(";")[0].strip().casefold()
            if content_type not in _HTML_TYPES:
                yield Skip(where, "not-html", f"content type '{content_type or 'unknown'}', not HTML")
                continue
            if failure := too_large(record.content_length, limit):
                yield Skip(where, failure.reason, failure.detail)
                continue
            payload = record.reader.read()
            if len(payload) < record.content_length:
                # The archive ends inside this record (an interrupted download or copy): a partial page would
                # pass for the whole article.
                detail = Msg.TRUNCATED_RECORD.format(got=len(payload), expected=record.content_length)
                yield Skip(where, "truncated", detail)
                continue
            decoded = decode(payload, html=True)
            if isinstance(decoded, Failure):
                yield Skip(where, decoded.reason, decoded.detail)
                continue
            # The crawl date (WARC-Date) is not the publication date: the page's own (htmldate) is used.
            yield Raw(where, decoded, True, Meta(url=record.headers.get("WARC-Target-URI") or None))
