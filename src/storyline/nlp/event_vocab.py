"""The PLOVER event vocabulary: trigger entries, type codes and scores, read from a user-extendable data file."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from storyline import yamlfile
from storyline.errors import ConfigError

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
MODALITIES = ("asserted", "intended", "threatened", "demanded", "refused", "negated", "hypothetical")
"""How a text holds an act (``Event.modality``)."""
_ROLES = {"subject", "received", "owner", "joint"}
_OF_ROLES = {"recipient", "actor", "theme"}
_POS = {"verbs": "verb", "nouns": "noun", "adjectives": "adjective"}


@dataclass(frozen=True)
class EventType:
    """One PLOVER type with its CAMEO root and cooperation/conflict score."""

    name: str
    cameo: str
    score: float
    description: str = ""


@dataclass(frozen=True)
class Trigger:
    """One trigger entry: the words that signal a type, the conditions, and how to code the event."""

    type: str
    pos: str
    """verb, noun, or adjective (a predicate adjective: "X is critical of Y")."""
    lemma: str
    particle: str | None = None
    with_: frozenset[str] = frozenset()
    without: frozenset[str] = frozenset()
    subjects: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    mode: str | None = None
    cameo: str | None = None
    roles: str = "subject"
    of: str = "recipient"
    recipient_preps: frozenset[str] | None = None
    otherwise: str | None = None
    needs_recipient: bool = False
    """No event without a recipient ("warned Israel of a response" threatens; "warned that..." reports)."""
    order: int = 0
    origin: str = "vocabulary"
    """vocabulary (plover.yaml), or for verbs it does not list the CAMEO verb dictionary: cameo-pattern (a pattern
    of the verb matched) or cameo (the verb's default code)."""

    @property
    def specificity(self) -> int:
        """How many conditions the entry sets: the most specific matching entry wins."""
        return bool(self.with_) + bool(self.subjects) + bool(self.preps) + bool(self.particle)


@dataclass(frozen=True)
class Vocabulary:
    """Types, trigger entries indexed by (pos, lemma), and the lexicon read around triggers."""

    types: dict[str, EventType]
    triggers: dict[tuple[str, str], tuple[Trigger, ...]]
    lexicon: dict[str, frozenset[str]] = field(default_factory=dict)

    def words(self, name: str) -> frozenset[str]:
        """A lexicon list by name (empty when the file has none)."""
        return self.lexicon.get(name, frozenset())


def _words(value: Any) -> frozenset[str]:
    """A list of words from YAML, flattening nested lists (YAML anchors merged into one list)."""
    if value is None:
        return frozenset()
    if isinstance(value, bool):
        # YAML 1.1 reads a bare on/no/yes as a boolean: the file must quote such words.
        raise ConfigError(f'quote the word read as {value} in the event vocabulary (e.g. "on", "no")')
    if isinstance(value, str):
        return frozenset({value.lower()})
    out: set[str] = set()
    for item in value:
        out |= _words(item)
    return frozenset(out)


def parse_vocabulary(data: dict[str, Any], source: str = "vocabulary") -> Vocabulary:
    """Build the vocabulary from the parsed YAML document; ConfigError names what is wrong."""
    if not isinstance(data, dict) or not isinstance(data.get("types"), dict):
        raise ConfigError(f"{source}: expected a mapping with 'types'")
    types: dict[str, EventType] = {}
    index: dict[tuple[str, str], list[Trigger]] = defaultdict(list)
    order = 0
    for name, spec in data["types"].items():
        if name not in PLOVER_TYPES:
            raise ConfigError(f"{source}: unknown PLOVER type {name!r}")
        types[name] = EventType(name, str(spec["cameo"]), float(spec["score"]), spec.get("description", ""))
        for entry in spec.get("triggers", ()):
            roles = entry.get("roles", "subject")
            of = entry.get("of", "recipient")
            otherwise = entry.get("otherwise")
            if roles not in _ROLES or of not in _OF_ROLES or (otherwise and otherwise not in PLOVER_TYPES):
                raise ConfigError(f"{source}: bad roles/of/otherwise in a {name} trigger: {entry}")
            preps = entry.get("recipient_preps")
            for pos in ("verbs", "nouns", "adjectives"):
                for word in entry.get(pos, ()):
                    lemma, _, particle = str(word).lower().partition(" ")
                    order += 1
                    index[(_POS[pos], lemma)].append(
                        Trigger(
                            type=name,
                            pos=_POS[pos],
                            lemma=lemma,
                            particle=particle or None,
                            with_=_words(entry.get("with")),
                            without=_words(entry.get("without")),
                            subjects=_words(entry.get("subjects")),
                            preps=_words(entry.get("preps")),
                            mode=entry.get("mode"),
                            cameo=str(entry["cameo"]) if entry.get("cameo") else None,
                            roles=roles,
                            of=of,
                            recipient_preps=_words(preps) if preps is not None else None,
                            otherwise=otherwise,
                            needs_recipient=bool(entry.get("needs_recipient", False)),
                            order=order,
                        )
                    )
    lexicon = {key: _words(value) for key, value in (data.get("lexicon") or {}).items()}
    return Vocabulary(types=types, triggers={k: tuple(v) for k, v in index.items()}, lexicon=lexicon)


@lru_cache(maxsize=4)
def load_vocabulary(path: str | None = None) -> Vocabulary:
    """The vocabulary shipped in storyline/data/events/plover.yaml, or the file at ``path``."""
    try:
        if path is None:
            text = resources.files("storyline").joinpath("data/events/plover.yaml").read_text(encoding="utf-8")
        else:
            text = Path(path).read_text(encoding="utf-8")
        data = yamlfile.safe_load(text)
    except (OSError, yaml.YAMLError) as e:
        raise ConfigError(f"cannot read event vocabulary {path or 'plover.yaml'}: {e}") from e
    return parse_vocabulary(data, path or "plover.yaml")
