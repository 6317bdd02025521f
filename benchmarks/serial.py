"""The serial part of a default `storyline brief`: CPU seconds one process spends while the other sleeps, per phase.

    .venv/bin/python benchmarks/serial.py [N_ARTICLES] [JOBS]

On two cores a default run's wall time is about (C + W) / 2 plus the time one process works while the other
waits (Amdahl's serial part). Wall seconds on a shared machine measure the neighbours; a process's *state* does
not: a process waiting for CPU under load is runnable ("R"), one waiting for work is asleep ("S"). A thread of
this process reads, every 5 ms, the state and CPU seconds of the command's main thread and of every process of
its tree (the fork server and the worker), and adds the command's CPU gained while no other process of the tree
was runnable (work only the command did: the serial part) and the workers' CPU gained while the command's main
thread slept (the command waiting for a result or a drawing); "threads" is the CPU of the command's other
threads (the pool's: pickling chunks, unpickling results). The command is the real CLI, run in a child process;
its phases are marked by wrapping `runner.analyze_jobs`, `runner.resolve_stories`, `runner.resolve_kb`,
`cli.brief._write` and `nlp.analyze.analyze_isolated` as their modules are imported (an import hook), so nothing
is imported before the CLI starts its workers. The serial share is the serial part over the command's CPU; the
exit (after the command returned, its workers gone: the console script's ``cli.main.end``, or the interpreter
freeing its heap in a checkout without it) is serial as well, read from the child's /proc stat until it is a
zombie, after the sampler has stopped.
Set `STORYLINE_CACHE_DIR` to a folder of your own on a machine shared by several checkouts: each keeps only a
few versions of its look-up tables, so another branch's run can make this one rebuild them (seconds of CPU).
"""

from __future__ import annotations

import contextlib
import importlib.abc
import importlib.machinery
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType
from typing import Any

import psutil
from corpus import ROOT, write

_TICK = os.sysconf("SC_CLK_TCK")
_phase = ["start"]
_marks: list[tuple[str, float]] = []
_sampling = threading.Event()
"""Set while the sampler runs; cleared to stop it before the command's exit is measured."""
_sums: dict[str, list[float]] = {}
"""phase -> [command CPU while no other process runs, workers' CPU while the command sleeps, command CPU,
workers' CPU, wall, the command's other threads' CPU]."""
_COLUMNS = ("serial", "waits", "command", "workers", "wall", "threads")


def _stat(path: str) -> tuple[str, float] | None:
    """(state, CPU seconds) of a process or thread from its /proc stat file."""
    try:
        fields = Path(path).read_text(encoding="ascii").rpartition(")")[2].split()
        return fields[0], (int(fields[11]) + int(fields[12])) / _TICK
    except (OSError, IndexError):
        return None


def _mark(name: str) -> None:
    _marks.append((name, time.perf_counter()))
    _phase[0] = name


def _patch_analyze(module: ModuleType) -> None:
    isolated = module.analyze_isolated
    first = [True]

    def analyze_isolated(*args: Any, **kwargs: Any) -> Iterator[Any]:
        results = list(isolated(*args, **kwargs))
        if first[0]:
            first[0] = False
            _mark("analysis, rest")
        return iter(results)

    module.analyze_isolated = analyze_isolated


def _patch_runner(module: ModuleType) -> None:
    jobs_of, resolve, resolve_stories = module.analyze_jobs, module.resolve_kb, module.resolve_stories

    def analyze_jobs(*args: Any, **kwargs: Any) -> Iterator[Any]:
        _mark("analysis")
        yield from jobs_of(*args, **kwargs)
        _mark("story stage")

    def resolved(*args: Any, **kwargs: Any) -> Any:
        result = resolve_stories(*args, **kwargs)
        _mark("saving")
        return result

    def resolve_kb(*args: Any, **kwargs: Any) -> Any:
        result = resolve(*args, **kwargs)
        _mark("to briefs")
        return result

    module.analyze_jobs, module.resolve_kb, module.resolve_stories = analyze_jobs, resolve_kb, resolved


def _patch_brief(module: ModuleType) -> None:
    write = module._write

    def _write(*args: Any, **kwargs: Any) -> Any:
        _mark("briefs")
        return write(*args, **kwargs)

    module._write = _write


_PATCH: dict[str, Callable[[ModuleType], None]] = {
    "storyline.nlp.analyze": _patch_analyze,
    "storyline.runner": _patch_runner,
    "storyline.cli.brief": _patch_brief,
}


class _Hook(importlib.abc.MetaPathFinder):
    """Wraps a module's functions right after it is imported, whenever the CLI imports it."""

    def find_spec(self, name: str, path: Sequence[str] | None, target: ModuleType | None = None) -> ModuleSpec | None:
        if name not in _PATCH:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None:
            return None
        loader: Any = spec.loader
        exec_module = loader.exec_module

        def run(module: ModuleType) -> None:
            exec_module(module)
            _PATCH[name](module)

        loader.exec_module = run
        return spec


