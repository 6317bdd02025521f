"""The cleaner's vocabulary, loaded once from data/cleaner.yaml and compiled."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from storyline import yamlfile

_FLAGS = re.IGNORECASE


@dataclass(frozen=True)
class Patterns:
    """Compiled boilerplate patterns (see data/cleaner.yaml for what each one is)."""

    max_words: int
    promo: re.Pattern[str]
    footer: re.Pattern[str]
    email_footer: re.Pattern[str]
    byline_prefix: re.Pattern[str]
    tail_words: frozenset[str]
    tail_lists: re.Pattern[str]
    section_labels: frozenset[str]
    summary_labels: frozenset[str]
    agencies: frozenset[str]


def _family(spec: dict[str, list[str]]) -> re.Pattern[str]:
    """One regex from a {start: [...], anywhere: [...]} family."""
    parts = [f"^(?:{p})" for p in spec.get("start", [])] + [f"(?:{p})" for p in spec.get("anywhere", [])]
    return re.compile("|".join(parts) or "(?!)", _FLAGS)


def _words(items: list[str]) -> frozenset[str]:
    return frozenset(item.casefold() for item in items)


@cache
def load_patterns() -> Patterns:
    """The patterns shipped in storyline/data/cleaner.yaml."""
    text = resources.files("storyline.data").joinpath("cleaner.yaml").read_text("utf-8")
    raw: dict[str, Any] = yamlfile.safe_load(text)
    return Patterns(
        max_words=int(raw["max_words"]),
        promo=_family(raw["promo"]),
        footer=_family(raw["footer"]),
        email_footer=re.compile(raw["email_footer"], _FLAGS),
        byline_prefix=re.compile(raw["byline_prefix"], _FLAGS),
        tail_words=_words(raw["tail_words"]),
        tail_lists=re.compile(raw["tail_lists"], _FLAGS),
        section_labels=_words(raw["section_labels"]),
        summary_labels=_words(raw["summary_labels"]),
        agencies=_words(raw["agencies"]),
    )
