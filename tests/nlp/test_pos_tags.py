"""``pos_tags``: every token's part of speech read from the document's array, as ``Token.pos_`` gives it."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from storyline.nlp.extensions import forget_tables, pos_tags


def test_pos_tags_match_each_tokens_pos(claims_pipeline: Language) -> None:
    doc = claims_pipeline("The ministry said on Friday that it would sign the new trade agreement with Japan soon.")
    assert pos_tags(doc) == [token.pos_ for token in doc]
    assert "VERB" in pos_tags(doc) and "PROPN" in pos_tags(doc)


def test_pos_tags_are_read_once_and_dropped_with_the_tables(claims_pipeline: Language) -> None:
    doc = claims_pipeline("Rain fell.")
    assert pos_tags(doc) is pos_tags(doc)
    forget_tables(doc)
    assert "storyline.pos" not in doc.user_data


def test_pos_tags_of_an_empty_or_untagged_doc(claims_pipeline: Language) -> None:
    assert pos_tags(claims_pipeline.make_doc("")) == []
    untagged = Doc(claims_pipeline.vocab, words=["no", "tags"])
    assert pos_tags(untagged) == ["", ""]
