"""The HTML pages over the seeds and the hand-built story: each renders, links resolve, text stays inert."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from fastapi.testclient import TestClient
from markupsafe import escape

from storyline.store import open_kb
from storyline.web import create_app
from tests.web.web_factory import EVIL_NAME

PAGES = ("/", "/actors", "/quotes", "/numbers", "/timeline", "/articles", "/search?q=troops")


@pytest.fixture(scope="module")
def seeds(seeds_kb: Path) -> TestClient:
    return TestClient(create_app(seeds_kb))


@pytest.fixture(scope="module")
def hand(hand_kb: Path) -> TestClient:
    return TestClient(create_app(hand_kb))


def links(page: str) -> list[str]:
    return [unquote(h.replace("&amp;", "&")) for h in re.findall(r'href="(/[^"]*)"', page)]


def test_every_page_renders(seeds: TestClient, seeds_kb: Path) -> None:
    with open_kb(seeds_kb, readonly=True) as kb:
        story = kb.load_story()
        ids = kb.article_ids()
    urls = [*PAGES, *(f"/articles/{i}" for i in ids), *(f"/actors/{a.id}" for a in story.actors)]
    for url in urls:
        response = seeds.get(url)
        assert response.status_code == 200, url
        assert response.headers["content-type"].startswith("text/html")
    overview = seeds.get("/").text
    for outlet in ("Worldcrunch", "Mint (The Wall Street Journal)"):
        assert outlet in overview
    assert "<svg" in overview, "timeline and network pictures are inline"


def test_overview_carries_the_brief_sections_in_its_order(seeds: TestClient, seeds_kb: Path) -> None:
    page = seeds.get("/").text
    order = ["key-developments", "discrepancies", "single-outlet", "outlets", "sources", "timeline"]
    at = [page.index(f'<section id="{name}"') for name in order]
    assert at == sorted(at)
    with open_kb(seeds_kb, readonly=True) as kb:
        key = [k["text"] for k in json.loads(seeds.get("/api/brief").text)["key_developments"]]
        assert kb.load_story().events
    assert 3 <= len(key) <= 7
    for text in key:
        assert escape(text) in page
    timeline = seeds.get("/timeline").text
    table = timeline.split("</figure>", 1)[1]
    assert "<mark>" in table and "AGREE" not in table and "agreement" in table  # event types in words


def test_links_lead_to_existing_anchors(seeds: TestClient) -> None:
    """Every link from the quotes, numbers and timeline pages opens a page that holds its anchor."""
    seen: dict[str, str] = {}
    checked = 0
    for page in ("/", "/quotes", "/numbers", "/timeline"):
        for href in links(seeds.get(page).text):
            parts = urlsplit(href)
            if not parts.path.startswith("/articles/") or not parts.fragment:
                continue
            if parts.path not in seen:
                seen[parts.path] = seeds.get(parts.path).text
            assert f'id="{parts.fragment}"' in seen[parts.path], href
            checked += 1
    assert checked >= 10


def test_quotes_page_filters(seeds: TestClient) -> None:
    everything = seeds.get("/quotes").text
    total = everything.count('<blockquote class="quote')
    mint = seeds.get("/quotes", params={"outlet": "Mint (The Wall Street Journal)"}).text
    assert 0 < mint.count('<blockquote class="quote') < total
    cha = seeds.get("/quotes", params={"speaker": "Victor Cha"}).text
    assert 0 < cha.count('<blockquote class="quote') < total
    assert "Worldcrunch" in cha and "Mint (The Wall Street Journal)" in cha, "both outlets quote Victor Cha"


def test_article_page_highlights_every_fact(seeds: TestClient, seeds_kb: Path) -> None:
    with open_kb(seeds_kb, readonly=True) as kb:
        article_id = kb.article_ids()[0]
        analysis = kb.analysis(article_id)
    assert analysis is not None and analysis.quotes
    page = seeds.get(f"/articles/{article_id}").text
    kinds = (("q", analysis.quotes), ("c", analysis.claims), ("m", analysis.mentions), ("t", analysis.times))
    for prefix, records in kinds:
        for i in range(len(records)):
            assert page.count(f'id="{prefix}-{i}"') == 1, f"{prefix}-{i}"


def test_untrusted_text_is_inert(hand: TestClient) -> None:
    evil = ("/articles/" + "c" * 16, "/actors/organisation:evil", "/search?q=bold", "/quotes?speaker=<b>x</b>")
    for url in (*PAGES, *evil):
        page = hand.get(url).text
        assert "<script>window" not in page and "<img src=x" not in page and "<svg onload" not in page, url
        assert "<b>bold</b>" not in page and "<b>Evil" not in page and "<b>x</b>" not in page, url
        assert re.findall(r"<script\b[^>]*>", page) == ['<script src="/static/app.js" defer>'], url
    assert "&lt;img src=x onerror=window.__pwned=4&gt;" in hand.get("/actors").text
    assert EVIL_NAME not in hand.get("/actors").text


def test_unknown_pages_are_html_404(hand: TestClient) -> None:
    for url in ("/nowhere", "/articles/nope", "/actors/person:nobody"):
        response = hand.get(url)
        assert response.status_code == 404 and "<h1>404</h1>" in response.text


def test_static_assets_are_local(hand: TestClient) -> None:
    page = hand.get("/").text
    assert not re.search(r'(src|href)="(https?:)?//', page), "no CDN, no external fonts"
    for asset in ("/static/style.css", "/static/app.js"):
        assert hand.get(asset).status_code == 200
    assert "@import" not in hand.get("/static/style.css").text and "url(" not in hand.get("/static/style.css").text


def test_an_empty_knowledge_base_serves_every_page(tmp_path: Path) -> None:
    open_kb(tmp_path / "empty.db").close()
    client = TestClient(create_app(tmp_path / "empty.db"))
    for url in (*PAGES, "/api/brief", "/api/search?q=x"):
        assert client.get(url).status_code == 200, url
