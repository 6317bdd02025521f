"""Where an article's lead places its happening: the countries of the places its headline and first sentences name.

A pile of stories may hold two happenings of one kind (a shooting in Vancouver and one in Troy, Michigan; riots in
Athens and protests in Brooklyn). A count whose clause names no place measures the happening its article tells, so
counts of two articles whose leads place their happenings in different countries are two quantities, however alike
the words ("three people shot", "one person shot")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from storyline.model import Mention
from storyline.resolve.places import place_key

# The sentences of an article's lead (headline included): where a report says its happening took place.
LEAD_SENTENCES = 3


def lead_countries(mentions: Iterable[Mention]) -> frozenset[str]:
    """ISO alpha-3 codes of the countries the lead's places name or lie in ("Vancouver" -> CAN, "Greece" -> GRC);
    empty when it names none. All of them: a dateline's city ("DUBAI (Reuters) - An earthquake struck southern
    Iran") is where the outlet writes from, and the happening's country is named beside it."""
    cities: set[str] = set()
    states: set[str] = set()
    for mention in mentions:
        if mention.sent >= LEAD_SENTENCES or mention.label != "GPE" or mention.kind != "name":
            continue
        key = place_key(mention.name or mention.text)
        kind, _, rest = key.partition(":")
        if kind == "state":
            states.add(rest)
        elif kind == "city":
            cities.add(rest.rpartition(":")[2])
    return frozenset(cities | states)


def confirmed(scenes: Mapping[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """Each article's lead countries that another article's lead names too. A name one lead alone places abroad is
    more often a misread homonym ("Florence, Colo." read as Italy's, "Georgia" the state read as the country) or a
    party (the pirates' Somalia beside the navy's India) than a second happening, which several outlets report."""
    named = Counter(country for countries in scenes.values() for country in countries)
    return {key: frozenset(c for c in countries if named[c] >= 2) for key, countries in scenes.items()}


def same_scene(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two leads may tell one happening: one names no country, or they share one."""
    return not a or not b or bool(a & b)
