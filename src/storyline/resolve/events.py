"""Events merged across articles: one StoryEvent per thing that happened, with every source that reports it."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from storyline.model import ArticleAnalysis, ArticleInfo, Event, MergeWhy, Ref, SourceRef, StoryEvent
from storyline.nlp.event_vocab import load_vocabulary
from storyline.nlp.timex import compatible, finer, interval
from storyline.resolve.actors import ActorIndex
from storyline.resolve.event_acts import act_blocks
from storyline.resolve.event_signs import earlier_act, refers_back
from storyline.resolve.home_state import is_state_body
from storyline.resolve.knowledge import load_agent_nouns
from storyline.resolve.names import slug
from storyline.resolve.sharing import shared

BACKGROUND_AGE = timedelta(days=365)
"""An event that ended this long before the earliest article is background, not news."""
SAME_DAYS = 7
"""Reports dated this precisely (a week or finer) and overlapping may merge though only one names the target."""
_PRONOUNS = frozenset({"he", "him", "she", "her", "they", "them", "we", "us", "i", "me", "it"})
COPY_WORDS = 12
"""A sentence this long printed word for word by two outlets is one wire report: the same happening."""
TRADE = "061"
"""CAMEO's economic cooperation: a company buying, ordering or selling. What is traded makes the act, and the actor
sets do not hold it, so only the same other party named by both reports is evidence of one deal."""


LANDS = frozenset({"ASSAULT", "AID"})
"""PLOVER types of acts that land on someone: force and aid. A person does them again and again in one story (each
shot of a rampage, each kind of help), so without the one acted on an undated report is no one act."""

_Kind = tuple[str, bool, bool, str]
"""Type, negated, hypothetical, modality: reports of different kinds are never one happening."""


@dataclass(frozen=True, slots=True)
class _Report:
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
    """Actors and recipients that identify someone (see ``_identifies``)."""
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
    share it), when it has ``COPY_WORDS`` words or more; "" otherwise. What ``_copy`` compares."""
    told: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    """Actors and recipients that tell one happening from another, as compared: those that identify someone, and
    places, which stand for a club or a government when they act ("Philadelphia fired its coach")."""


_NO_ONE: frozenset[str] = frozenset()


@dataclass(slots=True)
class _Cluster:
    kind: _Kind
    actors: frozenset[str]
    """Actors as compared (every member names exactly these)."""
    recipients: frozenset[str]
    """Recipients as compared (the members that name any name these)."""
    date: str | None
    members: list[_Report] = field(default_factory=list)
    notes: frozenset[str] = _NO_ONE
    # What the comparisons ask of every member, kept as members join: a cluster of a big story holds thousands.
    articles: set[str] = field(init=False, repr=False, compare=False)
    """The members' articles."""
    stems: set[str] = field(init=False, repr=False, compare=False)
    """The members' trigger words, stemmed (``_stem``)."""
    acts: set[str] = field(init=False, repr=False, compare=False)
    """What names the members' act (``_act_names``)."""
    sentences: set[str] = field(init=False, repr=False, compare=False)
    """The members' sentences of ``COPY_WORDS`` words or more (``_Report.copy``)."""
    people: tuple[frozenset[str], frozenset[str]] = field(init=False, repr=False, compare=False)
    """The people the members name among the actors and among the recipients (most clusters name none, and share
    the empty sets)."""

    def __post_init__(self) -> None:
        self.articles, self.stems, self.sentences, self.acts = set(), set(), set(), set()
        self.people = (_NO_ONE, _NO_ONE)
        members, self.members = self.members, []
        for report in members:
            self.take(report)

    def take(self, report: _Report) -> None:
        """Add ``report`` to the members."""
        self.members.append(report)
        self.articles.add(report.source.article_id)
        self.stems.add(_stem(report.trigger.text))
        self.acts.update(_act_names(report))
        if report.copy:
            self.sentences.add(report.copy)
        actors, recipients = self.people
        if not (report.people[0] <= actors and report.people[1] <= recipients):
            self.people = (actors | report.people[0], recipients | report.people[1])


