"""CPU seconds per phase of a cold `storyline brief`, in the command's process and in each of its workers.

    .venv/bin/python benchmarks/phases.py [N_ARTICLES] [ROUNDS]

Wall-clock ratios are noise on a shared machine; CPU seconds per phase say where the time goes and change
far less with the load. Each round runs `storyline brief corpus-N.jsonl --jobs 2` and `--jobs 1`, each in a
fresh process (cold: imports, model, look-up tables), and marks the phases in the command's process: its
imports, the model loaded, the analysis over (reading, analysing its share, storing), the story stage, the
briefs. At each mark it reads its own `time.process_time()` and the CPU seconds of every process of its tree
(psutil: the fork server and the workers). The serial work is what the command's process does outside the
analysis; with 2 jobs the wall time is about that plus half the analysis stage's CPU seconds, summed. "tail": the
CPU seconds the workers spent after the command analysed its last chunk, while it waited for their results;
"waits": those they spent while the command waited for their drawings (both are time a core idles).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import psutil
from corpus import ROOT, write


def _tree_cpu(me: psutil.Process) -> dict[int, float]:
    found = {}
    for member in [me, *me.children(recursive=True)]:
        try:
            times = member.cpu_times()
        except psutil.Error:  # a worker that has just exited
            continue
        found[member.pid] = times.user + times.system
    return found


def one_run(corpus: str, out: str, jobs: str) -> None:
    """One traced brief in this process: prints a line per mark (name, wall, own CPU, the tree's CPU)."""
    start = time.perf_counter()
    me = psutil.Process()
    last: dict[int, float] = {}

    def sample() -> None:  # a worker's CPU seconds as last seen before it exits
        while True:
            last.update(_tree_cpu(me))
            time.sleep(0.2)

    threading.Thread(target=sample, daemon=True).start()

    def mark(name: str) -> None:
        last.update(_tree_cpu(me))
        others = sum(cpu for pid, cpu in last.items() if pid != me.pid)
        wall, own = time.perf_counter() - start, time.process_time()
        print(f"{name:>18}: wall {wall:6.2f}  this {own:6.2f}  workers {others:6.2f}", flush=True)

    import storyline.cli.brief as brief
    import storyline.nlp.pipeline as pipeline
    import storyline.present.brief as present_brief
    import storyline.present.stories as present_stories
    import storyline.runner as runner

    mark("imports")
    load, jobs_of, resolve, write_index, write_brief = (
        pipeline.load_nlp,
        runner.analyze_jobs,
        runner.resolve_kb,
        present_stories.write_index,
        present_brief.write_brief,
    )

    def load_nlp(model: str) -> Any:
        fresh = load.cache_info().currsize == 0
        nlp = load(model)
        if fresh:
            mark("model loaded")
        return nlp

    own_last: list[float] = []  # the workers' CPU seconds when this process finished its last own chunk

    def analyze_isolated(*args: Any, **kwargs: Any) -> Any:
        yield from isolated(*args, **kwargs)
        last.update(_tree_cpu(me))
        own_last[:] = [sum(cpu for pid, cpu in last.items() if pid != me.pid)]

    def analyze_jobs(*args: Any, **kwargs: Any) -> Any:
        yield from jobs_of(*args, **kwargs)
        mark("analysis over")
        if jobs != "1" and own_last:  # what the workers still had to do while this process waited for them
            last.update(_tree_cpu(me))
            others = sum(cpu for pid, cpu in last.items() if pid != me.pid)
            print(f"{'tail':>18}: workers {others - own_last[0]:6.2f} after this process's last chunk", flush=True)

    def resolve_kb(*args: Any, **kwargs: Any) -> Any:
        result = resolve(*args, **kwargs)
        mark("story stage over")
        waited.clear()  # from here on, the waits for the workers' drawings
        return result

    waited: list[float] = []  # the workers' CPU seconds while this process waited on one of their results
    result_of = Future.result

    def result(future: Future[Any], timeout: float | None = None) -> Any:
        if future.done():
            return result_of(future, timeout)
        before = sum(cpu for pid, cpu in _tree_cpu(me).items() if pid != me.pid)
        try:
            return result_of(future, timeout)
        finally:
            waited.append(sum(cpu for pid, cpu in _tree_cpu(me).items() if pid != me.pid) - before)

    Future.result = result  # type: ignore[method-assign]

    def briefs(write: Any) -> Any:
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            result = write(*args, **kwargs)
            mark("briefs written")
            return result

        return wrapped

    import storyline.nlp.analyze as analyze

    isolated = analyze.analyze_isolated  # a chunk analysed here (the pool imports it at each call; workers do not)
    analyze.analyze_isolated = analyze_isolated  # type: ignore[assignment]
    analyze.load_nlp = load_nlp  # type: ignore[assignment]
    runner.analyze_jobs = analyze_jobs  # type: ignore[assignment]
    runner.resolve_kb = resolve_kb  # type: ignore[assignment]
    # The brief command imports the writers when it writes (older code: when it is imported).
    present_stories.write_index, present_brief.write_brief = briefs(write_index), briefs(write_brief)
    if hasattr(brief, "write_index"):
        brief.write_index, brief.write_brief = present_stories.write_index, present_brief.write_brief
    from storyline.cli.main import cli

    shutil.rmtree(out, ignore_errors=True)
    cli.main(["brief", corpus, "--out", out, "-q", "--jobs", jobs], standalone_mode=False)
    time.sleep(0.3)  # the sampler's last look at the workers
    mark("end")
    if jobs != "1":
        print(f"{'waits':>18}: workers {sum(waited):6.2f} while this process waited for their drawings", flush=True)


def main(n: int, rounds: int) -> None:
    corpus = write(n, ROOT / "out" / "bench" / f"corpus-{n}.jsonl")
    for i in range(rounds):
        for jobs in ("2", "1"):
            print(f"round {i + 1}, --jobs {jobs}, load {os.getloadavg()[0]:.2f}", flush=True)
            out = str(ROOT / "out" / "bench" / f"phases-{jobs}")
            subprocess.run([sys.executable, __file__, "--one", str(corpus), out, jobs], check=True)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    if sys.argv[1:2] == ["--one"]:
        one_run(*sys.argv[2:5])
    else:
        numbers = [int(arg) for arg in sys.argv[1:]]
        main(*(numbers + [600, 2][len(numbers) :])[:2])
