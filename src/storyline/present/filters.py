"""Template filters every HTML and Markdown output shares: codes in words, titles, claims and quotes as read."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from storyline.model import Article, ArticleInfo, Claim, Quote, SourceRef, StoryEvent
from storyline.present.summary import best_sentence
from storyline.present.words import actor_name, disagreement, event_type, status, when


def article_title(article: ArticleInfo | Article) -> str:
    """The article's title; never its file path (an untitled article is named by its outlet and day)."""
    if article.title:
        return article.title
    day = published(article.published)
    return f"Untitled article ({article.outlet or 'unknown outlet'}, {day})"


def source_labels(articles: Iterable[ArticleInfo]) -> dict[str, str]:
    """Article id -> how a reader tells its source apart: the outlet, with the day when the outlet has several
    articles in the story ("Wikinews, 2 July 2008"); an article without an outlet by its title, never its path."""
    articles = list(articles)
    per_outlet = Counter(a.outlet for a in articles if a.outlet)
    labels = {}
    for a in articles:
        if not a.outlet:
            labels[a.id] = article_title(a)
        elif per_outlet[a.outlet] > 1 and a.published:
            labels[a.id] = f"{a.outlet}, {published(a.published)}"
        else:
            labels[a.id] = a.outlet
    return labels


def outlet_label(value: str, outlets: dict[str, str]) -> str:
    """An outlet as a reader sees it: a statement counts an article without an outlet by its id, shown as the
    article's title."""
    return outlets.get(value, value)


def published(day: date | None) -> str:
    return f"{day.day} {day:%B %Y}" if day else "date unknown"


def as_written(claim: Claim) -> str:
    """The claim as written, with what it counts when the text does not already say it (no "15 pages of X
    pages of X")."""
    counted = claim.counted.strip()
    if not counted or counted.casefold() in claim.text.casefold():
        return claim.text
    return f"{claim.text} ({counted})"


def quote_text(quote: Quote) -> str:
    """A quote's words: the parts of a quote split by its cue ("…, he said, …") joined, without the cue."""
    return " … ".join(part.text for part in quote.parts) if quote.parts else quote.text


def event_sentence(event: StoryEvent) -> SourceRef | None:
    """The source sentence that best says what happened (a quotation only when every source is one)."""
    if not event.sources:
        return None
    return best_sentence(event.sources, {}) or event.sources[0]


def trigger_split(source: SourceRef) -> tuple[str, str, str]:
    """The sentence as (before, trigger, after) so a template can mark the words naming the event."""
    text, trigger = source.text, source.trigger
    if trigger is None or not source.start <= trigger.start < trigger.end <= source.end:
        return text, "", ""
    a, b = trigger.start - source.start, trigger.end - source.start
    return text[:a], text[a:b], text[b:]


FILTERS: dict[str, Callable[..., Any]] = {
    "when": when,
    "event_type": event_type,
    "status_words": status,
    "disagreement_kind": disagreement,
    "actor_name": actor_name,
    "outlet_label": outlet_label,
    "article_title": article_title,
    "published": published,
    "as_written": as_written,
    "quote_text": quote_text,
    "event_sentence": event_sentence,
    "trigger_split": trigger_split,
}
