"""Issue 20: a running toll (the arrested, the killed, the injured) given for two days is an update, not a
disagreement; the same day's two figures are one. Built by hand: sentences are 100 characters apart."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from storyline.model import ArticleAnalysis, ArticleInfo, Claim, ClaimRef, MentionLinks, TimeExpr
from storyline.resolve.actors import ActorIndex
from storyline.resolve.claim_moments import moment, narrated, running
from storyline.resolve.claims import group_claims

INDEX = ActorIndex(actors=(), links=MentionLinks.of(()))


def _info(article_id: str) -> ArticleInfo:
    return ArticleInfo(article_id, f"{article_id}.txt", None, article_id.upper(), None, date(2024, 5, 1), (), 100)


def _claim(sent: int, text: str, counted: str, value: float, **extra: Any) -> Claim:
    start = sent * 100 + 10
    return dataclasses.replace(Claim(start, start + len(text), sent, text, value, counted=counted), **extra)


def _day(sent: int, word: str, value: str | None = None) -> TimeExpr:
    return TimeExpr(sent * 100, sent * 100 + len(word), sent, word, value)


def _groups(*analyses: ArticleAnalysis) -> list[tuple[str, list[str]]]:
    groups = group_claims(INDEX, [_info(a.article_id) for a in analyses], analyses)
    return sorted((g.status, sorted(r.claim.text for r in g.claims)) for g in groups)


def test_an_undated_count_holds_for_the_day_named_just_before_it() -> None:
    days = narrated((_day(2, "Monday"), _day(5, "Wednesday"), _day(9, "last October", "2009-10")))
    ref = ClaimRef("a", None, _claim(10, "46 people", "people", 46))
    assert moment(ref, days) == "wednesday"  # a month dates background, not the narration
    far = ClaimRef("a", None, _claim(20, "46 people", "people", 46))
    assert moment(far, days) == ""  # a day named twelve sentences back is no longer the reference time
    dated = ClaimRef("a", None, _claim(10, "46 people", "people", 46, when="tuesday"))
    assert moment(dated, days) == "tuesday"


def test_tolls_are_running_counts_and_other_counts_are_not() -> None:
    assert running(["arrest", ""], ["person"])
    assert running([""], ["arrest"])  # "46 arrests"
    assert not running(["deploy"], ["troop"])
    assert not running([""], ["troop"])


def test_a_toll_of_two_nights_is_an_update() -> None:
    monday = ArticleAnalysis(
        "a",
        times=(_day(1, "Monday"),),
        claims=(_claim(3, "one person", "person", 1, predicate="arrest"),),
    )
    wednesday = ArticleAnalysis(
        "b",
        times=(_day(1, "Wednesday"),),
        claims=(_claim(4, "46 people", "people", 46, predicate="arrest"),),
    )
    assert _groups(monday, wednesday) == [("incomparable", ["46 people", "one person"])]


def test_a_toll_of_one_night_given_twice_disagrees() -> None:
    a = ArticleAnalysis(
        "a", times=(_day(1, "Wednesday"),), claims=(_claim(3, "40 people", "people", 40, predicate="arrest"),)
    )
    b = ArticleAnalysis(
        "b", times=(_day(1, "Wednesday"),), claims=(_claim(4, "46 people", "people", 46, predicate="arrest"),)
    )
    assert _groups(a, b) == [("differ", ["40 people", "46 people"])]


def test_a_count_that_is_no_toll_disagrees_whatever_day_each_article_narrates() -> None:
    # the seeds' 11,000 troops and "as many as 8,000" a week apart: a discrepancy a reader needs flagged
    a = ArticleAnalysis(
        "a", times=(_day(1, "Monday"),), claims=(_claim(3, "11,000 troops", "troops", 11000, predicate="deploy"),)
    )
    b = ArticleAnalysis(
        "b", times=(_day(1, "Friday"),), claims=(_claim(3, "8,000 troops", "troops", 8000, predicate="deploy"),)
    )
    assert _groups(a, b) == [("differ", ["11,000 troops", "8,000 troops"])]
