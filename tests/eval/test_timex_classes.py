"""Gold TIMEX3s by kind of value, on TIMEX3s written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.eval.meantime_timex import read_document
from storyline.eval.timex_classes import KINDS, gold_kind, kind_counts, kind_scores
from storyline.eval.timex_gold import GoldTimex
from storyline.eval.timex_run import TimexEvaluation, format_timex_report
from storyline.eval.timex_score import FoundTimex, TimexScores

from .test_timex_eval import CAT


@pytest.mark.parametrize(
    ("type_", "value", "kind"),
    [
        ("DATE", "2010-05-02", "date: day"),
        ("DATE", "2010-05", "date: month"),
        ("DATE", "2010", "date: year"),
        ("DATE", "2010-W18", "date: week, quarter, half, season"),
        ("DATE", "2010-Q2", "date: week, quarter, half, season"),
        ("DATE", "2010-SP", "date: week, quarter, half, season"),
        ("DATE", "197", "date: decade, century"),
        ("DATE", "FY2010", "date: fiscal"),
        ("DATE", "PAST_REF", "date: reference (PRESENT/PAST/FUTURE_REF)"),
        ("DATE", "XXXX-XX-XX", "date: unspecified (X)"),
        ("DATE", "P20Y", "date: period value (P...)"),
        ("TIME", "2010-05-02T14:00", "time of day"),
        ("TIME", "2010-05-02TNI", "time of day"),
        ("TIME", "PRESENT_REF", "time: other"),
        ("DURATION", "P2Y", "duration"),
        ("DURATION", "PT1H30M", "duration"),
        ("DURATION", "PXY", "duration: vague (PX...)"),
        ("DURATION", "PRESENT_REF", "duration: other"),
        ("SET", "P1W", "set"),
    ],
)
def test_each_value_has_its_kind(type_: str, value: str, kind: str) -> None:
    assert gold_kind(GoldTimex(0, 1, "x", type_, value)) == kind
    assert kind in KINDS


def test_the_creation_time_written_in_the_text_is_a_kind_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "7_test.xml"
    path.write_text(CAT, encoding="utf-8")
    kinds = [gold_kind(t) for t in read_document(path).timexes]
    assert kinds == ["creation time", "duration"]


def test_kinds_count_gold_matched_and_right_values() -> None:
    day = GoldTimex(0, 4, "June", "DATE", "2024-06-07")
    ref = GoldTimex(10, 13, "now", "DATE", "PRESENT_REF")
    other_day = GoldTimex(20, 26, "Friday", "DATE", "2024-06-07")
    first = kind_counts([(day, FoundTimex(0, 4, "DATE", "2024-06-07")), (ref, None)])
    second = kind_counts([(other_day, FoundTimex(20, 26, "DATE", "2024-05-31"))])
    scores = {k.kind: (k.gold, k.matched, k.value_right) for k in kind_scores([first, second])}
    assert scores == {"date: day": (2, 2, 1), "date: reference (PRESENT/PAST/FUTURE_REF)": (1, 0, 0)}


def test_the_report_shows_the_kinds_only_when_asked() -> None:
    kinds = kind_scores([kind_counts([(GoldTimex(0, 3, "now", "DATE", "PRESENT_REF"), None)])])
    evaluation = TimexEvaluation(TimexScores(1, 1, 2, 0, 0, 0, 0), (), (), kinds)
    assert "kind of gold value" not in format_timex_report(evaluation)
    shown = format_timex_report(evaluation, kinds=True)
    assert "| date: reference (PRESENT/PAST/FUTURE_REF) | 1 | 0 | 0 | 0.000 |" in shown
    assert "| (system TIMEX3s with no gold) | | 2 | | |" in shown
