"""CPU seconds and peak memory of the story stage alone, on a copy of a finished run's knowledge base.

    .venv/bin/python benchmarks/story_stage.py KB [ROUNDS]

The story stage (cluster, resolve each story, save) is the serial part of a default run between the parallel
analysis and the briefs; on a shared machine its wall time is noise, its CPU seconds much less so. Each round
copies KB (e.g. `out/bench/mem-10000/story.db` from `benchmarks/memory.py`), forgets its story assignments and
stories (so every article is clustered afresh, as in a first run), and runs `runner.resolve_kb` in this process:
CPU seconds of each step (clustering, each resolver, saving), the resident size after each and the peak during it
(the kernel's high-water mark reset before each step), and the process's peak (VmHWM). The first round pays for
the look-up tables a real run has already loaded (the actor dictionaries, the gazetteer); later rounds are what a
run's story stage costs.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from peaks import reset_peak, status_mb


def main(kb: str, rounds: int) -> None:
    import storyline.resolve.story as story
    import storyline.runner as runner
    from storyline.store import open_kb
    from storyline.store.sqlite import KnowledgeBase

    steps: dict[str, list[float]] = {}
    peak = 0

    def timed(owner: Any, name: str) -> None:
        function: Callable[..., Any] = getattr(owner, name)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            nonlocal peak
            peak = max(peak, status_mb("VmHWM"))
            reset_peak()
            start = time.process_time()
            result = function(*args, **kwargs)
            figures = steps.setdefault(name, [0.0, 0, 0])
            figures[0] += time.process_time() - start
            figures[1] = status_mb("VmRSS")
            figures[2] = max(figures[2], status_mb("VmHWM"))
            return result

        setattr(owner, name, wrapper)

    timed(runner, "assign_stories")
    for name in ("resolve_actors", "merge_events", "group_speakers", "group_claims", "find_commitments"):
        timed(story, name)
    timed(KnowledgeBase, "save_stories")
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "story.db"
        for i in range(rounds):
            for stale in Path(folder).iterdir():
                stale.unlink()
            shutil.copy(kb, copy)
            conn = sqlite3.connect(copy)
            conn.execute("DELETE FROM article_stories")
            conn.execute("DELETE FROM stories")
            conn.commit()
            conn.close()
            steps.clear()
            reset_peak()
            peak = 0
            before = status_mb("VmRSS")
            with open_kb(copy) as store:
                start = time.process_time()
                runner.resolve_kb(store)
                total = time.process_time() - start
            peak = max(peak, status_mb("VmHWM"))
            figures = "  ".join(
                f"{name} {cpu:.2f} ({rss} MB after, {high} MB peak)" for name, (cpu, rss, high) in steps.items()
            )
            print(f"round {i + 1}: {total:.2f} CPU s; RSS {before} MB before, peak {peak} MB", flush=True)
            print(f"  {figures}", flush=True)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 2)
