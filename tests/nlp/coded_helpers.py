"""Sentences written for a test, coded the way `storyline eval --coded` codes them (each as its own article)."""

from __future__ import annotations

from datetime import date

from storyline.eval.coded import CodedOutput, CodedSentence, code_sentences

PUBLISHED = date(2024, 3, 12)


def code_all(sentences: dict[str, str]) -> dict[str, tuple[CodedOutput, ...]]:
    """Each sentence's events by its key."""
    items = [CodedSentence(key, "dev", text, PUBLISHED, None) for key, text in sentences.items()]
    return {result.sentence.id: result.events for result in code_sentences(items)}


def one_of(coded: dict[str, tuple[CodedOutput, ...]], sentences: dict[str, str], key: str, kind: str) -> CodedOutput:
    """The first event of type ``kind`` coded for ``key``; fails naming the sentence when there is none."""
    found = [e for e in coded[key] if e.type == kind]
    assert found, f"no {kind} in {sentences[key]!r}: {coded[key]}"
    return found[0]
