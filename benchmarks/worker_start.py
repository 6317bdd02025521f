"""When a cold `storyline brief --jobs 2` starts its worker, in the command's CPU seconds.

    .venv/bin/python benchmarks/worker_start.py [N_ARTICLES] [ROUNDS]

Before its worker runs, the command works alone and the second core idles: importing, reading its first articles.
Each round runs the brief on corpus-N.jsonl in a fresh process and samples its process tree every 10 ms: the
command's CPU seconds and the wall seconds when the worker process (a child of the fork server) appears and when
it has spent 2 CPU seconds (spaCy imported, the model loaded), and the command's CPU seconds then. CPU seconds
change far less with other work on the machine than wall seconds.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
from corpus import ROOT, write


def one_run(corpus: str, out: str) -> None:
    start = time.perf_counter()
    me = psutil.Process()
    seen: dict[str, str] = {}

    def sample() -> None:
        while "ready" not in seen:
            for child in me.children(recursive=True):
                try:
                    if child.ppid() == me.pid:
                        continue  # the fork server
                    cpu = sum(child.cpu_times()[:2])
                except psutil.Error:
                    continue
                now = f"wall {time.perf_counter() - start:5.2f}  command CPU {time.process_time():5.2f}"
                seen.setdefault("started", now)
                if cpu >= 2.0:
                    seen["ready"] = now
            time.sleep(0.01)

    threading.Thread(target=sample, daemon=True).start()
    from storyline.cli.main import cli

    shutil.rmtree(out, ignore_errors=True)
    cli.main(["brief", corpus, "--out", out, "-q", "--jobs", "2"], standalone_mode=False)
    whole = f"wall {time.perf_counter() - start:5.2f}  command CPU {time.process_time():5.2f}"
    started, ready = seen.get("started", "-"), seen.get("ready", "-")
    print(f"worker started: {started};  2 CPU s in: {ready};  whole: {whole}", flush=True)


def main(n: int, rounds: int) -> None:
    corpus = write(n, ROOT / "out" / "bench" / f"corpus-{n}.jsonl")
    for i in range(rounds):
        print(f"round {i + 1}, load {os.getloadavg()[0]:.2f}", flush=True)
        out = str(ROOT / "out" / "bench" / "worker-start")
        subprocess.run([sys.executable, __file__, "--one", str(corpus), out], check=True)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    if sys.argv[1:2] == ["--one"]:
        one_run(*sys.argv[2:4])
    else:
        numbers = [int(arg) for arg in sys.argv[1:]]
        main(*(numbers + [600, 2][len(numbers) :])[:2])
