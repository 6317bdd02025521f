"""A corpus's coreference scores: the run over every group, its figures as text or JSON, and dev errors."""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.errors import ConfigError
from storyline.eval.coref import CorefScores, GroupResult, score_group
from storyline.eval.coref_metrics import Counts
from storyline.eval.corpus import SPLITS, GoldGroup
from storyline.eval.ecbplus import read_ecbplus
from storyline.eval.event_blocks import format_breakdown, grouped
from storyline.eval.gum import read_gum
from storyline.eval.meantime import read_meantime
from storyline.settings import Settings

READERS: dict[str, Callable[[str | Path, str], list[GoldGroup]]] = {
    "ecbplus": read_ecbplus,
    "gum": read_gum,
    "meantime": read_meantime,
}
SCHEMA = "storyline.coref-eval/1"
EVENT_CORPORA = ("ecbplus", "meantime")


@dataclass(frozen=True)
class CorefReport:
    """Every group of one corpus split, and their sums."""

    corpus: str
    split: str
    groups: tuple[GroupResult, ...]
    seconds: float
    kind: str = "entities"
    """entities (person and organisation identity) or events (merged events)."""

    def total(self, split: str | None = None, names: bool = False) -> CorefScores:
        """Scores summed over the groups (of one split, when given): the micro-average."""
        total = CorefScores()
        for group in self.groups:
            if split is None or group.split == split:
                total = total + (group.names if names else group.scores)
        return total

    def blocks(self) -> Counter[str]:
        """Events, dev groups only: the ceiling of merging across articles and what keeps gold pairs apart (a listing
        of why held-back pairs stay apart would be an error listing, which the held-back part never gets)."""
        out: Counter[str] = Counter()
        for group in self.groups:
            if group.split == "dev":
                out.update(dict(group.blocks))
        return out


def evaluate_corpus(
    corpus: str,
    directory: str | Path,
    split: str = "dev",
    settings: Settings | None = None,
    progress: Callable[[str], None] | None = None,
    kind: str = "entities",
) -> CorefReport:
    """Read ``corpus`` (ecbplus, gum, meantime) from ``directory`` and score every group of ``split``: identity
    (``kind="entities"``) or cross-document event coreference (``kind="events"``; ECB+ and MEANTIME)."""
    if corpus not in READERS:
        raise ConfigError(f"unknown corpus '{corpus}' (use one of: {', '.join(READERS)})")
    if split not in SPLITS:
        raise ConfigError(f"unknown split '{split}' (use one of: {', '.join(SPLITS)})")
    if kind == "events" and corpus not in EVENT_CORPORA:
        raise ConfigError(f"{corpus} annotates no events (events are scored on: {', '.join(EVENT_CORPORA)})")
    started = time.perf_counter()
    groups = READERS[corpus](directory, split)
    results = tuple(score_group(group, corpus, settings, progress, kind) for group in groups)
    return CorefReport(corpus, split, results, time.perf_counter() - started, kind)


def _counts(c: Counts) -> dict[str, float]:
    return {"recall": round(c.recall, 4), "precision": round(c.precision, 4), "f1": round(c.f1, 4)}


def scores_to_json(s: CorefScores) -> dict[str, Any]:
    """The figures of one set of scores."""
    return {
        "mentions": s.mentions,
        "aligned_exact": s.exact,
        "aligned_head": s.head,
        "muc": _counts(s.muc),
        "b3": _counts(s.b3),
        "ceaf_e": _counts(s.ceaf_e),
        "conll_f1": round(s.conll_f1, 4),
        "link_precision": round(s.link_precision, 4),
        "link_recall": round(s.link_recall, 4),
        "gold_pairs": s.gold_pairs,
        "system_pairs": s.system_pairs,
        "wrong_merges": s.wrong_merges,
        "wrong_merged_entity_pairs": s.wrong_entity_pairs,
        "cross_document_precision": round(s.cross_precision, 4),
        "cross_document_recall": round(s.cross_recall, 4),
        "cross_document_pairs": {"gold": s.cross_gold_pairs, "system": s.cross_system_pairs,
                                 "right": s.cross_right_pairs},
    }


def _splits(report: CorefReport) -> list[str]:
    return [s for s in ("dev", "test") if any(g.split == s for g in report.groups)]


