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


def test_corpus_options_and_gold_files_do_not_mix(tmp_path: Path) -> None:
    gold = tmp_path / "gold.yaml"
    gold.write_text(GOLD_YAML, encoding="utf-8")
    result = CliRunner().invoke(eval_cli.command, [str(gold), "in/", "--gum", str(tmp_path), "-q"])
    assert result.exit_code == 2 and "not both" in result.output
    result = CliRunner().invoke(eval_cli.command, ["-q"])
    assert result.exit_code == 2 and "--ecbplus" in result.output


def test_a_corpus_run_prints_dev_and_test_apart_and_hides_test_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline.eval import coref_report
    from storyline.eval.coref import Aligned, GroupResult, score_alignment
    from storyline.eval.corpus import GoldMention

    def group(split: str) -> GroupResult:
        a, b = GoldMention(0, 3, "e1", "Ann", True), GoldMention(4, 7, "e2", "Bob", True)
        aligned = (Aligned("d", a, "x", "exact"), Aligned("d", b, "x", "exact"))
        scores = score_alignment(aligned)
        return GroupResult(f"{split}-group", split, 1, aligned, scores, scores, 0)

    def evaluate(
        corpus: str, path: str, split: str, settings: Any, progress: Any, kind: str = "entities"
    ) -> coref_report.CorefReport:
        return coref_report.CorefReport(corpus, split, (group("dev"), group("test")), 1.0)

    monkeypatch.setattr(eval_cli, "evaluate_corpus", evaluate)
    data = str(Path(__file__).resolve().parents[1] / "data" / "coref" / "gum")
    result = CliRunner().invoke(eval_cli.command, ["--gum", data, "--split", "all", "--misses", "-q"])
    assert result.exit_code == 0, result.output
    assert "[dev]" in result.output and "[test]" in result.output
    assert "merged x" in result.output and "dev-group" in result.output and "test-group" not in result.output
    result = CliRunner().invoke(eval_cli.command, ["--gum", data, "--split", "all", "--json", "-q"])
    report = json.loads(result.output)
    assert report["schema"] == "storyline.coref-eval/1" and report["splits"]["test"]["all"]["wrong_merges"] == 1
