"""Extractor component: claims (placeholder wiring, filled in by its own issue)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class ClaimsExtractor:
    """Adds `doc._.claims`: a tuple of model records."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.claims = ()
        return doc


@Language.factory("storyline_claims", default_config={})
def make_claims(nlp: Language, name: str) -> ClaimsExtractor:
    return ClaimsExtractor(nlp, name)
