"""Loads a gold annotation file (tests/data/gold/FORMAT.md) into frozen records, checking it as it goes."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

import yaml

from storyline.errors import GoldError, Msg

log = logging.getLogger(__name__)

PLOVER_TYPES = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST"}
    | {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
)
QUOTE_KINDS = frozenset({"direct", "indirect", "partial"})
POLARITIES = frozenset({"cooperation", "conflict", "neutral"})
BOUNDS = frozenset({"max", "min", "order"})

T = TypeVar("T")


@dataclass(frozen=True)
class GoldValue:
    """A quantity: an exact number, or a bound ("as many as" max, "at least" min, vague "order")."""

    kind: str
    """exact, max, min or order."""
    number: float


@dataclass(frozen=True)
class GoldQuote:
    speaker: str
    """Canonical actor name, or the source phrase of an unnamed group."""
    kind: str
    text: str
    cue: str | None = None
    speaker_mention: str | None = None


@dataclass(frozen=True)
class GoldSpeaker:
    name: str
    title: str | None = None
    affiliation: str | None = None


@dataclass(frozen=True)
class GoldClaim:
    text: str
    value: GoldValue
    source: str | None
    """Who the article attributes the number to; None: the outlet itself."""
    what: str = ""
    qualifier: str | None = None
    cue: str | None = None
    since: str | None = None


@dataclass(frozen=True)
class GoldTime:
    text: str
    value: str
    """TIMEX3-style value."""


@dataclass(frozen=True)
class GoldEvent:
    text: str
    types: tuple[str, ...]
    """Acceptable PLOVER types."""
    actors: tuple[str, ...]
    recipients: tuple[str, ...] = ()
    mode: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class GoldArticle:
    file: str
    """Base name of the article's file: extracted articles map to it by the base name of their source."""
    outlet: str | None = None
    published: date | None = None
    title: str | None = None
    dateline: str | None = None
    byline: tuple[str, ...] = ()
    section: str | None = None
    summary: str | None = None
    not_body: tuple[str, ...] = ()
    body_must_contain: tuple[str, ...] = ()
    pull_quotes: tuple[str, ...] = ()
    quotes: tuple[GoldQuote, ...] = ()
    speakers: tuple[GoldSpeaker, ...] = ()
    claims: tuple[GoldClaim, ...] = ()
    times: tuple[GoldTime, ...] = ()
    events: tuple[GoldEvent, ...] = ()


@dataclass(frozen=True)
class GoldActor:
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    code: str | None = None


@dataclass(frozen=True)
class GoldClaimRef:
    file: str
    value: GoldValue
    source: str | None


@dataclass(frozen=True)
class GoldDiscrepancy:
    topic: str
    claims: tuple[GoldClaimRef, ...]


@dataclass(frozen=True)
class GoldStoryEvent:
    types: tuple[str, ...]
    actors: tuple[str, ...]
    files: tuple[str, ...]
    recipients: tuple[str, ...] = ()
    mode: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class GoldCrossSpeaker:
    speaker: str
    files: tuple[str, ...]


@dataclass(frozen=True)
class GoldRelation:
    pair: tuple[str, str]
    polarity: str


@dataclass(frozen=True)
class GoldCommitment:
    kind: str
    parties: tuple[str, ...]
    text: str
    since: str | None = None
    files: tuple[str, ...] = ()
    """Articles that must be among its sources; empty: every gold article."""


@dataclass(frozen=True)
class GoldStory:
    actors: tuple[GoldActor, ...] = ()
    not_actors: tuple[str, ...] = ()
    discrepancies: tuple[GoldDiscrepancy, ...] = ()
    corroborated_events: tuple[GoldStoryEvent, ...] = ()
    cross_source_speakers: tuple[GoldCrossSpeaker, ...] = ()
    relations: tuple[GoldRelation, ...] = ()
    commitments: tuple[GoldCommitment, ...] = ()


@dataclass(frozen=True)
class Gold:
    path: str
    articles: tuple[GoldArticle, ...]
    story: GoldStory

    @property
    def files(self) -> tuple[str, ...]:
        """Every gold article's file name."""
        return tuple(a.file for a in self.articles)

    def actor(self, name: str) -> GoldActor | None:
        """The story actor with this canonical name."""
        return next((a for a in self.story.actors if a.name == name), None)


