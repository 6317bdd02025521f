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
MIN_EVIDENCE = 0.5
"""Total evidence weight below which a pair is neutral whatever its score (e.g. one hypothetical event)."""
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
    sides: dict[str, list[tuple[str, str, float]]] = defaultdict(list)  # X -> [(A, event id, weight)]: A sides with X
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
                    sides[b].append((a, event.id, weight))
            for a, b in combinations(actors, 2):
                sides[a].append((b, event.id, weight))
                sides[b].append((a, event.id, weight))
    relations = {pair: _relation(pair, found) for pair, found in direct.items()}
    for pair, (found, strength) in _derived(relations, sides, direct).items():
        current = relations.get(pair)
        own = direct.get(pair, [])
        # A weakly attested direct stance that contradicts a better attested triangle (A sides with X, X fights
        # Y, yet A "cooperates" with Y on one report) is more likely a misreading than a fact: the triangle wins.
        if (
            current is None
            or current.polarity == "neutral"
            or (current.polarity != "conflict" and strength > sum(c.weight for c in own))
        ):
            evidence = [_Contribution(c.event_id, c.score, 0.0, c.date) for c in own]
            relations[pair] = _relation(pair, found + evidence, derived=True)
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
    sides: dict[str, list[tuple[str, str, float]]],
    direct: dict[tuple[str, str], list[_Contribution]],
) -> dict[tuple[str, str], tuple[list[_Contribution], float]]:
    """A sides with X, X and Y are in conflict: conflict contributions to A-Y (one step, direct relations only),
    with the strength of the inference (the weaker of its two legs' evidence weights)."""
    found: dict[tuple[str, str], list[_Contribution]] = defaultdict(list)
    strength: dict[tuple[str, str], float] = defaultdict(float)
    for (x, y), relation in sorted(relations.items()):
        if relation.polarity != "conflict":
            continue
        conflict_weight = sum(c.weight for c in direct[(x, y)])
        for side, enemy in ((x, y), (y, x)):
            helpers: dict[str, list[tuple[str, float]]] = defaultdict(list)
            for helper, event_id, weight in sides.get(side, ()):
                if helper not in (side, enemy):
                    helpers[helper].append((event_id, weight))
            for helper, siding in sorted(helpers.items()):
                pair = _pair(helper, enemy)
                found[pair].extend(
                    _Contribution(event_id, relation.score, DERIVED_WEIGHT, None, via=side) for event_id, _ in siding
                )
                found[pair].extend(
                    _Contribution(c.event_id, relation.score, 0.0, c.date, via=side) for c in direct[(x, y)]
                )
                leg = min(sum(weight for _, weight in siding), conflict_weight)
                strength[pair] = max(strength[pair], leg)
    return {pair: (contributions, strength[pair]) for pair, contributions in found.items()}


def _relation(pair: tuple[str, str], found: list[_Contribution], derived: bool = False) -> Relation:
    total = sum(c.weight for c in found)
    score = sum(c.score * c.weight for c in found) / total if total else 0.0
    if total < MIN_EVIDENCE:
        polarity = "neutral"  # possible events alone ("could soon attack") make no stance
    elif score >= POLARITY_THRESHOLD:
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
