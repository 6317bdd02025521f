"""The lead sections on dev stories: what the contradiction rule and the key developments do, story by story.

Usage (from the project root):
    .venv/bin/python benchmarks/brief_dev.py meantime    # MEANTIME's 4 Wikinews clusters, each as one story
    .venv/bin/python benchmarks/brief_dev.py ecbplus DIR # ECB+ dev sub-topics (topics 1-35), DIR holds ECB+/

Prints, per story, the reports of acts (with their voice, and which are negative and why), every
disagreement the contradiction rule finds with its sides, and the key developments with every sentence each
cites, so each can be judged right or wrong by reading; then the totals. Dev only: ECB+'s held-back topics
(36-45) are never read.
"""

from __future__ import annotations

import csv
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from storyline.errors import GoldError
from storyline.eval.ecbplus import TEST_TOPICS
from storyline.eval.numbers_corpus import read_subtopic
from storyline.model import Story
from storyline.present.contradict import _reports, contradictions
from storyline.present.sentences import claim_sentences
from storyline.present.summary import Sentences, key_developments
from storyline.runner import run
from storyline.store import open_kb

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "examples" / "mixed" / "articles"


def meantime() -> Iterator[tuple[str, list[str], Path | None]]:
    groups: dict[str, list[str]] = defaultdict(list)
    with open(ROOT / "examples" / "mixed" / "groups.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["corpus"] != "seeds":
                groups[row["corpus"]].append(str(ARTICLES / row["file"]))
    for corpus, files in sorted(groups.items()):
        yield corpus, files, ARTICLES / "manifest.csv"


def ecbplus(directory: str, work: Path) -> Iterator[tuple[str, list[str], Path | None]]:
    for topic in range(1, 36):
        if topic in TEST_TOPICS:
            continue
        for half in ("ecb", "ecbplus"):
            try:
                docs = read_subtopic(directory, f"{topic}{half}")
            except GoldError:  # a topic without this half
                continue
            if len(docs) < 2:
                continue
            folder = work / f"{topic}{half}"
            folder.mkdir()
            rows = ["file,outlet,published,url,title"]
            for doc in docs:
                (folder / f"{doc.name}.txt").write_text(doc.text, encoding="utf-8")
                rows.append(f"{doc.name}.txt,{doc.name},,,")  # each document its own outlet
            (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
            yield f"{topic}{half}", [str(folder)], folder / "manifest.csv"


def report(name: str, story: Story, sentences: Sentences, totals: dict[str, int]) -> None:
    reports = list(_reports(story))
    negative = [r for r in reports if not r.positive]
    found = list(contradictions(story))
    key = key_developments(story, sentences)
    files = {a.id: Path(a.source).name for a in story.articles}
    print(f"== {name}: {len(story.articles)} articles, {len(reports)} reports, {len(negative)} negative "
          f"({sum(r.denied for r in negative)} by a denial cue), {len(found)} disagreements")  # fmt: skip
    for r in negative:
        print(f"   negative [{r.name or 'outlet'}{', denial' if r.denied else ''}] {r.source.text.strip()[:160]}")
    for d in found:
        print(f"   {d.kind}: {d.topic}")
        for p in d.positions:
            for s in p.sources:
                print(f"      {p.label} | {s.text.strip()[:160]}")
    for k in key:
        print(f"   key [{k.kind} {k.id}, {k.articles} articles] {k.text.strip()[:160]}")
        for s in k.sources[1:]:
            print(f"      cites {files[s.article_id]} s{s.sent}: {s.text.strip()[:140]}")
    for field, n in (("stories", 1), ("articles", len(story.articles)), ("reports", len(reports)),
                     ("negative", len(negative)), ("denials", sum(r.denied for r in negative)),
                     ("disagreements", len(found)), ("key", len(key)),
                     ("cited", sum(len(k.sources) - 1 for k in key))):  # fmt: skip
        totals[field] += n
    sys.stdout.flush()


def main(argv: list[str]) -> None:
    totals: dict[str, int] = defaultdict(int)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        stories = meantime() if argv[0] == "meantime" else ecbplus(argv[1], work)
        for name, inputs, manifest in stories:
            kb_path = work / f"{name}.db"
            story = run(inputs, kb=kb_path, manifest=manifest, jobs=1).story
            with open_kb(kb_path, readonly=True) as kb:
                sentences = claim_sentences(kb, story)
            report(name, story, sentences, totals)
    print("TOTAL", dict(totals))


if __name__ == "__main__":
    main(sys.argv[1:])