def _sample(main_thread: int) -> None:
    me = psutil.Process()
    others: list[int] = []
    seen: dict[int, float] = {}  # each process's CPU seconds as last read (a worker that exits keeps its figure)
    refreshed = 0.0
    before: tuple[float, str, float, float, bool, float] | None = None
    while _sampling.is_set():
        now = time.perf_counter()
        if now - refreshed > 0.1:
            with contextlib.suppress(psutil.Error):  # the command exiting
                others = [child.pid for child in me.children(recursive=True)]
            refreshed = now
        own = _stat(f"/proc/self/task/{main_thread}/stat")
        whole = _stat("/proc/self/stat")
        busy = False
        for pid in others:
            found = _stat(f"/proc/{pid}/stat")
            if found is not None:
                busy = busy or found[0] == "R"
                seen[pid] = found[1]
        if own is None or whole is None:
            return
        # the command's other threads (the pool's: pickling chunks, unpickling results), this sampler aside
        threads = whole[1] - own[1] - time.thread_time()
        now_sample = (now, own[0], own[1], sum(seen.values()), busy, threads)
        if before is not None:
            sums = _sums.setdefault(_phase[0], [0.0] * len(_COLUMNS))
            command, workers = now_sample[2] - before[2], now_sample[3] - before[3]
            if not (before[4] or now_sample[4]):
                sums[0] += command
            if before[1] != "R" and now_sample[1] != "R":
                sums[1] += workers
            sums[2] += command
            sums[3] += workers
            sums[4] += now - before[0]
            sums[5] += now_sample[5] - before[5]
        before = now_sample
        time.sleep(0.005)


def one_run(corpus: str, out: str, jobs: str) -> None:
    sys.meta_path.insert(0, _Hook())
    _sampling.set()
    sampler = threading.Thread(target=_sample, args=(threading.get_native_id(),), daemon=True)
    sampler.start()
    from storyline.cli.main import cli

    shutil.rmtree(out, ignore_errors=True)
    cli.main(["brief", corpus, "--out", out, "-q", "--jobs", jobs], standalone_mode=False)
    time.sleep(0.3)  # the sampler's last look at the workers
    _sampling.clear()
    sampler.join()
    print(f"--jobs {jobs}, load {os.getloadavg()[0]:.1f}: CPU seconds per phase")
    print(f"{'phase':>16} " + " ".join(f"{c:>7}" for c in _COLUMNS))
    total = [0.0] * len(_COLUMNS)
    for name in ["start", *(name for name, _ in _marks)]:
        if name in _sums:
            sums = _sums.pop(name)
            total = [a + b for a, b in zip(total, sums, strict=True)]
            print(f"{name:>16} " + " ".join(f"{v:7.2f}" for v in sums), flush=True)
    print(f"{'whole':>16} " + " ".join(f"{v:7.2f}" for v in total))
    command = total[2] + total[5]
    print(
        f"serial share: {total[0]:.2f} of the command's {command:.2f} CPU s ({total[0] / command:.1%}); "
        f"the command {command:.2f} + workers {total[3]:.2f} = {command + total[3]:.2f} CPU s"
    )
    print(
        "serial: the command's CPU while no other process of its tree was runnable; waits: the workers' CPU "
        "while the command slept (waiting for them); threads: the command's other threads (the pool's)"
    )
    print(f"CPU at the end {time.process_time():.3f}", flush=True)
    from storyline.cli import main as console

    if hasattr(console, "end"):  # the console script's way out after a command that succeeded
        console.end()


def main(n: int, jobs: int) -> None:
    corpus = write(n, ROOT / "out" / "bench" / f"corpus-{n}.jsonl")
    out = str(ROOT / "out" / "bench" / f"serial-{jobs}")
    command = subprocess.Popen(
        [sys.executable, __file__, "--one", str(corpus), out, str(jobs)], stdout=subprocess.PIPE, text=True
    )
    assert command.stdout is not None
    end = 0.0
    for line in command.stdout:
        if line.startswith("CPU at the end"):
            end = float(line.split()[-1])
        else:
            print(line, end="", flush=True)
    # The interpreter's exit (freeing the heap, atexit), after the command returned and its workers have gone:
    # the command's alone. Its CPU seconds are read until it is a zombie, whose stat keeps its final figure.
    final = end
    while (found := _stat(f"/proc/{command.pid}/stat")) is not None:
        final = found[1]
        if found[0] in ("Z", "X"):
            break
        time.sleep(0.005)
    if command.wait():
        raise SystemExit(f"the command failed ({command.returncode})")
    print(f"exit: {final - end:.2f} CPU s after the command returned (serial)")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    if sys.argv[1:2] == ["--one"]:
        one_run(*sys.argv[2:5])
    else:
        numbers = [int(arg) for arg in sys.argv[1:]]
        main(*(numbers + [600, 2][len(numbers) :])[:2])
