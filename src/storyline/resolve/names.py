"""Name normalisation shared by every resolver: the key under which two spellings are the same."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_POSSESSIVE = re.compile(r"(?:'s|s')$")
_NON_WORD = re.compile(r"[^\w]+")


def name_key(name: str) -> str:
    """Fold case, accents, hyphens, dots and possessives: "Kim Jong-un's" -> "kim jong un"."""
    text = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _POSSESSIVE.sub("", text.strip())
    text = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    return _NON_WORD.sub(" ", text).strip().casefold()


def slug(name: str) -> str:
    """A stable id fragment: "Victor Cha" -> "victor-cha"."""
    return name_key(name).replace(" ", "-")
