"""Loading gold files: the project's seeds gold, and malformed files that must fail with a clear error."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from storyline.errors import GoldError
from storyline.eval.gold import GoldValue, load_gold
from tests.eval.eval_world import GOLD_YAML, make_gold


def test_the_seeds_gold_loads_with_typed_values(gold_path: Path) -> None:
    gold = load_gold(gold_path)
    assert gold.files == ("000_fe26be01c2e66897.txt", "002_a9eaf120916f3366.txt")
    first, second = gold.articles
    assert len(first.quotes) == 13 and len(second.quotes) == 20
    # YAML reads 2024-11-12 as a date and "2024" as text: both become TIMEX3 strings.
    assert [t.value for t in first.times][:2] == ["2024-11-12", "2024-06"]
    assert first.published is not None and first.published.isoformat() == "2024-11-13"
    assert second.claims[0].value == GoldValue("max", 8000.0)
    assert first.claims[1].value == GoldValue("order", 1000.0) and first.claims[1].source is None
    assert second.events[6].types == ("ACCUSE", "SANCTION", "THREATEN")
    assert gold.actor("Victor Cha") is not None and "Cha" in gold.actor("Victor Cha").aliases  # type: ignore[union-attr]
    assert len(gold.story.discrepancies[0].claims) == 4
    assert gold.story.relations[0].pair == ("North Korea", "Russia")
    assert gold.story.commitments[0].since == "2024-06"


@pytest.mark.parametrize(
    ("old", "new", "why"),
    [
        ("kind: direct,", "kind: verbatim,", "'kind' is 'verbatim'"),
        ("value: {max: 2000}, source: Anna", "value: {most: 2000}, source: Anna", "'value' must be a number"),
        ("type: AGREE, actors: [Osterlich], recipients: [Ruritania],\n",
         "type: AGREES, actors: [Osterlich], recipients: [Ruritania],\n", "PLOVER event type"),
        ("actors: [Ivan Petrov], text", "actors: [Ivan Petrof], text", "not a story actor: Ivan Petrof"),
        ("{file: b.txt, value: {max: 2000}", "{file: c.txt, value: {max: 2000}", "no such article file: c.txt"),
        ("pair: [Osterlich, Ruritania]", "pair: [Osterlich]", "'pair' must name two"),
        ("published: 2024-11-14", "published: soon", "'soon' is not a date"),
        ("{text: \"On Tuesday\", value: 2024-11-12}", "{text: \"On Tuesday\"}", "'value' is required"),
        ("quotes:\n      - {speaker: Anna", "quotes: {speaker: Anna", "articles[1]: 'quotes' must be a list"),
        ("Global Photo Agency]", "Global Photo Agency", "not valid YAML"),
    ],
)  # fmt: skip
def test_a_malformed_gold_file_names_the_file_and_the_problem(tmp_path: Path, old: str, new: str, why: str) -> None:
    assert old in GOLD_YAML
    with pytest.raises(GoldError) as error:
        make_gold(tmp_path, GOLD_YAML.replace(old, new, 1))
    assert str(tmp_path / "gold.yaml") in str(error.value)
    assert why in str(error.value)


@pytest.mark.parametrize(
    ("text", "why"),
    [("", "the file is empty"), ("story: {}", "'articles' must be a non-empty list"),
     ("- a\n- b\n", "expected a mapping"), ("articles: [{outlet: X}]", "articles[0]: 'file' is required")],
)  # fmt: skip
def test_a_gold_file_without_articles_is_rejected(tmp_path: Path, text: str, why: str) -> None:
    with pytest.raises(GoldError, match=re.escape(why)):
        make_gold(tmp_path, text)


def test_a_missing_gold_file_is_a_gold_error(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="cannot read"):
        load_gold(tmp_path / "nope.yaml")


def test_unknown_keys_are_warned_about_not_fatal(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="storyline.eval.gold"):
        gold = make_gold(tmp_path, GOLD_YAML.replace("kind: partial,", "kind: partial, speeker: X,"))
    assert gold.articles[0].quotes[2].kind == "partial"
    assert "speeker" in caplog.text
