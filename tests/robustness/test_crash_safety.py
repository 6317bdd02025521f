"""Crash safety: a run killed with SIGKILL mid-batch resumes with every article stored exactly once.

The writer is a real ``storyline brief`` process; the test process reads the knowledge base (read-only)
while it writes, as the web UI does, then kills it, restarts it and checks the file.
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from fastapi.testclient import TestClient

from storyline.store import open_kb
from storyline.web.app import create_app

ROOT = Path(__file__).resolve().parents[2]
STORYLINE = str(Path(sys.executable).parent / "storyline")
N_ARTICLES = 60
BAD = {"empty.txt": "empty", "binary.txt": "binary", "copy.txt": "duplicate"}

pytestmark = pytest.mark.slow


def real_sentences() -> list[str]:
    """Sentences of the seeds and of the MEANTIME news texts (real prose, so the pipeline does real work)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "seeds").glob("*.txt"))]
    meantime = ROOT / "tests" / "data" / "meantime_timex" / "meantime_timex.json"
    texts += [d["text"] for d in json.loads(meantime.read_text(encoding="utf-8"))]
    sentences = []
    for text in texts:
        for line in text.splitlines():
            sentences += [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", line.strip()) if len(s.split()) >= 8]
    return sorted(set(sentences))


def make_pile(folder: Path, n: int = N_ARTICLES) -> set[str]:
    """``n`` distinct articles plus an empty, a binary and a duplicate file; returns the good names."""
    sentences = real_sentences()
    folder.mkdir()
    names = set()
    for i in range(n):
        rng = random.Random(i)
        picked = rng.sample(sentences, 8)
        body = "\n\n".join(" ".join(picked[j : j + 2]) for j in range(0, 8, 2))
        name = f"article_{i:03d}.txt"
        (folder / name).write_text(f"Report {i}: {' '.join(picked[0].split()[:6])}\n\n{body}\n", encoding="utf-8")
        names.add(name)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "copy.txt").write_bytes((folder / "article_007.txt").read_bytes())
    return names


def brief(pile: Path, out: Path, jobs: str = "1") -> subprocess.Popen[bytes]:
    # Small batches: articles are committed a few at a time, so the kill lands between and inside batches.
    cmd = [STORYLINE, "brief", str(pile), "--out", str(out), "--batch-size", "2", "--jobs", jobs, "-q"]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)


def stored_count(kb: Path) -> int:
    """Articles committed so far, read over a raw read-only connection (0 while the schema is not there)."""
    if not kb.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{kb}?mode=ro", uri=True, timeout=10) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def read_while_writing(kb: Path) -> int:
    """What the web UI does: open read-only and query articles, analyses and the full-text index."""
    with open_kb(kb, readonly=True) as store:
        ids = store.article_ids()
        assert len(ids) == len(set(ids))
        # Separate queries may see later commits, never fewer articles.
        assert {a.article_id for a in store.analyses()} >= set(ids)
        store.search("said")
        store.skips()
        return len(ids)


