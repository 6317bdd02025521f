"""The CI quality gate for identity: storyline eval on small ECB+, GUM and MEANTIME subsets (tests/data/coref)
must stay at or above the floors pinned in floors.json, just under the figures last measured on them.

Re-pin after a deliberate change: ``python tests/eval/test_coref_floors.py`` prints the measured figures."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from storyline.eval.coref_report import evaluate_corpus

DATA = Path(__file__).resolve().parents[1] / "data" / "coref"
CORPORA = ("ecbplus", "gum", "meantime")


def figures(corpus: str) -> dict[str, float]:
    """The gated figures of one subset, every group summed (the subset's own dev/test labels do not matter)."""
    report = evaluate_corpus(corpus, DATA / corpus, "all")
    out: dict[str, float] = {}
    for variant, s in (("all", report.total()), ("names", report.total(names=True))):
        out[f"{variant}.conll_f1"] = s.conll_f1
        out[f"{variant}.b3_f1"] = s.b3.f1
        out[f"{variant}.link_recall"] = s.link_recall
        out[f"{variant}.link_precision"] = s.link_precision
        out[f"{variant}.wrong_merges"] = s.wrong_merges
    return out


@pytest.mark.slow
@pytest.mark.parametrize("corpus", CORPORA)
def test_identity_stays_above_its_floors(corpus: str) -> None:
    floors = json.loads((DATA / "floors.json").read_text(encoding="utf-8"))[corpus]
    measured = figures(corpus)
    for name, floor in floors.items():
        if name.endswith("wrong_merges"):  # a ceiling
            assert measured[name] <= floor, f"{corpus} {name}: {measured[name]} over the ceiling {floor}"
        else:
            assert measured[name] >= floor, f"{corpus} {name}: {measured[name]:.4f} under the floor {floor}"


if __name__ == "__main__":
    json.dump({c: figures(c) for c in CORPORA}, sys.stdout, indent=2)
