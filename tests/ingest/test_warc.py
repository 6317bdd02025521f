"""WARC and WARC.gz archives: English HTML responses kept, every other record skipped with its reason."""

from __future__ import annotations

import gzip
from collections import Counter
from pathlib import Path

import pytest

from storyline.ingest import read_inputs
from storyline.model import Article, Skip
from tests.ingest.volume_pages import BODY as GOOD
from tests.ingest.volume_pages import GERMAN, page


def warc_record(kind: str, uri: str, block: bytes, number: int) -> bytes:
    """One WARC/1.0 record around ``block`` (an HTTP message for responses and requests)."""
    headers = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-11-14T10:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{number:012d}>\r\n"
        f"Content-Type: application/http; msgtype={kind}\r\nContent-Length: {len(block)}\r\n\r\n"
    )
    return headers.encode() + block + b"\r\n\r\n"


def http_response(status: str, content_type: str, body: bytes) -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


RECORDS = [
    ("request", "https://news.example/a", b"GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n"),
    (
        "response",
        "https://news.example/a",
        http_response("200 OK", "text/html; charset=utf-8", page("Talks to resume").encode()),
    ),
    (
        "response",
        "https://news.example/de",
        http_response("200 OK", "text/html", page("Gespräche", GERMAN, "de").encode()),
    ),
    ("response", "https://news.example/gone", http_response("404 Not Found", "text/html", b"<html>gone</html>")),
    ("response", "https://news.example/photo.jpg", http_response("200 OK", "image/jpeg", b"\xff\xd8\xff\xe0binary")),
    ("response", "https://news.example/empty", http_response("200 OK", "text/html", b"<html><body></body></html>")),
]


def write_warc(path: Path, compressed: bool) -> Path:
    records = [warc_record(kind, uri, block, n) for n, (kind, uri, block) in enumerate(RECORDS)]
    if compressed:
        # Common Crawl layout: every record its own gzip member.
        path.write_bytes(b"".join(gzip.compress(r) for r in records))
    else:
        path.write_bytes(b"".join(records))
    return path


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_only_english_html_responses_become_articles(tmp_path: Path, name: str) -> None:
    archive = write_warc(tmp_path / name, compressed=name.endswith(".gz"))
    items = list(read_inputs([str(archive)]))
    articles = [i for i in items if isinstance(i, Article)]
    skips = Counter(i.reason for i in items if isinstance(i, Skip))
    assert len(articles) == 1
    assert articles[0].url == "https://news.example/a"
    assert articles[0].title == "Talks to resume"
    assert "fishing rights" in articles[0].body
    assert articles[0].source.startswith(f"{archive}#")
    # The request record is not a document; each other response is counted under its reason.
    assert skips == Counter({"not-english": 1, "http-status": 1, "not-html": 1, "no-body": 1})


def test_warc_found_in_a_folder_walk(tmp_path: Path) -> None:
    write_warc(tmp_path / "a.warc.gz", compressed=True)
    items = list(read_inputs([str(tmp_path)]))
    assert sum(isinstance(i, Article) for i in items) == 1
    assert not any(isinstance(i, Skip) and i.reason == "unsupported" for i in items)


def test_skip_reasons_name_the_record(tmp_path: Path) -> None:
    archive = write_warc(tmp_path / "crawl.warc", compressed=False)
    gone = next(i for i in read_inputs([str(archive)]) if isinstance(i, Skip) and i.reason == "http-status")
    assert "https://news.example/gone" in gone.source
    assert "404" in gone.detail


@pytest.mark.parametrize("compressed", [False, True])
def test_truncated_record_is_a_truncated_skip_not_a_partial_article(tmp_path: Path, compressed: bool) -> None:
    # Issue 23, item 7: the archive ends inside the second response (an interrupted download).
    whole = warc_record("response", "https://news.example/a", RECORDS[1][2], 1)
    long_page = http_response("200 OK", "text/html", page("Talks go on", GOOD * 20).encode())
    cut = warc_record("response", "https://news.example/b", long_page, 2)
    data = whole + cut[: len(cut) // 2]
    path = tmp_path / ("cut.warc.gz" if compressed else "cut.warc")
    path.write_bytes(gzip.compress(data) if compressed else data)
    items = list(read_inputs([str(path)]))
    assert [i.reason if isinstance(i, Skip) else "article" for i in items] == ["article", "truncated"]
    assert items[1].source.endswith("#2 https://news.example/b")
    assert "archive ends inside this record" in items[1].detail  # type: ignore[union-attr]
