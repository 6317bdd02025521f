"""RSS/Atom feeds and URL lists, fetched over HTTP from a local server the test starts."""

from __future__ import annotations

import http.server
import threading
from collections import Counter
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest

from storyline.ingest import read_inputs
from storyline.model import Article, Skip
from tests.ingest.volume_pages import page

OTHER = (
    "The central bank raised its main interest rate by a quarter of a point on Thursday, its third increase "
    "this year, and said inflation would stay above its target until next spring.",
    "Economists had expected the move, which the governor said was needed to cool a housing market that "
    "has grown faster than incomes for two years.",
)


def rss(base: str) -> str:
    full = "".join(f"<p>{p}</p>" for p in OTHER)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Example News</title><link>{base}/</link><description>news</description>
<item><title>Rates rise again</title><link>{base}/rates.html</link><author>ann@example.com (Ann Lee)</author>
<pubDate>Thu, 07 Mar 2024 09:00:00 GMT</pubDate><description>Teaser only.</description>
<content:encoded><![CDATA[{full}]]></content:encoded></item>
<item><title>Talks to resume</title><link>{base}/talks.html</link>
<pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate><description>Teaser only.</description></item>
<item><title>Gone</title><link>{base}/missing.html</link><description>Teaser.</description></item>
</channel></rss>"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A local HTTP server on 127.0.0.1 over a folder of pages and feeds; yields (base URL, folder)."""
    root = tmp_path_factory.mktemp("site")
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    handler.log_message = lambda *args: None  # type: ignore[attr-defined]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    (root / "talks.html").write_text(page("Talks to resume"), encoding="utf-8")
    (root / "notes.txt").write_text("plain text, not a page", encoding="utf-8")
    (root / "feed.rss").write_text(rss(base), encoding="utf-8")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base, root
    finally:
        server.shutdown()
        server.server_close()


def test_feed_file_reads_full_content_and_fetches_teasers(site: tuple[str, str], tmp_path: Path) -> None:
    base, _ = site
    feed = tmp_path / "news.rss"
    feed.write_text(rss(base), encoding="utf-8")
    items = list(read_inputs([str(feed)]))
    articles = [i for i in items if isinstance(i, Article)]
    assert [a.title for a in articles] == ["Rates rise again", "Talks to resume"]
    rates, talks = articles
    assert rates.outlet == "Example News" and rates.url == f"{base}/rates.html"
    assert str(rates.published) == "2024-03-07"
    assert "housing market" in rates.body
    # The second entry has a teaser only: its article was fetched from the link.
    assert talks.source == f"{base}/talks.html" and "fishing rights" in talks.body
    assert str(talks.published) == "2024-03-05"
    assert [(s.reason, s.source) for s in items if isinstance(s, Skip)] == [("http-status", f"{base}/missing.html")]


def test_url_list_fetches_pages_and_expands_feeds(site: tuple[str, str], tmp_path: Path) -> None:
    base, _ = site
    urls = tmp_path / "reading.urls"
    urls.write_text(
        f"# a reading list\n{base}/talks.html\n\n{base}/feed.rss\n{base}/nothing.html\n{base}/notes.txt\n"
        "http://127.0.0.1:1/closed\n",
        encoding="utf-8",
    )
    items = list(read_inputs([str(urls)]))
    titles = [i.title for i in items if isinstance(i, Article)]
    # talks.html read directly, then the feed's two readable entries (talks.html again is a duplicate).
    assert titles == ["Talks to resume", "Rates rise again"]
    reasons = Counter(i.reason for i in items if isinstance(i, Skip))
    assert reasons == Counter({"http-status": 2, "duplicate": 1, "not-html": 1, "unreachable": 1})


def test_xml_that_is_no_feed_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "data.xml"
    path.write_text("<?xml version='1.0'?><config><a>1</a></config>", encoding="utf-8")
    (item,) = read_inputs([str(path)])
    assert isinstance(item, Skip) and item.reason == "not-a-feed"
