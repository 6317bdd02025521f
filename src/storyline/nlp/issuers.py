"""Whose a written source is: who issued "a statement from the Indian government", "TallGrass issued a statement"."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from storyline.nlp.cues import DOCUMENT_NOUNS
from storyline.nlp.extensions import children_of, entity_of

_ISSUING_VERBS = frozenset({
    "issue", "release", "write", "send", "publish", "post", "put", "sign", "file", "circulate", "distribute",
})  # fmt: skip
"""Verbs whose subject is the author of the document that is their object ("Gordon Advisors issued a statement")."""
_OWN_PREPOSITIONS = frozenset({"from", "by", "of", "at"})
"""Prepositions that name a document's author in its own phrase ("a statement from", "a memo at Apple")."""
_NAMED = frozenset({"ORG", "PERSON", "GPE"})
_DEFINITE = frozenset({"the", "this", "that"})


def is_document(token: Token) -> bool:
    """Whether ``token`` is the head noun of a written source ("the statement", "figures", "a letter")."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in DOCUMENT_NOUNS


def _object(prep: Token) -> Token | None:
    return next((c for c in children_of(prep) if c.dep_ == "pobj"), None)


def _subject(verb: Token) -> Token | None:
    return next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)


def author_word(token: Token, can_speak: Callable[[Token], bool]) -> Token | None:
    """The word naming who wrote or issued the document ``token`` heads: in its own phrase ("Boeing's statement", "a
    Defence Ministry statement", "a statement from the Indian government", "figures released by NPD Group", "a memo at
    Apple"), or as the subject of the verb that issues it ("Gordon Advisors issued a statement", "The Indian
    government said in a statement"). ``can_speak`` tells a source from a thing ("a report of a shooting")."""
    singular = token.tag_ == "NN"  # "Macintosh support sites", "the two letters" may be anyone's, or several's
    for child in children_of(token):
        if not singular and child.dep_ in ("poss", "compound"):
            continue
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN") and can_speak(child):
            return child
        if child.dep_ == "compound" and child.i < token.i and child.ent_type_ in ("ORG", "PERSON"):
            ent = entity_of(child)
            return ent.root if ent is not None and ent.end <= token.i else child
        if child.dep_ == "prep" and child.lower_ in _OWN_PREPOSITIONS:
            obj = _object(child)
            named = obj is not None and (obj.ent_type_ in _NAMED or obj.pos_ == "PROPN")
            if obj is not None and (named if child.lower_ == "at" else named or can_speak(obj)):
                return obj
        if child.dep_ == "acl" and child.lemma_ in _ISSUING_VERBS:  # "figures released April 3 by NPD Group"
            agent = next((c for c in children_of(child) if c.dep_ == "agent" or c.lower_ == "by"), None)
            obj = _object(agent) if agent is not None else None
            if obj is not None and can_speak(obj):
                return obj
    head = token.head
    if token.dep_ == "dobj" and head.lemma_ in _ISSUING_VERBS:
        subject = _subject(head)
        return subject if subject is not None and can_speak(subject) else None
    if token.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ == "VERB":  # "X said in a statement"
        subject = _subject(head.head)
        return subject if subject is not None and can_speak(subject) else None
    return None


def is_definite(token: Token) -> bool:
    """Whether ``token`` is a singular noun with "the", "this" or "that": one that refers back."""
    return token.tag_ == "NN" and any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in children_of(token))


def earlier_document(token: Token, skip: Callable[[Token], bool]) -> Token | None:
    """The nearest earlier document with the same head noun that "the statement" refers back to (``skip`` leaves
    out words inside quote marks or the attributed content)."""
    lemma = token.lemma_.lower()
    for before in reversed(token.doc[: token.i]):
        if before.lemma_.lower() == lemma and before.pos_ == "NOUN" and not skip(before):
            return before
    return None
