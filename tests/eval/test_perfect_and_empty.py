"""The two ends of the scale: an extraction that gets the hand-made world right scores 1, nothing scores 0."""

from __future__ import annotations

from storyline.eval import score
from storyline.model import Story
from tests.eval.eval_world import World


def test_a_right_extraction_scores_one_in_every_section(world: World) -> None:
    report = score(world.gold, world.articles, world.analyses, world.story)
    wrong = {s.name: (s.precision, s.recall, s.missed) for s in report.sections if (s.precision, s.recall) != (1, 1)}
    assert wrong == {}
    assert len(report.sections) == 14
    assert report.missing == () and report.unmatched == ()


def test_nothing_extracted_scores_zero_in_every_section(world: World) -> None:
    report = score(world.gold, [], [], Story())
    assert {s.name: s.f1 for s in report.sections if s.f1 or s.recall or s.precision} == {}
    assert report.missing == ("a.txt", "b.txt")


def test_articles_without_extractors_score_zero_except_the_body(world: World) -> None:
    empty = [type(a)(a.article_id) for a in world.analyses]
    report = score(world.gold, world.articles, empty, Story())
    assert report.section("body").f1 == 1.0
    assert {s.name for s in report.sections if s.f1} == {"body"}
