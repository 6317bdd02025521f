"""The SQLite knowledge base: articles with their analyses, skips, the resolved story, full-text search.

Base tables (articles, skips, meta) are versioned by ``PRAGMA user_version`` and migrated step by step.
Fact tables (one per record kind of ArticleAnalysis and Story) are derived from the records' fields:
when the model changes they are dropped and rebuilt from the analyses stored as JSON, so a knowledge
base written by an older storyline keeps working.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import sqlite3
import time
import typing
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

import msgspec

from storyline.errors import Msg, SchemaTooNewError, StoreError
from storyline.model import Article, ArticleAnalysis, ArticleInfo, MentionLink, MentionLinks, Skip, Story
from storyline.store.codec import columns, decode, encode, encode_chunks, flatten

_BUSY_SECONDS = 30.0
"""How long a connection waits for another process's lock; set at connect, so it already covers the
journal-mode switch that processes opening a new knowledge base at once contend for."""

SCHEMA_VERSION = 4
"""Version of the base tables; a knowledge base with a higher one is refused."""

# Each entry migrates from version i to i + 1.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE articles (
        id TEXT PRIMARY KEY, source TEXT NOT NULL, title TEXT, outlet TEXT, url TEXT, published TEXT,
        byline TEXT NOT NULL, dateline TEXT, section TEXT, summary TEXT, language TEXT NOT NULL,
        words INTEGER NOT NULL, text TEXT NOT NULL, body TEXT NOT NULL, dropped TEXT NOT NULL,
        analysis BLOB NOT NULL, analysis_key TEXT NOT NULL
    );
    CREATE TABLE skips (
        source TEXT NOT NULL, reason TEXT NOT NULL, detail TEXT NOT NULL, PRIMARY KEY (source, reason)
    );
    CREATE VIRTUAL TABLE search USING fts5(
        kind UNINDEXED, key UNINDEXED, article_id UNINDEXED, title, content,
        tokenize = 'unicode61 remove_diacritics 2'
    );
    """,
    # 2: several stories per knowledge base (story clustering).
    """
    CREATE TABLE stories (
        id TEXT PRIMARY KEY, title TEXT NOT NULL, first TEXT, last TEXT, outlets TEXT NOT NULL,
        articles TEXT NOT NULL, story BLOB NOT NULL
    );
    CREATE TABLE article_stories (article_id TEXT PRIMARY KEY, story_id TEXT NOT NULL);
    CREATE INDEX article_stories_story ON article_stories (story_id);
    """,
    # A story's digest says whether it changed without reading (or binding) the whole stored story.
    """
    ALTER TABLE stories ADD COLUMN digest TEXT;
    """,
    # The story last: a story is written into a zero-filled blob of its size (``_write_blob``), and SQLite keeps
    # such a blob unexpanded only when no field after it holds data; with the digest after it, storing a story of
    # 10,000 articles put twice its size (some 90 MB) in memory, the peak of the whole brief.
    """
    CREATE TABLE stories_v4 (
        id TEXT PRIMARY KEY, title TEXT NOT NULL, first TEXT, last TEXT, outlets TEXT NOT NULL,
        articles TEXT NOT NULL, digest TEXT, story BLOB NOT NULL
    );
    INSERT INTO stories_v4 (id, title, first, last, outlets, articles, digest, story)
        SELECT id, title, first, last, outlets, articles, digest, story FROM stories;
    DROP TABLE stories;
    ALTER TABLE stories_v4 RENAME TO stories;
    """,
)

MARK_START, MARK_END = "\x02", "\x03"
"""Around each match in a search snippet: control characters, which ingest never lets into the text (the
cleaned body the index holds has none at all), so a ``[`` in an article is never taken for a match."""
_NOT_SEARCHABLE = re.compile('["\x00-\x1f\x7f-\x9f\ud800-\udfff]')
"""Query characters that are not words: quote marks (FTS5 syntax) and control characters (a NUL ends the FTS5
query string early: "unterminated string") or surrogates, which the text cannot hold."""

