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
