"""`storyline shard IN OUT`: the per-article stage, an article table to a Parquet table of analyses."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import click
from tqdm import tqdm

from storyline.cli.options import (
    fail_on_internal_errors,
    jobs_option,
    jobs_or_default,
    min_words_option,
    settings_from,
)
from storyline.cli.output import echo
from storyline.scale.shard import ENGINES, run_shard
from storyline.settings import Settings


def input_rows(path: Path) -> int | None:
    """Rows of a Parquet or JSONL table (for the progress bar's ETA); None for other inputs."""
    if path.suffix.casefold() == ".parquet":
        import pyarrow.parquet as pq

        try:
            return int(pq.ParquetFile(path).metadata.num_rows)
        except (OSError, ValueError):
            return None
    if path.suffix.casefold() in (".jsonl", ".ndjson"):
        with path.open("rb") as stream:
            return sum(1 for line in stream if line.strip())
    return None


@click.command("shard")
@click.argument("in_path", metavar="IN", type=click.Path(exists=True, dir_okay=False))
@click.argument("out_path", metavar="OUT", type=click.Path(dir_okay=False))
@click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True, help="Where analysis runs.")
@click.option("--scheduler", help="Dask scheduler address (with --engine dask) [default: a local cluster].")
@click.option("--workers", type=click.IntRange(1), default=2, show_default=True, help="Local Dask workers.")
@click.option(
    "--batch-size",
    type=click.IntRange(1, 10_000),
    default=Settings.batch_size,
    show_default=True,
    help="Articles per spaCy batch (drives memory).",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(1),
    default=Settings.max_bytes,
    show_default=True,
    help="Skip articles larger than this.",
)
@min_words_option()
@jobs_option
@click.option("--force", is_flag=True, help="Recompute even when OUT is up to date.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def command(
    in_path: str,
    out_path: str,
    engine: str,
    scheduler: str | None,
    workers: int,
    batch_size: int,
    max_bytes: int,
    min_words: int,
    jobs: int | None,
    force: bool,
    quiet: bool,
) -> None:
    """Analyse the articles of IN (Parquet or JSONL table, or any input) into the Parquet shard OUT.

    One row per input: article_id, source, status (analysed/skipped), reason, detail, article (JSON),
    analysis (JSON), analysis_key. `storyline resolve` turns any number of shards into a brief.
    """
    total = input_rows(Path(in_path))
    with tqdm(desc="articles", unit=" art", total=total, file=sys.stderr, dynamic_ncols=True, disable=quiet) as bar:
        counts: Counter[str] = Counter()

        def progress(status: str) -> None:
            counts[status] += 1
            bar.set_postfix(counts, refresh=False)
            bar.update(1)

        summary = run_shard(
            in_path,
            out_path,
            settings=settings_from(batch_size, max_bytes, min_words),
            engine=engine,
            scheduler=scheduler,
            workers=workers,
            jobs=jobs_or_default(jobs),
            force=force,
            progress=progress,
        )
    echo(summary.line())
    fail_on_internal_errors(summary.skipped.get("internal-error", 0))
