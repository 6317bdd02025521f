"""Writes the briefs of a pile with several stories: one brief per story in a subfolder, and index.html."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import jinja2

from storyline.model import Skip, Story
from storyline.present.brief import BriefFiles, write_brief

_INDEX = jinja2.Environment(autoescape=True).from_string("""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Stories</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #ddd;padding:.4rem;text-align:left;vertical-align:top}
.meta{color:#555;font-size:.9em}</style></head><body>
<h1>{{ stories|length }} stories</h1>
<table><thead><tr><th>Story</th><th>Articles</th><th>Span</th><th>Outlets</th></tr></thead><tbody>
{% for s in rows %}<tr><td><a href="{{ s.folder }}/brief.html">{{ s.title }}</a><div class="meta">{{ s.id }}</div></td>
<td>{{ s.articles }}</td><td>{{ s.first or "?" }} – {{ s.last or "?" }}</td><td>{{ s.outlets|join(", ") }}</td></tr>
{% endfor %}</tbody></table>
{% if skips %}<h2>Skipped inputs</h2>
<ul>{% for k in skips %}<li>{{ k.source }}: {{ k.reason }}</li>{% endfor %}</ul>{% endif %}
</body></html>
""")


@dataclass(frozen=True)
class IndexFiles:
    """index.html, index.json and the brief files of each story."""

    html: Path
    json: Path
    briefs: tuple[BriefFiles, ...]


def story_row(story: Story) -> dict[str, object]:
    """What the index shows of a story: id, title, article count, time span and outlets."""
    days = sorted(a.published.isoformat() for a in story.articles if a.published)
    return {
        "id": story.id,
        "folder": story.id,
        "title": story.title,
        "articles": len(story.articles),
        "first": days[0] if days else None,
        "last": days[-1] if days else None,
        "outlets": sorted({a.outlet for a in story.articles if a.outlet}),
    }


def write_index(stories: Sequence[Story], out_dir: str | Path, skips: Sequence[Skip] = ()) -> IndexFiles:
    """One brief per story in ``out_dir/<story id>/``, and ``index.html`` / ``index.json`` linking them."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    briefs = tuple(write_brief(story, out / story.id, skips) for story in stories)
    rows = [story_row(s) for s in stories]
    html, data = out / "index.html", out / "index.json"
    html.write_text(_INDEX.render(stories=stories, rows=rows, skips=skips), encoding="utf-8")
    data.write_text(json.dumps({"schema": "storyline.stories/1", "stories": rows}, indent=2) + "\n", encoding="utf-8")
    return IndexFiles(html, data, briefs)