def wait_gone(processes: list[psutil.Process], seconds: float = 20) -> list[psutil.Process]:
    """The processes still running after ``seconds`` (zombies count as gone: they hold no memory)."""
    deadline = time.monotonic() + seconds
    alive = processes
    while alive and time.monotonic() < deadline:
        time.sleep(0.1)
        alive = [p for p in alive if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
    return alive


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_sigkill_mid_batch_then_resume(tmp_path: Path, jobs: str) -> None:
    good = make_pile(tmp_path / "pile")
    out = tmp_path / "out"
    kb = out / "story.db"

    writer = brief(tmp_path / "pile", out, jobs)
    reads, seen, deadline = 0, [], time.monotonic() + 240
    try:
        while stored_count(kb) < 6:
            assert writer.poll() is None, "the run finished before the kill"
            assert time.monotonic() < deadline, "no article stored in time"
            time.sleep(0.05)
        # Readers in another process query while the writer keeps committing: the store, and the web API.
        web = TestClient(create_app(kb))
        # At least one read: with two jobs, articles are committed in bursts as chunks come back.
        while (not reads or stored_count(kb) < 10) and writer.poll() is None and time.monotonic() < deadline:
            seen.append(read_while_writing(kb))
            listed = web.get("/api/articles", params={"limit": 1})
            assert listed.status_code == 200, listed.text
            assert listed.json()["total"] >= seen[-1]
            assert web.get("/api/search", params={"q": "said"}).status_code == 200
            reads += 1
        helpers = psutil.Process(writer.pid).children(recursive=True)  # with 2 jobs: the worker, its fork server
        os.kill(writer.pid, signal.SIGKILL)
    finally:
        writer.wait(timeout=30)
    assert writer.returncode == -signal.SIGKILL
    assert not wait_gone(helpers), "worker processes outlived the killed run"
    assert reads > 0 and seen == sorted(seen), seen  # reads succeeded and never saw articles vanish
    at_kill = stored_count(kb)
    assert 0 < at_kill < N_ARTICLES, at_kill
    print(f"killed with {at_kill}/{N_ARTICLES} articles stored, after {reads} concurrent reads")

    with open_kb(kb, readonly=True) as store:  # what the killed run committed is intact
        assert store.integrity_check() == "ok"

    again = brief(tmp_path / "pile", out, jobs)
    _, err = again.communicate(timeout=600)
    assert again.returncode == 0, err.decode()

    with sqlite3.connect(f"file:{kb}?mode=ro", uri=True) as conn:
        sources = [row[0] for row in conn.execute("SELECT source FROM articles")]
        ids = [row[0] for row in conn.execute("SELECT id FROM articles")]
        indexed = conn.execute("SELECT count(*) FROM search WHERE kind = 'article'").fetchone()[0]
        skips = conn.execute("SELECT source, reason FROM skips").fetchall()
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert sorted(Path(s).name for s in sources) == sorted(good)  # every article exactly once
    assert len(ids) == len(set(ids)) == N_ARTICLES
    assert indexed == N_ARTICLES  # the full-text index has no half-written or doubled rows
    assert sorted((Path(s).name, r) for s, r in skips) == sorted(BAD.items())  # each skip once

    # The resumed run analysed only what the killed one had not committed.
    summary = err.decode().strip().splitlines()
    assert any(f"{N_ARTICLES - at_kill} analysed" in line for line in summary), summary


def test_two_writers_at_once(tmp_path: Path) -> None:
    """Two runs over the same pile and knowledge base at the same time: nothing doubled, nothing lost."""
    good = make_pile(tmp_path / "pile", 20)
    out = tmp_path / "out"
    writers = [brief(tmp_path / "pile", out) for _ in range(2)]
    for writer in writers:
        _, err = writer.communicate(timeout=600)
        assert writer.returncode == 0, err.decode()
    kb = out / "story.db"
    with sqlite3.connect(f"file:{kb}?mode=ro", uri=True) as conn:
        sources = sorted(Path(row[0]).name for row in conn.execute("SELECT source FROM articles"))
        assert conn.execute("SELECT count(*) FROM search WHERE kind = 'article'").fetchone()[0] == len(good)
        assert sorted(Path(s).name for (s, _) in conn.execute("SELECT source, reason FROM skips")) == sorted(BAD)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert sources == sorted(good)


OPEN_WHEN_TOLD = """
import sys, time
from pathlib import Path
from storyline.store import open_kb
go = Path(sys.argv[2])
while not go.exists():
    time.sleep(0.001)
open_kb(sys.argv[1]).close()
"""


def test_processes_creating_one_knowledge_base_at_once(tmp_path: Path) -> None:
    """Regression: a second process migrated a new file again after the first had ('table meta already exists')."""
    for attempt in range(2):
        kb, go = tmp_path / f"kb{attempt}.db", tmp_path / f"go{attempt}"
        openers = [
            subprocess.Popen([sys.executable, "-c", OPEN_WHEN_TOLD, str(kb), str(go)], stderr=subprocess.PIPE)
            for _ in range(6)
        ]
        time.sleep(3)  # every opener imported and waiting
        go.touch()
        for opener in openers:
            _, err = opener.communicate(timeout=120)
            assert opener.returncode == 0, err.decode()
        with open_kb(kb, readonly=True) as store:
            assert store.integrity_check() == "ok"
