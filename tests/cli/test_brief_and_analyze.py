from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from storyline.cli.main import cli


def test_brief_writes_the_three_files_and_a_summary(tmp_path: Path, seeds_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["brief", str(seeds_dir), "--out", str(tmp_path), "-q"])
    assert result.exit_code == 0, result.output
    assert "2 articles read: 2 analysed" in result.stderr
    for name in ("brief.html", "brief.md", "brief.json", "story.db"):
        assert (tmp_path / name).stat().st_size > 0, name


def test_analyze_jsonl_gives_one_object_per_article_with_offsets(seeds_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["analyze", str(seeds_dir), "--jsonl", "-q"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 2
    for record in records:
        assert record["schema"] == "storyline.analysis/1"
        text = record["article"]["text"]
        assert record["article"]["body"] and record["article"]["dropped"]
        for quote in record["analysis"]["quotes"]:
            assert text[quote["start"] : quote["end"]] == quote["text"]


def test_missing_input_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["brief", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "o"), "-q"])
    assert result.exit_code != 0
    assert "nope.txt" in result.output and "Traceback" not in result.output


def test_min_words_lets_single_sentences_through_and_the_skip_says_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text("Russia invaded Ukraine.\n", encoding="utf-8")
    skipped = CliRunner().invoke(cli, ["analyze", str(path), "--jsonl", "-q"])
    assert "no-body" in skipped.output and "3 words, under the minimum of 20: --min-words" in skipped.output
    kept = CliRunner().invoke(cli, ["analyze", str(path), "--jsonl", "-q", "--min-words", "1"])
    assert kept.exit_code == 0, kept.output
    assert '"type": "ASSAULT"' in kept.output
