"""What a count of shots is: the shots fired ("fired 11 shots", "sprayed 13 bullets") or the wounds of whom they struck
("shot seven times", "seven bullets hit him", "hit by seven bullets"), and the part of the body a count of hits is
taken within ("one bullet entered his left shoulder" is not the seven that hit him)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from storyline.nlp.extensions import children_of

# What a gun fires, after WordNet 3.0's projectile.n.01 and shot.n.04 / round.n.08 ("bullet, slug", "shot",
# "round", "pellet"); "gunshot" as news writes it.
_PROJECTILES = frozenset(["bullet", "shot", "round", "gunshot", "pellet", "slug"])
# Verbs that fire them (WordNet fire.v.02, discharge.v.05, spray, "let off", "squeeze off"): the count is of shots
# fired, whether or not they hit.
_FIRING = frozenset(["fire", "spray", "let", "discharge", "squeeze", "unload", "pump"])
# Verbs of a projectile reaching someone (WordNet hit.v.02, strike.v.01, enter.v.01, pierce.v.01): the count is of
# hits, the wounds a victim took.
_STRIKING = frozenset(["hit", "strike", "enter", "pierce", "penetrate", "graze", "wound"])
# "shot seven times", "stabbed 17 times", "struck three times": the times a victim was hit.
_TIMES_VERBS = frozenset(["shoot", "hit", "strike", "stab", "wound", "knife", "gun"])
# External body parts a wound is placed in, after WordNet 3.0's external_body_part.n.01 hyponyms news names in a
# shooting's or a stabbing's count: "one bullet entered his left shoulder", "shot twice in the head".
_BODY_PARTS = frozenset(
    [
        "head", "face", "eye", "jaw", "mouth", "cheek", "neck", "throat", "chest", "breast", "back", "shoulder",
        "arm", "forearm", "elbow", "wrist", "hand", "finger", "abdomen", "stomach", "belly", "side", "hip", "groin",
        "buttock", "leg", "thigh", "knee", "calf", "ankle", "foot", "rib", "torso", "trunk", "temple", "skull",
        "spine", "heart", "lung", "liver", "kidney",
    ]
)

# "a total of 11 rounds", "a volley of 20 shots": the count's noun phrase is the tally's.
_TALLIES = frozenset(["total", "volley", "hail", "burst"])
# The sides a shot comes from: "struck from the front", "entered from the rear" count a part of the hits.
_SIDES = frozenset(["front", "rear", "back", "behind", "side", "left", "right"])


@dataclass(frozen=True)
class Shots:
    """A count of shots read by what it says happened to them."""

    counted: str
    """ "shots fired", or "wounds" for the hits a victim took (one count with "seven gunshot wounds")."""
    predicate: str
    """ "fire" or "hit"."""
    part: str = ""
    """The body part a count of hits is taken within ("shoulder"); "" for hits anywhere on the victim."""


def _governing_verb(head: Token) -> tuple[Token | None, str]:
    """The verb a counted noun is an argument of, and its role: "fired 11 shots" (dobj), "seven bullets hit him"
    (nsubj), "hit by seven bullets" (agent), "fired a total of 11 rounds" (the total's role)."""
    node = head
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in _TALLIES:
        node = node.head.head
    if node.dep_ == "pobj" and node.head.lower_ == "by" and node.head.dep_ == "agent":
        return node.head.head, "agent"
    if node.dep_ in ("dobj", "nsubj", "nsubjpass", "npadvmod") and node.head.pos_ in ("VERB", "AUX"):
        return node.head, node.dep_
    return None, ""


def _part(verb: Token) -> str:
    """The one body part the verb's object or "in / into / to" phrase names ("entered his left shoulder", "shot in
    the back", "struck from the front, hitting his right thigh"), or the side they came from ("from the rear");
    "" when it names none or several ("in his torso and legs": the whole victim)."""
    verbs = [verb, *(c for c in children_of(verb) if c.dep_ == "advcl" and c.lemma_.lower() in _STRIKING)]
    places = [c for v in verbs for c in children_of(v) if c.dep_ == "dobj"]
    places += [o for v in verbs for c in children_of(v) if c.dep_ == "prep" and c.lower_ in ("in", "into", "to")
               for o in children_of(c) if o.dep_ == "pobj"]
    for place in places:
        lemma = place.lemma_.lower()
        if lemma in _BODY_PARTS and not any(c.dep_ == "conj" for c in children_of(place)):
            return lemma
    for child in children_of(verb):
        if child.dep_ == "prep" and child.lower_ == "from":
            side = next((o.lemma_.lower() for o in children_of(child) if o.dep_ == "pobj"), "")
            if side in _SIDES:
                return f"from {side}"
    return ""


def shots_of(head: Token | None) -> Shots | None:
    """The shots fired or the hits a count gives, when its noun is a projectile or "times" and its verb fires or
    strikes; None otherwise ("blocked six shots", "made 8 of 14 shots", "met six times")."""
    if head is None:
        return None
    verb, role = _governing_verb(head)
    if verb is None:
        return None
    lemma, action = head.lemma_.lower(), verb.lemma_.lower()
    if lemma == "time" and role == "npadvmod" and action in _TIMES_VERBS:
        return Shots("wounds", "hit", _part(verb))
    if lemma not in _PROJECTILES:
        return None
    if action in _FIRING and role in ("dobj", "nsubjpass"):
        return Shots("shots fired", "fire")
    if action in _STRIKING and role in ("nsubj", "agent"):
        return Shots("wounds", "hit", _part(verb))
    return None
