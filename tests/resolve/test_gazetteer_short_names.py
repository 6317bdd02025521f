"""The gazetteer takes a state's short name from the Phoenix dictionary when it is the first word of the state's own
name ("Saudi" for Saudi Arabia, whose demonym in the country packages is "Saudi Arabian"), never a word that opens
several states' names."""

from __future__ import annotations

import pytest

from storyline.resolve.gazetteer import load_gazetteer


@pytest.mark.parametrize(("word", "code"), [("Saudi", "SAU"), ("Bosnia", "BIH"), ("Trinidad", "TTO")])
def test_a_short_name_is_the_state(word: str, code: str) -> None:
    entry = load_gazetteer().lookup(word)
    assert entry is not None and (entry.type, entry.code) == ("state", code)


@pytest.mark.parametrize("word", ["United", "South", "New"])
def test_a_word_opening_many_names_is_no_state(word: str) -> None:
    assert load_gazetteer().lookup(word) is None
