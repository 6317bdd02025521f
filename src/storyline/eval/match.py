"""The one matcher every section uses: gold items to extracted items, and gold actor names to extracted actors."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from storyline.eval.gold import GoldActor, GoldValue
from storyline.eval.textmatch import contains_words, locate, name_tokens, normalise, normalise_name
from storyline.model import Claim, Ref, Story

G = TypeVar("G")
E = TypeVar("E")


@dataclass(frozen=True)
class Matched:
    """How the gold items of one list matched the extracted items of the same list."""

    by_text: tuple[bool, ...]
    """Per gold item: some extracted item covers its text (whatever else it gets wrong)."""
    chosen: tuple[int | None, ...]
    """Per gold item: the index of the extracted item credited with it, None when none is right."""

    @property
    def found(self) -> int:
        """Gold items matched by a right extracted item."""
        return sum(c is not None for c in self.chosen)

    @property
    def correct(self) -> frozenset[int]:
        """Extracted items credited with at least one gold item."""
        return frozenset(c for c in self.chosen if c is not None)


def match_items(
    golds: Sequence[G], items: Sequence[E], hits: Callable[[G, E], bool], right: Callable[[G, E], bool]
) -> Matched:
    """Credit each gold item to one extracted item that hits its text and is right about the rest (``right``
    is only asked about items that hit).

    One extracted item may cover several gold items (a quote running over two gold sentences), but a
    gold item credits only one extracted item, so a duplicate (a pull quote read as a second quote) is
    a false positive. Gold items with the fewest candidates choose first, each preferring an item no
    other gold item took, which keeps the credited set as large as the data allow.
    """
    hit = [[i for i, item in enumerate(items) if hits(gold, item)] for gold in golds]
    ok = [[i for i in cands if right(gold, items[i])] for gold, cands in zip(golds, hit, strict=True)]
    chosen: list[int | None] = [None] * len(golds)
    taken: set[int] = set()
    for g in sorted(range(len(golds)), key=lambda g: len(ok[g])):
        if ok[g]:
            pick = next((i for i in ok[g] if i not in taken), ok[g][0])
            chosen[g] = pick
            taken.add(pick)
    return Matched(tuple(bool(h) for h in hit), tuple(chosen))


def value_ok(gold: GoldValue, claim: Claim) -> bool:
    """The claim states the gold quantity: the exact number, or the same kind of bound with the same number."""

    def same(x: float | None) -> bool:
        return x is not None and abs(x - gold.number) <= 1e-9 * max(1.0, abs(gold.number))

    if gold.kind == "exact":
        return same(claim.value)
    if gold.kind == "max":
        return claim.kind == "max" and same(claim.high)
    if gold.kind == "min":
        return claim.kind == "min" and same(claim.low)
    return claim.kind == "order" and (same(claim.low) or same(claim.value))


def strong_names(actor: GoldActor) -> frozenset[str]:
    """The names of a gold actor that may identify it on their own.

    A person's bare surname ("Cha"), a misspelling ("Russell") or a description ("The foreign policy
    analyst") says who it is only once the system has bound it to the person's full name; matching an
    extracted actor by such a name alone would credit the system with a resolution it never made. So for
    people only the canonical name and aliases sharing two of its words (or all, for a one-word name) count.
    """
    names = {normalise_name(actor.name)}
    if actor.type != "person":
        return frozenset(names | {normalise_name(a) for a in actor.aliases})
    words = name_tokens(actor.name)
    need = min(2, len(words))
    names |= {normalise_name(a) for a in actor.aliases if len(name_tokens(a) & words) >= need}
    return frozenset(n for n in names if n)


class ActorMap:
    """Gold actors anchored to the extracted actors of a Story, and every look-up from extracted text to gold."""

    def __init__(self, gold_actors: Sequence[GoldActor], story: Story) -> None:
        self.gold = {actor.name: actor for actor in gold_actors}
        strong = {name: strong_names(actor) for name, actor in self.gold.items()}
        owner: dict[str, set[str]] = defaultdict(set)
        for name, names in strong.items():
            for n in names:
                owner[n].add(name)
        # A name strong for two gold actors identifies neither.
        self._strong_owner = {n: next(iter(gs)) for n, gs in owner.items() if len(gs) == 1}
        self.owners: dict[str, set[str]] = defaultdict(set)
        self._canonical: dict[str, set[str]] = defaultdict(set)
        self._in_article: dict[str, set[str]] = defaultdict(set)
        for actor in story.actors:
            self._canonical[normalise_name(actor.name)].add(actor.id)
            for n in (actor.name, *(a.text for a in actor.aliases)):
                self.owners[normalise_name(n)].add(actor.id)
        for link in story.links:
            self._in_article[link.article_id].add(link.actor_id)
        for actor in story.actors:
            for article_id in actor.articles:
                self._in_article[article_id].add(actor.id)
        self.anchors = {
            name: frozenset(a for n in names for a in self.owners.get(n, ())) for name, names in strong.items()
        }
        gold_of: dict[str, set[str]] = defaultdict(set)
        for name, ids in self.anchors.items():
            for actor_id in ids:
                gold_of[actor_id].add(name)
        self.gold_of: Mapping[str, frozenset[str]] = {a: frozenset(gs) for a, gs in gold_of.items()}
        # A person acting for a state (Actor.acts_for) maps to that state's gold name, for events only.
        acts_for = {a.id: a.acts_for for a in story.actors if a.acts_for}
        self._state_of: dict[str, str] = {}
        for name, ids in self.anchors.items():
            states = {self.gold_of_actor(acts_for[a]) for a in ids if a in acts_for}
            if len(states) == 1 and (state := next(iter(states))) is not None and state != name:
                self._state_of[name] = state
        self._spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for link in story.links:
            self._spans[link.article_id].append((link.start, link.end, link.actor_id))

    def is_actor(self, name: str) -> bool:
        """True when the name is a gold story actor (otherwise it is an unnamed group's phrase)."""
        return name in self.gold

    def gold_of_actor(self, actor_id: str | None) -> str | None:
        """The one gold actor an extracted actor stands for; None when it stands for none or for several."""
        names = self.gold_of.get(actor_id or "", frozenset())
        return next(iter(names)) if len(names) == 1 else None

    def gold_of_name(self, article_id: str, name: str | None) -> str | None:
        """The gold actor a resolved name in an article stands for."""
        key = normalise_name(name or "")
        if not key:
            return None
        if key in self._strong_owner:
            return self._strong_owner[key]
        for ids in (self._canonical.get(key, set()), self.owners.get(key, set()) & self._in_article[article_id]):
            if len(ids) == 1:
                return self.gold_of_actor(next(iter(ids)))
        return None

    def gold_of_ref(self, article_id: str, ref: Ref | None) -> str | None:
        """The gold actor a piece of an article stands for: through the mention linked there, else its text."""
        if ref is None:
            return None
        spans = self._spans.get(article_id, [])
        exact = [actor_id for start, end, actor_id in spans if (start, end) == (ref.start, ref.end)]
        if exact:
            return self.gold_of_actor(exact[0])
        overlaps = [(min(end, ref.end) - max(start, ref.start), actor_id) for start, end, actor_id in spans]
        shared, best = max(overlaps, default=(0, ""))
        if shared > 0:
            return self.gold_of_actor(best)
        return self.gold_of_name(article_id, ref.text)

    def refers_to(self, gold: str, article_id: str, name: str | None, ref: Ref | None) -> bool:
        """True when an extracted source (resolved name and/or phrase) is the gold speaker or source.

        For a gold actor, the system's resolved name decides, and the mention at the phrase only when the
        name says nothing. For an unnamed group, the extracted phrase must contain the gold phrase.
        """
        if not self.is_actor(gold):
            return any(contains_words(text, gold) for text in (name, ref.text if ref else None) if text)
        got = self.gold_of_name(article_id, name)
        if got is None:
            got = self.gold_of_ref(article_id, ref)
        return got == gold

    def gold_set(self, article_id: str, refs: Iterable[Ref]) -> frozenset[str]:
        """Gold names of a list of refs; a ref that stands for no gold actor keeps its own text (so sets differ)."""
        return frozenset(self.gold_of_ref(article_id, ref) or f"?{normalise(ref.text)}" for ref in refs)

    def as_states(self, names: Iterable[str]) -> frozenset[str]:
        """Gold names with each person who acts for a state replaced by that state ("Kim Jong Un" -> "North
        Korea"): a leader's act and the state's act are one event, and texts (and gold) name either."""
        return frozenset(self._state_of.get(n, n) for n in names)

    def gold_set_of_ids(self, actor_ids: Iterable[str]) -> frozenset[str]:
        """Gold names of extracted actor ids; an id standing for no single gold actor keeps itself."""
        return frozenset(self.gold_of_actor(a) or f"?{a}" for a in actor_ids)


class Reach:
    """Which gold text the cleaned articles can contain at all.

    Some gold items quote lines the same gold marks as ``not_body`` (a photo caption naming a date, an
    event, an alias). A cleaner that is right drops them, so such items are reported as excluded rather
    than counted as misses.
    """

    def __init__(self, texts: Mapping[str, str], not_body: Mapping[str, Sequence[str]]) -> None:
        self._texts = dict(texts)
        self._not_body = {f: [normalise(line) for line in lines if normalise(line)] for f, lines in not_body.items()}

    def _in_not_body(self, file: str, start: int) -> bool:
        text = self._texts[file]
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line = normalise(text[line_start : line_end if line_end >= 0 else len(text)])
        return any(entry in line for entry in self._not_body.get(file, ()))

    def unreachable(self, file: str, text: str) -> bool:
        """True when the text occurs in the article only on lines the gold says are not body."""
        if file not in self._texts:
            return False
        spans = locate(self._texts[file], text)
        return bool(spans) and all(self._in_not_body(file, start) for start, _ in spans)

    def unreachable_anywhere(self, text: str) -> bool:
        """True when the text occurs in some article, and everywhere only on not-body lines."""
        seen = False
        for file, body in self._texts.items():
            spans = locate(body, text)
            if any(not self._in_not_body(file, start) for start, _ in spans):
                return False
            seen = seen or bool(spans)
        return seen
