"""The memo-backed lemmatizer gives every token the lemma spaCy's lemmatizer gives it."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

from storyline.nlp.lemma_memo import MemoLemmatizer, memoisable
from storyline.nlp.pipeline import load_nlp
from storyline.settings import DEFAULT_MODEL


@pytest.fixture(scope="module")
def model() -> Language:
    return spacy.load(DEFAULT_MODEL)


def _lemmas(doc: Doc) -> list[str]:
    return [token.lemma_ for token in doc]


def test_the_models_lemmas_on_inflected_base_and_proper_words(model: Language) -> None:
    stock = model.get_pipe("lemmatizer")
    assert memoisable(stock)
    twin = MemoLemmatizer(stock)
    texts = [
        "The ministers were meeting in Brussels; talks broke down and prices rose faster than wages.",
        "Obama's aides say they'd rather wait.\n\n  Geese flew over the better-known villages of Wales.",
        "",
    ]
    with model.select_pipes(disable=["lemmatizer", "ner"]):
        docs = list(model.pipe(texts))
    for _ in range(2):  # cold, then from the memo
        for doc in docs:
            assert _lemmas(twin(doc.copy())) == _lemmas(stock(doc.copy()))
    assert _lemmas(twin(docs[0].copy()))[:4] == ["the", "minister", "be", "meet"]


def test_lemmas_set_before_are_kept_unless_overwriting(model: Language) -> None:
    stock = model.get_pipe("lemmatizer")
    with model.select_pipes(disable=["lemmatizer", "ner"]):
        doc = model("Let's go.")
    doc[1].lemma_ = "us"
    assert _lemmas(MemoLemmatizer(stock)(doc.copy()))[1] == "us"


def test_lookup_mode_and_overwrite() -> None:
    nlp = spacy.blank("en")
    lookups = Lookups()
    lookups.add_table("lemma_lookup", {"geese": "goose", "ran": "run"})
    stock = Lemmatizer(nlp.vocab, None, mode="lookup", overwrite=True)
    stock.initialize(lookups=lookups)
    twin = MemoLemmatizer(stock)
    words = ["geese", "ran", "home", "geese"]
    doc = Doc(nlp.vocab, words=words, lemmas=["x", "x", "x", "x"])
    assert _lemmas(twin(doc.copy())) == _lemmas(stock(doc.copy())) == ["goose", "run", "home", "goose"]


def test_a_mode_the_memo_cannot_stand_for_is_refused() -> None:
    class Custom(Lemmatizer):
        pass

    nlp = spacy.blank("en")
    with pytest.raises(TypeError):
        MemoLemmatizer(Custom(nlp.vocab, None, mode="rule"))


def test_the_storyline_pipeline_runs_the_twin_under_the_stock_name() -> None:
    assert isinstance(load_nlp(DEFAULT_MODEL).get_pipe("lemmatizer"), MemoLemmatizer)
