"""The two renderings of a report: the readable table and the JSON document."""

from __future__ import annotations

import json

from storyline.eval import format_report, report_to_json, score
from storyline.model import Story
from tests.eval.eval_world import World


def test_the_table_has_a_row_per_section_with_p_r_f1(world: World) -> None:
    text = format_report(score(world.gold, world.articles, world.analyses, world.story))
    rows = {line.split()[0]: line.split()[1:] for line in text.splitlines()[4:] if line and not line.startswith(" ")}
    assert len(rows) == 14
    assert rows["quotes"] == ["5", "5", "5", "5", "1.00", "1.00", "1.00"]
    assert "  direct" in text and "speaker accuracy:  1.00 (5/5)" in text
    assert "excluded: 1 (text only on not-body lines)" in text


def test_misses_are_listed_on_request(world: World) -> None:
    report = score(world.gold, [], [], Story())
    assert "missed:" not in format_report(report)
    listed = format_report(report, misses=True)
    assert "missed: a.txt: changes everything [Anna Smith, partial]" in listed
    assert "missing a.txt, b.txt" in listed.splitlines()[0]


def test_the_json_carries_counts_scores_and_figures(world: World) -> None:
    data = report_to_json(score(world.gold, world.articles, world.analyses, world.story))
    json.dumps(data)  # plain JSON data
    quotes = data["sections"]["quotes"]
    assert (quotes["tp"], quotes["fp"], quotes["fn"], quotes["f1"]) == (5, 0, 0, 1.0)
    assert quotes["figures"]["speaker accuracy"] == {"value": 1.0, "detail": "5/5"}
    assert [p["name"] for p in quotes["parts"]] == ["direct", "indirect", "partial"]
    assert data["articles"]["matched"] == [
        {"file": "a.txt", "article_id": "art-a"},
        {"file": "b.txt", "article_id": "art-b"},
    ]
    empty = report_to_json(score(world.gold, [], [], Story()))
    assert empty["sections"]["actors"]["figures"]["merge precision (alias pairs)"]["value"] is None
