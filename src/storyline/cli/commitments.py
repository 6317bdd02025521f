"""`storyline commitments KB [--assist ACTOR]`: standing commitments, and who is committed to assist whom."""

from __future__ import annotations

import json
from typing import TypedDict

import click

from storyline.cli.output import echo
from storyline.model import Commitment, Story
from storyline.resolve.commitments import committed_to_assist, find_actor
from storyline.store import open_kb


class _Ratification(TypedDict):
    by: str
    date: str | None


class _Row(TypedDict):
    id: str
    kind: str
    name: str
    parties: list[str]
    terms: list[str]
    signed: str | None
    state: str
    starts: str | None
    deadline: str | None
    ratifications: list[_Ratification]
    outlets: list[str]
    sources: int


@click.command("commitments")
@click.argument("kb", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--assist", "assist", metavar="ACTOR", help="Answer: who is committed to assist ACTOR (name, alias or id)?"
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def command(kb: str, assist: str | None, as_json: bool) -> None:
    """List the treaties, pacts, alliances and sanctions regimes binding the actors of the story in KB."""
    with open_kb(kb, readonly=True) as base:
        story = base.load_story()
    names = {actor.id: actor.name for actor in story.actors}
    if assist is None:
        rows = [_row(story, c, names) for c in story.commitments]
        if as_json:
            echo(json.dumps(rows, indent=2, ensure_ascii=False))
        elif not rows:
            echo("No commitments.")
        for row in [] if as_json else rows:
            _print(row)
        return
    actor_id = find_actor(story, assist)
    if actor_id is None:
        raise click.ClickException(f"no actor named '{assist}' in {kb}")
    helpers = [(names.get(party, party), _row(story, c, names)) for party, c in committed_to_assist(story, actor_id)]
    if as_json:
        echo(
            json.dumps(
                {
                    "assist": names.get(actor_id, actor_id),
                    "committed": [{"actor": a, "commitment": r} for a, r in helpers],
                },
                indent=2,
                ensure_ascii=False,
            )
        )
        return
    if not helpers:
        echo(f"Nobody is committed to assist {names.get(actor_id, actor_id)} in these articles.")
        return
    echo(f"Committed to assist {names.get(actor_id, actor_id)}:")
    for helper, commitment in helpers:
        signed = f", signed {commitment['signed']}" if commitment["signed"] else ""
        echo(f"  {helper} — {commitment['kind']} ({commitment['name']}{signed})")
        for term in commitment["terms"]:
            echo(f"      to {term}")
        echo(f"      sources: {', '.join(commitment['outlets'])}")


def _row(story: Story, commitment: Commitment, names: dict[str, str]) -> _Row:
    outlets = {a.id: a.outlet or a.source for a in story.articles}
    return {
        "id": commitment.id,
        "kind": commitment.kind,
        "name": commitment.name,
        "parties": [names.get(p, p) for p in commitment.parties],
        "terms": list(commitment.terms),
        "signed": commitment.signed,
        "state": commitment.state,
        "starts": commitment.starts,
        "deadline": commitment.deadline,
        "ratifications": [{"by": names.get(a, a), "date": d} for a, d in commitment.ratifications],
        "outlets": sorted({outlets.get(s.article_id, s.outlet or s.article_id) for s in commitment.sources}),
        "sources": len(commitment.sources),
    }


def _print(row: _Row) -> None:
    state = f" ({row['state']})" if row["state"] else ""
    echo(f"{row['kind']}: {row['name']} — {', '.join(row['parties'])}{state}")
    dates = [f"signed {row['signed']}"] if row["signed"] else []
    # A pledge's own dates: the day it starts from and the day it is to be done by.
    dates += [f"from {row['starts']}"] if row["starts"] else []
    dates += [f"by {row['deadline']}"] if row["deadline"] else []
    dates += [f"ratified by {r['by']} ({r['date'] or 'date not given'})" for r in row["ratifications"]]
    if dates:
        echo(f"    {'; '.join(dates)}")
    for term in row["terms"]:
        echo(f"    term: {term}")
    echo(f"    {row['sources']} source sentence(s): {', '.join(row['outlets'])}")
