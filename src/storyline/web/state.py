"""What the web app reads: per-request read-only connections and the story, cached until the file changes."""

from __future__ import annotations

import logging
import threading
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from storyline.model import (
    Actor,
    ArticleInfo,
    ClaimRef,
    Commitment,
    Quote,
    Relation,
    Skip,
    SpeakerQuotes,
    Story,
    StoryEvent,
)
from storyline.present.brief import brief_data, speakers_by_outlet
from storyline.present.digest import without_fragments
from storyline.present.filters import article_title, source_labels
from storyline.present.overview import Overview, overview
from storyline.present.sentences import claim_sentences
from storyline.present.summary import Sentences
from storyline.store import KnowledgeBase, open_kb

log = logging.getLogger(__name__)

# matplotlib draws the pictures and is not thread-safe; requests run in a thread pool.
_DRAW_LOCK = threading.Lock()

# Fact tables whose rows get an anchor on the article page (kind prefix used in the anchor ids).
ANCHOR_TABLES = {"quotes": "q", "claims": "c", "events": "e", "commitments": "k", "times": "t", "mentions": "m"}


@dataclass(frozen=True)
class QuoteItem:
    """One quote with where it stands: the flat form of the brief's speakers, for filtering and paging."""

    article_id: str
    outlet: str | None
    index: int | None
    """Position of the quote in its article's analysis: the article page anchors it as ``q-{index}``."""
    speaker_id: str | None
    speaker: str
    quote: Quote


@dataclass
class StoryState:
    """The resolved story with the lookups the pages need; rebuilt whenever the knowledge base changes."""

    story: Story
    skips: list[Skip]
    infos: list[ArticleInfo]
    anchors: dict[tuple[str, str, int, int], int]
    """(table, article id, start, end) -> index of the record in its article's analysis."""
    sentences: Sentences = field(default_factory=dict)
    """The sentences that state the claim groups among the key developments (``present.sentences``)."""
    _pictures: dict[str, Any] | None = field(default=None, repr=False)

    @cached_property
    def actors(self) -> dict[str, Actor]:
        return {actor.id: actor for actor in self.story.actors}

    @cached_property
    def names(self) -> dict[str, str]:
        return {actor.id: actor.name for actor in self.story.actors}

    @cached_property
    def articles(self) -> dict[str, ArticleInfo]:
        return {info.id: info for info in [*self.story.articles, *self.infos]}

    def outlet(self, article_id: str) -> str:
        """The article's outlet; one without an outlet by its title, never its path. Also takes an outlet (a
        statement counts an article without an outlet by its id)."""
        info = self.articles.get(article_id)
        return (info.outlet or article_title(info)) if info else article_id

    @cached_property
    def source_names(self) -> dict[str, str]:
        return source_labels(self.articles.values())

    def source(self, article_id: str) -> str:
        """The article as a source: its outlet, with its day when the outlet has several articles here."""
        return self.source_names.get(article_id) or self.outlet(article_id)

    @cached_property
    def actors_by_mentions(self) -> list[Actor]:
        return sorted(self.story.actors, key=lambda a: (-a.mentions, a.name))

    def links(self, article_id: str) -> dict[tuple[str, int, int], str]:
        """(article id, start, end) of each of an article's mentions -> actor id (the last link of a span wins)."""
        return {(article_id, start, end): actor_id for start, end, actor_id in self.story.links.in_article(article_id)}

    @cached_property
    def quotes(self) -> list[QuoteItem]:
        items = []
        for group in self.story.speakers:
            for article_id, quote in group.quotes:
                index = self.anchors.get(("quotes", article_id, quote.start, quote.end))
                items.append(QuoteItem(article_id, self.outlet(article_id), index, group.actor_id, group.name, quote))
        return items

    @cached_property
    def whole_quotes(self) -> set[tuple[str, int, int]]:
        """(article id, start, end) of the quotes a page shows: a fragment inside another quote is shown within it."""
        return {(a, q.start, q.end) for s in without_fragments(self.story.speakers) for a, q in s.quotes}

    @cached_property
    def claim_groups(self) -> list[Any]:
        """Claim groups, discrepancies first, then by number of claims."""
        order = {"differ": 0, "incomparable": 1, "agree": 2, "single": 3}
        return sorted(self.story.claim_groups, key=lambda g: (order.get(g.status, 4), -len(g.claims), g.topic))

    @cached_property
    def events_by_date(self) -> list[StoryEvent]:
        # Undated events go last; background events keep their own (early) dates.
        return sorted(self.story.events, key=lambda e: (e.date is None, e.date or "", e.id))

    @cached_property
    def brief(self) -> dict[str, Any]:
        """Exactly what brief.json holds."""
        return brief_data(self.story, self.skips, self.sentences)

    @cached_property
    def lead(self) -> Overview:
        """What the overview leads with: key developments, disagreements, one-outlet news, per outlet."""
        return overview(self.story, self.sentences)

    @cached_property
    def speakers_by_outlet(self) -> dict[str, Any]:
        return speakers_by_outlet(self.lead)

    @property
    def pictures(self) -> dict[str, Any]:
        """Inline SVG pictures (timeline, network, one per claim group), drawn once per story version."""
        with _DRAW_LOCK:
            if self._pictures is None:
                self._pictures = _draw(self.story)
            return self._pictures

    def anchor(self, table: str, article_id: str, start: int, end: int, sent: int | None = None) -> str:
        """The article page fragment that shows a record: its own anchor, else its sentence."""
        index = self.anchors.get((table, article_id, start, end))
        if index is not None:
            return f"{ANCHOR_TABLES[table]}-{index}"
        return f"s-{sent}" if sent is not None else ""

    # -- per actor --------------------------------------------------------------------------------

    def speaker(self, actor_id: str) -> SpeakerQuotes | None:
        return next((s for s in self.story.speakers if s.actor_id == actor_id), None)

    def actor_events(self, actor_id: str) -> list[StoryEvent]:
        return [e for e in self.events_by_date if actor_id in e.actors or actor_id in e.recipients]

    def actor_relations(self, actor_id: str) -> list[Relation]:
        return sorted((r for r in self.story.relations if actor_id in (r.a, r.b)), key=lambda r: -abs(r.score))

    def actor_commitments(self, actor_id: str) -> list[Commitment]:
        return [c for c in self.story.commitments if actor_id in c.parties]

    def actor_claims(self, actor: Actor) -> list[ClaimRef]:
        """Claims whose source resolves to the actor's name or one of its aliases."""
        names = {actor.name.casefold(), *(alias.text.casefold() for alias in actor.aliases)}
        return [
            ref
            for group in self.story.claim_groups
            for ref in group.claims
            if ref.claim.source_name and ref.claim.source_name.casefold() in names
        ]

    def actor_mentions(self, actor_id: str) -> dict[str, list[tuple[int, int]]]:
        """Article id -> (start, end) of every mention of the actor, in text order."""
        out: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for link in self.story.links:
            if link.actor_id == actor_id:
                out[link.article_id].append((link.start, link.end))
        return {k: sorted(v) for k, v in out.items()}

    def mentions_per_outlet(self, actor_id: str) -> Counter[str]:
        counts: Counter[str] = Counter()
        for article_id, spans in self.actor_mentions(actor_id).items():
            counts[self.outlet(article_id)] += len(spans)
        return counts


