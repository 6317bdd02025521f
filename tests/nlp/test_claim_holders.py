"""Whose a count is when the clause's subject is a pronoun (issue 20): "he" resolved as a speaker's "he" is, "they"
by the plural subject before it; unresolved, the pronoun itself. Sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from storyline.model import Claim
from storyline.nlp import claims, mentions, paragraphs, quotes, times  # noqa: F401  (registers the components)
from storyline.nlp.claim_frame import pronoun_holder
from storyline.nlp.extensions import register_extensions
from storyline.settings import DEFAULT_MODEL


@pytest.fixture(scope="module")
def nlp() -> Language:
    register_extensions()
    pipeline = spacy.load(DEFAULT_MODEL)
    pipeline.add_pipe("storyline_paragraphs", before="parser")
    for name in ("storyline_mentions", "storyline_times", "storyline_quotes", "storyline_claims"):
        pipeline.add_pipe(name)
    return pipeline


def _claim(nlp: Language, text: str, number: str) -> Claim:
    [claim] = [c for c in nlp(text)._.claims if c.text.startswith(number)]
    return claim


def test_a_he_holds_the_count_of_the_person_it_stands_for(nlp: Language) -> None:
    text = "David Garrard was sacked twice in the first quarter. He threw for 213 yards."
    holder = _claim(nlp, text, "213").holder
    assert holder is not None and holder.text == "David Garrard" and not pronoun_holder(holder)


def test_a_he_the_text_does_not_resolve_is_its_own_holder(nlp: Language) -> None:
    holder = _claim(nlp, "The Jaguars lost again on Sunday. He threw for 213 yards.", "213").holder
    assert holder is not None and holder.text == "He" and pronoun_holder(holder)


def test_a_they_takes_the_plural_subject_before_it(nlp: Language) -> None:
    # "authorities offered" names no holder, so neither does the "they" standing for them
    assert _claim(nlp, "Federal authorities said that they were offering a $35,000 reward.", "$35,000").holder is None
