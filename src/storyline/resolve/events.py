"""Events merged across articles: one StoryEvent per thing that happened, with every source that reports it.

The first stage, here: each report joins the happening its own evidence shows it is (``merge_events``, ``_check``).
The records merging compares are in ``event_clusters``; the second stage, which joins clusters on what one report
alone does not show, in ``event_joins``.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date
from functools import lru_cache

from storyline.model import ArticleAnalysis, ArticleInfo, Event, MergeWhy, Ref, SourceRef, StoryEvent
from storyline.nlp.event_vocab import load_vocabulary
from storyline.nlp.timex import compatible, finer, interval
from storyline.resolve.actors import ActorIndex
from storyline.resolve.event_clusters import (
    LANDS,
    Cluster,
    Kind,
    Report,
    evidence,
    is_background,
    is_person,
    same_act,
    specific,
    specificity,
    stem,
)
from storyline.resolve.event_joins import join_clusters
from storyline.resolve.event_signs import earlier_act, kind_level, refers_back
from storyline.resolve.home_state import is_state_body
from storyline.resolve.knowledge import load_agent_nouns
from storyline.resolve.names import slug
from storyline.resolve.sharing import shared

SAME_DAYS = 7
"""Reports dated this precisely (a week or finer) and overlapping may merge though only one names the target."""


_PRONOUNS = frozenset({"he", "him", "she", "her", "they", "them", "we", "us", "i", "me", "it"})


COPY_WORDS = 12
"""A sentence this long printed word for word by two outlets is one wire report: the same happening."""


TRADE = "061"
"""CAMEO's economic cooperation: a company buying, ordering or selling. What is traded makes the act, and the actor
sets do not hold it, so only the same other party named by both reports is evidence of one deal."""


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


def _for_matching(index: ActorIndex, ids: frozenset[str]) -> frozenset[str]:
    """Actor ids with people replaced by the state they act for: "Kim ratified" and "North Korea ratified"
    report the same act. Only the comparison uses this; events keep the actors as resolved."""
    out = set()
    for actor_id in ids:
        actor = index.actor(actor_id)
        # Only people: an organisation named after a state ("Bank of America") may be no part of it.
        out.add((actor.acts_for if actor is not None and actor.type == "person" else None) or actor_id)
    return frozenset(out)


def _precise(value: str | None) -> bool:
    span = interval(value)
    return span is not None and (span[1] - span[0]).days < SAME_DAYS


def _same_word(cluster: Cluster, report: Report) -> bool:
    return stem(report.trigger.text) in cluster.stems


def _narrow(report: Report) -> bool:
    """An undated report narrows its happening down enough to join another outlet's: it names a person, or who acted
    and on whom. A state, organisation or company alone does not: they act again and again in one story (a navy
    catching pirates twice, a company placing two orders, a newspaper in two obituaries)."""
    return report.person or bool(report.named[0] and report.named[1])


def _lone_hand(report: Report, kind: Kind) -> bool:
    """An undated report of force or aid (``LANDS``) naming a person and no one acted on, not even a generic one: the
    one shot or helped tells one act from the next ("Hiller fired at the supervisor", "Hiller fired at an officer"; a
    gunman's rampage; "Felt helped the Post" and "Felt helped Woodward"), so it is no evidence of another outlet's
    happening, dated or not, that a person narrows down otherwise (``_narrow``)."""
    return kind[0] in LANDS and report.person and not report.matched[1]


def _nobody(report: Report) -> bool:
    """The report names no participant at all, not even a generic one."""
    return not (report.actors or report.recipients)


def _definite(cluster: Cluster, report: Report) -> bool:
    """One of the two reports refers back to the other ("An orderly protest ..." then "the protest began")."""
    return report.definite or cluster.members[0].definite


def _both_roles(report: Report) -> bool:
    """The report names who acted and on whom, and its act precisely."""
    return bool(report.named[0] and report.named[1]) and specific(report.cameo)


def _copy_key(text: str) -> str:
    """``Report.copy`` of a sentence: two sentences have the same key when they have the same words, lower-cased."""
    words = text.lower().split()
    return shared(" ".join(words)) if len(words) >= COPY_WORDS else ""


def _copy(cluster: Cluster, report: Report) -> bool:
    """The report's sentence is, word for word, a long sentence another outlet printed for this happening (wire copy):
    the whole sentence is the evidence, not its trigger word alone."""
    return bool(report.copy) and report.copy in cluster.sentences


def _other_people(cluster: Cluster, report: Report) -> bool:
    """The report names people in a role where the cluster names only others: "Papoulias condemned" and
    "Papandreou condemned" are two acts, though both men act for Greece (``_for_matching``)."""
    pairs = zip(report.people, cluster.people, strict=True)
    return any(mine and theirs and not mine & theirs for mine, theirs in pairs)


def _fits(cluster: Cluster, report: Report, earliest: date | None) -> str | None:
    """Whether ``report`` is the happening ``cluster`` holds: None if not, else a note ("" when all agree)."""
    block, note = _check(cluster, report, earliest)
    return None if block else note


def _check(cluster: Cluster, report: Report, earliest: date | None) -> tuple[str, str]:
    """(the condition that keeps ``report`` out of ``cluster``, "" when none; the note of a fit). The conditions'
    names are what ``BLOCKS`` lists."""
    if report.kind_level or cluster.members[0].kind_level:
        return "kind", ""  # a remark on a kind of act ("shootings like this") is no report of the one of the day
    actors, recipients = report.matched
    if actors != cluster.actors:
        return "actors", ""
    if not same_act(cluster, report):
        return "act", ""
    if report.earlier != cluster.members[0].earlier:
        return "earlier", ""  # "had previously been arrested" is not the arrest of the day, whoever reports it
    if _other_people(cluster, report):
        return "other people", ""
    same_article = report.source.article_id in cluster.articles
    if not same_article and not (evidence(report) and evidence(cluster.members[0])):
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
        if is_background(cluster.date, earliest):
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

    A report fits a cluster of other articles only when both name someone (``evidence``). An undated one fits only
    a happening that was asserted, and then only a cluster with a report of the same word, unless it gives both
    roles and a precise act, when the cluster must be dated, narrow like the report, or hold its sentence word for
    word (``_copy``). Undated reports that fit nowhere each start a cluster of their own, so a story of thousands of
    articles piled up thousands of clusters under one key, and each new report was tried against all of them (at
    10,000 benchmark articles merging took 24 of the story stage's 41 CPU seconds). ``candidates`` gives, in the
    order the clusters were made, every cluster those conditions leave open: a superset of the ones ``_fits``
    accepts, so the same clusters fit, in the same order, as when every cluster was tried.
    """

    def __init__(self, kind: Kind) -> None:
        self._happened = kind[3] == "asserted"
        self._clusters: list[Cluster] = []
        self._position: dict[int, int] = {}  # id(cluster) -> its place in _clusters
        self._by_article: dict[str, list[int]] = {}  # article id -> clusters with a report from it (a few)
        self._evident: list[int] = []  # clusters whose first report names someone
        self._narrow: list[int] = []  # ... and is narrow
        self._dated: set[int] = set()  # evident clusters with a date
        self._by_words: dict[str, set[int]] = {}  # a long sentence (its copy key) -> evident clusters printing it
        self._by_stem: dict[str, set[int]] = {}  # a trigger's stem -> evident clusters with a report of it

    def candidates(self, report: Report) -> list[Cluster]:
        """The clusters ``report`` may fit, in the order they were made."""
        found = set(self._by_article.get(report.source.article_id, ()))
        if evidence(report):
            if report.date is not None:
                found.update(self._evident)
            elif self._happened and _both_roles(report):
                found.update(self._dated)
                if _narrow(report):
                    found.update(self._narrow)
                found.update(self._by_words.get(report.copy, ()))
            elif self._happened:
                found.update(self._by_stem.get(stem(report.trigger.text), ()))
        return [self._clusters[i] for i in sorted(found)]

    def joined(self, cluster: Cluster, report: Report) -> None:
        """Index ``report``, the member ``cluster`` took last (a new cluster's first)."""
        i = self._position.get(id(cluster))
        if i is None:
            i = self._position[id(cluster)] = len(self._clusters)
            self._clusters.append(cluster)
            if evidence(report):
                self._evident.append(i)
                if _narrow(report):
                    self._narrow.append(i)
        here = self._by_article.setdefault(report.source.article_id, [])
        if i not in here:
            here.append(i)
        if evidence(cluster.members[0]):
            if cluster.date is not None:
                self._dated.add(i)
            if report.copy:
                self._by_words.setdefault(report.copy, set()).add(i)
            self._by_stem.setdefault(stem(report.trigger.text), set()).add(i)


def _event_id(cluster: Cluster, ordinal: int) -> str:
    kind, negated, hypothetical, _ = cluster.kind
    text = "|".join((kind, ",".join(sorted(cluster.actors)), ",".join(sorted(cluster.recipients)), str(negated),
                     str(hypothetical)))  # fmt: skip
    return f"event:{kind.lower()}-{hashlib.sha1(text.encode()).hexdigest()[:8]}-{ordinal}"


def _reports(
    index: ActorIndex, articles: Sequence[ArticleInfo], analyses: Iterable[ArticleAnalysis]
) -> list[tuple[Kind, Report]]:
    """Every event report of the story, with what merging compares."""
    outlets = {a.id: a.outlet for a in articles}
    reports: list[tuple[Kind, Report]] = []
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
            people = (_one(sets, frozenset(a for a in named[0] if is_person(index, a))),
                      _one(sets, frozenset(r for r in named[1] if is_person(index, r))))  # fmt: skip
            # A place acts as a body ("Philadelphia fired its coach"), never by force or aid: "a Queens man struck her".
            bodies = _places(index, actors) if event.type not in LANDS else frozenset()
            told = (_one(sets, _for_matching(index, named[0] | bodies)),
                    _one(sets, _for_matching(index, named[1] | _places(index, recipients))))  # fmt: skip
            reports.append((kind, Report(source, trigger, event.date, event.mode, event.cameo, event.score, actors,
                                          recipients, matched, named, bool(people[0] or people[1]), people,
                                          earlier_act(event), refers_back(event), _copy_key(event.text),
                                          told, kind_level(event))))  # fmt: skip
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
    reports.sort(key=lambda r: specificity(r[1].date))
    clusters: list[Cluster] = []
    by_actors: dict[tuple[Kind, frozenset[str]], _Candidates] = {}
    for kind, report in reports:
        if report.kind_level:  # a kind of act, not a happening: a record of its own (see ``_check``)
            clusters.append(Cluster(kind, report.matched[0], report.matched[1], report.date, [report]))
            continue
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
            cluster = Cluster(kind, report.matched[0], report.matched[1], report.date)
            clusters.append(cluster)
        cluster.recipients = cluster.recipients or report.matched[1]
        cluster.date = finer(cluster.date, report.date)
        cluster.take(report)
        candidates.joined(cluster, report)
    # Then what one report alone does not show: one act done to one named person, and one act in articles about one
    # person, whoever each outlet says took part.
    clusters = join_clusters(index, clusters, earliest)
    return tuple(_story_events(clusters, earliest))


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
    by_trigger: dict[Trigger, tuple[Kind, Report]] = {}
    for kind, report in _reports(index, articles, analyses):
        by_trigger.setdefault((report.trigger.article_id, report.trigger.start), (kind, report))
    out = []
    for one, other in pairs:
        if one not in by_trigger or other not in by_trigger:
            out.append("no report")
            continue
        (kind, first), (other_kind, second) = sorted((by_trigger[one], by_trigger[other]),
                                                     key=lambda r: specificity(r[1].date))  # fmt: skip
        if kind[0] != other_kind[0]:
            out.append("type")
        elif kind != other_kind:
            out.append("modality")
        else:
            out.append(_check(Cluster(kind, *first.matched, first.date, [first]), second, earliest)[0])
    return out


def _one(sets: dict[frozenset[str], frozenset[str]], found: frozenset[str]) -> frozenset[str]:
    """The one copy of ``found`` in ``sets``."""
    return sets.setdefault(found, found)


def _why(cluster: Cluster) -> MergeWhy | None:
    """What the reports of a cluster agree on (None for a single report)."""
    if len(cluster.members) < 2:
        return None
    roles = [f"actor {a}" for a in sorted(cluster.actors)] + [f"recipient {r}" for r in sorted(cluster.recipients)]
    dates = tuple(dict.fromkeys(m.date or "undated" for m in sorted(cluster.members, key=lambda m:
                                                                      specificity(m.date))))  # fmt: skip
    triggers = tuple(dict.fromkeys(m.trigger.text.lower() for m in cluster.members))
    cameos = {m.cameo[:3] for m in cluster.members if m.cameo and len(m.cameo) >= 3}
    modes = {m.mode for m in cluster.members if m.mode}
    act = next(iter(cameos)) if len(cameos) == 1 else next(iter(modes)) if len(modes) == 1 else None
    return MergeWhy(tuple(roles), dates, triggers, act, tuple(sorted(cluster.notes)))


def _story_events(clusters: list[Cluster], earliest: date | None) -> list[StoryEvent]:
    def order(cluster: Cluster) -> tuple[object, ...]:
        span = interval(cluster.date)
        return (span is None, span[0] if span else date.max, cluster.kind[0], sorted(cluster.actors))

    seen: Counter[tuple[Kind, frozenset[str], frozenset[str]]] = Counter()
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
                background=is_background(cluster.date, earliest),
                triggers=tuple(triggers.values()),
                merge=_why(cluster),
            )
        )
    return out
