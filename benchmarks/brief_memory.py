"""Peak memory of each phase after the analysis of a `storyline brief` run: the story stage and each brief file.

    .venv/bin/python benchmarks/brief_memory.py KB INPUT [JOBS]

Runs `storyline brief INPUT --jobs JOBS` (default 2) in this process over a copy of KB (e.g.
`out/bench/mem-10000/story.db` with `out/bench/corpus-10000.jsonl`, from `benchmarks/memory.py`): every article is
stored already, so nothing is analysed, and what remains is what a real run does after its analysis. Only while
KB's analyses carry the current code's analysis key (`runner.analysis_key`: storyline's version, `nlp/` and its
data): after any change there, every article is analysed again (a whole 10,000-article analysis), so re-make KB
with `memory.py` first. For the
story stage (`resolve_kb`), the digest, the lead sections (`overview`), brief.json, brief.md and brief.html: the
resident size before, the peak during it (the kernel's high-water mark reset before each) and after, in MB, and
its CPU seconds. Resident sizes are valid on a loaded machine; the run's absolute level is lower than a real
run's (no model was loaded and dropped), the rise of each phase is what to compare.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from peaks import reset_peak, status_mb


def main(kb: str, source: str, jobs: int) -> None:
    import storyline.present.brief as brief
    import storyline.runner as runner
    from storyline.cli.main import main as cli

    def timed(owner: Any, name: str) -> None:
        function: Callable[..., Any] = getattr(owner, name)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            before = status_mb("VmRSS")
            reset_peak()
            start = time.process_time()
            result = function(*args, **kwargs)
            cpu = time.process_time() - start
            print(f"{name}: {before} MB before, peak {status_mb('VmHWM')} MB, after {status_mb('VmRSS')} MB, "
                  f"{cpu:.2f} CPU s", flush=True)  # fmt: skip
            return result

        setattr(owner, name, wrapper)

    timed(runner, "resolve_kb")
    for name in ("digest", "overview", "write_brief_json", "_render_markdown", "_render_html"):
        timed(brief, name)
    with tempfile.TemporaryDirectory() as folder:
        shutil.copy(kb, Path(folder) / "story.db")
        sys.argv = ["storyline", "brief", source, "--out", folder, "-q", "--jobs", str(jobs)]
        try:
            cli()
        except SystemExit as e:
            if e.code:
                raise


if __name__ == "__main__":  # the workers start from a fork server, which imports this file again
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 2)
