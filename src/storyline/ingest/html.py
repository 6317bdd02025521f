"""HTML pages to text and metadata with trafilatura (body, title, authors, site) and htmldate (date)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import Any

import htmldate
import trafilatura

from storyline.ingest.meta import Meta, parse_date

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Page:
    """What an HTML page gives: its main text and the metadata it declares."""

    text: str
    meta: Meta
    summary: str | None = None


def _authors(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(name.strip() for name in value.split(";") if name.strip())


def _page_date(html: str, fallback: str | None) -> date | None:
    try:
        found = htmldate.find_date(html, original_date=True, outputformat="%Y-%m-%d")
    except Exception as e:  # htmldate parses arbitrary markup; a failure only costs us the date
        log.debug("htmldate failed: %s", e)
        found = None
    return parse_date(found or fallback or "")


def extract(html: str, *, url: str | None = None) -> Page | None:
    """The page's main text and metadata, or None when trafilatura finds no main text."""
    try:
        doc: Any = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False, deduplicate=False
        )
    except Exception as e:  # broken markup must cost one skipped page, never the batch
        log.debug("trafilatura failed: %s", e)
        return None
    if doc is None or not (doc.text or "").strip():
        return None
    meta = Meta(
        title=doc.title or None,
        outlet=doc.sitename or None,
        url=doc.url or url,
        published=_page_date(html, doc.date),
        byline=_authors(doc.author),
    )
    return Page(text=str(doc.text), meta=meta, summary=doc.description or None)
