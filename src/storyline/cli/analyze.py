"""`storyline analyze INPUTS... --jsonl`: one JSON object per article, with every extracted item."""

from __future__ import annotations

import json
from typing import Any

import click

from storyline.cli.options import (
    echo_skips,
    fail_on_internal_errors,
    input_options,
    jobs_option,
    jobs_or_default,
    read_options,
)
from storyline.cli.output import echo
from storyline.ingest import read_inputs
from storyline.ingest.sanitize import failed_skip
from storyline.model import Article, Failed, Skip
from storyline.scale.parallel import analyze_jobs
from storyline.store.codec import to_builtins

ANALYSIS_SCHEMA = "storyline.analysis/1"


def analysis_record(article: Article, analysis: object) -> dict[str, Any]:
    """The JSON object `analyze --jsonl` writes for one article."""
    meta = to_builtins(article)
    meta["body"] = article.clean_text()
    meta.pop("id")
    return {"schema": ANALYSIS_SCHEMA, "id": article.id, "article": meta, "analysis": to_builtins(analysis)}


@click.command("analyze")
@input_options
@jobs_option
@click.option(
    "--jsonl", is_flag=True, help="Write one JSON object per article (JSON Lines) instead of a summary table."
)
def command(inputs: tuple[str, ...], jsonl: bool, jobs: int | None, quiet: bool, **options: Any) -> None:
    """Analyse INPUTS without a knowledge base and write one JSON object per article."""
    settings = read_options(options)["settings"]
    skips: list[Skip] = []
    articles: dict[str, Article] = {}

    def articles_only() -> Any:
        for item in read_inputs(list(inputs), **read_options(options)):
            if isinstance(item, Skip):
                skips.append(item)
                echo_skips([item])
            else:
                articles[item.id] = item
                yield item

    count = 0
    for analysis in analyze_jobs(articles_only(), settings, jobs=jobs_or_default(jobs)):
        article = articles.pop(analysis.article_id)
        if isinstance(analysis, Failed):
            failed = failed_skip(article.source, analysis.error, analysis.message, "analysing the article")
            skips.append(failed)
            echo_skips([failed])
            continue
        if jsonl:
            echo(json.dumps(analysis_record(article, analysis), ensure_ascii=False))
        else:
            counts = ", ".join(
                f"{len(getattr(analysis, k))} {k}" for k in ("mentions", "quotes", "claims", "times", "events")
            )
            echo(f"{article.source}\t{article.title or ''}\t{counts}")
        count += 1
    if not quiet:
        echo(f"{count} articles analysed, {len(skips)} skipped", err=True)
    fail_on_internal_errors(sum(skip.reason == "internal-error" for skip in skips))
