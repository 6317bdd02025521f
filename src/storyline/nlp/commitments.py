"""Extractor component: sentences that state standing commitments (treaties, pacts, alliances, sanctions)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class CommitmentsExtractor:
    """Adds `doc._.commitments`: a tuple of CommitmentStatement records."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.commitments = ()
        return doc


@Language.factory("storyline_commitments", default_config={})
def make_commitments(nlp: Language, name: str) -> CommitmentsExtractor:
    return CommitmentsExtractor(nlp, name)
