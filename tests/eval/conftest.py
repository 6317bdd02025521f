"""Fixtures of the eval tests: the hand-made world of eval_world.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.eval.gold import Gold
from tests.eval.eval_world import World, make_gold, make_world


@pytest.fixture()
def gold(tmp_path: Path) -> Gold:
    return make_gold(tmp_path)


@pytest.fixture()
def world(gold: Gold) -> World:
    return make_world(gold)
