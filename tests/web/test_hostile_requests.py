"""Issue 23, item 9: hostile queries and parameters get a clean 4xx, every error carries the security headers,
and search snippets mark matches only where the index matched."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from storyline.store import open_kb
from storyline.web import create_app
from storyline.web.app import SECURITY_HEADERS
from tests.web.web_factory import article_a, article_b

BRACKETS = " Officials wrote [sic] and [redacted] in the troops memo, and ] then [ alone."


@pytest.fixture(scope="module")
def kb_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "story.db"
    article, analysis = article_a()
    # Brackets in the article's own text: the old snippet markers.
    article = dataclasses.replace(article, text=article.text + BRACKETS, body=article.body + BRACKETS)
    with open_kb(path) as kb:
        kb.save_article(article, analysis, "test")
        kb.save_article(*article_b(), "test")
    return path


@pytest.fixture(scope="module")
def client(kb_path: Path) -> TestClient:
    return TestClient(create_app(kb_path), raise_server_exceptions=False)


def assert_secure(response: object) -> None:
    for key, value in SECURITY_HEADERS.items():
        assert response.headers.get(key) == value, (key, response.status_code)  # type: ignore[attr-defined]


@pytest.mark.parametrize("q", ["%00", "a%00b", "%01%1b%7f", "%ED%A0%80"])
def test_control_characters_in_an_api_query_are_not_an_error(client: TestClient, q: str) -> None:
    response = client.get(f"/api/search?q={q}")
    assert response.status_code == 200, response.text
    assert response.json()["total"] == 0
    assert_secure(response)


@pytest.mark.parametrize("url", ["/search?q=%00", "/search?q=a%00b", "/search?q=troops%00"])
def test_control_characters_in_a_page_query_are_not_an_error(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200, response.text
    assert_secure(response)


def test_a_control_character_splits_words_like_a_space(client: TestClient) -> None:
    total = client.get("/api/search?q=troops memo").json()["total"]
    assert client.get("/api/search?q=troops%00memo").json()["total"] == total > 0


HUGE = ("9223372036854775808", "9223372036854775807", "99999999999999999999999999", "-1", "1e3", "abc")


@pytest.mark.parametrize("value", HUGE)
@pytest.mark.parametrize("path", ["/api/articles", "/api/actors", "/api/quotes", "/api/skips", "/api/search?q=troops"])
def test_out_of_range_offset_and_limit_are_a_json_422(client: TestClient, path: str, value: str) -> None:
    glue = "&" if "?" in path else "?"
    for name in ("offset", "limit"):
        response = client.get(f"{path}{glue}{name}={value}")
        assert response.status_code == 422, (name, value, response.text)
        assert response.json()["error"]["code"] == "invalid_request"
        assert_secure(response)


def test_out_of_range_offset_on_the_search_page_is_a_422_page(client: TestClient) -> None:
    response = client.get("/search?q=troops&offset=9223372036854775808")
    assert response.status_code == 422 and response.headers["content-type"].startswith("text/html")
    assert_secure(response)


def test_largest_allowed_offset_is_an_empty_page(client: TestClient) -> None:
    body = client.get("/api/search?q=troops&offset=1000000000").json()
    assert body["items"] == [] and body["total"] > 0


def test_literal_brackets_never_become_marks(client: TestClient) -> None:
    page = client.get("/search?q=sic").text
    assert "[<mark>sic</mark>]" in page
    assert "<mark>redacted</mark>" not in page
    page = client.get("/search?q=memo").text
    assert "<mark>memo</mark>" in page and "[sic]" in page and "] then [" in page
    assert page.count("<mark>") == page.count("</mark>")
    hits = client.get("/api/search?q=memo").json()["items"]
    assert any("[memo]" in hit["snippet"] for hit in hits), "the API keeps its documented [match] form"


def test_a_500_carries_the_security_headers(tmp_path: Path) -> None:
    # A real server error: an analysis stored as something that is not JSON (a damaged knowledge base).
    path = tmp_path / "kb.db"
    article, analysis = article_a()
    with open_kb(path) as kb:
        kb.save_article(article, analysis, "test")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE articles SET analysis = 'not json'")
    client = TestClient(create_app(path), raise_server_exceptions=False)
    for url, kind in ((f"/api/articles/{article.id}", "application/json"), (f"/articles/{article.id}", "text/html")):
        response = client.get(url)
        assert response.status_code == 500, response.text
        assert response.headers["content-type"].startswith(kind)
        assert_secure(response)
    assert client.get(f"/api/articles/{article.id}").json()["error"]["code"] == "internal_error"
