"""CI floors for attributions: the whole attribution gold (143 short news documents, about 60 s)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.eval.attr_gold import load_attributions
from storyline.eval.attr_run import evaluate_attributions
from storyline.eval.attr_score import same_speaker

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold" / "attributions.txt"
FLOORS = {
    # split: (all F1, all exact F1, direct F1, indirect F1, speaker accuracy, joint F1); measured 0.905/0.810/
    # 0.956/0.8699/0.974/0.885 on dev (1,465 attributions, with issue 19's twelve blind blocks; 0.898/0.803/0.956/
    # 0.8699/0.971/0.876 before round at39, whose fragments ending their report with the full stop inside the mark
    # are one mixed attribution; indirect 0.874 on the 1,406 before the twelfth block, which lowers it) and
    # 0.922/0.868/0.977/0.855/0.885/0.822 held back (0.914/0.860/0.977/0.855/0.885/0.814 before round at39)
    "dev": (0.90, 0.80, 0.95, 0.86, 0.97, 0.88),
    "test": (0.92, 0.86, 0.97, 0.85, 0.88, 0.82),
}


def test_the_gold_has_every_kind_and_class_and_a_held_back_quarter() -> None:
    docs = load_attributions(GOLD, "all")
    gold = [a for d in docs for a in d.attributions]
    assert len(gold) >= 400
    assert {a.kind for a in gold} == {"direct", "indirect", "partial", "mixed"}
    assert {a.cue_class for a in gold} == {"speech", "belief", "stance", "intention", "evidential", "document"}
    held = sum(len(d.attributions) for d in docs if d.split == "test")
    # 111 of 1,686 since the fourteen blind dev blocks: the held-back texts stay as chosen, unseen, and dev grows
    assert 0.065 <= held / len(gold) <= 0.3
    assert any(len(a.content) > 1 for a in gold)  # split quotes: one attribution, several parts


def test_speaker_names_match_by_words_last_name_or_initials() -> None:
    assert same_speaker("Hamdullah Mohib", "Mohib")
    assert same_speaker("Government Accountability Office", "GAO")
    assert not same_speaker("Ben Bernanke", "Jacob Oubina")
    assert not same_speaker("Ben Bernanke", None)
    # one surname, two given names: two relatives, not one person; a title before the surname is no given name
    assert not same_speaker("Doug McDermott", "Greg McDermott")
    assert same_speaker("Angela Merkel", "German Chancellor Merkel")
    assert same_speaker("Michael Lee", "Mike Lee")


def test_a_body_matches_under_another_of_its_names() -> None:
    # dotted initials are one word; an acronym may skip "and", "of", a legal form and a leading country
    assert same_speaker("U.S. Treasury Department", "US Treasury")
    assert same_speaker("U. S. Geological Survey", "USGS")
    assert same_speaker("National Aeronautics and Space Administration", "NASA")
    assert same_speaker("General Motors Corporation", "GM")
    assert same_speaker("U.S. Environmental Protection Agency", "EPA")
    assert same_speaker("Singapore Airlines", "SIA")
    # still different bodies and people
    assert not same_speaker("Federal Bureau of Investigation", "CIA")
    assert not same_speaker("Apple Corps", "Apple Computer")
    assert not same_speaker("Mark Papermaster", "Map")  # a name written in lower case is no acronym
    assert same_speaker("Chrysler LLC", "Chrysler")
    assert not same_speaker("Chrysler LLC", "LLC")  # a legal form alone names no one


@pytest.mark.slow
def test_attribution_scores_stay_above_their_floors() -> None:
    report = evaluate_attributions(GOLD, "all")
    for split, (all_f1, exact_f1, direct_f1, indirect_f1, speaker, joint) in FLOORS.items():
        s = report.splits[split]
        assert s.view("all").f1 >= all_f1, split
        assert s.view("all_exact").f1 >= exact_f1, split
        assert s.view("direct").f1 >= direct_f1, split
        assert s.view("indirect").f1 >= indirect_f1, split
        assert s.speaker_right / s.speaker_judged >= speaker, split
        assert s.view("joint").f1 >= joint, split
