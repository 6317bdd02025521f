"""One key per measuring agency named after its state, however an outlet writes the state: "the U. S. Geological
Survey" and "the United States Geological Survey" are one agency, whose magnitude is one quantity."""

from __future__ import annotations

import re

from storyline.resolve.gazetteer import load_gazetteer
from storyline.resolve.names import slug

_TAIL = re.compile(r"(?:,| in ).*$")
_ARTICLE = re.compile(r"^(?:the|The)\s+")
# "U. S." as the ECB+ tokens and some wires space it: the gazetteer knows "U.S."
_SPACED_INITIALS = re.compile(r"\b([A-Z])\.\s+(?=[A-Z]\.)")
_STATE_WORDS = 3


def state_agency(name: str) -> str | None:
    """For an agency whose name starts with its state's, the state's ISO code and the rest of the name as a slug,
    without its place ("the U. S. Geological Survey in Golden, Colo." -> "usa-geological-survey"); None for any
    other name (a capital or a demonym is no state here: "Tehran's seismologic center")."""
    words = _SPACED_INITIALS.sub(r"\1.", _ARTICLE.sub("", _TAIL.sub("", name).strip())).split()
    gazetteer = load_gazetteer()
    for size in range(min(_STATE_WORDS, len(words) - 1), 0, -1):
        entry = gazetteer.lookup(" ".join(words[:size]))
        if entry is not None and entry.type == "state" and entry.code and entry.kind not in ("capital", "demonym"):
            return slug(" ".join([entry.code, *words[size:]]))
    return None
