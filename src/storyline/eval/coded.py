"""Scores event coding against hand-coded sentences: PLOVER type, modality, and source and target actor codes.

The file format and the coding rules are in ``tests/data/events/GUIDELINES.md``. Each sentence goes through the whole
pipeline as its own article (ingest with no minimum length, analysis, then the story stage on that one article, so
that actors get their codes), and the story's events are compared with the sentence's gold event.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from storyline.errors import GoldError, Msg
from storyline.eval.coref import article_info
from storyline.eval.corpus import SPLITS, in_split
from storyline.ingest.build import build
from storyline.ingest.meta import Meta
from storyline.ingest.readers import Raw
from storyline.model import Actor, Article, Story, StoryEvent
from storyline.nlp.analyze import analyze_articles
from storyline.nlp.event_vocab import MODALITIES, PLOVER_TYPES
from storyline.resolve.story import resolve_story_from
from storyline.settings import Settings

SCHEMA = "storyline.coded-eval/1"
_ORGANISATION_PREFIXES = ("IGO", "NGO", "MNC", "IMG", "UIS")


@dataclass(frozen=True)
class CodedEvent:
    """The gold event of a sentence."""

    types: tuple[str, ...]
    """Acceptable PLOVER types, the preferred first."""
    modality: str
    source: frozenset[str]
    """Primary actor codes of who acts."""
    target: frozenset[str]
    trigger: str = ""


@dataclass(frozen=True)
class CodedSentence:
    """One hand-coded sentence."""

    id: str
    split: str
    text: str
    published: date | None
    event: CodedEvent | None
    also: frozenset[str] = frozenset()
    """Types of other codable events in the sentence."""


@dataclass(frozen=True)
class CodedOutput:
    """One event storyline gave a sentence, as compared."""

    type: str
    modality: str
    source: frozenset[str]
    target: frozenset[str]
    trigger: str


@dataclass(frozen=True)
class SentenceResult:
    """A sentence and what storyline made of it."""

    sentence: CodedSentence
    events: tuple[CodedOutput, ...]
    skipped: str | None = None
    """Why ingest refused the sentence (it is then scored as giving no event)."""

    @property
    def matching(self) -> tuple[CodedOutput, ...]:
        """Storyline's events of an acceptable type."""
        gold = self.sentence.event
        return tuple(e for e in self.events if gold is not None and e.type in gold.types)

    @property
    def type_right(self) -> bool:
        return bool(self.matching)

    @property
    def codes_right(self) -> bool:
        gold = self.sentence.event
        return gold is not None and any(e.source == gold.source and e.target == gold.target for e in self.matching)

    @property
    def modality_right(self) -> bool:
        gold = self.sentence.event
        return gold is not None and any(e.modality == gold.modality for e in self.matching)

    @property
    def extra(self) -> tuple[CodedOutput, ...]:
        """Storyline's events of a type the sentence does not report."""
        gold = self.sentence.event
        allowed = set(gold.types if gold else ()) | self.sentence.also
        return tuple(e for e in self.events if e.type not in allowed)


@dataclass(frozen=True)
class CodedScores:
    """The figures of one split."""

    sentences: int = 0
    with_event: int = 0
    type_right: int = 0
    any_event: int = 0
    without_event: int = 0
    none_right: int = 0
    system_events: int = 0
    system_right: int = 0
    coded: int = 0
    """Type-right sentences whose gold names at least one actor code."""
    codes_right: int = 0
    modality_right: int = 0

    def rate(self, part: int, whole: int) -> float:
        return part / whole if whole else 0.0

    def as_json(self) -> dict[str, Any]:
        return {
            "sentences": self.sentences,
            "with_event": self.with_event,
            "type_accuracy": round(self.rate(self.type_right, self.with_event), 4),
            "any_event": round(self.rate(self.any_event, self.with_event), 4),
            "no_event_accuracy": round(self.rate(self.none_right, self.without_event), 4),
            "precision": round(self.rate(self.system_right, self.system_events), 4),
            "actor_codes": round(self.rate(self.codes_right, self.coded), 4),
            "modality": round(self.rate(self.modality_right, self.type_right), 4),
            "counts": {
                "type_right": self.type_right, "any_event": self.any_event, "without_event": self.without_event,
                "none_right": self.none_right, "system_events": self.system_events,
                "system_right": self.system_right, "coded": self.coded, "codes_right": self.codes_right,
                "modality_right": self.modality_right,
            },
        }  # fmt: skip


@dataclass(frozen=True)
class CodedReport:
    """Every sentence of the asked split, and the scores per split."""

    path: str
    split: str
    results: tuple[SentenceResult, ...]
    seconds: float = 0.0
    scores: dict[str, CodedScores] = field(default_factory=dict)
    ids: str = ""
    """The id prefix the sentences were chosen by ("" for all)."""


