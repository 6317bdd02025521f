"""A claim group as a picture: one row per source, values and bounds on one axis (inline, offline SVG)."""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Sequence
from typing import Any

import matplotlib as mpl
from markupsafe import Markup
from matplotlib.axes import Axes
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.figure import Figure

from storyline.model import Claim, ClaimGroup, ClaimRef, Story
from storyline.present.drawings import MAX_CHARTS, charted_groups
from storyline.present.escape import chart_text, plain_chart_text

_STATUS_COLOUR = {"differ": "#c0392b", "agree": "#27ae60", "incomparable": "#7f8c8d", "single": "#34495e"}
_PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22")
_APPROX = 0.15  # drawn half-width of an "about N" mark, as a share of N
MAX_ROWS = 24
"""Rows one chart draws at most; a group repeated by many outlets draws each distinct row once."""


def _svg(figure: Figure) -> Markup:
    buffer = io.StringIO()
    with mpl.rc_context({"svg.fonttype": "none", "svg.hashsalt": "storyline"}):
        FigureCanvasSVG(figure).print_svg(buffer, metadata={"Date": None, "Creator": "storyline"})  # type: ignore[no-untyped-call]
    text = buffer.getvalue()
    # Markup: matplotlib escaped every text it drew, so the picture goes into a page as it is.
    return Markup(text[text.index("<svg") :])  # inline: no XML prolog or doctype


def _label(ref: ClaimRef, times: int = 1) -> str:
    lines = [ref.claim.source_name or "the outlet", ref.outlet or ""]
    label = "\n".join(line if len(line) <= 40 else line[:39] + "…" for line in lines if line)
    return chart_text(f"{label} ×{times}" if times > 1 else label)


def _rows(refs: Sequence[ClaimRef]) -> list[tuple[ClaimRef, int]]:
    """Each distinct (source, outlet, value) once, with how often it was stated, in first-seen order.

    A wire story reprinted by a thousand sites states the same number a thousand times: one row with its count
    says that, where a thousand rows would make a picture nobody can read (or draw in reasonable time)."""
    seen: dict[tuple[object, ...], list[Any]] = {}
    for ref in refs:
        c = ref.claim
        key = (c.source_name, ref.outlet, c.kind, c.value, c.low, c.high, c.unit)
        if key in seen:
            seen[key][1] += 1
        else:
            seen[key] = [ref, 1]
    return [(ref, times) for ref, times in seen.values()]


def _numbers(claim: Claim) -> list[float]:
    return [n for n in (claim.value, claim.low, claim.high) if n is not None and math.isfinite(n)]


def _scale(claims: list[Claim]) -> tuple[bool, float, float]:
    """(log scale?, left limit, right limit) covering every number with room for the bound arrows."""
    numbers = [n for c in claims for n in _numbers(c)] or [0.0, 1.0]
    low, high = min(numbers), max(numbers)
    log = low > 0 and high / low >= 20
    if log:
        return True, low / 4, high * 4
    span = (high - low) or abs(high) or 1.0
    return False, min(0.0, low - 0.1 * span), high + 0.45 * span


def _shift(x: float, log: bool, limits: tuple[float, float], toward_right: bool) -> float:
    """Where a bound's arrow ends: a third of the axis further on, inside the limits."""
    step = (limits[1] - limits[0]) / 3
    end = (x * 3 if toward_right else x / 3) if log else (x + step if toward_right else x - step)
    return min(max(end, limits[0]), limits[1])


def _mark(ax: Axes, claim: Claim, y: float, colour: str, log: bool, limits: tuple[float, float]) -> None:
    arrow = {"arrowstyle": "-|>", "color": colour, "linewidth": 1.6, "mutation_scale": 12}
    if claim.kind == "order" and claim.low is not None:
        # A vague amount ("thousands") is a band over its order of magnitude.
        top = claim.high if claim.high is not None else claim.low * 10
        ax.barh(y, top - claim.low, left=claim.low, height=0.5, color=colour, alpha=0.25, hatch="//", edgecolor=colour)
    elif claim.kind == "range" and claim.low is not None and claim.high is not None:
        ax.hlines(y, claim.low, claim.high, color=colour, linewidth=2.2)
        ax.plot([claim.low, claim.high], [y, y], "|", color=colour, markersize=14, markeredgewidth=2)
    elif claim.kind == "max" and claim.high is not None:
        ax.plot([claim.high], [y], "|", color=colour, markersize=14, markeredgewidth=2)
        end = _shift(claim.high, log, limits, toward_right=False)
        ax.annotate("", xy=(end, y), xytext=(claim.high, y), arrowprops=arrow)
    elif claim.kind == "min" and claim.low is not None:
        ax.plot([claim.low], [y], "|", color=colour, markersize=14, markeredgewidth=2)
        end = _shift(claim.low, log, limits, toward_right=True)
        ax.annotate("", xy=(end, y), xytext=(claim.low, y), arrowprops=arrow)
    elif claim.value is not None:
        if claim.kind == "approx":
            margin = abs(claim.value) * _APPROX
            ax.hlines(y, claim.value - margin, claim.value + margin, color=colour, linewidth=1.2, alpha=0.7)
            ax.plot([claim.value], [y], "o", markersize=8, markerfacecolor="white", markeredgecolor=colour)
        else:
            ax.plot([claim.value], [y], "o", markersize=8, color=colour)


