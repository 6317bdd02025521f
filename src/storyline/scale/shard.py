"""The per-article stage as a pure function of files: an article table in, a Parquet table of analyses out.

A shard row is one input: an analysed article (its Article and ArticleAnalysis as JSON, with the analysis
key that produced them) or a skip with its reason. Rows are written in input order a row group at a time,
so memory is bounded by the batch, and the file appears under its name only when complete (written to a
temporary name, then renamed): a scheduler that reruns a failed shard never sees half a file, and a
shard whose output is up to date (same input bytes, same analysis key) is not computed again.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from storyline.errors import ConfigError, InputError, Msg
from storyline.ingest import read_inputs
from storyline.ingest.sanitize import failed_skip
from storyline.model import Article, ArticleAnalysis, Failed, Skip
from storyline.settings import Settings
from storyline.store.codec import decode, encode

log = logging.getLogger(__name__)

COLUMNS = ("article_id", "source", "status", "reason", "detail", "article", "analysis", "analysis_key")
"""Shard columns: status is ``analysed`` or ``skipped``; article and analysis are JSON (null for skips)."""
_ROW_GROUP = 256
_META_KEY = b"storyline.analysis_key"
_META_INPUT = b"storyline.input_sha256"
ENGINES = ("local", "dask")


@dataclass(frozen=True)
class ShardRow:
    """One row of a shard, decoded."""

    source: str
    article: Article | None = None
    analysis: ArticleAnalysis | None = None
    analysis_key: str | None = None
    skip: Skip | None = None


@dataclass(frozen=True)
class ShardSummary:
    """What one shard run did."""

    out: Path
    analysed: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    up_to_date: bool = False
    """The output already held this input's analyses under the same key: nothing was computed."""

    def line(self) -> str:
        if self.up_to_date:
            return f"{self.out}: up to date"
        reasons = ", ".join(f"{r}: {n}" for r, n in sorted(self.skipped.items()))
        skipped = sum(self.skipped.values())
        return f"{self.out}: {self.analysed} analysed, {skipped} skipped" + (f" ({reasons})" if reasons else "")


def _schema() -> Any:
    import pyarrow as pa

    return pa.schema([(name, pa.string()) for name in COLUMNS])


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _shard_meta(path: Path) -> dict[bytes, bytes]:
    import pyarrow.parquet as pq

    try:
        return dict(pq.read_schema(path).metadata or {})
    except (OSError, ValueError):
        return {}


def _analysed_row(article: Article, analysis: ArticleAnalysis, key: str) -> dict[str, str | None]:
    return {
        "article_id": article.id,
        "source": article.source,
        "status": "analysed",
        "reason": None,
        "detail": None,
        "article": encode(article).decode(),
        "analysis": encode(analysis).decode(),
        "analysis_key": key,
    }


def _skip_row(skip: Skip) -> dict[str, str | None]:
    return {
        "article_id": None,
        "source": skip.source,
        "status": "skipped",
        "reason": skip.reason,
        "detail": skip.detail,
        "article": None,
        "analysis": None,
        "analysis_key": None,
    }


Analyse = Callable[[Iterable[Article]], Iterable[ArticleAnalysis | Failed]]


def _rows(items: Iterable[Article | Skip], analyse: Analyse, key: str) -> Iterator[dict[str, str | None]]:
    """Rows in input order: a skip waits until the articles read before it are analysed."""
    waiting: deque[Article | Skip] = deque()

    def articles() -> Iterator[Article]:
        for item in items:
            waiting.append(item)
            if isinstance(item, Article):
                yield item

    for analysis in analyse(articles()):
        while isinstance(waiting[0], Skip):
            yield _skip_row(waiting.popleft())  # type: ignore[arg-type]
        article = waiting.popleft()
        assert isinstance(article, Article) and article.id == analysis.article_id
        if isinstance(analysis, Failed):  # a bug on this article: an internal-error skip, the shard goes on
            yield _skip_row(failed_skip(article.source, analysis.error, analysis.message, "analysing the article"))
        else:
            yield _analysed_row(article, analysis, key)
    for item in waiting:  # trailing skips (or every item when no article was read)
        assert isinstance(item, Skip)
        yield _skip_row(item)


def _load_parts(parts: Path, meta: dict[bytes, bytes]) -> tuple[list[Path], Counter[str]]:
    """Finished parts of an interrupted run of the same input and key (others are removed), and their statuses."""
    import pyarrow.parquet as pq

    done = sorted(parts.glob("part-*.parquet")) if parts.is_dir() else []
    if done and any(_shard_meta(done[0]).get(k) != v for k, v in meta.items()):
        shutil.rmtree(parts)
        done = []
    statuses: Counter[str] = Counter()
    for part in done:
        table = pq.read_table(part, columns=["status", "reason"])
        for status, reason in zip(table["status"].to_pylist(), table["reason"].to_pylist(), strict=True):
            statuses[str(reason) if status == "skipped" else "analysed"] += 1
    return done, statuses


