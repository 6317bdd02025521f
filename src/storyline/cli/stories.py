"""`storyline stories KB`: the stories of a knowledge base, largest first, with span, outlets and size."""

from __future__ import annotations

import json

import click

from storyline.cli.output import echo
from storyline.resolve.stories import regroup
from storyline.store import open_kb


@click.command("stories")
@click.argument("kb", type=click.Path(exists=True, dir_okay=False))
@click.option("--articles", "show_articles", is_flag=True, help="List each story's article ids too.")
@click.option("--json", "as_json", is_flag=True, help="Print the stories as a JSON list.")
@click.option("--merge", nargs=2, metavar="KEEP OTHER", help="Fold story OTHER into story KEEP, then list.")
@click.option(
    "--split",
    "split_off",
    nargs=2,
    metavar="STORY ARTICLES",
    help="Move the comma-separated ARTICLES (ids) out of STORY into a story of their own, then list.",
)
def command(
    kb: str, show_articles: bool, as_json: bool, merge: tuple[str, str] | None, split_off: tuple[str, str] | None
) -> None:
    """List the stories in KB: id, generated title, number of articles, time span and outlets.

    --merge and --split change the grouping by hand; later runs keep it.
    """
    if merge or split_off:
        with open_kb(kb) as base:
            split = (split_off[0], [a for a in split_off[1].split(",") if a]) if split_off else None
            regroup(base, merge=merge, split=split)
    with open_kb(kb, readonly=True) as base:
        rows = base.story_list()
    if as_json:
        echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not rows:
        echo("no stories (run `storyline brief` on the inputs first)")
    for row in rows:
        span = f"{row['first'] or '?'} – {row['last'] or '?'}"
        echo(f"{row['id']}  {len(row['articles'])} article(s)  {span}  {row['title']}")
        echo(f"    outlets: {', '.join(row['outlets']) or '?'}")
        if show_articles:
            echo("    articles: " + " ".join(row["articles"]))
