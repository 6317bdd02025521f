"""CPU seconds of one process analysing N articles as a default run's process does (chunks) or as `--jobs 1` does.

    .venv/bin/python benchmarks/chunk_cpu.py [N_ARTICLES] [CHUNK]      # CHUNK 0: one stream of batches

A process of the default run calls ``analyze_isolated`` once per chunk of 8 articles (storyline.scale.pool); a
one-process run once over the whole pile, in batches of 32. The model is loaded before the clock starts, so the
figure is the analysis alone; each run is a fresh process (its pipeline cold, as a worker's is). Measurable on a
loaded machine when two checkouts run in turn (``PYTHONPATH`` pointing at each).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from corpus import ROOT, write


def main(n: int, chunk: int) -> None:
    from storyline.ingest import read_inputs
    from storyline.model import Article
    from storyline.nlp.analyze import analyze_isolated
    from storyline.nlp.pipeline import load_nlp
    from storyline.settings import Settings

    settings = Settings()
    corpus = write(n, ROOT / "out" / "bench" / f"corpus-{n}.jsonl")
    articles = [item for item in read_inputs([str(corpus)], settings=settings) if isinstance(item, Article)]
    load_nlp(settings.model)
    start = time.process_time()
    if chunk:
        for i in range(0, len(articles), chunk):
            list(analyze_isolated(articles[i : i + chunk], settings))
    else:
        list(analyze_isolated(articles, settings))
    way = f"chunks of {chunk}" if chunk else f"one stream, batches of {settings.batch_size}"
    print(f"{len(articles)} articles, {way}: {time.process_time() - start:.2f} CPU s", flush=True)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    numbers = [int(arg) for arg in sys.argv[1:]]
    main(*(numbers + [200, 8][len(numbers) :])[:2])
