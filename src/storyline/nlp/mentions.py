"""Extractor component: mentions (placeholder wiring, filled in by its own issue)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class MentionsExtractor:
    """Adds `doc._.mentions`: a tuple of model records."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.mentions = ()
        return doc


@Language.factory("storyline_mentions", default_config={})
def make_mentions(nlp: Language, name: str) -> MentionsExtractor:
    return MentionsExtractor(nlp, name)