def _actor_ids(
    index: ActorIndex, article_id: str, refs: Sequence[Ref], acting: Event | None = None,
    others: frozenset[str] = frozenset(),
) -> frozenset[str]:  # fmt: skip
    """Resolved actor ids; an unresolved name keeps a text id so that the same name still merges, a generic noun
    ("police", "the company") a generic id that is no evidence of identity, and a pronoun whose referent the article
    does not give is no one that can be compared. With ``acting`` (the event whose actors the refs are, ``others``
    the ids of its other side), a national body named bare acts for the state of its article (``_home_body``)."""
    ids = set()
    for ref in refs:
        actor_id = index.resolve(article_id, ref=ref)
        if actor_id is None:
            words = [w for w in ref.text.split() if w.lower() not in {"the", "a", "an"}]
            if not words or ref.text.strip().lower() in _PRONOUNS:
                continue
            last = words[-1].lower()
            single = len(words) == 1 and (last in _generic_nouns() or last.rstrip("s") in _generic_nouns())
            generic = single or all(w.islower() for w in words)  # "Police", "dock workers"; not "Zorblax Council"
            actor_id = f"{'generic' if generic else 'text'}:{slug(ref.text)}"
            if acting is not None and generic and is_state_body(ref.text, _word_before(acting, ref)):
                actor_id = _home_body(index, article_id, actor_id, others)
        ids.add(actor_id)
    return frozenset(ids)


def _word_before(event: Event, ref: Ref) -> str:
    """The word before a participant in its event's evidence ("federal" of "the federal government")."""
    offset = ref.start - event.start
    words = event.text[: max(offset, 0)].split() if 0 <= offset <= len(event.text) else []
    return words[-1] if words else ""


def _home_body(index: ActorIndex, article_id: str, generic_id: str, others: frozenset[str]) -> str:
    """The state a national body named bare acts for ("the federal government", "Congressional lawmakers"): the one
    state its article is about (``home_state``), as PETRARCH codes such a body by the story's country. Only who acts:
    a body acted on is as often its building ("tried to storm parliament"). Not when that state, or someone acting for
    it, is on the other side: the one state named is then the counterpart ("North Korea said lawmakers rejected its
    demand")."""
    state = index.article_state(article_id)
    if state is None or index.actor(f"state:{state}") is None:
        return generic_id
    state_id = f"state:{state}"
    if state_id in _for_matching(index, others):
        return generic_id
    return state_id


@lru_cache(maxsize=1)
def _generic_nouns() -> frozenset[str]:
    return frozenset(load_agent_nouns()) | load_vocabulary().words("participant_nouns")


def _identifies(index: ActorIndex, actor_id: str) -> bool:
    """Whether a participant identifies who took part: not a generic noun ("police"), not a place (where an act
    happened, not who did it: "a Vancouver man", "killed a woman in Queens"), and not an organisation named only by
    generic nouns ("the Navy", "the Bank", "the Mafia"), which the actor resolution may still make an actor of."""
    if actor_id.startswith("generic:"):
        return False
    actor = index.actor(actor_id)
    if actor is None:
        return True  # an unresolved proper name ("text:...")
    if actor.type == "place":
        return False
    words = [w for w in actor.name.lower().split() if w not in {"the", "a", "an"}]
    return not (actor.type == "organisation" and not actor.code and words and all(w in _generic_nouns() for w in words))


def _places(index: ActorIndex, ids: frozenset[str]) -> frozenset[str]:
    return frozenset(i for i in ids if (actor := index.actor(i)) is not None and actor.type == "place")


def _is_person(index: ActorIndex, actor_id: str) -> bool:
    actor = index.actor(actor_id)
    return actor is not None and actor.type == "person"


def _for_matching(index: ActorIndex, ids: frozenset[str]) -> frozenset[str]:
    """Actor ids with people replaced by the state they act for: "Kim ratified" and "North Korea ratified"
    report the same act. Only the comparison uses this; events keep the actors as resolved."""
    out = set()
    for actor_id in ids:
        actor = index.actor(actor_id)
        # Only people: an organisation named after a state ("Bank of America") may be no part of it.
        out.add((actor.acts_for if actor is not None and actor.type == "person" else None) or actor_id)
    return frozenset(out)


def _specificity(value: str | None) -> tuple[int, int]:
    """Sort key: dated events first, the most precise first, so vaguer reports join precise ones."""
    span = interval(value)
    return (1, 0) if span is None else (0, (span[1] - span[0]).days)


def _precise(value: str | None) -> bool:
    span = interval(value)
    return span is not None and (span[1] - span[0]).days < SAME_DAYS


def _stem(word: str) -> str:
    """A trigger word's family, roughly ("tested", "tests", "testing" -> "test"; "dispatch" stays), British and
    American spellings as one ("apologised", "apologized" -> "apologiz")."""
    word = word.lower().split()[0] if word.strip() else ""
    for ending in ("ing", "ed", "es", "s"):
        if len(word) > len(ending) + 3 and word.endswith(ending):
            word = word[: -len(ending)]
            break
    return word[:-1] + "z" if word.endswith(("is", "ys")) else word


