"""The per-document tables the extractors share: ``pos_tags`` (each token's ``pos_``), ``doc_ents`` (``doc.ents``),
``sentence_bounds`` (the offsets of ``sentence``) and ``char_tokens`` (the tokens of an expanded ``char_span``), each
the same as what spaCy gives; the headline parsed once."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from storyline.nlp.extensions import (
    char_tokens,
    doc_ents,
    forget_tables,
    headline_parse,
    pos_tags,
    remember_text,
    sentence,
    sentence_bounds,
)


def test_pos_tags_match_each_tokens_pos(claims_pipeline: Language) -> None:
    doc = claims_pipeline("The ministry said on Friday that it would sign the new trade agreement with Japan soon.")
    assert pos_tags(doc) == [token.pos_ for token in doc]
    assert "VERB" in pos_tags(doc) and "PROPN" in pos_tags(doc)


def test_pos_tags_are_read_once_and_dropped_with_the_tables(claims_pipeline: Language) -> None:
    doc = claims_pipeline("Rain fell.")
    assert pos_tags(doc) is pos_tags(doc)
    doc_ents(doc)
    forget_tables(doc)
    assert "storyline.pos" not in doc.user_data and "storyline.ents" not in doc.user_data


def test_pos_tags_of_an_empty_or_untagged_doc(claims_pipeline: Language) -> None:
    assert pos_tags(claims_pipeline.make_doc("")) == []
    untagged = Doc(claims_pipeline.vocab, words=["no", "tags"])
    assert pos_tags(untagged) == ["", ""]


def test_doc_ents_are_the_documents_entities_built_once(claims_pipeline: Language) -> None:
    doc = claims_pipeline("Angela Merkel met Emmanuel Macron in Paris on Monday.")
    assert [(e.start, e.end, e.label_) for e in doc_ents(doc)] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert doc_ents(doc) is doc_ents(doc)


def test_sentence_bounds_are_the_sentences_offsets(claims_pipeline: Language) -> None:
    doc = claims_pipeline("The strike began on Monday. Workers said it would last a week. Talks resume today.")
    for token in doc:
        sent = sentence(token)
        assert sentence_bounds(token) == (sent.start, sent.end) == (token.sent.start, token.sent.end)


def test_headline_parse_once_per_document_and_dropped_with_the_tables(claims_pipeline: Language) -> None:
    doc = claims_pipeline("Rain fell.")
    calls: list[str] = []

    def parse(title: str) -> Doc:
        calls.append(title)
        return claims_pipeline.make_doc(title)

    first = headline_parse(doc, "Obama says Trump modeling policies on Putin", parse)
    assert headline_parse(doc, "Obama says Trump modeling policies on Putin", parse) is first
    assert calls == ["Obama says Trump modeling policies on Putin"]
    assert headline_parse(doc, "Quake hits island", parse).text == "Quake hits island"  # another title: parsed
    forget_tables(doc)
    assert "storyline.headline" not in doc.user_data


def test_char_tokens_are_the_tokens_of_an_expanded_char_span(claims_pipeline: Language) -> None:
    # Double spaces and line breaks make whitespace tokens; ranges that start in a trailing space, cut words, run
    # past either end of the text or hold nothing.
    text = "  The  union, led by\n\nAnna Kowalska, struck on Monday .  "
    doc = claims_pipeline.make_doc(text)
    remember_text(doc, text)
    for start in range(-2, len(text) + 3):
        for end in range(start, len(text) + 3):
            span = doc.char_span(start, end, alignment_mode="expand")
            expected = range(span.start, span.end) if span is not None else range(0)
            assert list(char_tokens(doc, start, end)) == list(expected), (start, end)


def test_char_tokens_of_an_empty_doc_and_dropped_with_the_tables(claims_pipeline: Language) -> None:
    assert list(char_tokens(claims_pipeline.make_doc(""), 0, 1)) == []
    doc = claims_pipeline.make_doc("Rain fell.")
    assert list(char_tokens(doc, 0, 4)) == [0]
    forget_tables(doc)
    assert "storyline.token_starts" not in doc.user_data and "storyline.token_ends" not in doc.user_data
