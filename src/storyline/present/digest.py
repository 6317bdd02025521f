"""What a brief shows of a story: every section cut to a reading length, saying how much it left out.

A brief of two articles shows everything. A brief of ten thousand shows the sources, speakers, numbers and
events a reader can take in, the most-attested first, and says "and 9,800 more" where it stops: the whole
story stays in brief.json, the knowledge base and the web UI. Cutting here also keeps the brief's cost
(memory, time, file size) bounded by these limits instead of growing with the pile.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar

from storyline.model import (
    Actor,
    ArticleInfo,
    ClaimGroup,
    Commitment,
    Quote,
    Skip,
    SpeakerQuotes,
    Story,
    StoryEvent,
)

T = TypeVar("T")


@dataclass(frozen=True)
class BriefLimits:
    """How much of each section a brief shows at most."""

    articles: int = 100
    actors: int = 100
    speakers: int = 30
    quotes_per_speaker: int = 10
    claim_groups: int = 30
    claims_per_group: int = 12
    events: int = 100
    sources_per_item: int = 6
    terms: int = 10
    skips: int = 50


@dataclass(frozen=True)
class Cut(Generic[T]):
    """Part of a list, in the list's order, and how many items it left out."""

    shown: tuple[T, ...]
    left_out: int = 0


@dataclass(frozen=True)
class Digest:
    """The story as a brief shows it. Each speaker, claim group and event is the story's record with its own
    list (quotes, claims, sources) cut, paired with how many of those it left out."""

    story: Story
    articles: Cut[ArticleInfo]
    actors: Cut[Actor]
    speakers: Cut[tuple[SpeakerQuotes, int]]
    claim_groups: Cut[tuple[ClaimGroup, int]]
    events: Cut[tuple[StoryEvent, int]]
    commitments: tuple[tuple[Commitment, int], ...]
    """Each commitment with its terms and sources cut, and how many sources it left out."""
    skips: Cut[Skip]

    def shown_story(self) -> Story:
        """The story with only what the brief shows: what its pictures draw, so pictures and tables agree."""
        return dataclasses.replace(
            self.story,
            events=tuple(event for event, _ in self.events.shown),
            claim_groups=tuple(group for group, _ in self.claim_groups.shown),
        )


def pick(items: Sequence[T], limit: int, key: Callable[[T], Hashable] | None = None) -> Cut[T]:
    """At most ``limit`` items, in their order. With ``key``, items of a key not yet picked come first, so a
    quote a hundred outlets repeat is shown once and the slots go to what else was said."""
    if len(items) <= limit:
        return Cut(tuple(items))
    if key is None:
        return Cut(tuple(items[:limit]), len(items) - limit)
    seen: set[Hashable] = set()
    first: list[int] = []
    rest: list[int] = []
    for i, item in enumerate(items):
        k = key(item)
        (rest if k in seen else first).append(i)
        seen.add(k)
    chosen = sorted((first + rest)[:limit])
    return Cut(tuple(items[i] for i in chosen), len(items) - limit)


def top(items: Sequence[T], limit: int, weight: Callable[[T], int]) -> Cut[T]:
    """The ``limit`` items of most weight (the earlier on a tie), kept in their order."""
    if len(items) <= limit:
        return Cut(tuple(items))
    best = sorted(sorted(range(len(items)), key=lambda i: (-weight(items[i]), i))[:limit])
    return Cut(tuple(items[i] for i in best), len(items) - limit)


def digest(story: Story, skips: Sequence[Skip] = (), limits: BriefLimits | None = None) -> Digest:
    """Cut every section of ``story`` (and the run's ``skips``) to ``limits``."""
    limits = limits or BriefLimits()
    articles = sorted(story.articles, key=lambda a: (a.published or date.max, a.id))
    actors = sorted(story.actors, key=lambda a: (-a.mentions, a.name))
    # Actors mentioned once are folded into "and N more" (when any is mentioned more): a name in passing.
    once = sum(1 for a in actors if a.mentions <= 1) if any(a.mentions > 1 for a in actors) else 0
    actor_cut = pick(actors[: len(actors) - once], limits.actors)
    speakers = top(without_fragments(story.speakers), limits.speakers, lambda s: len(s.quotes))
    return Digest(
        story=story,
        articles=pick(articles, limits.articles),
        actors=Cut(actor_cut.shown, actor_cut.left_out + once),
        speakers=_map(speakers, lambda s: _speaker(s, limits)),
        claim_groups=_map(pick(story.claim_groups, limits.claim_groups), lambda g: _group(g, limits)),
        events=_events(story.events, limits),
        commitments=tuple(_commitment(c, limits) for c in story.commitments),
        skips=pick(skips, limits.skips),
    )


def without_fragments(speakers: Sequence[SpeakerQuotes]) -> tuple[SpeakerQuotes, ...]:
    """Each speaker's quotes without those that lie inside another quote of the same article (a partial quote
    inside a direct one, one part of a split quote): a brief shows the words once, within the quote that holds
    them. A speaker left with no quote is left out."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for speaker in speakers:
        for article_id, quote in speaker.quotes:
            held = spans.setdefault(article_id, [])
            held.append((quote.start, quote.end))
            held.extend((p.start, p.end) for p in quote.parts)

    def inside(article_id: str, quote: Quote) -> bool:
        own = {(quote.start, quote.end), *((p.start, p.end) for p in quote.parts)}
        return any(
            start <= quote.start and quote.end <= end and (start, end) not in own
            for start, end in spans.get(article_id, ())
        )

    out = []
    for speaker in speakers:
        kept = tuple((a, q) for a, q in speaker.quotes if not inside(a, q))
        if kept:
            out.append(speaker if len(kept) == len(speaker.quotes) else dataclasses.replace(speaker, quotes=kept))
    return tuple(out)


def _map(cut: Cut[T], cut_each: Callable[[T], tuple[T, int]]) -> Cut[tuple[T, int]]:
    return Cut(tuple(cut_each(item) for item in cut.shown), cut.left_out)


def _speaker(speaker: SpeakerQuotes, limits: BriefLimits) -> tuple[SpeakerQuotes, int]:
    quotes = pick(speaker.quotes, limits.quotes_per_speaker, key=lambda q: q[1].text)
    return dataclasses.replace(speaker, quotes=quotes.shown), quotes.left_out


def _group(group: ClaimGroup, limits: BriefLimits) -> tuple[ClaimGroup, int]:
    claims = pick(
        group.claims,
        limits.claims_per_group,
        key=lambda r: (r.claim.source_name, r.claim.kind, r.claim.value, r.claim.low, r.claim.high),
    )
    return dataclasses.replace(group, claims=claims.shown), claims.left_out


def _events(events: Sequence[StoryEvent], limits: BriefLimits) -> Cut[tuple[StoryEvent, int]]:
    """The events most outlets attest, kept in timeline order."""
    cut = top(events, limits.events, lambda e: len({s.article_id for s in e.sources}))

    def sources(event: StoryEvent) -> tuple[StoryEvent, int]:
        picked = pick(event.sources, limits.sources_per_item, key=lambda s: s.outlet or s.article_id)
        return dataclasses.replace(event, sources=picked.shown), picked.left_out

    return _map(cut, sources)


def _commitment(commitment: Commitment, limits: BriefLimits) -> tuple[Commitment, int]:
    sources = pick(commitment.sources, limits.sources_per_item, key=lambda s: s.outlet or s.article_id)
    terms = commitment.terms[: limits.terms]
    return dataclasses.replace(commitment, sources=sources.shown, terms=terms), sources.left_out
