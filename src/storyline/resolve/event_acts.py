"""Which words name one act: the synonym blocks of the event coders' verb dictionary (PETRARCH2's CAMEO.2.0.txt).

The dictionary lists its verbs in blocks of synonyms, each under a header naming the act (``---  APPREHEND  [171]
---``: apprehend, arrest, capture, catch, nab, seize; ``---  KILL  [190]  ---``: kill, murder, slay; shooting is a
block of its own). Outlets name one happening with different words of one block ("captured", "arrested",
"nabbed"), so merging may take the block, where the word alone would keep two reports apart. A phrasal entry
("+SHOOT_DOWN") is keyed with its particle: keyed by its first word it would put "shoot" in the block of killing.
The dictionary is read once, by the event coder's reader (``nlp.cameo_verbs``), so both take its entries alike.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from storyline.nlp.cameo_verbs import CameoVerb, load_cameo_verbs, parse_verbs


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


def blocks_of(verbs: Mapping[str, tuple[CameoVerb, ...]]) -> dict[str, frozenset[str]]:
    """Every single-word verb form of the dictionary (and every phrasal verb's, with its particle) -> the blocks
    listing it, each named by its header and the code the verb carries there. A verb with a code of its own is
    another act of its block ("DETAIN [173]" among NAB [171]); one marked "[---]" codes no act and is in none."""
    found: dict[str, set[str]] = {}
    for entries in verbs.values():
        for verb in entries:
            if verb.code is None or not verb.block:
                continue
            tail = verb.particle or ""
            for form in {f"{f} {tail}".strip() for f in _inflections(verb.lemma)} | set(verb.forms):
                found.setdefault(form, set()).add(f"{verb.block}/{verb.code}")
    return {form: frozenset(blocks) for form, blocks in found.items()}


def parse_blocks(text: str) -> dict[str, frozenset[str]]:
    """``blocks_of`` a dictionary's text."""
    return blocks_of(parse_verbs(text))


@lru_cache(maxsize=1)
def _blocks() -> dict[str, frozenset[str]]:
    return blocks_of(load_cameo_verbs())


def act_blocks(trigger: str) -> frozenset[str]:
    """The dictionary blocks listing a trigger (a word, or a verb with its particle as the dictionary lists it): empty
    for one the dictionary does not list ("taken over" is not "taken")."""
    return _blocks().get(" ".join(trigger.lower().split()), frozenset())
