"""``python -m storyline`` is the same CLI as the console script."""

import subprocess
import sys


def test_python_dash_m_runs_the_cli() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "storyline", "--help"], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "brief" in result.stdout and "eval" in result.stdout
