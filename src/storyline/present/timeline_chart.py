"""The story's timeline as a picture: events on a time axis, coloured by cooperation/conflict, sized by sources."""

from __future__ import annotations

import html
import io
import math
import re
from datetime import date

import matplotlib as mpl
from markupsafe import Markup
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.colors import TwoSlopeNorm
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
from matplotlib.figure import Figure
from matplotlib.transforms import Bbox

from storyline.model import Story, StoryEvent
from storyline.nlp.timex import interval
from storyline.present.escape import chart_text, plain_chart_text
from storyline.present.why import why_merged
from storyline.present.words import event_type
from storyline.present.words import when as when_words

_CMAP = "RdYlGn"  # red = conflict, green = cooperation; readable for most colour-blind readers with sizes
_NORM = TwoSlopeNorm(vmin=-10.0, vcenter=0.0, vmax=10.0)
MAX_LABELS = 12
"""Labels at most: the events the most outlets report; the rest are in the timeline table."""
LABEL_GID = "timeline-label"
EVENT_GID = "timeline-event"
"""Each event's dot is ``<g id="timeline-event-N">`` (N: its index in the story's events) with a ``<title>``: the
events without a label are named on hover, in the brief and in the web UI alike, with no script."""
_OFFSETS = [(dx, dy) for dy in (6, -12, 16, -22, 26, -32, 36) for dx in (5, -5)]
"""Where a label may go, in points from its dot (right or left of it, then further up or down)."""


def _when(event: StoryEvent, published: dict[str, date]) -> tuple[date, bool]:
    """Where the event sits: the middle of its date, else its earliest report (then marked as undated)."""
    span = interval(event.date)
    if span is not None:
        return span[0] + (span[1] - span[0]) / 2, True
    reported = [published[s.article_id] for s in event.sources if s.article_id in published]
    return (min(reported) if reported else date.today()), False


def _label(event: StoryEvent, names: dict[str, str]) -> str:
    actors = ", ".join(names.get(a, a.split(":", 1)[-1]) for a in event.actors)
    recipients = ", ".join(names.get(r, r.split(":", 1)[-1]) for r in event.recipients)
    text = f"{event_type(event.type)}: {actors}" + (f" → {recipients}" if recipients else "")
    return chart_text(text if len(text) <= 48 else text[:47] + "…")


def _svg(figure: Figure) -> Markup:
    buffer = io.StringIO()
    with mpl.rc_context({"svg.fonttype": "none", "svg.hashsalt": "storyline"}):
        FigureCanvasSVG(figure).print_svg(buffer, metadata={"Date": None, "Creator": "storyline"})  # type: ignore[no-untyped-call]
    text = buffer.getvalue()
    # Markup: matplotlib escaped every text it drew, so the picture goes into a page as it is.
    return Markup(text[text.index("<svg") :])  # inline: no XML prolog or doctype


def timeline_svg(story: Story) -> Markup:
    """An inline SVG (no network, no scripts) of the story's events on a time axis; labels are plain text, and
    each event's dot carries its label as a tooltip."""
    with plain_chart_text():
        svg = str(_svg(timeline_figure(story)))
    names = {a.id: a.name for a in story.actors}
    titles = {f"{EVENT_GID}-{i}": _tooltip(event, names) for i, event in enumerate(story.events)}

    def titled(match: re.Match[str]) -> str:
        title = titles.get(match.group(1))
        return match.group(0) + (f"\n   <title>{html.escape(title)}</title>" if title else "")

    # Markup: matplotlib escaped every text it drew, and each title is escaped here.
    return Markup(re.sub(rf'<g id="({EVENT_GID}-\d+)">', titled, svg))


def _tooltip(event: StoryEvent, names: dict[str, str]) -> str:
    """What hovering an event's dot says: the label, its date in words and how many outlets report it."""
    outlets = len({s.outlet or s.article_id for s in event.sources})
    return f"{_label(event, names)} · {when_words(event.date)} · {outlets} outlet{'' if outlets == 1 else 's'}"


def timeline_figure(story: Story) -> Figure:
    """The timeline picture as a matplotlib figure, laid out: its labels (gid ``LABEL_GID``) do not overlap."""
    # The picture shows what happened; negated and hypothetical events stay in the table only.
    events = [e for e in story.events if not e.negated and not e.hypothetical]
    figure = Figure(figsize=(10, 4.2), dpi=100, layout="constrained")
    if not events:
        axis = figure.add_subplot()
        axis.text(0.5, 0.5, "No events found", ha="center", va="center", transform=axis.transAxes)
        axis.set_axis_off()
        return figure
    published = {a.id: a.published for a in story.articles if a.published}
    names = {a.id: a.name for a in story.actors}
    placed = [(event, *_when(event, published)) for event in events]
    background = [p for p in placed if p[0].background]
    recent = [p for p in placed if not p[0].background]
    panels = [group for group in (background, recent) if group]
    widths = [1.0] * len(panels) if len(panels) == 1 else [1.0, 2.6]
    axes = figure.subplots(1, len(panels), sharey=True, squeeze=False, width_ratios=widths)[0]
    index = {event.id: i for i, event in enumerate(story.events)}
    for axis, group in zip(axes, panels, strict=True):
        _draw(axis, group, index)
    axes[0].set_ylabel("cooperation (+) / conflict (−)")
    if len(panels) == 2:
        axes[0].set_title("background", fontsize=9, loc="left")
        axes[1].set_title("the story", fontsize=9, loc="left")
    colorbar = figure.colorbar(mpl.cm.ScalarMappable(norm=_NORM, cmap=_CMAP), ax=list(axes), shrink=0.8, pad=0.01)
    colorbar.set_label("event score")
    _place_labels(figure, list(zip(axes, panels, strict=True)), names)
    return figure


