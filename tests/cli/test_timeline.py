"""`storyline timeline KB` on a knowledge base holding a hand-made story."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from click.testing import CliRunner

from storyline.cli.timeline import command
from storyline.model import Actor, ArticleInfo, SourceRef, Story, StoryEvent
from storyline.store import open_kb


def _kb(tmp_path: Path) -> Path:
    story = Story(
        articles=(ArticleInfo("a", "a.txt", None, "Outlet A", None, date(2024, 11, 4), (), 10),),
        actors=(Actor("state:PRK", "North Korea", "state", "PRK"), Actor("state:RUS", "Russia", "state", "RUS")),
        events=(
            StoryEvent("event:agree-1", "AGREE", ("state:PRK", "state:RUS"), (), "diplomatic", "2024-06", "03", 4.0,
                       (SourceRef("a", "Outlet A", 3, 0, 10, "evidence"),)),
            StoryEvent("event:assault-1", "ASSAULT", ("state:PRK",), ("state:RUS",), None, None, "19", -9.0,
                       (SourceRef("a", "Outlet A", 5, 20, 30, "evidence"),), hypothetical=True),
        ),
    )  # fmt: skip
    path = tmp_path / "kb.sqlite"
    with open_kb(path) as kb:
        kb.save_story(story)
    return path


def test_timeline_prints_facts_in_date_order(tmp_path: Path) -> None:
    result = CliRunner().invoke(command, [str(_kb(tmp_path))])
    assert result.exit_code == 0, result.output
    assert "2024-06" in result.output
    assert "AGREE" in result.output and "North Korea, Russia" in result.output
    assert "Outlet A" in result.output
    assert "ASSAULT" not in result.output  # hypothetical: only with --all


def test_timeline_json_and_svg(tmp_path: Path) -> None:
    svg = tmp_path / "timeline.svg"
    result = CliRunner().invoke(command, [str(_kb(tmp_path)), "--all", "--json", "--svg", str(svg)])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [r["type"] for r in rows] == ["AGREE", "ASSAULT"]
    assert rows[1]["flags"] == ["hypothetical"]
    assert svg.read_text().startswith("<svg")
