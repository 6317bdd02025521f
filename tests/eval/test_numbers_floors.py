"""The CI quality gate for numbers: the claim-pair figures on the ECB+ stories of tests/data/numbers (dev and
held-back apart) must stay at or above the floors pinned in floors.json, just under the figures last measured.

Re-pin after a deliberate change: ``python tests/eval/test_numbers_floors.py`` prints the measured figures;
``python tests/eval/test_numbers_floors.py 3ecb 19ecb`` prints those stories' figures alone (a block annotated
blind, scored apart before it joins dev)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from storyline.eval.numbers import evaluate, gold_label, locate, parse_value

DATA = Path(__file__).resolve().parents[1] / "data" / "numbers"


def figures(stories: list[str] | None = None) -> dict[str, dict[str, float]]:
    measured = evaluate(DATA / "claims.yaml", DATA / "ecbplus", "all", stories)
    return {split: counts.figures() for split, counts in measured.items()}


@pytest.mark.slow
def test_numbers_stay_above_their_floors() -> None:
    floors = json.loads((DATA / "floors.json").read_text(encoding="utf-8"))
    measured = figures()
    for split, names in floors.items():
        for name, floor in names.items():
            assert measured[split][name] >= floor, f"{split} {name}: {measured[split][name]:.3f} under {floor}"


def test_gold_values_and_labels() -> None:
    assert parse_value("5") == (5.0, 5.0)
    assert parse_value(">=7") == (7.0, float("inf"))
    assert parse_value("<=4") == (0.0, 4.0)
    assert parse_value("2.8-3.8") == (2.8, 3.8)
    assert parse_value("137e6") == (137e6, 137e6)
    low, high = parse_value("~50")
    assert low == pytest.approx(45) and high == pytest.approx(55)
    assert locate("Five hurt; five people were hurt", "five#2") == 11
    from storyline.eval.numbers import GoldClaim

    a, b, c = GoldClaim("x", 0, "injured", 5, 5), GoldClaim("y", 0, "injured", 2, 2), GoldClaim("y", 9, "dead", 5, 5)
    assert (gold_label(a, b), gold_label(a, a), gold_label(a, c)) == ("differ", "agree", "different")


def test_a_copy_under_another_headline_is_scored_once() -> None:
    from storyline.eval.numbers import _articles
    from storyline.eval.numbers_corpus import CorpusText
    from storyline.settings import Settings

    body = (
        "Police said 12 people were hurt when a bus left the road near the old bridge on Monday evening. "
        "The driver, who was not hurt, told officers the brakes had failed as the bus came down the hill."
    )
    docs = [
        CorpusText("1_1ecb", "Bus crash hurts 12\n\n" + body),
        CorpusText("1_2ecb", "Twelve hurt in bus crash\n\n" + body),
        CorpusText("1_3ecb", "Brakes failed, driver says\n\n" + body.replace("12", "eleven")),
    ]
    built, copies = _articles(docs, Settings())
    assert [name for name, _ in built] == ["1_1ecb", "1_3ecb"]
    assert copies == {"1_2ecb"}


if __name__ == "__main__":
    json.dump(figures(sys.argv[1:] or None), sys.stdout, indent=2)
