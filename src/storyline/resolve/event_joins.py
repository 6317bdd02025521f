"""Event merging's second stage: clusters of reports joined on what one report alone does not show.

The first stage (``events.merge_events``) joins a report to a happening only on its own evidence, so one happening
stays split where outlets name its participants differently ("a gang member shot Ortiz", "Ortiz was shot"). Here
clusters join when they report one act done to one named person (``_one_act_on``), or one act, named by one word, in
articles about the same person (``_about_one``), and nothing in any cluster of the group tells them apart
(``_may_be_one``), and only into one group, not two (``_join``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date

from storyline.nlp.timex import compatible, finer
from storyline.resolve.actors import ActorIndex
from storyline.resolve.event_clusters import (
    LANDS,
    NO_ONE,
    Cluster,
    evidence,
    is_background,
    is_person,
    same_act,
    specificity,
)


def join_clusters(index: ActorIndex, clusters: list[Cluster], earliest: date | None) -> list[Cluster]:
    """The first stage's clusters joined: one act done to one named person, then one act in articles about one
    person, whoever each outlet says took part (``earliest`` the earliest article's date, for background)."""
    clusters = _join(clusters, earliest, _person_keys, _one_act_on, "same act on the same person")
    leads = _leads(index)
    return _join(clusters, earliest, _lead_keys(leads), _about_one(leads), "articles about the same person")


def _leads(index: ActorIndex) -> dict[str, frozenset[str]]:
    """Per article, the person it names most (twice or more; every one tied): who the article is about."""
    counts: dict[str, Counter[str]] = {}
    for link in index.links:
        if is_person(index, link.actor_id):
            counts.setdefault(link.article_id, Counter())[link.actor_id] += 1
    out = {}
    for article_id, seen in counts.items():
        top = max(seen.values())
        if top >= 2:
            out[article_id] = frozenset(a for a, n in seen.items() if n == top)
    return out


def _named(cluster: Cluster, role: int) -> frozenset[str]:
    """The participants of one role (0 actors, 1 recipients) that tell one happening from another, over every member
    (``Report.told``)."""
    return frozenset().union(*(m.told[role] for m in cluster.members))


def _may_be_one(one: Cluster, other: Cluster, earliest: date | None, misread: frozenset[str] = NO_ONE) -> bool:
    """Nothing tells two clusters apart: the same kind, both or neither marked as an earlier act, compatible dates (an
    undated one never taken for background), neither a remark on a kind of act, and no role naming different
    participants in each (``misread`` left out: see ``_misread``)."""
    if one.kind != other.kind or one.members[0].earlier != other.members[0].earlier:
        return False
    if one.members[0].kind_level or other.members[0].kind_level:
        return False  # a remark on a kind of act is no happening (``Report.kind_level``)
    if not compatible(one.date, other.date):
        return False
    if (one.date is None and is_background(other.date, earliest)) or (
        other.date is None and is_background(one.date, earliest)
    ):
        return False
    for role in (0, 1):
        left_out = misread if role == 0 else NO_ONE
        mine, theirs = _named(one, role) - left_out, _named(other, role) - left_out
        if mine and theirs and not mine & theirs:
            return False
    return True


def _misread(group: list[Cluster]) -> frozenset[str]:
    """Who a group names in both roles: a person both acting and acted on in one happening is a misread role ("Jackson's
    arrest" read with Jackson as who arrests, joined to his arrest by ``_one_act_on``'s swapped roles), which tells no
    happening apart ("arrested by the Highway Patrol")."""
    return frozenset().union(*(_named(c, 0) for c in group)) & frozenset().union(*(_named(c, 1) for c in group))


def _one_act_on(one: Cluster, other: Cluster) -> bool:
    """Two clusters report one act done to one named person: the same act (``same_act``) named by the same word
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
    return bool(same) and same_act(one, other.members[0])


def _person_keys(cluster: Cluster) -> set[tuple[object, ...]]:
    """What ``_one_act_on`` asks two clusters to share: the kind, a word and a person."""
    people = cluster.people[0] | cluster.people[1]
    return {(cluster.kind, act, person) for act in cluster.acts for person in people}


def _lead_keys(leads: dict[str, frozenset[str]]) -> Callable[[Cluster], set[tuple[object, ...]]]:
    """What ``_about_one`` asks two clusters to share: the kind, a word and the person their articles are about."""

    def keys(cluster: Cluster) -> set[tuple[object, ...]]:
        about = _about(cluster, leads)
        return {(cluster.kind, stem, person) for stem in cluster.stems for person in about}

    return keys


def _about(cluster: Cluster, leads: dict[str, frozenset[str]]) -> frozenset[str]:
    return frozenset().union(*(leads.get(a, NO_ONE) for a in cluster.articles))


def _about_one(leads: dict[str, frozenset[str]]) -> Callable[[Cluster, Cluster], bool]:
    """Two clusters, one naming no one ("the man was charged", "police shot a man"), report one act in articles about
    the same person (``_leads``): the same act named by the same word, asserted (not another word of its dictionary
    block: with no one named, the word is all that ties the reports). A story's two happenings of one kind (two
    shootings, two arrests) are as a rule about two people, so the person an article is about stands for the
    happening it reports when its sentences name no one."""

    def fits(one: Cluster, other: Cluster) -> bool:
        if other.kind[3] != "asserted" or any(evidence(m) for m in other.members):
            return False
        shared = _about(one, leads) & _about(other, leads)
        return bool(shared and one.stems & other.stems) and same_act(one, other.members[0])

    return fits


def _could_join(
    group: list[Cluster], cluster: Cluster, earliest: date | None, fits: Callable[[Cluster, Cluster], bool]
) -> bool:
    """``fits`` finds evidence that ``cluster`` reports the happening of one of ``group``'s clusters and nothing in
    any of them tells it apart. The group's misread participants are found once per group, not once per cluster of
    it: on a 10,000-article pile a story's groups hold hundreds of clusters, and the per-cluster union made the
    story stage cubic in them."""
    if not any(fits(c, cluster) for c in group):
        return False
    misread = _misread(group)
    return all(_may_be_one(c, cluster, earliest, misread) for c in group)


def _join(
    clusters: list[Cluster], earliest: date | None, keys: Callable[[Cluster], set[tuple[object, ...]]],
    fits: Callable[[Cluster, Cluster], bool], note: str,
) -> list[Cluster]:  # fmt: skip
    """Clusters joined where ``fits`` finds evidence of one happening with a cluster already in a group (both sharing
    one of their ``keys``), when nothing in any cluster of the group tells them apart (``_may_be_one``), and only when
    the cluster could join one group, not two. Dated clusters first, the most reported first, so undated ones join
    them."""
    order = sorted(clusters, key=lambda c: (specificity(c.date), -len(c.articles)))
    groups: list[list[Cluster]] = []
    by_key: dict[tuple[object, ...], set[int]] = {}
    for cluster in order:
        mine = keys(cluster)
        found = sorted({g for key in mine for g in by_key.get(key, ())})
        homes = [g for g in found if _could_join(groups[g], cluster, earliest, fits)]
        if len(homes) == 1:  # one that could be either of two happenings joins neither
            home = homes[0]
            groups[home].append(cluster)
        else:
            home = len(groups)
            groups.append([cluster])
            if len(homes) > 1:
                # ... and is no third happening for the next one to choose from: undated reports of one arrest that
                # each stayed out, between a dated arrest and a misdated one, would count as as many more choices.
                continue
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
