"""The per-outlet view: what each outlet alone reports, whom it quotes, which numbers it gives, and which of its
articles are opinion or analysis rather than reporting."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from storyline.model import ArticleInfo, ClaimRef, OutletView, Statement, Story

_MARKERS = r"opinion|op-?ed|commentary|analysis|editorial|column|viewpoint|perspective|comment"
_URL_MARKER = re.compile(rf"/(?:{_MARKERS})s?(?:[/_.-]|$)", re.IGNORECASE)
# In a title only as a label ("Opinion: ...", "... | Analysis"): "analysis" inside a headline is just a word.
_TITLE_MARKER = re.compile(rf"^\s*(?:{_MARKERS})\s*[:|–—-]|[|–—]\s*(?:{_MARKERS})\s*$", re.IGNORECASE)
_SECTION_MARKER = re.compile(rf"\b(?:{_MARKERS})s?\b", re.IGNORECASE)


def opinion_marker(article: ArticleInfo) -> str | None:
    """Why the article reads as opinion or analysis ("section: Opinion", "url: /opinion/"), or None."""
    if article.section and (m := _SECTION_MARKER.search(article.section)):
        return f"section “{article.section}”"
    if article.url and (m := _URL_MARKER.search(article.url)):
        return f"address ({m.group(0).strip('/_.-')})"
    if article.title and (m := _TITLE_MARKER.search(article.title)):
        return f"title ({m.group(0).strip(' :|–—-')})"
    return None


def outlet_views(story: Story, only_one: Sequence[Statement]) -> tuple[OutletView, ...]:
    """One view per outlet, the outlet with the most articles first. ``only_one``: ``summary.single_outlet``."""
    articles: defaultdict[str, list[ArticleInfo]] = defaultdict(list)
    for article in story.articles:
        articles[article.outlet or article.id].append(article)
    outlet_of = {a.id: a.outlet or a.id for a in story.articles}
    quoted: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for speaker in story.speakers:
        for article_id, _ in speaker.quotes:
            quoted[outlet_of.get(article_id, article_id)][speaker.name] += 1
    numbers: defaultdict[str, list[ClaimRef]] = defaultdict(list)
    for group in story.claim_groups:
        for ref in group.claims:
            numbers[outlet_of.get(ref.article_id, ref.article_id)].append(ref)
    views = []
    for outlet, items in sorted(articles.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        opinion = tuple((a.id, marker) for a in items if (marker := opinion_marker(a)))
        views.append(
            OutletView(
                outlet=outlet,
                articles=tuple(a.id for a in items),
                opinion=opinion,
                only_here=tuple(s for s in only_one if s.outlets == (outlet,)),
                speakers=tuple(sorted(quoted[outlet].items(), key=lambda kv: (-kv[1], kv[0]))),
                numbers=tuple(numbers[outlet]),
            )
        )
    return tuple(views)
