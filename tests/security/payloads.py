"""The payload corpus: hostile text in every field of every input format, and a story poisoned field by field.

A payload that runs sets ``window.name`` or ``document.title`` to a ``PWNED-<n>`` marker, so a browser test
can tell that it ran; the others are mathtext, table pipes, Markdown links, terminal escapes, surrogates and
control characters.
"""

from __future__ import annotations

import csv
import dataclasses
import html
import itertools
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from storyline.model import Story

MARKER = re.compile(r"PWNED-\d+")
"""What a payload sets ``window.name`` or ``document.title`` to when it runs."""

SCRIPT = "<script>window.name='PWNED-1'</script>"
IMG = "<img src=x onerror=\"window.name='PWNED-2'\">"
SVG = "<svg onload=\"document.title='PWNED-3'\">"
CLOSE_SCRIPT = "</script><script>window.name='PWNED-4'</script>"
BREAKOUT = "\"><img src=x onerror=window.name='PWNED-5'>"
ATTRIBUTE = "' onmouseover='window.name=\"PWNED-6\"' x='"
ENTITY = "&lt;img src=x onerror=window.name='PWNED-7'&gt;"
NUMERIC_ENTITY = "&#60;script&#62;window.name='PWNED-8'&#60;/script&#62;"
JS_URL = "javascript:window.name='PWNED-9'"
JS_URL_CASED = " JaVaScRiPt:document.title='PWNED-10'"
DATA_URL = "data:text/html,<script>window.name='PWNED-11'</script>"
MD_LINK = "[click me](javascript:window.name='PWNED-12')"
MD_AUTOLINK = "<javascript:window.name='PWNED-13'>"
MD_IMAGE = "![x](data:image/svg+xml,<svg onload=window.name='PWNED-14'>)"
MATHTEXT = ("Make $$ Fast", "US$ 5% to US$ 6", r"$\frac{1}{0}$", "$x^{$")
PIPES = ("Wire | Pipe", "a \\| b", "two\nlines | here")
TERMINAL = ("\x1b]0;PWNED-TERM\x07", "\x1b[2J\x1b[H", "\x9b31m", "\u202eevil")
CONTROL = ("\x01\x02\x7f", "\ufffe", "\x0c", "\x0b")
INGEST_ONLY = ("\ud800", "\udfff", "\x00")
"""Lone surrogates and NUL: until ingest replaces them (issue 23, item 2 and 12), a run holding them stops."""

MARKUP = (SCRIPT, IMG, SVG, CLOSE_SCRIPT, BREAKOUT, ATTRIBUTE, ENTITY, NUMERIC_ENTITY, MD_LINK, MD_AUTOLINK, MD_IMAGE)
URLS = (JS_URL, JS_URL_CASED, DATA_URL, "file:///etc/passwd", "//evil.example/x")
TEXTS = (*MARKUP, *MATHTEXT, *PIPES, *TERMINAL, *CONTROL)
"""Every payload that can stand in a text field today."""


def _story_text(extra: str) -> str:
    # Real sentences around the payloads, so the pipeline finds actors, quotes, numbers and events in them.
    return (
        f"Ruritania's president Anna Berg said on Tuesday: \u201cWe will not give up the dam {IMG}.\u201d\n\n"
        f"As many as 8,000 workers {PIPES[0]} crossed the Varna dam, officials said. "
        f"The toll rose from {MATHTEXT[1]}, {MATHTEXT[0]} reported.\n\n"
        f"Berg met Freedonia's prime minister Otto Lind in Geneva on Monday. "
        f"Lind said the plan {CLOSE_SCRIPT} \u201cis dead {MATHTEXT[2]} for now\u201d.\n\n"
        f"About 11,000 workers are massing near the dam {SCRIPT}, Anna Berg told reporters. {extra}\n"
    )


