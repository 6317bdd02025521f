"""`storyline timeline KB`: the story's events in date order, merged across outlets, with their sources."""

from __future__ import annotations

import json

import click

from storyline.atomic import atomic_file
from storyline.cli.output import echo
from storyline.present.timeline_chart import timeline_rows, timeline_svg
from storyline.present.why import explain
from storyline.store import open_kb


@click.command("timeline")
@click.argument("kb", type=click.Path(exists=True, dir_okay=False))
@click.option("--all", "everything", is_flag=True, help="Also list negated and hypothetical events.")
@click.option("--json", "as_json", is_flag=True, help="Print the timeline as a JSON list.")
@click.option("--svg", "svg_path", type=click.Path(dir_okay=False, writable=True), help="Also write the picture here.")
@click.option("--explain", "event_id", metavar="EVENT", help="Say why the reports of event EVENT (its id) were merged.")
def command(kb: str, everything: bool, as_json: bool, svg_path: str | None, event_id: str | None) -> None:
    """Print the timeline of the story in KB: date, PLOVER type, who to whom, and the outlets reporting it; with
    --explain EVENT, the reports of one event and why they were taken for one happening."""
    with open_kb(kb, readonly=True) as base:
        story = base.load_story()
    if event_id:
        found = [e for e in story.events if e.id == event_id] or [e for e in story.events if e.id.startswith(event_id)]
        if len(found) != 1:
            which = f": {', '.join(e.id for e in found[:10])}" if found else " (ids are in `storyline timeline KB`)"
            raise click.ClickException(f"{len(found) or 'no'} events match '{event_id}'{which}")
        names = {a.id: a.name for a in story.actors}
        echo("\n".join(explain(found[0], names)))
        return
    rows = timeline_rows(story, everything=everything)
    if svg_path:
        with atomic_file(svg_path) as out:
            out.write(timeline_svg(story))
    if as_json:
        echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not rows:
        echo("No events.")
        return
    for row in rows:
        who = ", ".join(row["actors"])  # type: ignore[arg-type]
        whom = ", ".join(row["recipients"])  # type: ignore[arg-type]
        flags = f"  [{', '.join(row['flags'])}]" if row["flags"] else ""  # type: ignore[arg-type]
        mode = f" ({row['mode']})" if row["mode"] else ""
        echo(f"{row['date'] or 'undated':<12} {row['type']:<9} {who}{' → ' + whom if whom else ''}{mode}{flags}")
        echo(f"{'':<12} {row['sources']} source(s): {', '.join(row['outlets'])}  [{row['id']}]")  # type: ignore[arg-type]
        if row["why"]:
            echo(f"{'':<12} {row['why']}")
