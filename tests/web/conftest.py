"""Knowledge bases for the web tests: the seeds through the real pipeline, and a small one built by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.runner import run
from tests.web.web_factory import build_kb


@pytest.fixture(scope="session")
def hand_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two invented articles, an injection article, a resolved story and a skip, all written by hand."""
    return build_kb(tmp_path_factory.mktemp("hand") / "story.db")


@pytest.fixture(scope="session")
def seeds_kb(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    """The seed articles through the real pipeline (``storyline brief`` builds the same knowledge base)."""
    path = tmp_path_factory.mktemp("seeds") / "story.db"
    run([str(seeds_dir)], kb=path)
    return path


@pytest.fixture(scope="session")
def tanker_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A MEANTIME Wikinews story told over four months (the 2008 airtanker contracts), with its key developments'
    hand gold in tests/data/gold/key_developments.yaml."""
    root = Path(__file__).resolve().parents[2] / "examples" / "mixed" / "articles"
    files = [str(root / "meantime" / f"airbus_{n}.txt") for n in ("100911", "102977", "108294")]
    path = tmp_path_factory.mktemp("tanker") / "story.db"
    run(files, kb=path, manifest=root / "manifest.csv")
    return path
