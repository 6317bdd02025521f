"""Story-level sections on the hand-made world: merges, splits, noise actors, groups, events, relations, pacts."""

from __future__ import annotations

from dataclasses import replace

from storyline.eval import score
from storyline.eval.report import EvalReport, Section
from storyline.model import Actor, Alias, MentionLinks
from tests.eval.eval_world import World


def run(world: World) -> EvalReport:
    return score(world.gold, world.articles, world.analyses, world.story)


def figure(section: Section, name: str) -> float | None:
    return next(f.value for f in section.figures if f.name == name)


def test_two_people_merged_into_one_actor_fail_both_and_lower_merge_precision(world: World) -> None:
    petrov, smith, *rest = world.story.actors
    merged = replace(petrov, aliases=(*petrov.aliases, *smith.aliases))
    links = tuple(replace(x, actor_id=petrov.id) if x.actor_id == smith.id else x for x in world.story.links)
    section = run(world.with_story(actors=(merged, *rest), links=MentionLinks.of(links))).section("actors")
    assert (section.found, section.gold) == (3, 5)
    assert figure(section, "gold actor pairs merged") == 1
    assert figure(section, "merge precision (alias pairs)") == 1 / 3  # (Ivan Petrov, Petrov) right; 2 pairs wrong
    assert section.precision == 3 / 4
    assert any(m.startswith("Ivan Petrov: merged with Anna Smith") for m in section.missed)


def test_one_person_split_into_two_actors_is_not_found(world: World) -> None:
    twin = Actor("person:anna-smith-2", "Anna Smith", "person", aliases=(Alias("Anna Smith", 1),), articles=("art-b",))
    section = run(world.with_story(actors=(*world.story.actors, twin))).section("actors")
    assert section.found == 4 and section.missed[0].startswith("Anna Smith: 2 actors")
    assert (section.extracted, section.correct) == (6, 4)


def test_noise_names_must_not_be_actors(world: World) -> None:
    credit = Actor("organisation:photo-agency", "Photo Agency", "organisation", aliases=(Alias("Photo Agency", 1),))
    section = run(world.with_story(actors=(*world.story.actors, credit))).section("not_actors")
    assert (section.found, section.gold) == (1, 2)
    assert section.missed == ("Global Photo Agency (actor: photo agency)",)
    roe = Actor("person:jane-roe", "Jane Roe", "person", aliases=(Alias("Jane Roe", 1),))
    assert run(world.with_story(actors=(*world.story.actors, roe))).section("not_actors").missed[0].startswith("Jane")


def test_a_discrepancy_needs_every_claim_in_one_group_marked_differ(world: World) -> None:
    group = world.story.claim_groups[0]
    agree = run(world.with_story(claim_groups=(replace(group, status="agree"),))).section("discrepancies")
    assert agree.recall == 0 and figure(agree, "claims placed in one group") == 1.0
    halves = (replace(group, id="g1", claims=group.claims[:1]), replace(group, id="g2", claims=group.claims[1:]))
    split = run(world.with_story(claim_groups=halves)).section("discrepancies")
    assert split.recall == 0 and figure(split, "claims placed in one group") == 0.5
    assert (split.extracted, split.correct) == (2, 0)


def test_a_corroborated_event_needs_both_articles_as_sources(world: World) -> None:
    event = world.story.events[0]
    one = replace(event, sources=event.sources[:1])
    section = run(world.with_story(events=(one, replace(event, id="e2", sources=event.sources[1:])))).section(
        "corroborated_events"
    )
    assert (section.recall, section.extracted, section.correct) == (0, 2, 0)
    wrong_actor = replace(event, actors=("person:anna-smith",))
    assert run(world.with_story(events=(wrong_actor,))).section("corroborated_events").recall == 0


def test_a_cross_source_speaker_needs_quotes_from_both_outlets(world: World) -> None:
    speaker = world.story.speakers[0]
    only_a = replace(speaker, quotes=speaker.quotes[:1])
    assert run(world.with_story(speakers=(only_a,))).section("cross_source_speakers").recall == 0
    by_name = replace(speaker, actor_id=None)  # grouped by name only: still the same person
    assert run(world.with_story(speakers=(by_name,))).section("cross_source_speakers").recall == 1


def test_relations_need_the_gold_polarity(world: World) -> None:
    relation = world.story.relations[0]
    section = run(world.with_story(relations=(replace(relation, polarity="conflict"),))).section("relations")
    assert (section.recall, section.precision) == (0, 0)
    assert section.missed == ("Osterlich - Ruritania: want cooperation, got conflict",)


def test_commitments_check_each_part(world: World) -> None:
    commitment = world.story.commitments[0]
    one_source = replace(commitment, sources=commitment.sources[:1], signed="2024-10")
    section = run(world.with_story(commitments=(one_source,))).section("commitments")
    assert section.recall == 0
    assert figure(section, "parties found") == 1 and figure(section, "kind right") == 1
    assert figure(section, "sources right") == 0 and figure(section, "since right") == 0
    assert figure(section, "text right") == 1
    other_parties = replace(commitment, parties=("state:OST",))
    section = run(world.with_story(commitments=(other_parties,))).section("commitments")
    assert figure(section, "parties found") == 0 and section.extracted == 0


def test_story_facts_resolve_through_links_when_actor_names_differ(world: World) -> None:
    # The system names the state by its official name; its aliases (mention texts) still anchor it.
    official = replace(world.story.actors[2], name="Republic of Osterlich")
    actors = (*world.story.actors[:2], official, *world.story.actors[3:])
    report = run(world.with_story(actors=actors))
    assert report.section("relations").recall == 1 and report.section("actors").recall == 1
