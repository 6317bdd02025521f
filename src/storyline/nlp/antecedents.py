"""The person a "he" or "she" at a cue refers to: the most salient person of the nearest sentence before it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from storyline.model import Mention

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
SHIP_PREFIXES = frozenset({
    "INS", "HMS", "USS", "USNS", "HMAS", "HMCS", "HMNZS", "RFA", "PNS", "KRI", "ROKS", "TCG", "HNLMS", "HDMS",
    "MV", "MS", "MT", "SS", "RMS", "FV", "RV",
})  # fmt: skip
"""The prefixes that name a ship ("INS Mysore", "MV Gibe"; navies' and merchant prefixes as listed under "ship
prefix" in the naval reference works): a tagger often takes the ship for a person, whom "he" could then reach."""


def names_a_person(span: Span) -> bool:
    """Whether a span the tagger took for a person is a name: not a role word alone ("Filmmaker and aviator Howard
    Hughes": "Filmmaker", a common noun), not a ship ("INS Mysore")."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    if not words or all(t.tag_ in ("NN", "NNS") for t in words):
        return False
    return not (len(words) > 1 and words[0].text in SHIP_PREFIXES)


@dataclass(frozen=True)
class Referent:
    """A person the text has named (or a speaker it has resolved) at one place."""

    char: int
    """Where the mention starts."""
    sent: int
    """Index of its sentence."""
    name: str
    """The person's full name as resolved in the article."""
    subject: bool
    """Whether the mention is the subject of its clause (or the source of an attribution)."""
    depth: int = 0
    """How many words its head hangs below the root of its sentence: the main clause's subject is shallower than
    the subject of a clause inside it ("Asked if Ortiz might have lived, Waldie said")."""


def person_referents(
    doc: Doc, mentions: Iterable[Mention], quoted: Callable[[int], bool], named: Callable[[Mention], str] | None = None
) -> list[Referent]:
    """Every person mention outside quote marks, pronouns and unresolved descriptions left out: a name inside a
    quote is what the speaker said, not who speaks next. ``named`` tells whom a mention names (by default its
    antecedent or its own name)."""
    out = []
    for m in mentions:
        if m.label != "PERSON" or m.kind == "pronoun" or (m.kind == "description" and not m.antecedent):
            continue
        if quoted(m.start):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and span.root.tag_ in ("NNS", "NNPS"):
            continue  # "Greeks", "the Smiths": no antecedent of "he" or "she"
        if span is not None and m.kind == "name" and not names_a_person(span):
            continue
        subject = span is not None and span.root.dep_ in _SUBJECT_DEPS
        depth = depth_of(span.root) if span is not None else 0
        out.append(Referent(m.start, m.sent, named(m) if named else m.antecedent or m.name, subject, depth))
    return out


def depth_of(token: Token) -> int:
    """How many heads stand between ``token`` and the root of its sentence."""
    return sum(1 for _ in token.ancestors)


def salient(referents: Iterable[Referent], before: int, since: int, agrees: Callable[[str], bool]) -> str | None:
    """The person a pronoun at ``before`` refers to: among the agreeing referents between ``since`` and the
    pronoun, those of the nearest sentence; of them the subject of the highest clause (the first of those), else
    the first named. This is Hobbs's preference for the nearest sentence and for subjects, and his walk of that
    sentence's tree from the top ("Asked if Ortiz might have lived, Waldie said ... . "...," he said": Waldie, the
    main clause's subject, not Ortiz of the clause inside it)."""
    pool = [r for r in referents if since <= r.char < before and agrees(r.name)]
    if not pool:
        return None
    last = max(r.sent for r in pool)
    nearest = sorted((r for r in pool if r.sent == last), key=lambda r: r.char)
    subjects = [r for r in nearest if r.subject]
    if not subjects:
        return nearest[0].name
    return min(subjects, key=lambda r: r.depth).name