def _act_names(report: _Report) -> set[str]:
    """What names a report's act: its trigger's word family (``_stem``) and the verb dictionary's synonym blocks
    listing the trigger (``act_blocks``: "captured" and "nabbed", "killed" and "murdered", "shot" and "shooting")."""
    return {_stem(report.trigger.text), *act_blocks(report.trigger.text)}


def _specific(cameo: str | None) -> bool:
    return bool(cameo) and len(cameo or "") >= 3


def _same_act(cluster: _Cluster, report: _Report) -> bool:
    """The reports name the same act: the same CAMEO code to three digits where both give one that precise ("tested a
    missile" and "launched a missile" are one MOBILIZE/150; praise, 051, is not the support of an alliance, 050),
    the same PLOVER mode where both give one, and otherwise the same trigger word ("test" is not "send")."""
    first = cluster.members[0]
    if _specific(first.cameo) and _specific(report.cameo):
        a, b = first.cameo[:3], report.cameo[:3]  # type: ignore[index]
        # A root's general code covers its kinds: "came to Russia's aid" (070) is the military aid sent (072).
        family = a[:2] == b[:2] and "0" in (a[2], b[2])
        return (a == b or family) and not (first.mode and report.mode and first.mode != report.mode)
    if first.mode and report.mode:
        return first.mode == report.mode
    return _stem(first.trigger.text) == _stem(report.trigger.text)


def _same_word(cluster: _Cluster, report: _Report) -> bool:
    return _stem(report.trigger.text) in cluster.stems


def _evidence(report: _Report) -> bool:
    """A report names someone (not only generic words such as "police", a place or "the Navy"): evidence across
    articles."""
    return bool(report.named[0] or report.named[1])


def _narrow(report: _Report) -> bool:
    """An undated report narrows its happening down enough to join another outlet's: it names a person, or who acted
    and on whom. A state, organisation or company alone does not: they act again and again in one story (a navy
    catching pirates twice, a company placing two orders, a newspaper in two obituaries)."""
    return report.person or bool(report.named[0] and report.named[1])


def _lone_hand(report: _Report, kind: _Kind) -> bool:
    """An undated report of force or aid (``LANDS``) naming a person and no one acted on, not even a generic one: the
    one shot or helped tells one act from the next ("Hiller fired at the supervisor", "Hiller fired at an officer"; a
    gunman's rampage; "Felt helped the Post" and "Felt helped Woodward"), so it is no evidence of another outlet's
    happening, dated or not, that a person narrows down otherwise (``_narrow``)."""
    return kind[0] in LANDS and report.person and not report.matched[1]


def _nobody(report: _Report) -> bool:
    """The report names no participant at all, not even a generic one."""
    return not (report.actors or report.recipients)


def _definite(cluster: _Cluster, report: _Report) -> bool:
    """One of the two reports refers back to the other ("An orderly protest ..." then "the protest began")."""
    return report.definite or cluster.members[0].definite


def _both_roles(report: _Report) -> bool:
    """The report names who acted and on whom, and its act precisely."""
    return bool(report.named[0] and report.named[1]) and _specific(report.cameo)


def _copy_key(text: str) -> str:
    """``_Report.copy`` of a sentence: two sentences have the same key when they have the same words, lower-cased."""
    words = text.lower().split()
    return shared(" ".join(words)) if len(words) >= COPY_WORDS else ""


def _copy(cluster: _Cluster, report: _Report) -> bool:
    """The report's sentence is, word for word, a long sentence another outlet printed for this happening (wire copy):
    the whole sentence is the evidence, not its trigger word alone."""
    return bool(report.copy) and report.copy in cluster.sentences


def _other_people(cluster: _Cluster, report: _Report) -> bool:
    """The report names people in a role where the cluster names only others: "Papoulias condemned" and
    "Papandreou condemned" are two acts, though both men act for Greece (``_for_matching``)."""
    pairs = zip(report.people, cluster.people, strict=True)
    return any(mine and theirs and not mine & theirs for mine, theirs in pairs)


def _fits(cluster: _Cluster, report: _Report, earliest: date | None) -> str | None:
    """Whether ``report`` is the happening ``cluster`` holds: None if not, else a note ("" when all agree)."""
    block, note = _check(cluster, report, earliest)
    return None if block else note


