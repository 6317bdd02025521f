"""Rebuild MEANTIME (English, Wikinews) articles as .txt + manifest rows, and derive the story groups.

Run once from the project root: .venv/bin/python examples/mixed/make_meantime.py MEANTIME_DIR
(MEANTIME_DIR holds intra_cross-doc_annotation/). Writes examples/mixed/articles/meantime/*.txt,
examples/mixed/articles/manifest.csv and examples/mixed/groups.csv (paths relative to articles/). Not used at run time.
"""

from __future__ import annotations

import csv
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from storyline.eval.meantime import rebuild

HERE = Path(__file__).parent


def read(path: Path) -> tuple[str, str, str, str, set[str]]:
    root = ET.parse(path).getroot()
    rebuilt = rebuild(root)  # the same text `storyline eval --meantime` scores
    events = {e.get("instance_id", "") for e in root.iter("EVENT") if e.get("instance_id")}
    return rebuilt.title, rebuilt.text, rebuilt.dct, root.get("url", ""), events


def main(src: str) -> None:
    base = Path(src) / "intra_cross-doc_annotation"
    out = HERE / "articles" / "meantime"
    out.mkdir(exist_ok=True)
    docs = []
    for corpus in sorted(base.iterdir()):
        for path in sorted(corpus.glob("*.xml")):
            title, text, dct, url, events = read(path)
            name = f"{corpus.name.removeprefix('corpus_')}_{path.stem.split('_')[0]}.txt"
            (out / name).write_text(text, encoding="utf-8")
            docs.append((f"meantime/{name}", corpus.name.removeprefix("corpus_"), title, dct, url, events))
    # Sub-stories: articles that share a cross-document event instance, transitively (connected components).
    parent = list(range(len(docs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_event: dict[str, int] = {}
    for i, doc in enumerate(docs):
        for ev in doc[5]:
            if ev in by_event:
                parent[find(i)] = find(by_event[ev])
            else:
                by_event[ev] = i
    with open(HERE / "articles" / "manifest.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "outlet", "published", "url", "title"])
        w.writerow(["seeds/000_fe26be01c2e66897.txt", "Worldcrunch", "2024-11-13", "", ""])
        w.writerow(["seeds/002_a9eaf120916f3366.txt", "Mint (The Wall Street Journal)", "2024-11-04", "", ""])
        for file, _, title, dct, url, _ in docs:
            w.writerow([file, "Wikinews", dct, url, title])
    with open(HERE / "groups.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "corpus", "event_group"])
        w.writerow(["seeds/000_fe26be01c2e66897.txt", "seeds", "seeds"])
        w.writerow(["seeds/002_a9eaf120916f3366.txt", "seeds", "seeds"])
        for i, (file, corpus, *_rest) in enumerate(docs):
            w.writerow([file, corpus, f"{corpus}-{find(i)}"])


if __name__ == "__main__":
    main(sys.argv[1])
