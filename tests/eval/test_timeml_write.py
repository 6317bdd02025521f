"""MEANTIME written as TimeML scores the same under `--timeml` as under `--meantime-timex` (issue 18)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from click.testing import CliRunner

from storyline.cli.main import cli
from storyline.errors import GoldError
from storyline.eval.meantime_timex import read_document
from storyline.eval.timeml import read_timeml, read_timeml_dir
from storyline.eval.timeml_write import to_timeml, write_timeml
from storyline.eval.timex_gold import GoldTimex, TimexDocument
from storyline.eval.timex_run import evaluate_timexes
from storyline.eval.timex_score import FoundTimex, score_document

SUBSET = Path(__file__).resolve().parents[1] / "data" / "meantime_timex" / "meantime_timex.json"


def _cat(sentences: list[list[str]], timexes: str) -> str:
    """A CAT XML document: one token element per word, sentence numbers from the list."""
    tokens, number = [], 0
    for s, words in enumerate(sentences):
        for word in words:
            number += 1
            tokens.append(f'<token number="{number}" sentence="{s}" t_id="{number}">{escape(word)}</token>')
    return (
        '<?xml version="1.0" ?><Document doc_id="9" doc_name="9_test" lang="en" url="">\n'
        + "\n".join(tokens)
        + f"\n<Markables>{timexes}</Markables></Document>\n"
    )


SENTENCES = [
    ["Markets", "fall"],
    ["June", "3", ",", "2010"],
    ["Shares", "fell", "for", "more", "than", "two", "years", "&", "more", "."],
    ["It", "rose", "on", "Friday", "morning", "."],
    ["x"],
    ["y"],
    ["Later", "text", "on", "Monday", "is", "not", "annotated", "."],
]
TIMEXES = (
    '<TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2010-06-03">'
    '<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>'
    '<TIMEX3 m_id="2" type="DURATION" value="P2Y" mod="MORE_THAN"><token_anchor t_id="10"/>'
    '<token_anchor t_id="11"/><token_anchor t_id="12"/><token_anchor t_id="13"/></TIMEX3>'
    '<TIMEX3 m_id="3" type="TIME" value="2010-05-28TMO"><token_anchor t_id="20"/><token_anchor t_id="21"/></TIMEX3>'
    '<TIMEX3 m_id="4" type="DATE" value="2010-05-28"><token_anchor t_id="20"/></TIMEX3>'
)


def test_meantime_document_round_trips_through_timeml(tmp_path: Path) -> None:
    path = tmp_path / "9_test.xml"
    path.write_text(_cat(SENTENCES, TIMEXES), encoding="utf-8")
    meantime = read_document(path)
    (tmp_path / "out").mkdir()
    written = write_timeml([meantime], tmp_path / "out")
    timeml = read_timeml(written[0])
    assert meantime.annotated_end is not None
    assert timeml.text == meantime.text[: meantime.annotated_end]  # the unannotated tail is left out
    assert "&" in timeml.text  # escaped on the way out, read back as written
    assert timeml.published == meantime.published == date(2010, 6, 3)
    assert timeml.timexes == meantime.timexes  # nested "Friday" inside "Friday morning" included
    assert {t.mod for t in timeml.timexes} == {"", "MORE_THAN"}
    found = [FoundTimex(t.start, t.end, t.type, t.value) for t in meantime.timexes[:2]]
    found.append(FoundTimex(meantime.text.index("Monday"), meantime.text.index("Monday") + 6, "DATE", "x"))
    # The found time past the annotated part counts against neither.
    assert score_document(timeml, found[:2])[0] == score_document(meantime, found)[0]


def test_crossing_timexes_cannot_be_written_inline() -> None:
    text = "from May to June"
    crossing = (GoldTimex(5, 11, "May to", "DATE", "x"), GoldTimex(8, 16, "to June", "DATE", "y"))
    with pytest.raises(GoldError):
        to_timeml(TimexDocument("c", text, None, crossing))


def _subset() -> list[TimexDocument]:
    documents = []
    for item in json.loads(SUBSET.read_text()):
        text = item["text"]
        gold = tuple(GoldTimex(g["start"], g["end"], g["text"], g["type"], g["value"]) for g in item["timexes"])
        annotated_end = len("\n".join(text.split("\n")[:6])) + 1
        published = date.fromisoformat(item["published"])
        documents.append(TimexDocument(item["id"], text, published, gold, annotated_end))
    return documents


def test_timeml_and_meantime_give_the_same_figures_on_the_ci_subset(tmp_path: Path) -> None:
    documents = _subset()
    write_timeml(documents, tmp_path)
    as_meantime = evaluate_timexes(documents).scores
    as_timeml = evaluate_timexes(read_timeml_dir(tmp_path)).scores
    assert as_meantime.gold > 50
    assert as_timeml == as_meantime


def test_eval_writes_the_split_as_timeml(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus" / "corpus_x"
    corpus.mkdir(parents=True)
    (corpus / "9_test.xml").write_text(_cat(SENTENCES, TIMEXES), encoding="utf-8")
    out = tmp_path / "tml"
    runner = CliRunner()
    first = runner.invoke(
        cli, ["eval", "--meantime-timex", str(tmp_path / "corpus"), "--split", "all", "--write-timeml", str(out)]
    )
    assert first.exit_code == 0, first.output
    second = runner.invoke(cli, ["eval", "--timeml", str(out)])
    assert second.exit_code == 0, second.output
    assert first.output.splitlines()[-1] == second.output.splitlines()[-1]