def write_corpus(folder: Path) -> Path:
    """Write the corpus in every input format, all about one invented story: ``story.txt`` with a
    ``manifest.csv``, ``page.html`` (title, og:site_name, author), ``wire.jsonl`` (title, outlet, url, byline)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "story.txt").write_text(
        f"Dam talks stall {SCRIPT} {MATHTEXT[3]}\n\n" + _story_text(f"{ENTITY} {TERMINAL[0]} {CONTROL[0]}"),
        encoding="utf-8",
    )
    with (folder / "manifest.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["file", "outlet", "published", "url", "title"])
        writer.writerow(["story.txt", f"{MATHTEXT[0]} | {TERMINAL[0]}News {BREAKOUT}", "2024-11-12", JS_URL_CASED,
                         f"Dam talks stall {MD_LINK} {CLOSE_SCRIPT}"])  # fmt: skip
    site, author = html.escape(f"Site {BREAKOUT} | {TERMINAL[1]}"), html.escape(f"Jo {ATTRIBUTE}")
    # Escaped: the payloads are the text of the page, as a site quoting them would publish them.
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in _story_text(NUMERIC_ENTITY).split("\n\n"))
    (folder / "page.html").write_text(
        "<!DOCTYPE html><html><head>"
        f"<title>Varna dam: {ENTITY.replace('&', '&amp;')} &lt;script&gt;window.name='PWNED-15'&lt;/script&gt;</title>"
        f'<meta property="og:site_name" content="{site}"><meta name="author" content="{author}">'
        "<meta property=\"article:published_time\" content=\"2024-11-13\">"
        f"</head><body><article><h1>Varna dam talks</h1>{paragraphs}</article></body></html>",
        encoding="utf-8",
    )
    lines = [
        {"text": _story_text(MD_IMAGE), "title": f"Wire: {SVG} {MATHTEXT[2]}", "outlet": f"{PIPES[2]} {TERMINAL[2]}",
         "url": JS_URL, "byline": [f"Ann {SCRIPT}", f"Bo {PIPES[1]} {TERMINAL[3]}"], "published": "2024-11-14"},
        {"text": _story_text(MD_AUTOLINK), "title": f"Wire two {MD_LINK}", "outlet": f"Other {CONTROL[1]} {IMG}",
         "url": DATA_URL, "byline": [f"Cy {CONTROL[2]}"], "published": "2024-11-15"},
    ]  # fmt: skip
    (folder / "wire.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return folder


def write_ingest_only(folder: Path) -> Path:
    """A JSONL file whose fields hold lone surrogates, NUL and control characters (issue 23, items 2 and 12):
    a pile holding it only gets through once ingest replaces them."""
    folder.mkdir(parents=True, exist_ok=True)
    line = {
        "text": _story_text(f"{INGEST_ONLY[0]} {INGEST_ONLY[2]} {CONTROL[0]}"),
        "title": f"Surrogate {INGEST_ONLY[1]} title",
        "outlet": f"Nul{INGEST_ONLY[2]}Outlet {CONTROL[1]}",
        "url": f"http://x.example/{INGEST_ONLY[0]}",
        "byline": [f"Dee {INGEST_ONLY[0]}{CONTROL[0]}"],
        "published": "2024-11-16",
    }
    (folder / "hostile.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    return folder


# -- a story poisoned field by field ----------------------------------------------------------------------

_TEXT_FIELDS = frozenset({"name", "title", "affiliation", "role", "text", "topic", "outlet", "source_name",
                          "counted", "unit", "mode", "qualifier", "source"})  # fmt: skip
_TEXT_TUPLES = frozenset({"byline", "terms", "outlets"})


def poison(story: Story, payloads: tuple[str, ...] = TEXTS) -> Story:
    """``story`` with every text field (names, titles, quotes, topics, outlets, bylines, terms...) replaced by
    a payload in turn, and every URL by a hostile one; ids and numbers stay, so the story still hangs together."""
    texts = itertools.cycle(payloads)
    urls = itertools.cycle(URLS)

    def walk(value: Any) -> Any:
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            changes: dict[str, Any] = {}
            for f in dataclasses.fields(value):
                current = getattr(value, f.name)
                if f.name == "url" and current is not None:
                    changes[f.name] = next(urls)
                elif f.name in _TEXT_FIELDS and isinstance(current, str):
                    changes[f.name] = f"{current} {next(texts)}"
                elif f.name in _TEXT_TUPLES and isinstance(current, tuple):
                    changes[f.name] = tuple(f"{item} {next(texts)}" for item in current)
                elif isinstance(current, tuple) or dataclasses.is_dataclass(current):
                    changes[f.name] = walk(current)
            return dataclasses.replace(value, **changes)
        if isinstance(value, tuple):
            return tuple(walk(item) for item in value)
        return value

    poisoned: Story = walk(story)
    return poisoned


def strings(value: Any) -> Iterator[str]:
    """Every string inside a JSON-like value (keys too)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from strings(item)
