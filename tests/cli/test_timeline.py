"""`storyline timeline KB` on a knowledge base holding a hand-made story."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from click.testing import CliRunner

from storyline.cli.timeline import command
from storyline.model import Actor, ArticleInfo, MergeWhy, SourceRef, Story, StoryEvent
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


def _merged_kb(tmp_path: Path) -> Path:
    sources = (SourceRef("a", "Outlet A", 3, 0, 40, "North Korea tested a missile on Tuesday."),
               SourceRef("b", "Outlet B", 1, 0, 40, "Pyongyang's launch, its third this year."))
    triggers = (SourceRef("a", "Outlet A", 3, 12, 18, "tested"), SourceRef("b", "Outlet B", 1, 12, 18, "launch"))
    why = MergeWhy(("actor state:PRK",), ("2024-11-12", "undated"), ("tested", "launch"), "150", ("undated report",))
    story = Story(
        articles=(ArticleInfo("a", "a.txt", None, "Outlet A", None, date(2024, 11, 13), (), 10),
                  ArticleInfo("b", "b.txt", None, "Outlet B", None, date(2024, 11, 13), (), 10)),
        actors=(Actor("state:PRK", "North Korea", "state", "PRK"),),
        events=(StoryEvent("event:mobilize-1", "MOBILIZE", ("state:PRK",), (), "weapons", "2024-11-12", "150", -7.2,
                           sources, triggers=triggers, merge=why),),
    )  # fmt: skip
    path = tmp_path / "kb.sqlite"
    with open_kb(path) as kb:
        kb.save_story(story)
    return path


def test_explain_says_why_the_reports_were_merged(tmp_path: Path) -> None:
    kb = str(_merged_kb(tmp_path))
    result = CliRunner().invoke(command, [kb, "--explain", "event:mobilize"])
    assert result.exit_code == 0, result.output
    assert "2 report(s)" in result.output and "Outlet B [launch]" in result.output
    assert "North Korea acting" in result.output and "2024-11-12, undated" in result.output
    assert "the same act (150): tested, launch" in result.output and "note: undated report" in result.output
    listed = CliRunner().invoke(command, [kb])
    assert "merged: same participants (North Korea acting)" in listed.output and "[event:mobilize-1]" in listed.output
    missing = CliRunner().invoke(command, [kb, "--explain", "event:nothing"])
    assert missing.exit_code != 0 and "no events match" in missing.output


def test_the_brief_timeline_shows_why(tmp_path: Path) -> None:
    from storyline.present.brief import render_html, render_markdown

    with open_kb(_merged_kb(tmp_path), readonly=True) as kb:
        story = kb.load_story()
    assert "merged: same participants (North Korea acting), dates 2024-11-12 / undated" in render_html(story)
    assert "_merged: same participants" in render_markdown(story)
