"""`storyline claims KB`: the story's numbers grouped by what they count, discrepancies first."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import click

from storyline.atomic import atomic_file
from storyline.cli.output import echo
from storyline.present.claims_chart import claim_rows, claims_svg
from storyline.store import open_kb


@click.command("claims")
@click.argument("kb", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the groups as a JSON list.")
@click.option("--svg-dir", type=click.Path(file_okay=False), help="Also write one picture per group into this folder.")
@click.option("--sentences/--no-sentences", default=True, help="Show the sentence each claim comes from.")
def command(kb: str, as_json: bool, svg_dir: str | None, sentences: bool) -> None:
    """List the claim groups of the story in KB: status, topic, and each claim's value, source and outlet."""
    with open_kb(kb, readonly=True) as base:
        story = base.load_story()

        @cache
        def _spans(article_id: str) -> tuple[str, list[tuple[int, int]]] | None:
            article, analysis = base.article(article_id), base.analysis(article_id)
            if article is None or analysis is None:
                return None
            return article.text, [(s.start, s.end) for s in analysis.sentences]

        def sentence_of(article_id: str, sent: int) -> str | None:
            found = _spans(article_id)
            if found is None or not 0 <= sent < len(found[1]):
                return None
            start, end = found[1][sent]
            return " ".join(found[0][start:end].split())

        rows = claim_rows(story, sentence_of if sentences else None)
    if svg_dir:
        folder = Path(svg_dir)
        folder.mkdir(parents=True, exist_ok=True)
        for group in story.claim_groups:
            with atomic_file(folder / f"{group.id.replace(':', '_')}.svg") as out:
                out.write(claims_svg(group))
    if as_json:
        echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not rows:
        echo("No claims.")
        return
    for row in rows:
        echo(f"[{row['status']}] {row['topic']}  ({len(row['claims'])} claim(s), {row['id']})")
        for claim in row["claims"]:
            source = claim["source"] or "the outlet itself"
            when = f"  [time {claim['time']}]" if claim["time"] else ""
            echo(f"    {claim['value']:<24} {source} — {claim['outlet'] or claim['article_id']}{when}")
            if claim["sentence"]:
                echo(f"        “{claim['sentence']}”")
