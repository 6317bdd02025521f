"""read_inputs: every input to Articles or Skips, with manifests and flags applied and duplicates caught."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import BinaryIO, TextIO

from storyline.errors import InputError, Msg, StorylineError
from storyline.ingest.build import build
from storyline.ingest.manifest import MANIFEST_NAME, Manifest, load_manifest
from storyline.ingest.meta import Meta
from storyline.ingest.readers import Raw, read_file, read_stdin, stdin_source
from storyline.ingest.sanitize import internal_error, safe_skip
from storyline.ingest.walk import Entry, canonical, check_inputs, walk
from storyline.model import Article, Skip
from storyline.settings import Settings

log = logging.getLogger(__name__)


class _Manifests:
    """Manifests found beside the inputs (parsed once each) plus the one named with --manifest."""

    def __init__(self, explicit: str | Path | None) -> None:
        self.cache: dict[Path, Manifest | None] = {}
        self.explicit = None
        if explicit is not None:
            path = Path(explicit)
            if not path.is_file():
                raise InputError(Msg.NOT_FOUND.format(path=path))
            self.explicit = load_manifest(path)

    def _found(self, folder: Path) -> Manifest | None:
        if folder not in self.cache:
            path = folder / MANIFEST_NAME
            self.cache[folder] = load_manifest(path) if path.is_file() else None
        return self.cache[folder]

    def meta(self, entry: Entry) -> Meta | None:
        """The manifest row for an entry: the nearest manifest.csv up to the input's root, then --manifest."""
        if entry.path is None:
            # Standard input has no file name; a --manifest row for "-" describes it.
            return self.explicit.by_path.get("-") if self.explicit else None
        found = None
        folder, root = entry.path.parent, entry.root or entry.path.parent
        while found is None:
            manifest = self._found(folder)
            found = manifest.lookup(entry.path) if manifest else None
            if folder == root or folder == folder.parent or root not in folder.parents:
                break
            folder = folder.parent
        explicit = self.explicit.lookup(entry.path) if self.explicit else None
        if explicit is None:
            return found
        return explicit.over(found) if found else explicit


def read_inputs(
    inputs: Sequence[str],
    *,
    manifest: str | Path | None = None,
    published: date | None = None,
    outlet: str | None = None,
    settings: Settings | None = None,
    stdin: TextIO | BinaryIO | None = None,
) -> Iterator[Article | Skip]:
    """Read files, directories (recursively, sorted), ``.txt``, ``.html``/``.htm``, ``.jsonl`` and ``-``.

    Yields one Article per article read, or a Skip saying why an input made none; bad input never raises.
    Metadata: the input's own < the manifest's (``manifest.csv`` beside the inputs, or ``manifest``) < the
    ``published`` and ``outlet`` flags. Raises InputError for a named path that does not exist and
    ManifestError for a malformed manifest.
    """
    settings = settings or Settings()
    check_inputs(inputs)
    manifests = _Manifests(manifest)
    flags = Meta(outlet=outlet, published=published)
    seen: dict[str, str] = {}
    ignore = frozenset({canonical(manifests.explicit.path)}) if manifests.explicit else frozenset()
    for entry in walk(inputs, ignore=ignore):
        if isinstance(entry, Skip):
            yield safe_skip(entry)
            continue
        row = manifests.meta(entry)
        for item in _entry_items(entry, row, flags, settings, stdin):
            if isinstance(item, Article):
                if item.id in seen:
                    item = Skip(item.source, "duplicate", Msg.DUPLICATE.format(other=seen[item.id]))
                else:
                    seen[item.id] = item.source
            yield item


def _entry_items(
    entry: Entry, row: Meta | None, flags: Meta, settings: Settings, stdin: TextIO | BinaryIO | None
) -> Iterator[Article | Skip]:
    """The articles and skips of one entry. A bug in reading or building one document costs that document
    (an internal-error skip) or, if the reader itself fails, the rest of that file: never the run."""
    if entry.path is None:
        raws: Iterator[Raw | Skip] = iter([read_stdin(stdin or sys.stdin, settings.max_bytes)])
    else:
        raws = read_file(entry.path, entry.kind, settings.max_bytes, regular=entry.regular)
    while True:
        try:
            raw = next(raws, None)
        except StorylineError:
            raise
        except Exception as e:  # a reader bug: the rest of this file is lost, the other inputs are read
            log.error("reading %s failed", entry.source, exc_info=e)
            yield internal_error(entry.source, e, "reading")
            return
        if raw is None:
            return
        if isinstance(raw, Skip):
            yield safe_skip(raw)
            continue
        try:
            item = build(raw, manifest=row, flags=flags, settings=settings)
        except StorylineError:
            raise
        except Exception as e:  # an extraction or cleaning bug costs this document only
            log.error("building %s failed", raw.source, exc_info=e)
            item = internal_error(raw.source, e, "building the article")
        if entry.path is None and isinstance(item, Skip):
            item = replace(item, source=stdin_source(raw.text))
        yield safe_skip(item) if isinstance(item, Skip) else item
