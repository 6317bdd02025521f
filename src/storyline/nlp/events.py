"""Extractor component: events (placeholder wiring, filled in by its own issue)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class EventsExtractor:
    """Adds `doc._.events`: a tuple of model records."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = ()
        return doc


@Language.factory("storyline_events", default_config={})
def make_events(nlp: Language, name: str) -> EventsExtractor:
    return EventsExtractor(nlp, name)
