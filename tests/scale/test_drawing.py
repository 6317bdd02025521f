"""Issue 22: a brief's pictures drawn by the command's workers and this process are those drawn here alone."""

from __future__ import annotations

import dataclasses
import pickle
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline.present.brief import shown_story, write_brief
from storyline.present.drawings import (
    DrawHere,
    Drawing,
    assemble,
    charted_groups,
    draw,
    drawings,
    network_subject,
    prepare,
    timeline_subject,
)
from storyline.runner import RunResult, run
from storyline.scale.drawing import DrawWithWorkers, PicturesAhead, drawer_for
from storyline.scale.pool import Workers


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path) -> RunResult:
    return run([str(seeds_dir)])


@pytest.fixture(scope="module")
def workers() -> Iterator[Workers]:
    with Workers(2) as started:
        started.executor()
        yield started


def test_drawings_are_the_brief_pictures_largest_first(seeds: RunResult) -> None:
    story = shown_story(seeds.story)
    todo = drawings(story)
    assert [d.kind for d in todo[:2]] == ["timeline", "network"]
    assert [d.subject for d in todo[2:]] == charted_groups(story.claim_groups)
    no_events = dataclasses.replace(story, events=())
    assert "timeline" not in {d.kind for d in drawings(no_events)}


def test_each_picture_is_drawn_from_the_story_cut_to_what_it_reads(seeds: RunResult) -> None:
    story = shown_story(seeds.story)
    assert story.links and story.speakers and story.relations and story.events
    for kind, cut in (("timeline", timeline_subject(story)), ("network", network_subject(story))):
        assert draw(Drawing(kind, cut)) == draw(Drawing(kind, story))
        assert len(pickle.dumps(Drawing(kind, cut))) < len(pickle.dumps(Drawing(kind, story)))
    assert [d.subject for d in drawings(story)[:2]] == [timeline_subject(story), network_subject(story)]


def test_assemble_fills_the_template_slots() -> None:
    assert assemble([], []) == {"timeline": "", "network": "", "claims": {}}
    with pytest.raises(ValueError):
        assemble([Drawing("timeline", None)], [])  # type: ignore[arg-type]


def test_pictures_drawn_with_workers_are_byte_identical(seeds: RunResult, workers: Workers) -> None:
    story = shown_story(seeds.story)
    here = DrawHere().pictures(story)
    drawer = DrawWithWorkers(workers)
    drawer.start(story)
    drawer._started[story.id][2][0].result()  # the worker has drawn the first picture (the timeline)
    assert drawer.pictures(story) == here
    assert here["timeline"] and here["network"]


def test_a_story_not_started_or_changed_since_is_drawn_afresh(seeds: RunResult, workers: Workers) -> None:
    story = shown_story(seeds.story)
    drawer = DrawWithWorkers(workers)
    assert drawer.pictures(story) == DrawHere().pictures(story)  # never started
    drawer.start(story)
    fewer = dataclasses.replace(story, claim_groups=())
    assert drawer.pictures(fewer) == DrawHere().pictures(fewer)  # not what was started: drawn for what is asked


def test_brief_files_are_the_same_with_a_worker_drawing(seeds: RunResult, workers: Workers, tmp_path: Path) -> None:
    one = write_brief(seeds.story, tmp_path / "here")
    two = write_brief(seeds.story, tmp_path / "shared", drawer=DrawWithWorkers(workers))
    for name in ("html", "markdown", "json"):
        assert getattr(one, name).read_bytes() == getattr(two, name).read_bytes(), name


def test_workers_the_analysis_did_not_start_draw_nothing() -> None:
    assert drawer_for(None) is None
    assert drawer_for(Workers(2)) is None  # a pile of one batch: no workers were started for it


def test_preparing_a_worker_changes_no_picture(seeds: RunResult) -> None:
    story = shown_story(seeds.story)
    before = DrawHere().pictures(story)
    prepare()
    assert DrawHere().pictures(story) == before


def test_waiting_for_a_worker_this_process_draws_the_later_stories_pictures(
    seeds: RunResult, workers: Workers
) -> None:
    first = shown_story(seeds.story)
    later = dataclasses.replace(first, id="later-story")
    workers.executor().submit(time.sleep, 3)  # the worker is busy: the first story's first picture waits for it
    drawer = DrawWithWorkers(workers)
    drawer.start(first)
    drawer.start(later)
    assert drawer.pictures(first) == DrawHere().pictures(first)
    later_futures = drawer._started[later.id][2]
    assert later_futures[-1].cancelled() and drawer._drawn[later.id]  # drawn here while the worker was busy
    assert drawer.pictures(later) == DrawHere().pictures(later)


def test_a_resolved_story_s_pictures_start_on_the_workers_and_the_briefs_find_them(
    seeds: RunResult, workers: Workers, tmp_path: Path
) -> None:
    ahead = PicturesAhead(workers)
    ahead(seeds.story, seeds.skips)  # as runner.run calls it once the story stage has resolved the story
    assert ahead.drawer is not None
    started = ahead.drawer._started[seeds.story.id]
    assert started[0] == shown_story(seeds.story, seeds.skips) and len(started[2]) == len(drawings(started[0]))
    shared = write_brief(seeds.story, tmp_path / "ahead", seeds.skips, drawer=ahead.drawer)
    assert seeds.story.id not in ahead.drawer._started, "the brief took the pictures started ahead"
    here = write_brief(seeds.story, tmp_path / "here", seeds.skips)
    for name in ("html", "markdown", "json"):
        assert getattr(shared, name).read_bytes() == getattr(here, name).read_bytes(), name


def test_no_pictures_start_ahead_without_workers_from_the_analysis(seeds: RunResult) -> None:
    ahead = PicturesAhead(Workers(2))  # a pile of one batch: the analysis started no workers
    ahead(seeds.story, seeds.skips)
    assert ahead.drawer is None
