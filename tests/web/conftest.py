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
