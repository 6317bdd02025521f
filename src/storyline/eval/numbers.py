"""The numbers eval: claim pairs across outlets scored against gold quantity identities (tests/data/numbers).

Each gold claim carries a key (what is counted, when, where) and the value the text gives; pairs across
documents are derived: same key with values that can both hold is agree, same key with values that cannot is
differ, different keys (or a number that is no claim) is a different quantity. A story is one ECB+ sub-topic,
run through the pipeline as one story; a system pair is "differ" when both claims sit in a group judged differ
and the two clash, "same" when they share a group."""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

from storyline.errors import GoldError, Msg
from storyline.eval.numbers_corpus import CorpusText, read_subtopic
from storyline.eval.report import ratio
from storyline.ingest.build import build
from storyline.ingest.meta import Meta
from storyline.ingest.readers import Raw
from storyline.model import Article, ArticleAnalysis, ArticleInfo, Claim, Skip, Story
from storyline.nlp.analyze import analyze_articles
from storyline.resolve.claims import judge
from storyline.resolve.story import resolve_story_from
from storyline.settings import Settings

_VALUE = re.compile(r"^(>=|<=|~)?([\d.,]+(?:e\d+)?)(?:-([\d.,]+(?:e\d+)?))?$")
_APPROX = 0.10


@dataclass(frozen=True)
class GoldClaim:
    """One annotated quantity: where its number starts, its key and the values it allows."""

    doc: str
    start: int
    key: str
    low: float
    high: float


