"""People's names compared as names: the parts that can stand alone, and the key two spellings share."""

from __future__ import annotations

import re
from functools import lru_cache

from storyline.resolve.names import name_key

_INITIAL = re.compile(r"^[A-Z]\.?$")
# Generational suffixes as person keys write them: "W. Mark Felt Sr." -> "mark felt sr".
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


@lru_cache(maxsize=65536)
def person_parts(name: str) -> tuple[str, ...]:
    """The words of a person's name that can stand alone, initials left out: "Jean H. Lee" -> (jean, lee)."""
    return tuple(name_key(w) for w in name.split() if not _INITIAL.match(w) and name_key(w))


def person_key(name: str) -> str:
    """A person's name with initials, hyphens and case folded away: "Victor D. Cha" -> "victor cha".

    "Kim Jong-un" and "Kim Jong Un" share the key "kim jong un".
    """
    return " ".join(" ".join(person_parts(name)).split())
