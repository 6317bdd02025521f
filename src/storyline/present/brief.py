"""Writes the brief of a story: brief.json (the records), brief.md and a self-contained brief.html."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from storyline import __version__
from storyline.model import Skip, Story
from storyline.store.codec import to_builtins

BRIEF_SCHEMA = "storyline.brief/1"
"""Version of brief.json's shape; later versions only add keys."""

_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("storyline.present", "templates"),
    autoescape=jinja2.select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)


@dataclass(frozen=True)
class BriefFiles:
    """Paths of the files a brief consists of."""

    html: Path
    markdown: Path
    json: Path


def brief_data(story: Story, skips: Sequence[Skip] = ()) -> dict[str, Any]:
    """The brief as plain data: exactly what brief.json holds (no timestamps, so reruns are identical)."""
    data = to_builtins(story)
    data.pop("links", None)  # mention-level links are in the knowledge base, not the brief
    data.pop("stats", None)
    return {"schema": BRIEF_SCHEMA, "storyline": __version__, **data, "skips": to_builtins(list(skips))}


def pictures(story: Story) -> dict[str, Any]:
    """Inline SVG pictures for the brief: timeline, actor network, and one per claim group."""
    from storyline.present.claims_chart import claims_svg
    from storyline.present.network import network_svg
    from storyline.present.timeline_chart import timeline_svg

    return {
        "timeline": timeline_svg(story) if story.events else "",
        "network": network_svg(story) if story.actors else "",
        "claims": {group.id: claims_svg(group) for group in story.claim_groups},
    }


def _context(story: Story, skips: Sequence[Skip]) -> dict[str, Any]:
    names = {actor.id: actor.name for actor in story.actors}
    outlets = {a.id: a.outlet or a.source for a in story.articles}
    people = [a for a in story.actors if a.type == "person"]
    others = [a for a in story.actors if a.type != "person"]
    return {
        "story": story,
        "skips": skips,
        "names": names,
        "outlets": outlets,
        "actors": sorted(story.actors, key=lambda a: (-a.mentions, a.name)),
        "people": sorted(people, key=lambda a: (-a.mentions, a.name)),
        "others": sorted(others, key=lambda a: (-a.mentions, a.name)),
        "version": __version__,
        "title": _title(story),
    }


def _title(story: Story) -> str:
    titles = [a.title for a in story.articles if a.title]
    return titles[0] if titles else "Story brief"


def render_markdown(story: Story, skips: Sequence[Skip] = ()) -> str:
    """brief.md."""
    return _ENV.get_template("brief.md.j2").render(**_context(story, skips))


def render_html(story: Story, skips: Sequence[Skip] = ()) -> str:
    """brief.html: one file, inline CSS and SVG, no scripts or requests to anywhere."""
    return _ENV.get_template("brief.html.j2").render(**_context(story, skips), pictures=pictures(story))


def write_brief(story: Story, out_dir: str | Path, skips: Sequence[Skip] = ()) -> BriefFiles:
    """Write brief.html, brief.md and brief.json into ``out_dir``."""
    import json

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files = BriefFiles(out / "brief.html", out / "brief.md", out / "brief.json")
    files.json.write_text(json.dumps(brief_data(story, skips), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    files.markdown.write_text(render_markdown(story, skips), encoding="utf-8")
    files.html.write_text(render_html(story, skips), encoding="utf-8")
    return files
