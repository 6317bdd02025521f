"""merge_events: one story event per act, with every source, on hand-made analyses."""

from __future__ import annotations

from datetime import date

from storyline.model import Actor, ArticleAnalysis, ArticleInfo, Event, MentionLink, MentionLinks, Ref
from storyline.resolve.actors import ActorIndex
from storyline.resolve.events import merge_events

A, B = "article-a", "article-b"
ARTICLES = (
    ArticleInfo(A, "a.txt", None, "Outlet A", None, date(2024, 11, 4), (), 100),
    ArticleInfo(B, "b.txt", None, "Outlet B", None, date(2024, 11, 13), (), 100),
)


def _event(kind: str, actors: list[Ref], recipients: list[Ref], when: str | None, sent: int, **flags: bool) -> Event:
    return Event(
        start=sent * 100,
        end=sent * 100 + 50,
        sent=sent,
        text=f"sentence {sent}",
        type=kind,
        trigger=Ref(sent * 100, sent * 100 + 4, "verb"),
        actors=tuple(actors),
        recipients=tuple(recipients),
        score=4.0,
        date=when,
        **flags,
    )


def _ref(start: int, text: str) -> Ref:
    return Ref(start, start + len(text), text)


# Mentions at fixed offsets, linked to actors by hand: the ActorIndex is the only contract used.
PRK_A, RUS_A, KIM_A = _ref(10, "North Korea"), _ref(30, "Russia"), _ref(50, "Kim")
PRK_B, RUS_B, PUTIN_B = _ref(10, "Pyongyang"), _ref(30, "Moscow"), _ref(50, "Putin")
INDEX = ActorIndex(
    actors=(
        Actor("state:PRK", "North Korea", "state", "PRK"),
        Actor("state:RUS", "Russia", "state", "RUS"),
        Actor("person:kim-jong-un", "Kim Jong Un", "person", acts_for="state:PRK"),
        Actor("person:vladimir-putin", "Vladimir Putin", "person", acts_for="state:RUS"),
    ),
    links=MentionLinks.of(
        (
            MentionLink(A, 10, 21, "state:PRK"),
            MentionLink(A, 30, 36, "state:RUS"),
            MentionLink(A, 50, 53, "person:kim-jong-un"),
            MentionLink(B, 10, 19, "state:PRK"),
            MentionLink(B, 30, 36, "state:RUS"),
            MentionLink(B, 50, 55, "person:vladimir-putin"),
        )
    ),
)


def _analyses(a: list[Event], b: list[Event]) -> list[ArticleAnalysis]:
    return [ArticleAnalysis(A, events=tuple(a)), ArticleAnalysis(B, events=tuple(b))]


def test_same_event_in_two_outlets_is_one_event_with_both_sources() -> None:
    analyses = _analyses(
        [_event("AGREE", [PRK_A, RUS_A], [], "2024-06", 3)],
        [_event("AGREE", [RUS_B, PRK_B], [], "2024-06-19", 7)],
    )
    (event,) = merge_events(INDEX, ARTICLES, analyses)
    assert event.actors == ("state:PRK", "state:RUS")
    assert event.date == "2024-06-19"  # the more precise report
    assert [(s.article_id, s.outlet, s.sent) for s in event.sources] == [(A, "Outlet A", 3), (B, "Outlet B", 7)]
    assert not event.background


def test_incompatible_dates_stay_apart_and_unknown_dates_join() -> None:
    analyses = _analyses(
        [_event("AID", [PRK_A], [RUS_A], "2024-06", 1), _event("AID", [PRK_A], [RUS_A], None, 2)],
        [_event("AID", [PRK_B], [RUS_B], "2024-07", 1)],
    )
    events = merge_events(INDEX, ARTICLES, analyses)
    assert [e.date for e in events] == ["2024-06", "2024-07"]
    assert sum(len(e.sources) for e in events) == 3


def test_duplicates_within_an_article_are_merged() -> None:
    analyses = _analyses([_event("AID", [PRK_A], [RUS_A], None, 1), _event("AID", [PRK_A], [RUS_A], "2024-10", 4)], [])
    (event,) = merge_events(INDEX, ARTICLES, analyses)
    assert event.date == "2024-10"
    assert [s.sent for s in event.sources] == [1, 4]


def test_different_types_actors_or_flags_are_not_merged() -> None:
    analyses = _analyses(
        [
            _event("AGREE", [PRK_A], [RUS_A], None, 1),
            _event("AID", [PRK_A], [RUS_A], None, 2),
            _event("AID", [RUS_A], [PRK_A], None, 3),
            _event("AID", [PRK_A], [RUS_A], None, 4, hypothetical=True),
        ],
        [],
    )
    assert len(merge_events(INDEX, ARTICLES, analyses)) == 4


def test_a_leader_and_the_state_he_acts_for_report_the_same_act() -> None:
    analyses = _analyses(
        [_event("AGREE", [KIM_A], [RUS_A], "2024-06", 1)],
        [_event("AGREE", [PRK_B], [PUTIN_B], "2024-06", 2)],
    )
    (event,) = merge_events(INDEX, ARTICLES, analyses)
    assert len(event.sources) == 2
    assert event.actors in {("person:kim-jong-un",), ("state:PRK",)}  # kept as resolved


def test_unresolved_names_still_merge_by_text() -> None:
    other_a, other_b = _ref(70, "the Zorblax Council"), _ref(70, "the Zorblax Council")
    analyses = _analyses(
        [_event("SUPPORT", [other_a], [], "2024-11", 1)], [_event("SUPPORT", [other_b], [], "2024-11-12", 2)]
    )
    (event,) = merge_events(INDEX, ARTICLES, analyses)
    assert event.actors == ("text:zorblax-council",)


def test_background_and_date_order() -> None:
    analyses = _analyses(
        [
            _event("CONSULT", [PRK_A], [], None, 1),
            _event("ASSAULT", [RUS_A], [PRK_A], "2024-11-01", 2),
            _event("REJECT", [PRK_A], [], "2019", 3),
            _event("ASSAULT", [PRK_A], [RUS_A], "1950/1953", 4),
        ],
        [],
    )
    events = merge_events(INDEX, ARTICLES, analyses)
    assert [e.date for e in events] == ["1950/1953", "2019", "2024-11-01", None]
    assert [e.background for e in events] == [True, True, False, False]


def test_no_events() -> None:
    assert merge_events(INDEX, ARTICLES, _analyses([], [])) == ()