def report_to_json(report: CorefReport) -> dict[str, Any]:
    """The report for machines: per split (all mentions and names only), and per group; for events, dev's ceiling."""
    out = {
        "schema": SCHEMA,
        "corpus": report.corpus,
        "kind": report.kind,
        "split": report.split,
        "seconds": round(report.seconds, 1),
        "splits": {
            split: {
                "groups": sum(g.split == split for g in report.groups),
                "articles": sum(g.articles for g in report.groups if g.split == split),
                "not_scored": sum(g.not_scored for g in report.groups if g.split == split),
                "skipped_articles": sum(len(g.skips) for g in report.groups if g.split == split),
                "all": scores_to_json(report.total(split)),
                "names": scores_to_json(report.total(split, names=True)),
            }
            for split in _splits(report)
        },
        "groups": [
            {"id": g.id, "split": g.split, "articles": g.articles, "not_scored": g.not_scored,
             "all": scores_to_json(g.scores), "names": scores_to_json(g.names)}
            for g in report.groups
        ],
    }
    if report.kind == "events" and any(g.split == "dev" for g in report.groups):
        counts = report.blocks()
        out["dev_ceiling"] = {"pairs": dict(sorted(counts.items())), "by_what": dict(grouped(counts).most_common())}
    return out


def _table(title: str, s: CorefScores) -> list[str]:
    rows = [f"{title}: {s.mentions} gold mentions, {s.exact} aligned exactly, {s.head} by head",
            f"  {'metric':<8} {'R':>6} {'P':>6} {'F1':>6}"]
    for name, c in (("MUC", s.muc), ("B3", s.b3), ("CEAF-e", s.ceaf_e)):
        rows.append(f"  {name:<8} {c.recall:6.3f} {c.precision:6.3f} {c.f1:6.3f}")
    rows.append(f"  CoNLL F1 {s.conll_f1:.3f}; links P {s.link_precision:.3f} R {s.link_recall:.3f}"
                f" ({s.right_pairs}/{s.system_pairs} system, {s.gold_pairs} gold pairs); wrong merges {s.wrong_merges}"
                f" mention pairs, {s.wrong_entity_pairs} entity pairs")
    rows.append(f"  across articles: links P {s.cross_precision:.3f} R {s.cross_recall:.3f}"
                f" ({s.cross_right_pairs}/{s.cross_system_pairs} system, {s.cross_gold_pairs} gold pairs)")
    return rows


def format_report(report: CorefReport, misses: bool = False) -> str:
    """The figures as text; with ``misses``, each dev group's split entities and merged actors (never test's)."""
    what = "event coreference" if report.kind == "events" else "identity"
    lines = [f"{report.corpus} {what}, split {report.split}: {len(report.groups)} groups, {report.seconds:.0f} s"]
    for split in _splits(report):
        groups = [g for g in report.groups if g.split == split]
        lines.append("")
        lines.append(f"[{split}] {len(groups)} groups, {sum(g.articles for g in groups)} articles; not scored "
                     f"{sum(g.not_scored for g in groups)} mentions (dropped lines, "
                     f"{sum(len(g.skips) for g in groups)} skipped articles)")
        if report.kind == "events":
            lines += _table("event mentions", report.total(split))
            if split == "dev":
                lines += format_breakdown(report.blocks())
        else:
            lines += _table("all mentions", report.total(split))
            lines += _table("names only", report.total(split, names=True))
    if misses:
        dev = [g for g in report.groups if g.split == "dev"]
        if len(dev) < len(report.groups):
            lines += ["", "(errors of the held-back test split are not shown)"]
        for group in dev:
            lines += _misses(group)
    return "\n".join(lines)


def _misses(group: GroupResult) -> list[str]:
    """A group's errors: gold entities spread over several actors (or none), actors holding several entities."""
    by_entity: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    by_actor: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for a in group.aligned:
        by_entity[a.mention.entity][(a.mention.text, a.actor or "(no link)")] += 1
        if a.actor:
            by_actor[a.actor][(a.mention.entity, a.mention.text)] += 1
    out = []
    for entity, seen in by_entity.items():
        if len({actor for _, actor in seen}) > 1:
            said = "; ".join(f"'{text}'×{n} → {actor}" for (text, actor), n in seen.most_common())
            out.append(f"  split {entity}: {said}")
    for actor, seen in by_actor.items():
        if len({entity for entity, _ in seen}) > 1:
            said = "; ".join(f"{entity} '{text}'×{n}" for (entity, text), n in seen.most_common())
            out.append(f"  merged {actor}: {said}")
    return [f"\n{group.id}:", *out] if out else []
