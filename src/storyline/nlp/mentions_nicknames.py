"""A person written with a nickname in quote marks ("Vincent "The Chin" Gigante") is one person, named without it.

The statistical model splits such a name ("Vincent '", "Gigante"), runs the nickname into it, or takes the whole for
a firm ("Kimani 'Kiki' Gray" as ORG); either way the article's later "Gigante" then finds no full name to bind to,
or binds to a relative the article names in full later ("Rev. Louis Gigante, his priest-brother"). News style
introduces a nicknamed person once as given name, nickname in marks, surname; the name is the given name(s) and the
surname, as the person is also written without the nickname.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from storyline.nlp.extensions import doc_text, doc_tokens
from storyline.nlp.mentions import Candidate
from storyline.nlp.mentions_roles import title_prefix
from storyline.resolve.gazetteer import Gazetteer
from storyline.resolve.gender import given_name_gender

_NICKNAME_IN_NAME = re.compile(r"\s+[\"'“‘][A-Z][^\"'”’]{0,40}[\"'”’]\s+")
_OPEN = frozenset({'"', "'", "“", "‘"})
_CLOSE = frozenset({'"', "'", "”", "’"})
_MAX_NICKNAME = 4
# Small words a nickname may hold ("Sammy the Bull"); anything else lower-case is a phrase, not a name.
_NICKNAME_SMALL = frozenset({"the", "of", "da", "de", "la", "el"})
# Labels a nicknamed name may have been given; a place or a date around marks is not a person.
_REPLACED = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART"})


def _name_word(token: Token) -> bool:
    return token.is_title and token.is_alpha and token.pos_ == "PROPN"


def _nickname_end(doc: Doc, i: int) -> int | None:
    """Index of the closing mark of a nickname opening at token ``i`` (a mark), or None."""
    j = i + 1
    while j < len(doc) and j - i - 1 <= _MAX_NICKNAME:
        token = doc[j]
        if token.text in _CLOSE:
            return j if j > i + 1 and doc[i + 1].is_title else None
        if token.is_sent_start or not (token.is_title or token.lower_ in _NICKNAME_SMALL):
            return None
        j += 1
    return None


def _find(doc: Doc) -> list[tuple[int, int, str]]:
    """(first token, token past the surname, name without the nickname) for each nicknamed person."""
    text = doc_text(doc)
    if not any(mark in text for mark in _OPEN):
        return []  # most articles: no mark a nickname could open with, so no pass over every token
    found = []
    for i, token in enumerate(doc_tokens(doc)):
        if token.text not in _OPEN or i == 0:
            continue
        given = [i - 1] if _name_word(doc[i - 1]) else []
        if given and i >= 2 and _name_word(doc[i - 2]) and not doc[i - 1].is_sent_start:
            given.insert(0, i - 2)  # "Luis Gerardo "Jerry" Ortiz"
        while given and given_name_gender(doc[given[0]].text) is None:
            given.pop(0)
        close = _nickname_end(doc, i) if given else None
        if close is None or close + 1 >= len(doc) or not _name_word(doc[close + 1]):
            continue
        surname = doc[close + 1]
        if surname.is_sent_start or any(doc[g].is_sent_start and g != given[0] for g in given):
            continue
        words = [doc[g].text for g in given] + [surname.text]
        found.append((given[0], close + 2, " ".join(words)))
    return found


def nicknamed_people(doc: Doc, candidates: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """The candidates with each nicknamed person as one PERSON mention that replaces what the model made of it."""
    people = _find(doc)
    if not people:
        return candidates
    kept = list(candidates)
    for first, last, name in people:
        start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)
        inside = [c for c in kept if c.start < end and start < c.end]
        if any(c.label not in _REPLACED for c in inside):
            continue
        kept = [c for c in kept if c not in inside]
        person = Candidate(start, end, first, last, "PERSON", name)
        prefix = title_prefix(doc, first, gazetteer)
        if prefix is not None:
            person.start, person.first = doc[prefix.start].idx, prefix.start
            person.role, person.acts_for = prefix.role or None, prefix.acts_for
        kept.append(person)
    return sorted(kept, key=lambda c: (c.start, c.end))


def without_nickname(name: str) -> str:
    """A name as the tagger wrote it with the nickname taken out: 'Vincent "The Chin" Gigante' -> "Vincent Gigante",
    the name the mentions give him (see ``nicknamed_people``)."""
    return _NICKNAME_IN_NAME.sub(" ", name)
