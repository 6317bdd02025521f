"""The shared matcher: crediting gold items once, strong and weak names, and resolving to gold actors."""

from __future__ import annotations

import pytest

from storyline.eval.gold import GoldActor, GoldValue
from storyline.eval.match import ActorMap, Reach, match_items, strong_names, value_ok
from storyline.model import Actor, Alias, Claim, MentionLink, MentionLinks, Ref, Story

CHA = GoldActor("Victor Cha", "person", ("Victor Cha", "Victor D. Cha", "Cha", "The foreign policy analyst"))
JEAN = GoldActor("Jean H. Lee", "person", ("Jean H. Lee",))
RACHEL = GoldActor("Rachel Minyoung Lee", "person", ("Rachel Minyoung Lee",))
NORTH = GoldActor("North Korea", "country", ("North Korea", "Pyongyang", "the North"))


def actor(actor_id: str, name: str, *aliases: str, articles: tuple[str, ...] = ("a",)) -> Actor:
    return Actor(actor_id, name, "person", aliases=tuple(Alias(a, 1) for a in aliases), articles=articles)


def test_a_gold_item_credits_one_extracted_item_but_one_item_may_cover_two() -> None:
    golds = ["one", "two"]
    # Item 0 is a duplicate of item 1 for "one"; item 2 covers both gold items.
    matched = match_items(golds, ["one", "one", "one two"], lambda g, e: g in e, lambda g, e: True)
    assert matched.found == 2 and matched.by_text == (True, True)
    assert len(matched.correct) == 2  # one of the three items is a false positive
    alone = match_items(golds, ["one two"], lambda g, e: g in e, lambda g, e: True)
    assert alone.found == 2 and alone.correct == {0}
    wrong = match_items(golds, ["one"], lambda g, e: g in e, lambda g, e: False)
    assert wrong.found == 0 and wrong.by_text == (True, False)


def test_only_full_names_identify_a_person_on_their_own() -> None:
    assert strong_names(CHA) == {"victor cha", "victor d. cha"}
    assert strong_names(NORTH) == {"north korea", "pyongyang", "north"}
    assert strong_names(GoldActor("Madonna", "person", ("Madonna", "Madge"))) == {"madonna"}


def test_a_surname_named_actor_is_not_credited_to_the_full_name() -> None:
    # The system left "Cha" as an actor of its own: a gold alias "Cha" must not map it to Victor Cha.
    story = Story(
        actors=(actor("p:victor-cha", "Victor Cha", "Victor Cha"), actor("p:cha", "Cha", "Cha")),
        links=MentionLinks.of((MentionLink("a", 50, 53, "p:cha"),)),
    )
    actors = ActorMap([CHA], story)
    assert actors.anchors["Victor Cha"] == {"p:victor-cha"}
    assert actors.gold_of_name("a", "Cha") is None
    assert actors.gold_of_ref("a", Ref(50, 53, "Cha")) is None
    assert not actors.refers_to("Victor Cha", "a", "Cha", Ref(50, 53, "Cha"))
    assert actors.refers_to("Victor Cha", "a", "Victor Cha", Ref(50, 53, "Cha"))  # the quote resolved the name


def test_a_surname_inside_the_full_names_actor_is_that_actor() -> None:
    story = Story(
        actors=(actor("p:victor-cha", "Victor Cha", "Victor Cha", "Cha"),),
        links=MentionLinks.of((MentionLink("a", 50, 53, "p:victor-cha"),)),
    )
    actors = ActorMap([CHA], story)
    assert actors.gold_of_name("a", "Cha") == "Victor Cha"
    assert actors.refers_to("Victor Cha", "a", "Cha", None)
    assert actors.refers_to("Victor Cha", "a", None, Ref(48, 55, "by Cha."))  # overlapping link


def test_a_shared_surname_resolves_only_within_the_article_that_binds_it() -> None:
    story = Story(
        actors=(
            actor("p:jean", "Jean H. Lee", "Jean H. Lee", "Lee", articles=("b",)),
            actor("p:rachel", "Rachel Minyoung Lee", "Rachel Minyoung Lee", "Lee", articles=("a",)),
        )
    )
    actors = ActorMap([JEAN, RACHEL], story)
    assert actors.gold_of_name("b", "Lee") == "Jean H. Lee"
    assert actors.gold_of_name("a", "Lee") == "Rachel Minyoung Lee"
    assert actors.gold_of_name("c", "Lee") is None


def test_an_actor_merging_two_gold_actors_stands_for_neither() -> None:
    merged = actor("p:lee", "Lee", "Jean H. Lee", "Rachel Minyoung Lee")
    actors = ActorMap([JEAN, RACHEL], Story(actors=(merged,)))
    assert actors.gold_of["p:lee"] == {"Jean H. Lee", "Rachel Minyoung Lee"}
    assert actors.gold_of_actor("p:lee") is None
    assert not actors.refers_to("Jean H. Lee", "a", None, None)


def test_group_speakers_match_when_the_phrase_contains_the_gold_phrase() -> None:
    actors = ActorMap([NORTH], Story())
    assert actors.refers_to("U.S. officials", "a", "senior U.S. officials", None)
    assert actors.refers_to("polling", "a", None, Ref(0, 21, "according to polling"))
    assert not actors.refers_to("U.S. officials", "a", "officials", None)


def test_gold_sets_keep_unresolved_refs_so_sets_differ() -> None:
    story = Story(actors=(Actor("state:PRK", "North Korea", "state", aliases=(Alias("Pyongyang", 1),)),))
    actors = ActorMap([NORTH], story)
    assert actors.gold_set("a", [Ref(0, 9, "Pyongyang")]) == {"North Korea"}
    assert actors.gold_set("a", [Ref(0, 9, "Pyongyang"), Ref(20, 26, "Europe")]) == {"North Korea", "?europe"}
    assert actors.gold_set_of_ids(["state:PRK", "x"]) == {"North Korea", "?x"}


@pytest.mark.parametrize(
    ("gold", "claim", "expected"),
    [
        (GoldValue("exact", 11000), Claim(0, 1, 0, "11,000", 11000.0), True),
        (GoldValue("exact", 11000), Claim(0, 1, 0, "1,000", 1000.0), False),
        (GoldValue("max", 8000), Claim(0, 1, 0, "as many as 8,000", None, high=8000.0, kind="max"), True),
        (GoldValue("max", 8000), Claim(0, 1, 0, "8,000", 8000.0), False),
        (GoldValue("min", 1), Claim(0, 1, 0, "at least one", None, low=1.0, kind="min"), True),
        (GoldValue("min", 1), Claim(0, 1, 0, "at most one", None, high=1.0, kind="max"), False),
        (GoldValue("order", 1000), Claim(0, 1, 0, "thousands", None, low=1000.0, high=10000.0, kind="order"), True),
        (GoldValue("order", 1000), Claim(0, 1, 0, "1,000", 1000.0), False),
    ],
)
def test_value_ok(gold: GoldValue, claim: Claim, expected: bool) -> None:
    assert value_ok(gold, claim) is expected


def test_reach_excludes_text_found_only_on_not_body_lines() -> None:
    text = "A caption with Donald J. Trump.\nBody about Donald Trump.\n"
    reach = Reach({"f": text}, {"f": ["A caption with"]})
    assert reach.unreachable("f", "Donald J. Trump")
    assert not reach.unreachable("f", "Donald Trump")
    assert not reach.unreachable("f", "never written")  # absent text stays a miss, not an exclusion
    assert not reach.unreachable("other", "Donald J. Trump")
    assert reach.unreachable_anywhere("Donald J. Trump") and not reach.unreachable_anywhere("Trump")