_READ_CHUNK = 256
"""Analyses read per query when streaming (SQLite allows 32,766 parameters; a few hundred keep memory flat)."""

_ARTICLE_COLUMNS = (
    "id",
    "source",
    "title",
    "outlet",
    "url",
    "published",
    "byline",
    "dateline",
    "section",
    "summary",
    "language",
    "words",
    "text",
    "body",
    "dropped",
    "analysis",
    "analysis_key",
)


def _record_fields(cls: type) -> list[tuple[str, Any]]:
    """Fields of ``cls`` that hold a tuple of records (or packed mention links): each becomes a fact table."""
    out = []
    hints = typing.get_type_hints(cls)
    for f in dataclasses.fields(cls):
        args = typing.get_args(hints[f.name])
        if typing.get_origin(hints[f.name]) is tuple and args and dataclasses.is_dataclass(args[0]):
            out.append((f.name, args[0]))
        elif hints[f.name] is MentionLinks:
            out.append((f.name, MentionLink))
    return out


@cache  # resolving the records' type hints is slow, and each stored article asked for them
def _derived_tables() -> dict[str, tuple[str, type, tuple[tuple[str, str], ...]]]:
    """table name -> (source field, record class, columns) for per-article and story fact tables (read only)."""
    tables = {}
    for name, cls in _record_fields(ArticleAnalysis):
        tables[name] = (name, cls, (("article_id", "TEXT"), ("idx", "INTEGER"), *columns(cls)))
    for name, cls in _record_fields(Story):
        own = tuple(c for c in columns(cls) if c[0] != "story_id")  # ArticleInfo has its own story_id
        tables[f"story_{name}"] = (name, cls, (("story_id", "TEXT"), ("idx", "INTEGER"), *own))
    return tables


@cache
def _fact_tables(*, of_articles: bool) -> tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...]:
    """(table, source field, columns) of the per-article fact tables, or of the story fact tables."""
    return tuple(
        (table, field, cols)
        for table, (field, _, cols) in _derived_tables().items()
        if (cols[0][0] == "article_id") == of_articles
    )


def _derived_ddl() -> str:
    statements = []
    for table, (_, _, cols) in _derived_tables().items():
        body = ", ".join(f'"{c}" {t}' for c, t in cols)
        statements.append(f'CREATE TABLE "{table}" ({body});')
        if cols[0][0] == "article_id":
            statements.append(f'CREATE INDEX "{table}_article" ON "{table}" (article_id);')
    return "\n".join(statements)


