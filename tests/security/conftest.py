"""The payload corpus through the real command: one story, a mixed pile, and a story poisoned field by field."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.cli.main import cli
from storyline.model import Story
from storyline.present.brief import write_brief
from storyline.present.stories import write_index
from storyline.store import open_kb
from tests.security.payloads import poison, write_corpus


@dataclass(frozen=True)
class Outputs:
    """Where one run left its outputs."""

    out: Path
    kb: Path

    def story(self) -> Story:
        with open_kb(self.kb, readonly=True) as base:
            return base.load_story()


def brief(inputs: list[Path], out: Path) -> Outputs:
    """``storyline brief INPUTS --out OUT`` as a user runs it."""
    result = CliRunner().invoke(cli, ["brief", *map(str, inputs), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return Outputs(out, out / "story.db")


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("payloads") / "corpus")


@pytest.fixture(scope="session")
def one_story(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Outputs:
    """The corpus alone: every input format about one story, so one brief.html/md/json."""
    return brief([corpus], tmp_path_factory.mktemp("one") / "out")


@pytest.fixture(scope="session")
def mixed_pile(corpus: Path, seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Outputs:
    """The corpus and the seeds: two stories, so index.html and one brief per story."""
    return brief([corpus, seeds_dir], tmp_path_factory.mktemp("mixed") / "out")


@pytest.fixture(scope="session")
def poisoned(one_story: Outputs, tmp_path_factory: pytest.TempPathFactory) -> Outputs:
    """The corpus story with a payload in every text field (actor names, quotes, topics, terms...), saved as
    the story of a copy of its knowledge base and briefed alone and as part of an index."""
    out = tmp_path_factory.mktemp("poisoned")
    kb = out / "story.db"
    shutil.copy(one_story.kb, kb)
    story = poison(one_story.story())
    with open_kb(kb) as base:
        base.save_stories([story])
    write_brief(story, out)
    write_index([replace(story, id="story-a"), replace(poison(story), id="story-b")], out / "index")
    return Outputs(out, kb)
