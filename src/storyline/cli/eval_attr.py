"""`storyline eval --attributions FILE`: attribution P/R/F1 (direct, indirect, all), speaker and joint accuracy."""

from __future__ import annotations

import json

from storyline.cli.options import progress_bar
from storyline.cli.output import echo
from storyline.eval.attr_run import evaluate_attributions, format_report, report_to_json
from storyline.runner import Progress


def run_attr_eval(gold: str, split: str, as_json: bool, misses: bool, quiet: bool) -> None:
    """Score the pipeline on an attribution gold file and print the figures."""
    with progress_bar(quiet) as progress:
        report = evaluate_attributions(gold, split, progress=lambda doc: progress(Progress(doc, "analysed")))
    if as_json:
        echo(json.dumps(report_to_json(report), indent=2, ensure_ascii=False))
    else:
        echo(format_report(report, misses=misses))
