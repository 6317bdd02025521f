"""Issue 22: every core by default, and the same output, skips and progress whatever the number of jobs.

The workers are real processes of the real pool. To plant an internal error in a worker the pool starts its
workers by fork (the test process's planted wrapper is then in the worker too); runs use forkserver.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

import storyline.nlp.analyze
import storyline.scale.pool
from storyline.cli.main import cli
from storyline.present.brief import write_brief
from storyline.runner import Progress, run
from storyline.scale.cores import available_cores, process_cores, quota_cores
from storyline.settings import Settings
from storyline.store.codec import encode
from tests.test_internal_errors import BOOM, raising_on_boom

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("cpu_max", "cores"),
    [("max 100000\n", None), ("200000 100000\n", 2), ("150000 100000\n", 2), ("50000 100000\n", 1), ("", None)],
)
def test_cgroup_v2_quota_in_whole_cores(tmp_path: Path, cpu_max: str, cores: int | None) -> None:
    (tmp_path / "cpu.max").write_text(cpu_max)
    assert quota_cores(tmp_path) == cores
    assert available_cores(tmp_path) == (min(process_cores(), cores) if cores else process_cores())


@pytest.mark.parametrize(("quota", "cores"), [("-1", None), ("300000", 3), ("100000", 1)])
def test_cgroup_v1_quota(tmp_path: Path, quota: str, cores: int | None) -> None:
    (tmp_path / "cpu").mkdir()
    (tmp_path / "cpu" / "cpu.cfs_quota_us").write_text(f"{quota}\n")
    (tmp_path / "cpu" / "cpu.cfs_period_us").write_text("100000\n")
    assert quota_cores(tmp_path) == cores


def test_no_cgroup_files_mean_no_quota(tmp_path: Path) -> None:
    assert quota_cores(tmp_path) is None
    assert available_cores(tmp_path) == process_cores() >= 1


def _brief(inputs: list[str], out: Path, *options: str) -> dict[str, bytes]:
    result = CliRunner().invoke(cli, ["brief", *inputs, "--out", str(out), "-q", *options])
    assert result.exit_code == 0, result.output
    return {name: (out / name).read_bytes() for name in ("brief.json", "brief.md", "brief.html")}


def test_seeds_brief_is_byte_identical_with_two_jobs(seeds_dir: Path, tmp_path: Path) -> None:
    # Batches of one article: the two seeds go to the two workers (a pile of one batch stays in-process).
    one = _brief([str(seeds_dir)], tmp_path / "one", "--jobs", "1", "--batch-size", "1")
    two = _brief([str(seeds_dir)], tmp_path / "two", "--jobs", "2", "--batch-size", "1")
    assert one == two


def test_analyze_and_shard_are_the_same_with_two_jobs(seeds_dir: Path, seeds_parquet: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    lines = {}
    for jobs in ("1", "2"):
        analyze = ["analyze", str(seeds_dir), "--jsonl", "-q", "--batch-size", "1", "--jobs", jobs]
        result = runner.invoke(cli, analyze)
        assert result.exit_code == 0, result.output
        lines[jobs] = result.output
        shard = ["shard", str(seeds_parquet), str(tmp_path / f"{jobs}.parquet"), "-q", "--batch-size", "1"]
        assert runner.invoke(cli, [*shard, "--jobs", jobs]).exit_code == 0
    assert lines["1"] == lines["2"] and lines["1"].count("storyline.analysis/1") == 2
    assert pq.read_table(tmp_path / "1.parquet").equals(pq.read_table(tmp_path / "2.parquet"))


def _benchmark_corpus(n: int, path: Path) -> Path:
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "benchmarks" / "corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return Path(module.write(n, path))


@pytest.fixture
def pile(tmp_path: Path) -> list[str]:
    """200 distinct articles (benchmarks/corpus.py), and a folder with three skips and one planted failure."""
    corpus = _benchmark_corpus(200, tmp_path / "corpus.jsonl")
    odd = tmp_path / "odd"
    odd.mkdir()
    (odd / "a_empty.txt").write_bytes(b"")
    (odd / "b_binary.txt").write_bytes(bytes(range(256)) * 8)
    first = json.loads(corpus.read_text(encoding="utf-8").splitlines()[0])
    (odd / "c_copy.txt").write_text(first["text"], encoding="utf-8")
    (odd / "d_boom.txt").write_text(f"{first['text']}\n\nThe {BOOM} paragraph says talks are doomed.\n")
    return [str(corpus), str(odd)]


@pytest.mark.slow
def test_200_articles_same_with_two_jobs(pile: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    wrapped = raising_on_boom(storyline.nlp.analyze.analysis_from_doc, ZeroDivisionError, lambda a, doc: a.text)
    monkeypatch.setattr(storyline.nlp.analyze, "analysis_from_doc", wrapped)
    monkeypatch.setattr(storyline.scale.pool, "START_METHOD", "fork")  # the planted failure goes to the workers
    settings = Settings(batch_size=16)
    runs: dict[int, Any] = {}
    for jobs in (1, 2):
        events: list[Progress] = []
        kb = tmp_path / f"kb-{jobs}.db"
        result = run(pile, kb=kb, settings=settings, jobs=jobs, progress=events.append, collect=True)
        files = write_brief(result.story, tmp_path / f"out-{jobs}", result.skips)
        briefs = [Path(f).read_bytes() for f in (files.json, files.markdown, files.html)]
        runs[jobs] = (result, events, briefs)
    (one, one_events, one_briefs), (two, two_events, two_briefs) = runs[1], runs[2]
    assert one.summary == two.summary and one.summary.analysed == 200
    assert one.summary.skipped == {"empty": 1, "binary": 1, "duplicate": 1, "internal-error": 1}
    assert one.skips == two.skips
    assert one_events == two_events  # the progress bar sees the same events in the same order
    assert [encode(a) for a in one.analyses] == [encode(a) for a in two.analyses]
    assert one_briefs == two_briefs
