"""Shared fixtures: paths to the project's own test data and seed articles."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The seed articles with their manifest (examples/seeds)."""
    return ROOT / "examples" / "seeds"


@pytest.fixture(scope="session")
def gold_path() -> Path:
    """Gold annotations of the seeds (a copy of shared/gold/seeds.yaml)."""
    return ROOT / "tests" / "data" / "gold" / "seeds.yaml"