@dataclass
class Counts:
    """Pair counts of one story or a sum of stories."""

    differ_found: int = 0
    differ_right: int = 0
    differ_gold: int = 0
    differ_recalled: int = 0
    same_found: int = 0
    same_right: int = 0
    same_gold: int = 0
    same_recalled: int = 0
    groups_differ: int = 0
    groups_differ_right: int = 0
    gold_pairs: dict[str, int] = field(default_factory=lambda: {"agree": 0, "differ": 0, "different": 0})
    errors: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        for name in ("differ_found", "differ_right", "differ_gold", "differ_recalled", "same_found", "same_right",
                     "same_gold", "same_recalled", "groups_differ", "groups_differ_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for label, n in other.gold_pairs.items():
            self.gold_pairs[label] += n
        self.errors += other.errors

    def figures(self) -> dict[str, float]:
        return {
            "differ_precision": ratio(self.differ_right, self.differ_found, empty=1.0),
            "differ_recall": ratio(self.differ_recalled, self.differ_gold, empty=1.0),
            "differ_group_precision": ratio(self.groups_differ_right, self.groups_differ, empty=1.0),
            "same_precision": ratio(self.same_right, self.same_found, empty=1.0),
            "same_recall": ratio(self.same_recalled, self.same_gold, empty=1.0),
        }


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def parse_value(text: str) -> tuple[float, float]:
    """ "5" -> (5, 5), ">=7" -> (7, inf), "<=4" -> (0, 4), "~50" -> (45, 55), "2.8-3.8" -> (2.8, 3.8)."""
    found = _VALUE.match(text)
    if found is None:
        raise GoldError(Msg.GOLD.format(path="numbers gold", why=f"unreadable value {text!r}"))
    sign, first, second = found.groups()
    value = _number(first)
    if second is not None:
        return value, _number(second)
    if sign == ">=":
        return value, math.inf
    if sign == "<=":
        return 0.0, value
    if sign == "~":
        return value * (1 - _APPROX), value * (1 + _APPROX)
    return value, value


def locate(text: str, anchor: str) -> int:
    """Start of the N-th whole-word occurrence of "ANCHOR#N" (case-insensitive)."""
    word, _, nth = anchor.partition("#")
    pattern = re.compile(r"(?<![\w.,])" + re.escape(word) + r"(?![\w])", re.IGNORECASE)
    hits = [m.start() for m in pattern.finditer(text)]
    index = int(nth or 1) - 1
    if index >= len(hits):
        raise GoldError(Msg.GOLD.format(path="numbers gold", why=f"no occurrence {anchor!r}"))
    return hits[index]


def load_gold(path: str | Path) -> dict[str, dict[str, Any]]:
    """The gold file as {story: {"split", "documents": {doc: [line, ...]}}}."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise GoldError(Msg.GOLD.format(path=path, why=e)) from e
    stories = data.get("stories") if isinstance(data, dict) else None
    if not isinstance(stories, dict):
        raise GoldError(Msg.GOLD.format(path=path, why="no 'stories' mapping"))
    return stories


def gold_claims(documents: dict[str, list[str]], texts: dict[str, str]) -> list[GoldClaim]:
    out = []
    for doc, lines in documents.items():
        if doc not in texts:
            raise GoldError(Msg.GOLD.format(path="numbers gold", why=f"no document {doc}"))
        for line in lines:
            anchor, key, value = str(line).split()
            low, high = parse_value(value)
            out.append(GoldClaim(doc, locate(texts[doc], anchor), key, low, high))
    return out


def _overlap(a: GoldClaim, b: GoldClaim) -> bool:
    return a.low <= b.high and b.low <= a.high


def gold_label(a: GoldClaim, b: GoldClaim) -> str:
    if a.key != b.key:
        return "different"
    return "agree" if _overlap(a, b) else "differ"


def _articles(docs: Sequence[CorpusText], settings: Settings) -> tuple[list[tuple[str, Article]], set[str]]:
    """The documents built as articles, and the names of those that are copies of one."""
    built = []
    copies = set()
    seen: set[str] = set()
    for doc in docs:
        raw = Raw(f"ecbplus:{doc.name}", doc.text, html=False, meta=Meta())
        article = build(raw, manifest=None, flags=Meta(), settings=settings)
        if isinstance(article, Skip):
            continue
        # An article's id is its body's hash: a second file with the same body (a copy
        # under another headline) is the same article to storyline, shown once.
        if article.id in seen:
            copies.add(doc.name)
            continue
        seen.add(article.id)
        built.append((doc.name, article))
    return built, copies


def _match(claims: Iterable[Claim], gold: Sequence[GoldClaim]) -> dict[int, GoldClaim]:
    """System claim start -> the gold claim whose number it covers."""
    found: dict[int, GoldClaim] = {}
    for claim in claims:
        for g in gold:
            if claim.start <= g.start < claim.end:
                found[claim.start] = g
                break
    return found


def story_of(built: Sequence[tuple[str, Article]], settings: Settings) -> tuple[dict[str, ArticleAnalysis], Story]:
    """The built articles analysed and resolved as one story: their analyses by article id, and the story."""
    analyses = {a.article_id: a for a in analyze_articles((a for _, a in built), settings)}
    infos = [
        ArticleInfo(a.id, a.source, a.title, a.outlet, a.url, a.published, a.byline, len(a.body.split()))
        for _, a in built
    ]
    return analyses, resolve_story_from(infos, lambda ids: (analyses[i] for i in ids))


def score_story(name: str, spec: dict[str, Any], corpus: str | Path, settings: Settings | None = None) -> Counts:
    """Run one story through the pipeline and count its pairs."""
    settings = settings or Settings()
    docs = [d for d in read_subtopic(corpus, name) if d.name in spec["documents"]]
    built, copies = _articles(docs, settings)
    # A copy is scored once, like the kept article: its pairs are no report a user misses.
    docs = [d for d in docs if d.name not in copies]
    texts = {d.name: d.text for d in docs}
    gold = gold_claims({k: v for k, v in spec["documents"].items() if k not in copies}, texts)
    doc_of = {article.id: doc for doc, article in built}
    analyses, story = story_of(built, settings)
    counts = Counts()
    by_doc = {doc: [g for g in gold if g.doc == doc] for doc in texts}
    matched = {aid: _match(analyses[aid].claims, by_doc[doc_of[aid]]) for aid in analyses}
    for a, b in combinations(gold, 2):
        if a.doc != b.doc:
            counts.gold_pairs[gold_label(a, b)] += 1
    found_differ: set[tuple[GoldClaim, GoldClaim]] = set()
    found_same: set[tuple[GoldClaim, GoldClaim]] = set()
    for group in story.claim_groups:
        right = False
        for x, y in combinations(group.claims, 2):
            if x.article_id == y.article_id:
                continue
            gx, gy = matched[x.article_id].get(x.claim.start), matched[y.article_id].get(y.claim.start)
            label = gold_label(gx, gy) if gx and gy else "different"
            counts.same_found += 1
            counts.same_right += label != "different"
            if gx and gy:
                found_same.add((gx, gy))
                found_same.add((gy, gx))
            if group.status == "differ" and judge([x.claim, y.claim]) == "differ":
                counts.differ_found += 1
                counts.differ_right += label == "differ"
                right = right or label == "differ"
                if gx and gy:
                    found_differ.add((gx, gy))
                    found_differ.add((gy, gx))
                if label != "differ":
                    counts.errors.append(f"{name} false differ: {x.claim.text!r} / {y.claim.text!r} ({label})")
        if group.status == "differ":
            counts.groups_differ += 1
            counts.groups_differ_right += right
    for a, b in combinations(gold, 2):
        if a.doc == b.doc or a.key != b.key:
            continue
        counts.same_gold += 1
        counts.same_recalled += (a, b) in found_same
        if gold_label(a, b) == "differ":
            counts.differ_gold += 1
            counts.differ_recalled += (a, b) in found_differ
            if (a, b) not in found_differ:
                counts.errors.append(f"{name} missed differ: {a.key} {a.doc} / {b.doc}")
    return counts


def evaluate(
    gold_path: str | Path, corpus: str | Path, split: str = "dev", stories: Collection[str] | None = None
) -> dict[str, Counts]:
    """Counts per split ("dev", "test") over the stories of ``split`` ("all" for both), or only over ``stories``
    when given (a block scored apart, such as stories annotated blind before the system ran on them)."""
    out: dict[str, Counts] = {}
    for name, spec in load_gold(gold_path).items():
        if split not in ("all", spec["split"]) or (stories is not None and name not in stories):
            continue
        out.setdefault(spec["split"], Counts()).add(score_story(name, spec, corpus))
    return out
