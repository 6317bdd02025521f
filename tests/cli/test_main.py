"""The console script's way out: a command that succeeded ends without the interpreter's teardown, exactly as
it would have ended otherwise (exit handlers run, streams flushed, exit code); anything else exits as usual."""

import subprocess
import sys
import textwrap


def _run(script: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)], capture_output=True, text=True, timeout=120, check=False
    )


def test_end_runs_the_exit_handlers_flushes_and_exits_zero() -> None:
    result = _run(
        """
        import atexit, sys
        from storyline.cli.main import end
        atexit.register(lambda: print("handler", end=""))
        print("buffered ", end="")
        sys.stderr.write("note")
        end()
        print("after end")
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "buffered handler"
    assert result.stderr == "note"


def test_end_leaves_a_running_thread_to_the_interpreter() -> None:
    # A thread the interpreter would wait for: end() returns, and the process ends as usual once the thread has.
    result = _run(
        """
        import threading, time
        from storyline.cli.main import end
        thread = threading.Thread(target=lambda: (time.sleep(0.3), print("thread done")))
        thread.start()
        end()
        print("returned")
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["returned", "thread", "done"]


def test_a_failing_command_keeps_its_exit_code_and_message() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "storyline", "brief", "no-such-input-file", "--out", "/nonexistent/x"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode not in (0, None)
    assert result.stderr.strip()
