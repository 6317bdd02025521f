"""The JSON API: every response checked against the OpenAPI document, the same records as brief.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from fastapi.testclient import TestClient

from storyline.present.brief import brief_data
from storyline.present.sentences import claim_sentences
from storyline.store import open_kb
from storyline.web import create_app
from tests.web.openapi_check import validate
from tests.web.web_factory import article_a, article_b

LISTS = ("articles", "actors", "speakers", "quotes", "claims", "events", "relations", "commitments", "skips")


@pytest.fixture(scope="module", params=["hand", "seeds"])
def kb_path(request: pytest.FixtureRequest) -> Path:
    return Path(request.getfixturevalue(f"{request.param}_kb"))


@pytest.fixture(scope="module")
def client(kb_path: Path) -> TestClient:
    return TestClient(create_app(kb_path), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def document(client: TestClient) -> dict[str, Any]:
    response = client.get("/openapi.json")
    assert response.status_code == 200
    return response.json()  # type: ignore[no-any-return]


def get(client: TestClient, document: dict[str, Any], url: str, status: int = 200) -> Any:
    """GET ``url``, check the status and validate the body against the OpenAPI document."""
    response = client.get(url)
    assert response.status_code == status, response.text
    validate(document, "GET", url.split("?")[0], status, response.json())
    return response.json()


def all_items(client: TestClient, document: dict[str, Any], name: str) -> list[Any]:
    return get(client, document, f"/api/{name}?limit=1000")["items"]  # type: ignore[no-any-return]


def test_openapi_lists_every_endpoint(document: dict[str, Any]) -> None:
    paths = set(document["paths"])
    assert {f"/api/{name}" for name in LISTS} <= paths
    assert {"/api/brief", "/api/articles/{article_id}", "/api/actors/{actor_id}", "/api/search"} <= paths
    assert not any(not p.startswith("/api/") for p in paths), "HTML pages are not part of the API document"
    for path, item in document["paths"].items():
        for status in ("404", "422", "500"):
            schema = item["get"]["responses"][status]["content"]["application/json"]["schema"]
            assert schema == {"$ref": "#/components/schemas/ErrorBody"}, (path, status)


def test_every_list_validates_and_pages(client: TestClient, document: dict[str, Any]) -> None:
    for name in LISTS:
        whole = get(client, document, f"/api/{name}?limit=1000")
        assert whole["total"] == len(whole["items"]) and whole["offset"] == 0
        if whole["total"] >= 2:
            second = get(client, document, f"/api/{name}?limit=1&offset=1")
            assert second["items"] == whole["items"][1:2] and second["total"] == whole["total"]
        past = get(client, document, f"/api/{name}?offset={whole['total'] + 5}")
        assert past["items"] == [] and past["total"] == whole["total"]


def test_same_records_as_brief_json(client: TestClient, document: dict[str, Any], kb_path: Path) -> None:
    with open_kb(kb_path, readonly=True) as kb:
        story = kb.load_story()
        expected = json.loads(json.dumps(brief_data(story, kb.skips(), claim_sentences(kb, story))))
    assert get(client, document, "/api/brief") == expected
    key = {"actors": "id", "claims": "id", "events": "id", "commitments": "id"}
    for name, field in key.items():
        brief_name = "claim_groups" if name == "claims" else name
        served = sorted(all_items(client, document, name), key=lambda r: r[field])
        assert served == sorted(expected[brief_name], key=lambda r: r[field]), name
    assert all_items(client, document, "speakers") == expected["speakers"]
    assert all_items(client, document, "relations") == expected["relations"]
    assert all_items(client, document, "skips") == expected["skips"]


def test_detail_endpoints(client: TestClient, document: dict[str, Any]) -> None:
    for info in all_items(client, document, "articles"):
        detail = get(client, document, f"/api/articles/{info['id']}")
        text = detail["article"]["text"]
        for kind in ("mentions", "quotes", "claims", "times", "events"):
            for record in detail["analysis"][kind]:
                assert text[record["start"] : record["end"]] == record["text"], (kind, record)
    for actor in all_items(client, document, "actors"):
        detail = get(client, document, f"/api/actors/{actor['id']}")
        assert detail["actor"] == actor
        assert sum(detail["mentions_per_outlet"].values()) <= actor["mentions"]


def test_quotes_filter_by_speaker_and_outlet(client: TestClient, document: dict[str, Any]) -> None:
    quotes = all_items(client, document, "quotes")
    assert quotes, "the stories have quotes"
    speaker = max({q["speaker"] for q in quotes}, key=lambda s: sum(q["speaker"] == s for q in quotes))
    by_name = get(client, document, f"/api/quotes?speaker={speaker}&limit=1000")["items"]
    assert by_name == [q for q in quotes if q["speaker"] == speaker]
    outlet = by_name[0]["outlet"]
    both = get(client, document, f"/api/quotes?speaker={speaker.upper()}&outlet={outlet}&limit=1000")["items"]
    assert both and all(q["outlet"] == outlet and q["speaker"] == speaker for q in both)
    assert get(client, document, "/api/quotes?outlet=No+Such+Outlet")["total"] == 0


def test_quote_anchors_point_at_the_quote(client: TestClient, document: dict[str, Any]) -> None:
    for item in all_items(client, document, "quotes"):
        analysis = get(client, document, f"/api/articles/{item['article_id']}")["analysis"]
        assert item["index"] is not None
        assert analysis["quotes"][item["index"]] == item["quote"]


def test_search(client: TestClient, document: dict[str, Any]) -> None:
    hits = get(client, document, "/api/search?q=troops")
    assert hits["total"] >= 1 and hits["items"]
    assert {h["kind"] for h in hits["items"]} <= {"article", "quote", "actor"}
    quotes_only = get(client, document, "/api/search?q=troops&kind=article")
    assert all(h["kind"] == "article" and h["href"] == f"/articles/{h['article_id']}" for h in quotes_only["items"])
    # FTS5 syntax in a query is searched as words, never parsed.
    for q in ['"', "NEAR(troops", "troops*", "a OR", "-x", "col:troops"]:
        get(client, document, f"/api/search?q={q}")
    assert get(client, document, "/api/search?q=zzzzqqqq")["total"] == 0


def test_errors_have_one_shape(client: TestClient, document: dict[str, Any]) -> None:
    body = get(client, document, "/api/articles/nope", 404)
    assert body["error"]["code"] == "not_found" and "nope" in body["error"]["message"]
    assert get(client, document, "/api/actors/person:nobody", 404)["error"]["code"] == "not_found"
    assert get(client, document, "/api/no-such-endpoint", 404)["error"]["code"] == "not_found"
    assert get(client, document, "/api/actors?limit=0", 422)["error"]["code"] == "invalid_request"
    assert "limit" in get(client, document, "/api/actors?limit=abc", 422)["error"]["message"]
    assert get(client, document, "/api/search", 422)["error"]["code"] == "invalid_request"
    assert get(client, document, "/api/search?q=x&kind=bogus", 422)["error"]["code"] == "invalid_request"


def test_security_headers(client: TestClient) -> None:
    response = client.get("/api/actors")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"


def test_internal_error_shape(hand_kb: Path, tmp_path: Path) -> None:
    path = tmp_path / "gone.db"
    path.write_bytes(hand_kb.read_bytes())
    client = TestClient(create_app(path), raise_server_exceptions=False)
    assert client.get("/api/articles/" + "a" * 16).status_code == 200
    path.unlink()  # a per-request connection now fails
    response = client.get("/api/articles/" + "a" * 16)
    assert response.status_code == 500
    assert response.json() == {"error": {"code": "internal_error", "message": "internal error; see the server log"}}


def test_read_only_and_sees_a_concurrent_writer(tmp_path: Path) -> None:
    from tests.web.web_factory import EVIL_NAME, injection_article, story

    path = tmp_path / "kb.db"
    parts = [article_a(), article_b()]
    with open_kb(path) as kb:
        for article, analysis in parts:
            kb.save_article(article, analysis, "test")
    client = TestClient(create_app(path))
    assert client.get("/api/articles").json()["total"] == 2
    before = path.read_bytes()
    for url in ("/", "/api/brief", "/api/search?q=troops", f"/articles/{'a' * 16}"):
        client.get(url)
    assert path.read_bytes() == before, "the app never writes"
    with open_kb(path) as writer:  # a brief run adding an article while the server runs
        parts.append(injection_article())
        writer.save_article(*parts[2], "test")
        writer.save_story(story(parts))
        assert client.get("/api/articles").json()["total"] == 3
        names = [a["name"] for a in client.get("/api/actors").json()["items"]]
        assert EVIL_NAME in names


def test_missing_kb_is_refused(tmp_path: Path) -> None:
    from storyline.errors import StoreError

    with pytest.raises(StoreError):
        create_app(tmp_path / "none.db")


def test_validation_catches_a_body_that_breaks_the_document(document: dict[str, Any]) -> None:
    with pytest.raises(jsonschema.ValidationError):
        validate(document, "GET", "/api/actors", 200, {"total": 1, "limit": 50, "offset": 0, "items": [{"id": 3}]})
    with pytest.raises(jsonschema.ValidationError):
        validate(document, "GET", "/api/nowhere", 404, {"detail": "Not Found"})
