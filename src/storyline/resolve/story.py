"""Builds the Story from every article's analysis: the whole resolve stage in one pure function."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from storyline.model import ArticleAnalysis, ArticleInfo, Story
from storyline.resolve.actors import resolve_actors
from storyline.resolve.claims import group_claims
from storyline.resolve.commitments import find_commitments
from storyline.resolve.events import merge_events
from storyline.resolve.relations import build_relations
from storyline.resolve.speakers import group_speakers


def resolve_story(articles: Sequence[ArticleInfo], analyses: Sequence[ArticleAnalysis]) -> Story:
    """Resolve actors, then everything that hangs on them. Inputs are sorted so the result is stable."""
    articles = sorted(articles, key=lambda a: (a.published or date.max, a.id))
    order = {a.id: i for i, a in enumerate(articles)}
    analyses = sorted(analyses, key=lambda a: order.get(a.article_id, len(order)))
    index = resolve_actors(articles, analyses)
    events = merge_events(index, articles, analyses)
    return Story(
        articles=tuple(articles),
        actors=index.actors,
        links=index.links,
        speakers=group_speakers(index, articles, analyses),
        claim_groups=group_claims(index, articles, analyses),
        events=events,
        relations=build_relations(index, events),
        commitments=find_commitments(index, articles, analyses, events),
    )
