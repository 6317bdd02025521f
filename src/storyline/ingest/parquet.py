"""Parquet article tables: one article per row, with the same columns as a JSONL line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from storyline.errors import Msg
from storyline.ingest.decode import too_large
from storyline.ingest.readers import Raw, _jsonl_doc
from storyline.ingest.sanitize import display_path
from storyline.model import Skip

COLUMNS = ("text", "html", "title", "url", "outlet", "published", "byline", "author")
"""Columns read (others are ignored): ``text`` or ``html`` plus optional metadata, as in JSONL."""
_BATCH_ROWS = 256


def _plain(value: Any) -> Any:
    # Parquet dates and timestamps become ISO strings, as a JSONL line would carry them.
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def read_parquet(path: Path, limit: int, batch_rows: int = _BATCH_ROWS) -> Iterator[Raw | Skip]:
    """Every row of a Parquet table as a raw document (``path:row``), read a batch of rows at a time."""
    import pyarrow.parquet as pq

    source = display_path(path)
    try:
        table = pq.ParquetFile(path)
    except (OSError, ValueError) as e:  # pyarrow raises ArrowInvalid (a ValueError) for a non-Parquet file
        yield Skip(source, "unreadable", Msg.UNREADABLE.format(path=source, why=e))
        return
    wanted = [name for name in COLUMNS if name in table.schema_arrow.names]
    number = 0
    for batch in table.iter_batches(batch_size=batch_rows, columns=wanted):
        for row in batch.to_pylist():
            number += 1
            record = {key: _plain(value) for key, value in row.items() if value is not None}
            line = json.dumps(record, ensure_ascii=False)
            where = f"{source}:{number}"
            if failure := too_large(len(line.encode("utf-8")), limit):
                yield Skip(where, failure.reason, failure.detail)
                continue
            # The row is validated exactly like a JSONL line, so both tables give the same articles.
            yield _jsonl_doc(where, number, line)
