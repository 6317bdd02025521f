"""Issue 23, items 3, 4 and 10: every file type in a folder, special files on the command line, canonical names.

Everything here is real: FIFOs, sockets, symbolic link loops, /dev/zero and pipes; nothing is mocked.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.ingest import read_inputs
from storyline.model import Article, Skip
from storyline.runner import run
from storyline.settings import Settings
from tests.ingest.test_reader import BODY, article_text

_HANG_SECONDS = 20


def read(*inputs: str | Path, **kwargs: object) -> list[Article | Skip]:
    """read_inputs, failing (instead of hanging the suite) if it blocks."""
    out: list[Article | Skip] = []
    worker = threading.Thread(
        target=lambda: out.extend(read_inputs([str(i) for i in inputs], **kwargs)),  # type: ignore[arg-type]
        daemon=True,
    )
    worker.start()
    worker.join(_HANG_SECONDS)
    assert not worker.is_alive(), "read_inputs blocked"
    return out


def by_name(items: list[Article | Skip]) -> dict[str, str]:
    return {Path(i.source).name: (i.reason if isinstance(i, Skip) else "article") for i in items}


@pytest.fixture()
def hostile(tmp_path: Path) -> Iterator[Path]:
    """A folder holding one good article and every file type that is not a regular file."""
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a_good.txt").write_text(article_text())
    os.mkfifo(folder / "pipe.txt")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "sock.txt"))
    (folder / "loop1.txt").symlink_to("loop2.txt")
    (folder / "loop2.txt").symlink_to("loop1.txt")
    (folder / "self.txt").symlink_to("self.txt")
    (folder / "dangling.txt").symlink_to("nowhere.txt")
    (folder / "sub" / "up").symlink_to("..")  # a loop through a folder link
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "link.txt").symlink_to("a_good.txt")
    yield folder
    server.close()


def test_a_folder_with_every_file_type_is_read_without_hanging(hostile: Path) -> None:
    assert by_name(read(hostile)) == {
        "a_good.txt": "article",
        "dangling.txt": "unreadable",
        "link.txt": "duplicate",  # a link to a regular file is read (and is the same article)
        "loop1.txt": "unreadable",
        "loop2.txt": "unreadable",
        "pipe.txt": "not-a-regular-file",
        "self.txt": "unreadable",
        "sock.txt": "not-a-regular-file",
        "up": "not-a-regular-file",
        "zero.txt": "not-a-regular-file",
    }


def test_skips_say_why(hostile: Path) -> None:
    details = {Path(i.source).name: i.detail for i in read(hostile) if isinstance(i, Skip)}
    assert "symbolic link loop" in details["loop1.txt"]
    assert "broken symbolic link" in details["dangling.txt"]
    assert "FIFO" in details["pipe.txt"] and "socket" in details["sock.txt"] and "device" in details["zero.txt"]
    assert "not followed" in details["up"]


def test_the_good_article_before_a_fifo_is_stored(hostile: Path, tmp_path: Path) -> None:
    kb = tmp_path / "kb.db"
    result = run([str(hostile)], kb=kb)
    assert result.summary.analysed == 1
    with sqlite3.connect(kb) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
        reasons = sorted(r[0] for r in conn.execute("SELECT reason FROM skips"))
    assert reasons.count("not-a-regular-file") == 4 and reasons.count("unreadable") == 4


def test_a_named_symlink_loop_is_a_skip_not_an_error(hostile: Path) -> None:
    items = read(hostile / "loop1.txt", hostile / "a_good.txt")
    assert [i.reason if isinstance(i, Skip) else "article" for i in items] == ["unreadable", "article"]


def test_named_dev_zero_is_read_no_further_than_the_limit() -> None:
    (item,) = read("/dev/zero", settings=Settings(max_bytes=50_000))
    assert isinstance(item, Skip) and item.reason == "too-large" and "50,000" in item.detail


def test_named_fifo_is_read_as_a_stream(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_text(article_text()), daemon=True)
    writer.start()
    (item,) = read(fifo)
    writer.join(_HANG_SECONDS)
    assert isinstance(item, Article) and item.title == "Talks to resume"


def test_a_process_substitution_is_read_and_bounded() -> None:
    # What bash's <(...) hands over: /dev/fd/N, the read end of a pipe.
    for data, limit, expected in ((article_text().encode(), 100_000, "article"), (b"x" * 300_000, 1_000, "too-large")):
        read_end, write_end = os.pipe()
        writer = threading.Thread(target=_write_and_close, args=(write_end, data), daemon=True)
        writer.start()
        try:
            (item,) = read(f"/dev/fd/{read_end}", settings=Settings(max_bytes=limit))
        finally:
            os.close(read_end)
        assert (item.reason if isinstance(item, Skip) else "article") == expected


def _write_and_close(fd: int, data: bytes) -> None:
    try:
        os.write(fd, data)
    except BrokenPipeError:  # the reader stopped at its limit and closed the pipe: what a bounded read does
        pass
    finally:
        os.close(fd)


def test_a_named_socket_is_refused(hostile: Path) -> None:
    (item,) = read(hostile / "sock.txt")
    assert isinstance(item, Skip) and item.reason == "not-a-regular-file"


def test_a_jsonl_line_longer_than_the_limit_is_never_held_whole(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    good = f'{{"text": "{BODY.replace(chr(10), " ")}"}}\n'.encode()
    path.write_bytes(b'{"text": "' + b"a" * 3_000_000 + b'"}\n' + good)
    items = read(path, settings=Settings(max_bytes=10_000))
    assert [i.reason if isinstance(i, Skip) else "article" for i in items] == ["too-large", "article"]
    assert "3,000,013 bytes" in items[0].detail  # type: ignore[union-attr]


def test_the_same_folder_by_absolute_and_relative_path_records_each_skip_once(
    hostile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kb = tmp_path / "kb.db"
    run([str(hostile)], kb=kb)
    monkeypatch.chdir(hostile.parent)
    run(["in"], kb=kb)
    run(["./in/../in/"], kb=kb)
    with sqlite3.connect(kb) as conn:
        sources = [r[0] for r in conn.execute("SELECT source FROM skips")]
    assert len(sources) == len(set(sources)) == 9
    assert all(source.startswith(str(hostile.resolve())) for source in sources)


# -- fuzz: random trees ------------------------------------------------------------------------------------

NAMES = st.sampled_from(["a.txt", "b.txt", "c", "d.jsonl", "e.html", "sub", "x.pdf", ".hidden.txt"])
NODE = st.sampled_from(["file", "empty", "fifo", "socket", "dir", "link-file", "link-dir", "link-loop", "link-up",
                        "link-dangling", "link-self"])  # fmt: skip


def make(root: Path, path: Path, node: str, sockets: list[socket.socket]) -> None:
    """One node of a random tree at ``path``."""
    if node == "file":
        path.write_text(article_text(title=f"Talks {len(sockets)} {path.name}"))
    elif node == "empty":
        path.write_text("")
    elif node == "fifo":
        os.mkfifo(path)
    elif node == "socket":
        sockets.append(socket.socket(socket.AF_UNIX))
        sockets[-1].bind(str(path))
    elif node == "dir":
        path.mkdir()
    elif node == "link-file":
        path.symlink_to(root / "a.txt")
    elif node == "link-dir":
        path.symlink_to(root)
    elif node == "link-loop":
        path.symlink_to(path.with_name(path.name + ".2"))
        path.with_name(path.name + ".2").symlink_to(path)
    elif node == "link-up":
        path.symlink_to("..")
    elif node == "link-dangling":
        path.symlink_to("missing")
    elif node == "link-self":
        path.symlink_to(path.name)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tree=st.lists(st.tuples(st.lists(NAMES, min_size=1, max_size=3), NODE), max_size=12))
def test_random_trees_never_hang_or_raise_and_every_visible_path_is_accounted_for(
    tmp_path_factory: pytest.TempPathFactory, tree: list[tuple[list[str], str]]
) -> None:
    root = tmp_path_factory.mktemp("tree")
    sockets = []
    for parts, node in tree:
        path = root.joinpath(*parts)
        if path.exists() or path.is_symlink():
            continue
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:  # a file, FIFO or link loop already stands where a folder would go
            continue
        try:
            make(root, path, node, sockets)
        except OSError:  # e.g. a name too long for a socket address
            continue
    try:
        items = read(root, settings=Settings(max_bytes=100_000))
    finally:
        for server in sockets:
            server.close()
    visible = set()
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in [*filenames, *(d for d in dirnames if Path(dirpath, d).is_symlink())]:
            path = Path(dirpath, name)
            empty_table = name.endswith(".jsonl") and path.is_file() and not path.stat().st_size  # no lines, no items
            if not name.startswith(".") and name != "manifest.csv" and not empty_table:
                visible.add(str(path))
    seen = [i.source.split(":")[0] for i in items]
    assert set(seen) == visible
    for item in items:
        path = Path(item.source.split(":")[0])
        if isinstance(item, Article) or item.reason in ("empty", "duplicate", "no-body", "unsupported", "malformed"):
            assert path.is_file()
        elif item.reason == "not-a-regular-file":
            assert not path.is_file()
        else:
            assert item.reason == "unreadable", item
            assert path.is_symlink() and not path.exists()