def _draw(story: Story) -> dict[str, Any]:
    """The pictures; one that fails leaves a gap on the page (logged), not a failed page."""
    out: dict[str, Any] = {"timeline": "", "network": "", "claims": {}}
    try:
        from storyline.present.timeline_chart import timeline_svg

        out["timeline"] = timeline_svg(story) if story.events else ""
    except Exception:
        log.exception("timeline picture failed")
    try:
        from storyline.present.network import network_svg

        out["network"] = network_svg(story) if story.actors else ""
    except Exception:
        log.exception("network picture failed")
    try:
        from storyline.present.claims_chart import claims_pictures

        out["claims"] = claims_pictures(story.claim_groups)
    except Exception:
        log.exception("claims pictures failed")
    return out


def _load_state(kb: KnowledgeBase) -> StoryState:
    anchors: dict[tuple[str, str, int, int], int] = {}
    for table in ANCHOR_TABLES:
        for row in kb.conn.execute(f'SELECT article_id, idx, "start", "end" FROM "{table}"'):
            anchors.setdefault((table, row["article_id"], row["start"], row["end"]), row["idx"])
    story = kb.load_story()
    return StoryState(story, kb.skips(), kb.article_infos(), anchors, claim_sentences(kb, story))


class StorySource:
    """Opens the knowledge base read-only: a fresh connection per request, and one watching for changes.

    SQLite's ``PRAGMA data_version`` changes on a connection when another one commits, so the cached story
    is rebuilt only after a writer (a concurrent ``storyline brief``) has changed the file.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._watch = open_kb(self.path, readonly=True)
        self._lock = threading.Lock()
        self._version: int | None = None
        self._state: StoryState | None = None

    def connect(self) -> Iterator[KnowledgeBase]:
        """A read-only connection for one request (a FastAPI dependency)."""
        kb = open_kb(self.path, readonly=True)
        try:
            yield kb
        finally:
            kb.close()

    def state(self) -> StoryState:
        """The story as of the last commit to the knowledge base."""
        with self._lock:
            version = int(self._watch.conn.execute("PRAGMA data_version").fetchone()[0])
            if self._state is None or version != self._version:
                self._state = _load_state(self._watch)
                self._version = version
            return self._state

    def close(self) -> None:
        self._watch.close()
