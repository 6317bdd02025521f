"""`storyline brief` over a mixed pile writes an index and one brief per story; `storyline stories` lists them."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from storyline.cli.main import cli
from storyline.store import open_kb

DATA = Path(__file__).parents[1] / "data" / "stories"


def test_mixed_pile_index_and_stories_command(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["brief", str(DATA), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    index = json.loads((out / "index.json").read_text())
    assert len(index["stories"]) >= 4
    html = (out / "index.html").read_text()
    for row in index["stories"]:
        assert f'href="{row["folder"]}/brief.html"' in html
        brief = json.loads((out / row["folder"] / "brief.json").read_text())
        assert brief["id"] == row["id"] and len(brief["articles"]) == row["articles"]
    seeds = [r for r in index["stories"] if "Worldcrunch" in r["outlets"]]
    assert len(seeds) == 1 and seeds[0]["articles"] == 2 and seeds[0]["first"] == "2024-11-04"
    listed = CliRunner().invoke(cli, ["stories", str(out / "story.db")])
    assert listed.exit_code == 0 and seeds[0]["id"] in listed.output
    with open_kb(out / "story.db", readonly=True) as kb:
        largest = kb.load_stories()[0]
        assert kb.load_story() == largest, "the single-story API gives the largest story"
        assert len(largest.articles) == max(r["articles"] for r in index["stories"])
        assert set(kb.story_assignments()) == {a.id for s in kb.load_stories() for a in s.articles}
        seed_story = next(s for s in kb.load_stories() if s.id == seeds[0]["id"])
    first, second = sorted(seed_story.articles, key=lambda a: a.published or "")
    db = str(out / "story.db")
    split = CliRunner().invoke(cli, ["stories", db, "--split", seed_story.id, second.id, "--json"])
    assert split.exit_code == 0, split.output
    rows = {r["id"]: r["articles"] for r in json.loads(split.output)}
    assert rows[seed_story.id] == [first.id] and rows[f"story-{second.id[:12]}"] == [second.id]
    merged = CliRunner().invoke(cli, ["stories", db, "--merge", seed_story.id, f"story-{second.id[:12]}", "--json"])
    rows = {r["id"]: r["articles"] for r in json.loads(merged.output)}
    assert sorted(rows[seed_story.id]) == sorted([first.id, second.id]) and len(rows) == len(index["stories"])
    bad = CliRunner().invoke(cli, ["stories", db, "--merge", seed_story.id, "story-nope"])
    assert bad.exit_code != 0 and "no story 'story-nope'" in bad.output


def test_single_story_keeps_brief_json(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli, ["brief", str(DATA / "seeds"), "--manifest", str(DATA / "manifest.csv"), "--out", str(out), "-q"]
    )
    assert result.exit_code == 0, result.output
    assert (out / "brief.json").exists() and not (out / "index.html").exists()
    assert json.loads((out / "brief.json").read_text())["id"].startswith("story-")