def primary_code(code: str) -> str:
    """A CAMEO actor code as compared: a state's three letters ("USAGOV" -> "USA"), an organisation's first six
    ("IGOUNOHLHWHO" -> "IGOUNO", "MNCUSAMED" -> "MNCUSA")."""
    return code[:6] if code.startswith(_ORGANISATION_PREFIXES) else code[:3]


def _codes(value: Any, where: str) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(c, str) for c in value):
        raise GoldError(Msg.GOLD.format(path=where, why="source and target must be lists of codes"))
    return frozenset(primary_code(c) for c in value)


def _types(value: Any, where: str) -> tuple[str, ...]:
    types = tuple(value) if isinstance(value, list) else (value,)
    unknown = [t for t in types if t not in PLOVER_TYPES]
    if unknown or not types:
        raise GoldError(Msg.GOLD.format(path=where, why=f"unknown PLOVER type {unknown or value}"))
    return types


def parse_coded(data: Any, path: str = "coded sentences") -> list[CodedSentence]:
    """The sentences of a parsed coded-sentences document; GoldError names what is wrong."""
    if not isinstance(data, dict) or not isinstance(data.get("sentences"), list):
        raise GoldError(Msg.GOLD.format(path=path, why="expected a mapping with a list of 'sentences'"))
    out = []
    for i, item in enumerate(data["sentences"]):
        where = f"{path}, sentence {i + 1}"
        if not isinstance(item, dict) or not isinstance(item.get("text"), str) or "id" not in item:
            raise GoldError(Msg.GOLD.format(path=where, why="each sentence needs an id and a text"))
        split = item.get("split", "dev")
        if split not in ("dev", "test"):
            raise GoldError(Msg.GOLD.format(path=where, why=f"split must be dev or test, not {split!r}"))
        gold = item.get("event")
        event = None
        if gold is not None:
            if not isinstance(gold, dict) or gold.get("modality") not in MODALITIES:
                raise GoldError(Msg.GOLD.format(path=where, why=f"an event needs a modality of {MODALITIES}"))
            event = CodedEvent(
                _types(gold.get("type"), where), gold["modality"], _codes(gold.get("source", []), where),
                _codes(gold.get("target", []), where), str(gold.get("trigger", "")),
            )  # fmt: skip
        published = item.get("published")
        if published is not None and not isinstance(published, date):
            raise GoldError(Msg.GOLD.format(path=where, why="published must be a date (YYYY-MM-DD)"))
        also = frozenset(_types(item["also"], where)) if item.get("also") else frozenset()
        out.append(CodedSentence(str(item["id"]), split, item["text"], published, event, also))
    return out


