"""Peak memory (RSS) of `storyline brief` runs over 1,000 and 10,000 articles.

    .venv/bin/python benchmarks/memory.py [N ...]          # brief runs; default: 1000 10000
    .venv/bin/python benchmarks/memory.py --shard [N ...]  # the per-article stage alone (storyline shard)
    .venv/bin/python benchmarks/memory.py --jobs 1 [N ...] # one process (the default is every core)

Each run is `storyline brief corpus-N.jsonl --out out/bench/mem-N -q` in a fresh knowledge base, in its
own child process; its peak resident set size is read from the OS (getrusage of the finished child, in a
wrapper process per run so runs do not share the figure). That is the largest single process; with several
jobs (the default: every core) the workers run beside it, so the resident sizes of the whole process tree
are also sampled every 0.1 s and summed (the peak of that sum is reported too; `--jobs N` passes N on).
The articles come from benchmarks/corpus.py: 2-4 real paragraphs each (seeds and MEANTIME Wikinews), every
article a distinct paragraph sequence.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import psutil
from corpus import ROOT, write

_WRAPPER = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:]).returncode\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    "sys.exit(code)\n"
)


def _tree_rss(wrapper: psutil.Process) -> int:
    """Summed resident size of the wrapper's descendants (the command and its workers), in bytes."""
    total = 0
    for member in wrapper.children(recursive=True):
        try:
            total += member.memory_info().rss
        except psutil.Error:  # a worker that has just exited
            continue
    return total


def peak_rss_mb(n: int, shard: bool = False, jobs: list[str] | None = None) -> tuple[float, float, float, str]:
    """(peak RSS of the largest process in MB, peak summed over the process tree in MB, seconds, summary line)
    of one brief (or shard) run over ``n`` articles."""
    path = write(n, ROOT / "out" / "bench" / f"corpus-{n}.jsonl")
    out = ROOT / "out" / "bench" / (f"mem-shard-{n}.parquet" if shard else f"mem-{n}")
    shutil.rmtree(out, ignore_errors=True)
    if shard:
        out.unlink(missing_ok=True)
    storyline = Path(sys.executable).parent / "storyline"
    args = ["shard", str(path), str(out), "-q", "--force"] if shard else ["brief", str(path), "--out", str(out), "-q"]
    start = time.perf_counter()
    wrapper = psutil.Popen(
        [sys.executable, "-c", _WRAPPER, str(storyline), *args, *(jobs or [])],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    peak_sum = 0
    while wrapper.poll() is None:
        peak_sum = max(peak_sum, _tree_rss(wrapper))
        time.sleep(0.1)
    stdout, stderr = wrapper.communicate()
    seconds = time.perf_counter() - start
    if wrapper.returncode:
        raise subprocess.CalledProcessError(wrapper.returncode, wrapper.args, stdout, stderr)
    lines = (stderr + stdout).splitlines()
    summary = next((line for line in lines if "articles read" in line or "analysed," in line), "")
    largest = int(stdout.split()[-1]) / 1024
    return largest, max(peak_sum / 2**20, largest), seconds, summary


def main(sizes: list[int], shard: bool = False, jobs: list[str] | None = None) -> None:
    results = {n: peak_rss_mb(n, shard, jobs) for n in sizes}
    print("storyline shard (per-article stage)" if shard else "storyline brief (analysis, store, story stage)")
    print(f"jobs: {' '.join(jobs) if jobs else 'the default (every core)'}")
    for n, (mb, tree, seconds, summary) in results.items():
        print(
            f"{n:>6} articles: peak RSS {mb:,.0f} MB (largest process), {tree:,.0f} MB (all processes) "
            f"in {seconds:,.0f} s  [{summary}]"
        )
    if len(sizes) > 1:
        for label, i in (("largest process", 0), ("all processes", 1)):
            low, high = results[min(sizes)][i], results[max(sizes)][i]
            print(f"peak RSS {max(sizes)} / {min(sizes)} articles, {label}: {high / low:.2f}x")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    argv = sys.argv[1:]
    jobs = ["--jobs", argv.pop(argv.index("--jobs") + 1)] if "--jobs" in argv else None
    main([int(arg) for arg in argv if arg.isdigit()] or [1000, 10000], "--shard" in argv, jobs)
