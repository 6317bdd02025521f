"""A raw document to an Article: extract (HTML), clean, layer the metadata, check language and length."""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import metadata
from typing import Any

from storyline.datacache import cached
from storyline.errors import Msg
from storyline.ingest.clean import clean
from storyline.ingest.meta import Meta
from storyline.ingest.readers import Raw
from storyline.ingest.sanitize import scrub_html, scrub_meta, scrub_text, scrub_value
from storyline.model import Article, DroppedLine, Skip
from storyline.settings import Settings

# Below this many words the language identifier guesses; above it, with this confidence, it knows.
_LANG_MIN_WORDS = 20
_LANG_MIN_PROB = 0.8
_ID_CHARS = 16


@cache
def _identifier() -> Any:
    # The shipped model is an lzma-compressed pickle: decompressing it took half a CPU second of every run,
    # before the first article; the disk cache keeps it uncompressed.
    return cached("langid", _load_identifier, depends=f"py3langid={metadata.version('py3langid')}")


def _load_identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def release_identifier() -> None:
    """Drop the cached language identifier: the next ``detect_language`` loads it afresh. Unpacked, it holds
    some 70 MB (a 100-article run's process went from 268 to 197 MB without it), which a one-shot command
    would otherwise carry through its story stage, long after the last article was read."""
    _identifier.cache_clear()


def detect_language(body: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability) of the body's language."""
    code, prob = _identifier().classify(body)
    return str(code), float(prob)


def content_id(body: str) -> str:
    """The article id: sha256 of the whitespace-normalised body, first 16 hex digits."""
    return hashlib.sha256(" ".join(body.split()).encode("utf-8")).hexdigest()[:_ID_CHARS]


def _position(line: DroppedLine) -> tuple[int, int]:
    return line.start, line.end


def build(raw: Raw, *, manifest: Meta | None, flags: Meta, settings: Settings) -> Article | Skip:
    """The article a raw document makes, or the reason it makes none.

    Every field is scrubbed here, once (storyline.ingest.sanitize): unsafe characters in the text are replaced
    one for one and recorded as dropped runs; those in metadata (from the input, the page, the manifest and the
    flags) as zero-width records naming the field.
    """
    source = scrub_value(raw.source)
    given, unsafe = scrub_meta(raw.meta)
    text, summary = raw.text, None
    if raw.html:
        page_html, counts = scrub_html(raw.text)
        unsafe += tuple(DroppedLine(0, 0, "", f"{kind} in html: {n}") for kind, n in counts.items())
        from storyline.ingest.html import extract  # trafilatura and htmldate, imported for the first page only

        page = extract(page_html, url=given.url)
        if page is None:
            return Skip(source, "no-body", Msg.NO_BODY)
        page_meta, page_unsafe = scrub_meta(page.meta)
        text, given, summary = page.text, given.over(page_meta), page.summary and scrub_value(page.summary)
        unsafe += page_unsafe
    # The spaCy pipeline refuses texts over its max_length (a wire dump, a whole feed in one file).
    if len(text) > settings.max_chars:
        return Skip(source, "too-large", Msg.TOO_LONG.format(chars=len(text), limit=settings.max_chars))
    text, replaced = scrub_text(text)
    # Plain text opens with its headline; HTML and titled JSONL give the title as metadata.
    cleaned = clean(text, title=given.title, first_line_title=not raw.html and given.title is None)
    from_input = Meta(
        title=given.title or cleaned.title,
        byline=tuple(dict.fromkeys(given.byline + cleaned.byline)),
        published=given.published or cleaned.published,  # a stamp line's date, when no metadata gives one
    ).over(given)
    row, row_unsafe = scrub_meta(manifest or Meta())
    flag_meta, flag_unsafe = scrub_meta(flags)
    meta = flag_meta.over(row.over(from_input))
    words = len(cleaned.body.split())
    if words < settings.min_words:
        return Skip(source, "no-body", Msg.TOO_FEW_WORDS.format(words=words, limit=settings.min_words))
    language = "en"
    if words >= _LANG_MIN_WORDS:
        code, prob = detect_language(cleaned.body)
        if prob >= _LANG_MIN_PROB:
            language = code
    if settings.require_english and language != "en":
        return Skip(source, "not-english", Msg.NOT_ENGLISH.format(lang=language))
    return Article(
        id=content_id(cleaned.body),
        source=source,
        text=text,
        body=cleaned.body,
        title=meta.title,
        outlet=meta.outlet,
        url=meta.url,
        published=meta.published,
        byline=meta.byline,
        dateline=cleaned.dateline,
        section=cleaned.section,
        summary=cleaned.summary or summary,
        language=language,
        dropped=(*unsafe, *row_unsafe, *flag_unsafe, *sorted(replaced + cleaned.dropped, key=_position)),
    )
