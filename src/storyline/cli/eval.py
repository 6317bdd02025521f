"""`storyline eval GOLD.yaml INPUTS...`: runs the pipeline on INPUTS and scores it against the gold file."""

from __future__ import annotations

import json
from typing import Any

import click

from storyline.cli.options import echo_skips, input_options, progress_bar, read_options
from storyline.cli.output import echo
from storyline.eval import format_report, load_gold, report_to_json, score
from storyline.runner import run


@click.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@input_options
@click.option("--kb", type=click.Path(dir_okay=False), help="Knowledge base to use (default: a fresh one in memory).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--misses", is_flag=True, help="List the gold items each section missed.")
def command(
    gold: str, inputs: tuple[str, ...], kb: str | None, as_json: bool, misses: bool, quiet: bool, **options: Any
) -> None:
    """Score the extraction of INPUTS against GOLD (precision, recall and F1 per section)."""
    annotations = load_gold(gold)  # a bad gold file fails before the slow run
    with progress_bar(quiet) as progress:
        result = run(
            list(inputs),
            kb=kb,
            progress=progress,
            collect=True,
            **read_options(options),
        )
    echo_skips(result.skips)
    report = score(annotations, result.articles, result.analyses, result.story)
    if as_json:
        echo(json.dumps(report_to_json(report), indent=2, ensure_ascii=False))
    else:
        echo(format_report(report, misses=misses))
