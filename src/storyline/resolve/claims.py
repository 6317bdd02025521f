"""Claims about the same quantity grouped across articles (placeholder wiring, filled in by the numbers issue)."""

from __future__ import annotations

from collections.abc import Sequence

from storyline.model import ArticleAnalysis, ArticleInfo, ClaimGroup
from storyline.resolve.actors import ActorIndex


def group_claims(
    index: ActorIndex, articles: Sequence[ArticleInfo], analyses: Sequence[ArticleAnalysis]
) -> tuple[ClaimGroup, ...]:
    """Claim groups, discrepancies first."""
    return ()
