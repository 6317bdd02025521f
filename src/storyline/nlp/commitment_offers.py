"""Offers and bids: which name a contract proposed, and how an offer's maker and the one it is made to are named."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from spacy.tokens import Token

from storyline.nlp.extensions import children_of

VERBS = frozenset(["VERB", "AUX"])

# WordNet 3.0 offer.n.02 is "something offered (as a proposal or bid)": an offer or a bid that states the terms of a
# contract is that contract proposed ("an eight-year, $160 million offer", "the Yankees' initial $140-million bid").
OFFERS = frozenset(["offer", "bid"])
# An offer of securities or debt to whoever takes it is no agreement between two parties (the gold's calls: tenders and
# exchange offers are none); a takeover bid is a purchase of shares the same way.
_SECURITIES = frozenset(["exchange", "tender", "share", "stock", "debt", "bond", "takeover", "buyout", "public"])
# Prepositions whose phrase states an offer's terms: "an offer of eight years", "a deal worth $184 million".
_TERM_PREPS = frozenset(["of", "worth", "for"])


def _numeric(tokens: Sequence[Token]) -> bool:
    # a sum, a duration or a count ("$200 million", "eight-year"); "one offer" counts nothing, and a year dates an
    # attempt ("Goldwater's failed 1964 presidential bid") without stating terms
    return any((t.like_num and t.lower_ != "one" and t.shape_ != "dddd") or t.tag_ == "$" for t in tokens)


def priced_offer(token: Token, instruments: Collection[str]) -> bool:
    """Whether an offer or bid noun states the terms of a contract: a sum, a duration or a count among its modifiers
    ("an eight-year, $200 million offer") or in its "of", "worth" or "for" phrase ("an offer of eight years"), or
    the instrument it offers ("a contract offer"); never an offer of securities ("an exchange offer")."""
    if token.lemma_.lower() not in OFFERS or token.pos_ != "NOUN":
        return False
    lefts = [t for left in token.lefts if left.dep_ not in ("det", "poss") for t in left.subtree]
    if any(t.lemma_.lower() in _SECURITIES for t in lefts):
        return False
    if any(t.dep_ == "compound" and t.lemma_.lower() in instruments for t in lefts) or _numeric(lefts):
        return True
    return any(
        c.dep_ in ("prep", "amod") and c.lower_ in _TERM_PREPS and _numeric(list(c.subtree)) for c in children_of(token)
    )


# How an offer's phrase names its maker: "the Nationals' offer", "the Boston offer", "offers by the Angels", "the offer
# from their archrivals", "the offer of the Nationals"; and the prepositions that name either side.
MAKERS = frozenset(["poss", "modifier", "by", "from", "of"])
OFFER_PREPS = frozenset(["by", "from", "to", "for"])
# Verbs that refuse an offer besides the vocabulary's rejecting ones (WordNet 3.0 reject.v.01's "refuse", "turn down",
# and spurn.v.01, rebuff.v.01); "deny" refuses only an offer ("denied a Nichols offer"), not a claim.
REFUSING = frozenset(["refuse", "spurn", "rebuff", "deny"])


def object_of(token: Token) -> Token | None:
    """The verb whose direct object ``token`` is, reading a second object the parser hung as an apposition of the
    first as the direct one ("offered Mark Teixeira an eight-year contract": contract under Teixeira)."""
    if token.dep_ == "dobj" and token.head.pos_ in VERBS:
        return token.head
    first = token.head
    if token.dep_ == "appos" and first.dep_ in ("dative", "dobj") and first.head.pos_ in VERBS and first.i < token.i:
        return first.head
    return None


def governing_verb(token: Token) -> Token | None:
    """The verb of the clause a noun sits in ("have made an offer" -> made)."""
    current = token
    for _ in range(8):
        if current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in VERBS:
            return current
    return None


def is_sum(token: Token) -> bool:
    """Whether a noun phrase is a sum of money ("$200 million", "US$78 million")."""
    return token.ent_type_ == "MONEY" or any(t.tag_ == "$" for t in token.subtree)


def maker_key(text: str) -> tuple[str, ...]:
    """A maker's name as offers compare it, its words: "the Boston Red Sox'" -> ("the", "boston", "red", "sox")."""
    return tuple(text.lower().replace("\u2019", "'").removesuffix("'s").removesuffix("'").split())


def same_maker(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two names name one maker: the last word of one is a word of the other ("Ford" and "Ford Motor
    Company", "the Boston offer" and "the Boston Red Sox"; not "Los Angeles Angels" and "Los Angeles Dodgers")."""
    return bool(a and b) and (a[-1] in b or b[-1] in a)
