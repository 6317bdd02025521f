"""CPU seconds of the analysis as one stream, as two halves one after the other, and as two halves at once.

    .venv/bin/python benchmarks/contention.py [N_ARTICLES] [ROUNDS]

A default run on two cores splits the analysis between two processes in chunks of 8 articles. If that split
cost nothing, the two processes' CPU seconds would add up to the one-process run's. Each round runs, in fresh
processes (model loaded before the clock, as `chunk_cpu.py`): the whole pile in one stream of batches (as
`--jobs 1`); every other chunk of 8 (the first half) and then the other chunks (the second half), one process
after the other; and the two halves in two processes at the same time. Halves in turn vs one stream: what the
split itself costs (a process's caches warm on half the articles). Halves at once vs in turn: what two busy
processes cost each other on this machine (shared caches, memory bandwidth, the host's scheduling), which no
change to storyline's code removes. Measurable on a loaded machine (CPU seconds, pairs in the same minutes).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from corpus import ROOT, write


def one_part(corpus: str, part: int, parts: int, chunk: int = 8) -> None:
    """Analyse every ``parts``-th chunk of the pile from chunk ``part`` (``parts`` 0: the whole pile, one stream)."""
    from storyline.ingest import read_inputs
    from storyline.model import Article
    from storyline.nlp.analyze import analyze_isolated
    from storyline.nlp.pipeline import load_nlp
    from storyline.settings import Settings

    settings = Settings()
    articles = [item for item in read_inputs([corpus], settings=settings) if isinstance(item, Article)]
    load_nlp(settings.model)
    start = time.process_time()
    if parts == 0:
        list(analyze_isolated(articles, settings))
    else:
        chunks = [articles[i : i + chunk] for i in range(0, len(articles), chunk)]
        for piece in chunks[part::parts]:
            list(analyze_isolated(piece, settings))
    print(f"{time.process_time() - start:.2f}", flush=True)


def _start(corpus: Path, part: int, parts: int) -> subprocess.Popen[str]:
    command = [sys.executable, __file__, "--part", str(corpus), str(part), str(parts)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, text=True)


def _cpu(*processes: subprocess.Popen[str]) -> list[float]:
    return [float(process.communicate()[0].strip().splitlines()[-1]) for process in processes]


def main(n: int, rounds: int) -> None:
    corpus = write(n, ROOT / "out" / "bench" / f"corpus-{n}.jsonl")
    for i in range(rounds):
        (stream,) = _cpu(_start(corpus, 0, 0))
        turn = _cpu(_start(corpus, 0, 2)) + _cpu(_start(corpus, 1, 2))
        once = _cpu(_start(corpus, 0, 2), _start(corpus, 1, 2))
        print(
            f"round {i + 1}: one stream {stream:.2f} CPU s; halves in turn {turn[0]:.2f} + {turn[1]:.2f} = "
            f"{sum(turn):.2f} ({sum(turn) / stream:.3f}x); halves at once {once[0]:.2f} + {once[1]:.2f} = "
            f"{sum(once):.2f} ({sum(once) / sum(turn):.3f}x of in turn)",
            flush=True,
        )


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    if sys.argv[1:2] == ["--part"]:
        one_part(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    else:
        numbers = [int(arg) for arg in sys.argv[1:]]
        main(*(numbers + [600, 2][len(numbers) :])[:2])
