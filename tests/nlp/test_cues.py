"""The attribution vocabularies: packaged lists and user extensions."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.errors import ConfigError
from storyline.nlp.cues import load_lexicon


def test_packaged_verbs_cover_saying_believing_estimating() -> None:
    lexicon = load_lexicon()
    expected = [("say", "say"), ("acknowledge", "say"), ("conclude", "say"), ("believe", "believe"),
                ("worry", "believe"), ("estimate", "estimate"), ("implore", "urge"), ("hail", "express")]  # fmt: skip
    for lemma, kind in expected:
        assert lexicon.verb_kind(lemma) == kind, lemma
    assert lexicon.verb_kind("eat") is None
    assert lexicon.noun_kind("official") == "person" and lexicon.noun_kind("ministry") == "group"


def test_user_file_and_pairs_extend_the_verbs(tmp_path: Path) -> None:
    extra = tmp_path / "verbs.txt"
    extra.write_text("# my verbs\nmurmur say\nreckon estimate\n", encoding="utf-8")
    lexicon = load_lexicon(str(extra), ("grumble:say", "surmise"))
    assert lexicon.verb_kind("murmur") == "say"
    assert lexicon.verb_kind("reckon") == "estimate"
    assert lexicon.verb_kind("grumble") == "say" and lexicon.verb_kind("surmise") == "say"
    assert lexicon.verb_kind("say") == "say"


def test_bad_user_file_is_a_config_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("murmur whisper-kind\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="line 1"):
        load_lexicon(str(bad))
    with pytest.raises(ConfigError):
        load_lexicon(str(tmp_path / "missing.txt"))
