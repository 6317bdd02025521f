"""Quotes grouped by speaker across articles: each speaker once, with title, affiliation, outlets and quotes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from storyline.model import ArticleAnalysis, ArticleInfo, Quote, Speaker, SpeakerQuotes
from storyline.nlp.profiles import pick_profile
from storyline.resolve.actors import ActorIndex
from storyline.resolve.names import name_key
from storyline.resolve.sharing import compact, shared


@dataclass
class _Group:
    actor_id: str | None
    names: Counter[str] = field(default_factory=Counter)
    profiles: list[tuple[str | None, str | None]] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    quotes: list[tuple[str, Quote]] = field(default_factory=list)


def person_key(name: str) -> str:
    """Name key without middle initials: "Victor D. Cha" and "Victor Cha" are one person."""
    return " ".join(word for word in name_key(name).split() if len(word) > 1)


def _actor_id(index: ActorIndex, article_id: str, speaker: Speaker) -> str | None:
    if speaker.kind not in ("person", "organisation"):
        return None  # groups keep their phrase: "Seoul’s military" is not the state of South Korea
    if len(speaker.name.split()) > 1:
        return index.resolve(article_id, name=speaker.name) or index.resolve(article_id, ref=speaker.mention)
    return index.resolve(article_id, ref=speaker.mention, name=speaker.name)


def _key(speaker: Speaker, actor_id: str | None) -> str:
    if actor_id:
        return actor_id
    if speaker.kind == "person":
        return f"person:{person_key(speaker.name)}"
    return f"{speaker.kind}:{name_key(speaker.name)}"


def group_speakers(
    index: ActorIndex, articles: Sequence[ArticleInfo], analyses: Iterable[ArticleAnalysis]
) -> tuple[SpeakerQuotes, ...]:
    """Each speaker once, with title, affiliation, outlets and quotes in order (article, then text)."""
    outlets = {a.id: a.outlet for a in articles}
    groups: dict[str, _Group] = {}
    by_person: dict[str, str] = {}  # person key -> group key, so initials never split a person
    for analysis in analyses:
        for quote in sorted(analysis.quotes, key=lambda q: q.start):
            speaker = quote.speaker
            if speaker is None:
                continue
            actor_id = _actor_id(index, analysis.article_id, speaker)
            key = _key(speaker, actor_id)
            if speaker.kind == "person":
                key = by_person.setdefault(person_key(speaker.name), key)
            group = groups.setdefault(key, _Group(actor_id))
            group.actor_id = group.actor_id or actor_id
            group.names[speaker.name] += 1
            group.profiles.append((speaker.title, speaker.affiliation))
            outlet = outlets.get(analysis.article_id)
            if outlet and outlet not in group.outlets:
                group.outlets.append(outlet)
            group.quotes.append((shared(analysis.article_id), compact(quote)))
    result = []
    for group in groups.values():
        actor = index.actor(group.actor_id) if group.actor_id else None
        name = actor.name if actor else group.names.most_common(1)[0][0]
        title, affiliation = pick_profile(group.profiles)
        result.append(
            SpeakerQuotes(
                actor_id=group.actor_id,
                name=name,
                title=title,
                affiliation=affiliation,
                outlets=tuple(group.outlets),
                quotes=tuple(group.quotes),
            )
        )
    return tuple(sorted(result, key=lambda s: (-len(s.quotes), s.name)))