class KnowledgeBase:
    """One knowledge base file (or ``:memory:``); use as a context manager or call ``close``."""

    def __init__(self, path: str | Path = ":memory:", *, readonly: bool = False) -> None:
        self.path = str(path)
        self.readonly = readonly
        try:
            if readonly:
                if not Path(self.path).exists():
                    raise StoreError(Msg.KB_OPEN.format(path=self.path, why="no such file"))
                uri = readonly_uri(self.path)
                self.conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=_BUSY_SECONDS)
            else:
                if self.path != ":memory:":
                    Path(self.path).parent.mkdir(parents=True, exist_ok=True)
                self.conn = sqlite3.connect(self.path, check_same_thread=False, timeout=_BUSY_SECONDS)
                self._use_wal()
                self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.row_factory = sqlite3.Row
            self._migrate()
        except sqlite3.Error as e:
            raise StoreError(Msg.KB_OPEN.format(path=self.path, why=e)) from e

    # -- schema -----------------------------------------------------------------------------------

    def _use_wal(self) -> None:
        """Switch the file to WAL once. SQLite answers a contended journal-mode switch with 'locked' at
        once, without its busy handler, when several processes open a new file together: retry a while."""
        deadline = time.monotonic() + _BUSY_SECONDS
        while True:
            try:
                if str(self.conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
                    self.conn.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as e:
                if "locked" not in str(e) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise SchemaTooNewError(Msg.KB_NEWER.format(path=self.path, found=version, known=SCHEMA_VERSION))
        ddl = _derived_ddl()
        digest = hashlib.sha256(ddl.encode()).hexdigest()[:16]
        if self.readonly:
            return
        with self.transaction():
            # Read again under the write lock: another process may have migrated the file meanwhile.
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            for step in range(version, SCHEMA_VERSION):
                for statement in MIGRATIONS[step].split(";"):
                    if statement.strip():
                        self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {step + 1}")
            if self._meta("derived_schema") != digest:
                self._rebuild_derived(ddl, digest)

    def _rebuild_derived(self, ddl: str, digest: str) -> None:
        """(Re)create the fact tables and fill them from the stored analyses and story."""
        for table in _derived_tables():
            self.conn.execute(f'DROP TABLE IF EXISTS "{table}"')
        for statement in ddl.split(";"):
            if statement.strip():
                self.conn.execute(statement)
        for row in self.conn.execute("SELECT analysis FROM articles").fetchall():
            self._insert_facts(decode(row["analysis"], ArticleAnalysis))
        self._refresh_story_facts()
        self._set_meta("derived_schema", digest)

    def _meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row["value"])

    def _set_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = ?"
            " WHERE value != excluded.value",
            (key, value, value),
        )

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all or nothing."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            yield self.conn
        except BaseException:
            self.conn.rollback()
            raise
        else:
            try:
                self.conn.commit()
            except sqlite3.Error as e:
                raise StoreError(Msg.KB_WRITE.format(path=self.path, why=e)) from e

    # -- articles ---------------------------------------------------------------------------------

    def analysis_key(self, article_id: str) -> str | None:
        """The analysis key an article was stored with, or None if it is not stored."""
        row = self.conn.execute("SELECT analysis_key FROM articles WHERE id = ?", (article_id,)).fetchone()
        return None if row is None else str(row["analysis_key"])

    def save_article(self, article: Article, analysis: ArticleAnalysis, analysis_key: str) -> None:
        """Store (or replace) one article with its analysis, in one transaction."""
        values = {
            **{k: v for k, v in flatten(article).items() if k in _ARTICLE_COLUMNS},
            "words": len(article.body.split()),
            "analysis": encode(analysis),
            "analysis_key": analysis_key,
        }
        placeholders = ", ".join("?" for _ in _ARTICLE_COLUMNS)
        try:
            with self.transaction():
                self._delete_article_rows(article.id)
                self.conn.execute(
                    f"INSERT INTO articles ({', '.join(_ARTICLE_COLUMNS)}) VALUES ({placeholders})",
                    [values[c] for c in _ARTICLE_COLUMNS],
                )
                self._insert_facts(analysis)
                self._index_article(article, analysis)
        except sqlite3.Error as e:
            raise StoreError(Msg.KB_WRITE.format(path=self.path, why=e)) from e

    def _delete_article_rows(self, article_id: str) -> None:
        if not self.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount:
            return  # a new article: its rows are written in the transaction that writes it, so it has none
        self.conn.execute("DELETE FROM search WHERE article_id = ? AND kind != 'actor'", (article_id,))
        for table, _, _ in _fact_tables(of_articles=True):
            self.conn.execute(f'DELETE FROM "{table}" WHERE article_id = ?', (article_id,))

    def _insert_facts(self, analysis: ArticleAnalysis) -> None:
        for table, field, cols in _fact_tables(of_articles=True):
            rows = [
                {"article_id": analysis.article_id, "idx": i, **flatten(record)}
                for i, record in enumerate(getattr(analysis, field))
            ]
            self._insert_rows(table, cols, rows)

    def _insert_rows(self, table: str, cols: Sequence[tuple[str, str]], rows: Iterable[dict[str, Any]]) -> None:
        names = [c for c, _ in cols]
        quoted = ", ".join(f'"{n}"' for n in names)
        sql = f'INSERT INTO "{table}" ({quoted}) VALUES ({", ".join("?" for _ in names)})'
        self.conn.executemany(sql, ([row.get(n) for n in names] for row in rows))

    def _index_article(self, article: Article, analysis: ArticleAnalysis) -> None:
        self.conn.execute(
            "INSERT INTO search (kind, key, article_id, title, content) VALUES ('article', ?, ?, ?, ?)",
            (article.id, article.id, article.title or "", article.clean_text()),
        )
        for i, quote in enumerate(analysis.quotes):
            speaker = quote.speaker.name if quote.speaker else ""
            self.conn.execute(
                "INSERT INTO search (kind, key, article_id, title, content) VALUES ('quote', ?, ?, ?, ?)",
                (f"{article.id}:{i}", article.id, speaker, quote.text),
            )

    def article_ids(self) -> list[str]:
        """Ids of every stored article."""
        return [r["id"] for r in self.conn.execute("SELECT id FROM articles ORDER BY id")]

    def article(self, article_id: str) -> Article | None:
        """One stored article."""
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        return None if row is None else _article_from_row(row)

    def articles(self) -> list[Article]:
        """Every stored article, in id order."""
        return [_article_from_row(r) for r in self.conn.execute("SELECT * FROM articles ORDER BY id")]

    def article_infos(self) -> list[ArticleInfo]:
        """Metadata of every stored article (no text)."""
        rows = self.conn.execute(
            "SELECT id, source, title, outlet, url, published, byline, words, section FROM articles ORDER BY id"
        )
        return [
            msgspec.convert({**dict(r), "byline": json.loads(r["byline"])}, ArticleInfo, strict=False) for r in rows
        ]

    def analyses(self) -> list[ArticleAnalysis]:
        """Every stored analysis, in article id order."""
        rows = self.conn.execute("SELECT analysis FROM articles ORDER BY id")
        return [decode(r["analysis"], ArticleAnalysis) for r in rows]

    def iter_analyses(self, article_ids: Sequence[str]) -> Iterator[ArticleAnalysis]:
        """The stored analyses of ``article_ids`` in that order, read a few hundred at a time (ids not stored
        are passed over): the resolve stage walks a big story without holding all of it."""
        for start in range(0, len(article_ids), _READ_CHUNK):
            chunk = article_ids[start : start + _READ_CHUNK]
            marks = ", ".join("?" for _ in chunk)
            rows = self.conn.execute(f"SELECT id, analysis FROM articles WHERE id IN ({marks})", chunk).fetchall()
            found = {r["id"]: r["analysis"] for r in rows}
            for article_id in chunk:
                if article_id in found:
                    yield decode(found[article_id], ArticleAnalysis)

    def fact_counts(self) -> dict[str, int]:
        """How many mentions, quotes, claims, ... all stored articles hold (fact table -> rows)."""
        return {
            table: int(self.conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0])
            for table, _, _ in _fact_tables(of_articles=True)
        }

    def analysis(self, article_id: str) -> ArticleAnalysis | None:
        """The stored analysis of one article."""
        row = self.conn.execute("SELECT analysis FROM articles WHERE id = ?", (article_id,)).fetchone()
        return None if row is None else decode(row["analysis"], ArticleAnalysis)

    # -- skips ------------------------------------------------------------------------------------

    def save_skip(self, skip: Skip) -> None:
        """Record an input that was skipped (once per source and reason)."""
        with self.transaction():
            self.conn.execute(
                "INSERT INTO skips (source, reason, detail) VALUES (?, ?, ?) "
                "ON CONFLICT(source, reason) DO UPDATE SET detail = excluded.detail WHERE detail != excluded.detail",
                (skip.source, skip.reason, skip.detail),
            )

    def skips(self) -> list[Skip]:
        """Every recorded skip."""
        rows = self.conn.execute("SELECT source, reason, detail FROM skips ORDER BY source, reason")
        return [Skip(r["source"], r["reason"], r["detail"]) for r in rows]

    # -- story ------------------------------------------------------------------------------------

    def save_story(self, story: Story) -> None:
        """Set the single story of a pile that was never clustered (one transaction; unchanged content leaves the
        file's data unchanged). A clustered pile's stories are saved with ``save_stories``."""
        data = encode(story).decode()
        same = self.conn.execute("SELECT value = ? AS same FROM meta WHERE key = 'story'", (data,)).fetchone()
        if same is not None and same["same"]:
            return
        with self.transaction():
            self._set_meta("story", data)
            if not self._story_ids():  # the pile was never clustered: this story's facts are the only ones
                self._delete_orphan_story_facts()
                self._insert_story_facts(story)
                self._index_actors()

    def _story_ids(self) -> list[str]:
        try:
            return [r["id"] for r in self.conn.execute("SELECT id FROM stories ORDER BY id")]
        except sqlite3.OperationalError:  # before schema 2
            return []

    def _refresh_story_facts(self) -> None:
        """Fill the story fact tables, each row tagged with its story id: every story of the stories table, or
        the single story when the pile was never clustered. Stories are decoded one at a time."""
        for table, _, _ in _fact_tables(of_articles=False):
            self.conn.execute(f'DELETE FROM "{table}"')
        ids = self._story_ids()
        for sid in ids:
            row = self.conn.execute("SELECT story FROM stories WHERE id = ?", (sid,)).fetchone()
            self._insert_story_facts(_decode_story(row["story"]))
        single = self._meta("story")
        if not ids and single:
            self._insert_story_facts(_decode_story(single))
        self._index_actors()

    def _delete_story_facts(self, story_id: str) -> None:
        for table, _, _ in _fact_tables(of_articles=False):
            self.conn.execute(f'DELETE FROM "{table}" WHERE story_id = ?', (story_id,))

    def _delete_orphan_story_facts(self) -> None:
        """Story fact rows of no story in the stories table (the single story of an unclustered pile)."""
        for table, _, _ in _fact_tables(of_articles=False):
            self.conn.execute(f'DELETE FROM "{table}" WHERE story_id NOT IN (SELECT id FROM stories)')

    def _insert_story_facts(self, story: Story) -> None:
        for table, field, cols in _fact_tables(of_articles=False):
            records = enumerate(getattr(story, field))
            self._insert_rows(table, cols, ({"story_id": story.id, "idx": i, **flatten(r)} for i, r in records))

    def _index_actors(self) -> None:
        """One search row per actor, from the story fact table (an actor of several stories is found once, with
        its names in the first story by id)."""
        self.conn.execute("DELETE FROM search WHERE kind = 'actor'")
        indexed: set[str] = set()
        rows = self.conn.execute('SELECT id, name, aliases FROM "story_actors" ORDER BY story_id, idx').fetchall()
        for row in rows:
            if row["id"] in indexed:
                continue
            indexed.add(row["id"])
            aliases = " ".join(a["text"] for a in json.loads(row["aliases"] or "[]"))
            self.conn.execute(
                "INSERT INTO search (kind, key, article_id, title, content) VALUES ('actor', ?, '', ?, ?)",
                (row["id"], row["name"], aliases),
            )

    def load_story(self) -> Story:
        """The resolved story: the single story of a pile never clustered, else the largest story (most
        articles; see ``load_stories`` for all); empty if nothing was resolved yet."""
        data = self._meta("story")
        if data is not None:
            return _decode_story(data)
        order = self.story_list()
        if not order:
            return Story()
        row = self.conn.execute("SELECT story FROM stories WHERE id = ?", (order[0]["id"],)).fetchone()
        return _decode_story(row["story"])

    # -- several stories ---------------------------------------------------------------------------

    def story_assignments(self) -> dict[str, str]:
        """Article id -> story id, as clustering left them."""
        try:
            rows = self.conn.execute("SELECT article_id, story_id FROM article_stories")
            return {r["article_id"]: r["story_id"] for r in rows}
        except sqlite3.OperationalError:  # a read-only base from before schema 2
            return {}

    def save_assignments(self, assignments: dict[str, str]) -> None:
        """Record which story each article belongs to (only changed rows are written)."""
        old = self.story_assignments()
        changed = [(a, s) for a, s in sorted(assignments.items()) if old.get(a) != s]
        gone = [a for a in old if a not in assignments]
        if not changed and not gone:
            return
        with self.transaction():
            self.conn.executemany(
                "INSERT INTO article_stories (article_id, story_id) VALUES (?, ?) "
                "ON CONFLICT(article_id) DO UPDATE SET story_id = excluded.story_id",
                changed,
            )
            self.conn.executemany("DELETE FROM article_stories WHERE article_id = ?", [(a,) for a in gone])

    def save_stories(self, stories: Sequence[Story]) -> None:
        """Replace the set of resolved stories (one transaction; unchanged stories are not rewritten). The
        largest becomes the knowledge base's single story (``load_story``). A story is compared with its
        stored copy by digest and its facts are rewritten on their own, so memory holds one encoded story at
        a time, not the old and new copies of every story."""
        old = {r["id"]: r["digest"] for r in self.conn.execute("SELECT id, digest FROM stories")}
        gone = old.keys() - {story.id for story in stories}
        changed = []
        for story in stories:
            digest, size = _digest_and_size(story)
            if old.get(story.id) != digest:
                changed.append((story, digest, size))
        single = self._meta("story") is not None  # the single story of the pile before it was clustered
        if not changed and not gone and not single:
            return
        with self.transaction():
            for sid in gone:
                self.conn.execute("DELETE FROM stories WHERE id = ?", (sid,))
            for story, digest, size in changed:
                days = sorted(a.published.isoformat() for a in story.articles if a.published)
                outlets = sorted({a.outlet for a in story.articles if a.outlet})
                self.conn.execute(
                    "INSERT INTO stories (id, title, first, last, outlets, articles, story, digest) "
                    "VALUES (?, ?, ?, ?, ?, ?, zeroblob(?), ?) ON CONFLICT(id) DO UPDATE SET title = excluded.title, "
                    "first = excluded.first, last = excluded.last, outlets = excluded.outlets, "
                    "articles = excluded.articles, story = excluded.story, digest = excluded.digest",
                    (story.id, story.title, days[0] if days else None, days[-1] if days else None,
                     json.dumps(outlets), json.dumps([a.id for a in story.articles]), size, digest),
                )  # fmt: skip
                self._write_blob("stories", "story", story.id, encode_chunks(story))
                self._delete_story_facts(story.id)
                self._insert_story_facts(story)
            if single:
                self.conn.execute("DELETE FROM meta WHERE key = 'story'")
            self._delete_orphan_story_facts()  # of stories gone, and of the single story
            self._index_actors()

    def _write_blob(self, table: str, column: str, key: str, chunks: Iterable[bytes]) -> None:
        """Fill a value already sized with ``zeroblob`` from its pieces through SQLite's blob I/O, never holding
        the whole value: binding it as a parameter would copy it whole."""
        rowid = self.conn.execute(f'SELECT rowid FROM "{table}" WHERE id = ?', (key,)).fetchone()[0]
        with self.conn.blobopen(table, column, rowid) as blob:
            for chunk in chunks:
                blob.write(chunk)

    def story_list(self) -> list[dict[str, Any]]:
        """One row per story (id, title, first, last, outlets, articles), largest first."""
        try:
            rows = self.conn.execute("SELECT id, title, first, last, outlets, articles FROM stories").fetchall()
        except sqlite3.OperationalError:  # a read-only base from before schema 2
            return []
        out = [{**dict(r), "outlets": json.loads(r["outlets"]), "articles": json.loads(r["articles"])} for r in rows]
        return sorted(out, key=lambda r: (-len(r["articles"]), r["first"] or "", r["id"]))

    def load_stories(self) -> list[Story]:
        """Every resolved story, largest first (empty for a base that was never clustered)."""
        order = [r["id"] for r in self.story_list()]
        rows = {r["id"]: r["story"] for r in self.conn.execute("SELECT id, story FROM stories")} if order else {}
        return [_decode_story(rows[sid]) for sid in order]

    # -- search -----------------------------------------------------------------------------------

    def search(self, query: str, *, kind: str | None = None, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Full-text search over articles, quotes and actors, best first; each hit's snippet holds every match
        between MARK_START and MARK_END."""
        terms = match_query(query)
        if not terms:
            return []
        sql = (
            f"SELECT kind, key, article_id, title, snippet(search, 4, '{MARK_START}', '{MARK_END}', ' … ', 12)"
            " AS snippet, bm25(search) AS rank FROM search WHERE search MATCH ?"
        )
        params: list[Any] = [terms]
        if kind:
            sql += " AND kind = ?"
            params.append(kind)
        sql += " ORDER BY rank LIMIT ? OFFSET ?"
        params += [limit, offset]
        return [dict(r) for r in self.conn.execute(sql, params)]

    def search_total(self, query: str, *, kind: str | None = None) -> int:
        """How many hits ``search`` has for ``query`` in all."""
        terms = match_query(query)
        if not terms:
            return 0
        sql = "SELECT count(*) FROM search WHERE search MATCH ?"
        params: list[Any] = [terms]
        if kind:
            sql += " AND kind = ?"
            params.append(kind)
        return int(self.conn.execute(sql, params).fetchone()[0])

    def integrity_check(self) -> str:
        """SQLite's own integrity check: 'ok' when the file is sound."""
        return str(self.conn.execute("PRAGMA integrity_check").fetchone()[0])

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _digest_and_size(record: object) -> tuple[str, int]:
    """SHA-256 and length of ``encode(record)``, from its pieces."""
    digest, size = hashlib.sha256(), 0
    for chunk in encode_chunks(record):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def _decode_story(data: bytes | str) -> Story:
    """A stored story; one stored before links were packed (a list of link records) is packed on reading."""
    try:
        return decode(data, Story)
    except msgspec.ValidationError:
        raw = msgspec.json.decode(data)
        if not isinstance(raw, dict) or not isinstance(raw.get("links"), list):
            raise
        links = MentionLinks.of(msgspec.convert(raw.pop("links"), list[MentionLink]))
        return dataclasses.replace(msgspec.convert(raw, Story), links=links)


def _article_from_row(row: sqlite3.Row) -> Article:
    data = {k: row[k] for k in row.keys() if k not in ("analysis", "analysis_key", "words")}  # noqa: SIM118
    data["byline"] = json.loads(data["byline"])
    data["dropped"] = json.loads(data["dropped"])
    return msgspec.convert(data, Article, strict=False)


def match_query(query: str) -> str:
    """An FTS5 query finding every word of ``query``: each word quoted, so FTS5 syntax in it is searched as
    words, never parsed ("" when no word is left)."""
    return " ".join(f'"{word}"' for word in _NOT_SEARCHABLE.sub(" ", query).split())


def readonly_uri(path: str | Path) -> str:
    """The SQLite URI opening ``path`` read-only. The path is percent-encoded (``Path.as_uri``): a raw ``#`` or
    ``?`` would end the file name (``kb#1.db`` opening ``kb``) and a ``%41`` would be decoded (``100%41.db``
    opening ``100A.db``, another knowledge base)."""
    return f"{Path(path).resolve().as_uri()}?mode=ro"


def open_kb(path: str | Path = ":memory:", *, readonly: bool = False) -> KnowledgeBase:
    """Open (creating and migrating if needed) a knowledge base."""
    return KnowledgeBase(path, readonly=readonly)