def _check(cluster: _Cluster, report: _Report, earliest: date | None) -> tuple[str, str]:
    """(the condition that keeps ``report`` out of ``cluster``, "" when none; the note of a fit). The conditions'
    names are what ``BLOCKS`` lists."""
    actors, recipients = report.matched
    if actors != cluster.actors:
        return "actors", ""
    if not _same_act(cluster, report):
        return "act", ""
    if report.earlier != cluster.members[0].earlier:
        return "earlier", ""  # "had previously been arrested" is not the arrest of the day, whoever reports it
    if _other_people(cluster, report):
        return "other people", ""
    same_article = report.source.article_id in cluster.articles
    if not same_article and not (_evidence(report) and _evidence(cluster.members[0])):
        return "no one named", ""  # "police arrested a man" in two articles is no evidence of one arrest
    trade = TRADE in {(report.cameo or "")[:3], (cluster.members[0].cameo or "")[:3]}
    if not same_article and trade and not (report.named[1] and recipients == cluster.recipients):
        return "trade", ""  # "Boeing won an order" twice is two orders unless both reports name the same buyer
    note = ""
    if recipients != cluster.recipients:
        # One report may leave the target out ("fired a missile" beside "fired a missile toward Japan") when both
        # date it to the same days, or it repeats its own article's word; two different targets are two acts.
        same_days = _precise(report.date) and _precise(cluster.date)
        repeated = report.date is None and same_article and _same_word(cluster, report)  # "the launch" again
        if recipients and cluster.recipients:
            return "recipients", ""
        if not (same_days or repeated):
            return "target left out", ""
        note = "target given by some reports only"
    if report.date is None:
        if _is_background(cluster.date, earliest):
            return "background", ""  # an undated report is never taken for history the story looks back on
        # With no time of its own, a report needs more: the same word for an act that happened ("tested" in two
        # outlets), a precise act that happened between the same parties, or the same word as a report of its own
        # article ("the test" after "tested"). A promise or a threat reported undated twice may be two.
        happened = cluster.kind[3] == "asserted"
        # A generic party is no role: "India caught pirates" and "India arrested pirates" may be two catches.
        both_roles = _both_roles(report)
        # Two undated reports of a state, organisation or company alone meet only on the word ("India arrested
        # pirates" in two outlets): nothing tells which of its acts each is. A dated happening is different: an
        # undated report joins it only when it is the one happening the report can be (see merge_events); the same
        # long sentence printed by two outlets is one wire report of one happening.
        narrow = (_narrow(report) and _narrow(cluster.members[0])) or _copy(cluster, report)
        if not same_article and cluster.date is None and not narrow:
            return "undated, not narrow", ""
        if not same_article and _lone_hand(report, cluster.kind) and not _copy(cluster, report):
            return "lone hand", ""
        same_word = _same_word(cluster, report)
        if not ((happened and (same_word or both_roles)) or (same_word and same_article)):
            return "undated, other word" if happened else "undated, not asserted", ""
        if same_article and _nobody(report) and _nobody(cluster.members[0]) and not _definite(cluster, report):
            return "no one in one article", ""  # "refused medical attention" and "refusing to come out"
        note = note or ("undated report" if not same_article else "")
    elif not compatible(cluster.date, report.date):
        return "dates", ""
    return "", note


