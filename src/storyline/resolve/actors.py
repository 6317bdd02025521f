"""Actor resolution: mentions across all articles grouped into actors, and the index other resolvers use.

Baseline: mentions are grouped by the normalised form of their resolved name (``Mention.antecedent`` or
``Mention.name``) and, for states, by ISO code. The actors issue refines the grouping.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from storyline.model import Actor, Alias, ArticleAnalysis, ArticleInfo, Mention, MentionLink, Ref
from storyline.resolve.names import name_key, slug

_TYPES = {"PERSON": "person", "GPE": "state", "ORG": "organisation", "NORP": "group", "LOC": "place", "FAC": "place"}


@dataclass(frozen=True)
class ActorIndex:
    """Actors with the links from mentions to them, and look-ups for the other resolvers."""

    actors: tuple[Actor, ...]
    links: tuple[MentionLink, ...]

    def __post_init__(self) -> None:
        # Derived look-up tables; frozen dataclass, so set through object.__setattr__.
        by_span = {(link.article_id, link.start, link.end): link.actor_id for link in self.links}
        by_id = {actor.id: actor for actor in self.actors}
        by_name: dict[str, str] = {}
        for actor in self.actors:
            for alias in (actor.name, *(a.text for a in actor.aliases)):
                by_name.setdefault(name_key(alias), actor.id)
        spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for link in self.links:
            spans[link.article_id].append((link.start, link.end, link.actor_id))
        object.__setattr__(self, "_by_span", by_span)
        object.__setattr__(self, "_by_id", by_id)
        object.__setattr__(self, "_by_name", by_name)
        object.__setattr__(self, "_spans", spans)

    def actor(self, actor_id: str) -> Actor | None:
        """The actor with this id."""
        return self._by_id.get(actor_id)  # type: ignore[attr-defined, no-any-return]

    def resolve(self, article_id: str, ref: Ref | None = None, name: str | None = None) -> str | None:
        """Actor id for a piece of an article (exact or overlapping mention) or, failing that, a name."""
        if ref is not None:
            exact = self._by_span.get((article_id, ref.start, ref.end))  # type: ignore[attr-defined]
            if exact:
                return str(exact)
            best, overlap = None, 0
            for start, end, actor_id in self._spans.get(article_id, ()):  # type: ignore[attr-defined]
                shared = min(end, ref.end) - max(start, ref.start)
                if shared > overlap:
                    best, overlap = actor_id, shared
            if best:
                return str(best)
        for candidate in (name, ref.text if ref else None):
            if candidate:
                found = self._by_name.get(name_key(candidate))  # type: ignore[attr-defined]
                if found:
                    return str(found)
        return None


def _canonical(mention: Mention) -> str:
    return mention.antecedent or mention.name


def resolve_actors(articles: Sequence[ArticleInfo], analyses: Sequence[ArticleAnalysis]) -> ActorIndex:
    """Group every mention into actors."""
    groups: dict[str, list[tuple[str, Mention]]] = defaultdict(list)
    for analysis in analyses:
        for mention in analysis.mentions:
            key = f"code:{mention.code}" if mention.code else name_key(_canonical(mention))
            if key:
                groups[key].append((analysis.article_id, mention))
    actors: list[Actor] = []
    links: list[MentionLink] = []
    for key, members in sorted(groups.items()):
        names = Counter(_canonical(m) for _, m in members)
        name = names.most_common(1)[0][0]
        labels = Counter(m.label for _, m in members)
        kind = _TYPES.get(labels.most_common(1)[0][0], "group")
        code = members[0][1].code
        actor_id = f"state:{code}" if code else f"{kind}:{slug(name)}"
        aliases = Counter(m.text for _, m in members)
        actors.append(
            Actor(
                id=actor_id,
                name=name,
                type="state" if code else kind,
                code=code,
                aliases=tuple(Alias(t, c) for t, c in sorted(aliases.items(), key=lambda kv: (-kv[1], kv[0]))),
                mentions=len(members),
                articles=tuple(sorted({a for a, _ in members})),
            )
        )
        links.extend(MentionLink(a, m.start, m.end, actor_id) for a, m in members)
    return ActorIndex(actors=tuple(actors), links=tuple(links))
