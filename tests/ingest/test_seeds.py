"""The seeds with their manifest, checked against the gold: boilerplate gone, body kept, metadata right."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from storyline.ingest import read_inputs
from storyline.model import Article


@pytest.fixture(scope="module")
def articles(seeds_dir: Path) -> dict[str, Article]:
    items = list(read_inputs([str(seeds_dir)]))
    return {Path(item.source).name: item for item in items if isinstance(item, Article)}


@pytest.fixture(scope="module")
def gold(gold_path: Path) -> list[dict[str, Any]]:
    articles: list[dict[str, Any]] = yaml.safe_load(gold_path.read_text(encoding="utf-8"))["articles"]
    return articles


def test_both_seeds_are_read(articles: dict[str, Article], gold: list[dict[str, Any]]) -> None:
    assert sorted(articles) == sorted(entry["file"] for entry in gold)


def test_not_body_lines_are_gone_and_body_lines_kept(articles: dict[str, Article], gold: list[dict[str, Any]]) -> None:
    for entry in gold:
        article = articles[entry["file"]]
        body = article.clean_text()
        for line in entry.get("not_body", []):
            assert line not in body, (entry["file"], line)
            assert any(line in d.text for d in article.dropped), (entry["file"], line)
        for line in entry.get("body_must_contain", []):
            assert line in body, (entry["file"], line)


def test_metadata(articles: dict[str, Article], gold: list[dict[str, Any]]) -> None:
    for entry in gold:
        article = articles[entry["file"]]
        assert article.outlet == entry["outlet"]
        assert article.published == date.fromisoformat(str(entry["published"]))
        assert article.title == entry["title"]
        assert article.dateline == entry["dateline"]
        assert list(article.byline) == entry["byline"]
        assert article.section == entry.get("section")
        assert article.language == "en"
        if "summary" in entry:
            assert article.summary is not None and article.summary.startswith(entry["summary"])


def test_offsets_and_length(articles: dict[str, Article]) -> None:
    for article in articles.values():
        assert len(article.body) == len(article.text)
        for dropped in article.dropped:
            assert article.text[dropped.start : dropped.end] == dropped.text


def test_pull_quote_dropped_and_subheadings_kept(articles: dict[str, Article], gold: list[dict[str, Any]]) -> None:
    article = articles["000_fe26be01c2e66897.txt"]
    pull_quotes = [d.text for d in article.dropped if d.reason == "pull-quote"]
    assert pull_quotes == gold[0]["pull_quotes"]
    assert "Boosting leverage with the U.S." in article.clean_text()
    assert "‘Crossing the Rubicon’" in articles["002_a9eaf120916f3366.txt"].clean_text()
