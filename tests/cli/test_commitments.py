"""`storyline commitments KB [--assist ACTOR]` over a knowledge base holding a hand-made story."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from storyline.cli.commitments import command
from storyline.model import Actor, Alias, ArticleInfo, Commitment, SourceRef, Story
from storyline.store import open_kb


def _kb(tmp_path: Path) -> str:
    source = SourceRef("a1", "Outlet A", 3, 0, 10, "The treaty requires ...")
    story = Story(
        articles=(ArticleInfo("a1", "a.txt", None, "Outlet A", None, None, (), 100),),
        actors=(
            Actor(id="state:AVA", name="Avalon", type="state", code="AVA", aliases=(Alias("Avalonia", 2),)),
            Actor(id="state:BOR", name="Borduria", type="state", code="BOR"),
            Actor(id="state:CAR", name="Carpania", type="state", code="CAR"),
        ),
        commitments=(
            Commitment("c1", "mutual defence", "defence pact", ("state:AVA", "state:BOR"),
                       ("provide military assistance in the event of an attack against the other",), "2024-06",
                       (("state:BOR", "2024-W45"), ("state:AVA", None)), (source,)),
            Commitment("c2", "sanctions", "sanctions", ("state:AVA", "state:CAR"), (), None, (), (source,)),
        ),
    )  # fmt: skip
    path = tmp_path / "story.db"
    with open_kb(path) as base:
        base.save_story(story)
    return str(path)


def test_lists_commitments_with_parties_dates_terms_and_sources(tmp_path: Path) -> None:
    result = CliRunner().invoke(command, [_kb(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "mutual defence: defence pact — Avalon, Borduria" in result.output
    assert "signed 2024-06; ratified by Borduria (2024-W45); ratified by Avalon (date not given)" in result.output
    assert "term: provide military assistance in the event of an attack against the other" in result.output
    assert "Outlet A" in result.output


def test_who_is_committed_to_assist_an_actor_named_by_alias(tmp_path: Path) -> None:
    kb = _kb(tmp_path)
    result = CliRunner().invoke(command, [kb, "--assist", "Avalonia"])
    assert result.exit_code == 0, result.output
    assert "Committed to assist Avalon:" in result.output and "Borduria — mutual defence" in result.output
    assert "Carpania" not in result.output  # a sanctions regime obliges nobody to assist
    result = CliRunner().invoke(command, [kb, "--assist", "Carpania"])
    assert "Nobody is committed to assist Carpania" in result.output
    data = json.loads(CliRunner().invoke(command, [kb, "--assist", "BOR", "--json"]).output)
    assert [c["actor"] for c in data["committed"]] == ["Avalon"]


def test_an_unknown_actor_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(command, [_kb(tmp_path), "--assist", "Atlantis"])
    assert result.exit_code != 0 and "no actor named 'Atlantis'" in result.output


def test_a_pledge_shows_its_state_and_the_dates_it_starts_from_and_is_due_by(tmp_path: Path) -> None:
    source = SourceRef("a1", "Outlet A", 3, 0, 10, "Avalon pledged to close the port by May 1.")
    pledge = Commitment("c3", "pledge", "pledge", ("state:AVA",), ("close the port by May 1",), None, (), (source,),
                        state="signed", starts="2025-04-01", deadline="2025-05-01")  # fmt: skip
    path = tmp_path / "pledge.db"
    with open_kb(path) as base:
        base.save_story(Story(actors=(Actor(id="state:AVA", name="Avalon", type="state", code="AVA"),),
                              commitments=(pledge,)))  # fmt: skip
    result = CliRunner().invoke(command, [str(path)])
    assert "pledge: pledge — Avalon (signed)" in result.output
    assert "from 2025-04-01; by 2025-05-01" in result.output
    [row] = json.loads(CliRunner().invoke(command, [str(path), "--json"]).output)
    assert (row["state"], row["starts"], row["deadline"]) == ("signed", "2025-04-01", "2025-05-01")
