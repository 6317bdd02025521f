"""Docs as tests: every command and the two JSON schemas are in the README."""

from __future__ import annotations

from pathlib import Path

from storyline.cli.main import COMMANDS

README = Path(__file__).resolve().parents[1] / "README.md"


def test_every_command_is_documented() -> None:
    text = README.read_text(encoding="utf-8")
    for name in COMMANDS:
        assert f"storyline {name}" in text, name


def test_both_json_schemas_are_documented() -> None:
    text = README.read_text(encoding="utf-8")
    assert "storyline.brief/1" in text and "storyline.analysis/1" in text
