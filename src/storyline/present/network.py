"""The relations picture: actors as nodes sized by mentions, edges coloured by stance, as an inline SVG string."""

from __future__ import annotations

import html
import io
import math
import re

import matplotlib
import networkx as nx
from markupsafe import Markup
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.lines import Line2D

from storyline.model import Story
from storyline.present.escape import chart_text, plain_chart_text
from storyline.present.graph import story_graph

COLOURS = {"cooperation": "#2a9d8f", "conflict": "#d62828", "neutral": "#9e9e9e"}
NODE_COLOURS = {"state": "#264653", "person": "#e9c46a", "organisation": "#8ab17d", "group": "#b39ddb"}
_OTHER_NODE = "#bdbdbd"
_BOUND = "#f4a261"
_LABEL_BOX = {"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8}  # legible over edges
_NODE_GROUP = re.compile(r'<g id="node-([^"]+)">')


def network_svg(story: Story, *, width: float = 8.0, height: float = 6.0) -> Markup:
    """The actor network as an ``<svg>`` element ("" when no two actors are related).

    Each actor is an SVG ``<g id="node-<actor id>">`` with a ``<title>`` holding its name, each relation a
    ``<g id="edge-<a>--<b>">``; derived relations are dashed.
    """
    graph = story_graph(story)
    if graph.number_of_edges() == 0:
        return Markup("")
    with plain_chart_text():
        fig = network_figure(story, width=width, height=height)
        with matplotlib.rc_context({"svg.hashsalt": "storyline", "svg.fonttype": "none", "font.size": 9}):
            buffer = io.StringIO()
            fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": "storyline"})
    return _inline(buffer.getvalue(), {node: data["name"] for node, data in graph.nodes(data=True)})


def network_figure(story: Story, *, width: float = 8.0, height: float = 6.0) -> Figure:
    """The network picture as a laid-out matplotlib figure; its legend (gid ``legend``) sits below the drawing,
    clear of every node label (gid ``label-<actor id>``)."""
    graph = story_graph(story)
    # Kamada-Kawai places tightly linked actors together without random restarts: stable across runs.
    pos = nx.kamada_kawai_layout(graph) if graph.number_of_nodes() > 2 else nx.circular_layout(graph)
    most = max((data["mentions"] for _, data in graph.nodes(data=True)), default=1) or 1
    # Fixed ids and no timestamp: the same story draws the same bytes (the brief is reproducible).
    with (
        plain_chart_text(),
        matplotlib.rc_context({"svg.hashsalt": "storyline", "svg.fonttype": "none", "font.size": 9}),
    ):
        fig = Figure(figsize=(width, height))
        ax = fig.add_axes((0.02, 0.12, 0.96, 0.86))
        ax.set_axis_off()
        for a, b, data in sorted(graph.edges(data=True)):
            (x1, y1), (x2, y2) = pos[a], pos[b]
            (line,) = ax.plot(
                [x1, x2],
                [y1, y2],
                color=COLOURS.get(data["polarity"], COLOURS["neutral"]),
                linewidth=1.0 + 1.5 * math.log2(1 + data["evidence"]),
                linestyle="--" if data["derived"] or not data["evidence"] else "-",
                alpha=0.85,
                zorder=1,
            )
            line.set_gid(f"edge-{a}--{b}")
            if data["commitments"]:
                # A standing commitment between the two (a pact, an alliance): a gold band under the edge.
                ax.plot([x1, x2], [y1, y2], color=_BOUND, linewidth=9, alpha=0.45, zorder=0, solid_capstyle="round")
        for node, data in sorted(graph.nodes(data=True)):
            x, y = pos[node]
            size = 120 + 1400 * math.sqrt(max(data["mentions"], 0) / most)
            dot = ax.scatter([x], [y], s=size, color=NODE_COLOURS.get(data["type"], _OTHER_NODE),
                             edgecolors="white", linewidths=1.5, zorder=2)  # fmt: skip
            dot.set_gid(f"node-{node}")
            # Below the dot whatever its size: the offset is in points, the dot's radius is sqrt(area) / 2.
            label = ax.annotate(chart_text(data["name"]), (x, y), xytext=(0, -(math.sqrt(size) / 2 + 4)),
                                textcoords="offset points", ha="center", va="top", zorder=3,
                                bbox=_LABEL_BOX)  # fmt: skip
            label.set_gid(f"label-{node}")
        ax.margins(0.12)
        legend = fig.legend(handles=_legend(), loc="lower center", ncols=3, frameon=False, fontsize=8)
        legend.set_gid("legend")
        _clear_legend(fig, ax, legend)
    return fig


def _clear_legend(fig: Figure, ax: Axes, legend: Legend) -> None:
    """Raise the drawing until no node label reaches down into the legend (a big dot at the bottom pushes its
    label below the axes): the legend must stay readable whatever the layout."""
    renderer = FigureCanvasAgg(fig).get_renderer()  # type: ignore[no-untyped-call]
    for _ in range(8):
        box = legend.get_window_extent(renderer)
        if not any(t.get_window_extent(renderer).overlaps(box) for t in ax.texts):
            return
        x0, y0, w, h = ax.get_position().bounds
        ax.set_position((x0, y0 + 0.04, w, h - 0.04))


def _legend() -> list[Line2D]:
    handles = [Line2D([], [], color=colour, linewidth=2.5, label=name) for name, colour in COLOURS.items()]
    handles.append(Line2D([], [], color=COLOURS["neutral"], linewidth=2.0, linestyle="--", label="derived / pact only"))
    handles.append(Line2D([], [], color=_BOUND, linewidth=8, alpha=0.45, label="bound by a commitment"))
    return handles


def _inline(svg: str, names: dict[str, str]) -> Markup:
    """Strip the XML prologue (the SVG goes inside HTML) and give each node a ``<title>`` with the actor's name."""
    svg = svg[svg.index("<svg") :]

    def titled(match: re.Match[str]) -> str:
        node = html.unescape(match.group(1))
        return f"{match.group(0)}\n   <title>{html.escape(names.get(node, node))}</title>"

    svg = _NODE_GROUP.sub(titled, svg)
    # Scale with the page: keep the viewBox, drop the fixed size.
    svg = re.sub(r'^<svg([^>]*?) width="[^"]+" height="[^"]+"', r'<svg\1 width="100%"', svg, count=1)
    # Markup: matplotlib escaped every text it drew and the titles are escaped above.
    return Markup(svg.replace("<svg ", '<svg role="img" aria-label="Actor network" ', 1))
