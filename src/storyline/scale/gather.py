"""The story stage over shards: any number of analysis shards into one knowledge base, then the story."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from storyline.model import Skip, Story
from storyline.scale.shard import read_shard
from storyline.store import KnowledgeBase, open_kb

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GatherResult:
    """The resolved story and what loading the shards did."""

    story: Story
    """The largest story (the knowledge base's single story, as after ``storyline brief``)."""
    skips: tuple[Skip, ...]
    stored: int = 0
    """Articles written to the knowledge base by this run."""
    unchanged: int = 0
    """Articles already stored with the same analysis key (a shard read twice, or an earlier run)."""
    skipped: Counter[str] = field(default_factory=Counter)
    stories: tuple[Story, ...] = ()
    """Every story of the pile, largest first."""

    def line(self) -> str:
        reasons = ", ".join(f"{r}: {n}" for r, n in sorted(self.skipped.items()))
        skipped = sum(self.skipped.values())
        return (
            f"{self.stored} articles stored, {self.unchanged} already stored, {skipped} skipped"
            + (f" ({reasons})" if reasons else "")
            + f"; {len(self.story.actors)} actors"
        )


def gather(shards: Sequence[str | Path], kb: str | Path | KnowledgeBase | None = None) -> GatherResult:
    """Load every shard's analyses into ``kb`` (an article once, whatever shards repeat it) and resolve.

    The stories are clustered and resolved over the whole knowledge base exactly as ``storyline brief``
    does (``runner.resolve_kb``), so shards can be added run after run.
    """
    from storyline.runner import resolve_kb

    own = not isinstance(kb, KnowledgeBase)
    store = kb if isinstance(kb, KnowledgeBase) else open_kb(kb or ":memory:")
    skips: list[Skip] = []
    skipped: Counter[str] = Counter()
    stored = unchanged = 0
    try:
        for shard in shards:
            for row in read_shard(shard):
                if row.skip is not None:
                    skips.append(row.skip)
                    skipped[row.skip.reason] += 1
                    store.save_skip(row.skip)
                    continue
                assert row.article is not None and row.analysis is not None and row.analysis_key is not None
                if store.analysis_key(row.article.id) == row.analysis_key:
                    unchanged += 1
                    continue
                store.save_article(row.article, row.analysis, row.analysis_key)
                stored += 1
        story, stories = resolve_kb(store)
    finally:
        if own:
            store.close()
    return GatherResult(story, tuple(skips), stored, unchanged, skipped, tuple(stories))
