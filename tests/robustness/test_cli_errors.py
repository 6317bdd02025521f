"""Command-line errors: a non-zero exit, one clear line, and a traceback only with --debug."""

from __future__ import annotations

import importlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from storyline.cli.main import COMMANDS, cli
from storyline.store import open_kb

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "examples" / "seeds"


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def assert_one_line(result: Result, code: int, *needles: str) -> None:
    """Exit code ``code``, a single 'Error: ...' line naming the problem, no traceback."""
    output = result.output
    assert result.exit_code == code, output
    assert "Traceback" not in output
    errors = [line for line in output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, output
    for needle in needles:
        assert needle.lower() in errors[0].lower(), output


def test_commands_are_all_registered() -> None:
    # The group imports a command's module only when that command is asked for (start-up time).
    ctx = click.Context(cli)
    assert cli.list_commands(ctx) == sorted(COMMANDS)
    for name in COMMANDS:
        assert cli.get_command(ctx, name) is importlib.import_module(f"storyline.cli.{name}").command
    assert cli.get_command(ctx, "nope") is None


def test_a_command_imports_only_its_own_module() -> None:
    code = "import sys, storyline.cli.main, storyline.cli.brief; print('storyline.cli.eval' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_bad_flag(tmp_path: Path) -> None:
    assert_one_line(invoke("brief", str(SEEDS), "--out", str(tmp_path), "--bogus"), 2, "no such option")


def test_bad_flag_value(tmp_path: Path) -> None:
    result = invoke("brief", str(SEEDS), "--out", str(tmp_path), "--published", "yesterday")
    assert_one_line(result, 2, "--published")


def test_missing_input(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert_one_line(invoke("brief", str(missing), "--out", str(tmp_path / "o"), "-q"), 1, "no such file", str(missing))


def test_missing_manifest(tmp_path: Path) -> None:
    result = invoke("brief", str(SEEDS), "--manifest", str(tmp_path / "m.csv"), "--out", str(tmp_path / "o"))
    assert_one_line(result, 2, "m.csv")


def test_missing_knowledge_base(tmp_path: Path) -> None:
    assert_one_line(invoke("actors", str(tmp_path / "none.db")), 2, "does not exist")


def test_knowledge_base_from_a_newer_schema(tmp_path: Path) -> None:
    kb = tmp_path / "new.db"
    with sqlite3.connect(kb) as conn:
        conn.execute("PRAGMA user_version = 99")
    result = invoke("brief", str(SEEDS), "--out", str(tmp_path / "o"), "--kb", str(kb), "-q")
    assert_one_line(result, 1, "newer storyline", "schema 99")
    assert_one_line(invoke("actors", str(kb)), 1, "newer storyline")
    with sqlite3.connect(kb) as conn:  # refused, not touched
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 99


def test_not_a_knowledge_base(tmp_path: Path) -> None:
    kb = tmp_path / "junk.db"
    kb.write_bytes(b"this is not sqlite\n" * 100)
    result = invoke("brief", str(SEEDS), "--out", str(tmp_path / "o"), "--kb", str(kb), "-q")
    assert_one_line(result, 1, "not a database")


# Tests run as root, which ignores file permissions: a location under a regular file can never be
# created, whoever asks, which is what a read-only location means to the program.
def test_output_folder_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = invoke("brief", str(SEEDS), "--out", str(blocker / "out"), "-q")
    assert_one_line(result, 1, "not a directory", str(blocker / "out"))


def test_knowledge_base_in_a_location_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = invoke("brief", str(SEEDS), "--out", str(tmp_path / "o"), "--kb", str(blocker / "kb" / "s.db"), "-q")
    assert_one_line(result, 1, "not a directory")


def test_permission_denied_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def denied(*_: object, **__: object) -> None:
        raise PermissionError(13, "Permission denied", str(tmp_path / "o" / "brief.html"))

    monkeypatch.setattr("storyline.runner.run", denied)
    result = invoke("brief", str(SEEDS), "--out", str(tmp_path / "o"), "-q")
    assert_one_line(result, 1, "permission denied", "brief.html")


def test_disk_full_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*_: object, **__: object) -> None:
        raise OSError(28, "No space left on device", str(tmp_path / "o" / "brief.json"))

    monkeypatch.setattr("storyline.runner.run", full)
    assert_one_line(invoke("brief", str(SEEDS), "--out", str(tmp_path / "o"), "-q"), 1, "no space left", "disk is full")


def test_raw_sqlite_error_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def locked(*_: object, **__: object) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr("storyline.store.sqlite.KnowledgeBase.save_skip", locked)
    (tmp_path / "empty.txt").write_text("")
    result = invoke("brief", str(tmp_path / "empty.txt"), "--out", str(tmp_path / "o"), "-q")
    assert_one_line(result, 1, "knowledge base error", "database is locked")


def test_unexpected_error_is_one_line_and_debug_shows_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_: object, **__: object) -> None:
        raise RuntimeError("something\nbroke")

    monkeypatch.setattr("storyline.runner.run", boom)
    assert_one_line(invoke("brief", str(SEEDS), "--out", str(tmp_path), "-q"), 1, "unexpected error", "--debug")
    debug = invoke("--debug", "brief", str(SEEDS), "--out", str(tmp_path), "-q")
    assert isinstance(debug.exception, RuntimeError)


