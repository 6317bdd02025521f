"""The commitments vocabulary (data/commitments.yaml): instrument nouns, kinds, obligation and action words."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from storyline import yamlfile
from storyline.errors import ConfigError


@dataclass(frozen=True)
class CommitmentVocabulary:
    """Lower-cased word lists and maps read from the vocabulary file."""

    instruments: dict[str, str]
    """Head noun lemma -> default kind ("pact" -> agreement, "sanction" -> sanctions)."""
    anaphors: frozenset[str]
    """Nouns that, definite, refer back to an instrument ("this text")."""
    definite: frozenset[str]
    kinds: dict[str, str]
    """Modifier phrase -> kind ("mutual defense" -> mutual defence)."""
    assist: frozenset[str]
    attack: frozenset[str]
    mutual: frozenset[str]
    obligations: frozenset[str]
    pledges: frozenset[str]
    actions: dict[str, str]
    """Verb or noun lemma -> action (ratify -> ratified)."""
    signing: frozenset[str]
    ratifying: frozenset[str]
    party_actions: frozenset[str]
    """Actions whose doers are parties: signing, ratifying, and e.g. imposing sanctions."""
    kind_rank: dict[str, int]
    families: dict[str, str]
    """Kind -> family name."""
    generic: frozenset[str]
    exclusive: frozenset[str]
    states: dict[str, str] = field(default_factory=dict)
    """Action -> the state it puts a commitment in (signed -> signed, sought -> sought)."""
    state_order: tuple[str, ...] = ()
    start_signals: frozenset[str] = frozenset()
    deadline_signals: frozenset[str] = frozenset()
    """Words that open the date a pledge is to be done by ("by", "before", "no later than")."""

    def rank(self, kind: str) -> int:
        """How specific a kind is (unknown kinds rank like a generic agreement)."""
        return self.kind_rank.get(kind, 0)

    def compatible(self, kind_a: str, kind_b: str) -> bool:
        """Whether two kinds may describe the same commitment."""
        if kind_a == kind_b:
            return True
        if kind_a in self.exclusive or kind_b in self.exclusive:
            return False
        if kind_a in self.generic or kind_b in self.generic:
            return True
        family_a, family_b = self.families.get(kind_a), self.families.get(kind_b)
        return family_a is not None and family_a == family_b


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in data.get(key) or ())


def _map(data: dict[str, Any], key: str) -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in (data.get(key) or {}).items()}


@lru_cache(maxsize=4)
def load_vocabulary(path: str | None = None) -> CommitmentVocabulary:
    """Read the vocabulary from ``path`` or the packaged ``data/commitments.yaml``."""
    try:
        if path is None:
            text = (resources.files("storyline") / "data" / "commitments.yaml").read_text(encoding="utf-8")
        else:
            text = Path(path).read_text(encoding="utf-8")
        data = yamlfile.safe_load(text) or {}
    except (OSError, yaml.YAMLError) as e:
        raise ConfigError(f"cannot read the commitments vocabulary {path or 'data/commitments.yaml'}: {e}") from e
    if not isinstance(data, dict):
        raise ConfigError(f"the commitments vocabulary {path or 'data/commitments.yaml'} is not a mapping")
    terms = data.get("term_words") or {}
    families = {str(kind): str(family) for family, kinds in (data.get("families") or {}).items() for kind in kinds}
    return CommitmentVocabulary(
        instruments=_map(data, "instruments"),
        anaphors=_words(data, "anaphors"),
        definite=_words(data, "definite"),
        kinds=_map(data, "kinds"),
        assist=_words(terms, "assist"),
        attack=_words(terms, "attack"),
        mutual=_words(terms, "mutual"),
        obligations=_words(data, "obligations"),
        pledges=_words(data, "pledges"),
        actions=_map(data, "actions"),
        signing=_words(data, "signing_actions"),
        ratifying=_words(data, "ratifying_actions"),
        party_actions=_words(data, "signing_actions")
        | _words(data, "ratifying_actions")
        | _words(data, "party_actions"),
        kind_rank={str(k): int(v) for k, v in (data.get("kind_rank") or {}).items()},
        families=families,
        generic=_words(data, "generic"),
        exclusive=_words(data, "exclusive"),
        states=_map(data, "states"),
        state_order=tuple(str(w).lower() for w in data.get("state_order") or ()),
        start_signals=_words(data, "start_signals"),
        deadline_signals=_words(data, "deadline_signals"),
    )
