"""Which words name one act: the synonym blocks of the event coders' verb dictionary (PETRARCH2's CAMEO.2.0.txt).

The dictionary lists its verbs in blocks of synonyms, each under a header naming the act (``---  APPREHEND  [171]
---``: apprehend, arrest, capture, catch, nab, seize; ``---  KILL  [190]  ---``: kill, murder, slay; shooting is a
block of its own). Outlets name one happening with different words of one block ("captured", "arrested",
"nabbed"), so merging may take the block, where the word alone would keep two reports apart. Phrasal entries
("+SHOOT_DOWN") are left out: keyed by their first word they would put "shoot" in the block of killing.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_VERB = re.compile(r"^(\+?[A-Z][A-Z_'-]*)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?")


def _inflections(lemma: str) -> set[str]:
    """A verb's regular forms ("capture": captures, captured, capturing; "nab": nabbed, nabbing), as the nouns of
    the act most often are one of them ("the arrest", "the shooting")."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "ing"}
    if lemma.endswith("e"):
        forms |= {lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # nab, nabbed (over-generation is harmless)
    return forms


def parse_blocks(text: str) -> dict[str, frozenset[str]]:
    """Every single-word verb form of the dictionary's verb section -> the names of the blocks listing it."""
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("####### VERB PATTERNS")), 0)
    found: dict[str, set[str]] = {}
    block, default = "", ""
    for raw in lines[start + 1 :]:
        header = _BLOCK.match(raw)
        if header:
            block, default = header.group(1).lower(), header.group(2).strip()
            continue
        verb = _VERB.match(raw.split("#", 1)[0].strip())
        if not block or verb is None:
            continue
        code = (verb.group(3) or default).strip()
        if not code or code.startswith("-"):
            continue  # "[---]": the verb codes no act of its own
        head, *particle = verb.group(1).lstrip("+").lower().split("_")
        tail = " ".join(p for p in particle if p)
        listed = {w.lstrip("+").lower().replace("_", " ").strip() for w in re.split(r"[\s,]+", verb.group(2) or "")}
        forms = {f"{f} {tail}".strip() for f in _inflections(head)} | {w for w in listed if w}
        for form in forms:
            found.setdefault(form, set()).add(f"{block}/{code}")
    return {form: frozenset(blocks) for form, blocks in found.items()}


@lru_cache(maxsize=1)
def _blocks() -> dict[str, frozenset[str]]:
    text = resources.files("storyline").joinpath("data/events/CAMEO.2.0.txt").read_text(encoding="utf-8")
    return parse_blocks(text)


def act_blocks(trigger: str) -> frozenset[str]:
    """The dictionary blocks listing a trigger (a word, or a verb with its particle as the dictionary lists it): empty
    for one the dictionary does not list ("taken over" is not "taken")."""
    return _blocks().get(" ".join(trigger.lower().split()), frozenset())
