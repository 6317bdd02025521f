"""Scores extracted quotes against the attribution gold: content overlap and exact, per kind, speaker, joint.

Content is compared on the letters and digits it covers (spaces, punctuation and quote marks are not
judged): an extracted quote matches a gold attribution when the Dice coefficient of the two sets is at
least ``OVERLAP`` (overlap) or 1 (exact); matching is one to one, best pairs first. Speaker accuracy is
over the overlap matches whose gold names a speaker; joint counts a match only with the right speaker.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from storyline.eval.attr_gold import AttrDoc, GoldAttribution
from storyline.model import Quote
from storyline.resolve.gender import given_name_gender

OVERLAP = 0.5
"""Minimum Dice coefficient of the two contents' letters and digits for an overlap match."""
_HONORIFIC = frozenset({"the", "mr", "mrs", "ms", "dr", "professor", "prof", "sir"})
_LEGAL_FORMS = frozenset({"inc", "corp", "ltd", "llc", "plc", "sa", "ag", "gmbh", "nv", "bv", "spa", "sgps"})
"""A firm's legal form names no one by itself: "Chrysler LLC" is Chrysler, and a speaker found as "LLC" is no one."""


@dataclass
class Counts:
    """Gold, extracted and matched items of one view."""

    gold: int = 0
    extracted: int = 0
    matched: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class AttrScores:
    """Every figure of one split."""

    views: dict[str, Counts] = field(default_factory=dict)
    """direct, indirect, all (overlap) and the same with ``_exact``, and ``joint``."""
    speaker_right: int = 0
    speaker_judged: int = 0
    class_right: int = 0
    class_judged: int = 0
    misses: list[str] = field(default_factory=list)
    """Gold attributions not found and quotes found that match nothing (dev errors)."""

    def view(self, name: str) -> Counts:
        return self.views.setdefault(name, Counts())


def letters(text: str, spans: Sequence[tuple[int, int]]) -> frozenset[int]:
    """Offsets of the letters and digits inside ``spans``."""
    return frozenset(i for s, e in spans for i in range(s, e) if text[i].isalnum())


