"""The TIMEX3 readers (TimeML, MEANTIME CAT XML) and the TempEval-3 scorer, on files written for the test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from storyline.errors import GoldError
from storyline.eval.meantime_timex import read_document, split_paths
from storyline.eval.timeml import read_timeml, read_timeml_dir
from storyline.eval.timex_gold import GoldTimex, TimexDocument
from storyline.eval.timex_score import FoundTimex, score_document

HAND = Path(__file__).resolve().parents[1] / "data" / "timeml" / "hand.tml"

CAT = """<?xml version="1.0" ?><Document doc_id="7" doc_name="7_test" lang="en" url="">
<token number="0" sentence="0" t_id="1">Title</token>
<token number="1" sentence="1" t_id="2">May</token>
<token number="2" sentence="1" t_id="3">2</token>
<token number="3" sentence="1" t_id="4">,</token>
<token number="4" sentence="1" t_id="5">2010</token>
<token number="5" sentence="2" t_id="6">Sales</token>
<token number="6" sentence="2" t_id="7">fell</token>
<token number="7" sentence="2" t_id="8">for</token>
<token number="8" sentence="2" t_id="9">two</token>
<token number="9" sentence="2" t_id="10">years</token>
<token number="10" sentence="2" t_id="11">.</token>
<Markables>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2010-05-02">
<token_anchor t_id="2"/><token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="2" type="DURATION" value="P2Y">
<token_anchor t_id="9"/><token_anchor t_id="10"/></TIMEX3>
<TIMEX3 TAG_DESCRIPTOR="2009" m_id="3" type="DATE" value="2009"/>
</Markables></Document>
"""


def test_timeml_reader_takes_the_text_the_inline_timexes_and_the_dct() -> None:
    document = read_timeml(HAND)
    assert document.id == "hand-1" and document.published == date(2012, 3, 14)
    assert [(t.text, t.type, t.value) for t in document.timexes] == [
        ("yesterday", "DATE", "2012-03-13"),
        ("18 months", "DURATION", "P18M"),
        ("every year", "SET", "P1Y"),
        ("2004", "DATE", "2004"),
        ("08:30", "TIME", "2012-03-14T08:30"),
        ("currently", "DATE", "PRESENT_REF"),
    ]
    assert all(document.text[t.start : t.end] == t.text for t in document.timexes)
    assert "&" in document.text and "<" not in document.text


def test_timeml_dir_without_files_is_a_gold_error(tmp_path: Path) -> None:
    with pytest.raises(GoldError):
        read_timeml_dir(tmp_path)


def test_meantime_reader_rebuilds_text_and_offsets(tmp_path: Path) -> None:
    path = tmp_path / "7_test.xml"
    path.write_text(CAT, encoding="utf-8")
    document = read_document(path, "x")
    assert document.text == "Title\nMay 2, 2010\nSales fell for two years.\n"
    assert document.published == date(2010, 5, 2)
    assert [(t.text, t.value) for t in document.timexes] == [("May 2, 2010", "2010-05-02"), ("two years", "P2Y")]


def test_meantime_split_holds_back_the_last_documents_of_each_collection(tmp_path: Path) -> None:
    for group in ("corpus_a", "corpus_b"):
        (tmp_path / group).mkdir()
        for number in (5, 40, 300, 1000, 2000, 3000, 4000, 5000, 31965):
            (tmp_path / group / f"{number}_x.xml").write_text(CAT, encoding="utf-8")
    test = {(p.parent.name, p.stem) for p, _ in split_paths(tmp_path, "test")}
    dev = {(p.parent.name, p.stem) for p, _ in split_paths(tmp_path, "dev")}
    assert {stem for _, stem in test} == {f"{n}_x" for n in (300, 1000, 2000, 3000, 4000, 5000)}
    assert ("corpus_a", "31965_x") in dev  # a CI document is never held back
    assert not test & dev and len(test | dev) == 18
    with pytest.raises(GoldError):
        split_paths(tmp_path, "train")


def test_tempeval_scores_strict_relaxed_type_and_value() -> None:
    text = "It fell in June and rose on Friday for two days."
    gold = (
        GoldTimex(11, 15, "June", "DATE", "2024-06"),
        GoldTimex(28, 34, "Friday", "DATE", "2024-06-07"),
        GoldTimex(39, 47, "two days", "DURATION", "P2D"),
    )
    found = [
        FoundTimex(8, 15, "DATE", "2024-06"),  # overlaps: relaxed only
        FoundTimex(28, 34, "DATE", "2024-05-31"),  # exact span, wrong value
        FoundTimex(0, 2, "DATE", "PRESENT_REF"),  # spurious
    ]
    scores, misses = score_document(TimexDocument("d", text, None, gold), found)
    assert (scores.gold, scores.system, scores.strict, scores.relaxed) == (3, 3, 1, 2)
    assert (scores.type_right, scores.value_right) == (2, 1)
    assert scores.value_prf == pytest.approx((1 / 3, 1 / 3, 1 / 3))
    assert scores.type_accuracy == 1.0
    assert len(misses) == 4


def test_text_past_the_annotated_part_is_not_scored() -> None:
    document = TimexDocument("d", "June.\nJuly.", None, (GoldTimex(0, 4, "June", "DATE", "2024-06"),), annotated_end=6)
    scores, _ = score_document(document, [FoundTimex(0, 4, "DATE", "2024-06"), FoundTimex(6, 10, "DATE", "2024-07")])
    assert scores.system == 1 and scores.value_right == 1
