"""Relations: event scores aggregated per pair, people standing for their states, derived conflicts, trends."""

from __future__ import annotations

from storyline.model import Actor, MentionLinks, SourceRef, StoryEvent
from storyline.resolve.actors import ActorIndex
from storyline.resolve.relations import build_relations
from storyline.resolve.timekeys import date_key

SCORES = {"AGREE": 4.0, "AID": 7.0, "COOPERATE": 6.0, "ASSAULT": -9.0, "ACCUSE": -2.0, "REJECT": -4.0, "CONSULT": 1.0}


def _index() -> ActorIndex:
    actors = (
        Actor(id="state:AAA", name="Avalon", type="state", code="AAA"),
        Actor(id="state:BBB", name="Borduria", type="state", code="BBB"),
        Actor(id="state:CCC", name="Carpania", type="state", code="CCC"),
        Actor(id="state:DDD", name="Dorlan", type="state", code="DDD"),
        Actor(id="person:ana", name="Ana Leader", type="person", acts_for="state:AAA"),
        Actor(id="person:lone", name="Lone Analyst", type="person"),
    )
    return ActorIndex(actors=actors, links=MentionLinks())


def _event(
    id: str, type: str, actors: tuple[str, ...], recipients: tuple[str, ...] = (), *, articles: int = 1, **kw: object
) -> StoryEvent:
    sources = tuple(SourceRef(f"art{i}", None, 0, 0, 1, "x") for i in range(articles))
    return StoryEvent(
        id=id,
        type=type,
        actors=actors,
        recipients=recipients,
        mode=kw.pop("mode", None),  # type: ignore[arg-type]
        date=kw.pop("date", None),
        cameo=None,
        score=SCORES[type],
        sources=sources,
        **kw,  # type: ignore[arg-type]
    )


def _by_pair(relations):  # type: ignore[no-untyped-def]
    return {(r.a, r.b): r for r in relations}


def test_actor_recipient_pairs_take_the_event_score_and_people_stand_for_their_state() -> None:
    relations = _by_pair(build_relations(_index(), [_event("e1", "AID", ("person:ana",), ("state:BBB",))]))
    assert set(relations) == {("state:AAA", "state:BBB")}
    relation = relations[("state:AAA", "state:BBB")]
    assert relation.polarity == "cooperation" and relation.score == 7.0 and relation.events == ("e1",)
    assert not relation.derived


def test_a_person_without_a_state_stays_a_person() -> None:
    relations = _by_pair(build_relations(_index(), [_event("e1", "ACCUSE", ("person:lone",), ("state:BBB",))]))
    assert ("person:lone", "state:BBB") in relations


def test_co_actors_of_a_joint_action_cooperate_even_against_someone() -> None:
    events = [_event("e1", "ASSAULT", ("state:AAA", "state:BBB"), ("state:CCC",))]
    relations = _by_pair(build_relations(_index(), events))
    assert relations[("state:AAA", "state:BBB")].polarity == "cooperation"
    assert relations[("state:AAA", "state:CCC")].polarity == "conflict"
    assert relations[("state:BBB", "state:CCC")].polarity == "conflict"


def test_co_actors_of_a_conflict_event_without_recipients_are_in_conflict() -> None:
    relations = _by_pair(build_relations(_index(), [_event("e1", "REJECT", ("state:AAA", "state:BBB"))]))
    assert relations[("state:AAA", "state:BBB")].polarity == "conflict"


def test_score_is_weighted_by_number_of_sources() -> None:
    events = [
        _event("e1", "AGREE", ("state:AAA",), ("state:BBB",), articles=3),
        _event("e2", "ASSAULT", ("state:AAA",), ("state:BBB",), articles=1),
    ]
    relation = build_relations(_index(), events)[0]
    assert relation.score == round((3 * 4.0 - 9.0) / 4, 2)
    assert relation.polarity == "neutral"


