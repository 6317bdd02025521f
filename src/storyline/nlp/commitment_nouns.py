"""Which nouns name one commitment (memoranda, purchase orders) and whom "the two companies" stand for."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from storyline.nlp.extensions import children_of

# WordNet 3.0 memorandum.n.01 is "a written proposal or reminder": only a memorandum of understanding (of agreement,
# of cooperation, of intent) or one made with or between parties binds anyone; "the president signed a memorandum
# putting on hold a regulation" directs his own administration and commits no one to another.
_MEMORANDUM_OF = frozenset(["understanding", "agreement", "cooperation", "intent"])
# Plural nouns that, counted as "the two" or "both", stand for the two actors the article is about ("an agreement
# reached between the two companies"), with the entity labels those actors carry.
_PAIR_NOUNS = {
    "company": frozenset(["ORG"]),
    "firm": frozenset(["ORG"]),
    "party": frozenset(["ORG", "GPE", "NORP", "PERSON"]),
    "side": frozenset(["ORG", "GPE", "NORP", "PERSON"]),
    "country": frozenset(["GPE"]),
    "nation": frozenset(["GPE"]),
    "government": frozenset(["GPE"]),
}
_PAIR_WORDS = frozenset(["two", "both"])
# Nouns that name the two sides of one dispute or deal with "the" alone: in a legal or business story "the parties"
# are the two it is about (Black's Law: "party", one by or against whom a suit is brought); "the companies" or
# "the countries" may be any number, so they keep "two" or "both".
_DEFINITE_PAIRS = frozenset(["party", "side"])


def directive(token: Token, lemma: str) -> bool:
    """Whether a memorandum directs its signer's own administration rather than binding two parties."""
    if lemma != "memorandum":
        return False
    for child in children_of(token):
        if child.dep_ != "prep":
            continue
        if child.lower_ in ("with", "between"):
            return False
        if child.lower_ == "of" and any(
            o.dep_ == "pobj" and o.lemma_.lower() in _MEMORANDUM_OF for o in children_of(child)
        ):
            return False
    return True


def purchase_order(token: Token) -> bool:
    """An order is a purchase, an agreement to buy (WordNet 3.0's purchase order, "a commercial document used to
    request someone to supply something in return for payment"), when it counts what is bought ("an order for up to
    60 jets"), counts orders from a buyer ("35 new orders from Air Berlin") or is won ("has won an order from Qatar
    Airways"); otherwise it is a command ("an order of the government", "two restraining orders") or "in order to"."""
    if token.lemma_.lower() != "order":
        return False
    preps = {c.lower_: c for c in children_of(token) if c.dep_ == "prep"}
    goods = preps.get("for")
    if goods is not None and any(
        o.dep_ == "pobj" and (o.like_num or any(n.dep_ == "nummod" for n in children_of(o)))
        for o in children_of(goods)
    ):
        return True
    if "from" in preps and any(c.dep_ == "nummod" for c in children_of(token)):
        return True
    return token.dep_ == "dobj" and token.head.lemma_.lower() == "win"


def pair_of(token: Token, named: Sequence[tuple[int, int, str, str]]) -> list[tuple[int, int]]:
    """For "the two companies", "both sides", "the parties": the two actors of a fitting type the article names most
    often (``named``: each mention as start, end, label and the actor it names), as their mentions nearest before
    the noun, else first after; only when two stand out, each named twice at least, and no third is named as often
    as the second."""
    lemma = token.lemma_.lower()
    labels = _PAIR_NOUNS.get(lemma)
    if labels is None or token.tag_ != "NNS":
        return []
    words = {c.lower_ for c in token.lefts}
    if not words & _PAIR_WORDS and not (lemma in _DEFINITE_PAIRS and words == {"the"}):
        return []
    counts: dict[str, int] = {}
    nearest: dict[str, tuple[int, int]] = {}
    for start, end, label, actor in named:
        if label in labels:
            counts[actor] = counts.get(actor, 0) + 1
            if end <= token.idx or actor not in nearest:
                nearest[actor] = (start, end)
    ranked = sorted(counts, key=lambda a: -counts[a])
    if len(ranked) < 2 or counts[ranked[1]] < 2 or (len(ranked) > 2 and counts[ranked[2]] >= counts[ranked[1]]):
        return []  # a pair named once is no pair the article is about; a tie for second names no one
    return [nearest[actor] for actor in ranked[:2]]
