"""`storyline eval`: the command runs the pipeline (stubbed here) and prints the table or JSON."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from click.testing import CliRunner

from tests.eval.eval_world import GOLD_YAML, World

pytest.importorskip("storyline.runner", reason="the runner is not importable yet", exc_type=ImportError)
from storyline.cli import eval as eval_cli


@pytest.fixture()
def stubbed(world: World, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []

    def run(inputs: list[str], **options: Any) -> SimpleNamespace:
        calls.append({"inputs": inputs, **options})
        return SimpleNamespace(articles=world.articles, analyses=world.analyses, story=world.story, skips=())

    monkeypatch.setattr(eval_cli, "run", run)
    return calls


def test_eval_prints_the_table(tmp_path: Path, stubbed: list[dict[str, Any]]) -> None:
    gold = tmp_path / "gold.yaml"
    gold.write_text(GOLD_YAML, encoding="utf-8")
    result = CliRunner().invoke(eval_cli.command, [str(gold), "in/", "--kb", str(tmp_path / "kb.sqlite"), "-q"])
    assert result.exit_code == 0, result.output
    assert "quotes" in result.output and "1.00" in result.output
    assert stubbed[0]["inputs"] == ["in/"] and stubbed[0]["kb"] == str(tmp_path / "kb.sqlite")


def test_eval_json(tmp_path: Path, stubbed: list[dict[str, Any]]) -> None:
    gold = tmp_path / "gold.yaml"
    gold.write_text(GOLD_YAML, encoding="utf-8")
    result = CliRunner().invoke(eval_cli.command, [str(gold), "in/", "--json", "-q"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["sections"]["events"]["recall"] == 1.0


def test_a_bad_gold_file_fails_before_running(tmp_path: Path, stubbed: list[dict[str, Any]]) -> None:
    gold = tmp_path / "gold.yaml"
    gold.write_text("articles: 3\n", encoding="utf-8")
    result = CliRunner().invoke(eval_cli.command, [str(gold), "in/", "-q"])
    assert result.exit_code != 0 and "'articles' must be a non-empty list" in str(result.exception)
    assert stubbed == []
