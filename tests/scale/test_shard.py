"""storyline shard and resolve: an article table to a Parquet shard of analyses, shards to a story."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from storyline.cli.main import cli
from storyline.model import Article
from storyline.runner import analysis_key, run
from storyline.scale.gather import gather
from storyline.scale.shard import COLUMNS, read_shard, run_shard
from storyline.settings import Settings
from storyline.store.codec import encode


@pytest.fixture(scope="module")
def shard(seeds_parquet: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("shard") / "seeds.analyses.parquet"
    summary = run_shard(seeds_parquet, out)
    assert summary.analysed == 2 and dict(summary.skipped) == {"no-body": 1}
    return out


def test_one_row_per_input_in_input_order(shard: Path) -> None:
    table = pq.read_table(shard)
    assert tuple(table.column_names) == COLUMNS
    rows = table.to_pylist()
    assert [r["status"] for r in rows] == ["analysed", "skipped", "analysed"]
    skip = rows[1]
    assert skip["reason"] == "no-body" and skip["article"] is None and skip["source"].endswith(":2")
    for row in (rows[0], rows[2]):
        article = json.loads(row["article"])
        assert row["article_id"] == article["id"] == json.loads(row["analysis"])["article_id"]
        assert row["analysis_key"] == analysis_key(Settings())
    assert json.loads(rows[0]["article"])["outlet"] == "Worldcrunch"


def test_rows_decode_to_the_records(shard: Path) -> None:
    rows = list(read_shard(shard))
    article = rows[0].article
    assert isinstance(article, Article) and article.published is not None
    assert rows[0].analysis is not None and rows[0].analysis.mentions
    for mention in rows[0].analysis.mentions:
        assert article.text[mention.start : mention.end] == mention.text


def test_up_to_date_shard_is_not_recomputed(seeds_parquet: Path, shard: Path) -> None:
    before = shard.stat().st_mtime_ns
    assert run_shard(seeds_parquet, shard).up_to_date
    assert shard.stat().st_mtime_ns == before
    assert not list(shard.parent.glob(".*partial"))


def test_gathered_shards_give_the_story_of_a_direct_run(seeds_dir: Path, shard: Path, tmp_path: Path) -> None:
    direct = run([str(seeds_dir)])
    # The same shard twice: each article is stored once.
    gathered = gather([shard, shard], tmp_path / "kb.db")
    assert (gathered.stored, gathered.unchanged) == (2, 2)
    assert encode(gathered.story.actors) == encode(direct.story.actors)
    assert encode(gathered.story.speakers) == encode(direct.story.speakers)
    assert encode(gathered.story.events) == encode(direct.story.events)
    # Run again over the same knowledge base: nothing changes.
    again = gather([shard], tmp_path / "kb.db")
    assert again.stored == 0 and encode(again.story) == encode(gathered.story)


def test_cli_shard_then_resolve(seeds_parquet: Path, tmp_path: Path) -> None:
    out = tmp_path / "a.parquet"
    result = CliRunner().invoke(cli, ["shard", str(seeds_parquet), str(out)])
    assert result.exit_code == 0, result.output
    assert "2 analysed, 1 skipped (no-body: 1)" in result.output
    result = CliRunner().invoke(cli, ["resolve", str(out), "--out", str(tmp_path / "brief")])
    assert result.exit_code == 0, result.output
    brief = json.loads((tmp_path / "brief" / "brief.json").read_text())
    assert len(brief["articles"]) == 2 and brief["actors"]
    assert [s["reason"] for s in brief["skips"]] == ["no-body"]


def test_resolve_refuses_a_file_that_is_no_shard(seeds_parquet: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["resolve", str(seeds_parquet), "--out", str(tmp_path)])
    assert result.exit_code != 0 and "not a storyline shard" in result.output


class Interrupted(Exception):
    """Stands for a killed run."""


def test_interrupted_shard_resumes_after_its_last_part(seeds_parquet: Path, shard: Path, tmp_path: Path) -> None:
    out = tmp_path / "resumed.parquet"
    seen: list[str] = []

    def die_on_third(status: str) -> None:
        seen.append(status)
        if len(seen) == 3:
            raise Interrupted

    with pytest.raises(Interrupted):
        run_shard(seeds_parquet, out, rows_per_part=1, progress=die_on_third)
    assert not out.exists()
    assert len(list((tmp_path / ".resumed.parquet.parts").glob("part-*.parquet"))) == 2
    resumed: list[str] = []
    summary = run_shard(seeds_parquet, out, rows_per_part=1, progress=resumed.append)
    # Only the row after the last committed part is computed again; the output is the uninterrupted one.
    assert resumed == ["analysed"]
    assert (summary.analysed, dict(summary.skipped)) == (2, {"no-body": 1})
    assert pq.read_table(out).equals(pq.read_table(shard))
    assert not (tmp_path / ".resumed.parquet.parts").exists()
