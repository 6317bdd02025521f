"""Standing commitments the texts state (placeholder wiring, filled in by its issue)."""

from __future__ import annotations

from collections.abc import Sequence

from storyline.model import ArticleAnalysis, ArticleInfo, Commitment, StoryEvent
from storyline.resolve.actors import ActorIndex


def find_commitments(
    index: ActorIndex,
    articles: Sequence[ArticleInfo],
    analyses: Sequence[ArticleAnalysis],
    events: Sequence[StoryEvent],
) -> tuple[Commitment, ...]:
    """Commitments merged across articles, with parties, terms, dates and sources."""
    return ()