class _Candidates:
    """The clusters of one (kind, actors) key, indexed by what ``_fits`` asks of a cluster of other articles.

    A report fits a cluster of other articles only when both name someone (``_evidence``). An undated one fits only
    a happening that was asserted, and then only a cluster with a report of the same word, unless it gives both
    roles and a precise act, when the cluster must be dated, narrow like the report, or hold its sentence word for
    word (``_copy``). Undated reports that fit nowhere each start a cluster of their own, so a story of thousands of
    articles piled up thousands of clusters under one key, and each new report was tried against all of them (at
    10,000 benchmark articles merging took 24 of the story stage's 41 CPU seconds). ``candidates`` gives, in the
    order the clusters were made, every cluster those conditions leave open: a superset of the ones ``_fits``
    accepts, so the same clusters fit, in the same order, as when every cluster was tried.
    """

    def __init__(self, kind: _Kind) -> None:
        self._happened = kind[3] == "asserted"
        self._clusters: list[_Cluster] = []
        self._position: dict[int, int] = {}  # id(cluster) -> its place in _clusters
        self._by_article: dict[str, list[int]] = {}  # article id -> clusters with a report from it (a few)
        self._evident: list[int] = []  # clusters whose first report names someone
        self._narrow: list[int] = []  # ... and is narrow
        self._dated: set[int] = set()  # evident clusters with a date
        self._by_words: dict[str, set[int]] = {}  # a long sentence (its copy key) -> evident clusters printing it
        self._by_stem: dict[str, set[int]] = {}  # a trigger's stem -> evident clusters with a report of it

    def candidates(self, report: _Report) -> list[_Cluster]:
        """The clusters ``report`` may fit, in the order they were made."""
        found = set(self._by_article.get(report.source.article_id, ()))
        if _evidence(report):
            if report.date is not None:
                found.update(self._evident)
            elif self._happened and _both_roles(report):
                found.update(self._dated)
                if _narrow(report):
                    found.update(self._narrow)
                found.update(self._by_words.get(report.copy, ()))
            elif self._happened:
                found.update(self._by_stem.get(_stem(report.trigger.text), ()))
        return [self._clusters[i] for i in sorted(found)]

    def joined(self, cluster: _Cluster, report: _Report) -> None:
        """Index ``report``, the member ``cluster`` took last (a new cluster's first)."""
        i = self._position.get(id(cluster))
        if i is None:
            i = self._position[id(cluster)] = len(self._clusters)
            self._clusters.append(cluster)
            if _evidence(report):
                self._evident.append(i)
                if _narrow(report):
                    self._narrow.append(i)
        here = self._by_article.setdefault(report.source.article_id, [])
        if i not in here:
            here.append(i)
        if _evidence(cluster.members[0]):
            if cluster.date is not None:
                self._dated.add(i)
            if report.copy:
                self._by_words.setdefault(report.copy, set()).add(i)
            self._by_stem.setdefault(_stem(report.trigger.text), set()).add(i)


def _event_id(cluster: _Cluster, ordinal: int) -> str:
    kind, negated, hypothetical, _ = cluster.kind
    text = "|".join((kind, ",".join(sorted(cluster.actors)), ",".join(sorted(cluster.recipients)), str(negated),
                     str(hypothetical)))  # fmt: skip
    return f"event:{kind.lower()}-{hashlib.sha1(text.encode()).hexdigest()[:8]}-{ordinal}"


def _is_background(value: str | None, earliest: date | None) -> bool:
    span = interval(value)
    return bool(span and earliest and span[1] < earliest - BACKGROUND_AGE)


def _reports(
    index: ActorIndex, articles: Sequence[ArticleInfo], analyses: Iterable[ArticleAnalysis]
) -> list[tuple[_Kind, _Report]]:
    """Every event report of the story, with what merging compares."""
    outlets = {a.id: a.outlet for a in articles}
    reports: list[tuple[_Kind, _Report]] = []
    sets: dict[frozenset[str], frozenset[str]] = {}
    for analysis in analyses:
        article_id = shared(analysis.article_id)
        for event in analysis.events:
            recipients = _actor_ids(index, article_id, event.recipients)
            actors = _actor_ids(index, article_id, event.actors, acting=event, others=recipients)
            recipients = recipients - actors
            matched_actors = _for_matching(index, actors)
            matched = (matched_actors, _for_matching(index, recipients) - matched_actors)
            source = SourceRef(
                article_id, outlets.get(article_id), event.sent, event.start, event.end, shared(event.text),
                event.trigger,
            )  # fmt: skip
            trigger = SourceRef(article_id, source.outlet, event.sent, event.trigger.start, event.trigger.end,
                                shared(event.trigger.text))  # fmt: skip
            actors, recipients = sets.setdefault(actors, actors), sets.setdefault(recipients, recipients)
            matched = (sets.setdefault(matched[0], matched[0]), sets.setdefault(matched[1], matched[1]))
            kind = (event.type, event.negated, event.hypothetical, event.modality)
            # every set shared between the reports that give the same: most are empty or one actor
            named = (_one(sets, frozenset(a for a in actors if _identifies(index, a))),
                     _one(sets, frozenset(r for r in recipients if _identifies(index, r))))  # fmt: skip
            people = (_one(sets, frozenset(a for a in named[0] if _is_person(index, a))),
                      _one(sets, frozenset(r for r in named[1] if _is_person(index, r))))  # fmt: skip
            told = (_one(sets, _for_matching(index, named[0] | _places(index, actors))),
                    _one(sets, _for_matching(index, named[1] | _places(index, recipients))))  # fmt: skip
            reports.append((kind, _Report(source, trigger, event.date, event.mode, event.cameo, event.score, actors,
                                          recipients, matched, named, bool(people[0] or people[1]), people,
                                          earlier_act(event), refers_back(event), _copy_key(event.text),
                                          told)))  # fmt: skip
    return reports


