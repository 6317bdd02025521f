"""Events merged across articles (placeholder wiring, filled in by the time-and-events issue)."""

from __future__ import annotations

from collections.abc import Sequence

from storyline.model import ArticleAnalysis, ArticleInfo, StoryEvent
from storyline.resolve.actors import ActorIndex


def merge_events(
    index: ActorIndex, articles: Sequence[ArticleInfo], analyses: Sequence[ArticleAnalysis]
) -> tuple[StoryEvent, ...]:
    """One StoryEvent per event reported, with every source; in date order."""
    return ()
