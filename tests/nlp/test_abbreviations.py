"""Title abbreviations the tokenizer keeps whole, on text written for these tests."""

from __future__ import annotations

import spacy

from storyline.nlp.abbreviations import keep_title_abbreviations


def test_a_rank_before_a_name_is_one_token() -> None:
    nlp = spacy.blank("en")
    keep_title_abbreviations(nlp)
    words = [t.text for t in nlp('"The lane stays shut," Sgt. Nora Pell said, as Const. Abe Lowe nodded.')]
    assert "Sgt." in words and "Const." in words


def test_a_name_s_suffix_still_ends_a_sentence() -> None:
    nlp = spacy.blank("en")
    keep_title_abbreviations(nlp)
    words = [t.text for t in nlp("The award went to Carl Dunn Sr. The next one went to his son.")]
    assert "Sr" in words and "Sr." not in words
