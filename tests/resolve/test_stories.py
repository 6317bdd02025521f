"""Issue 22: each story is handed on as soon as it is resolved, the smaller first, and the stories are unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.model import Story
from storyline.resolve.stories import assign_stories, features_loader, resolve_stories
from storyline.runner import RunResult, run
from storyline.store import open_kb

DATA = Path(__file__).parents[1] / "data" / "stories"


@pytest.fixture(scope="module")
def pile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, RunResult]:
    kb = tmp_path_factory.mktemp("stories") / "story.db"
    return kb, run([str(DATA)], kb=kb)


def test_each_story_is_handed_on_once_smaller_first_and_the_stories_do_not_change(
    pile: tuple[Path, RunResult],
) -> None:
    path, result = pile
    seen: list[Story] = []
    with open_kb(path, readonly=True) as kb:
        infos = kb.article_infos()
        clusterer = assign_stories(infos, features_loader(kb), kb.story_assignments())
        stories = resolve_stories(infos, kb.iter_analyses, clusterer, seen.append)
    assert len(stories) >= 4
    assert stories == list(result.stories), "the order they are resolved in changes no story and not their order"
    assert sorted(seen, key=lambda s: s.id) == sorted(stories, key=lambda s: s.id)
    sizes = [len(story.articles) for story in seen]
    assert sizes == sorted(sizes) and sizes[-1] > sizes[0]
    assert all(story.id and story.title for story in seen), "handed on as saved: with its id and title"
