"""One key per measuring agency named after its state, however an outlet writes the state: "the U. S. Geological
Survey" and "the United States Geological Survey" are one agency, whose magnitude is one quantity."""

from __future__ import annotations

import re

from storyline.resolve.names import slug
from storyline.resolve.places import state_code

_TAIL = re.compile(r"(?:,| in ).*$")
_ARTICLE = re.compile(r"^(?:the|The)\s+")
# "U. S." as the ECB+ tokens and some wires space it: the gazetteer knows "U.S."
_SPACED_INITIALS = re.compile(r"\b([A-Z])\.\s+(?=[A-Z]\.)")
_STATE_WORDS = 3


def bare_agency(name: str) -> str:
    """An agency's name without its article and its place ("the USGS in Golden, Colo." -> "USGS")."""
    return _ARTICLE.sub("", _TAIL.sub("", name).strip())


def state_agency(name: str) -> str | None:
    """For an agency whose name starts with its state's, the state's ISO code and the rest of the name as a slug,
    without its place ("the U. S. Geological Survey in Golden, Colo." -> "usa-geological-survey"); None for any
    other name (a capital or a demonym is no state here: "Tehran's seismologic center")."""
    words = _SPACED_INITIALS.sub(r"\1.", bare_agency(name)).split()
    for size in range(min(_STATE_WORDS, len(words) - 1), 0, -1):
        code = state_code(" ".join(words[:size]))
        if code is not None:
            return slug(" ".join([code, *words[size:]]))
    return None
