"""What event merging compares and keeps: one report of an event (``Report``), a happening's cluster of reports
(``Cluster``), and the comparisons both merging stages make (the same act, someone named, background, order).

Shared by the first stage (``events``: a report joins the happening its evidence shows) and the second
(``event_joins``: clusters join on what one report alone does not show); names are public within the package.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from storyline.model import SourceRef
from storyline.nlp.timex import interval
from storyline.resolve.actors import ActorIndex
from storyline.resolve.event_acts import act_blocks

BACKGROUND_AGE = timedelta(days=365)
"""An event that ended this long before the earliest article is background, not news."""


LANDS = frozenset({"ASSAULT", "AID"})
"""PLOVER types of acts that land on someone: force and aid. A person does them again and again in one story (each
shot of a rampage, each kind of help), so without the one acted on an undated report is no one act."""


Kind = tuple[str, bool, bool, str]
"""Type, negated, hypothetical, modality: reports of different kinds are never one happening."""


@dataclass(frozen=True, slots=True)
class Report:
    """What merging keeps of one event report: its source and what is compared, not the whole Event (the
    evidence text shared, the actor sets shared between the reports that give the same)."""

    source: SourceRef
    trigger: SourceRef
    date: str | None
    mode: str | None
    cameo: str | None
    score: float
    actors: frozenset[str]
    """Actor ids as resolved."""
    recipients: frozenset[str]
    matched: tuple[frozenset[str], frozenset[str]]
    """Actors and recipients as compared: people as the state they act for."""
    named: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    """Actors and recipients that identify someone (see ``events._identifies``)."""
    person: bool = False
    """Whether a named person takes part."""
    people: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    """The people among the actors and among the recipients, as resolved (not as the state they act for)."""
    earlier: bool = False
    """The report marks its act as an earlier one of its kind ("a previous arrest"; ``earlier_act``)."""
    definite: bool = False
    """The trigger is a definite noun phrase's ("the protest"; ``refers_back``)."""
    copy: str = ""
    """The sentence's words, lower-cased and joined by one space (interned: the outlets printing one wire sentence
    share it), when it has ``events.COPY_WORDS`` words or more; "" otherwise. What ``events._copy`` compares."""
    told: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    """Actors and recipients that tell one happening from another, as compared: those that identify someone, and
    places, which stand for a club or a government when they act ("Philadelphia fired its coach"), but not in force or
    aid (``LANDS``: "a Queens man struck her")."""
    kind_level: bool = False
    """The report tells a kind of act, not one happening ("walking around, shooting little kids", "often complained";
    ``event_signs.kind_level``): it joins no other report, and none joins it."""


NO_ONE: frozenset[str] = frozenset()


@dataclass(slots=True)
class Cluster:
    """One happening as merging builds it: its reports and what they agree on."""

    kind: Kind
    actors: frozenset[str]
    """Actors as compared (every member names exactly these)."""
    recipients: frozenset[str]
    """Recipients as compared (the members that name any name these)."""
    date: str | None
    members: list[Report] = field(default_factory=list)
    notes: frozenset[str] = NO_ONE
    # What the comparisons ask of every member, kept as members join: a cluster of a big story holds thousands.
    articles: set[str] = field(init=False, repr=False, compare=False)
    """The members' articles."""
    stems: set[str] = field(init=False, repr=False, compare=False)
    """The members' trigger words, stemmed (``stem``)."""
    acts: set[str] = field(init=False, repr=False, compare=False)
    """What names the members' act (``_act_names``)."""
    sentences: set[str] = field(init=False, repr=False, compare=False)
    """The members' sentences of ``events.COPY_WORDS`` words or more (``Report.copy``)."""
    people: tuple[frozenset[str], frozenset[str]] = field(init=False, repr=False, compare=False)
    """The people the members name among the actors and among the recipients (most clusters name none, and share
    the empty sets)."""

    def __post_init__(self) -> None:
        self.articles, self.stems, self.sentences, self.acts = set(), set(), set(), set()
        self.people = (NO_ONE, NO_ONE)
        members, self.members = self.members, []
        for report in members:
            self.take(report)

    def take(self, report: Report) -> None:
        """Add ``report`` to the members."""
        self.members.append(report)
        self.articles.add(report.source.article_id)
        self.stems.add(stem(report.trigger.text))
        self.acts.update(_act_names(report))
        if report.copy:
            self.sentences.add(report.copy)
        actors, recipients = self.people
        if not (report.people[0] <= actors and report.people[1] <= recipients):
            self.people = (actors | report.people[0], recipients | report.people[1])


def is_person(index: ActorIndex, actor_id: str) -> bool:
    actor = index.actor(actor_id)
    return actor is not None and actor.type == "person"


def specificity(value: str | None) -> tuple[int, int]:
    """Sort key: dated events first, the most precise first, so vaguer reports join precise ones."""
    span = interval(value)
    return (1, 0) if span is None else (0, (span[1] - span[0]).days)


def stem(word: str) -> str:
    """A trigger word's family, roughly ("tested", "tests", "testing" -> "test"; "dispatch" stays), British and
    American spellings as one ("apologised", "apologized" -> "apologiz")."""
    word = word.lower().split()[0] if word.strip() else ""
    for ending in ("ing", "ed", "es", "s"):
        if len(word) > len(ending) + 3 and word.endswith(ending):
            word = word[: -len(ending)]
            break
    return word[:-1] + "z" if word.endswith(("is", "ys")) else word


def _act_names(report: Report) -> set[str]:
    """What names a report's act: its trigger's word family (``stem``) and the verb dictionary's synonym blocks
    listing the trigger (``act_blocks``: "captured" and "nabbed", "killed" and "murdered", "shot" and "shooting")."""
    return {stem(report.trigger.text), *act_blocks(report.trigger.text)}


def specific(cameo: str | None) -> bool:
    return bool(cameo) and len(cameo or "") >= 3


def same_act(cluster: Cluster, report: Report) -> bool:
    """The reports name the same act: the same CAMEO code to three digits where both give one that precise ("tested a
    missile" and "launched a missile" are one MOBILIZE/150; praise, 051, is not the support of an alliance, 050), or a
    root's general code and one of its kinds where the words name one act; the same PLOVER mode where both give one;
    and otherwise the same trigger word ("test" is not "send")."""
    first = cluster.members[0]
    if specific(first.cameo) and specific(report.cameo):
        a, b = first.cameo[:3], report.cameo[:3]  # type: ignore[index]
        # A root's general code covers its kinds ("came to Russia's aid", 070, is the military aid sent, 072) only
        # where the words name one act (``_act_names``): the general code is what a vocabulary gives a word it does
        # not place, so "arrested" (170) would otherwise take every kind of its root, "pulled over" (171) included.
        family = a[:2] == b[:2] and "0" in (a[2], b[2]) and bool(cluster.acts & _act_names(report))
        return (a == b or family) and not (first.mode and report.mode and first.mode != report.mode)
    if first.mode and report.mode:
        return first.mode == report.mode
    return stem(first.trigger.text) == stem(report.trigger.text)


def evidence(report: Report) -> bool:
    """A report names someone (not only generic words such as "police", a place or "the Navy"): evidence across
    articles."""
    return bool(report.named[0] or report.named[1])


def is_background(value: str | None, earliest: date | None) -> bool:
    span = interval(value)
    return bool(span and earliest and span[1] < earliest - BACKGROUND_AGE)