def claims_svg(group: ClaimGroup) -> Markup:
    """An inline SVG (no network, no fonts, no scripts) of the group's claims on one axis; every label is
    plain text (a ``$`` in an outlet or topic is drawn, not read as mathtext)."""
    with plain_chart_text():
        return _draw(group)


def _draw(group: ClaimGroup) -> Markup:
    rows = _rows(group.claims)
    left_out = max(len(rows) - MAX_ROWS, 0)
    rows = rows[:MAX_ROWS]
    refs = [ref for ref, _ in rows]
    figure = Figure(figsize=(6.4, 0.9 + 0.5 * max(len(refs), 1)), dpi=100, layout="constrained")
    ax = figure.add_subplot()
    claims = [ref.claim for ref in refs]
    log, left, right = _scale(claims)
    if log:
        ax.set_xscale("log")
    outlets = sorted({ref.outlet or "" for ref in refs})
    colours = {outlet: _PALETTE[i % len(_PALETTE)] for i, outlet in enumerate(outlets)}
    for row, ref in enumerate(refs):
        _mark(ax, ref.claim, float(row), colours[ref.outlet or ""], log, (left, right))
    ax.set_xlim(left, right)
    ax.set_ylim(len(refs) - 0.4, -0.6)  # first claim on top
    ax.set_yticks(range(len(refs)), [_label(ref, times) for ref, times in rows], fontsize=8)
    units = {c.unit for c in claims if c.unit}
    ax.set_xlabel(chart_text(group.topic + (f" ({', '.join(sorted(units))})" if units else "")), fontsize=8)
    ax.tick_params(axis="x", labelsize=8)
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    more = f" (first {MAX_ROWS} of {MAX_ROWS + left_out} distinct statements)" if left_out else ""
    ax.set_title(chart_text(group.topic + more), fontsize=9, loc="left")
    ax.set_title(chart_text(group.status), fontsize=9, loc="right", color=_STATUS_COLOUR.get(group.status, "#333333"))
    return _svg(figure)


def _number(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}".rstrip("0")


def describe(claim: Claim) -> str:
    """The claim's value in short: "11,000", "≤ 8,000", "≥ 1", "≈ 6,000", "thousands (10^3)", "5,000–8,000 USD"."""
    if claim.kind == "order" and claim.low is not None:
        text = f"{claim.qualifier or 'order of'} (~{_number(claim.low)}s)"
    elif claim.kind == "range" and claim.low is not None and claim.high is not None:
        text = f"{_number(claim.low)}–{_number(claim.high)}"
    elif claim.kind == "max" and claim.high is not None:
        text = f"≤ {_number(claim.high)}"
    elif claim.kind == "min" and claim.low is not None:
        text = f"≥ {_number(claim.low)}"
    elif claim.value is not None:
        text = ("≈ " if claim.kind == "approx" else "") + _number(claim.value)
    else:
        text = claim.text
    return f"{text} {claim.unit}" if claim.unit else text


def claim_rows(story: Story, sentence_of: Callable[[str, int], str | None] | None = None) -> list[dict[str, Any]]:
    """The story's claim groups as plain rows (discrepancies first), each claim with outlet, source and sentence."""
    rows = []
    for group in story.claim_groups:
        claims = [
            {
                "article_id": ref.article_id,
                "outlet": ref.outlet,
                "source": ref.claim.source_name,
                "value": describe(ref.claim),
                "kind": ref.claim.kind,
                "qualifier": ref.claim.qualifier,
                "unit": ref.claim.unit,
                "counted": ref.claim.counted,
                "time": ref.claim.time,
                "text": ref.claim.text,
                "sent": ref.claim.sent,
                "sentence": sentence_of(ref.article_id, ref.claim.sent) if sentence_of else None,
            }
            for ref in group.claims
        ]
        rows.append({"id": group.id, "topic": group.topic, "status": group.status, "claims": claims})
    return rows


def claims_pictures(groups: Sequence[ClaimGroup], limit: int = MAX_CHARTS) -> dict[str, Markup]:
    """Group id -> chart for the groups ``drawings.charted_groups`` picks."""
    return {group.id: claims_svg(group) for group in charted_groups(groups, limit)}
