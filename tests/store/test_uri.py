"""Issue 23, item 6: read-only opens reach exactly the file named, whatever characters its name holds."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.model import Skip
from storyline.store import open_kb
from storyline.store.sqlite import readonly_uri


def make_kb(path: Path, marker: str) -> None:
    with open_kb(path) as kb:
        kb.save_skip(Skip(marker, "empty"))


def files(folder: Path) -> list[str]:
    """The folder's files but SQLite's own -wal and -shm companions (a WAL reader may create them)."""
    return sorted(name for name in os.listdir(folder) if not name.endswith(("-wal", "-shm")))


def read_marker(path: Path) -> str:
    with open_kb(path, readonly=True) as kb:
        return kb.skips()[0].source


@pytest.mark.parametrize("name", ["kb#1.db", "100%41.db", "a?mode=rw.db", "sp ace.db", "ü%2F.db", "x&y=z.db"])
def test_read_only_open_reaches_the_named_file(tmp_path: Path, name: str) -> None:
    decoy = tmp_path / "100A.db"
    make_kb(decoy, "decoy")
    make_kb(tmp_path / name, name)
    before = files(tmp_path)
    assert read_marker(tmp_path / name) == name
    assert files(tmp_path) == before, "no file was created by the open"


def test_read_only_open_does_not_create_a_prefix_file(tmp_path: Path) -> None:
    make_kb(tmp_path / "kb#1.db", "one")
    read_marker(tmp_path / "kb#1.db")
    assert not (tmp_path / "kb").exists()


def test_read_only_means_read_only(tmp_path: Path) -> None:
    path = tmp_path / "kb#?.db"
    make_kb(path, "x")
    with open_kb(path, readonly=True) as kb, pytest.raises(sqlite3.OperationalError, match="readonly"):
        kb.conn.execute("DELETE FROM skips")


# Any character a file name may hold (no "/" and no NUL), including the URI's own syntax and non-UTF-8 bytes.
NAME_CHARS = st.one_of(
    st.sampled_from(list("#?%&=+;:@ !$'()*,[]~\\\"")),
    st.characters(blacklist_categories=("Cs",), blacklist_characters="/\x00"),
    st.sampled_from([b"\xff".decode("utf-8", "surrogateescape"), b"\xe9".decode("utf-8", "surrogateescape")]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(NAME_CHARS, min_size=1, max_size=24).filter(lambda n: n not in (".", "..")))
def test_random_file_names_open_the_right_knowledge_base(tmp_path_factory: pytest.TempPathFactory, name: str) -> None:
    folder = tmp_path_factory.mktemp("names")
    path = folder / name
    if len(os.fsencode(path.name)) > 255:
        return
    make_kb(path, "mine")
    make_kb(folder / "other.db", "other")
    before = files(folder)
    assert read_marker(path) == "mine"
    assert files(folder) == before
    assert readonly_uri(path).startswith("file:///") and readonly_uri(path).endswith("?mode=ro")
