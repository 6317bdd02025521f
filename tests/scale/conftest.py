"""Fixtures for the scale tests: the seeds as an article table, and a real 2-worker Dask LocalCluster."""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest


def seeds_table(seeds_dir: Path, path: Path) -> Path:
    """The seed articles as a Parquet article table (text, outlet, published), plus one row too short to keep."""
    rows: list[dict[str, str | None]] = []
    with (seeds_dir / "manifest.csv").open(encoding="utf-8") as stream:
        for row in csv.DictReader(stream):
            text = (seeds_dir / row["file"]).read_text(encoding="utf-8")
            rows.append({"text": text, "outlet": row["outlet"], "published": row["published"]})
    rows.insert(1, {"text": "Too short to be an article.", "outlet": None, "published": None})
    pq.write_table(pa.Table.from_pylist(rows), path)
    return path


@pytest.fixture(scope="session")
def seeds_parquet(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seeds_table(seeds_dir, tmp_path_factory.mktemp("table") / "seeds.parquet")


@pytest.fixture(scope="session")
def dask_cluster() -> Iterator[Any]:
    """A real LocalCluster: 2 worker processes, one thread each (each loads the model once)."""
    from distributed import LocalCluster

    with LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR
    ) as cluster:
        yield cluster