# A full disk, for real: the process may not write files beyond a size (RLIMIT_FSIZE, the kernel's own
# per-process limit; writes past it fail with EFBIG as they fail with ENOSPC on a full disk). The limit is
# set after the language model's temporary file is written, as a disk fills during a run.
FULL_DISK = """
import resource, sys
from storyline.ingest.build import _identifier
_identifier()
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
sys.argv = ["storyline", *sys.argv[2:]]
from storyline.cli.main import main
main()
"""


def run_with_file_limit(limit: int, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-c", FULL_DISK, str(limit), *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=240, cwd=ROOT)


@pytest.mark.slow
def test_full_disk_fails_cleanly_and_loses_nothing(tmp_path: Path) -> None:
    out, kb = tmp_path / "o", tmp_path / "o" / "story.db"
    full = run_with_file_limit(150_000, "brief", str(SEEDS), "--out", str(out), "-q")
    lines = [line for line in full.stderr.splitlines() if line.strip()]
    assert full.returncode == 1, full.stderr
    assert len(lines) == 1 and lines[0].startswith("Error:"), full.stderr
    assert "disk" in lines[0], lines[0]  # says what to look at
    assert "Traceback" not in full.stderr
    with open_kb(kb) as store:  # what was committed is intact
        assert store.integrity_check() == "ok"
    # With room again, the same command completes the knowledge base.
    again = subprocess.run(
        [str(Path(sys.executable).parent / "storyline"), "brief", str(SEEDS), "--out", str(out), "-q"],
        capture_output=True,
        text=True,
        timeout=240,
        cwd=ROOT,
    )
    assert again.returncode == 0, again.stderr
    with open_kb(kb, readonly=True) as store:
        assert len(store.article_ids()) == 2
        assert store.integrity_check() == "ok"


@pytest.mark.slow
def test_full_disk_with_debug_shows_the_traceback(tmp_path: Path) -> None:
    full = run_with_file_limit(150_000, "--debug", "brief", str(SEEDS), "--out", str(tmp_path / "o"), "-q")
    assert full.returncode != 0
    assert "Traceback" in full.stderr


@pytest.mark.slow
def test_closed_pipe_stops_quietly() -> None:
    """`storyline analyze --jsonl | head -c 50`: no error message, no traceback, when the reader goes away."""
    cmd = [str(Path(sys.executable).parent / "storyline"), "analyze", str(SEEDS), "--jsonl", "-q"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(50)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert "Error" not in err and "Traceback" not in err and "Exception" not in err, err