def dice(a: frozenset[int], b: frozenset[int]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0


def quote_spans(quote: Quote) -> tuple[tuple[int, int], ...]:
    """The content spans of an extracted quote (its parts when split, else its one span)."""
    parts = getattr(quote, "parts", ())
    return tuple((p.start, p.end) for p in parts) if parts else ((quote.start, quote.end),)


_INITIALISM = re.compile(r"\b(?:[^\W\d_]\.\s?){2,}")
"""A name written in dotted initials ("U.S.", "U. S."): one word, as "US" is."""
_SPELLED_OR_NOT = frozenset({"of", "and", "for", "inc", "corp", "corporation", "co", "company", "ltd", "llc", "plc"})
"""Words an acronym may spell or skip ("GM" for "General Motors Corporation", "NASA" for "National Aeronautics
and Space Administration"), as the speaker resolver's acronyms do."""
_COUNTRY_PREFIXES = frozenset({"us", "uk", "eu"})
"""A country before a body's name that its acronym leaves out ("EPA" for "U.S. Environmental Protection Agency")."""


def _words(name: str) -> list[str]:
    name = _INITIALISM.sub(lambda m: re.sub(r"[.\s]", "", m.group()) + " ", name.replace("\u2019", "'"))
    words = re.sub(r"[^\w\s]", " ", name.casefold().replace("'s", "")).split()
    return [w for w in words if w not in _HONORIFIC and w not in _LEGAL_FORMS]


def _spells(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` is the initials of ``words`` (two or more) in order, each word giving its initial and
    maybe more of its letters after it ("USGS" for "U. S. Geological Survey", "SIA" for "Singapore Airlines"), an
    optional word its initial or nothing, and a leading country abbreviation nothing."""
    if len(words) < 2:
        return False
    if words[0] in _COUNTRY_PREFIXES and _spells(acronym, words[1:]):
        return True

    def match(i: int, w: int) -> bool:
        if w == len(words):
            return i == len(acronym)
        word = words[w]
        if word in _SPELLED_OR_NOT and match(i, w + 1):
            return True
        if i >= len(acronym) or acronym[i] != word[0]:
            return False
        j = i + 1
        for letter in word[1:]:  # the word's first letter, then maybe some of its later ones, in order
            if match(j, w + 1):
                return True
            if j < len(acronym) and acronym[j] == letter:
                j += 1
        return match(j, w + 1)

    return match(0, 0)


def _acronym(name: str) -> str | None:
    """The name as one lower-case acronym when it is written as one ("GM", "U.S.", "USGS"), else None."""
    bare = re.sub(r"[.\s]", "", name)
    return bare.casefold() if 2 <= len(bare) <= 8 and bare.isalpha() and bare.isupper() else None


def _kin(g: list[str], f: list[str]) -> bool:
    """Two people of one family: the same surname after two different given names ("Greg McDermott" is not "Doug
    McDermott"); a short form of the same name ("Mike", "Michael") is no other person."""
    if len(g) < 2 or len(f) < 2 or g[0][:2] == f[0][:2]:
        return False
    # only given names before the surname: "German Chancellor Merkel" is a title, not a relative of Angela Merkel
    return all(given_name_gender(w) is not None for w in g[:-1] + f[:-1])


def same_speaker(gold: str, found: str | None) -> bool:
    """Names agree when one's words are all in the other's, the last names agree (unless two given names tell two
    relatives apart), or one is the other's initials
    (dotted or not, "of", "and" and a legal form spelled or not: the same body by another of its names)."""
    if not found:
        return False
    g, f = _words(gold), _words(found)
    if not g or not f:
        return False
    if set(f) <= set(g) or set(g) <= set(f):
        return True
    if g[-1] == f[-1]:
        return not _kin(g, f)
    if "".join(w[0] for w in g) == "".join(f) or "".join(w[0] for w in f) == "".join(g):
        return True
    short_f, short_g = _acronym(found), _acronym(gold)
    return bool((short_f and _spells(short_f, g)) or (short_g and _spells(short_g, f)))


def _pairs(gold: list[frozenset[int]], found: list[frozenset[int]], floor: float) -> list[tuple[int, int]]:
    scored = sorted(
        ((dice(g, f), i, j) for i, g in enumerate(gold) for j, f in enumerate(found) if g & f),
        reverse=True,
    )
    used_g: set[int] = set()
    used_f: set[int] = set()
    out = []
    for value, i, j in scored:
        if value >= floor and i not in used_g and j not in used_f:
            used_g.add(i)
            used_f.add(j)
            out.append((i, j))
    return out


_VIEWS: dict[str, tuple[Callable[[GoldAttribution], bool], Callable[[Quote], bool]]] = {
    "direct": (lambda a: a.kind == "direct", lambda q: q.kind == "direct"),
    "indirect": (lambda a: a.kind in ("indirect", "mixed"), lambda q: q.kind in ("indirect", "mixed")),
    "all": (lambda a: True, lambda q: True),
}


def score_doc(doc: AttrDoc, quotes: Sequence[Quote], scores: AttrScores, keep_misses: bool) -> None:
    """Add one document's figures to ``scores``."""
    gold_sets = [letters(doc.text, [(s.start, s.end) for s in g.content]) for g in doc.attributions]
    found_sets = [letters(doc.text, quote_spans(q)) for q in quotes]
    for view, (gold_in, found_in) in _VIEWS.items():
        gi = [i for i, a in enumerate(doc.attributions) if gold_in(a)]
        fj = [j for j, q in enumerate(quotes) if found_in(q)]
        for suffix, floor in (("", OVERLAP), ("_exact", 1.0)):
            counts = scores.view(view + suffix)
            counts.gold += len(gi)
            counts.extracted += len(fj)
            counts.matched += len(_pairs([gold_sets[i] for i in gi], [found_sets[j] for j in fj], floor))
    matched = _pairs(gold_sets, found_sets, OVERLAP)
    joint = scores.view("joint")
    joint.gold += len(doc.attributions)
    joint.extracted += len(quotes)
    for i, j in matched:
        gold, quote = doc.attributions[i], quotes[j]
        name: str | None = quote.speaker.name if quote.speaker else None
        if gold.speaker:
            scores.speaker_judged += 1
            scores.speaker_right += same_speaker(gold.speaker, name)
        if not gold.speaker or same_speaker(gold.speaker, name):
            joint.matched += 1
        cue_class = getattr(quote, "cue_class", None)
        if cue_class:
            scores.class_judged += 1
            scores.class_right += cue_class == gold.cue_class
        if keep_misses and gold.speaker and not same_speaker(gold.speaker, name):
            scores.misses.append(f"{doc.id}: speaker {name!r} for {gold.speaker!r}: {_short(gold)}")
    if keep_misses:
        hit_g = {i for i, _ in matched}
        hit_f = {j for _, j in matched}
        scores.misses += [f"{doc.id}: missed {a.kind}/{a.cue_class}: {_short(a)}"
                          for i, a in enumerate(doc.attributions) if i not in hit_g]  # fmt: skip
        scores.misses += [f"{doc.id}: extra {q.kind}: {q.text[:90]!r}" for j, q in enumerate(quotes) if j not in hit_f]


def _short(gold: GoldAttribution) -> str:
    cue = gold.cue.text if gold.cue else ""
    return f"[{cue}] {gold.content[0].text[:90]!r}"
