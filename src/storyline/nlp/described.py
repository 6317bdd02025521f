"""The person a definite description stands for by the title, office or age the article gave them when it named
them: "the District Attorney" for "District Attorney Helen Brandt", "the former mayor" for "Former Mayor Ruth
Abbott", "the district attorney" for "Oskar Lind, the district attorney", "the 34-year-old" for "Marta Quell, 34"."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from storyline.model import Mention
from storyline.nlp.extensions import children_of

# Words that make a title someone else's office (as ``mentions_roles.role_head`` reads them): "the mayor" is not
# the former mayor, and "the former mayor" is not the mayor.
SUBORDINATE = frozenset({"vice", "deputy", "assistant", "associate", "former", "ex", "then", "late", "acting",
                          "interim", "outgoing", "incoming", "under", "sub"})  # fmt: skip
_AGE = re.compile(r"the (\d{1,3}) ?- ?year ?- ?old", re.IGNORECASE)
# Nouns an age description may end in without being a title ("the 34-year-old woman").
_AGE_NOUNS = frozenset({"man", "woman", "boy", "girl", "teen", "teenager", "mother", "father"})
_MAX_TITLE_WORDS = 4


@dataclass(frozen=True)
class Introduced:
    """A person as the article named them, with the title words and age it gave them there."""

    start: int
    """Where the name stands."""
    name: str
    """Whom the mention names (as the identity resolution resolved it)."""
    words: frozenset[str]
    """The title words, lower case: before the name ("district attorney") and in an apposition after it."""
    head: str | None
    """The title's last word ("attorney"), which a description must end in."""
    age: str | None
    """The age apposed to the name ("Marta Quell, 34,")."""


@dataclass(frozen=True)
class Description:
    """What a definite description says of its person: the words of its title, or an age."""

    words: frozenset[str]
    head: str
    age: str | None


def _title_before(doc: Doc, span: Span) -> list[str]:
    """The title words right before a name in its sentence ("Superior Court Judge", "Officer", "Former Mayor"):
    nouns, proper nouns and subordinate adjectives, no determiner, possessor or punctuation between."""
    words: list[str] = []
    i = span.start - 1
    while i >= span.sent.start and len(words) < _MAX_TITLE_WORDS:
        t = doc[i]
        if "\n" in t.whitespace_ or t.is_punct or t.ent_type_ not in ("", "PERSON", "ORG"):
            break
        if t.tag_ in ("NN", "NNP") or t.lower_ in SUBORDINATE:
            words.insert(0, t.lower_.strip("."))
            i -= 1
            continue
        break
    return words


def _age_after(doc: Doc, span: Span) -> str | None:
    """The age in "Name, 34," (or "Name, 34." at a sentence's end)."""
    end = span.end
    if end + 2 >= len(doc) or doc[end].text != "," or not doc[end + 1].like_num:
        return None
    after = doc[end + 2]
    if after.text not in (",", ".", ";") or not doc[end + 1].text.isdigit():
        return None
    return doc[end + 1].text if 0 < int(doc[end + 1].text) < 120 else None


def introductions(doc: Doc, mentions: Iterable[Mention], named: Callable[[Mention], str]) -> list[Introduced]:
    """Every named person mention with the title words and age the article gives at it."""
    found = []
    for m in mentions:
        if m.label != "PERSON" or m.kind != "name":
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        words = _title_before(doc, span)
        # a title the mention took in ("Former Mayor Ruth Abbott"): the words before the name's first word
        first = m.name.split()[0] if m.name.split() else ""
        inside = [t for t in span if t.text == first]
        if inside:
            words += [t.lower_.strip(".") for t in span[: inside[0].i - span.start] if not t.is_punct]
        age = _age_after(doc, span)
        if words or age:
            found.append(Introduced(m.start, named(m), frozenset(words), words[-1] if words else None, age))
        if m.role and (not words or words[-1] != m.role.lower().split()[-1]):
            # an apposition ("Oskar Lind, the district attorney"), a title of its own
            apposed = [w.strip(".,").lower() for w in m.role.replace("-", " ").split() if w.strip(".,")]
            if apposed:
                found.append(Introduced(m.start, named(m), frozenset(apposed), apposed[-1], None))
    return found


def description(token: Token) -> Description | None:
    """What the definite description headed by ``token`` says ("the former mayor", "the District Attorney", "the
    34-year-old"); None for anything else (no "the", a possessor or complement: "the bank's president", "the
    president of the bank" are someone else's office)."""
    children = list(children_of(token))
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children):
        return None
    start = min(t.left_edge.i for t in [token, *children] if t.i <= token.i)
    text = token.doc[start : token.i + 1].text
    age = _AGE.fullmatch(text) or _AGE.fullmatch(text.rsplit(" ", 1)[0] if token.lower_ in _AGE_NOUNS else "")
    if age:
        return Description(frozenset(), "", age.group(1))
    if token.tag_ not in ("NN", "NNP") or any(c.i > token.i and c.dep_ in ("prep", "relcl", "acl") for c in children):
        return None
    left = [c for c in children if c.i < token.i and c.dep_ not in ("det", "punct")]
    if any(c.dep_ not in ("amod", "compound") or c.ent_type_ not in ("", "PERSON") for c in left):
        return None
    words = frozenset(t.lower_ for t in token.doc[start : token.i + 1] if t.dep_ in ("amod", "compound"))
    return Description(words | {token.lower_}, token.lower_, None)


def fits(described: Description, person: Introduced) -> bool:
    """Whether a description fits how the article introduced a person: the same age, or a title of the same last
    word holding every word of the description, and a subordinate word ("former", "vice") in both or neither."""
    if described.age is not None:
        return person.age == described.age
    if person.head != described.head or not described.words <= person.words:
        return False
    return (person.words & SUBORDINATE) == (described.words & SUBORDINATE)


def the_one_described(described: Description, people: Iterable[Introduced], before: int) -> str | None:
    """The one person introduced before ``before`` whom the description fits; None for none or several."""
    names = {p.name for p in people if p.start < before and fits(described, p)}
    return names.pop() if len(names) == 1 else None
