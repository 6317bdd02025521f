"""`storyline shard IN OUT`: the per-article stage, an article table to a Parquet table of analyses."""

from __future__ import annotations

import click

from storyline.cli.options import settings_from
from storyline.scale.shard import ENGINES, run_shard
from storyline.settings import Settings


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
@click.option("--force", is_flag=True, help="Recompute even when OUT is up to date.")
def command(
    in_path: str,
    out_path: str,
    engine: str,
    scheduler: str | None,
    workers: int,
    batch_size: int,
    max_bytes: int,
    force: bool,
) -> None:
    """Analyse the articles of IN (Parquet or JSONL table, or any input) into the Parquet shard OUT.

    One row per input: article_id, source, status (analysed/skipped), reason, detail, article (JSON),
    analysis (JSON), analysis_key. `storyline resolve` turns any number of shards into a brief.
    """
    summary = run_shard(
        in_path,
        out_path,
        settings=settings_from(batch_size, max_bytes),
        engine=engine,
        scheduler=scheduler,
        workers=workers,
        force=force,
    )
    click.echo(summary.line())
