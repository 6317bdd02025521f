"""`storyline eval GOLD.yaml INPUTS...`: runs the pipeline on INPUTS and scores it against the gold file."""

from __future__ import annotations

import json
from typing import Any

import click

from storyline.cli.eval_timex import run_timex_eval
from storyline.cli.options import echo_skips, optional_input_options, progress_bar, read_options
from storyline.eval import format_report, load_gold, report_to_json, score
from storyline.eval.meantime_timex import SPLITS
from storyline.runner import run


@click.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False), required=False)
@optional_input_options
@click.option("--kb", type=click.Path(dir_okay=False), help="Knowledge base to use (default: a fresh one in memory).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--misses", is_flag=True, help="List the gold items each section missed.")
@click.option("--timeml", type=click.Path(exists=True, file_okay=False), help="Score time expressions on TimeML files.")
@click.option(
    "--meantime-timex",
    type=click.Path(exists=True, file_okay=False),
    help="Score time expressions on the MEANTIME corpus (CAT XML) in this folder.",
)
@click.option("--split", type=click.Choice(SPLITS), default="dev", show_default=True, help="MEANTIME part to score.")
def command(
    gold: str | None,
    inputs: tuple[str, ...],
    kb: str | None,
    as_json: bool,
    misses: bool,
    quiet: bool,
    timeml: str | None,
    meantime_timex: str | None,
    split: str,
    **options: Any,
) -> None:
    """Score the extraction of INPUTS against GOLD (precision, recall and F1 per section), or, with --timeml
    or --meantime-timex, time expressions TempEval-3 style (strict and relaxed extraction, type, value)."""
    if timeml or meantime_timex:
        run_timex_eval(timeml, meantime_timex, split, as_json, misses)
        return
    if gold is None or not inputs:
        raise click.UsageError("give GOLD and INPUTS, or --timeml DIR, or --meantime-timex DIR")
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
        click.echo(json.dumps(report_to_json(report), indent=2, ensure_ascii=False))
    else:
        click.echo(format_report(report, misses=misses))
