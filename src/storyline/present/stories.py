"""Writes the briefs of a pile with several stories: one brief per story in a subfolder, and index.html."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from storyline.atomic import atomic_file
from storyline.model import Skip, Story
from storyline.present.brief import HTML, BriefFiles, shown_story, write_brief
from storyline.present.drawings import Drawer
from storyline.present.summary import Sentences


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


def write_index(
    stories: Sequence[Story],
    out_dir: str | Path,
    skips: Sequence[Skip] = (),
    sentences_of: Callable[[Story], Sentences] | None = None,
    drawer: Drawer | None = None,
) -> IndexFiles:
    """One brief per story in ``out_dir/<story id>/``, and ``index.html`` / ``index.json`` linking them;
    ``sentences_of`` (``present.sentences.sentences_from``) gives each brief its claims' sentences. ``drawer``
    draws the pictures (default: here); one that works ahead gets every story's pictures before the first
    brief is written."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    if drawer is not None:
        for story in stories:
            drawer.start(shown_story(story, skips))
    briefs = tuple(
        write_brief(
            story, out / story.id, skips, sentences=sentences_of(story) if sentences_of else None, drawer=drawer
        )
        for story in stories
    )
    rows = [story_row(s) for s in stories]
    html, data = out / "index.html", out / "index.json"
    page = HTML.get_template("index.html.j2").render(stories=stories, rows=rows, skips=skips)
    listing = json.dumps({"schema": "storyline.stories/1", "stories": rows}, indent=2) + "\n"
    for path, text in ((html, page), (data, listing)):
        with atomic_file(path) as file:
            file.write(text)
    return IndexFiles(html, data, briefs)
