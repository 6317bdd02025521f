"""The memo-backed attribute ruler sets on every token what spaCy's AttributeRuler sets, rule for rule."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, NORM, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from storyline.nlp.attribute_rules import MemoAttributeRuler
from storyline.nlp.pipeline import load_nlp
from storyline.settings import DEFAULT_MODEL

_COLUMNS = [TAG, POS, MORPH, LEMMA, DEP, NORM]


def _same(stock: AttributeRuler, twin: MemoAttributeRuler, doc: Doc) -> None:
    expected, got = stock(doc.copy()), twin(doc.copy())
    assert got.to_array(_COLUMNS).tolist() == expected.to_array(_COLUMNS).tolist()
    assert [t.morph.key for t in got] == [t.morph.key for t in expected]


@pytest.fixture(scope="module")
def model() -> Language:
    return spacy.load(DEFAULT_MODEL)


def test_the_models_rules_on_sentences_with_its_exceptions(model: Language) -> None:
    stock = model.get_pipe("attribute_ruler")
    twin = MemoAttributeRuler(stock)
    texts = [
        "Y'all ain't gonna believe it, but there is a cat on the roof and there were two dogs.",
        "Let's go! C'mon, we gotta leave before it's too late, said the mayor's aide.",
        "The ministry's officials haven't signed the 2019 deal; they'd rather wait.\n\nPrices rose 3.5% in May.",
        "",
        "   \n  ",
    ]
    with model.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(model.pipe(texts))
    for doc in docs:
        _same(stock, twin, doc)
    for doc in docs:  # again, from the memo
        _same(stock, twin, doc)


def _doc(vocab: Any, words: list[str], tags: list[str], deps: list[str]) -> Doc:
    return Doc(vocab, words=words, tags=tags, deps=deps, heads=[0] * len(words))


def test_every_kind_of_rule_in_the_rules_order() -> None:
    vocab = spacy.blank("en").vocab
    stock = AttributeRuler(vocab)
    stock.add([[{"TAG": "NN"}]], {"POS": "NOUN", "MORPH": "Number=Sing"})
    stock.add([[{"LOWER": {"IN": ["dogs", "cats"]}, "TAG": "NN"}]], {"MORPH": "Number=Plur"})  # later: wins
    stock.add([[{"DEP": {"NOT_IN": ["nsubj"]}, "TAG": "VBZ"}]], {"POS": "AUX"})
    stock.add([[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], {"LEMMA": "you"})
    stock.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "to"}, index=-1)
    stock.add([[{"TAG": "DT", "OP": "?"}, {"LOWER": "dogs"}]], {"LEMMA": "dog"}, index=-1)  # an operator
    stock.add([[{"LOWER": "dogs", "_": {}}]], {"NORM": "dog"})  # an attribute no memo reads
    stock.add([[{"TAG": "NN"}]], {"POS": "PROPN"})  # overrides the first rule's part of speech
    twin = MemoAttributeRuler(stock)
    words = ["y'", "all", "gon", "na", "see", "the", "dogs", "and", "cats", "runs", "runs", "cat"]
    tags = ["PRP", "DT", "VBG", "TO", "VB", "DT", "NN", "CC", "NN", "VBZ", "VBZ", "NN"]
    deps = ["nsubj", "det", "ROOT", "aux", "xcomp", "det", "dobj", "cc", "conj", "nsubj", "dep", "dep"]
    doc = _doc(vocab, words, tags, deps)
    _same(stock, twin, doc)
    expected = stock(doc.copy())
    assert [t.pos_ for t in expected][6] == "PROPN" and str(expected[6].morph) == "Number=Plur"
    assert expected[0].lemma_ == "you" and expected[3].lemma_ == "to" and expected[6].lemma_ == "dog"
    assert [t.pos_ for t in expected][9:11] == ["", "AUX"]


def test_a_rule_whose_index_falls_outside_its_match_raises_the_stock_error() -> None:
    vocab = spacy.blank("en").vocab
    stock = AttributeRuler(vocab)
    stock.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "go"}, index=2)
    twin = MemoAttributeRuler(stock)
    doc = _doc(vocab, ["gon", "na"], ["VBG", "TO"], ["ROOT", "aux"])
    with pytest.raises(ValueError, match="E1001"):
        stock(doc.copy())
    with pytest.raises(ValueError, match="E1001"):
        twin(doc.copy())


def test_the_memo_answers_words_seen_before() -> None:
    vocab = spacy.blank("en").vocab
    stock = AttributeRuler(vocab)
    stock.add([[{"TAG": "NN"}]], {"POS": "NOUN"})
    twin = MemoAttributeRuler(stock)
    twin(_doc(vocab, ["cat", "dog"], ["NN", "NN"], ["ROOT", "dep"]))
    seen = len(twin._memo)
    doc = twin(_doc(vocab, ["dog", "cat"], ["NN", "NN"], ["dep", "ROOT"]))
    assert len(twin._memo) == seen and [t.pos_ for t in doc] == ["NOUN", "NOUN"]


def test_the_storyline_pipeline_runs_the_twin_under_the_stock_name() -> None:
    nlp = load_nlp(DEFAULT_MODEL)
    assert isinstance(nlp.get_pipe("attribute_ruler"), MemoAttributeRuler)
    stock = spacy.load(DEFAULT_MODEL)
    assert [n for n in nlp.pipe_names if not n.startswith("storyline_")] == stock.pipe_names
    text = "The mayor's aide ain't gonna say there's a deal."
    assert nlp(text).to_array(_COLUMNS).tolist() == stock(text).to_array(_COLUMNS).tolist()
