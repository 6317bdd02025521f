"""`storyline stories KB`: the stories of a knowledge base, largest first, with span, outlets and size."""

from __future__ import annotations

import json

import click

from storyline.store import open_kb


@click.command("stories")
@click.argument("kb", type=click.Path(exists=True, dir_okay=False))
@click.option("--articles", "show_articles", is_flag=True, help="List each story's article ids too.")
@click.option("--json", "as_json", is_flag=True, help="Print the stories as a JSON list.")
def command(kb: str, show_articles: bool, as_json: bool) -> None:
    """List the stories in KB: id, generated title, number of articles, time span and outlets."""
    with open_kb(kb, readonly=True) as base:
        rows = base.story_list()
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not rows:
        click.echo("no stories (run `storyline brief` on the inputs first)")
    for row in rows:
        span = f"{row['first'] or '?'} – {row['last'] or '?'}"
        click.echo(f"{row['id']}  {len(row['articles'])} article(s)  {span}  {row['title']}")
        click.echo(f"    outlets: {', '.join(row['outlets']) or '?'}")
        if show_articles:
            click.echo("    articles: " + " ".join(row["articles"]))
