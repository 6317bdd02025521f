"""Scores an extraction (articles, analyses, story) against gold: one EvalReport with every section."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import PurePath

from storyline.eval.articles import (
    Case,
    Context,
    score_body,
    score_claims,
    score_events,
    score_pull_quotes,
    score_quotes,
    score_speakers,
    score_times,
)
from storyline.eval.gold import Gold
from storyline.eval.match import ActorMap, Reach
from storyline.eval.report import EvalReport
from storyline.eval.story import (
    StoryContext,
    score_actors,
    score_commitments,
    score_corroborated,
    score_cross_speakers,
    score_discrepancies,
    score_not_actors,
    score_relations,
)
from storyline.model import Article, ArticleAnalysis, Story

log = logging.getLogger(__name__)


def file_name(source: str) -> str:
    """The base name gold files are keyed by: "examples/seeds/000_x.txt" -> "000_x.txt"."""
    return PurePath(source).name


def score(gold: Gold, articles: Sequence[Article], analyses: Sequence[ArticleAnalysis], story: Story) -> EvalReport:
    """Score every gold section. Articles map to gold articles by the base name of ``Article.source``."""
    by_file: dict[str, Article] = {}
    unmatched: list[str] = []
    files = set(gold.files)
    for article in articles:
        name = file_name(article.source)
        if name in files and name not in by_file:
            by_file[name] = article
        else:
            unmatched.append(article.source)
    by_id = {analysis.article_id: analysis for analysis in analyses}
    cases = tuple(
        Case(g, by_file.get(g.file), by_id.get(by_file[g.file].id if g.file in by_file else "", ArticleAnalysis("")))
        for g in gold.articles
    )
    file_of = {info.id: file_name(info.source) for info in story.articles if file_name(info.source) in files}
    file_of.update({article.id: name for name, article in by_file.items()})
    reach = Reach({f: a.text for f, a in by_file.items()}, {g.file: g.not_body for g in gold.articles})
    actors = ActorMap(gold.story.actors, story)
    ctx = Context(cases, actors, reach)
    story_ctx = StoryContext(gold, story, actors, reach, file_of)
    sections = (
        score_body(ctx),
        score_pull_quotes(ctx),
        score_quotes(ctx),
        score_speakers(ctx),
        score_claims(ctx),
        score_times(ctx),
        score_events(ctx),
        score_actors(story_ctx),
        score_not_actors(story_ctx),
        score_discrepancies(story_ctx),
        score_corroborated(story_ctx),
        score_cross_speakers(story_ctx),
        score_relations(story_ctx),
        score_commitments(story_ctx),
    )
    missing = tuple(g.file for g in gold.articles if g.file not in by_file)
    if missing:
        log.warning("no extracted article for gold files: %s", ", ".join(missing))
    matched = tuple((f, a.id) for f, a in by_file.items())
    return EvalReport(str(gold.path), sections, matched, missing, tuple(unmatched))
