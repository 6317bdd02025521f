"""Pipelines the extractor tests share (loading the model once per test process, not once per file)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from storyline.nlp import claims, mentions, paragraphs, quotes, times  # noqa: F401  (registers the components)
from storyline.nlp.abbreviations import keep_title_abbreviations
from storyline.nlp.extensions import register_extensions
from storyline.settings import DEFAULT_MODEL


@pytest.fixture(scope="session")
def claims_pipeline() -> Language:
    """The statistical model with the paragraphs, times and claims components: what a claim's frame reads."""
    register_extensions()
    pipeline = spacy.load(DEFAULT_MODEL)
    pipeline.add_pipe("storyline_paragraphs", before="parser")
    pipeline.add_pipe("storyline_times")
    pipeline.add_pipe("storyline_claims")
    return pipeline


@pytest.fixture(scope="session")
def speakers_pipeline() -> Language:
    """The statistical model with the paragraphs, mentions and quotes components: what a quote's speaker reads."""
    register_extensions()
    pipeline = spacy.load(DEFAULT_MODEL)
    keep_title_abbreviations(pipeline)  # as load_nlp does: "Const. Fanning said" is one sentence
    pipeline.add_pipe("storyline_paragraphs", before="parser")
    pipeline.add_pipe("storyline_mentions")
    pipeline.add_pipe("storyline_quotes")
    return pipeline