def load_coded(path: str | Path) -> list[CodedSentence]:
    """Read a coded-sentences YAML file."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise GoldError(Msg.GOLD.format(path=path, why=e)) from e
    return parse_coded(data, str(path))


def participant_codes(story: Story, ids: Iterable[str]) -> frozenset[str]:
    """The primary codes of a story event's participants: an actor's own code (a state's ISO code, an
    organisation's CAMEO code), else the code of the state a person acts for. Uncoded participants are left out."""
    actors: dict[str, Actor] = {a.id: a for a in story.actors}
    codes = set()
    for actor_id in ids:
        actor = actors.get(actor_id)
        code = actor.code if actor else None
        if actor and not code and actor.acts_for:
            state = actors.get(actor.acts_for)
            code = state.code if state else actor.acts_for.removeprefix("state:")
        if code:
            codes.add(primary_code(code))
    return frozenset(codes)


def event_output(story: Story, event: StoryEvent) -> CodedOutput:
    """A story event as the coded sentences compare it."""
    trigger = event.triggers[0].text if event.triggers else ""
    modality = event.modality
    if modality == "asserted" and (event.negated or event.hypothetical):
        modality = "negated" if event.negated else "hypothetical"
    return CodedOutput(
        event.type, modality, participant_codes(story, event.actors), participant_codes(story, event.recipients),
        trigger,
    )


def _article(sentence: CodedSentence, settings: Settings) -> Article | str:
    raw = Raw(f"coded:{sentence.id}", sentence.text, html=False, meta=Meta(published=sentence.published))
    built = build(raw, manifest=None, flags=Meta(), settings=settings)
    return built if isinstance(built, Article) else f"{built.reason}: {built.detail}"


def code_sentences(
    sentences: Sequence[CodedSentence], settings: Settings | None = None, progress: Callable[[str], None] | None = None
) -> list[SentenceResult]:
    """Run every sentence through the pipeline, each as its own article and story."""
    settings = replace(settings or Settings(), min_words=1, require_english=False)
    built = [_article(s, settings) for s in sentences]
    articles = [a for a in built if isinstance(a, Article)]
    analyses = {}
    for analysis in analyze_articles(articles, settings):
        analyses[analysis.article_id] = analysis
        if progress:
            progress(analysis.article_id)
    results = []
    for sentence, article in zip(sentences, built, strict=True):
        if not isinstance(article, Article):
            results.append(SentenceResult(sentence, (), article))
            continue
        story = resolve_story_from([article_info(article)], lambda ids: (analyses[i] for i in ids))
        results.append(SentenceResult(sentence, tuple(event_output(story, e) for e in story.events)))
    return results


def score_results(results: Iterable[SentenceResult]) -> CodedScores:
    """The figures of a set of sentence results."""
    s = CodedScores()
    for r in results:
        gold = r.sentence.event
        right = len(r.events) - len(r.extra)
        s = replace(s, sentences=s.sentences + 1, system_events=s.system_events + len(r.events),
                    system_right=s.system_right + right)  # fmt: skip
        if gold is None:
            s = replace(s, without_event=s.without_event + 1, none_right=s.none_right + (not r.extra))
            continue
        s = replace(s, with_event=s.with_event + 1, any_event=s.any_event + bool(r.events))
        if r.type_right:
            coded = bool(gold.source or gold.target)
            s = replace(s, type_right=s.type_right + 1, modality_right=s.modality_right + r.modality_right,
                        coded=s.coded + coded, codes_right=s.codes_right + (coded and r.codes_right))  # fmt: skip
    return s


def evaluate_coded(
    path: str | Path,
    split: str = "dev",
    settings: Settings | None = None,
    progress: Callable[[str], None] | None = None,
    ids: str = "",
) -> CodedReport:
    """Score the sentences of ``split`` (dev, test or all) of the coded file at ``path``; with ``ids``, only those
    whose id starts with it (one source's sentences, e.g. "ECB+/", scored apart from the rest)."""
    if split not in SPLITS:
        raise GoldError(Msg.GOLD.format(path=path, why=f"unknown split {split!r} (use one of: {', '.join(SPLITS)})"))
    started = time.perf_counter()
    sentences = [s for s in load_coded(path) if in_split(split, s.split) and s.id.startswith(ids)]
    results = tuple(code_sentences(sentences, settings, progress))
    scores = {part: score_results(r for r in results if r.sentence.split == part) for part in ("dev", "test")}
    scores = {part: s for part, s in scores.items() if s.sentences}
    return CodedReport(str(path), split, results, time.perf_counter() - started, scores, ids)


def report_to_json(report: CodedReport) -> dict[str, Any]:
    """The report for machines: the scores per split."""
    return {"schema": SCHEMA, "file": report.path, "split": report.split, "ids": report.ids,
            "seconds": round(report.seconds, 1),
            "splits": {part: s.as_json() for part, s in report.scores.items()}}  # fmt: skip


def _describe(e: CodedOutput) -> str:
    return f"{e.type}/{e.modality} {sorted(e.source)}→{sorted(e.target)} '{e.trigger}'"


def format_report(report: CodedReport, misses: bool = False) -> str:
    """The figures as text; with ``misses``, every dev sentence storyline codes wrong (never test's)."""
    chosen = f", ids {report.ids}*" if report.ids else ""
    lines = [f"coded sentences {report.path}, split {report.split}{chosen}: {len(report.results)} sentences, "
             f"{report.seconds:.0f} s"]  # fmt: skip
    for part, s in report.scores.items():
        j = s.as_json()
        lines += [
            "",
            f"[{part}] {s.sentences} sentences, {s.with_event} with an event",
            f"  type accuracy    {j['type_accuracy']:.3f} ({s.type_right}/{s.with_event})",
            f"  any event        {j['any_event']:.3f} ({s.any_event}/{s.with_event})",
            f"  no-event right   {j['no_event_accuracy']:.3f} ({s.none_right}/{s.without_event})",
            f"  precision        {j['precision']:.3f} ({s.system_right}/{s.system_events} events)",
            f"  actor codes      {j['actor_codes']:.3f} ({s.codes_right}/{s.coded} type-right sentences with codes)",
            f"  modality         {j['modality']:.3f} ({s.modality_right}/{s.type_right} type-right sentences)",
        ]
    if misses:
        dev = [r for r in report.results if r.sentence.split == "dev"]
        if len(dev) < len(report.results):
            lines += ["", "(errors of the held-back test split are not shown)"]
        for r in dev:
            gold = r.sentence.event
            wrong = (gold is not None and not (r.type_right and r.modality_right and
                     (r.codes_right or not (gold.source or gold.target)))) or r.extra  # fmt: skip
            if not wrong:
                continue
            said = "; ".join(_describe(e) for e in r.events) or (r.skipped or "no event")
            want = "none" if gold is None else (f"{'/'.join(gold.types)}/{gold.modality} {sorted(gold.source)}"
                                                f"→{sorted(gold.target)} '{gold.trigger}'")  # fmt: skip
            lines += ["", f"{r.sentence.id}: {r.sentence.text}", f"  gold:      {want}", f"  storyline: {said}"]
    return "\n".join(lines)
