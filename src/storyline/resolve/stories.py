"""Several stories in one pile: cluster new articles into stories, then resolve each story on its own."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from datetime import date

from storyline.errors import ConfigError
from storyline.model import ArticleInfo, Story
from storyline.resolve.cluster import ArticleFeatures, Clusterer, article_features
from storyline.resolve.story import AnalysisSource, resolve_story_from
from storyline.store import KnowledgeBase

TITLE_ACTORS = 3
"""How many main actors follow the central article's title in a story's generated title."""


def assign_stories(
    infos: Sequence[ArticleInfo], features_of: Callable[[str], ArticleFeatures], assignments: Mapping[str, str]
) -> Clusterer:
    """Restore the stored assignments, then add every unassigned article, each pass in (published, id) order.

    ``features_of(article_id)`` is called once per article, so the texts need not all be in memory at once.
    """
    order = sorted(infos, key=lambda a: (a.published or date.max, a.id))
    clusterer = Clusterer(keep_vectors=False)
    for info in order:
        if info.id in assignments:
            clusterer.keep(features_of(info.id), assignments[info.id])
    for info in order:
        if info.id not in assignments:
            clusterer.add(features_of(info.id))
    return clusterer


def features_loader(kb: KnowledgeBase) -> Callable[[str], ArticleFeatures]:
    """Clustering features of one stored article, read from the knowledge base when asked for."""

    def load(article_id: str) -> ArticleFeatures:
        article = kb.article(article_id)
        if article is None:
            raise ConfigError(f"no article '{article_id}' in {kb.path}")
        return article_features(
            article.id,
            article.clean_text(),
            kb.analysis(article_id),
            published=article.published,
            title=article.title,
        )

    return load


def story_title(story: Story, central: ArticleInfo | None) -> str:
    """The central article's title, then the main actors ("Airbus launches A380 — Airbus, Boeing, France")."""
    head = (central.title if central and central.title else None) or next(
        (a.title for a in story.articles if a.title), "Untitled story"
    )
    main = [a.name for a in sorted(story.actors, key=lambda a: (-a.mentions, a.name))[:TITLE_ACTORS]]
    return f"{head} — {', '.join(main)}" if main else head


def resolve_stories(
    infos: Sequence[ArticleInfo],
    source: AnalysisSource,
    clusterer: Clusterer,
    resolved: Callable[[Story], None] | None = None,
) -> list[Story]:
    """Resolve each story over its own articles (analyses read from ``source``, one story at a time); largest
    story first, then by first article.

    ``resolved`` is called with each story as soon as it is resolved. The smaller stories are resolved first:
    a brief sends a resolved story's pictures to its idle workers (``runner.run``), and a small story's
    pictures keep them busy while this process resolves the large one, the longest step. Each story is
    resolved from its own articles alone, so the order changes nothing in the stories."""
    by_id = {a.id: a for a in infos}
    out = []
    for sid, cluster in sorted(clusterer.clusters.items(), key=lambda item: len(item[1].members)):
        members = [dataclasses.replace(by_id[a], story_id=sid) for a in cluster.members if a in by_id]
        if not members:
            continue
        story = resolve_story_from(members, source)
        central = by_id.get(clusterer.central(sid))
        story = dataclasses.replace(story, id=sid, title=story_title(story, central))
        if resolved is not None:
            resolved(story)
        out.append(story)
    return sorted(out, key=_size_then_start)


def _size_then_start(story: Story) -> tuple[int, str, str]:
    days = [a.published.isoformat() for a in story.articles if a.published]
    return (-len(story.articles), min(days, default=""), story.id)


def regroup(
    kb: KnowledgeBase, *, merge: tuple[str, str] | None = None, split: tuple[str, Sequence[str]] | None = None
) -> list[Story]:
    """Merge story ``merge[1]`` into ``merge[0]``, or split articles ``split[1]`` out of story ``split[0]``; then
    store the new assignments and re-resolve. Later runs keep the new grouping (assignments are never redone)."""
    load = features_loader(kb)
    assignments = kb.story_assignments()
    clusterer = Clusterer.restore((load(a) for a in kb.article_ids() if a in assignments), assignments)
    for story_id in [*(merge or ()), *([split[0]] if split else [])]:
        if story_id not in clusterer.clusters:
            raise ConfigError(f"no story '{story_id}' in {kb.path}")
    if merge:
        clusterer.merge(*merge)
    if split:
        members = set(clusterer.clusters[split[0]].members)
        unknown = [a for a in split[1] if a not in members]
        if unknown or not split[1]:
            raise ConfigError(f"not articles of story '{split[0]}': {', '.join(unknown) or '(none given)'}")
        clusterer.split(split[0], split[1])
    kb.save_assignments(clusterer.assignments)
    stories = resolve_stories(kb.article_infos(), kb.iter_analyses, clusterer)
    kb.save_stories(stories)
    return stories