def merge_events(
    index: ActorIndex, articles: Sequence[ArticleInfo], analyses: Iterable[ArticleAnalysis]
) -> tuple[StoryEvent, ...]:
    """One StoryEvent per happening, with every report of it; in date order (undated last).

    Reports are taken for one happening on evidence only: the same kind (type and modality), the same act, the same
    participants in the same roles, compatible dates, and someone resolved named on each side (no generic noun, place
    or generic-named organisation); an undated report joins only the one happening it can be (never background), and
    two undated reports of different outlets join only when they name a person or both roles, or print the same long
    sentence; trade only with the same buyer named. Then clusters join on what one report alone does not show: one act
    named by one word (or one block of the verb dictionary, with the person acted on named in both) done to one named
    person, or reported by one word without a named party in articles about one person, when nothing in them tells
    them apart and they could be no other happening (``_join``). Where the evidence is short, two records stay.
    """
    dates = [a.published for a in articles if a.published]
    earliest = min(dates) if dates else None
    reports = _reports(index, articles, analyses)
    reports.sort(key=lambda r: _specificity(r[1].date))
    clusters: list[_Cluster] = []
    by_actors: dict[tuple[_Kind, frozenset[str]], _Candidates] = {}
    for kind, report in reports:
        candidates = by_actors.setdefault((kind, report.matched[0]), _Candidates(kind))
        tried = candidates.candidates(report)
        fitting = [(c, note) for c in tried if (note := _fits(c, report, earliest)) is not None]
        if report.date is None and len({c.date for c, _ in fitting}) > 1:
            # An undated report that could be either of two happenings joins the one in its own article, if any.
            fitting = [(c, n) for c, n in fitting if report.source.article_id in c.articles]
            if len(fitting) > 1:
                fitting = []
        if fitting:
            cluster, note = max(fitting, key=lambda f: (len(f[0].articles), len(f[0].members)))
            if note and note not in cluster.notes:
                cluster.notes = cluster.notes | {note}
        else:
            cluster = _Cluster(kind, report.matched[0], report.matched[1], report.date)
            clusters.append(cluster)
        cluster.recipients = cluster.recipients or report.matched[1]
        cluster.date = finer(cluster.date, report.date)
        cluster.take(report)
        candidates.joined(cluster, report)
    # Then what one report alone does not show: one act done to one named person, and one act in articles about one
    # person, whoever each outlet says took part.
    clusters = _join(clusters, earliest, _person_keys, _one_act_on, "same act on the same person")
    leads = _leads(index)
    clusters = _join(clusters, earliest, _lead_keys(leads), _about_one(leads), "articles about the same person")
    return tuple(_story_events(clusters, earliest))


def _leads(index: ActorIndex) -> dict[str, frozenset[str]]:
    """Per article, the person it names most (twice or more; every one tied): who the article is about."""
    counts: dict[str, Counter[str]] = {}
    for link in index.links:
        if _is_person(index, link.actor_id):
            counts.setdefault(link.article_id, Counter())[link.actor_id] += 1
    out = {}
    for article_id, seen in counts.items():
        top = max(seen.values())
        if top >= 2:
            out[article_id] = frozenset(a for a, n in seen.items() if n == top)
    return out


def _named(cluster: _Cluster, role: int) -> frozenset[str]:
    """The participants of one role (0 actors, 1 recipients) that tell one happening from another, over every member
    (``_Report.told``)."""
    return frozenset().union(*(m.told[role] for m in cluster.members))


def _may_be_one(one: _Cluster, other: _Cluster, earliest: date | None) -> bool:
    """Nothing tells two clusters apart: the same kind, both or neither marked as an earlier act, compatible dates (an
    undated one never taken for background), and no role naming different participants in each."""
    if one.kind != other.kind or one.members[0].earlier != other.members[0].earlier:
        return False
    if not compatible(one.date, other.date):
        return False
    if (one.date is None and _is_background(other.date, earliest)) or (
        other.date is None and _is_background(one.date, earliest)
    ):
        return False
    for role in (0, 1):
        mine, theirs = _named(one, role), _named(other, role)
        if mine and theirs and not mine & theirs:
            return False
    return True


