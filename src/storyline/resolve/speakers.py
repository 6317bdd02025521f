"""Quotes grouped by speaker across articles (placeholder wiring, filled in by the quotes issue)."""

from __future__ import annotations

from collections.abc import Sequence

from storyline.model import ArticleAnalysis, ArticleInfo, SpeakerQuotes
from storyline.resolve.actors import ActorIndex


def group_speakers(
    index: ActorIndex, articles: Sequence[ArticleInfo], analyses: Sequence[ArticleAnalysis]
) -> tuple[SpeakerQuotes, ...]:
    """Each speaker once, with title, affiliation, outlets and quotes in order."""
    return ()
