"""Events merged across articles: one StoryEvent per thing that happened, with every source that reports it."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from storyline.model import ArticleAnalysis, ArticleInfo, Ref, SourceRef, StoryEvent
from storyline.nlp.timex import compatible, finer, interval
from storyline.resolve.actors import ActorIndex
from storyline.resolve.names import slug
from storyline.resolve.sharing import shared

BACKGROUND_AGE = timedelta(days=365)
"""An event that ended this long before the earliest article is background, not news."""


_Key = tuple[str, frozenset[str], frozenset[str], bool, bool]


@dataclass(frozen=True, slots=True)
class _Report:
    """What merging keeps of one event report: its source and what is compared, not the whole Event (the
    evidence text shared, the actor sets shared between the reports that give the same)."""

    source: SourceRef
    date: str | None
    mode: str | None
    cameo: str | None
    score: float
    actors: frozenset[str]
    """Actor ids as resolved."""
    recipients: frozenset[str]


@dataclass
class _Cluster:
    key: _Key
    """Type, actors and recipients as compared (people as their states), negated, hypothetical."""
    date: str | None
    members: list[_Report] = field(default_factory=list)


def _actor_ids(index: ActorIndex, article_id: str, refs: Sequence[Ref]) -> frozenset[str]:
    """Resolved actor ids; an unresolved mention keeps a text id so that the same name still merges."""
    ids = set()
    for ref in refs:
        actor_id = index.resolve(article_id, ref=ref)
        ids.add(actor_id or f"text:{slug(ref.text)}")
    return frozenset(ids)


def _for_matching(index: ActorIndex, ids: frozenset[str]) -> frozenset[str]:
    """Actor ids with people replaced by the state they act for: "Kim ratified" and "North Korea ratified"
    report the same act. Only the comparison uses this; events keep the actors as resolved."""
    out = set()
    for actor_id in ids:
        actor = index.actor(actor_id)
        out.add(getattr(actor, "acts_for", None) or actor_id)
    return frozenset(out)


def _specificity(value: str | None) -> tuple[int, int]:
    """Sort key: dated events first, the most precise first, so vaguer reports join precise ones."""
    span = interval(value)
    return (1, 0) if span is None else (0, (span[1] - span[0]).days)


def _best(clusters: list[_Cluster], key: _Key, value: str | None) -> _Cluster | None:
    fitting = [c for c in clusters if c.key == key and compatible(c.date, value)]
    if not fitting:
        return None
    # An undated report joins the best-attested matching event; a dated one the closest in precision.
    return max(fitting, key=lambda c: (len({m.source.article_id for m in c.members}), len(c.members)))


def _event_id(cluster: _Cluster, ordinal: int) -> str:
    kind, actors, recipients, negated, hypothetical = cluster.key
    text = "|".join((kind, ",".join(sorted(actors)), ",".join(sorted(recipients)), str(negated), str(hypothetical)))
    return f"event:{kind.lower()}-{hashlib.sha1(text.encode()).hexdigest()[:8]}-{ordinal}"


def _is_background(value: str | None, earliest: date | None) -> bool:
    span = interval(value)
    return bool(span and earliest and span[1] < earliest - BACKGROUND_AGE)


def merge_events(
    index: ActorIndex, articles: Sequence[ArticleInfo], analyses: Iterable[ArticleAnalysis]
) -> tuple[StoryEvent, ...]:
    """One StoryEvent per event reported, with every source; in date order (undated last)."""
    outlets = {a.id: a.outlet for a in articles}
    dates = [a.published for a in articles if a.published]
    earliest = min(dates) if dates else None
    reports: list[tuple[_Key, _Report]] = []
    sets: dict[frozenset[str], frozenset[str]] = {}
    keys: dict[_Key, _Key] = {}
    for analysis in analyses:
        article_id = shared(analysis.article_id)
        for event in analysis.events:
            actors = _actor_ids(index, article_id, event.actors)
            recipients = _actor_ids(index, article_id, event.recipients) - actors
            matched_actors = _for_matching(index, actors)
            key = (event.type, matched_actors, _for_matching(index, recipients) - matched_actors, event.negated,
                   event.hypothetical)  # fmt: skip
            source = SourceRef(
                article_id, outlets.get(article_id), event.sent, event.start, event.end, shared(event.text),
                event.trigger,
            )  # fmt: skip
            actors, recipients = sets.setdefault(actors, actors), sets.setdefault(recipients, recipients)
            report = _Report(source, event.date, event.mode, event.cameo, event.score, actors, recipients)
            reports.append((keys.setdefault(key, key), report))
    reports.sort(key=lambda r: _specificity(r[1].date))
    clusters: list[_Cluster] = []
    for key, report in reports:
        cluster = _best(clusters, key, report.date)
        if cluster is None:
            cluster = _Cluster(key=key, date=report.date)
            clusters.append(cluster)
        cluster.date = finer(cluster.date, report.date)
        cluster.members.append(report)
    return tuple(_story_events(clusters, earliest))


def _story_events(clusters: list[_Cluster], earliest: date | None) -> list[StoryEvent]:
    def order(cluster: _Cluster) -> tuple[object, ...]:
        span = interval(cluster.date)
        return (span is None, span[0] if span else date.max, cluster.key[0], sorted(cluster.key[1]))

    seen: Counter[_Key] = Counter()
    out: list[StoryEvent] = []
    for cluster in sorted(clusters, key=order):
        seen[cluster.key] += 1
        kind, _, _, negated, hypothetical = cluster.key
        # The actors as resolved, as most reports give them (ties: the most specific set, then sorted).
        sets = Counter((m.actors, m.recipients) for m in cluster.members)
        actors, recipients = max(sets, key=lambda s: (sets[s], len(s[0]) + len(s[1]), sorted(s[0]), sorted(s[1])))
        sources: dict[tuple[str, int], SourceRef] = {}
        for m in sorted(cluster.members, key=lambda m: (m.source.article_id, m.source.start)):
            sources.setdefault((m.source.article_id, m.source.sent), m.source)
        modes = Counter(m.mode for m in cluster.members if m.mode)
        cameos = Counter(m.cameo for m in cluster.members if m.cameo)
        out.append(
            StoryEvent(
                id=_event_id(cluster, seen[cluster.key]),
                type=kind,
                actors=tuple(sorted(actors)),
                recipients=tuple(sorted(recipients)),
                mode=modes.most_common(1)[0][0] if modes else None,
                date=cluster.date,
                cameo=cameos.most_common(1)[0][0] if cameos else None,
                score=cluster.members[0].score,
                sources=tuple(sources.values()),
                negated=negated,
                hypothetical=hypothetical,
                background=_is_background(cluster.date, earliest),
            )
        )
    return out
