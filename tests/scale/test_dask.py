"""The Dask engine on a real 2-worker LocalCluster gives exactly the single-process results on the seeds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from storyline.runner import run
from storyline.scale.dask import analyze_on_dask
from storyline.scale.shard import run_shard
from storyline.store.codec import encode


def _model_loads() -> int:
    from storyline.nlp.pipeline import load_nlp

    return int(load_nlp.cache_info().misses)


@pytest.fixture(scope="module")
def local_run(seeds_dir: Path) -> Any:
    return run([str(seeds_dir)], collect=True)


def test_brief_run_on_dask_matches_local(seeds_dir: Path, dask_cluster: Any, local_run: Any) -> None:
    on_dask = run([str(seeds_dir)], engine="dask", scheduler=dask_cluster.scheduler_address, collect=True)
    assert on_dask.summary.analysed == local_run.summary.analysed == 2
    # The stored analyses, byte for byte, and the resolved story.
    assert [encode(a) for a in on_dask.analyses] == [encode(a) for a in local_run.analyses]
    assert encode(on_dask.story) == encode(local_run.story)


def test_both_workers_analyse_and_order_is_kept(seeds_dir: Path, dask_cluster: Any, local_run: Any) -> None:
    from distributed import Client

    articles = list(local_run.articles) * 3
    with Client(dask_cluster) as client:  # type: ignore[no-untyped-call]
        # One article per chunk: chunks spread over both workers, results still come back in input order.
        out = list(analyze_on_dask(articles, client=client, chunk_size=1))
        loads = client.run(_model_loads)
    # Each of the two workers loaded the model exactly once (cached in the process, never shipped).
    assert sorted(loads.values()) == [1, 1]
    assert [a.article_id for a in out] == [a.id for a in articles]
    by_id = {a.article_id: encode(a) for a in local_run.analyses}
    assert all(encode(a) == by_id[a.article_id] for a in out)


def test_shard_on_dask_matches_local(seeds_parquet: Path, dask_cluster: Any, tmp_path: Path) -> None:
    local = run_shard(seeds_parquet, tmp_path / "local.parquet")
    on_dask = run_shard(
        seeds_parquet, tmp_path / "dask.parquet", engine="dask", scheduler=dask_cluster.scheduler_address
    )
    assert (on_dask.analysed, on_dask.skipped) == (local.analysed, local.skipped)
    assert pq.read_table(tmp_path / "dask.parquet").equals(pq.read_table(tmp_path / "local.parquet"))
