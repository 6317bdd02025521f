"""The TIMEX3 modes of `storyline eval`: --timeml DIR and --meantime-timex DIR --split."""

from __future__ import annotations

import json

import click

from storyline.cli.output import echo
from storyline.eval.meantime_timex import read_meantime
from storyline.eval.timeml import read_timeml_dir
from storyline.eval.timeml_write import write_timeml
from storyline.eval.timex_run import evaluate_timexes, format_timex_report, timex_report_to_json


def run_timex_eval(
    timeml: str | None,
    meantime: str | None,
    split: str,
    as_json: bool,
    misses: bool,
    timeml_out: str | None = None,
    kinds: bool = False,
) -> None:
    """Read the TimeML or MEANTIME documents, run the time extractor over them and print the scores;
    ``timeml_out``: write the MEANTIME documents read as TimeML there first."""
    documents = read_timeml_dir(timeml) if timeml else read_meantime(meantime or "", split)
    if timeml_out:
        if timeml:
            raise click.UsageError("--write-timeml converts --meantime-timex documents")
        write_timeml(documents, timeml_out)
    evaluation = evaluate_timexes(documents)
    if as_json:
        echo(json.dumps(timex_report_to_json(evaluation), indent=2))
    else:
        echo(format_timex_report(evaluation, misses=misses, kinds=kinds))
