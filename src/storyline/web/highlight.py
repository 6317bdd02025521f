"""The article's original text as HTML, every extracted fact a span with an anchor; the text is always escaped."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from markupsafe import Markup, escape

from storyline.model import Article, ArticleAnalysis

# Outer layers first when two marks cover the same range.
_RANK = {"sent": 0, "dropped": 0, "event": 1, "commitment": 1, "quote": 2, "claim": 3, "time": 4, "mention": 5}


@dataclass(frozen=True)
class Mark:
    """A span of the text to wrap: ``fact`` is the anchor id (``q-3``), ``css`` its class, ``title`` a tooltip."""

    start: int
    end: int
    fact: str
    css: str
    title: str = ""
    href: str = ""
    """Where the fact leads (the actor page of a mention), kept as a data attribute for the page's script."""


def _claim_value(claim: object) -> str:
    value, low, high = (getattr(claim, k) for k in ("value", "low", "high"))
    if value is not None:
        return f"{value:g}"
    if low is not None and high is not None:
        return f"{low:g}–{high:g}"
    if high is not None:
        return f"≤ {high:g}"
    if low is not None:
        return f"≥ {low:g}"
    return "?"


def marks(
    article: Article, analysis: ArticleAnalysis, links: Mapping[tuple[str, int, int], str] | None = None
) -> list[Mark]:
    """Every fact of the analysis (and every dropped line) as a mark over the article's text."""
    links = links or {}
    out = [Mark(s.start, s.end, f"s-{s.index}", "sent") for s in analysis.sentences]
    out += [Mark(d.start, d.end, f"d-{i}", "dropped", f"dropped: {d.reason}") for i, d in enumerate(article.dropped)]
    for i, event in enumerate(analysis.events):
        flags = " (negated)" if event.negated else " (hypothetical)" if event.hypothetical else ""
        details = "".join(f" · {x}" for x in (event.mode, event.date) if x)
        title = f"event {event.type}{details}{flags}"
        out.append(Mark(event.start, event.end, f"e-{i}", "event", title))
    for i, commitment in enumerate(analysis.commitments):
        out.append(
            Mark(
                commitment.start,
                commitment.end,
                f"k-{i}",
                "commitment",
                f"commitment: {commitment.kind} ({commitment.name})",
            )
        )
    for i, quote in enumerate(analysis.quotes):
        speaker = quote.speaker.name if quote.speaker else "unknown speaker"
        out.append(Mark(quote.start, quote.end, f"q-{i}", "quote", f"{quote.kind} quote · {speaker}"))
    for i, claim in enumerate(analysis.claims):
        source = claim.source_name or "the outlet"
        title = (
            f"number {_claim_value(claim)}{' ' + claim.unit if claim.unit else ''} · {claim.counted} · source: {source}"
        )
        out.append(Mark(claim.start, claim.end, f"c-{i}", "claim", title))
    for i, time in enumerate(analysis.times):
        out.append(Mark(time.start, time.end, f"t-{i}", "time", f"time {time.value or 'unresolved'}"))
    for i, mention in enumerate(analysis.mentions):
        actor = links.get((analysis.article_id, mention.start, mention.end))
        href = f"/actors/{actor}" if actor else ""
        out.append(
            Mark(
                mention.start,
                mention.end,
                f"m-{i}",
                f"mention {mention.label.lower()}",
                f"{mention.label} · {mention.name}",
                href,
            )
        )
    return out


def _open(mark: Mark, first: bool) -> str:
    attrs = [f'class="{escape(mark.css)}"', f'data-fact="{escape(mark.fact)}"']
    if first:
        attrs.insert(0, f'id="{escape(mark.fact)}"')
    if mark.title:
        attrs.append(f'title="{escape(mark.title)}"')
    if mark.href:
        attrs.append(f'data-href="{escape(mark.href)}"')
    return f"<span {' '.join(attrs)}>"


def highlight(text: str, spans: Iterable[Mark]) -> Markup:
    """``text`` escaped, with each mark wrapped in a span; a mark that crosses another is split in pieces.

    Only the first piece of a mark carries its id, so every anchor is unique; all pieces share ``data-fact``.
    """
    size = len(text)
    valid = sorted(
        (m for m in spans if 0 <= m.start < m.end <= size),
        key=lambda m: (m.start, -m.end, _RANK.get(m.css.split()[0], 9)),
    )
    starts: dict[int, list[Mark]] = {}
    for m in valid:
        starts.setdefault(m.start, []).append(m)
    bounds = sorted({0, size, *(m.start for m in valid), *(m.end for m in valid)})
    parts: list[str] = []
    stack: list[Mark] = []
    opened: set[str] = set()
    for i, pos in enumerate(bounds):
        reopen: list[Mark] = []
        if any(m.end == pos for m in stack):
            # Close down to the deepest mark ending here; marks above it that go on are reopened.
            while any(m.end == pos for m in stack):
                top = stack.pop()
                parts.append("</span>")
                if top.end != pos:
                    reopen.append(top)
        pending = sorted([*reopen, *starts.get(pos, [])], key=lambda m: (-m.end, _RANK.get(m.css.split()[0], 9)))
        for m in pending:
            parts.append(_open(m, m.fact not in opened))
            opened.add(m.fact)
            stack.append(m)
        if i + 1 < len(bounds):
            parts.append(str(escape(text[pos : bounds[i + 1]])))
    parts.extend("</span>" for _ in stack)
    return Markup("".join(parts))
