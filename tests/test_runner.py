"""The main job end to end on the seeds: gold cleaning checks, noise actors, idempotency, bad inputs."""

from __future__ import annotations

import gc
import shutil
import sqlite3
from pathlib import Path

import pytest
import yaml

from storyline.runner import Progress, run


def _dump(path: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    names = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_%'")
    tables = sorted(r[0] for r in names)
    rows = [(t, *r) for t in tables for r in conn.execute(f'SELECT * FROM "{t}" ORDER BY 1, 2')]
    conn.close()
    return rows


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> tuple[Path, object]:
    kb = tmp_path_factory.mktemp("kb") / "story.db"
    return kb, run([str(seeds_dir)], kb=kb, collect=True)


@pytest.fixture(scope="module")
def gold(gold_path: Path) -> dict:  # type: ignore[type-arg]
    return yaml.safe_load(gold_path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_cleaned_bodies_follow_the_gold(seeds_run, gold) -> None:  # type: ignore[no-untyped-def]
    _, result = seeds_run
    by_file = {Path(a.source).name: a for a in result.articles}
    assert set(by_file) == {g["file"] for g in gold["articles"]}
    for entry in gold["articles"]:
        body = " ".join(by_file[entry["file"]].clean_text().split())
        for line in entry["not_body"]:
            assert " ".join(line.split()) not in body, line
        for line in entry["body_must_contain"]:
            assert " ".join(line.split()) in body, line


def test_noise_never_becomes_an_actor(seeds_run, gold) -> None:  # type: ignore[no-untyped-def]
    _, result = seeds_run
    names = {a.name.casefold() for a in result.story.actors}
    names |= {alias.text.casefold() for a in result.story.actors for alias in a.aliases}
    for noise in gold["story"]["not_actors"]:
        assert noise.casefold() not in names, noise


def test_every_fact_points_at_its_text(seeds_run) -> None:  # type: ignore[no-untyped-def]
    _, result = seeds_run
    texts = {a.id: a.text for a in result.articles}
    for analysis in result.analyses:
        text = texts[analysis.article_id]
        for kind in ("mentions", "quotes", "claims", "times", "events"):
            for record in getattr(analysis, kind):
                assert text[record.start : record.end] == record.text, (kind, record)


def test_running_twice_leaves_the_knowledge_base_unchanged(seeds_run, seeds_dir: Path) -> None:  # type: ignore[no-untyped-def]
    kb, first = seeds_run
    before = _dump(kb)
    events: list[Progress] = []
    again = run([str(seeds_dir)], kb=kb, progress=events.append)
    assert again.summary.analysed == 0 and again.summary.already_stored == 2
    assert [e.status for e in events] == ["stored", "stored"]
    assert _dump(kb) == before
    assert again.story == first.story


def test_bad_inputs_are_skipped_and_the_batch_goes_on(tmp_path: Path, seeds_dir: Path) -> None:
    pile = tmp_path / "pile"
    shutil.copytree(seeds_dir, pile)
    (pile / "empty.txt").write_text("")
    (pile / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (pile / "latin1.txt").write_bytes("Caf\xe9 cr\xe8me au lait, d\xe9j\xe0 vu.\n".encode("latin-1") * 20)
    kb = tmp_path / "kb.db"
    result = run([str(pile)], kb=kb, collect=True)
    reasons = {Path(s.source).name: s.reason for s in result.skips}
    assert reasons == {"empty.txt": "empty", "binary.txt": "binary", "latin1.txt": "undecodable"}
    assert len(result.articles) == 2
    assert result.summary.line().startswith("2 articles read: 2 analysed, 0 already stored; 3 skipped")
    # Skips are kept in the knowledge base too, once each however often the run is repeated.
    run([str(pile)], kb=kb)
    assert sqlite3.connect(kb).execute("SELECT count(*) FROM skips").fetchone()[0] == 3


def test_adding_an_article_updates_the_story(tmp_path: Path, seeds_dir: Path) -> None:
    kb = tmp_path / "kb.db"
    first = run([str(seeds_dir / "000_fe26be01c2e66897.txt")], kb=kb, manifest=seeds_dir / "manifest.csv")
    second = run([str(seeds_dir)], kb=kb)
    assert len(first.story.articles) == 1 and len(second.story.articles) == 2
    assert second.summary.analysed == 1 and second.summary.already_stored == 1
    assert len(second.story.speakers) > len(first.story.speakers)


def test_releasing_the_model_after_the_analysis_changes_only_the_cache(tmp_path: Path, seeds_dir: Path) -> None:
    from storyline.ingest.build import _identifier
    from storyline.nlp.pipeline import load_nlp

    seed = str(seeds_dir / "000_fe26be01c2e66897.txt")
    kept = run([seed], kb=tmp_path / "kept.db", manifest=seeds_dir / "manifest.csv")
    assert load_nlp.cache_info().currsize == 1 and _identifier.cache_info().currsize == 1
    released = run([seed], kb=tmp_path / "released.db", manifest=seeds_dir / "manifest.csv", release_model=True)
    assert load_nlp.cache_info().currsize == 0  # the next analysis loads the model again
    assert _identifier.cache_info().currsize == 0  # and the next read the language identifier
    assert gc.get_freeze_count() > 0  # what survived is left out of later collections (conftest thaws it)
    assert released.story == kept.story and released.summary == kept.summary


def test_each_story_is_handed_on_with_the_skips_before_the_run_returns(tmp_path: Path, seeds_dir: Path) -> None:
    pile = tmp_path / "pile"
    shutil.copytree(seeds_dir, pile)
    (pile / "empty.txt").write_text("", encoding="utf-8")
    handed: list[tuple[object, tuple[object, ...]]] = []
    result = run([str(pile)], kb=tmp_path / "story.db", resolved=lambda story, skips: handed.append((story, skips)))
    assert result.skips and [story for story, _ in handed] == list(result.stories)
    assert all(skips == result.skips for _, skips in handed)
