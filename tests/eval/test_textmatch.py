"""The normalisation and "covers" rule of the gold format, and locating gold text in an article."""

from __future__ import annotations

import pytest

from storyline.eval.textmatch import contains_words, covers, locate, name_tokens, normalise, normalise_name


def test_normalise_folds_quotes_spaces_case_and_compatibility_forms() -> None:
    assert normalise("  “It’s  the\u00a0ﬁnal\n\tword,” SHE said ") == '"it\'s the final word," she said'
    assert normalise("Cafe\u0301") == normalise("Café") == "café"


@pytest.mark.parametrize(
    ("extracted", "gold", "expected"),
    [
        ("He said “This is it, really” twice", "this is it", True),  # contains the gold text
        ("This is a historic day", "This is a historic day for both", True),  # 22/31 of the gold: enough
        ("a historic day", "This is a historic day for both", False),  # 14/31: a fragment, not a match
        ("This  is   a historic day", "this is a historic day", True),
        ("", "anything", False),
        ("anything", "", False),
        ("North Korea", "South Korea", False),
    ],
)
def test_covers(extracted: str, gold: str, expected: bool) -> None:
    assert covers(extracted, gold) is expected


def test_locate_maps_normalised_matches_back_to_original_offsets() -> None:
    text = "Intro.\n“We  lack effective\u00a0tools,” said Cha. We lack effective tools."
    spans = locate(text, '"we lack effective tools')
    assert [text[s:e] for s, e in spans] == ["“We  lack effective\u00a0tools"]
    assert [text[s:e] for s, e in locate(text, "WE LACK EFFECTIVE TOOLS")] == [
        "We  lack effective\u00a0tools",
        "We lack effective tools",
    ]
    assert locate(text, "absent words") == [] and locate(text, "  ") == []


def test_names_compare_without_article_possessive_or_edge_punctuation() -> None:
    assert normalise_name("the Stimson Center") == "stimson center"
    assert normalise_name("Putin’s") == normalise_name("Putin") == "putin"
    assert normalise_name('“Hermit Kingdom"') == "hermit kingdom"
    assert name_tokens("Kim Jong-un") == {"kim", "jong", "un"}


def test_contains_words_needs_whole_words() -> None:
    assert contains_words("U.S. officials say", "U.S. officials")
    assert contains_words("according to polling", "polling")
    assert not contains_words("Russian officials", "us")
    assert not contains_words("anything", "")
