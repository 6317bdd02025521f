"""CPU seconds each pipeline component spends on storyline's full analysis of the benchmark corpus.

    .venv/bin/python benchmarks/components.py [N_ARTICLES] [ROUNDS]

Same articles as benchmarks/throughput.py. Each component of the full pipeline is wrapped, and the process
time is charged to the innermost component running (a spaCy component pulls its documents from the one before
it, inside its own ``pipe``). The last round is reported: the first may pay a full collection of the freshly
loaded model. Process time, not wall time, so a figure holds better on a machine others load too; still, compare
two checkouts only by runs made in the same minutes. A headline parsed on its own (``nlp/headline``) runs the
wrapped statistical components, so its cost is charged to them, not to the extractor that asked.
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


class _Clock:
    """Charges process time to the innermost component running: spaCy's components pull their documents from
    the component before them inside their own ``pipe``, so timing each call whole would count the upstream
    components again."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}
        self.stack: list[str] = []
        self.mark = time.process_time()

    def _charge(self) -> None:
        now = time.process_time()
        if self.stack:
            self.spent[self.stack[-1]] = self.spent.get(self.stack[-1], 0.0) + now - self.mark
        self.mark = now

    def enter(self, name: str) -> None:
        self._charge()
        self.stack.append(name)

    def leave(self) -> None:
        self._charge()
        self.stack.pop()


class _Timed:
    """A pipeline component whose time the clock charges to its name."""

    def __init__(self, name: str, component: Callable[..., Any], clock: _Clock) -> None:
        self.name, self.component, self.clock = name, component, clock

    def __call__(self, doc: Any) -> Any:
        self.clock.enter(self.name)
        try:
            return self.component(doc)
        finally:
            self.clock.leave()

    def pipe(self, docs: Iterable[Any], **kwargs: Any) -> Iterator[Any]:
        if not hasattr(self.component, "pipe"):
            for doc in docs:
                yield self(doc)
            return
        inner = self.component.pipe(docs, **kwargs)
        while True:
            self.clock.enter(self.name)
            try:
                doc = next(inner)
            except StopIteration:
                return
            finally:
                self.clock.leave()
            yield doc


def main(n: int = 300, rounds: int = 2) -> None:
    path = write(n, ROOT / "out" / "bench" / f"corpus-{n}.jsonl")
    articles = [a for a in read_inputs([str(path)]) if isinstance(a, Article)]
    settings = Settings()
    full = load_nlp(settings.model)
    list(analyze_articles(articles[:8], settings, nlp=full))
    clock = _Clock()
    spent = clock.spent
    full._components = [(name, _Timed(name, c, clock)) for name, c in full._components]
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
