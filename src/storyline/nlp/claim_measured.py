"""What a length, a weight or a sum with no counted noun measures: the motion its verb tells ("fell about 150 metres",
"was dragged 10 feet"), a weight a weighing verb gives ("weighing 130 pounds"), the thing a valuing verb estimates
("Damage to the church was estimated at $1 million"), and which dollars a bracketed conversion is in."""

from __future__ import annotations

from spacy.tokens import Token

from storyline.nlp.claim_sources import REPORTING_VERBS
from storyline.nlp.extensions import children_of

# Verbs a length is the measure phrase of without telling a motion: "is 60 km long", "has 40,000 km of cable".
_NO_MOTION = frozenset(["be", "have", "do", "make", "get", "take", "give", "keep", "cost"])
# The measure phrase of a verb: its bare noun-phrase adverbial ("fell 150 metres") or its object ("walked 20 miles").
_MEASURE_DEPS = frozenset(["npadvmod", "dobj"])
# WordNet 3.0 weigh.v.01 "have a certain weight": pounds a weighing verb takes are the lb of a mass, not sterling.
_WEIGHING = frozenset(["weigh"])
_POUNDS = frozenset(["pound", "pounds"])
# A verb without a subject of its own hangs on a clause that has it: "after falling" (pcomp of a preposition that is
# itself a prep), "slipped and fell" (conj), "died falling" (advcl, xcomp).
_ADJUNCT_DEPS = frozenset(["pcomp", "prep", "advcl", "xcomp", "conj"])
_CLIMB = 4
# Words after a length that make it a position ("500 feet from the bank", "20 feet away", "within 80 meters of").
_POSITION = frozenset(["from", "away", "of", "off", "apart", "short"])
# Verbs a sum values a thing with: "diamonds valued at 85 million euros", "estimated the damage at $1 million".
VALUING_VERBS = frozenset(["value", "estimate", "price", "put", "assess"])


def motion_of(unit: Token) -> Token | None:
    """The verb a length measures ("falling about 150 metres" -> falling, "was dragged 10 feet" -> dragged): the
    distance the motion covered, whatever noun another outlet might give it. None when the length is no verb's
    measure phrase or the verb tells no motion."""
    verb = unit.head
    if unit.dep_ == "npadvmod" and verb.dep_ in ("prep", "advmod") and verb.pos_ == "ADP" and verb.head.i != verb.i:
        verb = verb.head  # "fell 300 feet down a slope", "drifted 12 miles out": the length hangs on the particle
    if unit.dep_ not in _MEASURE_DEPS or verb.i == unit.i or verb.pos_ != "VERB":
        return None
    after = unit.doc[unit.i + 1] if unit.i + 1 < len(unit.doc) else None
    if after is not None and after.lower_ in _POSITION:
        return None  # "works about 500 feet from the bank": where something is, not how far it moved
    lemma = verb.lemma_.lower()
    return None if lemma in _NO_MOTION or lemma in REPORTING_VERBS or lemma in _WEIGHING else verb


def mover(verb: Token) -> Token | None:
    """Who made a motion: the verb's subject, or for a verb with none of its own the subject of the clause it hangs
    on ("a climber is dead after falling 150 metres", "the man slipped and fell 700 meters"). Two climbers' falls in
    one story are two quantities; the one who fell tells them apart."""
    node = verb
    for _ in range(_CLIMB):
        subject = next((c for c in children_of(node) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if node.dep_ not in _ADJUNCT_DEPS or node.head.i == node.i:
            return None
        node = node.head
    return None


def weighed(unit: Token) -> bool:
    """Whether "pounds" is a weight a weighing verb gives ("weighing 130 pounds", "weighed 200 pounds")."""
    return (
        unit.lower_ in _POUNDS
        and unit.dep_ in _MEASURE_DEPS
        and unit.head.i != unit.i
        and unit.head.lemma_.lower() in _WEIGHING
    )


def estimated(verb: Token) -> Token | None:
    """What a valuing verb a sum hangs on through "at" values, when the verb is a clause's own: its passive subject
    ("Damage to the church was estimated at $1 million") or its object ("estimates damages at more than $1
    million"); None when it has neither. The parser may hang "at" on the object itself: then that object."""
    if verb.pos_ in ("NOUN", "PROPN"):
        return verb if verb.dep_ == "dobj" and verb.head.lemma_.lower() in VALUING_VERBS else None
    for dep in ("nsubjpass", "dobj"):
        found = next((c for c in children_of(verb) if c.dep_ == dep and c.pos_ in ("NOUN", "PROPN")), None)
        if found is not None:
            return found
    return None


def converts_us_dollars(main: Token) -> bool:
    """Whether a sum is the bracketed conversion of a sum the writer marks as US dollars ("$US1 million ($1.52
    million)", "US$2 million ($2.8 million)"): a writer marks "US" because its own "$" is another dollar, so the
    conversion's "$" is that one, never the US dollars of the sum it converts."""
    if main.dep_ != "appos" or main.head.i == main.i:
        return False
    converted = main.head
    written = main.doc[converted.left_edge.i : converted.i]
    # the tokeniser splits "$US1" into "$" and "US1", and keeps "US$" whole
    return any(t.text.upper().startswith(("$US", "US")) and t.text.upper() != "US" for t in written)
