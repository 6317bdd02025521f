"""The payload corpus through every output: briefs, index, Markdown, web pages and API, CLI tables, GraphML,
Parquet. Nothing in them may run, load, link to a script URL, break a table or reach the terminal raw."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from markupsafe import escape

from storyline.cli.main import cli
from storyline.present.escape import REPLACEMENT
from storyline.present.exports import write_graphml, write_parquet_tables
from storyline.present.jinja import FILE_CSP
from storyline.web import create_app
from tests.security.conftest import Outputs, brief
from tests.security.inert import dangers, shown_text
from tests.security.payloads import CONTROL, MATHTEXT, SCRIPT, TERMINAL, strings, write_ingest_only

_RAW_TERMINAL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_HREF = re.compile(r"""<a\b[^>]*\bhref="([^"]*)\"""")


def _html_files(outputs: Outputs) -> list[Path]:
    return sorted(outputs.out.rglob("*.html"))


def _check_page(html: str) -> None:
    assert dangers(html) == []
    for href in _HREF.findall(html):
        # Article URLs are links only when http(s); the rest are the page's own anchors and story folders.
        assert href.startswith(("http://", "https://", "#", "/")) or re.fullmatch(r"[\w%.-]+/brief\.html", href), href


def test_one_story_brief_is_inert_and_shows_every_payload_as_text(one_story: Outputs) -> None:
    html = (one_story.out / "brief.html").read_text(encoding="utf-8")
    _check_page(html)
    text = shown_text(html)
    assert SCRIPT in text and "</script><script>window.name='PWNED-4'</script>" in text  # escaped, not dropped
    assert MATHTEXT[0] in text
    assert f'<meta http-equiv="Content-Security-Policy" content="{escape(FILE_CSP)}">' in html
    assert html.count("<svg") >= 2  # the pictures survived "$...$" labels (issue 23, item 5)


@pytest.mark.parametrize("name", ["mixed_pile", "poisoned"])
def test_every_html_file_of_a_mixed_pile_and_a_poisoned_story_is_inert(
    name: str, request: pytest.FixtureRequest
) -> None:
    outputs: Outputs = request.getfixturevalue(name)
    pages = _html_files(outputs)
    assert any(p.name == "index.html" for p in pages) and sum(p.name == "brief.html" for p in pages) >= 2
    for page in pages:
        html = page.read_text(encoding="utf-8")
        _check_page(html)
        assert 'http-equiv="Content-Security-Policy"' in html, page


def _markdown_tables_hold(markdown: str) -> None:
    """Every row of every table has as many unescaped pipes as its header: no payload split a cell."""
    widths: list[int] = []
    for line in markdown.splitlines():
        if not line.startswith("|"):
            widths = []
            continue
        pipes = re.sub(r"\\.", "", line).count("|")
        widths.append(pipes)
        assert pipes == widths[0], line


@pytest.mark.parametrize("name", ["one_story", "mixed_pile", "poisoned"])
def test_brief_md_renders_inert_in_a_commonmark_renderer(name: str, request: pytest.FixtureRequest) -> None:
    from markdown_it import MarkdownIt

    outputs: Outputs = request.getfixturevalue(name)
    # Raw HTML on, as GitHub-like renderers do: what would pass through must already be escaped.
    renderer = MarkdownIt("commonmark", {"html": True}).enable("table")
    files = sorted(outputs.out.rglob("brief.md"))
    assert files
    for path in files:
        markdown = path.read_text(encoding="utf-8")
        _markdown_tables_hold(markdown)
        assert not _RAW_TERMINAL.search(markdown), path  # cat brief.md is safe too
        html = renderer.render(markdown)
        assert dangers(html) == [], path
        assert "javascript:" not in " ".join(_HREF.findall(html))
    assert SCRIPT in shown_text(renderer.render((outputs.out.rglob("brief.md").__next__()).read_text()))


@pytest.mark.parametrize("name", ["one_story", "poisoned"])
def test_web_pages_and_api_are_inert(name: str, request: pytest.FixtureRequest) -> None:
    outputs: Outputs = request.getfixturevalue(name)
    story = outputs.story()
    client = TestClient(create_app(outputs.kb))
    paths = ["/", "/actors", "/quotes", "/numbers", "/timeline", "/articles", "/search?q=window",
             "/search?q=PWNED", *(f"/actors/{a.id}" for a in story.actors),
             *(f"/articles/{a.id}" for a in story.articles)]  # fmt: skip
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        _check_page(response.text)
    overview = client.get("/").text
    if story.events:
        assert "No timeline picture" not in overview  # charts are no longer dropped (issue 23, item 5)
    assert "<svg" in client.get("/numbers").text
    api = client.get("/api/actors?limit=500").json()
    # The API hands the text back as data, exactly as stored: escaping is the page's job.
    assert sorted(a["name"] for a in api["items"]) == sorted(a.name for a in story.actors)
    for path in ("/api/brief", "/api/articles", "/api/quotes", "/api/claims", "/api/events", "/api/search?q=window"):
        response = client.get(path)
        assert response.status_code == 200 and response.headers["content-type"].startswith("application/json"), path
        assert "Content-Security-Policy" in response.headers


@pytest.mark.parametrize("name", ["one_story", "mixed_pile", "poisoned"])
@pytest.mark.parametrize("command", ["claims", "stories", "timeline", "actors", "commitments"])
def test_cli_tables_never_print_a_raw_terminal_escape(name: str, command: str, request: pytest.FixtureRequest) -> None:
    outputs: Outputs = request.getfixturevalue(name)
    table = CliRunner().invoke(cli, [command, str(outputs.kb)])
    assert table.exit_code == 0, table.output
    assert not _RAW_TERMINAL.search(table.output), repr(table.output)
    if command != "commitments" or "--json" in CliRunner().invoke(cli, [command, "--help"]).output:
        as_json = CliRunner().invoke(cli, [command, str(outputs.kb), "--json"])
        assert not _RAW_TERMINAL.search(as_json.output)
        json.loads(as_json.output)  # escaped as \\uXXXX: still valid JSON


def test_graphml_and_parquet_of_the_poisoned_story(poisoned: Outputs, tmp_path: Path) -> None:
    story = poisoned.story()
    graph = nx.read_graphml(write_graphml(story, tmp_path / "graph.graphml"))
    names = [data["name"] for _, data in graph.nodes(data=True)]
    assert names and all(CONTROL[0] not in n and "\ufffe" not in n for n in names)
    assert any(REPLACEMENT in n for n in names) or not any(CONTROL[0] in a.name for a in story.actors)
    entities, _ = write_parquet_tables(story, tmp_path / "tables")
    titles = pq.read_table(entities).column("title").to_pylist()
    assert titles == [a.name for a in story.actors]  # Parquet holds any text: kept as it is


def test_the_corpus_reached_every_field(one_story: Outputs) -> None:
    """Guards the tests above from passing on an empty story: the payloads are in the brief's data."""
    data = json.loads((one_story.out / "brief.json").read_text(encoding="utf-8"))
    everything = " ".join(strings(data))
    assert SCRIPT in everything and MATHTEXT[0] in everything
    assert len(data["articles"]) == 4 and data["claim_groups"] and data["speakers"] and data["events"]


def test_control_characters_in_metadata_are_replaced_at_ingest(one_story: Outputs) -> None:
    """Issue 23, item 12: control characters and terminal escapes in an outlet are replaced when the article
    is read (ingest/sanitize.py), so they never reach the store; the outputs neutralise them as well."""
    data = json.loads((one_story.out / "brief.json").read_text(encoding="utf-8"))
    outlets = " ".join(a["outlet"] or "" for a in data["articles"])
    assert TERMINAL[0] not in outlets and CONTROL[0] not in " ".join(strings(data))


def test_a_pile_with_surrogates_and_nul_still_briefs(corpus: Path, tmp_path: Path) -> None:
    """Issue 23, items 2 and 12: lone surrogates and control characters in a JSONL line are replaced at ingest
    (a NUL in a metadata field too), so the line becomes an article and the brief is written."""
    hostile = write_ingest_only(tmp_path / "hostile")
    outputs = brief([corpus, hostile], tmp_path / "out")
    data = json.loads((outputs.out / "brief.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) == 5
    assert not any(re.search("[\ud800-\udfff\x00\x01]", s) for s in strings(data))
    _check_page((outputs.out / "brief.html").read_text(encoding="utf-8"))
