"""Events scored with people read as the states they act for; corroborated events identified by their date."""

from __future__ import annotations

from dataclasses import replace

from storyline.eval import score
from storyline.eval.report import EvalReport
from tests.eval.eval_world import TEXT_A, World, ref


def run(world: World) -> EvalReport:
    return score(world.gold, world.articles, world.analyses, world.story)


def _petrov_acts_for_osterlich(world: World) -> World:
    actors = tuple(replace(a, acts_for="state:OST") if a.id == "person:ivan-petrov" else a for a in world.story.actors)
    return world.with_story(actors=actors)


def test_person_for_state_counts_only_when_the_person_acts_for_it(world: World) -> None:
    petrov = ref(TEXT_A, "Ivan Petrov", "“This")
    by_petrov = replace(world.a.events[0], actors=(petrov,))
    changed = world.with_analysis(0, events=(by_petrov,))
    assert run(changed).section("events").found == 1  # only article b's event is right
    assert run(_petrov_acts_for_osterlich(changed)).section("events").found == 2


def test_corroborated_event_with_a_leader_for_the_state(world: World) -> None:
    event = replace(world.story.events[0], actors=("person:ivan-petrov",))
    changed = world.with_story(events=(event,))
    assert run(changed).section("corroborated_events").recall == 0
    assert run(_petrov_acts_for_osterlich(changed)).section("corroborated_events").recall == 1


def test_corroborated_event_at_another_date_is_not_a_candidate(world: World) -> None:
    dated = replace(world.gold.story.corroborated_events[0], date="2024-11")
    gold = replace(world.gold, story=replace(world.gold.story, corroborated_events=(dated,)))
    other = replace(world.story.events[0], id="e2", date="2023-05", sources=world.story.events[0].sources[:1])
    section = run(replace(world, gold=gold).with_story(events=(world.story.events[0], other))).section(
        "corroborated_events"
    )
    assert (section.recall, section.extracted, section.correct) == (1, 1, 1)