def _one_act_on(one: _Cluster, other: _Cluster) -> bool:
    """Two clusters report one act done to one named person: the same act (``_same_act``) named by the same word
    ("shot" is not "killed"), or by words of one block of the verb dictionary ("killed", "murdered"; ``act_blocks``)
    when the person is acted on in both ("Ortiz was shot", "a gang member shot Ortiz")."""
    acted_on = one.people[1] & other.people[1]
    swapped = one.people[0] & other.people[1] or one.people[1] & other.people[0]
    # A person who acts is evidence only where one act is done once: a gunman shoots again and again, a player
    # helps his team in every game (``LANDS``, as ``_lone_hand``), but a parse may still put the one shot as who acts.
    acting = one.kind[0] not in LANDS and one.people[0] & other.people[0]
    # Another word of the same dictionary block ("murdering" for "killed") only where the one acted on is named in
    # both: a person in the other role, or one who acts, is weaker evidence than the same word needs.
    same = ((acted_on or swapped or acting) and one.stems & other.stems) or (acted_on and one.acts & other.acts)
    return bool(same) and _same_act(one, other.members[0])


def _person_keys(cluster: _Cluster) -> set[tuple[object, ...]]:
    """What ``_one_act_on`` asks two clusters to share: the kind, a word and a person."""
    people = cluster.people[0] | cluster.people[1]
    return {(cluster.kind, act, person) for act in cluster.acts for person in people}


def _lead_keys(leads: dict[str, frozenset[str]]) -> Callable[[_Cluster], set[tuple[object, ...]]]:
    """What ``_about_one`` asks two clusters to share: the kind, a word and the person their articles are about."""

    def keys(cluster: _Cluster) -> set[tuple[object, ...]]:
        about = _about(cluster, leads)
        return {(cluster.kind, stem, person) for stem in cluster.stems for person in about}

    return keys


def _about(cluster: _Cluster, leads: dict[str, frozenset[str]]) -> frozenset[str]:
    return frozenset().union(*(leads.get(a, _NO_ONE) for a in cluster.articles))


def _about_one(leads: dict[str, frozenset[str]]) -> Callable[[_Cluster, _Cluster], bool]:
    """Two clusters, one naming no one ("the man was charged", "police shot a man"), report one act in articles about
    the same person (``_leads``): the same act named by the same word, asserted (not another word of its dictionary
    block: with no one named, the word is all that ties the reports). A story's two happenings of one kind (two
    shootings, two arrests) are as a rule about two people, so the person an article is about stands for the
    happening it reports when its sentences name no one."""

    def fits(one: _Cluster, other: _Cluster) -> bool:
        if other.kind[3] != "asserted" or any(_evidence(m) for m in other.members):
            return False
        shared = _about(one, leads) & _about(other, leads)
        return bool(shared and one.stems & other.stems) and _same_act(one, other.members[0])

    return fits


def _join(
    clusters: list[_Cluster], earliest: date | None, keys: Callable[[_Cluster], set[tuple[object, ...]]],
    fits: Callable[[_Cluster, _Cluster], bool], note: str,
) -> list[_Cluster]:  # fmt: skip
    """Clusters joined where ``fits`` finds evidence of one happening with a cluster already in a group (both sharing
    one of their ``keys``), when nothing in any cluster of the group tells them apart (``_may_be_one``), and only when
    the cluster could join one group, not two. Dated clusters first, the most reported first, so undated ones join
    them."""
    order = sorted(clusters, key=lambda c: (_specificity(c.date), -len(c.articles)))
    groups: list[list[_Cluster]] = []
    by_key: dict[tuple[object, ...], set[int]] = {}
    for cluster in order:
        mine = keys(cluster)
        found = sorted({g for key in mine for g in by_key.get(key, ())})
        homes = [g for g in found if any(fits(c, cluster) for c in groups[g])
                 and all(_may_be_one(c, cluster, earliest) for c in groups[g])]  # fmt: skip
        if len(homes) == 1:  # one that could be either of two happenings joins neither
            home = homes[0]
            groups[home].append(cluster)
        else:
            home = len(groups)
            groups.append([cluster])
        for key in mine:
            by_key.setdefault(key, set()).add(home)
    out = []
    for group in groups:
        head = group[0]
        for other in group[1:]:
            for member in other.members:
                head.take(member)
            head.date = finer(head.date, other.date)
            head.notes = head.notes | {note}
        out.append(head)
    return out


Trigger = tuple[str, int]
"""A report as the probe names it: its article id and its trigger's start."""


