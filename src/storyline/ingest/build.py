"""A raw document to an Article: extract (HTML), clean, layer the metadata, check language and length."""

from __future__ import annotations

import hashlib
from functools import cache
from typing import Any

from storyline.errors import Msg
from storyline.ingest import html as html_reader
from storyline.ingest.clean import clean
from storyline.ingest.meta import Meta
from storyline.ingest.readers import Raw
from storyline.model import Article, Skip
from storyline.settings import Settings

# Below this many words the language identifier guesses; above it, with this confidence, it knows.
_LANG_MIN_WORDS = 20
_LANG_MIN_PROB = 0.8
_ID_CHARS = 16


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(body: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability) of the body's language."""
    code, prob = _identifier().classify(body)
    return str(code), float(prob)


def content_id(body: str) -> str:
    """The article id: sha256 of the whitespace-normalised body, first 16 hex digits."""
    return hashlib.sha256(" ".join(body.split()).encode("utf-8")).hexdigest()[:_ID_CHARS]


def build(raw: Raw, *, manifest: Meta | None, flags: Meta, settings: Settings) -> Article | Skip:
    """The article a raw document makes, or the reason it makes none."""
    text, given, summary = raw.text, raw.meta, None
    if raw.html:
        page = html_reader.extract(raw.text, url=raw.meta.url)
        if page is None:
            return Skip(raw.source, "no-body", Msg.NO_BODY)
        text, given, summary = page.text, raw.meta.over(page.meta), page.summary
    # The spaCy pipeline refuses texts over its max_length (a wire dump, a whole feed in one file).
    if len(text) > settings.max_chars:
        return Skip(raw.source, "too-large", Msg.TOO_LONG.format(chars=len(text), limit=settings.max_chars))
    # Plain text opens with its headline; HTML and titled JSONL give the title as metadata.
    cleaned = clean(text, title=given.title, first_line_title=not raw.html and given.title is None)
    from_input = Meta(
        title=given.title or cleaned.title,
        byline=tuple(dict.fromkeys(given.byline + cleaned.byline)),
    ).over(given)
    meta = flags.over((manifest or Meta()).over(from_input))
    words = len(cleaned.body.split())
    if words < settings.min_words:
        return Skip(raw.source, "no-body", Msg.TOO_FEW_WORDS.format(words=words, limit=settings.min_words))
    language = "en"
    if words >= _LANG_MIN_WORDS:
        code, prob = detect_language(cleaned.body)
        if prob >= _LANG_MIN_PROB:
            language = code
    if settings.require_english and language != "en":
        return Skip(raw.source, "not-english", Msg.NOT_ENGLISH.format(lang=language))
    return Article(
        id=content_id(cleaned.body),
        source=raw.source,
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
        dropped=cleaned.dropped,
    )
