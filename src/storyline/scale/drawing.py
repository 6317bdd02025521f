"""A brief's pictures drawn by the command's workers and by this process together.

Once the analysis is over, a default run's workers would sit idle while this process resolves the story and
writes the briefs; drawing the pictures (matplotlib) is most of that writing. ``start`` sends a story's
drawings to the workers, largest first, and this process goes on writing brief.json and brief.md; when the
page needs the pictures, this process takes back the drawings no worker has begun, from the last one
backwards, and draws them itself while the workers go on from the front. While it still waits for a worker's
picture of that story, it draws the pictures of the stories started after it that no worker has begun (their
briefs come later): a pile of several stories does not leave this process idle while the workers draw the
next story's pictures, which it would then wait for in turn. Each picture is the same wherever it is drawn,
so the brief is byte for byte that of one process.

``PicturesAhead`` starts a story's pictures on the workers as soon as the story stage has resolved it
(``runner.run``'s ``resolved``), not once every story is resolved and saved: the workers have no other work
then, and this process is still resolving the larger stories and saving them.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Future
from typing import Any

from markupsafe import Markup

from storyline.model import Skip, Story
from storyline.present.brief import shown_story
from storyline.present.drawings import Drawing, assemble, draw, drawings
from storyline.scale.pool import Workers


class DrawWithWorkers:
    """Draws with ``workers`` (already started, for the analysis) and this process."""

    def __init__(self, workers: Workers) -> None:
        self._workers = workers
        self._started: dict[str, tuple[Story, list[Drawing], list[Future[Markup]]]] = {}
        self._drawn: dict[str, dict[int, Markup]] = {}  # pictures of a started story drawn here ahead of its brief

    def start(self, story: Story) -> None:
        """Send ``story``'s drawings to the workers (once per story)."""
        if story.id in self._started:
            return
        todo = drawings(story)
        pool = self._workers.executor()
        self._started[story.id] = (story, todo, [pool.submit(draw, drawing) for drawing in todo])

    def pictures(self, story: Story) -> dict[str, Any]:
        """``story``'s pictures: those no worker has begun are drawn here, the others waited for."""
        started = self._started.pop(story.id, None)
        drawn = self._drawn.pop(story.id, {})
        if started is None or (started[0] is not story and started[0] != story):  # not what was sent
            if started is not None:
                for future in started[2]:
                    future.cancel()
            drawn = {}
            self.start(story)
            started = self._started.pop(story.id)
        _, todo, futures = started
        svgs: list[Markup | None] = [drawn.get(i) for i in range(len(todo))]
        for i in reversed(range(len(todo))):
            if svgs[i] is None and futures[i].cancel():  # no worker has it yet
                svgs[i] = draw(todo[i])
        while not all(svg is not None or futures[i].done() for i, svg in enumerate(svgs)) and self._draw_ahead():
            pass
        done = [svg if svg is not None else futures[i].result() for i, svg in enumerate(svgs)]
        return assemble(todo, done)

    def _draw_ahead(self) -> bool:
        """Draw here one picture of a later story that no worker has begun (the last one of the last story
        first, as the workers go from the front); False when there is none."""
        for story_id in reversed(self._started):
            _, todo, futures = self._started[story_id]
            drawn = self._drawn.setdefault(story_id, {})
            for i in reversed(range(len(todo))):
                if i not in drawn and futures[i].cancel():
                    drawn[i] = draw(todo[i])
                    return True
        return False


def drawer_for(workers: Workers | None) -> DrawWithWorkers | None:
    """A drawer that shares the pictures with ``workers`` if the analysis started them (None: draw here)."""
    return DrawWithWorkers(workers) if workers is not None and workers.started else None


class PicturesAhead:
    """For ``runner.run(resolved=...)``: each resolved story's pictures sent to ``workers`` at once, as its brief
    will ask for them (``shown_story``); ``drawer`` then draws the briefs' pictures (None while no story was
    resolved, or when the analysis started no workers: ``drawer_for`` decides, as the briefs do)."""

    def __init__(self, workers: Workers) -> None:
        self._workers = workers
        self.drawer: DrawWithWorkers | None = None

    def __call__(self, story: Story, skips: Sequence[Skip]) -> None:
        if self.drawer is None:
            self.drawer = drawer_for(self._workers)
        if self.drawer is not None:
            self.drawer.start(shown_story(story, skips))
