"""The event instruments: coded-sentence parsing and scoring, event mentions of the ECB+ and MEANTIME readers,
event alignment and cross-document pairs, and the CLI options that run them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.cli import eval as eval_cli
from storyline.errors import GoldError
from storyline.eval.coded import (
    CodedEvent,
    CodedOutput,
    CodedSentence,
    SentenceResult,
    parse_coded,
    primary_code,
    score_results,
)
from storyline.eval.coref import Aligned, align_event, score_alignment
from storyline.eval.corpus import GoldMention
from storyline.eval.ecbplus import read_ecbplus
from storyline.eval.meantime import read_meantime

DATA = Path(__file__).resolve().parents[1] / "data"


def test_primary_codes_keep_a_state_or_an_organisation() -> None:
    assert primary_code("USAGOV") == "USA"
    assert primary_code("PRK") == "PRK"
    assert primary_code("IGOUNOHLHWHO") == "IGOUNO"
    assert primary_code("MNCUSAMED") == "MNCUSA"


def test_parse_reads_events_and_refuses_bad_ones() -> None:
    data = {"sentences": [
        {"id": "s1", "split": "test", "text": "X.", "published": None,
         "event": {"type": ["AGREE", "COOPERATE"], "modality": "intended", "source": ["USAGOV"], "target": []}},
        {"id": "s2", "text": "Y.", "event": None, "also": ["ASSAULT"]},
    ]}  # fmt: skip
    first, second = parse_coded(data)
    assert first.split == "test" and first.event == CodedEvent(("AGREE", "COOPERATE"), "intended",
                                                               frozenset({"USA"}), frozenset())  # fmt: skip
    assert second.split == "dev" and second.event is None and second.also == frozenset({"ASSAULT"})
    for bad in ({"sentences": [{"id": "x", "text": "Z.", "event": {"type": "HUG", "modality": "asserted"}}]},
                {"sentences": [{"id": "x", "text": "Z.", "event": {"type": "AID", "modality": "maybe"}}]},
                {"sentences": [{"id": "x", "text": "Z.", "split": "train"}]}, {"other": []}):  # fmt: skip
        with pytest.raises(GoldError):
            parse_coded(bad)


def _result(gold: CodedEvent | None, *found: CodedOutput, also: frozenset[str] = frozenset()) -> SentenceResult:
    return SentenceResult(CodedSentence("s", "dev", "text", None, gold, also), found)


def test_scores_count_type_codes_modality_and_false_events() -> None:
    usa, rus = frozenset({"USA"}), frozenset({"RUS"})
    gold = CodedEvent(("ACCUSE",), "asserted", usa, rus)
    results = [
        _result(gold, CodedOutput("ACCUSE", "asserted", usa, rus, "criticised")),  # all right
        _result(gold, CodedOutput("ACCUSE", "asserted", usa, frozenset(), "criticised")),  # target missed
        _result(gold, CodedOutput("ASSAULT", "asserted", usa, rus, "attacked")),  # wrong type
        _result(gold),  # nothing
        _result(None, CodedOutput("ASSAULT", "asserted", usa, rus, "hit")),  # a false event
        _result(None, CodedOutput("AID", "asserted", usa, rus, "aid"), also=frozenset({"AID"})),  # allowed
    ]
    s = score_results(results)
    assert (s.with_event, s.type_right, s.any_event, s.codes_right, s.coded, s.modality_right) == (4, 2, 3, 1, 2, 2)
    assert (s.without_event, s.none_right, s.system_events, s.system_right) == (2, 1, 5, 3)


def test_the_coded_file_shipped_parses_and_holds_an_eighth_back() -> None:
    from storyline.eval.coded import load_coded

    sentences = load_coded(DATA / "events" / "coded.yaml")
    assert len(sentences) >= 300
    held = sum(s.split == "test" for s in sentences)
    # An eighth, not a quarter: the ECB+ sentences follow the corpus's own split (10 of its 43 topics held back), and
    # held-back documents cannot be coded more without reading their texts, so every blind block added to dev (the
    # ninth, twelfth, thirteenth and fourteenth passes' and ac34's 66, 72, 69, 57 and 66 sentences) lowers the share;
    # the held-back part itself never shrinks (113 sentences, 54 with an event). Since ev37 a block sends a random
    # eighth of its own sentences to the held-back part before storyline runs on them (ev37: 6 of 42; 119 held back).
    assert held >= 100 and held >= len(sentences) // 8
    assert len({s.id for s in sentences}) == len(sentences)


def test_readers_give_event_mentions_with_their_happening() -> None:
    for groups in (read_ecbplus(DATA / "coref" / "ecbplus", "all"), read_meantime(DATA / "coref" / "meantime", "all")):
        events = [(a, m) for g in groups for a in g.articles for m in a.events]
        assert events
        assert all(a.text[m.start : m.end] == m.text for a, m in events)
        across = {}
        for a, m in events:
            across.setdefault(m.entity, set()).add(a.id)
        assert any(len(ids) > 1 for ids in across.values())  # cross-document happenings are there


def test_an_event_mention_aligns_to_the_trigger_over_it() -> None:
    mention = GoldMention(10, 20, "e1", "checked in", False)
    assert align_event(mention, [(10, 20, "ev1"), (10, 17, "ev2")]) == ("ev1", "exact")
    assert align_event(mention, [(0, 30, "ev1"), (10, 17, "ev2")]) == ("ev2", "head")
    assert align_event(mention, [(25, 30, "ev1")]) == (None, "none")


def test_cross_document_pairs_count_only_mentions_of_different_articles() -> None:
    def m(entity: str) -> GoldMention:
        return GoldMention(0, 1, entity, "x", False)

    aligned = [Aligned("a", m("e1"), "x", "exact"), Aligned("a", m("e1"), "x", "exact"),
               Aligned("b", m("e1"), "x", "exact"), Aligned("c", m("e2"), "x", "exact")]  # fmt: skip
    s = score_alignment(aligned)
    assert (s.cross_gold_pairs, s.cross_system_pairs, s.cross_right_pairs) == (2, 5, 2)
    assert s.cross_precision == pytest.approx(0.4)


def test_cli_refuses_events_without_a_corpus_and_on_gum(tmp_path: Path) -> None:
    result = CliRunner().invoke(eval_cli.command, ["--events", "-q"])
    assert result.exit_code == 2 and "--ecbplus or --meantime" in result.output
    gum = str(DATA / "coref" / "gum")
    result = CliRunner().invoke(eval_cli.command, ["--gum", gum, "--events", "-q"])
    assert result.exit_code == 2 and "annotates no events" in result.output


def test_cli_coded_runs_a_small_file(tmp_path: Path) -> None:
    path = tmp_path / "coded.yaml"
    path.write_text(
        "sentences:\n"
        "  - {id: a, published: 2024-03-01, text: \"Germany urged Russia to withdraw its troops.\",\n"
        "     event: {type: REQUEST, modality: demanded, source: [DEU], target: [RUS]}}\n"
        "  - {id: b, split: test, text: \"Sweden faced Norway in the final match of the tournament.\", event: null}\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(eval_cli.command, ["--coded", str(path), "--split", "all", "-q", "--misses"])
    assert result.exit_code == 0, result.output
    assert "[dev] 1 sentences" in result.output and "type accuracy    1.000 (1/1)" in result.output
    assert "[test] 1 sentences" in result.output and "no-event right   1.000 (1/1)" in result.output


def test_cli_coded_scores_one_source_apart_by_id_prefix(tmp_path: Path) -> None:
    path = tmp_path / "coded.yaml"
    path.write_text(
        "sentences:\n"
        "  - {id: ECB+/1/1_1ecb/0, text: \"Germany urged Russia to withdraw its troops.\",\n"
        "     event: {type: REQUEST, modality: demanded, source: [DEU], target: [RUS]}}\n"
        "  - {id: GUM_x/01, text: \"Sweden faced Norway in the final match of the tournament.\", event: null}\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(eval_cli.command, ["--coded", str(path), "--ids", "ECB+/", "-q", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["ids"] == "ECB+/" and report["splits"]["dev"]["sentences"] == 1
    assert report["splits"]["dev"]["with_event"] == 1
