"""CPU seconds each pipeline component spends on storyline's full analysis of the benchmark corpus.

    .venv/bin/python benchmarks/components.py [N_ARTICLES] [ROUNDS]

Same articles as benchmarks/throughput.py. Each component of the full pipeline is wrapped so that the process
time spent inside it is added to its name; the last round is reported (the first may pay a full collection of
the freshly loaded model). Process time, not wall time, so a figure holds on a machine others load too: run it
on two checkouts in the same minutes to compare them. A headline parsed on its own (``nlp/headline``) runs the
wrapped statistical components, so its cost shows under theirs as well as under the extractor that asked.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from corpus import ROOT, write

from storyline.ingest import read_inputs
from storyline.model import Article
from storyline.nlp.analyze import analyze_articles
from storyline.nlp.pipeline import load_nlp
from storyline.settings import Settings


class _Timed:
    """A pipeline component that adds the process time spent in it to ``spent[name]``."""

    def __init__(self, name: str, component: Callable[..., Any], spent: dict[str, float]) -> None:
        self.name, self.component, self.spent = name, component, spent

    def _add(self, since: float) -> None:
        self.spent[self.name] = self.spent.get(self.name, 0.0) + time.process_time() - since

    def __call__(self, doc: Any) -> Any:
        start = time.process_time()
        try:
            return self.component(doc)
        finally:
            self._add(start)

    def pipe(self, docs: Iterable[Any], **kwargs: Any) -> Iterator[Any]:
        if not hasattr(self.component, "pipe"):
            for doc in docs:
                yield self(doc)
            return
        inner = self.component.pipe(docs, **kwargs)
        while True:
            start = time.process_time()
            try:
                doc = next(inner)
            except StopIteration:
                return
            finally:
                self._add(start)
            yield doc


def main(n: int = 300, rounds: int = 2) -> None:
    path = write(n, ROOT / "out" / "bench" / f"corpus-{n}.jsonl")
    articles = [a for a in read_inputs([str(path)]) if isinstance(a, Article)]
    settings = Settings()
    full = load_nlp(settings.model)
    list(analyze_articles(articles[:8], settings, nlp=full))
    spent: dict[str, float] = {}
    full._components = [(name, _Timed(name, c, spent)) for name, c in full._components]
    total = 0.0
    for _ in range(rounds):
        spent.clear()
        start = time.process_time()
        for _analysis in analyze_articles(articles, settings, nlp=full):
            pass
        total = time.process_time() - start
    ours = {name: v for name, v in spent.items() if name.startswith("storyline_")}
    print(f"{len(articles)} articles, last of {rounds} rounds, CPU seconds")
    print(f"total analysis                 {total:.2f}")
    print(f"spaCy components               {sum(spent.values()) - sum(ours.values()):.2f}")
    print(f"storyline components           {sum(ours.values()):.2f}")
    for name, value in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {name:28s} {value:.3f}")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    main(*(int(arg) for arg in sys.argv[1:3]))
