"""Relations between actors: the events between them aggregated into a cooperation/conflict stance.

Each event contributes its type's score to every pair it links (actors x recipients; co-actors of a joint
action, who cooperate), weighted by how many articles report it. People stand for the state they act for.
Where two actors have no events between them, military support to one side of a conflict is read as
conflict with the other side ("A sends troops to X, X fights Y" -> A-Y conflict), marked as derived.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

from storyline.model import Relation, StoryEvent
from storyline.resolve.actors import ActorIndex
from storyline.resolve.commitments import principal
from storyline.resolve.timekeys import date_key

POLARITY_THRESHOLD = 1.0
"""|score| below this is neutral (scores run -10..10)."""
HYPOTHETICAL_WEIGHT = 0.25
"""A possible or planned event ("could soon enter into combat") counts a quarter of a fact."""
BACKGROUND_WEIGHT = 0.5
"""Background events (well before the story) count half: the stance is the story's, not history's."""
DERIVED_WEIGHT = 0.5
"""Weight of a derived contribution, relative to one reported event."""
TREND_DELTA = 1.0
"""Change of mean score between the earlier and the later half of the dated evidence that makes a trend."""
# Events by which an actor takes one side's part in a conflict: any AID, or support and cooperation of a
# military kind.
_SIDING_TYPES = {"AID": None, "SUPPORT": {"military", "weapons"}, "COOPERATE": {"military", "weapons"}}


@dataclass(frozen=True)
class _Contribution:
    event_id: str
    score: float
    weight: float
    date: float | None
    via: str | None = None


def build_relations(index: ActorIndex, events: Sequence[StoryEvent]) -> tuple[Relation, ...]:
    """One relation per pair of actors with events between them, plus derived ones (see the module doc)."""
    direct: dict[tuple[str, str], list[_Contribution]] = defaultdict(list)
    sides: dict[str, list[tuple[str, str]]] = defaultdict(list)  # X -> [(A, event id)]: A takes X's part
    for event in events:
        if event.negated:
            continue
        weight = _weight(event)
        actors = _principals(index, event.actors)
        recipients = [r for r in _principals(index, event.recipients) if r not in actors]
        when = date_key(event.date)
        for a in actors:
            for b in recipients:
                direct[_pair(a, b)].append(_Contribution(event.id, event.score, weight, when))
        for a, b in combinations(actors, 2):
            # Co-actors of a joint action cooperate, even when acting against someone; with nobody on the
            # receiving end a conflict event is between them ("talks between X and Y broke down").
            score = abs(event.score) if recipients or event.score > 0 else event.score
            direct[_pair(a, b)].append(_Contribution(event.id, score, weight, when))
        if _siding(event):
            for a in actors:
                for b in recipients:
                    sides[b].append((a, event.id))
            for a, b in combinations(actors, 2):
                sides[a].append((b, event.id))
                sides[b].append((a, event.id))
    relations = {pair: _relation(pair, found) for pair, found in direct.items()}
    derived = _derived(relations, sides, direct)
    for pair, found in derived.items():
        current = relations.get(pair)
        if current is None or current.polarity == "neutral":
            relations[pair] = _relation(pair, direct.get(pair, []) + found, derived=True)
    return tuple(sorted(relations.values(), key=lambda r: (-len(r.events), r.a, r.b)))


def _principals(index: ActorIndex, actor_ids: Iterable[str]) -> list[str]:
    found: list[str] = []
    for actor_id in actor_ids:
        actor = principal(index, actor_id)
        if actor not in found:
            found.append(actor)
    return found


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def _weight(event: StoryEvent) -> float:
    weight = float(max(1, len({source.article_id for source in event.sources})))
    if event.hypothetical:
        weight *= HYPOTHETICAL_WEIGHT
    if event.background:
        weight *= BACKGROUND_WEIGHT
    return weight


def _siding(event: StoryEvent) -> bool:
    if event.hypothetical or event.type not in _SIDING_TYPES:
        return False
    modes = _SIDING_TYPES[event.type]
    return modes is None or event.mode in modes


def _derived(
    relations: dict[tuple[str, str], Relation],
    sides: dict[str, list[tuple[str, str]]],
    direct: dict[tuple[str, str], list[_Contribution]],
) -> dict[tuple[str, str], list[_Contribution]]:
    """A takes X's part, X and Y are in conflict: a conflict contribution to A-Y (one step, direct relations only)."""
    found: dict[tuple[str, str], list[_Contribution]] = defaultdict(list)
    for (x, y), relation in sorted(relations.items()):
        if relation.polarity != "conflict":
            continue
        for side, enemy in ((x, y), (y, x)):
            for helper, event_id in sides.get(side, ()):
                if helper in (side, enemy):
                    continue
                pair = _pair(helper, enemy)
                found[pair].append(_Contribution(event_id, relation.score, DERIVED_WEIGHT, None, via=side))
                found[pair].extend(
                    _Contribution(c.event_id, relation.score, 0.0, c.date, via=side) for c in direct[(x, y)]
                )
    return found


def _relation(pair: tuple[str, str], found: list[_Contribution], derived: bool = False) -> Relation:
    total = sum(c.weight for c in found)
    score = sum(c.score * c.weight for c in found) / total if total else 0.0
    if score >= POLARITY_THRESHOLD:
        polarity = "cooperation"
    elif score <= -POLARITY_THRESHOLD:
        polarity = "conflict"
    else:
        polarity = "neutral"
    return Relation(
        a=pair[0],
        b=pair[1],
        score=round(score, 2),
        polarity=polarity,
        trend=_trend([c for c in found if c.weight > 0 and c.via is None]),
        events=tuple(sorted({c.event_id for c in found})),
        derived=derived,
        via=tuple(sorted({c.via for c in found if c.via})),
    )


def _trend(found: list[_Contribution]) -> str:
    dated = sorted((c for c in found if c.date is not None), key=lambda c: c.date or 0.0)
    if len({c.date for c in dated}) < 2:
        return "unknown"
    half = len(dated) // 2
    earlier, later = dated[:half], dated[half:]
    change = _mean(later) - _mean(earlier)
    if change >= TREND_DELTA:
        return "rising"
    if change <= -TREND_DELTA:
        return "falling"
    return "steady"


def _mean(found: list[_Contribution]) -> float:
    total = sum(c.weight for c in found)
    return sum(c.score * c.weight for c in found) / total if total else 0.0
