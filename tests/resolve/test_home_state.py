"""National bodies named bare act for the state their article is about, only when the article is plainly about one."""

from __future__ import annotations

from collections import Counter
from datetime import date

from storyline.model import Actor, ArticleAnalysis, ArticleInfo, Event, MentionLink, MentionLinks, Ref
from storyline.resolve.actors import ActorIndex, _home_states
from storyline.resolve.events import merge_events
from storyline.resolve.home_state import clear_state, is_state_body

A = "article-a"
ARTICLE = ArticleInfo(A, f"{A}.txt", None, "Outlet A", None, date(2024, 3, 14), (), 100)
PERU = [Ref(0, 4, "Peru"), Ref(50, 57, "Peruvian"), Ref(120, 124, "Peru")]
CHILE = Ref(140, 145, "Chile")


def _index(*states: tuple[Ref, str]) -> ActorIndex:
    return ActorIndex(
        actors=(Actor("state:PER", "Peru", "state", "PER"), Actor("state:CHL", "Chile", "state", "CHL")),
        links=MentionLinks.of(MentionLink(A, ref.start, ref.end, actor) for ref, actor in states),
    )


def _actors(index: ActorIndex, body: str, recipients: tuple[Ref, ...] = ()) -> set[str]:
    event = Event(
        start=200, end=290, sent=3, text=f"{body} approved the aid.", type="AID", trigger=Ref(230, 238, "approved"),
        actors=(Ref(200, 200 + len(body), body),), recipients=recipients, cameo="070", score=-7.0, date=None,
    )  # fmt: skip
    (merged,) = merge_events(index, [ARTICLE], [ArticleAnalysis(A, events=(event,))])
    return set(merged.actors)


def test_the_national_bodies_are_the_government_legislature_and_armed_forces_nouns() -> None:
    for phrase in ("the federal government", "Congress", "Congressional lawmakers", "the military", "the Senate"):
        assert is_state_body(phrase), phrase
    # Police, courts and prosecutors are coded by no state (local bodies have no code); a city's or a company's
    # bodies are no state's, and a name with its own words is no bare body.
    for phrase in ("police", "the court", "prosecutors", "the city government", "the president", "Zorblax Army"):
        assert not is_state_body(phrase), phrase


def test_one_state_named_often_and_far_more_than_any_other_is_the_articles_state() -> None:
    assert clear_state(Counter({"PER": 3})) == "PER"
    assert clear_state(Counter({"PER": 6, "CHL": 2})) == "PER"
    assert clear_state(Counter({"PER": 4, "CHL": 2})) is None  # two states compete
    assert clear_state(Counter({"PER": 1})) is None  # named in passing: as often the counterpart
    assert clear_state(Counter()) is None


def test_the_federal_government_of_an_article_about_peru_is_peru() -> None:
    index = _index(*((ref, "state:PER") for ref in PERU))
    assert _actors(index, "the federal government") == {"state:PER"}
    assert _actors(index, "police") == {"generic:police"}


def test_no_state_when_two_compete_or_when_the_state_is_the_other_side() -> None:
    competing = _index(*((ref, "state:PER") for ref in PERU[:2]), (CHILE, "state:CHL"))
    assert _actors(competing, "the government") == {"generic:government"}
    peru = _index(*((ref, "state:PER") for ref in PERU))
    assert _actors(peru, "lawmakers", recipients=(PERU[2],)) == {"generic:lawmakers"}


def test_the_dictionary_phrases_are_bodies_and_arms_are_not() -> None:
    assert is_state_body("the Air Force") and is_state_body("Parliament")
    assert not is_state_body("Cruiser")  # the car as often as the warship: no body
    assert not is_state_body("a diplomat")  # in the story's country, as a rule a foreign one
    # The word before a bare head: a national word keeps it, any other makes it someone else's or a name's.
    assert is_state_body("government", before="federal")
    assert not is_state_body("governments", before="eurozone")
    assert not is_state_body("Soldier", before="Unknown")


def test_an_organisation_named_as_a_bare_body_acts_for_the_articles_state() -> None:
    congress, zorblax = Ref(60, 68, "Congress"), Ref(80, 87, "Zorblax")
    index = ActorIndex(
        actors=(
            Actor("state:PER", "Peru", "state", "PER"),
            Actor("organisation:congress", "Congress", "organisation", articles=(A,)),
            Actor("organisation:zorblax", "Zorblax", "organisation", articles=(A,)),
        ),
        links=MentionLinks.of(
            [
                *(MentionLink(A, r.start, r.end, "state:PER") for r in PERU),
                MentionLink(A, congress.start, congress.end, "organisation:congress"),
                MentionLink(A, zorblax.start, zorblax.end, "organisation:zorblax"),
            ]
        ),
    )
    out = _home_states(index)
    assert out.actor("organisation:congress").acts_for == "state:PER"  # type: ignore[union-attr]
    assert out.actor("organisation:zorblax").acts_for is None  # type: ignore[union-attr]


def test_a_state_word_in_a_hospital_university_or_media_name_makes_no_state_body() -> None:
    from storyline.resolve.home_state import institution_of_no_state

    assert institution_of_no_state("Jamaica Hospital")
    assert institution_of_no_state("University of Athens")
    assert institution_of_no_state("Greek Sky TV")
    assert not institution_of_no_state("Indian Navy")
    assert not institution_of_no_state("Greek Parliament")
    assert not institution_of_no_state("Canadian Auto Workers")
