"""Where sources disagree: numbers that differ, and events one source reports and another denies."""

from __future__ import annotations

from collections import defaultdict

from storyline.model import ClaimGroup, Disagreement, Position, SourceRef, Story, StoryEvent
from storyline.present.summary import outlet_of
from storyline.present.words import event_type


def disagreements(story: Story) -> tuple[Disagreement, ...]:
    """Differing numbers first (in the story's order), then contradicting reports."""
    numbers = [_numbers(g) for g in story.claim_groups if g.status == "differ"]
    return tuple(numbers) + _reports(story)


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


def _reports(story: Story) -> tuple[Disagreement, ...]:
    """The same event (type, actors, recipients) that some sources report and others deny: the resolver keeps
    the two apart (a denial is its own event), so a contradiction is a pair of them."""
    names = {a.id: a.name for a in story.actors}
    by_key: dict[tuple[str, tuple[str, ...], tuple[str, ...]], dict[bool, list[StoryEvent]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for event in story.events:
        if not event.hypothetical:
            by_key[(event.type, event.actors, event.recipients)][event.negated].append(event)
    out = []
    for (kind, actors, recipients), sides in by_key.items():
        if not sides[True] or not sides[False]:
            continue
        who = ", ".join(names.get(a, a) for a in actors) or "someone"
        to = ", ".join(names.get(r, r) for r in recipients)
        topic = f"{event_type(str(kind))} by {who}" + (f" toward {to}" if to else "")
        positions = tuple(
            Position(
                label,
                tuple(sorted({outlet_of(s) for e in events for s in e.sources})),
                tuple(s for e in events for s in e.sources),
            )
            for label, events in (("reported", sides[False]), ("denied", sides[True]))
        )
        ids = tuple(e.id for e in sides[False] + sides[True])
        out.append(Disagreement("reports", topic, ids, positions))
    return tuple(out)