def apart(
    index: ActorIndex, articles: Sequence[ArticleInfo], analyses: Iterable[ArticleAnalysis],
    pairs: Iterable[tuple[Trigger, Trigger]],
) -> list[str]:  # fmt: skip
    """Why each pair of reports is not one happening, as merging would judge the two alone: the first condition the
    less precisely dated report fails against a happening holding the other ("type" or "modality" when the kinds
    differ, else a name ``_check`` gives), "" when the two alone would merge (then other reports kept them apart), or
    "no report" when a trigger is none. For the eval's breakdown of the links merging misses."""
    dates = [a.published for a in articles if a.published]
    earliest = min(dates) if dates else None
    by_trigger: dict[Trigger, tuple[_Kind, _Report]] = {}
    for kind, report in _reports(index, articles, analyses):
        by_trigger.setdefault((report.trigger.article_id, report.trigger.start), (kind, report))
    out = []
    for one, other in pairs:
        if one not in by_trigger or other not in by_trigger:
            out.append("no report")
            continue
        (kind, first), (other_kind, second) = sorted((by_trigger[one], by_trigger[other]),
                                                     key=lambda r: _specificity(r[1].date))  # fmt: skip
        if kind[0] != other_kind[0]:
            out.append("type")
        elif kind != other_kind:
            out.append("modality")
        else:
            out.append(_check(_Cluster(kind, *first.matched, first.date, [first]), second, earliest)[0])
    return out


def _one(sets: dict[frozenset[str], frozenset[str]], found: frozenset[str]) -> frozenset[str]:
    """The one copy of ``found`` in ``sets``."""
    return sets.setdefault(found, found)


def _why(cluster: _Cluster) -> MergeWhy | None:
    """What the reports of a cluster agree on (None for a single report)."""
    if len(cluster.members) < 2:
        return None
    roles = [f"actor {a}" for a in sorted(cluster.actors)] + [f"recipient {r}" for r in sorted(cluster.recipients)]
    dates = tuple(dict.fromkeys(m.date or "undated" for m in sorted(cluster.members, key=lambda m:
                                                                      _specificity(m.date))))  # fmt: skip
    triggers = tuple(dict.fromkeys(m.trigger.text.lower() for m in cluster.members))
    cameos = {m.cameo[:3] for m in cluster.members if m.cameo and len(m.cameo) >= 3}
    modes = {m.mode for m in cluster.members if m.mode}
    act = next(iter(cameos)) if len(cameos) == 1 else next(iter(modes)) if len(modes) == 1 else None
    return MergeWhy(tuple(roles), dates, triggers, act, tuple(sorted(cluster.notes)))


def _story_events(clusters: list[_Cluster], earliest: date | None) -> list[StoryEvent]:
    def order(cluster: _Cluster) -> tuple[object, ...]:
        span = interval(cluster.date)
        return (span is None, span[0] if span else date.max, cluster.kind[0], sorted(cluster.actors))

    seen: Counter[tuple[_Kind, frozenset[str], frozenset[str]]] = Counter()
    out: list[StoryEvent] = []
    for cluster in sorted(clusters, key=order):
        seen[(cluster.kind, cluster.actors, cluster.recipients)] += 1
        kind, negated, hypothetical, modality = cluster.kind
        # The actors as resolved, as most reports give them (ties: the most specific set, then sorted).
        sets = Counter((m.actors, m.recipients) for m in cluster.members)
        actors, recipients = max(sets, key=lambda s: (sets[s], len(s[0]) + len(s[1]), sorted(s[0]), sorted(s[1])))
        sources: dict[tuple[str, int], SourceRef] = {}
        triggers: dict[tuple[str, int], SourceRef] = {}
        for m in sorted(cluster.members, key=lambda m: (m.source.article_id, m.source.start, m.trigger.start)):
            sources.setdefault((m.source.article_id, m.source.sent), m.source)
            triggers.setdefault((m.trigger.article_id, m.trigger.start), m.trigger)
        modes = Counter(m.mode for m in cluster.members if m.mode)
        cameos = Counter(m.cameo for m in cluster.members if m.cameo)
        out.append(
            StoryEvent(
                id=_event_id(cluster, seen[(cluster.kind, cluster.actors, cluster.recipients)]),
                type=kind,
                actors=tuple(sorted(actors)),
                recipients=tuple(sorted(recipients)),
                mode=modes.most_common(1)[0][0] if modes else None,
                date=cluster.date,
                cameo=cameos.most_common(1)[0][0] if cameos else None,
                score=cluster.members[0].score,
                sources=tuple(sources.values()),
                negated=negated,
                hypothetical=hypothetical,
                modality=modality,
                background=_is_background(cluster.date, earliest),
                triggers=tuple(triggers.values()),
                merge=_why(cluster),
            )
        )
    return out