def run_shard(
    in_path: str | Path,
    out_path: str | Path,
    *,
    settings: Settings | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    workers: int = 2,
    jobs: int = 1,
    client: Any = None,
    force: bool = False,
    progress: Callable[[str], None] | None = None,
    rows_per_part: int = _ROW_GROUP,
) -> ShardSummary:
    """Analyse every article of ``in_path`` (Parquet, JSONL, or any input storyline reads) into ``out_path``.

    ``engine="dask"`` analyses on a Dask cluster (``client``, a ``scheduler`` address, or a LocalCluster of
    ``workers`` processes); the output is the same as a local run, row for row, and so is a local run's
    over ``jobs`` processes (storyline.scale.parallel). ``progress`` is called with
    each row's status (analysed or skipped) as it is computed. Rows are committed ``rows_per_part`` at a
    time to a parts folder beside ``out_path``: an interrupted run resumes after the last committed part.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    from storyline.runner import analysis_key
    from storyline.scale.dask import analyze_on_dask, dask_client
    from storyline.scale.parallel import analyze_jobs

    if engine not in ENGINES:
        raise ConfigError(f"unknown engine '{engine}' (use one of: {', '.join(ENGINES)})")
    settings = settings or Settings()
    source, out = Path(in_path), Path(out_path)
    if not source.is_file():
        raise InputError(Msg.NOT_FOUND.format(path=source))
    key = analysis_key(settings)
    meta = {_META_KEY: key.encode(), _META_INPUT: _sha256(source).encode()}
    if not force and out.is_file() and all(_shard_meta(out).get(k) == v for k, v in meta.items()):
        return ShardSummary(out, up_to_date=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    parts = out.with_name(f".{out.name}.parts")
    if force:
        shutil.rmtree(parts, ignore_errors=True)
    schema = _schema().with_metadata(meta)
    done, counts = _load_parts(parts, meta)
    parts.mkdir(exist_ok=True)
    resume_after = sum(counts.values())

    def commit(rows: list[dict[str, str | None]]) -> None:
        part = parts / f"part-{len(done):06d}.parquet"
        tmp = part.with_suffix(".tmp")
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), tmp)
        os.replace(tmp, part)  # a part exists complete or not at all
        done.append(part)

    def write(analyse: Analyse) -> None:
        batch: list[dict[str, str | None]] = []
        # Inputs are read in a fixed order: the first ``resume_after`` were committed by an earlier run
        # (they are still read, so duplicates of them are still recognised, but not analysed again).
        items = islice(read_inputs([str(source)], settings=settings), resume_after, None)
        for row in _rows(items, analyse, key):
            counts["analysed" if row["status"] == "analysed" else str(row["reason"])] += 1
            batch.append(row)
            if progress:
                progress(str(row["status"]))
            if len(batch) >= rows_per_part:
                commit(batch)
                batch = []
        if batch or not done:
            commit(batch)

    if engine == "local":
        write(lambda articles: analyze_jobs(articles, settings, jobs=jobs))
    elif client is not None:
        write(lambda articles: analyze_on_dask(articles, settings, client=client))
    else:
        with dask_client(scheduler, n_workers=workers) as own:
            write(lambda articles: analyze_on_dask(articles, settings, client=own))
    tmp = out.with_name(f".{out.name}.{os.getpid()}.partial")
    try:
        with pq.ParquetWriter(tmp, schema) as writer:
            for part in done:
                writer.write_table(pq.read_table(part).replace_schema_metadata(meta))
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    shutil.rmtree(parts, ignore_errors=True)
    analysed = counts.pop("analysed", 0)
    return ShardSummary(out, analysed, counts)


def read_shard(path: str | Path, batch_rows: int = _ROW_GROUP) -> Iterator[ShardRow]:
    """The rows of one shard, decoded, a row group at a time."""
    import pyarrow.parquet as pq

    try:
        table = pq.ParquetFile(path)
    except (OSError, ValueError) as e:
        raise InputError(Msg.UNREADABLE.format(path=path, why=e)) from e
    missing = set(COLUMNS) - set(table.schema_arrow.names)
    if missing:
        why = f"not a storyline shard (no {', '.join(sorted(missing))})"
        raise InputError(Msg.UNREADABLE.format(path=path, why=why))
    for batch in table.iter_batches(batch_size=batch_rows, columns=list(COLUMNS)):
        for row in batch.to_pylist():
            if row["status"] == "analysed":
                yield ShardRow(
                    row["source"],
                    article=decode(row["article"], Article),
                    analysis=decode(row["analysis"], ArticleAnalysis),
                    analysis_key=row["analysis_key"],
                )
            else:
                yield ShardRow(row["source"], skip=Skip(row["source"], row["reason"] or "", row["detail"] or ""))
