from __future__ import annotations

import ctypes
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from storyline.errors import SchemaTooNewError, StoreError
from storyline.model import (
    Actor,
    Alias,
    Article,
    ArticleAnalysis,
    ArticleInfo,
    Commitment,
    DroppedLine,
    Mention,
    MentionLink,
    MentionLinks,
    Quote,
    Ref,
    Sentence,
    Skip,
    SourceRef,
    Speaker,
    Story,
)
from storyline.store import SCHEMA_VERSION, open_kb
from storyline.store.codec import encode

TEXT = "Headline\nAnn Lee said the talks failed."


def _article(article_id: str = "a1") -> Article:
    body = " " * 8 + TEXT[8:]
    return Article(
        id=article_id,
        source="x.txt",
        text=TEXT,
        body=body,
        title="Headline",
        outlet="Daily",
        published=date(2024, 1, 2),
        byline=("Bo Li",),
        dropped=(DroppedLine(0, 8, "Headline", "title"),),
    )


def _analysis(article_id: str = "a1") -> ArticleAnalysis:
    speaker = Speaker(mention=Ref(9, 16, "Ann Lee"), name="Ann Lee")
    return ArticleAnalysis(
        article_id=article_id,
        sentences=(Sentence(0, 9, len(TEXT)),),
        mentions=(Mention(9, 16, 0, "Ann Lee", "PERSON", "Ann Lee"),),
        quotes=(Quote(22, 38, 0, "the talks failed", "indirect", speaker, Ref(17, 21, "said")),),
    )


