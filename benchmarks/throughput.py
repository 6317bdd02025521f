"""Words per second of storyline's full analysis next to the bare spaCy pipeline, same articles, same run.

    .venv/bin/python benchmarks/throughput.py [N_ARTICLES] [ROUNDS] [--cpu]

The articles come from benchmarks/corpus.py (real paragraphs of the seeds and the MEANTIME Wikinews texts),
read and cleaned by storyline's ingest first, so both pipelines see the same bodies. Models are loaded
and warmed up before timing; the two pipelines alternate over ROUNDS rounds so background load hits both
alike, and each one's best round is reported. The ratio (full / bare) is the figure: the statistical parser
is the physical limit, storyline's own components are the overhead. ``--cpu`` times both with the process's CPU
time instead of the wall clock: on a machine others load too, a figure that holds far better (words per CPU second;
spaCy's and storyline's work run in this one process, single-threaded).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from corpus import ROOT, write

from storyline.ingest import read_inputs
from storyline.model import Article
from storyline.nlp.analyze import analyze_articles
from storyline.nlp.pipeline import bare_nlp, load_nlp
from storyline.settings import Settings


def main(n: int = 300, rounds: int = 3, cpu: bool = False) -> None:
    clock = time.process_time if cpu else time.perf_counter
    path = write(n, ROOT / "out" / "bench" / f"corpus-{n}.jsonl")
    articles = [a for a in read_inputs([str(path)]) if isinstance(a, Article)]
    words = sum(len(a.body.split()) for a in articles)
    settings = Settings()
    bare, full = bare_nlp(settings.model), load_nlp(settings.model)
    warm = articles[:8]
    list(bare.pipe([a.body for a in warm], batch_size=settings.batch_size))
    list(analyze_articles(warm, settings, nlp=full))
    times: dict[str, list[float]] = {"bare": [], "full": []}
    for _ in range(rounds):
        start = clock()
        with bare.memory_zone():
            for _doc in bare.pipe((a.body for a in articles), batch_size=settings.batch_size):
                pass
        times["bare"].append(clock() - start)
        start = clock()
        for _analysis in analyze_articles(articles, settings, nlp=full):
            pass
        times["full"].append(clock() - start)
    rate = {name: words / min(values) for name, values in times.items()}
    unit = "CPU s" if cpu else "s"
    print(f"{len(articles)} articles, {words} words, {rounds} rounds (best of each), batch {settings.batch_size}")
    print(f"bare spaCy pipeline ({settings.model}): {rate['bare']:,.0f} words/{unit}")
    print(f"storyline full analysis:               {rate['full']:,.0f} words/{unit}")
    print(f"ratio full / bare: {rate['full'] / rate['bare']:.2f}")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    numbers = [int(arg) for arg in sys.argv[1:] if not arg.startswith("--")][:2]
    main(*numbers, cpu="--cpu" in sys.argv[1:])
