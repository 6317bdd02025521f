"""What the browser tests measure in a rendered page: the boxes of the pictures' labels, as Chromium lays them out."""

from __future__ import annotations

from typing import Any

# Rectangles of the timeline labels, the network's node labels and its legend, in page pixels.
BOXES = """
const rect = (e) => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
const texts = (sel) => [...document.querySelectorAll(sel)].map(rect).filter(r => r[2] > r[0]);
return {
  timeline: texts('g[id^="timeline-label"]'),
  labels: texts('g[id^="label-"]'),
  legend: texts('g[id="legend"]'),
};
"""


def overlaps(one: list[float], two: list[float], slack: float = 0.5) -> bool:
    """Whether two boxes share more than a hairline (anti-aliasing rounds edges by a fraction of a pixel)."""
    return min(one[2], two[2]) - max(one[0], two[0]) > slack and min(one[3], two[3]) - max(one[1], two[1]) > slack


def label_clashes(boxes: dict[str, Any]) -> list[tuple[list[float], list[float]]]:
    """Pairs of timeline labels that overlap, and node labels that cover the legend."""
    timeline = boxes["timeline"]
    clashes = [(a, b) for i, a in enumerate(timeline) for b in timeline[i + 1 :] if overlaps(a, b)]
    clashes += [(a, b) for a in boxes["labels"] for b in boxes["legend"] if overlaps(a, b)]
    return clashes
