"""Issue 20: one date written two ways in one pile ("Sunday" in an undated report, "2005-11-27" where a report's
publication stamp resolved it) keys one group, so dating one report keeps its counts beside everyone's."""

from __future__ import annotations

from datetime import date

from storyline.model import ArticleAnalysis, ArticleInfo, Claim, MentionLinks, TimeExpr
from storyline.resolve.actors import ActorIndex
from storyline.resolve.claim_dates import anchor_of, resolved_as
from storyline.resolve.claims import group_claims

INDEX = ActorIndex(actors=(), links=MentionLinks.of(()))


def test_a_weekday_takes_the_one_calendar_day_it_falls_on() -> None:
    assert resolved_as(["sunday", "2005-11-27", "2003-12"]) == {"sunday": "2005-11-27"}
    # two Sundays among the pile's dates: which one is meant is unknown
    assert resolved_as(["sunday", "2005-11-27", "2005-11-20"]) == {}
    # a weekday no date falls on, and what is no calendar name, stay as written
    assert resolved_as(["monday", "2005-11-27", "last week"]) == {}


def test_a_month_takes_the_one_near_the_storys_day() -> None:
    assert resolved_as(["february", "2005-02-22"]) == {"february": "2005-02"}
    assert resolved_as(["february", "2003-02", "2005-02"]) == {}
    # a November report's "February" is the last one (TimeML), not that of a year recalled earlier
    assert resolved_as(["february", "2003-02", "2005-02"], date(2005, 11, 27)) == {"february": "2005-02"}


def test_the_storys_day_is_the_one_most_leads_give() -> None:
    assert anchor_of({"2005-11-27": 4, "monday": 2, "2005-11-28": 1, "2003": 3}) == date(2005, 11, 27)
    assert anchor_of({"monday": 2}) is None


def _magnitude(article_id: str, text: str, value: float, when: str, day: date | None) -> tuple[
    ArticleInfo, ArticleAnalysis
]:
    info = ArticleInfo(article_id, f"{article_id}.txt", None, article_id.upper(), None, day, (), 90)
    claim = Claim(220, 220 + len(text), 2, text, value, counted="earthquake magnitude", unit="magnitude", when=when)
    lead = TimeExpr(10, 16, 0, "Sunday", when if when[0].isdigit() else None)
    return info, ArticleAnalysis(article_id, claims=(claim,), times=(lead,))


def test_a_dated_reports_sunday_is_an_undated_reports_sunday() -> None:
    pairs = [
        _magnitude("a", "magnitude 6.1", 6.1, "2005-11-27", date(2005, 11, 28)),
        _magnitude("b", "magnitude 5.9", 5.9, "sunday", None),
        _magnitude("c", "magnitude 5.9", 5.9, "2005-11-27", date(2005, 11, 27)),
    ]
    groups = group_claims(INDEX, [p[0] for p in pairs], [p[1] for p in pairs])
    assert [(g.status, len(g.claims)) for g in groups] == [("differ", 3)]
