"""The corpus readers on the subsets in tests/data/coref: text rebuilt from tokens, offsets, identities, splits."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from storyline.errors import GoldError
from storyline.eval.corpus import GoldGroup
from storyline.eval.detok import detokenize
from storyline.eval.ecbplus import read_ecbplus
from storyline.eval.gum import read_gum
from storyline.eval.meantime import read_meantime

DATA = Path(__file__).resolve().parents[1] / "data" / "coref"


def check_offsets(groups: list[GoldGroup]) -> None:
    for group in groups:
        for article in group.articles:
            for m in article.mentions:
                assert article.text[m.start : m.end] == m.text and m.text.strip() == m.text


def entities(group: GoldGroup) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for article in group.articles:
        for m in article.mentions:
            out[m.entity].add(article.id)
    return out


def test_detokenize_glues_punctuation_and_keeps_offsets() -> None:
    tokens = ["``", "We", "won", "'s", ",", "''", "she", "said", "(", "AP", ")", "."]
    text, spans = detokenize(tokens)
    assert text == "\"We won's,\" she said (AP)."
    assert [text[s:e] for s, e in spans] == ['"', "We", "won", "'s", ",", '"', "she", "said", "(", "AP", ")", "."]


def test_ecbplus_topics_share_identities_across_articles() -> None:
    groups = read_ecbplus(DATA / "ecbplus", "dev")
    assert [g.id for g in groups] == ["topic-1", "topic-3", "topic-22"] and len(groups[0].articles) == 10
    check_offsets(groups)
    assert any(len(articles) > 1 for articles in entities(groups[0]).values())
    assert read_ecbplus(DATA / "ecbplus", "test") == []  # topics 36-45 only
    lohan = next(a for a in groups[0].articles if a.id == "1_10ecbplus")
    assert lohan.text.startswith("Lindsay Lohan checks into Betty Ford Center\n\n")  # the URL line left out
    assert {m.text for m in lohan.mentions} >= {"Lindsay Lohan", "her"}


def test_gum_chains_titles_and_pronouns_and_skips_bridging() -> None:
    groups = read_gum(DATA / "gum", "all")
    assert [g.id for g in groups] == ["GUM_news_homeopathic", "GUM_news_iodine", "GUM_news_korea"]
    check_offsets(groups)
    iodine = groups[1].articles[0]
    eastman = {m.entity for m in iodine.mentions if "Eastman" in m.text}
    assert len(eastman) == 1
    chain = [m.text for m in iodine.mentions if m.entity in eastman]
    assert "I" in chain and "he" in chain
    assert all(m.text != "Australia" for m in iodine.mentions)  # a place, not a person or organisation


def test_meantime_keeps_cross_document_instances_and_creation_dates() -> None:
    groups = read_meantime(DATA / "meantime", "all")
    assert [(g.id, len(g.articles)) for g in groups] == [("airbus-dev", 2), ("airbus-test", 6)]
    check_offsets(groups)
    assert all(a.published is not None for g in groups for a in g.articles)
    assert any(len(articles) > 1 for articles in entities(groups[1]).values())
    assert any(m.name for g in groups for a in g.articles for m in a.mentions)


def test_a_folder_without_the_corpus_is_a_gold_error(tmp_path: Path) -> None:
    for reader in (read_ecbplus, read_gum, read_meantime):
        with pytest.raises(GoldError):
            reader(tmp_path, "dev")
