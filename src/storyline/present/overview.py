"""What a brief and the web overview lead with, computed once from a story: the key developments, where sources
disagree, what one outlet alone reports, and the per-outlet view. brief.json carries all four."""

from __future__ import annotations

from dataclasses import dataclass

from storyline.model import Disagreement, OutletView, Statement, Story
from storyline.present.disagree import disagreements
from storyline.present.outlets import outlet_views
from storyline.present.summary import Sentences, key_developments, single_outlet

KEYS = ("key_developments", "disagreements", "single_outlet", "outlets")
"""The keys brief.json gains, in this order, after the story's own."""


@dataclass(frozen=True)
class Overview:
    """The lead sections of a brief."""

    key_developments: tuple[Statement, ...]
    disagreements: tuple[Disagreement, ...]
    single_outlet: tuple[Statement, ...]
    outlets: tuple[OutletView, ...]


def overview(story: Story, sentences: Sentences | None = None) -> Overview:
    """The lead sections of ``story``; ``sentences`` (``present.sentences.claim_sentences``) lets claim groups be
    stated too, not only events."""
    only = single_outlet(story, sentences)
    return Overview(key_developments(story, sentences), disagreements(story), only, outlet_views(story, only))
