"""Builds the Story from every article's analysis: the whole resolve stage in one pure function."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date

from storyline.model import ArticleAnalysis, ArticleInfo, Story
from storyline.resolve.actors import resolve_actors
from storyline.resolve.claims import group_claims
from storyline.resolve.commitments import find_commitments
from storyline.resolve.events import merge_events
from storyline.resolve.relations import build_relations
from storyline.resolve.speakers import group_speakers

AnalysisSource = Callable[[Sequence[str]], Iterable[ArticleAnalysis]]
"""Given article ids, their analyses in that order (``KnowledgeBase.iter_analyses`` reads them from disk)."""


class _Passes:
    """The analyses of a story, read afresh on every pass: the resolvers walk them several times, and a big
    story's analyses need not all be in memory at once."""

    def __init__(self, source: AnalysisSource, ids: Sequence[str]) -> None:
        self._source, self._ids = source, ids

    def __iter__(self) -> Iterator[ArticleAnalysis]:
        return iter(self._source(self._ids))


def resolve_story_from(articles: Sequence[ArticleInfo], source: AnalysisSource) -> Story:
    """Resolve actors, then everything that hangs on them, from analyses read from ``source`` once per resolver.
    Articles are put in (published, id) order and their analyses read in that order, so the result is stable."""
    articles = sorted(articles, key=lambda a: (a.published or date.max, a.id))
    analyses = _Passes(source, [a.id for a in articles])
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
