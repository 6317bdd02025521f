"""The timeline picture: an inline, offline SVG with one mark per event."""

from __future__ import annotations

import dataclasses
import itertools
import re
import xml.etree.ElementTree as ET
from datetime import date

from matplotlib.backends.backend_agg import FigureCanvasAgg

from storyline.model import Actor, ArticleInfo, SourceRef, Story, StoryEvent
from storyline.present.timeline_chart import LABEL_GID, MAX_LABELS, timeline_figure, timeline_svg

ARTICLES = (
    ArticleInfo("a", "a.txt", None, "Outlet A", None, date(2024, 11, 4), (), 10),
    ArticleInfo("b", "b.txt", None, "Outlet B", None, date(2024, 11, 13), (), 10),
)
ACTORS = (Actor("state:PRK", "North Korea", "state", "PRK"), Actor("state:RUS", "Russia", "state", "RUS"))


def _source(article: str, sent: int) -> SourceRef:
    return SourceRef(article, None, sent, 0, 10, "evidence")


def _event(kind: str, score: float, when: str | None, sources: int, **flags: bool) -> StoryEvent:
    return StoryEvent(
        id=f"event:{kind}-{when}",
        type=kind,
        actors=("state:PRK",),
        recipients=("state:RUS",),
        mode=None,
        date=when,
        cameo=None,
        score=score,
        sources=tuple(_source("ab"[i % 2], i) for i in range(sources)),
        **flags,
    )


def _story(*events: StoryEvent) -> Story:
    return Story(articles=ARTICLES, actors=ACTORS, events=events)


def _fills(svg: str) -> set[str]:
    return set(re.findall(r"fill:\s*(#[0-9a-f]{6})", svg))


def test_events_are_drawn_with_labels_in_a_self_contained_svg() -> None:
    story = _story(
        _event("AGREE", 4.0, "2024-06", 2),
        _event("ASSAULT", -9.0, "2024-10-31", 1),
        _event("AID", 7.0, None, 3),
        _event("ASSAULT", -9.0, "1950/1953", 1, background=True),
    )
    svg = timeline_svg(story)
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    assert "agreement: North Korea → Russia" in svg  # the type in words, never its code
    assert "assault: North Korea → Russia" in svg
    assert "AGREE" not in svg
    assert "background" in svg  # background events get their own panel
    assert not re.search(r"(?:href|src)=\"https?:", svg)  # nothing fetched from the network
    assert "<script" not in svg


def test_colour_follows_the_score() -> None:
    cooperation = _fills(timeline_svg(_story(_event("AID", 7.0, "2024-06", 1))))
    conflict = _fills(timeline_svg(_story(_event("ASSAULT", -9.0, "2024-06", 1))))
    assert cooperation - conflict and conflict - cooperation


def test_size_follows_the_number_of_sources() -> None:
    one = timeline_svg(_story(_event("AID", 7.0, "2024-06", 1)))
    many = timeline_svg(_story(_event("AID", 7.0, "2024-06", 4)))
    assert one != many


def test_hypothetical_and_negated_events_are_left_out_of_the_picture() -> None:
    svg = timeline_svg(_story(_event("ASSAULT", -9.0, "2024-06", 1, hypothetical=True)))
    assert "No events found" in svg


def test_empty_story() -> None:
    svg = timeline_svg(Story())
    assert "No events found" in svg
    ET.fromstring(svg)


def test_output_is_deterministic() -> None:
    story = _story(_event("AGREE", 4.0, "2024-06", 2))
    assert timeline_svg(story) == timeline_svg(story)


def test_labels_never_overlap_where_events_cluster() -> None:
    # Thirty events within ten days and three scores: labelled as they were, they piled into one block.
    kinds = ("AGREE", "ASSAULT", "AID")
    events = tuple(
        _event(kinds[i % 3], (4.0, -9.0, 7.0)[i % 3], f"2024-10-{10 + i % 10:02d}", 1 + i % 4) for i in range(30)
    )
    story = _story(*(dataclasses.replace(e, id=f"event:{i}") for i, e in enumerate(events)))
    figure = timeline_figure(story)
    renderer = FigureCanvasAgg(figure).get_renderer()
    labels = [t for ax in figure.axes for t in ax.texts if (t.get_gid() or "").startswith(LABEL_GID)]
    assert 3 <= len(labels) <= MAX_LABELS
    boxes = [t.get_window_extent(renderer) for t in labels]
    for one, two in itertools.combinations(boxes, 2):
        assert not one.overlaps(two), (one, two)
    svg = timeline_svg(story)  # the same placement reaches the SVG
    assert svg.count(f'id="{LABEL_GID}') == len(labels)


def test_every_event_is_named_on_hover_labelled_or_not() -> None:
    # More events than labels: those left unlabelled are still named, by the tooltip of their dot.
    events = tuple(_event("AGREE", 4.0, f"2024-10-{1 + i:02d}", 1 + i % 3) for i in range(MAX_LABELS + 5))
    svg = timeline_svg(_story(*events, _event("ASSAULT", -9.0, None, 1, negated=True)))
    root = ET.fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    titles = {
        g.get("id"): "".join(t.itertext()) if (t := g.find(f"{ns}title")) is not None else ""
        for g in root.iter(f"{ns}g")
        if (g.get("id") or "").startswith("timeline-event-")
    }
    assert sorted(titles) == sorted(f"timeline-event-{i}" for i in range(len(events)))  # the negated one: not drawn
    assert all(t.startswith("agreement: North Korea → Russia · ") for t in titles.values())
    assert titles["timeline-event-0"].endswith("1 October 2024 · 1 outlet")
