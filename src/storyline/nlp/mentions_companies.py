"""Companies the article describes as such: "Irish national airline Aer Lingus", "Ryanair, an Irish airline".

Event coders code a company as MNC and its home state (Aer Lingus: MNCIRL); the actor dictionaries list only some
companies, so the article's own description is read: a business noun of the Phoenix agents dictionary ("airline",
"automaker", "manufacturer": ``~BUS``, see ``resolve.companies.business_nouns``) just before the name or in an
appositive just after it makes the organisation a company (its mention's ``role``), and a state or demonym in that
description, or the place of a "Toulouse-based" in it, its home state (its mention's ``acts_for``).
``resolve.companies`` turns the two into the code.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from storyline.nlp.extensions import sentence_bounds
from storyline.nlp.mentions import Candidate
from storyline.resolve.companies import business_nouns
from storyline.resolve.gazetteer import load_gazetteer
from storyline.resolve.places import city_country

# A description with these is a state's body, not a company ("the central bank").
_NOT_COMPANY = frozenset({"central", "federal", "state-owned"})
# Words a description before a name is made of ("the Irish low-cost airline", "The United States auto maker").
_DESCRIPTION_POS = frozenset({"ADJ", "NOUN", "PROPN", "DET", "NUM"})
_MAX_DESCRIPTION = 7


def _noun(token: Token) -> str:
    return token.lemma_.lower() if token.pos_ == "NOUN" else token.lower_


def _before(doc: Doc, first: int) -> list[Token]:
    """The description right before a name: "Irish national airline [Aer Lingus]", "airline, [Ryanair]"."""
    i = first - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    run: list[Token] = []
    while i >= 0 and len(run) < _MAX_DESCRIPTION and sentence_bounds(doc[i]) == sentence_bounds(doc[first]):
        token = doc[i]
        if token.pos_ in _DESCRIPTION_POS or token.text in ("-", "'s", "’s") or _based(token):
            run.insert(0, token)
            i -= 1
            continue
        break
    while run and run[-1].pos_ == "PROPN":
        run.pop()  # "Boeing 787 Dreamliner": the name's own words, not a description
    return run


def _based(token: Token) -> bool:
    """ "based" of "the Seoul-based carmaker": the place before it is where the company is (its home state, when the
    place is a state or a capital the gazetteer places)."""
    return token.lower_ == "based" and token.i > 0 and token.doc[token.i - 1].text == "-"


def _after(doc: Doc, last: int) -> list[Token]:
    """An appositive after a name: "[General Motors], an American automaker which ..."."""
    if last >= len(doc) or doc[last].text != "," or last + 1 >= len(doc) or doc[last + 1].lower_ not in ("a", "an"):
        return []
    run: list[Token] = []
    for token in doc[last + 1 : last + 1 + _MAX_DESCRIPTION]:
        if token.pos_ not in _DESCRIPTION_POS and token.text != "-":
            break
        run.append(token)
    return run


def _company(run: list[Token]) -> bool:
    nouns = [t for t in run if t.pos_ == "NOUN"]
    return bool(nouns) and _noun(nouns[-1]) in business_nouns() and not any(t.lower_ in _NOT_COMPANY for t in run)


def _state(candidates: Iterable[Candidate], run: list[Token]) -> str | None:
    if not run:
        return None
    first, last = run[0].i, run[-1].i
    named = next((c.code for c in candidates if c.code and first <= c.first and c.last - 1 <= last), None)
    return named or next(filter(None, (_based_in(t) for t in run if _based(t))), None)


def _based_in(based: Token) -> str | None:
    """The state of the place before "-based": a state or capital the gazetteer places, a first-level part of a
    state ("California-based"), or a city GeoNames places ("the Toulouse-based planemaker")."""
    words: list[str] = []
    i = based.i - 2
    while i >= 0 and based.doc[i].pos_ == "PROPN" and len(words) < 3:
        words.insert(0, based.doc[i].text)
        i -= 1
    if not words:
        return None
    place = " ".join(words)
    gazetteer = load_gazetteer()
    entry = gazetteer.lookup(place)
    if entry is not None and entry.type == "state" and entry.code:
        return entry.code
    return gazetteer.region_state(place) or city_country(place)


def describe_companies(doc: Doc, candidates: list[Candidate]) -> None:
    """Give each organisation the article describes as a company its business noun (``role``) and, when the
    description names one, its home state (``acts_for``)."""
    for c in candidates:
        if c.label != "ORG" or c.code or c.role:
            continue
        for run in (_before(doc, c.first), _after(doc, c.last)):
            if _company(run):
                nouns = [t for t in run if t.pos_ == "NOUN"]
                c.role = _noun(nouns[-1])
                c.acts_for = c.acts_for or _state(candidates, run)
                break