def _place_labels(figure: Figure, panels: list[tuple[Axes, list[tuple[StoryEvent, date, bool]]]],
                  names: dict[str, str]) -> None:  # fmt: skip
    """Label the most-reported events, each where it overlaps no label already placed; a label that fits
    nowhere is left out (the table lists every event). The layout is fixed first, since constrained layout
    would move the axes, and the labels with them, after they were measured."""
    renderer = FigureCanvasAgg(figure).get_renderer()  # type: ignore[no-untyped-call]
    figure.draw_without_rendering()  # type: ignore[no-untyped-call]
    figure.set_layout_engine("none")
    points = [(ax, e, when, y) for ax, group in panels for (e, when, _), y in zip(group, _heights(group), strict=True)]
    points.sort(key=lambda p: (-len({s.outlet or s.article_id for s in p[1].sources}), -len(p[1].sources), p[1].id))
    placed: list[Bbox] = []
    for ax, event, when, y in points:
        if len(placed) >= MAX_LABELS:
            break
        xy = (date2num(when), y)  # type: ignore[no-untyped-call]
        inside = ax.get_window_extent(renderer)
        for dx, dy in _OFFSETS:
            label = ax.annotate(
                _label(event, names),
                xy,
                xytext=(dx, dy),
                textcoords="offset points",
                fontsize=6.5,
                ha="left" if dx > 0 else "right",
                alpha=0.9,
                gid=f"{LABEL_GID}-{len(placed)}",
            )
            box = label.get_window_extent(renderer).padded(1.5)
            fits = inside.x0 <= box.x0 and box.x1 <= inside.x1 and inside.y0 <= box.y0 and box.y1 <= inside.y1
            if fits and not any(box.overlaps(other) for other in placed):
                placed.append(box)
                break
            label.remove()


def _heights(group: list[tuple[StoryEvent, date, bool]]) -> list[float]:
    """Events of the same score and day would hide each other: spread them a little vertically."""
    seen: dict[tuple[float, float], int] = {}
    ys = []
    for event, when, _ in group:
        x = float(date2num(when))  # type: ignore[no-untyped-call]
        slot = seen.get((x, event.score), 0)
        seen[(x, event.score)] = slot + 1
        ys.append(event.score + 0.8 * slot)
    return ys


def _draw(ax: Axes, group: list[tuple[StoryEvent, date, bool]], index: dict[str, int]) -> None:
    """One dot per event (its own group in the SVG, named by ``EVENT_GID``): filled when dated, a ring at its
    first report when not."""
    xs = [date2num(when) for _, when, _ in group]  # type: ignore[no-untyped-call]
    ys = _heights(group)
    for (event, _, dated), x, y in zip(group, xs, ys, strict=True):
        # Area grows with the log of the articles and sources: an event a thousand reprints attest stays a dot.
        size = 40 + 100 * math.log2(1 + len({s.article_id for s in event.sources})) + 20 * math.log2(
            1 + len(event.sources)
        )
        colour = mpl.colormaps[_CMAP](_NORM(event.score))
        gid = f"{EVENT_GID}-{index[event.id]}"
        if dated:
            ax.scatter([x], [y], s=[size], c=[colour], edgecolors="#333333", linewidths=0.6, alpha=0.9, zorder=3,
                       gid=gid)  # fmt: skip
        else:
            ax.scatter([x], [y], s=[size], facecolors="none", edgecolors=[colour], linewidths=1.4, zorder=3, gid=gid)
    low, high = min(xs), max(xs)
    pad = max((high - low) * 0.08, 5.0)
    ax.set_xlim(low - pad, high + pad + (high - low) * 0.25 + 20)
    ax.set_ylim(-11, 12)
    ax.axhline(0, color="#999999", linewidth=0.6, zorder=1)
    locator = AutoDateLocator(minticks=3, maxticks=7)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
    ax.grid(axis="x", color="#eeeeee", zorder=0)


def timeline_rows(story: Story, *, everything: bool = False) -> list[dict[str, object]]:
    """The timeline as a table, one row per event in date order (negated/hypothetical only with ``everything``)."""
    names = {a.id: a.name for a in story.actors}
    rows: list[dict[str, object]] = []
    for event in story.events:
        if not everything and (event.negated or event.hypothetical):
            continue
        flags = [f for f, on in (("background", event.background), ("hypothetical", event.hypothetical),
                                 ("negated", event.negated)) if on]  # fmt: skip
        rows.append(
            {
                "id": event.id,
                "date": event.date,
                "type": event.type,
                "actors": [names.get(a, a) for a in event.actors],
                "recipients": [names.get(r, r) for r in event.recipients],
                "mode": event.mode,
                "score": event.score,
                "flags": flags,
                "outlets": sorted({s.outlet or s.article_id for s in event.sources}),
                "sources": len(event.sources),
                "modality": event.modality,
                "why": why_merged(event, names),
            }
        )
    return rows
