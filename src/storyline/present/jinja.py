"""The Jinja environments every HTML and Markdown output is rendered with: escaping on whatever the file name."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import jinja2
from markupsafe import Markup

from storyline.present.escape import http_url, markdown_text

FILE_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
)
"""Content-Security-Policy of the HTML files storyline writes (brief.html, index.html), as a meta tag.

They load nothing and run no script: ``default-src 'none'`` forbids every script, frame, font, connection
and remote image, so even markup that slipped past escaping stays inert. Styles are inline (the page's own
sheet and the SVG pictures' style attributes); the pictures' colour bars are ``data:`` images."""


def html_environment(loader: jinja2.BaseLoader) -> jinja2.Environment:
    """An environment that HTML-escapes every ``{{ }}`` of every template it loads.

    ``autoescape=True`` rather than ``select_autoescape``: that matches file extensions, and a template named
    ``brief.html.j2`` was rendered unescaped. ``http_url`` turns a URL into a link target only if it is http(s)."""
    env = jinja2.Environment(
        loader=loader, autoescape=True, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True
    )
    env.filters["http_url"] = http_url
    env.filters.update(_filters())
    env.globals["csp"] = FILE_CSP
    return env


def _filters() -> dict[str, Any]:
    # Imported here: filters.py reads the model and the summary, which need nothing of Jinja.
    from storyline.present.filters import FILTERS

    return FILTERS


def _join(value: Iterable[object], separator: str = "") -> Markup:
    return Markup(markdown_text(separator)).join(markdown_text(item) for item in value)


def markdown_environment(loader: jinja2.BaseLoader) -> jinja2.Environment:
    """An environment whose every ``{{ }}`` is Markdown-escaped (``escape.markdown_text``): article text reads
    as written in any CommonMark renderer, never as HTML, links or table cells.

    Autoescape is on so that macros return Markup, which is not escaped a second time; ``join`` is replaced
    because Jinja's own would HTML-escape the items and hand back Markup the finalizer lets through."""
    env = jinja2.Environment(
        loader=loader,
        autoescape=True,
        finalize=markdown_text,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(_filters())
    env.filters["join"] = _join
    env.globals["newline"] = Markup("\n")
    return env