def test_negated_events_are_skipped_and_hypothetical_ones_down_weighted() -> None:
    events = [
        _event("e1", "ASSAULT", ("state:AAA",), ("state:BBB",), negated=True),
        _event("e2", "AGREE", ("state:AAA",), ("state:BBB",)),
        _event("e3", "ASSAULT", ("state:AAA",), ("state:BBB",), hypothetical=True),
    ]
    relation = build_relations(_index(), events)[0]
    assert "e1" not in relation.events
    assert relation.polarity == "cooperation"  # (4 - 9 * 0.25) / 1.25 = 1.4


def test_military_support_to_one_side_of_a_conflict_is_a_derived_conflict_with_the_other() -> None:
    events = [
        _event("aid", "AID", ("state:AAA",), ("state:BBB",), mode="military"),
        _event("war", "ASSAULT", ("state:BBB",), ("state:CCC",)),
    ]
    relations = _by_pair(build_relations(_index(), events))
    derived = relations[("state:AAA", "state:CCC")]
    assert derived.polarity == "conflict" and derived.derived and derived.via == ("state:BBB",)
    assert set(derived.events) == {"aid", "war"}
    assert not relations[("state:AAA", "state:BBB")].derived


def test_direct_evidence_wins_over_a_derived_inference() -> None:
    events = [
        _event("aid", "AID", ("state:AAA",), ("state:BBB",), mode="military"),
        _event("war", "ASSAULT", ("state:BBB",), ("state:CCC",)),
        _event("deal", "AGREE", ("state:AAA",), ("state:CCC",)),
    ]
    relation = _by_pair(build_relations(_index(), events))[("state:AAA", "state:CCC")]
    assert relation.polarity == "cooperation" and not relation.derived


def test_economic_cooperation_does_not_take_sides() -> None:
    events = [
        _event("trade", "COOPERATE", ("state:AAA",), ("state:BBB",), mode="economic"),
        _event("war", "ASSAULT", ("state:BBB",), ("state:CCC",)),
    ]
    assert ("state:AAA", "state:CCC") not in _by_pair(build_relations(_index(), events))


def test_trend_follows_the_dates() -> None:
    events = [
        _event("e1", "CONSULT", ("state:AAA",), ("state:DDD",), date="2019-06-30"),
        _event("e2", "AGREE", ("state:AAA",), ("state:DDD",), date="2020-01"),
        _event("e3", "ACCUSE", ("state:AAA",), ("state:DDD",), date="2024-01"),
        _event("e4", "ASSAULT", ("state:AAA",), ("state:DDD",), date="2024-W45"),
    ]
    assert build_relations(_index(), events)[0].trend == "falling"
    assert build_relations(_index(), events[:1])[0].trend == "unknown"


def test_date_key_orders_timex_values() -> None:
    assert date_key("2024-06") < date_key("2024-W45") < date_key("2024-11-12")  # type: ignore[operator]
    assert date_key("1950/1953") == 1950.0
    assert date_key(None) is None and date_key("PAST_REF") is None


def test_a_weak_direct_stance_contradicting_a_better_attested_triangle_is_overruled() -> None:
    events = [
        _event("aid", "AID", ("state:AAA",), ("state:BBB",), mode="military", articles=3),
        _event("war", "ASSAULT", ("state:BBB",), ("state:CCC",), articles=2),
        _event("misread", "AID", ("state:AAA",), ("state:CCC",)),  # one report, contradicts the triangle
    ]
    relation = _by_pair(build_relations(_index(), events))[("state:AAA", "state:CCC")]
    assert relation.polarity == "conflict" and relation.derived and "misread" in relation.events
    events[-1] = _event("misread", "AID", ("state:AAA",), ("state:CCC",), articles=3)  # now as well attested
    relation = _by_pair(build_relations(_index(), events))[("state:AAA", "state:CCC")]
    assert relation.polarity == "cooperation" and not relation.derived


def test_possible_events_alone_make_no_stance() -> None:
    events = [_event("e1", "ASSAULT", ("state:AAA",), ("state:BBB",), hypothetical=True)]
    assert build_relations(_index(), events)[0].polarity == "neutral"
