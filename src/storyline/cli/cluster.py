"""`storyline eval-stories GROUPS.csv INPUTS...`: cluster the inputs into stories and score against GROUPS."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import click

from storyline.cli.options import as_date, input_options, progress_bar, settings_from
from storyline.eval.cluster import evaluate_kb, load_grouping
from storyline.resolve import cluster
from storyline.runner import run
from storyline.store import open_kb


@click.command("eval-stories")
@click.argument("groups", type=click.Path(exists=True, dir_okay=False))
@input_options
@click.option("--column", help="Column of GROUPS holding the known story [default: the last one].")
@click.option("--kb", type=click.Path(dir_okay=False), help="Knowledge base to use (keeps analyses between runs).")
@click.option("--threshold", type=float, default=cluster.THRESHOLD, show_default=True, help="Join threshold.")
@click.option("--actor-weight", type=float, default=cluster.ACTOR_WEIGHT, show_default=True, help="0 for text only.")
@click.option("--window-days", type=int, default=cluster.WINDOW_DAYS, show_default=True)
@click.option("--decay-days", type=float, default=cluster.DECAY_DAYS, show_default=True, help="inf: no time damping.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def command(
    groups: str, inputs: tuple[str, ...], column: str | None, kb: str | None, threshold: float, actor_weight: float,
    window_days: int, decay_days: float, as_json: bool, quiet: bool, **options: Any,
) -> None:
    """Analyse INPUTS, cluster them afresh in one batch, and print B³ and pairwise scores against GROUPS.

    GROUPS is a CSV with a 'file' column (paths relative to the inputs, matched as path suffixes) and a column
    naming each file's story.
    """
    grouping = load_grouping(groups, column)
    with open_kb(kb or ":memory:") as base:
        with progress_bar(quiet) as progress:
            run(list(inputs), kb=base, manifest=options["manifest"], published=as_date(options["published"]),
                outlet=options["outlet"], settings=settings_from(options["batch_size"], options["max_bytes"]),
                progress=progress)
        scores = evaluate_kb(base, grouping, threshold=threshold, actor_weight=actor_weight,
                             window_days=window_days, decay_days=decay_days)
    if as_json:
        click.echo(json.dumps(dataclasses.asdict(scores), indent=2))
        return
    click.echo(f"{Path(groups).name}: {scores.items} articles, {scores.gold_clusters} known stories, "
               f"{scores.predicted_clusters} found")
    click.echo(f"B³        P {scores.b3_precision:.3f}  R {scores.b3_recall:.3f}  F1 {scores.b3_f1:.3f}")
    click.echo(f"pairwise  P {scores.pair_precision:.3f}  R {scores.pair_recall:.3f}  F1 {scores.pair_f1:.3f}")
