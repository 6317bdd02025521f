"""The CI gate for the ECB+ TimeML blocks of rounds 7 and 11, scored apart: block e (annotated blind, then developed
on) and block f (annotated blind after the round's first rules, never developed on). Each must stay at or above
floors pinned just under the figures measured at the end of round 7 (docs/measured/times.md); the whole ECB+
and GUM TimeML gold keep their floors in tests/nlp/test_times_timeml.py, the MEANTIME subset in
tests/nlp/test_times.py. Round 10 adds a floor on the vague references (PRESENT_REF, PAST_REF, FUTURE_REF) of the
GUM and ECB+ gold, read as TimeML marks them; round 11 the blocks g (annotated blind, then developed on) and h
(annotated blind after the round's rules, never developed on); round 13 block i (annotated blind, then developed on);
round 14 block j (annotated blind, then developed on); round 15 block k (business, economy and politics text, annotated
blind, then developed on); round 16 block l, round 17 block m and round 18 block n (each annotated blind, then
developed on)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.eval.timeml import read_timeml_dir
from storyline.eval.timex_run import evaluate_timexes

ECBPLUS = Path(__file__).resolve().parents[1] / "data" / "timeml" / "ecbplus"
# Measured at the end of round 7: e 0.979 / 0.986 / 1.000 / 0.971 (0.904 before, with the round-6 rules), f 0.966
# for each of strict, relaxed and value F1 with type accuracy 1.000 (the same with the round-6 rules); round 9
# (British clock times, "the early hours") raised f to 0.992; round 10 ("the current predicament", "the future of"
# marked in the gold as TimeML asks, and read) e to 0.982 / 0.989 / 1.000 / 0.975.
FLOORS = {
    "e": {"strict_f1": 0.978, "relaxed_f1": 0.985, "type_accuracy": 0.995, "value_f1": 0.97},
    "f": {"strict_f1": 0.985, "relaxed_f1": 0.985, "type_accuracy": 0.995, "value_f1": 0.985},
    # Round 11: g annotated blind (0.917 / 0.981 / 0.987 / 0.892 with the round-10 rules), then developed on: 0.937 /
    # 0.987 / 1.000 / 0.949; h annotated blind after the round's rules, never developed on: 0.984 for all three F1.
    # Round 13 ("at the time of the fire" no longer read as PAST_REF): g 0.949 / 1.000 / 1.000 / 0.962.
    # Round 16 ("a minute or two" PTXM, as g writes it): g 0.962 / 1.000 / 1.000 / 0.974.
    # Round 18 ("over 30 years" after a noun: "over" the signal): g strict 0.974.
    "g": {"strict_f1": 0.97, "relaxed_f1": 0.995, "type_accuracy": 0.995, "value_f1": 0.97},
    "h": {"strict_f1": 0.98, "relaxed_f1": 0.98, "type_accuracy": 0.995, "value_f1": 0.98},
    # Round 13: i annotated blind (0.908 / 0.938 / 0.967 / 0.862 with the round-12 rules, on its re-joined text), then
    # developed on ("the past" as an adjective, "N units from now", "another year", "at the time of the attack"):
    # 0.968 / 0.984 / 0.984 / 0.921.
    "i": {"strict_f1": 0.965, "relaxed_f1": 0.98, "type_accuracy": 0.98, "value_f1": 0.92},
    # Round 14: j annotated blind (0.892 / 0.959 / 0.986 / 0.932 with the round-13 rules; 0.899 / 0.966 / 0.986 / 0.940
    # once one gold omission was corrected), then developed on (hedged named hours, "over" after a bracketed
    # amount): 0.926 / 0.966 / 1.000 / 0.953.
    # Round 15 ("Later that year" whole, as block j's gold marks it): j strict 0.940.
    # Round 17 ("through the afternoon and into the night" the narrated day's parts): j 0.954 / 0.980 / 1.000 / 0.967.
    # Round 18 ("loans over three years": "over" the signal): j strict 0.967.
    "j": {"strict_f1": 0.965, "relaxed_f1": 0.975, "type_accuracy": 0.995, "value_f1": 0.965},
    # Round 15: k annotated blind (0.899 / 0.991 / 0.981 / 0.917 with the round-14 rules), then developed on (a hedge
    # before "N units ago"): 0.917 / 0.991 / 0.981 / 0.917.
    # Round 16 ("the next minute or two" PTXM): k 0.936 / 0.991 / 0.981 / 0.936.
    # Round 17 ("earlier in the morning" the narrated day's morning): k 0.945 / 1.000 / 0.982 / 0.945.
    "k": {"strict_f1": 0.94, "relaxed_f1": 0.995, "type_accuracy": 0.975, "value_f1": 0.94},
    # Round 16: l annotated blind (0.850 / 0.917 / 0.982 / 0.883 with the round-15 rules; strict 0.867 once "the 15
    # years" was marked "15 years" as block f marks "the 90 days"), then developed on ("the next day or two", "four and
    # a half months", "current" before "problems" and "status", "10 a.m. or so"): 0.927 / 0.943 / 1.000 / 0.927.
    # Round 18 ("a little over a month" whole): l strict 0.943.
    "l": {"strict_f1": 0.94, "relaxed_f1": 0.94, "type_accuracy": 0.995, "value_f1": 0.925},
    # Round 17: m annotated blind (0.967 / 0.980 / 1.000 / 0.876 with the round-16 rules), then developed on (a time
    # appointed in the passive, a bare past participle's month, "at least the next couple of years", "203 HR" no
    # hour): 0.980 / 0.993 / 1.000 / 0.902 ("a couple of" stays an open count, PXY, where m writes P2Y and PT2H).
    "m": {"strict_f1": 0.975, "relaxed_f1": 0.99, "type_accuracy": 0.995, "value_f1": 0.9},
    # Round 18: n annotated blind (0.898 / 0.937 / 1.000 / 0.898 with the round-17 rules), then developed on (a weekday
    # beside a dated day, "Valentine's Day in 2012", "the same date", a future vote kept from an aside's year): 0.902
    # / 0.941 / 1.000 / 0.910 ("a couple of days" stays PXD, where n writes P2D as m does).
    "n": {"strict_f1": 0.9, "relaxed_f1": 0.94, "type_accuracy": 0.995, "value_f1": 0.905},
}


@pytest.mark.parametrize("block", sorted(FLOORS))
def test_blind_blocks_stay_above_their_floors(block: str) -> None:
    scores = evaluate_timexes(read_timeml_dir(ECBPLUS / block)).scores
    measured = {
        "strict_f1": scores.strict_prf[2],
        "relaxed_f1": scores.relaxed_prf[2],
        "type_accuracy": scores.type_accuracy,
        "value_f1": scores.value_prf[2],
    }
    for name, floor in FLOORS[block].items():
        assert measured[name] >= floor, f"block {block} {name} {measured[name]:.3f} fell under its floor {floor}"


TIMEML = ECBPLUS.parent
REF = "date: reference (PRESENT/PAST/FUTURE_REF)"
# Measured at the end of round 10: GUM 29 of 31 vague references with the right value, ECB+ a-f 49 of 52 (0.940).
# Round 16 added block l's 3 (its blind "a few years back", PAST_REF, is not read; "current" before "problems" and
# "status" now is): 101 of 109 (0.927), where the round-15 rules give 99 of 109 and, without block l, 99 of 106.
# Round 17 added block m's 7, of which 3 are not read (a generic "today" under "can" and in a chant, "the time of
# year" said of the present): 105 of 116 (0.905); the round-17 rules changed no vague reference (101 of 109 without m).
REF_FLOOR = 0.9


def test_vague_references_keep_their_value() -> None:
    documents = read_timeml_dir(TIMEML / "gum") + read_timeml_dir(ECBPLUS)
    [ref] = [k for k in evaluate_timexes(documents).by_kind if k.kind == REF]
    assert ref.gold >= 83
    assert ref.value_recall >= REF_FLOOR, f"vague references {ref.value_recall:.3f} fell under {REF_FLOOR}"
