"""Parquet article tables: one article per row, read and validated exactly like JSONL lines."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from storyline.ingest import read_inputs
from storyline.model import Article, Skip
from tests.ingest.volume_pages import BODY, GERMAN

TEXT = "\n\n".join(BODY)
ROWS: list[dict[str, Any]] = [
    {"text": TEXT, "title": "Talks to resume", "outlet": "Daily", "published": date(2024, 3, 5), "url": "https://d/1"},
    {"text": "\n\n".join(GERMAN), "title": "Gespräche", "outlet": None, "published": None, "url": None},
    {"text": "", "title": None, "outlet": None, "published": None, "url": None},
]


def test_rows_become_articles_with_their_metadata(tmp_path: Path) -> None:
    path = tmp_path / "articles.parquet"
    pq.write_table(pa.Table.from_pylist(ROWS), path, row_group_size=1)
    items = list(read_inputs([str(path)]))
    assert [type(i).__name__ for i in items] == ["Article", "Skip", "Skip"]
    article = items[0]
    assert isinstance(article, Article)
    assert (article.title, article.outlet, article.published, article.url) == (
        "Talks to resume",
        "Daily",
        date(2024, 3, 5),
        "https://d/1",
    )
    assert article.source == f"{path}:1"
    assert [i.reason for i in items[1:] if isinstance(i, Skip)] == ["not-english", "malformed"]


def test_same_articles_as_the_jsonl_table(tmp_path: Path) -> None:
    rows = [{**r, "published": r["published"].isoformat() if r["published"] else None} for r in ROWS[:2]]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "a.parquet")
    (tmp_path / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    from_parquet = list(read_inputs([str(tmp_path / "a.parquet")]))
    from_jsonl = list(read_inputs([str(tmp_path / "a.jsonl")]))

    def key(item: Article | Skip) -> str:
        return item.id if isinstance(item, Article) else item.reason

    assert [key(i) for i in from_parquet] == [key(i) for i in from_jsonl] == [key(from_jsonl[0]), "not-english"]


def test_a_file_that_is_not_parquet_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "broken.parquet"
    path.write_bytes(b"PAR1 not really")
    (item,) = read_inputs([str(path)])
    assert isinstance(item, Skip) and item.reason == "unreadable"
