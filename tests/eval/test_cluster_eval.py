"""B³ and pairwise scores of a clustering, the grouping file, and the cluster command."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.cli.main import cli
from storyline.errors import GoldError
from storyline.eval.cluster import load_grouping, match_grouping, score_clusters

DATA = Path(__file__).parents[1] / "data" / "stories"


def test_perfect_clustering_scores_one() -> None:
    gold = {"a": "1", "b": "1", "c": "2"}
    s = score_clusters({"a": "x", "b": "x", "c": "y"}, gold)
    assert (s.b3_f1, s.pair_f1, s.gold_clusters, s.predicted_clusters) == (1.0, 1.0, 2, 2)


def test_b3_by_hand() -> None:
    # gold {a,b,c} {d}; predicted {a,b} {c,d}
    s = score_clusters({"a": "x", "b": "x", "c": "y", "d": "y"}, {"a": "1", "b": "1", "c": "1", "d": "2"})
    assert s.b3_precision == pytest.approx((1 + 1 + 0.5 + 0.5) / 4)
    assert s.b3_recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)
    assert s.pair_precision == pytest.approx(1 / 2) and s.pair_recall == pytest.approx(1 / 3)


def test_all_in_one_has_full_recall_and_low_precision() -> None:
    gold = {str(i): str(i % 4) for i in range(12)}
    s = score_clusters(dict.fromkeys(gold, "one"), gold)
    assert s.b3_recall == 1.0 and s.b3_precision == pytest.approx(0.25)


def test_items_missing_on_one_side_are_left_out() -> None:
    assert score_clusters({"a": "x", "z": "x"}, {"a": "1", "b": "1"}).items == 1


def test_grouping_file_and_matching(tmp_path: Path) -> None:
    grouping = load_grouping(DATA / "groups.csv", "corpus")
    got = match_grouping({"id1": "/x/stories/seeds/000_fe26be01c2e66897.txt", "id2": "elsewhere.txt"}, grouping)
    assert got == {"id1": "seeds"}
    bad = tmp_path / "bad.csv"
    bad.write_text("name,group\nx,1\n")
    with pytest.raises(GoldError):
        load_grouping(bad)


def test_cluster_command_scores_the_small_mixed_set() -> None:
    args = ["cluster", str(DATA), "--groups", str(DATA / "groups.csv"), "--column", "corpus", "-q"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "9 articles, 4 known stories" in result.output
    f1 = float(result.output.split("B³")[1].split("F1")[1].split()[0])
    assert f1 >= 0.8


def test_cluster_command_lists_stories_without_groups() -> None:
    result = CliRunner().invoke(cli, ["cluster", str(DATA / "seeds"), "--manifest", str(DATA / "manifest.csv"), "-q"])
    assert result.exit_code == 0, result.output
    assert "story-" in result.output and "2 article(s)" in result.output
