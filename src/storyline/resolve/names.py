"""Name normalisation shared by every resolver: the key under which two spellings are the same."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Head words that make a name an organisation whatever the model says ("the East-West Center" as LOC).
ORGANISATION_HEADS = frozenset(
    {
        "center",
        "centre",
        "institute",
        "institution",
        "university",
        "agency",
        "school",
        "party",
        "council",
        "ministry",
        "department",
        "committee",
        "commission",
        "organization",
        "organisation",
        "association",
        "foundation",
        "bank",
        "fund",
        "company",
        "corporation",
        "corp",
        "inc",
        "ltd",
        "group",
        "court",
        "parliament",
        "assembly",
        "congress",
        "senate",
        "army",
        "navy",
        "forces",
        "service",
        "services",
        "office",
        "bureau",
        "union",
        "alliance",
        "league",
        "academy",
        "college",
        "society",
        "network",
        "club",
        "command",
        "guard",
        "police",
    }
)
# Legal forms after a company's name ("Microsoft Corp.", "Acme Co."): the name without them is the same company.
LEGAL_FORMS = frozenset({"co", "llc", "plc", "sa", "ag", "gmbh", "nv", "bv", "spa", "ltd", "inc", "corp", "limited"})

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_POSSESSIVE = re.compile(r"(?:'s|s')$")
_NON_WORD = re.compile(r"[^\w]+")
_THE = re.compile(r"^the\s+", re.IGNORECASE)


@lru_cache(maxsize=1 << 13)  # the extractors and resolvers fold the same few hundred names of an article many times
def name_key(name: str) -> str:
    """Fold case, accents, hyphens, dots and possessives: "Kim Jong-un's" -> "kim jong un"."""
    text = name.translate(_APOSTROPHES)
    if not text.isascii():  # ASCII has no accents to fold (NFKD leaves it as it is)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _POSSESSIVE.sub("", text.strip())
    text = _THE.sub("", text)
    return _NON_WORD.sub(" ", text).strip().casefold()


def slug(name: str) -> str:
    """A stable id fragment: "Victor Cha" -> "victor-cha"."""
    return name_key(name).replace(" ", "-")
