"""Peak memory (RSS) of `storyline brief` runs over 1,000 and 10,000 articles.

    .venv/bin/python benchmarks/memory.py [N ...]          # brief runs; default: 1000 10000
    .venv/bin/python benchmarks/memory.py --shard [N ...]  # the per-article stage alone (storyline shard)

Each run is `storyline brief corpus-N.jsonl --out out/bench/mem-N -q` in a fresh knowledge base, in its
own child process; its peak resident set size is read from the OS (getrusage of the finished child, in a
wrapper process per run so runs do not share the figure). The articles come from benchmarks/corpus.py:
2-4 real paragraphs each (seeds and MEANTIME Wikinews), every article a distinct paragraph sequence.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

from corpus import ROOT, write

_WRAPPER = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:]).returncode\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    "sys.exit(code)\n"
)


def peak_rss_mb(n: int, shard: bool = False) -> tuple[float, float, str]:
    """(peak RSS in MB, seconds, summary line) of one brief (or shard) run over ``n`` articles."""
    path = write(n, ROOT / "out" / "bench" / f"corpus-{n}.jsonl")
    out = ROOT / "out" / "bench" / (f"mem-shard-{n}.parquet" if shard else f"mem-{n}")
    shutil.rmtree(out, ignore_errors=True)
    if shard:
        out.unlink(missing_ok=True)
    storyline = Path(sys.executable).parent / "storyline"
    args = ["shard", str(path), str(out), "-q", "--force"] if shard else ["brief", str(path), "--out", str(out), "-q"]
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _WRAPPER, str(storyline), *args],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds = time.perf_counter() - start
    lines = (done.stderr + done.stdout).splitlines()
    summary = next((line for line in lines if "articles read" in line or "analysed," in line), "")
    return int(done.stdout.split()[-1]) / 1024, seconds, summary


def main(sizes: list[int], shard: bool = False) -> None:
    results = {n: peak_rss_mb(n, shard) for n in sizes}
    print("storyline shard (per-article stage)" if shard else "storyline brief (analysis, store, story stage)")
    for n, (mb, seconds, summary) in results.items():
        print(f"{n:>6} articles: peak RSS {mb:,.0f} MB in {seconds:,.0f} s  [{summary}]")
    if len(sizes) > 1:
        low, high = results[min(sizes)][0], results[max(sizes)][0]
        print(f"peak RSS {max(sizes)} / {min(sizes)} articles: {high / low:.2f}x")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    flags = [arg for arg in sys.argv[1:] if arg.startswith("--")]
    main([int(arg) for arg in sys.argv[1:] if not arg.startswith("--")] or [1000, 10000], "--shard" in flags)
