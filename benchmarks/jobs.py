"""Words per second of a default `storyline brief` (every core) against `--jobs 1`, same corpus, same run.

    .venv/bin/python benchmarks/jobs.py [N_ARTICLES] [ROUNDS] [--dask] [--shard]

Each round runs the whole command as a user does (`storyline brief corpus-N.jsonl --out DIR -q`, a fresh
knowledge base, cold start: imports, model loads, worker start, analysis, store, story stage, brief) once
with the default and once with `--jobs 1`, alternating, and keeps the best of each: on a shared VM one round
can be slowed by a neighbour. `--dask` adds `--engine dask --workers 2` (the Dask LocalCluster) as a third
variant. `--shard` times `storyline shard corpus-N.jsonl OUT --force -q` instead: the per-article stage
alone (read, analyse, write the table), without the story stage and the brief, which run in one process
whatever the number of jobs. Beside the time, each run's peak resident memory is sampled every 0.1 s over
the whole process tree (the command, the fork server and the workers, summed) and for the largest single
process. The load average at the start of each run is printed: compare figures only at a similar load.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import psutil
from corpus import ROOT, write

VARIANTS = {"default": [], "--jobs 1": ["--jobs", "1"]}
DASK = {"dask 2 workers": ["--engine", "dask", "--workers", "2"]}


def _tree_rss(process: psutil.Process) -> tuple[int, int]:
    """(sum, max) of the resident sizes of ``process`` and its descendants, in bytes."""
    sizes = []
    for member in [process, *process.children(recursive=True)]:
        try:
            sizes.append(member.memory_info().rss)
        except psutil.Error:  # a worker that has just exited
            continue
    return sum(sizes), max(sizes, default=0)


def timed_run(corpus: Path, out: Path, extra: list[str], shard: bool) -> tuple[float, int, int, str]:
    """(seconds, peak summed RSS, peak single-process RSS, summary line) of one cold brief (or shard) run."""
    shutil.rmtree(out, ignore_errors=True)
    storyline = Path(sys.executable).parent / "storyline"
    command = ["shard", str(corpus), str(out), "--force"] if shard else ["brief", str(corpus), "--out", str(out)]
    start = time.perf_counter()
    child = psutil.Popen(
        [str(storyline), *command, "-q", *extra],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    peak_sum = peak_one = 0
    while child.poll() is None:
        total, largest = _tree_rss(child)
        peak_sum, peak_one = max(peak_sum, total), max(peak_one, largest)
        time.sleep(0.1)
    seconds = time.perf_counter() - start
    err = child.stderr.read() if child.stderr else ""
    if child.returncode:
        raise SystemExit(f"storyline {' '.join(command + extra)} failed: {err}")
    summary = next((line for line in err.splitlines() if "articles read" in line), "")
    return seconds, peak_sum, peak_one, summary


def _briefs(out: Path) -> bytes:
    """Every brief and index a brief run wrote (one story: brief.*; a mixed pile: index.* and a folder each)."""
    files = sorted(p for p in out.rglob("*") if p.is_file() and p.suffix in (".json", ".md", ".html"))
    return b"".join(str(p.relative_to(out)).encode() + p.read_bytes() for p in files)


def _table(path: Path) -> bytes:
    """A shard's rows, to compare (the file's bytes also hold writer metadata)."""
    import pyarrow.parquet as pq

    return repr(pq.read_table(path).to_pylist()).encode()


def _spin(_: int = 0) -> float:
    start = time.perf_counter()
    total = 0
    for i in range(20_000_000):
        total += i
    return time.perf_counter() - start


def cores_free() -> float:
    """How many cores' worth of work two processes get done at the moment, next to one (2.0 on an idle
    2-core machine; about 1.0 when neighbours keep the machine busy): no run can beat it."""
    import multiprocessing

    alone = _spin()
    with multiprocessing.get_context("fork").Pool(2) as pool:
        side_by_side = max(pool.map(_spin, [0, 1]))
    return 2 * alone / side_by_side


def main(n: int, rounds: int, dask: bool, shard: bool) -> None:
    print(f"cores free before: {cores_free():.2f} (two pure-Python loops side by side vs one alone)", flush=True)
    corpus = write(n, ROOT / "out" / "bench" / f"corpus-{n}.jsonl")
    from storyline.ingest import read_inputs
    from storyline.model import Article

    words = sum(len(a.body.split()) for a in read_inputs([str(corpus)]) if isinstance(a, Article))
    variants = {**VARIANTS, **(DASK if dask else {})}
    runs: dict[str, list[tuple[float, int, int]]] = {name: [] for name in variants}
    outputs = {}
    for i in range(rounds):
        for name, extra in variants.items():
            load = os.getloadavg()[0]
            out = ROOT / "out" / "bench" / f"jobs-{name.replace(' ', '').replace('-', '')}"
            out = out.with_suffix(".parquet") if shard else out
            seconds, peak_sum, peak_one, summary = timed_run(corpus, out, extra, shard)
            runs[name].append((seconds, peak_sum, peak_one))
            outputs[name] = _table(out) if shard else _briefs(out)
            print(
                f"round {i + 1} {name:>14}: {seconds:6.1f} s, peak {peak_sum / 2**20:,.0f} MB summed "
                f"({peak_one / 2**20:,.0f} MB largest process), load {load:.2f}  [{summary}]",
                flush=True,
            )
    print("storyline shard (per-article stage)" if shard else "storyline brief (the whole run)")
    print(f"{n} articles, {words:,} words, {rounds} rounds, {os.cpu_count()} cores")
    best = {name: min(r[0] for r in values) for name, values in runs.items()}
    for name, values in runs.items():
        peak = max(r[1] for r in values) / 2**20
        print(f"{name:>14}: best {best[name]:.1f} s ({words / best[name]:,.0f} words/s), peak RSS {peak:,.0f} MB")
    print(f"speed-up default / --jobs 1: {best['--jobs 1'] / best['default']:.2f}x")
    one = max(r[1] for r in runs["--jobs 1"])
    print(f"peak RSS default / --jobs 1: {max(r[1] for r in runs['default']) / one:.2f}x")
    same = len({outputs[name] for name in variants}) == 1
    print(f"{'shard rows' if shard else 'briefs'} identical across variants: {same}")
    print(f"cores free after: {cores_free():.2f}")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    numbers = [int(arg) for arg in sys.argv[1:] if not arg.startswith("--")]
    n, rounds = (numbers + [600, 3][len(numbers) :])[:2]
    main(n, rounds, dask="--dask" in sys.argv[1:], shard="--shard" in sys.argv[1:])
