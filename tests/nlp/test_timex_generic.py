"""A generic "today" (TimeML PRESENT_REF) told apart from the day's news, on parses built by hand."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from storyline.nlp.timex_generic import generic_today


def _doc(words: list[str], heads: list[int], deps: list[str], tags: list[str], lemmas: list[str]) -> Doc:
    pos = ["VERB" if t.startswith("VB") and lemma != "be" else "AUX" if lemma == "be" else "X"
           for t, lemma in zip(tags, lemmas, strict=True)]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas, pos=pos)


def test_a_state_in_the_present_is_the_present_in_general() -> None:
    doc = _doc(
        ["I", "still", "own", "them", "today", "."],
        [2, 2, 2, 2, 2, 2],
        ["nsubj", "advmod", "ROOT", "dobj", "npadvmod", "punct"],
        ["PRP", "RB", "VBP", "PRP", "NN", "."],
        ["I", "still", "own", "they", "today", "."],
    )
    assert generic_today(doc[4:5])


def test_an_event_in_the_past_is_the_day() -> None:
    doc = _doc(
        ["The", "board", "met", "today", "."],
        [1, 2, 2, 2, 2],
        ["det", "nsubj", "ROOT", "npadvmod", "punct"],
        ["DT", "NN", "VBD", "NN", "."],
        ["the", "board", "meet", "today", "."],
    )
    assert not generic_today(doc[3:4])


def test_an_event_in_the_news_present_is_the_day() -> None:
    doc = _doc(
        ["The", "office", "today", "rejects", "it", "."],
        [1, 3, 3, 3, 3, 3],
        ["det", "nsubj", "npadvmod", "ROOT", "dobj", "punct"],
        ["DT", "NN", "NN", "VBZ", "PRP", "."],
        ["the", "office", "today", "reject", "it", "."],
    )
    assert not generic_today(doc[2:3])


def test_be_counts_only_with_a_comparison() -> None:
    words = ["Trust", "is", "as", "low", "today", "as", "it", "was", "."]
    doc = _doc(
        words,
        [1, 1, 3, 1, 1, 7, 7, 3, 1],
        ["nsubj", "ROOT", "advmod", "acomp", "npadvmod", "mark", "nsubj", "advcl", "punct"],
        ["NN", "VBZ", "RB", "JJ", "NN", "IN", "PRP", "VBD", "."],
        ["trust", "be", "as", "low", "today", "as", "it", "be", "."],
    )
    assert generic_today(doc[4:5])
    plain = _doc(
        ["Anger", "is", "high", "here", "today", "."],
        [1, 1, 1, 1, 1, 1],
        ["nsubj", "ROOT", "acomp", "advmod", "npadvmod", "punct"],
        ["NN", "VBZ", "JJ", "RB", "NN", "."],
        ["anger", "be", "high", "here", "today", "."],
    )
    assert not generic_today(plain[4:5])


def test_today_as_subject_or_owner_is_the_day() -> None:
    doc = _doc(
        ["Today", "is", "a", "great", "day", "."],
        [1, 1, 4, 4, 1, 1],
        ["nsubj", "ROOT", "det", "amod", "attr", "punct"],
        ["NN", "VBZ", "DT", "JJ", "NN", "."],
        ["today", "be", "a", "great", "day", "."],
    )
    assert not generic_today(doc[0:1])
