"""Issue 20: a pile holding two happenings of one kind at one place (two quakes on one island, years apart) never
compares the counts of reports far apart in time, and a toll reported on two days is an update, not a
disagreement. Unit tests built by hand; the pile tests run text written for them through the whole pipeline."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from storyline.model import ArticleAnalysis, ArticleInfo, Claim, ClaimRef, MentionLinks, Story, TimeExpr
from storyline.resolve.actors import ActorIndex
from storyline.resolve.claim_era import Span, report_day, same_era
from storyline.resolve.claim_moments import same_moment
from storyline.resolve.claims import group_claims
from storyline.runner import run

INDEX = ActorIndex(actors=(), links=MentionLinks.of(()))


def _time(sent: int, text: str, value: str | None) -> TimeExpr:
    return TimeExpr(sent * 100, sent * 100 + len(text), sent, text, value)


def test_a_report_is_dated_by_its_publication_else_its_dateline() -> None:
    dateline = [_time(1, "Nov 28, 2005", "2005-11-28"), _time(3, "Sunday", "2005-11-27")]
    assert report_day(None, dateline) == date(2005, 11, 28)
    assert report_day(date(2005, 11, 29), dateline) == date(2005, 11, 29)
    # a month or a year in the lead dates background ("the worst since December 2003"); a day deep in the body
    # dates what the article recalls, not the report
    assert report_day(None, [_time(1, "December 2003", "2003-12"), _time(2, "2003", "2003")]) is None
    assert report_day(None, [_time(9, "September 15, 2008", "2008-09-15")]) is None
    assert report_day(None, [_time(1, "Sunday", None)]) is None


def test_two_reports_a_month_apart_tell_two_happenings() -> None:
    assert same_era(date(2008, 9, 14), date(2008, 9, 20))
    assert not same_era(date(2005, 11, 28), date(2008, 9, 14))
    assert same_era(None, date(2008, 9, 14))


def _injured(article_id: str, text: str, value: float, day: date | None) -> tuple[ArticleInfo, ArticleAnalysis]:
    info = ArticleInfo(article_id, f"{article_id}.txt", None, article_id.upper(), None, day, (), 90)
    claim = Claim(220, 220 + len(text), 2, text, value, counted="people", predicate="injure")
    return info, ArticleAnalysis(article_id, claims=(claim,))


def _groups(*pairs: tuple[ArticleInfo, ArticleAnalysis]) -> list[tuple[str, list[str]]]:
    infos, analyses = [p[0] for p in pairs], [p[1] for p in pairs]
    return sorted((g.status, sorted(r.claim.text for r in g.claims)) for g in group_claims(INDEX, infos, analyses))


def test_counts_of_two_quakes_years_apart_are_not_compared() -> None:
    groups = _groups(
        _injured("a", "80 people", 80, date(2005, 11, 28)),
        _injured("b", "80 people", 80, date(2005, 11, 29)),
        _injured("c", "five people", 5, date(2008, 9, 14)),
        _injured("d", "five people", 5, date(2008, 9, 15)),
    )
    assert groups == [("agree", ["80 people", "80 people"]), ("agree", ["five people", "five people"])]


def test_an_undated_report_between_two_happenings_joins_neither() -> None:
    groups = _groups(
        _injured("a", "80 people", 80, date(2005, 11, 28)),
        _injured("b", "80 people", 80, date(2005, 11, 29)),
        _injured("c", "five people", 5, date(2008, 9, 14)),
        _injured("d", "five people", 5, date(2008, 9, 15)),
        _injured("e", "seven people", 7, None),
    )
    assert ("single", ["seven people"]) in groups and all(status != "differ" for status, _ in groups)


def test_one_happenings_reports_still_disagree() -> None:
    groups = _groups(_injured("a", "80 people", 80, date(2005, 11, 28)), _injured("b", "70", 70, date(2005, 11, 28)))
    assert groups == [("differ", ["70", "80 people"])]


def test_a_weekday_and_the_calendar_day_it_falls_on_are_one_moment() -> None:
    a = ClaimRef("a", None, Claim(10, 20, 0, "12 people", 12))
    b = ClaimRef("b", None, Claim(10, 20, 0, "18 people", 18))
    c = ClaimRef("c", None, Claim(10, 20, 0, "30 people", 30))
    moments = {("a", 10): "2010-05-05", ("b", 10): "wednesday", ("c", 10): "thursday"}
    days = sorted(sorted(r.claim.text for r in day) for day in same_moment([a, b, c], moments))
    assert ["12 people", "18 people"] in days and ["30 people"] in days


_CONTEXT = (
    "\n\nRescue workers and volunteers from nearby towns joined the search through the afternoon, and the "
    "regional authorities said they would publish a fuller account once the work was done.\n"
)


def _story(tmp_path: Path, texts: dict[str, tuple[str, str]]) -> Story:
    rows = ["file,outlet,published"]
    for name, (day, text) in texts.items():
        (tmp_path / f"{name}.txt").write_text(text + _CONTEXT, encoding="utf-8")
        rows.append(f"{name}.txt,{name.title()} News,{day}")
    (tmp_path / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = run([str(tmp_path)], collect=True)
    assert not result.skips and len(result.analyses) == len(texts)
    return result.story


def _differ(story: Story) -> list[list[str]]:
    return [sorted(r.claim.text for r in g.claims) for g in story.claim_groups if g.status == "differ"]


@pytest.mark.slow
def test_two_quakes_on_one_island_in_one_pile(tmp_path: Path) -> None:
    story = _story(
        tmp_path,
        {
            "alpha": ("2005-11-28", "An earthquake of magnitude 5.9 struck the island of Varno, injuring 80 people, "
                      "officials said.\n"),
            "beta": ("2005-11-28", "A magnitude 5.9 earthquake hit Varno island, and 80 people were injured, the "
                     "governor said.\n"),
            "gamma": ("2008-09-15", "An earthquake of magnitude 5.6 struck the island of Varno, injuring five "
                      "people, officials said.\n"),
            "delta": ("2008-09-15", "A magnitude 5.6 earthquake hit Varno island, and five people were injured, "
                      "the governor said.\n"),
        },
    )
    assert _differ(story) == []


@pytest.mark.slow
def test_a_rising_toll_is_an_update(tmp_path: Path) -> None:
    story = _story(
        tmp_path,
        {
            "alpha": ("2024-03-03", "A fire swept through a market in the town of Kelso Bay, killing 10 "
                      "people, officials said.\n"),
            "beta": ("2024-03-05", "The fire that swept through a market in the town of Kelso Bay has killed 40 "
                     "people, officials said.\n"),
        },
    )
    assert _differ(story) == []


@pytest.mark.slow
def test_one_days_figures_of_a_toll_still_disagree(tmp_path: Path) -> None:
    story = _story(
        tmp_path,
        {
            "beta": ("2024-03-05", "The fire that swept through a market in the town of Kelso Bay has killed 40 "
                     "people, officials said.\n"),
            "gamma": ("2024-03-05", "The fire that swept through a market in the town of Kelso Bay has killed 12 "
                      "people, officials said.\n"),
        },
    )
    assert _differ(story) == [["12 people", "40 people"]]


def test_a_groups_span_of_report_days() -> None:
    span = Span().widened(date(2008, 9, 14)).widened(None).widened(date(2008, 9, 20))
    assert span == Span(date(2008, 9, 14), date(2008, 9, 20))
    assert span.admits(date(2008, 10, 10)) and span.admits(None)
    assert not span.admits(date(2008, 10, 20))  # 36 days after the first report
    assert span.clashes(Span(date(2005, 11, 28), date(2005, 11, 29)))
    assert not span.clashes(Span()) and Span().admits(None)
