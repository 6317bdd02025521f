"""The CI quality gate for commitments: precision and recall of the commitments (and of their state) that MEANTIME
articles state, against tests/data/commitments (dev and held-back apart), must stay at or above the floors pinned
in floors.json, just under the figures last measured.

Re-pin after a deliberate change: ``python tests/eval/test_commitments_floors.py`` prints the measured figures;
``--errors`` adds the dev errors (never the held-back ones)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from storyline.eval.commitments import Counts, evaluate, gold_commitments, load_gold

DATA = Path(__file__).resolve().parents[1] / "data" / "commitments"


def measure() -> dict[str, Counts]:
    return evaluate(DATA / "gold.yaml", DATA / "texts", "all")


@pytest.mark.slow
def test_commitments_stay_above_their_floors() -> None:
    floors = json.loads((DATA / "floors.json").read_text(encoding="utf-8"))
    measured = {split: counts.figures() for split, counts in measure().items()}
    for split, names in floors.items():
        for name, floor in names.items():
            assert measured[split][name] >= floor, f"{split} {name}: {measured[split][name]:.3f} under {floor}"


def test_every_gold_mention_is_in_its_text_once() -> None:
    for doc, spec in load_gold(DATA / "gold.yaml").items():
        text = (DATA / "texts" / f"{doc}.txt").read_text(encoding="utf-8")
        for commitment in gold_commitments(str(doc), spec, text):
            assert commitment.state in ("sought", "proposed", "signed", "ratified", "in force", "suspended",
                                        "violated", "withdrawn")


if __name__ == "__main__":
    measured = measure()
    json.dump({split: counts.figures() for split, counts in measured.items()}, sys.stdout, indent=2)
    print()
    for split, counts in measured.items():
        print(split, {k: getattr(counts, k) for k in ("found", "right", "state_right", "gold", "recalled",
                                                      "state_recalled")})
    if "--errors" in sys.argv and "dev" in measured:
        print("\n".join(measured["dev"].errors))
