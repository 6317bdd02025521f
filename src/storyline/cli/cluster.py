"""`storyline cluster INPUTS... [--groups GROUPS.csv]`: cluster the inputs afresh; score against a known grouping."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import click

from storyline.cli.options import as_date, input_options, options_settings, progress_bar
from storyline.cli.output import echo
from storyline.eval.cluster import load_grouping, match_grouping, recluster, score_clusters
from storyline.resolve import cluster
from storyline.runner import run
from storyline.store import open_kb


@click.command("cluster")
@input_options
@click.option("--groups", type=click.Path(exists=True, dir_okay=False), help="Known grouping to score against.")
@click.option("--column", help="Column of GROUPS holding the known story [default: the last one].")
@click.option("--kb", type=click.Path(dir_okay=False), help="Knowledge base to use (keeps analyses between runs).")
@click.option("--threshold", type=float, default=cluster.THRESHOLD, show_default=True, help="Join threshold.")
@click.option("--actor-weight", type=float, default=cluster.ACTOR_WEIGHT, show_default=True, help="0 for text only.")
@click.option("--window-days", type=int, default=cluster.WINDOW_DAYS, show_default=True)
@click.option("--decay-days", type=float, default=cluster.DECAY_DAYS, show_default=True, help="inf: no time damping.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def command(
    inputs: tuple[str, ...],
    groups: str | None,
    column: str | None,
    kb: str | None,
    threshold: float,
    actor_weight: float,
    window_days: int,
    decay_days: float,
    as_json: bool,
    quiet: bool,
    **options: Any,
) -> None:
    """Analyse INPUTS and cluster them afresh in one batch (stored story assignments are not touched).

    Prints each story with its articles; with --groups, B³ and pairwise scores instead. GROUPS is a CSV with a
    'file' column (paths relative to the inputs, matched as path suffixes) and a column naming each file's story.
    """
    grouping = load_grouping(groups, column) if groups else {}
    with open_kb(kb or ":memory:") as base:
        with progress_bar(quiet) as progress:
            run(
                list(inputs),
                kb=base,
                manifest=options["manifest"],
                published=as_date(options["published"]),
                outlet=options["outlet"],
                settings=options_settings(options),
                progress=progress,
                release_model=True,
            )
        params = {"threshold": threshold, "window_days": window_days, "decay_days": decay_days}
        predicted = recluster(base, actor_weight=actor_weight, **params)
        sources = {a.id: (a.source, a.title or "") for a in base.articles()}
    if not groups:
        _print_stories(predicted, sources, as_json)
        return
    scores = score_clusters(predicted, match_grouping({k: v[0] for k, v in sources.items()}, grouping))
    if as_json:
        echo(json.dumps(dataclasses.asdict(scores), indent=2))
        return
    echo(
        f"{Path(groups).name}: {scores.items} articles, {scores.gold_clusters} known stories, "
        f"{scores.predicted_clusters} found"
    )
    echo(f"B³        P {scores.b3_precision:.3f}  R {scores.b3_recall:.3f}  F1 {scores.b3_f1:.3f}")
    echo(f"pairwise  P {scores.pair_precision:.3f}  R {scores.pair_recall:.3f}  F1 {scores.pair_f1:.3f}")


def _print_stories(predicted: dict[str, str], sources: dict[str, tuple[str, str]], as_json: bool) -> None:
    stories: dict[str, list[str]] = {}
    for article_id, story_id in predicted.items():
        stories.setdefault(story_id, []).append(article_id)
    if as_json:
        echo(json.dumps({sid: [sources[a][0] for a in ids] for sid, ids in stories.items()}, indent=2))
        return
    for sid, ids in sorted(stories.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        echo(f"{sid}  {len(ids)} article(s)")
        for a in ids:
            echo(f"    {sources[a][0]}  {sources[a][1]}")
