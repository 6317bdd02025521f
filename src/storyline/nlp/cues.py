"""The vocabularies of attribution: verbs of saying, believing and estimating, and nouns that can be a source."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from storyline.errors import ConfigError

VERB_KINDS = ("say", "believe", "estimate", "urge", "express", "evidence")
NOUN_KINDS = ("person", "group")
CUE_CLASSES = ("speech", "belief", "stance", "intention", "evidential", "document")
_KIND_CLASS = {"say": "speech", "believe": "belief", "estimate": "belief", "urge": "intention",
               "express": "stance", "evidence": "evidential"}  # fmt: skip
DOCUMENT_NOUNS = frozenset(
    {"report", "statement", "letter", "email", "e-mail", "memo", "website", "site", "post", "posting", "blog",
     "study", "survey", "poll", "document", "article", "release", "announcement", "filing", "tweet", "review",
     "analysis", "paper", "invitation", "message", "notice", "record", "data", "figure", "result", "finding"}
)
"""Head nouns of a written source: a speech cue with such a source is of the document class."""


def _read(text: str, kinds: tuple[str, ...], where: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) != 2 or parts[1] not in kinds:
            raise ConfigError(f"{where}, line {number}: expected 'word kind' with kind in {', '.join(kinds)}")
        table[parts[0].lower()] = parts[1]
    return table


def _packaged(name: str) -> str:
    return resources.files("storyline").joinpath("data", name).read_text(encoding="utf-8")


@dataclass(frozen=True)
class Lexicon:
    """Reporting verbs (lemma -> kind) and source nouns (lemma -> person/group)."""

    verbs: dict[str, str]
    nouns: dict[str, str]
    classes: dict[str, str] = field(default_factory=dict)
    """Cue lemma -> class, where it differs from its kind's (cue_classes.txt)."""
    noun_cues: dict[str, str] = field(default_factory=dict)
    """Noun lemma -> class, for nouns that report when a that-clause completes them (cue_nouns.txt)."""

    def noun_cue(self, lemma: str) -> str | None:
        """The class of a cue noun ("claim" -> speech, "fear" -> belief), or None."""
        return self.noun_cues.get(lemma.lower())

    def verb_kind(self, lemma: str) -> str | None:
        """say, believe, estimate, urge, express, or None for a verb that does not report."""
        return self.verbs.get(lemma.lower())

    def cue_class(self, lemma: str, source_lemma: str | None = None) -> str | None:
        """The class of a cue (speech, belief, stance, intention, evidential, document); None when not a cue.
        A speech cue whose source is a text ("the report says") is of the document class."""
        lemma = lemma.lower()
        found: str | None
        if lemma == "according":
            found = "speech"
        else:
            kind = self.verbs.get(lemma)
            found = self.classes.get(lemma) or (_KIND_CLASS.get(kind) if kind else None) or self.noun_cues.get(lemma)
        if found == "speech" and source_lemma is not None and source_lemma.lower() in DOCUMENT_NOUNS:
            return "document"
        return found

    def noun_kind(self, lemma: str) -> str | None:
        """person, group, or None for a noun that is not a source."""
        return self.nouns.get(lemma.lower())


@lru_cache(maxsize=8)
def load_lexicon(verbs_path: str | None = None, extra_verbs: tuple[str, ...] = ()) -> Lexicon:
    """The packaged vocabularies, extended by a user file (same format) and ``lemma:kind`` pairs."""
    verbs = _read(_packaged("reporting_verbs.txt"), VERB_KINDS, "reporting_verbs.txt")
    nouns = _read(_packaged("source_nouns.txt"), NOUN_KINDS, "source_nouns.txt")
    if verbs_path:
        try:
            verbs.update(_read(Path(verbs_path).read_text(encoding="utf-8"), VERB_KINDS, verbs_path))
        except OSError as e:
            raise ConfigError(f"cannot read reporting verbs from {verbs_path}: {e}") from e
    for pair in extra_verbs:
        lemma, _, kind = pair.partition(":")
        verbs.update(_read(f"{lemma} {kind or 'say'}", VERB_KINDS, "extra_verbs"))
    classes = _read(_packaged("cue_classes.txt"), CUE_CLASSES, "cue_classes.txt")
    noun_cues = _read(_packaged("cue_nouns.txt"), CUE_CLASSES, "cue_nouns.txt")
    return Lexicon(verbs=verbs, nouns=nouns, classes=classes, noun_cues=noun_cues)
