"""Key developments against a hand gold (tests/data/gold/key_developments.yaml): on the seeds and on a MEANTIME
Wikinews cluster, every statement is a correct one, stated by a source sentence as written, with its sources, and
brief.json, brief.md, brief.html and the web overview state the same ones in the same order."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from fastapi.testclient import TestClient
from markupsafe import escape

from storyline.model import Statement, Story
from storyline.present.brief import write_brief
from storyline.present.escape import markdown_text
from storyline.present.sentences import claim_sentences
from storyline.present.summary import MAX_KEY, MIN_KEY, key_developments
from storyline.runner import run
from storyline.store import open_kb
from storyline.web import create_app

ROOT = Path(__file__).resolve().parents[2]
GOLD = yaml.safe_load((ROOT / "tests" / "data" / "gold" / "key_developments.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module", params=sorted(GOLD))
def briefed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    gold = GOLD[request.param]
    kb_path = tmp_path_factory.mktemp(request.param) / "story.db"
    manifest = ROOT / gold["manifest"] if "manifest" in gold else None
    story = run([str(ROOT / p) for p in gold["inputs"]], kb=kb_path, manifest=manifest).story
    with open_kb(kb_path, readonly=True) as kb:
        sentences = claim_sentences(kb, story)
        texts = {a.id: a.text for a in kb.articles()}
    return {"gold": gold, "story": story, "sentences": sentences, "texts": texts, "kb": kb_path}


def _states(statement: Statement, fact: dict[str, Any]) -> bool:
    return any(phrase.casefold() in statement.text.casefold() for phrase in fact["any"])


def _key(briefed: dict[str, Any]) -> tuple[Statement, ...]:
    return key_developments(briefed["story"], briefed["sentences"])


def test_every_key_development_is_a_correct_statement(briefed: dict[str, Any]) -> None:
    key = _key(briefed)
    gold = briefed["gold"]
    assert MIN_KEY <= len(key) <= MAX_KEY
    for statement in key:
        assert any(_states(statement, fact) for fact in gold["facts"]), statement.text
        assert not any(bad.casefold() in statement.text.casefold() for bad in gold["not"]), statement.text


def test_enough_of_the_gold_facts_are_stated(briefed: dict[str, Any]) -> None:
    key = _key(briefed)
    stated = [fact["what"] for fact in briefed["gold"]["facts"] if any(_states(s, fact) for s in key)]
    assert len(stated) >= briefed["gold"]["min_facts"], stated


def test_each_statement_is_its_source_sentence_and_cites_every_source(briefed: dict[str, Any]) -> None:
    story: Story = briefed["story"]
    outlets = {a.id: a.outlet for a in story.articles}
    for statement in _key(briefed):
        assert statement.sources[0] == statement.source
        for source in statement.sources:
            # Extractive: the words are the article's own, at the offsets given.
            assert briefed["texts"][source.article_id][source.start : source.end] == source.text
            assert source.outlet == outlets[source.article_id]
        assert statement.text == statement.source.text.strip()
        assert set(statement.outlets) == {s.outlet for s in statement.sources}
        assert statement.articles == len({s.article_id for s in statement.sources})


def test_ranked_by_score_and_corroborated_first(briefed: dict[str, Any]) -> None:
    key = _key(briefed)
    assert [s.score for s in key] == sorted((s.score for s in key), reverse=True)
    corroborated = [s for s in key if s.articles > 1]
    # Single-source statements only fill up to the minimum.
    assert len(key) == max(min(len(corroborated), MAX_KEY), MIN_KEY) or len(corroborated) >= MIN_KEY


def test_brief_json_html_and_markdown_lead_with_them(briefed: dict[str, Any], tmp_path: Path) -> None:
    files = write_brief(briefed["story"], tmp_path, sentences=briefed["sentences"])
    data = json.loads(files.json.read_text(encoding="utf-8"))
    key = _key(briefed)
    assert [k["text"] for k in data["key_developments"]] == [s.text for s in key]
    assert {"disagreements", "single_outlet", "outlets"} <= data.keys()
    html = files.html.read_text(encoding="utf-8")
    md = files.markdown.read_text(encoding="utf-8")
    headings = ["Key developments", "Where sources disagree", "Reported by one outlet only", "By outlet", "Sources"]
    assert [html.index(f">{h}</h2>") for h in headings] == sorted(html.index(f">{h}</h2>") for h in headings)
    assert [md.index(f"## {h}") for h in headings] == sorted(md.index(f"## {h}") for h in headings)
    first = key[0].text.replace("’", "'")
    assert first[:40] in html.replace("&#39;", "'").replace("’", "'")


def _file(story: Story, article_id: str) -> str:
    return next(Path(a.source).name for a in story.articles if a.id == article_id)


def _gold_sentence(fact: dict[str, Any], file: str, text: str) -> bool:
    return any(file == gold_file and text.strip().startswith(opening) for gold_file, opening in fact["sources"])


def test_each_statement_is_a_gold_sentence_of_its_fact_and_cites_only_them(briefed: dict[str, Any]) -> None:
    facts = [fact for fact in briefed["gold"]["facts"] if "sources" in fact]
    if not facts:
        pytest.skip("this story's gold names no source sentences")
    story: Story = briefed["story"]
    for statement in _key(briefed):
        stated = [fact for fact in facts if _states(statement, fact)]
        assert any(
            all(_gold_sentence(fact, _file(story, s.article_id), s.text) for s in statement.sources) for fact in stated
        ), (statement.text, [(_file(story, s.article_id), s.text[:60]) for s in statement.sources])


def test_markdown_and_html_state_each_with_its_sources(briefed: dict[str, Any], tmp_path: Path) -> None:
    files = write_brief(briefed["story"], tmp_path, sentences=briefed["sentences"])
    md = files.markdown.read_text(encoding="utf-8")
    lead = md.split("## Key developments", 1)[1].split("## Where sources disagree", 1)[0]
    page = files.html.read_text(encoding="utf-8")
    section = page.split('<section id="key-developments">', 1)[1].split("</section>", 1)[0]
    items = section.split('<li class="key-development"')[1:]
    key = _key(briefed)
    assert len(items) == len(key)
    for n, (statement, item) in enumerate(zip(key, items, strict=True), 1):
        assert f"{n}. {markdown_text(statement.text)}" in lead
        assert str(escape(statement.text)) in item
        # Every source sentence is linked, its words on hover.
        titles = [html.unescape(t) for t in re.findall(r'<a class="source"[^>]*title="([^"]*)"', item)]
        assert titles == [s.text for s in statement.sources]


def test_the_web_overview_states_them_in_order_and_links_each_source(briefed: dict[str, Any]) -> None:
    client = TestClient(create_app(briefed["kb"]))
    page = client.get("/").text
    section = page.split('<section id="key-developments">', 1)[1].split("</section>", 1)[0]
    items = section.split('<li class="key-development"')[1:]
    key = _key(briefed)
    assert [k["text"] for k in client.get("/api/brief").json()["key_developments"]] == [s.text for s in key]
    assert len(items) == len(key)
    for statement, item in zip(key, items, strict=True):
        assert str(escape(statement.text)) in item
        hrefs = re.findall(r'<a class="src" href="([^"]+)"', item)
        assert hrefs == [f"/articles/{s.article_id}#s-{s.sent}" for s in statement.sources]
        for source in statement.sources:
            article = client.get(f"/articles/{source.article_id}").text
            assert f'id="s-{source.sent}"' in article
