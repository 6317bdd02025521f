"""spaCy's rule lemmatizer with its answers remembered by word, part of speech and morphology: the same lemmas.

The model's ``lemmatizer`` (rule mode) gives each token without a lemma the first form of ``rule_lemmatize``,
which reads the token's text, part of speech and morphology and nothing else (the English ``is_base_form``
reads the same two). spaCy caches the inflected words' forms by those three values but not the base forms,
spaces and proper nouns, which it works out again at every token (``token.morph.to_dict()`` and string work,
about 3 µs). Here every answer is remembered under the token's (ORTH, POS, MORPH) hashes, read for the whole Doc
with one ``to_array``; the stock component is asked on a miss, so a lemma is always one it gives. Lookup mode
reads the text alone: the same memo serves it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

MEMO_MODES = frozenset({"rule", "lookup"})
"""Modes whose lemma is a function of the token's text, part of speech and morphology."""
MEMO_CLASSES = (Lemmatizer, EnglishLemmatizer)
"""Classes whose ``is_base_form`` reads nothing else (a language's own may read more: those keep the stock one)."""
_MEMO_LIMIT = 200_000
"""Words remembered before the memo starts afresh, so a long run stays bounded."""


def memoisable(component: Any) -> bool:
    """Whether ``component`` is a lemmatizer whose answers this memo may stand for."""
    return type(component) in MEMO_CLASSES and component.mode in MEMO_MODES


class MemoLemmatizer:
    """Does what ``stock`` does to a Doc (see the module's docstring)."""

    def __init__(self, stock: Lemmatizer) -> None:
        if not memoisable(stock):
            raise TypeError(f"a {type(stock).__name__} in mode {stock.mode!r} cannot be memoised")
        self.stock = stock
        self._memo: dict[tuple[Any, Any, Any], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        stock: Any = self.stock
        if not stock._validated:
            stock._validate_tables(Errors.E1004)
        error_handler = stock.get_error_handler()
        try:
            self._lemmatize(doc)
            return doc
        except Exception as e:
            error_handler(stock.name, stock, [doc], e)
            return doc

    def _lemmatize(self, doc: Doc) -> None:
        memo, overwrite, lemmatize = self._memo, self.stock.overwrite, self.stock.lemmatize
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).reshape(-1, 4).tolist()
        for token, (orth, pos, morph, lemma) in zip(doc, rows, strict=True):
            if overwrite or lemma == 0:
                key = (orth, pos, morph)
                form = memo.get(key)
                if form is None:
                    form = lemmatize(token)[0]
                    if len(memo) >= _MEMO_LIMIT:
                        memo.clear()
                    memo[key] = form
                token.lemma_ = form  # the string added to the store (and its memory zone) as the stock one adds it

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory("storyline_lemma_memo")
def make_lemma_memo(nlp: Language, name: str, source: str = "lemmatizer") -> MemoLemmatizer:
    """The memo-backed twin of the pipeline's component ``source`` (a rule or lookup Lemmatizer)."""
    stock = nlp.get_pipe(source)
    if not isinstance(stock, Lemmatizer):
        raise TypeError(f"{source} is a {type(stock).__name__}, not a Lemmatizer")
    return MemoLemmatizer(stock)
