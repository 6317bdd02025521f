"""Extractor component: quotes (placeholder wiring, filled in by its own issue)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class QuotesExtractor:
    """Adds `doc._.quotes`: a tuple of model records."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = ()
        return doc


@Language.factory("storyline_quotes", default_config={})
def make_quotes(nlp: Language, name: str) -> QuotesExtractor:
    return QuotesExtractor(nlp, name)
