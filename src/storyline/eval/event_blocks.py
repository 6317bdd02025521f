"""Where merging's ceiling lies: of the gold cross-article pairs of event mentions, how many join two reports storyline
codes at all, how many it merges, and which merge condition keeps the others apart."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from storyline.model import ArticleAnalysis, ArticleInfo
from storyline.resolve.actors import ActorIndex
from storyline.resolve.events import Trigger, apart

if TYPE_CHECKING:  # coref calls this module
    from storyline.eval.coref import Aligned

GOLD, ALIGNED, MERGED = "gold pairs", "both aligned", "merged"
"""The ceiling's first three counts; every other key of a breakdown is a condition that keeps pairs apart."""

GROUPS = {
    "type": "type", "modality": "type",
    "act": "trigger", "undated, other word": "trigger",
    "actors": "participants", "recipients": "participants", "target left out": "participants",
    "other people": "participants", "no one named": "participants", "lone hand": "participants",
    "dates": "time", "background": "time", "undated, not narrow": "time", "undated, not asserted": "time",
    "earlier": "other", "trade": "other", "no one in one article": "other", "no report": "other",
    "kind": "other",
    "": "none (other reports kept them apart)",
}  # fmt: skip
"""Each condition of ``resolve.events._check`` by what it compares (time, participants, type, trigger)."""


def breakdown(
    aligned: Sequence[Aligned], triggers: Sequence[Trigger | None], index: ActorIndex,
    articles: Sequence[ArticleInfo], analyses: Iterable[ArticleAnalysis],
) -> Counter[str]:  # fmt: skip
    """The counts of one group: ``aligned`` its gold event mentions, ``triggers`` the report each aligned to (None for
    none), ``index``, ``articles`` and ``analyses`` what its story was resolved from."""
    counts: Counter[str] = Counter()
    pairs: list[tuple[Trigger, Trigger]] = []
    for i, one in enumerate(aligned):
        for j in range(i + 1, len(aligned)):
            other = aligned[j]
            if one.article == other.article or one.mention.entity != other.mention.entity:
                continue
            counts[GOLD] += 1
            first, second = triggers[i], triggers[j]
            if first is None or second is None:
                continue
            counts[ALIGNED] += 1
            if one.actor == other.actor:
                counts[MERGED] += 1
            else:
                pairs.append((first, second))
    counts.update(apart(index, articles, analyses, pairs))
    return counts


def grouped(counts: Counter[str]) -> Counter[str]:
    """The conditions of a breakdown summed by what they compare."""
    out: Counter[str] = Counter()
    for key, n in counts.items():
        if key not in (GOLD, ALIGNED, MERGED):
            out[GROUPS.get(key, "other")] += n
    return out


def format_breakdown(counts: Counter[str]) -> list[str]:
    """The breakdown as text lines."""
    gold, both, merged = counts[GOLD], counts[ALIGNED], counts[MERGED]
    lines = [f"  ceiling across articles: {gold} gold pairs; {both} join two reports storyline codes"
             f" ({both / gold if gold else 0:.3f}); {merged} merged; {both - merged} kept apart, by condition:"]
    blocks = {k: n for k, n in counts.items() if k not in (GOLD, ALIGNED, MERGED)}
    for group, n in grouped(counts).most_common():
        detail = ", ".join(f"{k or 'none'} {m}" for k, m in sorted(blocks.items(), key=lambda kv: -kv[1])
                           if GROUPS.get(k, "other") == group)  # fmt: skip
        lines.append(f"    {group:<14} {n:>6}  ({detail})")
    return lines
