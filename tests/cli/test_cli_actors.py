"""`storyline actors KB` lists the story's actors from a knowledge base."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from storyline.cli.actors import command
from storyline.model import Actor, Alias, Story
from storyline.store import open_kb


def _kb(tmp_path: Path) -> Path:
    path = tmp_path / "kb.sqlite"
    story = Story(
        actors=(
            Actor("state:RUS", "Russia", "state", "RUS", (Alias("Russia", 3), Alias("Moscow", 1)), 4, ("a",)),
            Actor(
                "person:vladimir-putin",
                "Vladimir Putin",
                "person",
                None,
                (Alias("Putin", 2),),
                2,
                ("a",),
                role="President",
                acts_for="state:RUS",
            ),
        )
    )
    with open_kb(path) as kb:
        kb.save_story(story)
    return path


def test_lists_actors_with_aliases_roles_and_states(tmp_path: Path) -> None:
    result = CliRunner().invoke(command, [str(_kb(tmp_path))])
    assert result.exit_code == 0, result.output
    assert "Russia [state, RUS]" in result.output and "Moscow (1)" in result.output
    assert "role: President; acts for: Russia" in result.output


def test_json_and_type_filter(tmp_path: Path) -> None:
    result = CliRunner().invoke(command, [str(_kb(tmp_path)), "--type", "person", "--json"])
    assert result.exit_code == 0, result.output
    assert [a["id"] for a in json.loads(result.output)] == ["person:vladimir-putin"]
