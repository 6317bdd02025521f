"""The speaker storyline gives the one quote that holds some words, for speaker tests on text written for them."""

from __future__ import annotations

from spacy.language import Language

from storyline.model import Quote


def speaker_of(nlp: Language, text: str, words: str) -> str | None:
    found: tuple[Quote, ...] = nlp(text)._.quotes
    hits = [q for q in found if words in q.text]
    assert len(hits) == 1, [q.text for q in found]
    return hits[0].speaker.name if hits[0].speaker else None
