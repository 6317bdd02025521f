"""The analyze stage: articles in, ArticleAnalysis records out, one spaCy pass per article."""

from __future__ import annotations

import dataclasses
import logging
import weakref
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from typing import Any, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from storyline.model import Article, ArticleAnalysis, Failed, Sentence
from storyline.nlp.extensions import forget_tables, remember_text, sent_end
from storyline.nlp.pipeline import load_nlp
from storyline.settings import Settings

log = logging.getLogger(__name__)

_T = TypeVar("_T")


def _from_original(record: _T, text: str) -> _T:
    """``record`` (and the records inside it) with ``text`` re-read from the original at its offsets.

    Components read the Doc, built from ``Article.body``, where quote marks and spaces are normalised; the
    model promises ``text == Article.text[start:end]``, so the slice is taken from the original here, once.
    """
    if isinstance(record, tuple):
        return tuple(_from_original(item, text) for item in record)  # type: ignore[return-value]
    if not dataclasses.is_dataclass(record) or isinstance(record, type):
        return record
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        new = _from_original(value, text)
        if new is not value and new != value:
            changes[f.name] = new
    span: Any = record
    if {"start", "end", "text"} <= {f.name for f in dataclasses.fields(record)}:
        original = text[span.start : span.end]
        if original != span.text:
            changes["text"] = original
    return dataclasses.replace(record, **changes) if changes else record  # type: ignore[type-var]


def analysis_from_doc(article: Article, doc: Doc) -> ArticleAnalysis:
    """Collect the records the components left on ``doc``."""
    sentences = tuple(Sentence(index=i, start=sent.start_char, end=sent_end(sent)) for i, sent in enumerate(doc.sents))
    analysis = ArticleAnalysis(
        article_id=article.id,
        sentences=sentences,
        mentions=tuple(doc._.mentions),
        quotes=tuple(doc._.quotes),
        claims=tuple(doc._.claims),
        times=tuple(doc._.times),
        events=tuple(doc._.events),
        commitments=tuple(doc._.commitments),
    )
    forget_tables(doc)
    return analysis if article.text == article.body else _from_original(analysis, article.text)


def _docs(nlp: Language, articles: Iterable[Article]) -> Iterator[Doc]:
    for article in articles:
        doc = nlp.make_doc(article.body)
        doc._.article = article
        remember_text(doc, article.body)
        yield doc


def analyze_articles(
    articles: Iterable[Article], settings: Settings | None = None, nlp: Language | None = None
) -> Iterator[ArticleAnalysis]:
    """Analyse articles lazily in batches of ``settings.batch_size`` (memory is bounded by the batch)."""
    settings = settings or Settings()
    nlp = nlp or load_nlp(settings.model)
    for batch in _batches(articles, settings.batch_size):
        yield from _analyze_batch(nlp, batch, settings)


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """The articles in lists of ``size`` (the last one shorter), read lazily."""
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


# The pipelines whose first batch's worth of articles was analysed outside a memory zone (see ``_zone``), and
# how many articles each of the others has analysed so far.
_WARMED: weakref.WeakSet[Language] = weakref.WeakSet()
_WARMING: weakref.WeakKeyDictionary[Language, int] = weakref.WeakKeyDictionary()


def _zone(nlp: Language, articles: int, batch_size: int) -> AbstractContextManager[Any]:
    """A memory zone, except around a pipeline's first ``batch_size`` articles (a batch of ``articles`` now).

    memory_zone frees the vocabulary's per-batch strings, so long runs stay flat in memory; but inside a
    zone spaCy's tokenizer caches nothing and every word not in the model's small vocabulary (764 lexemes)
    gets its lexeme built afresh in each batch. The first batch, analysed outside a zone, leaves its words'
    lexemes and tokenizer cache entries for good: the common words of the pile, at a cost bounded by one
    batch (the cache holds at most 10,000 entries). A process of the default run analyses chunks smaller than
    a batch (storyline.scale.pool): its first chunks stay outside zones until they make a batch, so that it
    keeps as many common words as a one-process run, and its later chunks do not build them again.
    """
    if nlp in _WARMED:
        return nlp.memory_zone()
    done = _WARMING.get(nlp, 0) + articles
    if done >= batch_size:
        _WARMED.add(nlp)
        _WARMING.pop(nlp, None)
    else:
        _WARMING[nlp] = done
    return nullcontext()


def _analyze_batch(nlp: Language, batch: list[Article], settings: Settings) -> list[ArticleAnalysis]:
    with _zone(nlp, len(batch), settings.batch_size):
        docs = nlp.pipe(_docs(nlp, batch), batch_size=settings.batch_size, n_process=settings.n_process)
        return [analysis_from_doc(article, doc) for article, doc in zip(batch, docs, strict=True)]


def analyze_isolated(
    articles: Iterable[Article], settings: Settings | None = None, nlp: Language | None = None
) -> Iterator[ArticleAnalysis | Failed]:
    """``analyze_articles``, except that an article whose analysis raises becomes a Failed record: the batch it
    was in is analysed again one article at a time, so one bad article costs only itself."""
    settings = settings or Settings()
    nlp = nlp or load_nlp(settings.model)
    for batch in _batches(articles, settings.batch_size):
        yield from _isolated_batch(nlp, batch, settings)


def _isolated_batch(nlp: Language, batch: list[Article], settings: Settings) -> list[ArticleAnalysis | Failed]:
    try:
        return list(_analyze_batch(nlp, batch, settings))
    except Exception as e:  # a bug in one component on one article must not cost the other articles
        if len(batch) == 1:
            log.error("analysing %s failed", batch[0].source, exc_info=e)
            return [Failed(batch[0].id, type(e).__name__, str(e))]
    return [result for article in batch for result in _isolated_batch(nlp, [article], settings)]


def analyze(article: Article, settings: Settings | None = None) -> ArticleAnalysis:
    """Analyse one article."""
    return next(analyze_articles([article], settings))