def _dump(path: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    tables = [
        r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'search_%'")
    ]
    rows = [(t, *r) for t in sorted(tables) for r in conn.execute(f'SELECT * FROM "{t}" ORDER BY 1, 2')]
    conn.close()
    return rows


def test_article_and_analysis_roundtrip(tmp_path: Path) -> None:
    with open_kb(tmp_path / "kb.db") as kb:
        kb.save_article(_article(), _analysis(), "key")
        assert kb.article("a1") == _article()
        assert kb.analyses() == [_analysis()]
        assert kb.analysis_key("a1") == "key"
        assert kb.article_infos()[0].byline == ("Bo Li",)
        row = kb.conn.execute("SELECT speaker_name, cue_text FROM quotes").fetchone()
        assert tuple(row) == ("Ann Lee", "said")


def test_saving_twice_stores_once(tmp_path: Path) -> None:
    with open_kb(tmp_path / "kb.db") as kb:
        kb.save_article(_article(), _analysis(), "key")
        kb.save_article(_article(), _analysis(), "key")
        assert kb.article_ids() == ["a1"]
        assert kb.conn.execute("SELECT count(*) FROM mentions").fetchone()[0] == 1
        assert len(kb.search("talks")) == 2  # the article and its quote, once each


def test_saving_a_new_analysis_replaces_every_fact_of_the_old_one(tmp_path: Path) -> None:
    # A new article skips the per-table deletes (it has no rows yet); a stored one must lose every old row.
    with open_kb(tmp_path / "kb.db") as kb:
        kb.save_article(_article("a0"), _analysis("a0"), "key")
        kb.save_article(_article(), _analysis(), "key")
        kb.save_article(_article(), ArticleAnalysis(article_id="a1", sentences=(Sentence(0, 9, len(TEXT)),)), "new")
        counts = {
            t: kb.conn.execute(f'SELECT count(*) FROM "{t}" WHERE article_id = ?', ("a1",)).fetchone()[0]
            for t in ("mentions", "quotes", "sentences", "search")
        }
        assert counts == {"mentions": 0, "quotes": 0, "sentences": 1, "search": 1}
        assert kb.analysis_key("a1") == "new" and kb.analysis_key("a0") == "key"
        assert kb.conn.execute("SELECT count(*) FROM mentions WHERE article_id = 'a0'").fetchone()[0] == 1


def test_story_saved_twice_leaves_data_unchanged(tmp_path: Path) -> None:
    story = Story(actors=(Actor("person:ann-lee", "Ann Lee", "person", aliases=(Alias("Ann Lee", 1),)),))
    path = tmp_path / "kb.db"
    with open_kb(path) as kb:
        kb.save_article(_article(), _analysis(), "key")
        kb.save_story(story)
    before = _dump(path)
    with open_kb(path) as kb:
        kb.save_story(story)
        assert kb.load_story() == story
        assert [r["key"] for r in kb.search("Lee", kind="actor")] == ["person:ann-lee"]
    assert _dump(path) == before


def test_skips_are_recorded_once(tmp_path: Path) -> None:
    with open_kb(tmp_path / "kb.db") as kb:
        kb.save_skip(Skip("bad.txt", "empty", "the input is empty"))
        kb.save_skip(Skip("bad.txt", "empty", "the input is empty"))
        assert kb.skips() == [Skip("bad.txt", "empty", "the input is empty")]


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kb.db"
    open_kb(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(SchemaTooNewError, match="newer storyline"):
        open_kb(path)


def test_fact_tables_are_rebuilt_when_the_model_changes(tmp_path: Path) -> None:
    path = tmp_path / "kb.db"
    with open_kb(path) as kb:
        kb.save_article(_article(), _analysis(), "key")
        kb.conn.execute("DROP TABLE mentions")  # as if an older storyline had another layout
        kb.conn.execute("UPDATE meta SET value = 'old' WHERE key = 'derived_schema'")
        kb.conn.commit()
    with open_kb(path) as kb:
        assert kb.conn.execute("SELECT name FROM mentions").fetchone()[0] == "Ann Lee"


def test_readonly_open_of_missing_file_fails_clearly(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such file"):
        open_kb(tmp_path / "missing.db", readonly=True)


def test_readonly_reader_sees_writer_commits(tmp_path: Path) -> None:
    path = tmp_path / "kb.db"
    writer = open_kb(path)
    reader = open_kb(path, readonly=True)
    writer.save_article(_article(), _analysis(), "key")
    assert reader.article_ids() == ["a1"]
    writer.close()
    reader.close()
    assert open_kb(path).integrity_check() == "ok"


def test_analyses_stream_in_the_asked_order_and_facts_are_counted(tmp_path: Path) -> None:
    ids = [f"a{i:04}" for i in range(600)]  # more than one read chunk
    with open_kb(tmp_path / "kb.db") as kb:
        for article_id in ids:
            kb.save_article(_article(article_id), _analysis(article_id), "key")
        wanted = [*reversed(ids[:300]), "not-stored", *ids[300:]]
        assert [a.article_id for a in kb.iter_analyses(wanted)] == [i for i in wanted if i != "not-stored"]
        assert kb.fact_counts()["mentions"] == 600 and kb.fact_counts()["quotes"] == 600


def test_stories_replace_the_single_story_and_keep_one_search_row_per_actor(tmp_path: Path) -> None:
    actor = Actor("person:ann-lee", "Ann Lee", "person", aliases=(Alias("Ann Lee", 1), Alias("Lee", 2)))
    with open_kb(tmp_path / "kb.db") as kb:
        kb.save_story(Story(actors=(actor,)))
        assert kb.load_story().actors == (actor,)
        info = ArticleInfo("a1", "x.txt", "Headline", "Daily", None, date(2024, 1, 2), (), 5)
        big = Story(articles=(info,), actors=(actor,), id="story-b", title="B")
        small = Story(id="story-a", title="A")
        kb.save_stories([big, small])
        assert kb.load_story() == big  # the largest (first) story, not the pile's earlier single story
        rows = kb.conn.execute("SELECT key, content FROM search WHERE kind = 'actor'").fetchall()
        assert [tuple(r) for r in rows] == [("person:ann-lee", "Ann Lee Lee")]
        assert kb.conn.execute("SELECT COUNT(*) FROM story_actors").fetchone()[0] == 1
        kb.save_stories([small])
        assert kb.conn.execute("SELECT COUNT(*) FROM story_actors").fetchone()[0] == 0
        assert kb.search("Lee", kind="actor") == []


def test_a_new_single_story_replaces_the_old_ones_facts(tmp_path: Path) -> None:
    first = Actor("person:ann-lee", "Ann Lee", "person")
    second = Actor("person:bo-li", "Bo Li", "person")
    with open_kb(tmp_path / "kb.db") as kb:
        kb.save_story(Story(actors=(first,), id="one"))
        kb.save_story(Story(actors=(second,), id="two"))
        rows = kb.conn.execute("SELECT story_id, id FROM story_actors").fetchall()
        assert [tuple(r) for r in rows] == [("two", "person:bo-li")]
        assert [r["key"] for r in kb.search("Li", kind="actor")] == ["person:bo-li"]


def test_story_links_fill_their_table_and_a_story_stored_before_packing_still_loads(tmp_path: Path) -> None:
    links = MentionLinks.of([MentionLink("a1", 0, 7, "person:ann-lee"), MentionLink("a1", 9, 12, "person:ann-lee")])
    story = Story(actors=(Actor("person:ann-lee", "Ann Lee", "person"),), links=links, id="s", title="T")
    with open_kb(tmp_path / "kb.db") as kb:
        kb.save_stories([story])
        rows = kb.conn.execute('SELECT story_id, idx, article_id, start, "end", actor_id FROM story_links')
        assert [tuple(r) for r in rows] == [
            ("s", 0, "a1", 0, 7, "person:ann-lee"),
            ("s", 1, "a1", 9, 12, "person:ann-lee"),
        ]
        # Earlier versions stored the links as a list of records.
        old = json.loads(kb.conn.execute("SELECT story FROM stories").fetchone()[0])
        old["links"] = [
            {"article_id": x.article_id, "start": x.start, "end": x.end, "actor_id": x.actor_id} for x in links
        ]
        kb.conn.execute("UPDATE stories SET story = ?", (json.dumps(old).encode(),))
        assert kb.load_story() == story


def test_a_version_3_base_keeps_its_stories_with_the_story_column_moved_last(tmp_path: Path) -> None:
    from storyline.store.sqlite import MIGRATIONS

    path = tmp_path / "kb.db"
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:3]:
        conn.executescript(script)
    conn.execute(
        "INSERT INTO stories (id, title, first, last, outlets, articles, story, digest) "
        "VALUES ('story-a', 'A', NULL, NULL, '[]', '[]', ?, 'abc')",
        (json.dumps({"id": "story-a", "title": "A"}).encode(),),
    )
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    with open_kb(path) as kb:
        columns = [r["name"] for r in kb.conn.execute("PRAGMA table_info(stories)")]
        assert columns == ["id", "title", "first", "last", "outlets", "articles", "digest", "story"]
        assert kb.conn.execute("SELECT digest FROM stories").fetchone()[0] == "abc"
        assert kb.load_story() == Story(id="story-a", title="A")
        assert kb.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_story_is_stored_without_its_placeholder_expanded_in_memory(tmp_path: Path) -> None:
    """SQLite builds a row around a zero-filled blob in memory in full unless no field after the blob holds data."""
    actors = tuple(Actor(f"person:p{i}", f"Person Number {i} " + "x" * 100, "person") for i in range(40_000))
    story = Story(actors=actors, id="story-a", title="A")
    size = len(encode(story))  # some 11 MB
    sqlite = _sqlite_library()
    with open_kb(tmp_path / "kb.db") as kb:
        used = sqlite.sqlite3_memory_used()
        sqlite.sqlite3_memory_highwater(1)
        kb.save_stories([story])
        assert sqlite.sqlite3_memory_highwater(0) - used < size / 2
        assert kb.load_story() == story


def _sqlite_library() -> ctypes.CDLL:
    """SQLite's memory counters, from the library Python's sqlite3 module is linked with."""
    import _sqlite3

    lib = ctypes.CDLL(_sqlite3.__file__)
    lib.sqlite3_memory_used.restype = lib.sqlite3_memory_highwater.restype = ctypes.c_int64
    return lib


def test_a_knowledge_base_from_before_pledge_deadlines_gains_the_column_and_still_loads(tmp_path: Path) -> None:
    source = SourceRef("a1", "Daily", 0, 0, 20, "Samsung has promised a driver before the end of the month.")
    pledge = Commitment("c1", "pledge", "promise", ("org:samsung",), ("a driver",), None, (), (source,),
                        state="signed", deadline="2025-06")  # fmt: skip
    path = tmp_path / "kb.db"
    with open_kb(path) as kb:
        kb.save_story(Story(commitments=(pledge,)))
        # As an older storyline wrote it: no deadline column, no deadline in the stored story.
        kb.conn.execute("ALTER TABLE story_commitments DROP COLUMN deadline")
        stored = json.loads(kb.conn.execute("SELECT value FROM meta WHERE key = 'story'").fetchone()[0])
        del stored["commitments"][0]["deadline"]
        kb.conn.execute("UPDATE meta SET value = ? WHERE key = 'story'", (json.dumps(stored),))
        kb.conn.execute("UPDATE meta SET value = 'old' WHERE key = 'derived_schema'")
        kb.conn.commit()
    with open_kb(path) as kb:
        [old] = kb.load_story().commitments
        assert old.deadline is None and old.state == "signed"
        assert kb.conn.execute("SELECT state, deadline FROM story_commitments").fetchone()[:] == ("signed", None)
        kb.save_story(Story(commitments=(pledge,)))
        assert kb.conn.execute("SELECT deadline FROM story_commitments").fetchone()[0] == "2025-06"
