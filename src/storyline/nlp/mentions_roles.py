"""Roles the text gives a person: titles before the name, appositives after it, "X of Y" affiliations."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from storyline.nlp.cues import load_lexicon
from storyline.nlp.extensions import children_of
from storyline.resolve.gazetteer import Gazetteer
from storyline.resolve.gender import given_name_gender

# Words that qualify a title without being one ("then-President", "former Prime Minister").
_QUALIFIERS = frozenset({"then", "ex", "former", "late", "acting", "interim", "-", "–"})
_AFFILIATION_PREPS = frozenset({"of", "from", "at", "with", "for"})
_ROLE_SKIP_DEPS = frozenset({"det", "punct", "advmod", "poss", "case"})


@dataclass(frozen=True)
class Prefix:
    """The title in front of a person's name: "Russian President" in "Russian President Vladimir Putin"."""

    start: int
    """Token index where the title starts (the mention is extended to it)."""
    role: str
    """The title words ("President")."""
    acts_for: str | None
    """ISO code of the state named in the title ("Russian" -> RUS)."""


# Words that make a title someone else's office: a vice president is not "the president", nor a former one.
_SUBORDINATE = frozenset({"vice", "deputy", "assistant", "associate", "former", "ex", "then", "late", "acting",
                          "interim", "outgoing", "incoming", "under", "sub"})  # fmt: skip


def role_head(role: str) -> str | None:
    """The office a title names, as "the <office>" would refer to it: "U.S. President" -> "president"; None for
    "Vice President", "former President" or "deputy minister", which "the president" or "the minister" is not."""
    words = role.lower().replace("-", " ").split()
    if not words or _SUBORDINATE & set(words):
        return None
    return words[-1].strip(".,")


def without_role_word(name: str) -> str:
    """A person's name without the role noun the tagger ran into it at a sentence's start: "Lawyer Michael
    Marinaccio", "Coroner Gary Hargrove" -> the name, as the article writes it elsewhere. Only before a given name
    and a surname, so a surname that is a noun ("Cook") stays."""
    words = name.split()
    if len(words) < 3 or not words[0].istitle() or given_name_gender(words[1]) is None:
        return name
    return " ".join(words[1:]) if load_lexicon().noun_kind(words[0].lower()) == "person" else name


def _title_at(doc: Doc, i: int, titles: frozenset[str]) -> int:
    """Number of tokens (1 or 2) of a title ending at token ``i``, or 0."""
    if i >= 1 and f"{doc[i - 1].lower_} {doc[i].lower_}" in titles:
        return 2
    return 1 if doc[i].lower_ in titles and doc[i].pos_ in ("PROPN", "NOUN", "ADJ") else 0


def title_prefix(doc: Doc, start: int, gazetteer: Gazetteer) -> Prefix | None:
    """The title (and its state) just before the name starting at token ``start``, if any."""
    i = start - 1
    title_start, code = start, None
    role_words: list[str] = []
    while i >= 0:
        token = doc[i]
        if token.is_space or "\n" in token.whitespace_:
            break
        size = _title_at(doc, i, gazetteer.titles)
        if size and token.lower_ not in _QUALIFIERS:
            role_words[:0] = [t.text for t in doc[i - size + 1 : i + 1]]
            i -= size
            title_start = i + 1
            continue
        if token.text in ("-", "–") and (token.whitespace_ or i == 0 or doc[i - 1].whitespace_):
            break  # a dash between words ("WASHINGTON - President"), not "then-President"
        if token.lower_ in _QUALIFIERS and role_words:
            i -= 1
            title_start = i + 1
            continue
        # A state or demonym in front of the title: "Russian President", "Russia's President".
        if role_words and code is None:
            j = i - 1 if token.tag_ == "POS" or token.text in ("’s", "'s") else i
            k = j
            while k - 1 >= 0 and doc[k - 1].is_title and not doc[k - 1].is_space:
                k -= 1
            for s in range(k, j + 1):
                entry = gazetteer.lookup(doc[s : j + 1].text)
                if entry is not None and entry.type == "state":
                    code, title_start = entry.code, s
                    break
                # "Alaska Gov. Sarah Palin", "Texas Senator": a part of a state before a governor's or a
                # legislator's title ties the person to the state; a mayor or a state trooper stays local.
                region = gazetteer.region_state(doc[s : j + 1].text)
                if region and role_words[-1].lower() in gazetteer.region_titles:
                    code, title_start = region, s
                    break
        break
    if not role_words:
        return None
    role = " ".join(w for w in role_words if w.lower() not in gazetteer.honorifics)
    return Prefix(title_start, role, code) if role else Prefix(title_start, "", code)


def appositive(span: Span, org_at: Callable[[Token], str | None]) -> tuple[str | None, str | None]:
    """(role, affiliation) from what follows the name: ", a professor at Y", " of Y", " from Y"."""
    root = span.root
    role: str | None = None
    affiliation: str | None = None
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < span.start:
        # "Germany's chancellor, Olaf Scholz": the title comes first and the name is its appositive.
        role = _role_text(root.head)
        affiliation = _affiliation(root.head, org_at)
    for child in children_of(root):
        if child.i < span.end:
            continue
        if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN"):
            role = role or _role_text(child)
            affiliation = affiliation or _affiliation(child, org_at)
        elif child.dep_ == "prep" and child.lower_ in _AFFILIATION_PREPS:
            affiliation = affiliation or _pobj_org(child, org_at)
    return role, affiliation


def _role_text(head: Token) -> str:
    left = [t for t in head.lefts if t.dep_ not in _ROLE_SKIP_DEPS]
    start = min(t.left_edge.i for t in left) if left else head.i
    # Skip a possessive organisation or state in front ("South Korea's Yonsei University professor").
    doc = head.doc
    while start < head.i and (doc[start].dep_ in ("det", "case", "punct") or doc[start].lower_ in ("now", "then")):
        start += 1
    return doc[start : head.i + 1].text


def _affiliation(head: Token, org_at: Callable[[Token], str | None]) -> str | None:
    for child in children_of(head):
        if child.dep_ == "prep" and child.lower_ in _AFFILIATION_PREPS | {"in"}:
            found = _pobj_org(child, org_at)
            if found:
                return found
    # "the KF-VUB Korea chair at the Brussels School of Governance" sometimes hangs the org on a compound.
    for token in head.subtree:
        if token.i > head.i and token.dep_ == "pobj":
            found = org_at(token)
            if found:
                return found
    return None


def _pobj_org(prep: Token, org_at: Callable[[Token], str | None]) -> str | None:
    for obj in children_of(prep):
        if obj.dep_ == "pobj":
            return org_at(obj)
    return None
