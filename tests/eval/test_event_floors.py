"""The CI quality gate for events: event coding on the hand-coded sentences (tests/data/events/coded.yaml, dev and
held-back parts apart, and its ECB+ sentences apart again) and cross-document event coreference on the ECB+ and
MEANTIME subsets (tests/data/coref) must stay at or above the floors pinned in tests/data/events/floors.json, just
under the figures last measured.

Re-pin after a deliberate change: ``python tests/eval/test_event_floors.py`` prints the measured figures."""

from __future__ import annotations

import json
import sys
from functools import lru_cache
from pathlib import Path

import pytest

from storyline.eval.coded import CodedReport, evaluate_coded, score_results
from storyline.eval.coref_report import evaluate_corpus

DATA = Path(__file__).resolve().parents[1] / "data"
FLOORS = DATA / "events" / "floors.json"
CORPORA = ("ecbplus", "meantime")


FIGURES = ("type_accuracy", "any_event", "no_event_accuracy", "precision", "actor_codes", "modality")


@lru_cache(maxsize=1)
def _coded_report() -> CodedReport:
    return evaluate_coded(DATA / "events" / "coded.yaml", "all")


def coded_figures() -> dict[str, float]:
    out: dict[str, float] = {}
    for split, scores in _coded_report().scores.items():
        figures = scores.as_json()
        for name in FIGURES:
            out[f"{split}.{name}"] = figures[name]
    return out


def ecbplus_coded_figures() -> dict[str, float]:
    """The ECB+ sentences alone (multi-outlet news the rules were not written for), from the same run."""
    out: dict[str, float] = {}
    for split in ("dev", "test"):
        results = (
            r for r in _coded_report().results if r.sentence.split == split and r.sentence.id.startswith("ECB+/")
        )
        figures = score_results(results).as_json()
        for name in FIGURES:
            out[f"{split}.{name}"] = figures[name]
    return out


def coref_figures(corpus: str) -> dict[str, float]:
    """Every group of the subset summed (its own dev/test labels do not matter)."""
    s = evaluate_corpus(corpus, DATA / "coref" / corpus, "all", kind="events").total()
    return {"conll_f1": s.conll_f1, "link_precision": s.link_precision, "cross_precision": s.cross_precision,
            "wrong_merges": s.wrong_merges}  # fmt: skip


def _check(what: str, measured: dict[str, float], floors: dict[str, float]) -> None:
    for name, floor in floors.items():
        if name.endswith("wrong_merges"):  # a ceiling
            assert measured[name] <= floor, f"{what} {name}: {measured[name]} over the ceiling {floor}"
        else:
            assert measured[name] >= floor, f"{what} {name}: {measured[name]:.4f} under the floor {floor}"


@pytest.mark.slow
def test_event_coding_stays_above_its_floors() -> None:
    _check("coded", coded_figures(), json.loads(FLOORS.read_text(encoding="utf-8"))["coded"])


@pytest.mark.slow
def test_event_coding_on_ecbplus_stays_above_its_floors() -> None:
    _check("coded ECB+", ecbplus_coded_figures(), json.loads(FLOORS.read_text(encoding="utf-8"))["coded_ecbplus"])


@pytest.mark.slow
@pytest.mark.parametrize("corpus", CORPORA)
def test_event_coreference_stays_above_its_floors(corpus: str) -> None:
    _check(corpus, coref_figures(corpus), json.loads(FLOORS.read_text(encoding="utf-8"))[corpus])


if __name__ == "__main__":
    figures = {"coded": coded_figures(), "coded_ecbplus": ecbplus_coded_figures()}
    json.dump({**figures, **{c: coref_figures(c) for c in CORPORA}}, sys.stdout, indent=2)
