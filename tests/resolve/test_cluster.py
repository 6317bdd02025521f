"""Story clustering: joins and new stories, incremental equals batch, restore, merge and split, the runner."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from storyline.resolve.cluster import (
    ArticleFeatures,
    Clusterer,
    analyze_words,
    article_features,
    cluster_articles,
    stop_words,
    story_id_for,
)
from storyline.runner import run
from storyline.store import open_kb

DATA = Path(__file__).parents[1] / "data" / "stories"


def feats(aid: str, text: str, day: date | None = date(2024, 1, 1)) -> ArticleFeatures:
    return article_features(aid, text, published=day)


PILE = [
    feats("a1", "Airbus delivers the first A380 superjumbo to Singapore Airlines, late.", date(2007, 10, 15)),
    feats("b1", "Apple unveils the iPhone at Macworld; Steve Jobs shows the touch screen phone.", date(2007, 1, 10)),
    feats("a2", "Singapore Airlines flies the Airbus A380 superjumbo on its first service.", date(2007, 10, 25)),
    feats("b2", "Apple iPhone goes on sale; queues outside Apple stores as Jobs praises the phone.", date(2007, 6, 29)),
    feats("c1", "Heavy rain floods farmland in the river valley; farmers count losses.", date(2007, 7, 1)),
]


def test_similar_articles_join_and_others_start_stories() -> None:
    got = cluster_articles(PILE, threshold=0.1)
    assert got["a1"] == got["a2"] and got["b1"] == got["b2"]
    assert len({got["a1"], got["b1"], got["c1"]}) == 3
    assert got["b1"] == story_id_for("b1")  # named after the article that started it (the earliest)


def test_threshold_one_keeps_every_article_apart() -> None:
    assert len(set(cluster_articles(PILE, threshold=1.01).values())) == len(PILE)


def test_time_distance_damps_similarity() -> None:
    near = [
        feats("x", "Airbus A380 superjumbo delivered", date(2007, 1, 1)),
        feats("y", "Airbus A380 superjumbo delivered late", date(2007, 1, 5)),
    ]
    far = [near[0], feats("y", "Airbus A380 superjumbo delivered late", date(2027, 1, 5))]
    c1, c2 = Clusterer(), Clusterer()
    c1.add(near[0]), c2.add(far[0])
    assert c1.best(near[1])[1] > c2.best(far[1])[1] * 2


def test_one_at_a_time_with_restore_equals_batch() -> None:
    batch = cluster_articles(PILE, threshold=0.1)
    order = sorted(PILE, key=lambda f: (f.published or date.max, f.article_id))
    stored: dict[str, str] = {}
    for i, f in enumerate(order):  # a new process each time: restore what earlier runs stored, add one article
        clusterer = Clusterer.restore(order[:i], stored, threshold=0.1)
        clusterer.add(f)
        stored = dict(clusterer.assignments)
    assert stored == batch


def test_restore_keeps_assignments_without_deciding_again() -> None:
    forced = {f.article_id: "story-all" for f in PILE}
    clusterer = Clusterer.restore(PILE, forced)
    assert clusterer.assignments == forced and list(clusterer.clusters) == ["story-all"]


def test_merge_and_split() -> None:
    clusterer = Clusterer(threshold=0.1)
    got = clusterer.add_all(PILE)
    clusterer.merge(got["b1"], got["a1"])
    assert clusterer.assignments["a2"] == got["b1"] and got["a1"] not in clusterer.clusters
    new = clusterer.split(got["b1"], ["a1", "a2"])
    assert new == story_id_for("a1")
    assert clusterer.assignments["a1"] == clusterer.assignments["a2"] == new
    assert sorted(clusterer.clusters[got["b1"]].members) == ["b1", "b2"]


def test_split_off_the_first_article_renames_nothing_else() -> None:
    clusterer = Clusterer(threshold=0.1)
    got = clusterer.add_all(PILE)
    new = clusterer.split(got["b1"], ["b1"])
    assert clusterer.assignments["b1"] == new != clusterer.assignments["b2"]
    assert len(set(clusterer.assignments.values())) == 4


def test_central_article_is_a_member() -> None:
    clusterer = Clusterer(threshold=0.1)
    got = clusterer.add_all(PILE)
    assert clusterer.central(got["a1"]) in {"a1", "a2"}


@pytest.fixture(scope="module")
def files_by_date() -> list[Path]:
    with (DATA / "manifest.csv").open(encoding="utf-8") as f:
        rows = sorted(csv.DictReader(f), key=lambda r: r["published"])
    return [DATA / r["file"] for r in rows]


def test_runner_one_at_a_time_equals_one_batch(tmp_path: Path, files_by_date: list[Path]) -> None:
    manifest = DATA / "manifest.csv"
    batch = run([str(DATA)], kb=tmp_path / "batch.db", collect=True)
    with open_kb(tmp_path / "batch.db") as kb:
        batch_groups = kb.story_assignments()
    one = tmp_path / "one.db"
    for path in files_by_date:
        result = run([str(path)], kb=one, manifest=manifest)
    with open_kb(one) as kb:
        assert kb.story_assignments() == batch_groups
        assert [s.id for s in kb.load_stories()] == [s.id for s in batch.stories]
    by_source = {a.source.split("stories/")[-1]: batch_groups[a.id] for a in batch.articles}
    seeds = {by_source[k] for k in by_source if k.startswith("seeds/")}
    assert len(seeds) == 1, "the two seeds make one story"
    assert all(by_source[k] not in seeds for k in by_source if not k.startswith("seeds/"))
    assert len(result.stories) >= 4
    for story in result.stories:
        assert story.id and story.title and all(a.story_id == story.id for a in story.articles)


def test_lean_clusterer_decides_the_same() -> None:
    lean = Clusterer(threshold=0.1, keep_vectors=False)
    assert lean.add_all(PILE) == cluster_articles(PILE, threshold=0.1)
    assert all(len(v) <= 50 for v in lean.vectors.values())


def test_merge_adds_centroids_exactly() -> None:
    clusterer = Clusterer(threshold=1.01, keep_vectors=False)
    got = clusterer.add_all(PILE)
    a, b = dict(clusterer.clusters[got["a1"]].centroid), dict(clusterer.clusters[got["a2"]].centroid)
    clusterer.merge(got["a1"], got["a2"])
    merged = clusterer.clusters[got["a1"]]
    assert merged.centroid == pytest.approx({t: a.get(t, 0.0) + b.get(t, 0.0) for t in a.keys() | b.keys()})
    assert merged.square == pytest.approx(sum(v * v for v in merged.centroid.values()))
    assert sorted(merged.members) == ["a1", "a2"]
    assert (merged.first, merged.last) == (date(2007, 10, 15), date(2007, 10, 25))


@pytest.mark.parametrize(
    "text",
    [
        "The Airbus A380 took off from Toulouse on 27 April 2005, its 2nd flight; the x-ray showed nothing.",
        "ÉCOLE Polytechnique's café-au-lait naïve İstanbul ΣΑΣ ß 3D a I we've co-operate __init__ _x 1st",
        "",
    ],
)
def test_words_are_those_of_scikit_learns_analyzer(text: str) -> None:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

    words = r"(?u)\b[^\W\d_][\w-]+\b"
    analyzer = TfidfVectorizer(stop_words="english", lowercase=True, token_pattern=words).build_analyzer()
    assert stop_words() == ENGLISH_STOP_WORDS
    assert analyze_words(text) == analyzer(text)


def test_the_stop_list_is_read_without_importing_scikit_learn() -> None:
    import subprocess
    import sys

    code = "import sys; from storyline.resolve.cluster import stop_words; stop_words(); print('sklearn' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
