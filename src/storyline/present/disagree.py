"""Where sources disagree: numbers that differ, and acts one source reports and another denies or negates."""

from __future__ import annotations

from collections import defaultdict

from storyline.model import ClaimGroup, Disagreement, Position, SourceRef, Story
from storyline.present.contradict import contradictions
from storyline.present.summary import outlet_of


def disagreements(story: Story) -> tuple[Disagreement, ...]:
    """Differing numbers first (in the story's order), then contradicting reports."""
    numbers = [_numbers(g) for g in story.claim_groups if g.status == "differ"]
    return tuple(numbers) + contradictions(story)


def _numbers(group: ClaimGroup) -> Disagreement:
    """One position per distinct value, labelled as the first source wrote it."""
    sides: dict[tuple[object, ...], list[SourceRef]] = defaultdict(list)
    labels: dict[tuple[object, ...], str] = {}
    for ref in group.claims:
        c = ref.claim
        key = (c.kind, c.value, c.low, c.high, c.unit)
        labels.setdefault(key, c.text)
        sides[key].append(SourceRef(ref.article_id, ref.outlet, c.sent, c.start, c.end, c.text))
    positions = tuple(
        Position(labels[key], tuple(sorted({outlet_of(s) for s in sources})), tuple(sources))
        for key, sources in sides.items()
    )
    return Disagreement("numbers", group.topic, (group.id,), positions)
