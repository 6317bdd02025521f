"""`storyline eval GOLD.yaml INPUTS...` scores the pipeline against a gold file; `storyline eval --ecbplus DIR`
(or --gum, --meantime) scores person and organisation identity against a coreference corpus, and with --events
cross-document event coreference (ECB+, MEANTIME); `--coded FILE` scores event coding on hand-coded sentences;
`--timeml DIR` and `--meantime-timex DIR` score time expressions TempEval-3 style; `--attributions FILE` scores
attributions."""

from __future__ import annotations

import json
from typing import Any

import click

from storyline.cli.eval_attr import run_attr_eval
from storyline.cli.eval_timex import run_timex_eval
from storyline.cli.options import echo_skips, input_options, options_settings, progress_bar, read_options
from storyline.cli.output import echo
from storyline.eval import format_report, load_gold, report_to_json, score
from storyline.eval.coded import evaluate_coded
from storyline.eval.coded import format_report as format_coded
from storyline.eval.coded import report_to_json as coded_json
from storyline.eval.coref_report import CorefReport, evaluate_corpus
from storyline.eval.coref_report import format_report as format_coref
from storyline.eval.coref_report import report_to_json as coref_json
from storyline.eval.corpus import SPLITS
from storyline.runner import Progress, run

CORPORA = ("ecbplus", "gum", "meantime")
_DIR = click.Path(exists=True, file_okay=False)


@click.command("eval")
@click.argument("gold", required=False, type=click.Path(exists=True, dir_okay=False))
@input_options(required=False)
@click.option("--kb", type=click.Path(dir_okay=False), help="Knowledge base to use (default: a fresh one in memory).")
@click.option("--ecbplus", type=_DIR, help="Score identity on ECB+ (the folder holding ECB+/).")
@click.option("--gum", type=_DIR, help="Score identity on GUM (the folder holding tsv/ and splits.md).")
@click.option("--meantime", type=_DIR, help="Score identity on MEANTIME (the folder of intra_cross-doc_annotation/).")
@click.option(
    "--split",
    type=click.Choice(SPLITS),
    default="dev",
    show_default=True,
    help="Corpus part: dev, the held-back test, or all.",
)
@click.option(
    "--events", is_flag=True,
    help="With --ecbplus or --meantime: score cross-document event coreference instead of identity.",
)
@click.option(
    "--coded", type=click.Path(exists=True, dir_okay=False),
    help="Score event coding (type, modality, actor codes) on hand-coded sentences (tests/data/events/coded.yaml).",
)
@click.option(
    "--ids", "id_prefix", default="", metavar="PREFIX",
    help="With --coded: score only the sentences whose id starts with PREFIX (e.g. ECB+/).",
)
@click.option("--timeml", type=_DIR, help="Score time expressions on TimeML files in this folder.")
@click.option("--meantime-timex", type=_DIR, help="Score time expressions on MEANTIME (CAT XML) in this folder.")
@click.option(
    "--write-timeml", type=click.Path(file_okay=False),
    help="With --meantime-timex: also write the split's documents as TimeML files in this folder.",
)
@click.option(
    "--attributions", type=click.Path(exists=True, dir_okay=False),
    help="Score attributions (source, cue, content) on this gold file (tests/data/gold/attributions.txt).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--misses", is_flag=True, help="List the gold items missed (for corpora: dev errors only).")
@click.option(
    "--kinds", is_flag=True,
    help="With --timeml or --meantime-timex: also count the gold TIMEX3s by kind of value (counts only).",
)
def command(
    gold: str | None,
    inputs: tuple[str, ...],
    kb: str | None,
    split: str,
    events: bool,
    coded: str | None,
    id_prefix: str,
    timeml: str | None,
    meantime_timex: str | None,
    write_timeml: str | None,
    attributions: str | None,
    as_json: bool,
    misses: bool,
    kinds: bool,
    quiet: bool,
    **options: Any,
) -> None:
    """Score the extraction of INPUTS against GOLD (precision, recall and F1 per section), person and
    organisation identity against a coreference corpus (--ecbplus, --gum, --meantime DIR; with --events, event
    coreference), event coding on hand-coded sentences (--coded FILE), time expressions TempEval-3 style
    (--timeml, --meantime-timex DIR), or attributions (--attributions FILE)."""
    if coded:
        _coded(coded, split, id_prefix, as_json, misses, quiet, options)
        return
    if attributions:
        run_attr_eval(attributions, split, as_json, misses, quiet)
        return
    if timeml or meantime_timex:
        run_timex_eval(timeml, meantime_timex, split, as_json, misses, write_timeml, kinds)
        return
    corpora = {name: options.pop(name) for name in CORPORA}
    chosen = {name: path for name, path in corpora.items() if path}
    if chosen:
        if gold or inputs:
            raise click.UsageError("give either GOLD and INPUTS or a corpus option, not both")
        if events and "gum" in chosen:
            raise click.UsageError("GUM annotates no events: --events goes with --ecbplus or --meantime DIR")
        _corpora(chosen, split, as_json, misses, quiet, options, "events" if events else "entities")
        return
    if events:
        raise click.UsageError("--events goes with --ecbplus or --meantime DIR")
    if not gold or not inputs:
        raise click.UsageError(
            "give GOLD and INPUTS, or one of --ecbplus, --gum, --meantime, --timeml, --meantime-timex DIR"
        )
    annotations = load_gold(gold)  # a bad gold file fails before the slow run
    with progress_bar(quiet) as progress:
        result = run(list(inputs), kb=kb, progress=progress, collect=True, **read_options(options))
    echo_skips(result.skips)
    report = score(annotations, result.articles, result.analyses, result.story)
    if as_json:
        echo(json.dumps(report_to_json(report), indent=2, ensure_ascii=False))
    else:
        echo(format_report(report, misses=misses))


def _coded(path: str, split: str, id_prefix: str, as_json: bool, misses: bool, quiet: bool, options: Any) -> None:
    settings = options_settings(options)
    with progress_bar(quiet) as progress:
        report = evaluate_coded(
            path, split, settings, lambda source: progress(Progress(source, "analysed")), ids=id_prefix
        )
    if as_json:
        echo(json.dumps(coded_json(report), indent=2, ensure_ascii=False))
    else:
        echo(format_coded(report, misses=misses))


def _corpora(
    chosen: dict[str, str], split: str, as_json: bool, misses: bool, quiet: bool, options: Any, kind: str
) -> None:
    settings = options_settings(options)
    reports: list[CorefReport] = []
    for corpus, path in chosen.items():
        with progress_bar(quiet) as progress:
            reports.append(
                evaluate_corpus(
                    corpus, path, split, settings, lambda source: progress(Progress(source, "analysed")), kind=kind
                )
            )
    if as_json:
        out = [coref_json(r) for r in reports]
        echo(json.dumps(out[0] if len(out) == 1 else out, indent=2, ensure_ascii=False))
    else:
        echo("\n\n".join(format_coref(r, misses=misses) for r in reports))
