"""`storyline actors KB`: the actors of a knowledge base's story, with aliases, roles and articles."""

from __future__ import annotations

import json

import click

from storyline.cli.output import echo
from storyline.resolve.actors import find_actors, select_actors
from storyline.store import open_kb
from storyline.store.codec import to_builtins

_TYPES = ("person", "state", "organisation", "place", "group")


@click.command("actors")
@click.argument("kb", type=click.Path(exists=True, dir_okay=False))
@click.option("--type", "kind", type=click.Choice(_TYPES), help="Only actors of this type.")
@click.option("--min-mentions", type=int, default=1, show_default=True, help="Only actors mentioned this often.")
@click.option("--json", "as_json", is_flag=True, help="Print the actors as a JSON list.")
@click.option(
    "--explain", metavar="NAME", help="Why each alias of the actor called NAME (a name, alias or id) joined it."
)
def command(kb: str, kind: str | None, min_mentions: int, as_json: bool, explain: str | None) -> None:
    """List the actors of the story in KB: canonical name, type, code, role, aliases with counts."""
    with open_kb(kb, readonly=True) as base:
        story = base.load_story()
    if explain is not None:
        found = find_actors(story.actors, explain)
        if not found:
            raise click.ClickException(f"no actor called {explain!r} in {kb}")
        for actor in found:
            echo(f"{actor.name} [{actor.type}]  {actor.id}")
            for merge in actor.merges:
                echo(f"    {merge.alias}: {merge.rule}" + (f" ({merge.detail})" if merge.detail else ""))
        return
    actors = select_actors(story.actors, kind, min_mentions)
    if as_json:
        echo(json.dumps([to_builtins(a) for a in actors], indent=2, ensure_ascii=False))
        return
    names = {a.id: a.name for a in story.actors}
    for actor in actors:
        head = f"{actor.name} [{actor.type}{', ' + actor.code if actor.code else ''}]"
        echo(f"{head}  {actor.mentions} mentions in {len(actor.articles)} article(s)  {actor.id}")
        details = [
            f"role: {actor.role}" if actor.role else "",
            f"affiliation: {actor.affiliation}" if actor.affiliation else "",
            f"acts for: {names.get(actor.acts_for, actor.acts_for)}" if actor.acts_for else "",
        ]
        if any(details):
            echo("    " + "; ".join(d for d in details if d))
        echo("    aliases: " + ", ".join(f"{a.text} ({a.count})" for a in actor.aliases))
