"""CPU seconds of storyline's extractor components alone, re-run on documents spaCy has already parsed.

    .venv/bin/python benchmarks/extractors.py [N_ARTICLES] [REPEATS] [--profile FILE] [--dump FILE]

Same articles as benchmarks/throughput.py. spaCy's statistical components run once; then storyline's
components run ``REPEATS`` times over the parsed documents (each document's ``user_data`` put back as spaCy left
it before every repetition), and each component's process time is reported, best repetition of each. Without
spaCy's 8 s per round in between, a comparison of two checkouts made in the same minutes is far less noisy than
``components.py``'s. ``--profile FILE`` writes a cProfile of one further repetition; ``--dump FILE`` writes the
analysis records (``repr``) of every article, to check that two checkouts find the same.
"""

from __future__ import annotations

import cProfile
import sys
import time
from pathlib import Path

from corpus import ROOT, write

from storyline.ingest import read_inputs
from storyline.model import Article
from storyline.nlp.analyze import _docs, analysis_from_doc
from storyline.nlp.pipeline import COMPONENTS, load_nlp
from storyline.settings import Settings


def main(argv: list[str]) -> None:
    options = {argv[i]: argv[i + 1] for i in range(len(argv) - 1) if argv[i].startswith("--")}
    plain = [a for i, a in enumerate(argv) if not a.startswith("--") and (i == 0 or not argv[i - 1].startswith("--"))]
    n, repeats = (int(plain[0]) if plain else 300), (int(plain[1]) if len(plain) > 1 else 5)
    path = write(n, ROOT / "out" / "bench" / f"corpus-{n}.jsonl")
    articles = [a for a in read_inputs([str(path)]) if isinstance(a, Article)]
    nlp = load_nlp(Settings().model)
    ours = [(name, nlp.get_pipe(name)) for name in COMPONENTS]
    with nlp.select_pipes(disable=list(COMPONENTS)):
        docs = list(nlp.pipe(_docs(nlp, articles), batch_size=32))
    parsed = [dict(doc.user_data) for doc in docs]

    def run_once(spent: dict[str, float]) -> None:
        for doc, data in zip(docs, parsed, strict=True):
            doc.user_data.clear()
            doc.user_data.update(data)
            for name, component in ours:
                start = time.process_time()
                component(doc)
                spent[name] = spent.get(name, 0.0) + time.process_time() - start

    best: dict[str, float] = {}
    for _ in range(repeats):
        spent: dict[str, float] = {}
        run_once(spent)
        for name, value in spent.items():
            best[name] = min(best.get(name, value), value)
    print(f"{len(docs)} articles, storyline's components, best of {repeats} repetitions, CPU seconds")
    print(f"  {'all (sum of bests)':28s} {sum(best.values()):.3f}")
    for name, value in sorted(best.items(), key=lambda kv: -kv[1]):
        print(f"  {name:28s} {value:.3f}")
    if "--profile" in options:
        profiler = cProfile.Profile()
        profiler.enable()
        run_once({})
        profiler.disable()
        profiler.dump_stats(options["--profile"])
    if "--dump" in options:
        with open(options["--dump"], "w", encoding="utf-8") as out:
            for article, doc in zip(articles, docs, strict=True):
                out.write(repr(analysis_from_doc(article, doc)) + "\n")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    main(sys.argv[1:])
