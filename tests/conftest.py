"""Shared fixtures: paths to the project's own test data and seed articles."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# The property tests draw the same inputs every run, so a commit's CI cannot fail on an input no earlier run
# drew. New inputs are explored by a long local hunt (STORYLINE_FUZZ_EXAMPLES=3000, fresh random inputs), and
# what it finds becomes a regression test.
settings.register_profile("storyline", derandomize="STORYLINE_FUZZ_EXAMPLES" not in os.environ)
settings.load_profile("storyline")

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The seed articles with their manifest (examples/seeds)."""
    return ROOT / "examples" / "seeds"


@pytest.fixture(scope="session")
def gold_path() -> Path:
    """Gold annotations of the seeds (a copy of shared/gold/seeds.yaml)."""
    return ROOT / "tests" / "data" / "gold" / "seeds.yaml"


@pytest.fixture(autouse=True)
def _heap_unfrozen() -> Iterator[None]:
    """A one-shot command run in the test process freezes what survives its analysis (``heap``): thaw it, so that
    later tests' garbage among those objects is collected as in a fresh process."""
    yield
    gc.unfreeze()