class _Node:
    """One mapping of the YAML document, with where it is, for precise error messages."""

    def __init__(self, data: Any, where: str, path: str, known: frozenset[str]) -> None:
        if not isinstance(data, Mapping):
            raise _error(path, f"{where or 'top level'}: expected a mapping, got {type(data).__name__}")
        self.data, self.where, self.path = data, where, path
        unknown = sorted(str(k) for k in data if k not in known)
        if unknown:
            log.warning("gold file %s: %s: unknown keys ignored: %s", path, where or "top level", ", ".join(unknown))

    def fail(self, why: str) -> GoldError:
        return _error(self.path, f"{self.where}: {why}" if self.where else why)

    def text(self, key: str) -> str:
        value = self.opt_text(key)
        if value is None:
            raise self.fail(f"'{key}' is required")
        return value

    def opt_text(self, key: str) -> str | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float | date):
            raise self.fail(f"'{key}' must be text, got {type(value).__name__}")
        # YAML reads 2024-06-30 as a date and 2019 as a number; both are text here (TIMEX3 values, names).
        return value.isoformat() if isinstance(value, date) else str(value)

    def texts(self, key: str, required: bool = False) -> tuple[str, ...]:
        value = self.data.get(key)
        if value is None:
            if required:
                raise self.fail(f"'{key}' is required")
            return ()
        if not isinstance(value, list):
            raise self.fail(f"'{key}' must be a list")
        items = {str(i): v for i, v in enumerate(value)}
        node = _Node(items, f"{self.where}.{key}" if self.where else key, self.path, frozenset(items))
        return tuple(node.text(str(i)) for i in range(len(value)))

    def records(self, key: str, build: Callable[[_Node], T], known: frozenset[str]) -> tuple[T, ...]:
        value = self.data.get(key)
        if value is None:
            return ()
        if not isinstance(value, list):
            raise self.fail(f"'{key}' must be a list")
        where = f"{self.where}.{key}" if self.where else key
        return tuple(build(_Node(item, f"{where}[{i}]", self.path, known)) for i, item in enumerate(value))

    def opt_date(self, key: str) -> date | None:
        value = self.data.get(key)
        if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError as e:
            raise self.fail(f"'{key}': {Msg.BAD_DATE.format(value=value)}") from e

    def value(self, key: str) -> GoldValue:
        value = self.data.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return GoldValue("exact", float(value))
        if isinstance(value, Mapping) and len(value) == 1:
            ((bound, number),) = value.items()
            if bound in BOUNDS and isinstance(number, int | float) and not isinstance(number, bool):
                return GoldValue(str(bound), float(number))
        raise self.fail(f"'{key}' must be a number or one of {{max: N}}, {{min: N}}, {{order: N}}, got {value!r}")

    def choice(self, key: str, allowed: frozenset[str]) -> str:
        value = self.text(key)
        if value not in allowed:
            raise self.fail(f"'{key}' is '{value}', not one of {', '.join(sorted(allowed))}")
        return value

    def types(self, key: str = "type") -> tuple[str, ...]:
        value = self.data.get(key)
        types = tuple(value) if isinstance(value, list) else (value,)
        bad = [t for t in types if t not in PLOVER_TYPES]
        if not types or bad:
            raise self.fail(f"'{key}' must be a PLOVER event type or a list of them, got {value!r}")
        return tuple(str(t) for t in types)


def _error(path: str, why: str) -> GoldError:
    return GoldError(Msg.GOLD.format(path=path, why=why))


