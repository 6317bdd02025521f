"""The disk cache of built look-up tables: read back under its key, rebuilt when the key or the file is bad."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from storyline import datacache
from storyline.datacache import cached
from storyline.resolve import gazetteer, gender


class Builder:
    """Counts its calls, so a test can tell a table read from the cache from one built afresh."""

    def __init__(self, table: object) -> None:
        self.table = table
        self.calls = 0

    def __call__(self) -> object:
        self.calls += 1
        return self.table


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(datacache.ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_built_once_then_read_back(folder: Path) -> None:
    build = Builder({"patras": ("city:1", "GRC")})
    assert cached("cities", build) == {"patras": ("city:1", "GRC")}
    assert cached("cities", build) == {"patras": ("city:1", "GRC")}
    assert build.calls == 1
    assert [p.name for p in folder.iterdir()] == [f"cities-{datacache.code_key()}.pickle"]


def test_a_new_key_builds_afresh(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cached("table", Builder("old"))
    monkeypatch.setattr(datacache, "code_key", lambda: "another-version")
    build = Builder("new")
    assert cached("table", build) == "new" and build.calls == 1


def test_key_follows_the_source_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "resolve").mkdir()
    source = tmp_path / "resolve" / "names.py"
    source.write_text("FOLD = 1\n")
    monkeypatch.setattr(datacache, "_PACKAGE", tmp_path)
    datacache.code_key.cache_clear()
    before = datacache.code_key()
    source.write_text("FOLD = 2\n")
    datacache.code_key.cache_clear()
    after = datacache.code_key()
    datacache.code_key.cache_clear()
    assert before != after


@pytest.mark.parametrize("content", [b"", b"not a pickle", pickle.dumps({"a": 1})[:-3]])
def test_a_corrupt_file_is_ignored_and_rewritten(folder: Path, content: bytes) -> None:
    folder.mkdir()
    path = folder / f"table-{datacache.code_key()}.pickle"
    path.write_bytes(content)
    build = Builder(["rebuilt"])
    assert cached("table", build) == ["rebuilt"] and build.calls == 1
    assert pickle.loads(path.read_bytes()) == ["rebuilt"]


def test_an_unwritable_folder_costs_only_the_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder would be")
    monkeypatch.setenv(datacache.ENV, str(blocker / "cache"))
    build = Builder("table")
    assert cached("table", build) == "table" and cached("table", build) == "table"
    assert build.calls == 2


def test_empty_setting_turns_the_cache_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(datacache.ENV, "")
    monkeypatch.chdir(tmp_path)
    build = Builder("table")
    cached("table", build)
    cached("table", build)
    assert build.calls == 2 and datacache.cache_dir() is None and not list(tmp_path.iterdir())


def test_default_folder_is_the_user_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(datacache.ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert datacache.cache_dir() == tmp_path / "storyline"


def test_depends_keys_a_table_apart_from_the_code(folder: Path) -> None:
    one, two = Builder("model 1.0"), Builder("model 1.1")
    assert cached("model", one, depends="model=1.0") == "model 1.0"
    assert cached("model", two, depends="model=1.1") == "model 1.1"
    assert cached("model", one, depends="model=1.0") == "model 1.0"
    assert one.calls == 1 and two.calls == 1


def test_old_versions_are_pruned(folder: Path) -> None:
    aged: set[Path] = set()
    for n in range(datacache._KEEP + 2):
        cached("table", Builder(n), depends=f"v{n}")
        for path in set(folder.iterdir()) - aged:  # the file just written: distinct ages, whatever the clock
            os.utime(path, ns=(n * 10**9, n * 10**9))
            aged.add(path)
    cached("other", Builder("x"))
    tables = [p for p in folder.iterdir() if p.name.startswith("table-")]
    assert len(tables) == datacache._KEEP
    assert len(list(folder.glob("other-*"))) == 1


def test_tables_read_back_equal_the_built_ones(folder: Path) -> None:
    built = gender._read_census(), gazetteer.build_gazetteer()
    for _ in range(2):  # written, then read
        read = cached("census", gender._read_census), cached("gazetteer", gazetteer.build_gazetteer)
        assert read == built
