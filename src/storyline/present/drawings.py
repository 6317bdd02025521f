"""The brief's pictures as separate drawings, each drawn on its own: in this process or in a worker.

Drawing takes most of a brief's time (matplotlib: about 0.7 s for a story's timeline, about as much for its
network, 0.05-0.1 s per claim chart, on the 600-article benchmark), and each picture depends on its subject
alone, so a command with idle worker processes can share them out (storyline.scale.drawing). A drawing is
named by its kind, not by its function, so that sending one to a worker imports nothing here; a picture
drawn elsewhere is byte for byte the one drawn here (matplotlib's SVG ids come from a fixed salt).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from markupsafe import Markup

from storyline.model import ClaimGroup, Story

MAX_CHARTS = 40
"""Charts drawn for one story at most: the first groups, which are the discrepancies (groups come sorted)."""


@dataclass(frozen=True)
class Drawing:
    """One picture to draw: its kind and what it draws."""

    kind: str
    """timeline, network (of a story) or claims (a claim group's chart)."""
    subject: Story | ClaimGroup


def charted_groups(groups: Sequence[ClaimGroup], limit: int = MAX_CHARTS) -> list[ClaimGroup]:
    """The first ``limit`` groups that two articles or more report: a number one article gives has nothing
    to be compared with (and each chart takes matplotlib a tenth of a second)."""
    compared = [group for group in groups if len({ref.article_id for ref in group.claims}) >= 2]
    return compared[:limit]


def drawings(story: Story) -> list[Drawing]:
    """The pictures of a brief of ``story`` (pass the digest's ``shown_story()``), largest first."""
    found = [Drawing("timeline", timeline_subject(story))] if story.events else []
    found += [Drawing("network", network_subject(story))] if story.actors else []
    return found + [Drawing("claims", group) for group in charted_groups(story.claim_groups)]


# A drawing sent to a worker is pickled whole, once per picture, by the command, whose time is the default run's
# critical path: a 564-article story is some 900 KB (its mention links, speakers, claim groups). Each picture
# gets the story cut to the fields it reads, so the same picture is drawn from a fraction of the bytes.


def timeline_subject(story: Story) -> Story:
    """``story`` with only what the timeline reads: its events, the actors' names, the articles' dates."""
    return Story(articles=story.articles, actors=story.actors, events=story.events, id=story.id)


def network_subject(story: Story) -> Story:
    """``story`` with only what the network reads (``exports.story_graph``): actors, relations, commitments."""
    return Story(actors=story.actors, relations=story.relations, commitments=story.commitments, id=story.id)


def draw(drawing: Drawing) -> Markup:
    """The picture, as an inline SVG."""
    if drawing.kind == "timeline":
        from storyline.present.timeline_chart import timeline_svg

        return timeline_svg(drawing.subject)  # type: ignore[arg-type]
    if drawing.kind == "network":
        from storyline.present.network import network_svg

        return network_svg(drawing.subject)  # type: ignore[arg-type]
    from storyline.present.claims_chart import claims_svg

    return claims_svg(drawing.subject)  # type: ignore[arg-type]


def assemble(drawn: Sequence[Drawing], svgs: Sequence[Markup]) -> dict[str, Any]:
    """The brief template's ``pictures``: timeline, network ("" when not drawn) and claim group id -> chart."""
    pictures: dict[str, Any] = {"timeline": "", "network": "", "claims": {}}
    for drawing, svg in zip(drawn, svgs, strict=True):
        if drawing.kind == "claims":
            pictures["claims"][drawing.subject.id] = svg
        else:
            pictures[drawing.kind] = svg
    return pictures


def prepare() -> None:
    """Import what drawing needs (matplotlib, networkx, scipy's optimiser for the network's layout) and draw
    one small chart (matplotlib loads its font on the first text it measures): a worker runs this while it
    waits for the story stage. Caches only: what is drawn later is the same."""
    import scipy.optimize  # noqa: F401  (networkx imports it on the first Kamada-Kawai layout)

    from storyline.model import Claim, ClaimGroup, ClaimRef
    from storyline.present import network, timeline_chart  # noqa: F401
    from storyline.present.claims_chart import claims_svg

    claim = Claim(start=0, end=2, sent=0, text="10", kind="exact", value=10.0)
    claims_svg(ClaimGroup(id="warm", topic="people", status="single", claims=(ClaimRef("a", "A", claim),)))


class Drawer(Protocol):
    """Draws the pictures of the briefs a command writes."""

    def start(self, story: Story) -> None:
        """``story``'s pictures will be asked for: begin them if this drawer can work ahead."""

    def pictures(self, story: Story) -> dict[str, Any]:
        """``story``'s pictures, as ``assemble`` gives them."""
        ...


class DrawHere:
    """Draws each picture in this process when it is asked for."""

    def start(self, story: Story) -> None:
        """Nothing to do ahead."""

    def pictures(self, story: Story) -> dict[str, Any]:
        """Drawn now, one after the other."""
        todo = drawings(story)
        return assemble(todo, [draw(drawing) for drawing in todo])
