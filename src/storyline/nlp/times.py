"""Extractor component: times (placeholder wiring, filled in by its own issue)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class TimesExtractor:
    """Adds `doc._.times`: a tuple of model records."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.times = ()
        return doc


@Language.factory("storyline_times", default_config={})
def make_times(nlp: Language, name: str) -> TimesExtractor:
    return TimesExtractor(nlp, name)