def _keys(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _quote(node: _Node) -> GoldQuote:
    return GoldQuote(
        speaker=node.text("speaker"),
        kind=node.choice("kind", QUOTE_KINDS),
        text=node.text("text"),
        cue=node.opt_text("cue"),
        speaker_mention=node.opt_text("speaker_mention"),
    )


def _speaker(node: _Node) -> GoldSpeaker:
    return GoldSpeaker(node.text("name"), node.opt_text("title"), node.opt_text("affiliation"))


def _claim(node: _Node) -> GoldClaim:
    return GoldClaim(
        text=node.text("text"),
        value=node.value("value"),
        source=node.opt_text("source"),
        what=node.opt_text("what") or "",
        qualifier=node.opt_text("qualifier"),
        cue=node.opt_text("cue"),
        since=node.opt_text("since"),
    )


def _time(node: _Node) -> GoldTime:
    return GoldTime(node.text("text"), node.text("value"))


def _event(node: _Node) -> GoldEvent:
    return GoldEvent(
        text=node.text("text"),
        types=node.types(),
        actors=node.texts("actors", required=True),
        recipients=node.texts("recipients"),
        mode=node.opt_text("mode"),
        date=node.opt_text("date"),
    )


def _article(node: _Node) -> GoldArticle:
    return GoldArticle(
        file=node.text("file"),
        outlet=node.opt_text("outlet"),
        published=node.opt_date("published"),
        title=node.opt_text("title"),
        dateline=node.opt_text("dateline"),
        byline=node.texts("byline"),
        section=node.opt_text("section"),
        summary=node.opt_text("summary"),
        not_body=node.texts("not_body"),
        body_must_contain=node.texts("body_must_contain"),
        pull_quotes=node.texts("pull_quotes"),
        quotes=node.records("quotes", _quote, _keys("speaker kind text cue speaker_mention")),
        speakers=node.records("speakers", _speaker, _keys("name title affiliation")),
        claims=node.records("claims", _claim, _keys("text value source what qualifier cue since")),
        times=node.records("times", _time, _keys("text value")),
        events=node.records("events", _event, _keys("text type actors recipients mode date")),
    )


def _actor(node: _Node) -> GoldActor:
    return GoldActor(node.text("name"), node.text("type"), node.texts("aliases"), node.opt_text("code"))


def _claim_ref(node: _Node) -> GoldClaimRef:
    return GoldClaimRef(node.text("file"), node.value("value"), node.opt_text("source"))


def _discrepancy(node: _Node) -> GoldDiscrepancy:
    claims = node.records("claims", _claim_ref, _keys("file value source"))
    if len(claims) < 2:
        raise node.fail("a discrepancy needs at least two claims")
    return GoldDiscrepancy(node.opt_text("topic") or "", claims)


def _story_event(node: _Node) -> GoldStoryEvent:
    return GoldStoryEvent(
        types=node.types(),
        actors=node.texts("actors", required=True),
        files=node.texts("files", required=True),
        recipients=node.texts("recipients"),
        mode=node.opt_text("mode"),
        date=node.opt_text("date"),
    )


def _cross_speaker(node: _Node) -> GoldCrossSpeaker:
    return GoldCrossSpeaker(node.text("speaker"), node.texts("files", required=True))


def _relation(node: _Node) -> GoldRelation:
    pair = node.texts("pair", required=True)
    if len(pair) != 2 or pair[0] == pair[1]:
        raise node.fail(f"'pair' must name two different actors, got {list(pair)}")
    return GoldRelation((pair[0], pair[1]), node.choice("polarity", POLARITIES))


def _commitment(node: _Node) -> GoldCommitment:
    return GoldCommitment(
        kind=node.text("kind"),
        parties=node.texts("parties", required=True),
        text=node.text("text"),
        since=node.opt_text("since"),
        files=node.texts("files"),
    )


def _story(node: _Node) -> GoldStory:
    return GoldStory(
        actors=node.records("actors", _actor, _keys("name type aliases code")),
        not_actors=node.texts("not_actors"),
        discrepancies=node.records("discrepancies", _discrepancy, _keys("topic claims")),
        corroborated_events=node.records(
            "corroborated_events", _story_event, _keys("type actors recipients files mode date")
        ),
        cross_source_speakers=node.records("cross_source_speakers", _cross_speaker, _keys("speaker files")),
        relations=node.records("relations", _relation, _keys("pair polarity")),
        commitments=node.records("commitments", _commitment, _keys("kind parties text since files")),
    )


def _check(gold: Gold) -> None:
    """References between sections must point at something the file defines."""
    path = gold.path
    files = set(gold.files)
    if len(files) != len(gold.articles):
        raise _error(path, "two articles have the same 'file'")
    names = [a.name for a in gold.story.actors]
    if len(set(names)) != len(names):
        raise _error(path, "two story actors have the same name")
    actors = set(names)

    def need_actors(where: str, refs: tuple[str, ...]) -> None:
        missing = [r for r in refs if r not in actors]
        if missing and actors:
            raise _error(path, f"{where}: not a story actor: {', '.join(missing)}")

    def need_files(where: str, refs: tuple[str, ...]) -> None:
        missing = [f for f in refs if f not in files]
        if missing:
            raise _error(path, f"{where}: no such article file: {', '.join(missing)}")

    for article in gold.articles:
        for i, event in enumerate(article.events):
            need_actors(f"{article.file}: events[{i}]", event.actors + event.recipients)
    story = gold.story
    for i, disc in enumerate(story.discrepancies):
        need_files(f"story.discrepancies[{i}]", tuple(c.file for c in disc.claims))
    for i, story_event in enumerate(story.corroborated_events):
        need_files(f"story.corroborated_events[{i}]", story_event.files)
        need_actors(f"story.corroborated_events[{i}]", story_event.actors + story_event.recipients)
    for i, cross in enumerate(story.cross_source_speakers):
        need_files(f"story.cross_source_speakers[{i}]", cross.files)
    for i, relation in enumerate(story.relations):
        need_actors(f"story.relations[{i}]", relation.pair)
    for i, commitment in enumerate(story.commitments):
        need_actors(f"story.commitments[{i}]", commitment.parties)
        need_files(f"story.commitments[{i}]", commitment.files)


def load_gold(path: str | Path) -> Gold:
    """Read and check a gold file; any problem raises GoldError naming the file and the place."""
    where = str(path)
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as e:
        raise _error(where, f"cannot read it: {e.strerror or e}") from e
    except UnicodeDecodeError as e:
        raise _error(where, "not UTF-8 text") from e
    except yaml.YAMLError as e:
        raise _error(where, f"not valid YAML: {e}") from e
    if data is None:
        raise _error(where, "the file is empty")
    top = _Node(data, "", where, _keys("articles story"))
    if not isinstance(data.get("articles"), list) or not data["articles"]:
        raise top.fail("'articles' must be a non-empty list")
    article_keys = _keys(
        "file outlet published title dateline byline section summary not_body body_must_contain pull_quotes "
        "quotes speakers claims times events"
    )
    articles = top.records("articles", _article, article_keys)
    story = _story(
        _Node(
            data.get("story") or {},
            "story",
            where,
            _keys("actors not_actors discrepancies corroborated_events cross_source_speakers relations commitments"),
        )
    )
    gold = Gold(where, articles, story)
    _check(gold)
    return gold
