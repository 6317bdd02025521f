"""Author names from byline lines ("By A and B", "Translated by: A") and e-mail footers ("Write to A at a@x")."""

from __future__ import annotations

import re

from storyline.ingest.patterns import load_patterns

_SPLIT = re.compile(r"\s*(?:,|;|\||&|\band\b)\s*")
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-Þ][\w'’.-]*|(?:de|da|van|von|der|del|la|le|bin|al|dos|du)\b)$")
_AT_EMAIL = re.compile(r"([A-ZÀ-Þ][\w.'’-]*(?:\s+[A-ZÀ-Þ][\w.'’-]*){0,4})\s+at\s+\S+@")
_MAX_NAME_WORDS = 5


def looks_like_name(text: str) -> bool:
    """True for a short run of capitalised words ("Timothy W. Martin", "Ramon Pacheco Pardo")."""
    words = text.split()
    if not words or len(words) > _MAX_NAME_WORDS or not words[0][0].isupper():
        return False
    return all(_NAME_WORD.match(word) for word in words)


def split_names(text: str) -> list[str]:
    """The person names in a list such as "A, B and C" (agencies and non-names left out)."""
    agencies = load_patterns().agencies
    names = []
    for part in _SPLIT.split(text.strip().rstrip(".")):
        part = part.strip(" :")
        if looks_like_name(part) and part.casefold() not in agencies:
            names.append(part)
    return names


def names_only(text: str) -> list[str]:
    """The names in ``text`` when it is nothing but a list of names (and agencies); else []."""
    agencies = load_patterns().agencies
    parts = [part.strip(" :") for part in _SPLIT.split(text.strip().rstrip("."))]
    parts = [part for part in parts if part and part.casefold() not in agencies]
    return parts if parts and all(looks_like_name(part) for part in parts) else []


def email_footer_names(line: str) -> list[str]:
    """Names in "Write to A at a@x.com and B at b@y.com"."""
    return [match.group(1) for match in _AT_EMAIL.finditer(line)]


def byline_prefix(line: str) -> str | None:
    """For "Translated and Adapted by: A", the text after the prefix ("A", possibly ""); else None."""
    match = load_patterns().byline_prefix.match(line)
    return line[match.end() :].strip() if match else None
