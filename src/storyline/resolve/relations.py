"""Relations between actors from the events between them (placeholder wiring, filled in by its issue)."""

from __future__ import annotations

from collections.abc import Sequence

from storyline.model import Relation, StoryEvent
from storyline.resolve.actors import ActorIndex


def build_relations(index: ActorIndex, events: Sequence[StoryEvent]) -> tuple[Relation, ...]:
    """One relation per pair of actors with events between them."""
    return ()
