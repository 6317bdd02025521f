"""The state a national body named without its state belongs to: the one state its article is about.

News names a state's bodies bare once the story's country is plain ("the federal government", "Congress",
"lawmakers", "the military"). PETRARCH and Phoenix code such a body by the country of the story when the text names
none; the coding guidelines (``tests/data/events/GUIDELINES.md``) give a national body its state's code and leave
police, prosecutors, courts and local bodies uncoded (a county court or a city police force has no code of its own).
So only the government, legislature and armed-forces nouns of the Phoenix agents dictionary (``~GOV``, ``~LEG``,
``~MIL``) count, only for who acts (a body acted on is as often its building: "tried to storm parliament"), and only
when the article is about one state: one named several times and far more often than any other. With two states in
competition, or one named in passing, there is no code (precision first).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from itertools import pairwise

from storyline.model import Actor
from storyline.resolve.knowledge import load_agent_nouns, load_agent_phrases

_SECTORS = frozenset({"~GOV", "~LEG", "~MIL"})
# Nouns of those sectors that also name one person or a body below or beside the state (a company's president, a
# ship's captain, a university's chancellor, a provincial premier, a city's mayor, a chamber of commerce, a port
# authority, the airline a "carrier" is in business news), that are no body at all, or whose state is as a rule
# another than the one the story is about (a diplomat or an embassy in the country is a foreign one).
_NOT_NATIONAL = frozenset(
    {"mayor", "governor", "president", "chancellor", "captain", "commander", "premier", "carrier", "chamber",
     "diplomat", "ambassador", "envoy", "emissary", "consul", "consulate", "embassy", "legate",
     "authority", "firefighter", "fireman", "firemen", "fireperson", "firewoman", "firewomen", "delegate",
     "representatives", "regulator", "assemblage", "assemblies", "echelon", "governance", "polity", "promulgator",
     "lawgiver", "king", "kingdom", "prince", "emperor", "empress", "monarch", "ruler", "sovereign"}
)  # fmt: skip
# Words before the noun that keep it national ("the federal government", "Congressional lawmakers").
_NATIONAL = frozenset({"federal", "national", "congressional", "parliamentary", "armed"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "our", "his", "her"})
DOMINANCE = 3
"""A state named this many times at least, and this many times as often as any other, is the article's state."""


# Arms and vehicles the same sectors list (WordNet 3.0 has them under artifact.n.01, not under a group or a person):
# no body, and as a name as often a product ("the Cruiser" of Chrysler, the Humvee).
_EQUIPMENT = frozenset(
    {"artillery", "barracks", "battleship", "battlewagon", "bomber", "corvette", "cruiser", "destroyer", "frigate",
     "hmmwv", "humvee", "jetfighter", "kfir", "mig", "warplane", "warship"}
)  # fmt: skip


@lru_cache(maxsize=1)
def body_nouns() -> frozenset[str]:
    """Nouns of a state's government, legislature and armed forces ("government", "congress", "lawmaker", "army")."""
    nouns = {noun for noun, code in load_agent_nouns().items() if code in _SECTORS}
    return frozenset(nouns - _NOT_NATIONAL - _EQUIPMENT)


@lru_cache(maxsize=1)
def body_phrases() -> frozenset[str]:
    """Bodies of two words or more of the same sectors ("air force"), whose last word alone is no body."""
    return frozenset(p for p, code in load_agent_phrases().items() if code in _SECTORS and len(p.split()) == 2)


# Sectors of the agents dictionary whose bodies no state owns by their name alone: a hospital, a university, a newspaper
# or broadcaster, a business ("Jamaica Hospital" is in Queens, "Tehran University" is no body of Iran). Churches and
# unions are not among them: the coding guidelines give a national church or union its state ("the Greek Orthodox
# Church", "the Canadian Auto Workers").
_OTHER_SECTORS = frozenset({"~HLH", "~EDU", "~MED", "~BUS", "~BUSAGR"})


def institution_of_no_state(name: str) -> bool:
    """Whether a word of an organisation's name is a hospital, university, media or business noun of the agents
    dictionary ("Jamaica Hospital", "University of Athens", "Greek Sky TV"): a state word in it places it, and
    does not make it that state's body."""
    nouns, phrases = load_agent_nouns(), load_agent_phrases()
    words = [w.strip(".,'\"()").lower() for w in name.split()]
    found = {nouns.get(w) or nouns.get(_singular(w)) for w in words}
    found |= {phrases.get(" ".join(pair)) for pair in pairwise(words)}
    return bool(found & _OTHER_SECTORS)


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def is_state_body(phrase: str, before: str = "") -> bool:
    """Whether ``phrase`` names a national body and nothing else: "the federal government", "Congress",
    "Congressional lawmakers"; not "the city government", "police", "the Zorblax Army". ``before`` is the word before
    the phrase, when the phrase is its head alone ("government" of "other eurozone governments"): a word that is no
    determiner and no national word makes the body someone else's or part of a name ("a Western diplomat", "the
    Unknown Soldier", "the Victorian state government")."""
    words = [w.strip(".,'\"").lower() for w in ((before,) if len(phrase.split()) == 1 else ()) + tuple(phrase.split())]
    words = [w.removesuffix("'s") for w in words if w and w not in _DETERMINERS]
    if not words:
        return False
    if len(words) > 1 and " ".join(words[-2:]) in body_phrases():
        words = [*words[:-2], " ".join(words[-2:])]  # "the Air Force"
    head = words[-1]
    if head not in body_phrases() and head not in body_nouns() and _singular(head) not in body_nouns():
        return False
    return all(w in _NATIONAL for w in words[:-1])


def clear_state(counts: Counter[str]) -> str | None:
    """The state an article is about, from how often it names each (state code -> mentions): one named ``DOMINANCE``
    times at least and ``DOMINANCE`` times as often as any other; None when states compete or are named in passing.
    One mention is no evidence: in a sentence alone the one state named is as often the counterpart or the place
    acted on ("lawmakers condemned the test in North Korea", "the government will send aid to quake-hit Nepal")."""
    ranked = counts.most_common(2)
    if not ranked:
        return None
    top, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    return top if n >= DOMINANCE and n >= DOMINANCE * second else None


def state_mentions(spans: list[tuple[int, int, str]], actors: dict[str, Actor]) -> Counter[str]:
    """How often an article's links name each state: the state itself, or a person acting for it ("Barack Obama")."""
    counts: Counter[str] = Counter()
    for _, _, actor_id in spans:
        actor = actors.get(actor_id)
        if actor is None:
            continue
        if actor.type == "state" and actor.code:
            counts[actor.code] += 1
        elif actor.type == "person" and actor.acts_for:
            counts[actor.acts_for.removeprefix("state:")] += 1
    return counts
