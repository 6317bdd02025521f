"""Manifests: a CSV (file, outlet, published, url, title) giving metadata for the files beside it."""

from __future__ import annotations

import csv
import io
import logging
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from storyline.errors import ManifestError, Msg
from storyline.ingest.meta import Meta, parse_date

log = logging.getLogger(__name__)

MANIFEST_NAME = "manifest.csv"
COLUMNS = ("file", "outlet", "published", "url", "title", "byline")


@dataclass(frozen=True)
class Manifest:
    """The rows of one manifest, keyed by path relative to its folder and by basename."""

    path: Path
    by_path: dict[str, Meta] = field(default_factory=dict)
    by_name: dict[str, Meta | None] = field(default_factory=dict)
    """Basename -> row; None when two rows share the basename (then only the relative path matches)."""

    @property
    def folder(self) -> Path:
        return self.path.parent

    def lookup(self, file: Path) -> Meta | None:
        """The row for ``file``: matched by its path relative to the manifest's folder, else by basename."""
        try:
            relative = file.resolve().relative_to(self.folder.resolve()).as_posix()
        except ValueError:
            relative = None
        if relative is not None and relative in self.by_path:
            return self.by_path[relative]
        return self.by_name.get(file.name)


def _fail(path: Path, line: int, why: str) -> ManifestError:
    return ManifestError(Msg.MANIFEST_LINE.format(path=path, line=line, why=why))


def _row_meta(path: Path, line: int, row: dict[str, str]) -> Meta:
    published = None
    if value := row.get("published", "").strip():
        published = parse_date(value)
        if published is None:
            raise _fail(path, line, Msg.BAD_DATE.format(value=value))
    names = tuple(name.strip() for name in row.get("byline", "").split(";") if name.strip())
    return Meta(
        title=row.get("title", "").strip() or None,
        outlet=row.get("outlet", "").strip() or None,
        url=row.get("url", "").strip() or None,
        published=published,
        byline=names,
    )


def load_manifest(path: Path) -> Manifest:
    """Parse a manifest; a malformed one raises ManifestError naming the file and line."""
    try:
        content = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as e:
        raise ManifestError(Msg.NOT_FOUND.format(path=path)) from e
    except (OSError, UnicodeDecodeError) as e:
        raise ManifestError(Msg.UNREADABLE.format(path=path, why=e)) from e
    reader = csv.reader(io.StringIO(content, newline=""))
    try:
        return _parse(path, reader)
    except csv.Error as e:
        raise _fail(path, reader.line_num, str(e)) from e


def _parse(path: Path, reader: Any) -> Manifest:
    manifest = Manifest(path)
    header = next(reader, None)
    if header is None:
        raise _fail(path, 1, "the manifest is empty (it needs a header with a 'file' column)")
    header = [column.strip().casefold() for column in header]
    if "file" not in header:
        raise _fail(path, 1, f"no 'file' column in the header ({', '.join(header)}); columns: {', '.join(COLUMNS)}")
    unknown = [column for column in header if column not in COLUMNS]
    if unknown:
        log.warning("%s: ignoring unknown columns %s", path, ", ".join(unknown))
    for values in reader:
        line = reader.line_num
        if not any(value.strip() for value in values):
            continue
        if len(values) != len(header):
            raise _fail(path, line, f"{len(values)} columns where the header has {len(header)}")
        row = dict(zip(header, values, strict=True))
        name = row["file"].strip()
        if not name:
            raise _fail(path, line, "the 'file' column is empty")
        meta = _row_meta(path, line, row)
        key = PurePosixPath(name.replace("\\", "/")).as_posix().removeprefix("./")
        manifest.by_path[key] = meta
        base = PurePosixPath(key).name
        manifest.by_name[base] = None if base in manifest.by_name else meta
    return manifest
