"""Issue 23: a bug while processing one article costs that article (an internal-error skip), never the run.

No article makes storyline raise on purpose (that would be a bug to fix), so each test plants one: a real
stage of the real pipeline is wrapped to raise on the article that says BOOM. The run must store every other
article, record the skip with the exception's name, and the command must exit non-zero with the count.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import storyline.ingest.reader
import storyline.nlp.analyze
from storyline.cli.main import cli
from storyline.runner import run
from storyline.scale.shard import read_shard, run_shard
from storyline.store.sqlite import KnowledgeBase
from tests.ingest.test_reader import BODY, article_text

BOOM = "BOOM"


def corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, who in (("a.txt", "minister"), ("b.txt", "president"), ("c.txt", "envoy")):
        body = BODY.replace("minister", who)
        if name == "b.txt":
            body += f"\nThe {BOOM} paragraph says the talks are doomed, officials said on Tuesday.\n"
        (folder / name).write_text(article_text(title=f"Talks with the {who}", body=body))
    return folder


def raising_on_boom(original: Callable[..., Any], error: type[Exception], text_of: Callable[..., str]) -> Any:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if BOOM in text_of(*args, **kwargs):
            raise error("planted failure")
        return original(*args, **kwargs)

    return wrapper


@pytest.fixture(params=["ingest", "analysis", "store"])
def planted(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """One stage raising on the BOOM article: reading (build), the spaCy analysis, or storing."""
    if request.param == "ingest":
        wrapped = raising_on_boom(storyline.ingest.reader.build, KeyError, lambda raw, **_: raw.text)
        monkeypatch.setattr(storyline.ingest.reader, "build", wrapped)
    elif request.param == "analysis":
        original = storyline.nlp.analyze.analysis_from_doc
        wrapped = raising_on_boom(original, ZeroDivisionError, lambda article, doc: article.text)
        monkeypatch.setattr(storyline.nlp.analyze, "analysis_from_doc", wrapped)
    else:
        # Fails inside the article's transaction, after its row and facts are written: they must roll back.
        original = KnowledgeBase._index_article
        wrapped = raising_on_boom(original, ValueError, lambda kb, article, analysis: article.text)
        monkeypatch.setattr(KnowledgeBase, "_index_article", wrapped)
    return str(request.param)


ERRORS = {"ingest": "KeyError", "analysis": "ZeroDivisionError", "store": "ValueError"}


def test_one_failing_article_is_skipped_and_the_rest_stored(planted: str, tmp_path: Path) -> None:
    kb = tmp_path / "kb.db"
    result = run([str(corpus(tmp_path / "in"))], kb=kb)
    assert result.summary.analysed == 2 and result.summary.failed == 1
    (skip,) = result.skips
    assert Path(skip.source).name == "b.txt" and skip.reason == "internal-error"
    assert ERRORS[planted] in skip.detail and "planted failure" in skip.detail
    with sqlite3.connect(kb) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
        assert conn.execute("SELECT count(*) FROM search WHERE kind = 'article'").fetchone()[0] == 2
        stored = {r[0] for r in conn.execute("SELECT article_id FROM sentences")}
        assert len(stored) == 2, "no fact of the failed article is left behind"
        assert conn.execute("SELECT reason FROM skips").fetchall() == [("internal-error",)]
    assert "internal-error: 1" in result.summary.line()


def test_brief_writes_the_brief_and_exits_non_zero_with_the_count(planted: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["brief", str(corpus(tmp_path / "in")), "--out", str(out), "-q"])
    assert result.exit_code == 1, result.output
    assert "1 input(s) failed with an internal error" in result.output
    assert "skipped " in result.output and "internal-error" in result.output
    brief = json.loads((out / "brief.json").read_text())
    assert len(brief["articles"]) == 2
    assert [s["reason"] for s in brief["skips"]] == ["internal-error"]


def test_analyze_exits_non_zero_with_the_count(planted: str, tmp_path: Path) -> None:
    if planted == "store":
        pytest.skip("analyze stores nothing")
    result = CliRunner().invoke(cli, ["analyze", str(corpus(tmp_path / "in")), "--jsonl", "-q"])
    assert result.exit_code == 1
    assert len([line for line in result.stdout.splitlines() if line.startswith("{")]) == 2


def test_shard_records_the_skip_and_exits_non_zero(planted: str, tmp_path: Path) -> None:
    if planted == "store":
        pytest.skip("a shard has no knowledge base")
    table = tmp_path / "in.jsonl"
    folder = corpus(tmp_path / "in")
    lines = [json.dumps({"text": (folder / name).read_text()}) for name in ("a.txt", "b.txt", "c.txt")]
    table.write_text("\n".join(lines) + "\n")
    summary = run_shard(table, tmp_path / "out.parquet")
    assert summary.analysed == 2 and summary.skipped == {"internal-error": 1}
    rows = list(read_shard(tmp_path / "out.parquet"))
    assert [row.skip.reason if row.skip else "analysed" for row in rows] == ["analysed", "internal-error", "analysed"]
    result = CliRunner().invoke(cli, ["shard", str(table), str(tmp_path / "again.parquet"), "-q"])
    assert result.exit_code == 1 and "1 input(s) failed" in result.output
