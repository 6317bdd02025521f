"""Actor resolution: every article's mentions grouped into one actor per person, state, organisation and place.

People merge across articles by name variants (hyphens, initials, a middle name one article leaves out),
never by a bare surname: a lone "Lee" bound in its article stays with that article's Lee, and an unbound
lone name joins a person only when exactly one person of the story carries it. States merge by ISO
code; organisations by name without "the" and by acronym. Quote speakers given by a description ("The
foreign policy analyst") add that description to the person's aliases.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from storyline.model import Actor, Alias, ArticleAnalysis, ArticleInfo, Mention, MentionLink, Ref
from storyline.resolve.actor_lookup import NameLookup
from storyline.resolve.gazetteer import load_gazetteer
from storyline.resolve.names import name_key, slug
from storyline.resolve.person_names import person_key, person_parts
from storyline.resolve.sharing import shared

_PRONOUNS = frozenset(
    {"he", "she", "him", "his", "her", "they", "them", "their", "it", "its", "we", "us", "i", "you", "who"}
)


@dataclass(frozen=True)
class ActorIndex:
    """Actors with the links from mentions to them, and look-ups for the other resolvers."""

    actors: tuple[Actor, ...]
    links: tuple[MentionLink, ...]

    def __post_init__(self) -> None:
        # Derived look-up tables; frozen dataclass, so set through object.__setattr__.
        spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for link in self.links:
            spans[link.article_id].append((link.start, link.end, link.actor_id))
        object.__setattr__(self, "_by_id", {actor.id: actor for actor in self.actors})
        object.__setattr__(self, "_spans", spans)
        object.__setattr__(self, "_names", NameLookup(self.actors, load_gazetteer()))

    def actor(self, actor_id: str) -> Actor | None:
        """The actor with this id."""
        return self._by_id.get(actor_id)  # type: ignore[attr-defined, no-any-return]

    def resolve(self, article_id: str, ref: Ref | None = None, name: str | None = None) -> str | None:
        """Actor id for a piece of an article (exact or overlapping mention) or, failing that, a name."""
        if ref is not None:
            spans = self._spans.get(article_id, ())  # type: ignore[attr-defined]
            # An article's links are few: a scan finds the exact span (the last link wins, as in a dict).
            exact = [actor_id for start, end, actor_id in spans if start == ref.start and end == ref.end]
            if exact:
                return str(exact[-1])
            best, overlap = None, 0
            for start, end, actor_id in spans:
                shared = min(end, ref.end) - max(start, ref.start)
                if shared > overlap:
                    best, overlap = actor_id, shared
            if best:
                return str(best)
        lookup: NameLookup = self._names  # type: ignore[attr-defined]
        for candidate in (name, ref.text if ref else None):
            if candidate:
                found = lookup.find(candidate, article_id)
                if found:
                    return found
        return None


class _Member(NamedTuple):
    """One mention of a group: where it is, and what it says as a record shared by every mention that says
    the same (offsets zeroed), so a name a thousand articles repeat is held once."""

    article_id: str
    start: int
    end: int
    mention: Mention


@dataclass
class _Group:
    """Mentions on their way to becoming one actor."""

    type: str
    code: str | None = None
    members: list[_Member] = field(default_factory=list)
    extra_aliases: Counter[str] = field(default_factory=Counter)
    extra_links: list[tuple[str, int, int]] = field(default_factory=list)
    roles: Counter[str] = field(default_factory=Counter)
    affiliations: Counter[str] = field(default_factory=Counter)

    def title(self, role: str | None, affiliation: str | None) -> None:
        if role:
            self.roles[role] += 1
        if affiliation:
            self.affiliations[affiliation] += 1


def _type(mention: Mention) -> str:
    if mention.code:
        return "state"
    return {"PERSON": "person", "ORG": "organisation", "NORP": "group"}.get(mention.label, "place")


def _resolved(mention: Mention) -> str:
    return mention.antecedent or mention.name


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split() if w[0].isupper())


def _person_keys(analyses: Iterable[ArticleAnalysis]) -> dict[str, str]:
    """Each full person key of the story mapped to the key of the person it is (a middle name left out merges)."""
    keys = {
        person_key(_resolved(m)) for a in analyses for m in a.mentions if len(person_parts(_resolved(m))) >= 2
    }
    parent = {k: k for k in keys}
    for short in keys:
        parts = short.split()
        longer = [
            k
            for k in keys
            if k != short and k.split()[0] == parts[0] and k.split()[-1] == parts[-1] and set(parts) < set(k.split())
        ]
        if len(longer) == 1:  # "rachel lee" -> "rachel minyoung lee", but never when two could be meant
            parent[short] = longer[0]
    return parent


def _key(article_id: str, mention: Mention, people: dict[str, str], lone: dict[str, str | None]) -> tuple[str, str]:
    kind = _type(mention)
    if kind == "state":
        return ("state", str(mention.code))
    if kind == "person":
        resolved = _resolved(mention)
        key = person_key(resolved)
        if key in people:
            return ("person", people[key])
        target = lone.get(key)
        # A lone name nobody in its article introduced joins the one story person who carries it, else stays apart.
        return ("person", target) if target else ("person-lone", key)
    if kind == "organisation":
        return ("organisation", name_key(_resolved(mention)))
    return (kind, name_key(_resolved(mention)))


def _lone_targets(people: dict[str, str]) -> dict[str, str | None]:
    owners: dict[str, set[str]] = defaultdict(set)
    for key, root in people.items():
        parts = key.split()
        owners[parts[0]].add(root)
        owners[parts[-1]].add(root)
    return {word: next(iter(roots)) if len(roots) == 1 else None for word, roots in owners.items()}


def resolve_actors(articles: Sequence[ArticleInfo], analyses: Iterable[ArticleAnalysis]) -> ActorIndex:
    """Group every mention of every article into actors."""
    gazetteer = load_gazetteer()
    people = _person_keys(analyses)
    lone = _lone_targets(people)
    groups: dict[tuple[str, str], _Group] = {}
    distinct: dict[Mention, Mention] = {}
    for analysis in analyses:
        for mention in analysis.mentions:
            key = _key(analysis.article_id, mention, people, lone)
            group = groups.setdefault(key, _Group(type=_type(mention), code=mention.code))
            said = replace(mention, start=0, end=0, sent=0)
            said = distinct.setdefault(said, said)
            group.members.append(_Member(shared(analysis.article_id), mention.start, mention.end, said))
            if group.type == "person":
                group.title(mention.role, mention.affiliation)
    _merge_acronyms(groups)
    _fold_speakers(analyses, groups, people)
    actors, links = _build(groups, gazetteer.state_name)
    return ActorIndex(actors=tuple(actors), links=tuple(links))


def _merge_acronyms(groups: dict[tuple[str, str], _Group]) -> None:
    """An organisation named only by its acronym joins the one organisation whose initials it is."""
    orgs = {k: g for k, g in groups.items() if k[0] == "organisation"}
    for key, group in list(orgs.items()):
        names = {_resolved(m.mention) for m in group.members}
        if not all(n.replace(".", "").isupper() for n in names):
            continue
        letters = next(iter(names)).replace(".", "")
        targets = [
            k
            for k, g in orgs.items()
            if k != key and any(_initials(_resolved(m.mention)) == letters for m in g.members)
        ]
        if len(targets) == 1:
            groups[targets[0]].members.extend(group.members)
            del groups[key]


def _fold_speakers(
    analyses: Iterable[ArticleAnalysis], groups: dict[tuple[str, str], _Group], people: dict[str, str]
) -> None:
    """Descriptions that stand for a named speaker ("The foreign policy analyst believes") become aliases."""
    for analysis in analyses:
        spans = [(m.start, m.end) for m in analysis.mentions]
        for quote in analysis.quotes:
            speaker = quote.speaker
            if speaker is None or speaker.kind != "person":
                continue
            key = ("person", people.get(person_key(speaker.name), ""))
            group = groups.get(key)
            if group is None:
                continue
            group.title(speaker.title, speaker.affiliation)
            text = speaker.mention.text.strip()
            if not text or text.lower() in _PRONOUNS or person_key(text) == person_key(speaker.name):
                continue
            ref = speaker.mention
            if any(s < ref.end and ref.start < e for s, e in spans):
                continue  # a name the mentions already carry
            if text.split()[0].lower() in ("the", "a", "an", "this", "that") or text[1:].islower():
                group.extra_aliases[text] += 1
                group.extra_links.append((analysis.article_id, ref.start, ref.end))


def _canonical(group: _Group, state_name: Callable[[str], str]) -> str:
    if group.code:
        return state_name(group.code)
    # Only names as written count: "Cha" bound to "Victor D. Cha" must not vote for the initial.
    names = Counter(m.mention.name for m in group.members if m.mention.kind == "name") or Counter(
        _resolved(m.mention) for m in group.members
    )
    if group.type == "person":
        full = Counter({n: c for n, c in names.items() if len(person_parts(n)) >= 2}) or names
        longest = max(len(person_key(n).split()) for n in full)
        full = Counter({n: c for n, c in full.items() if len(person_key(n).split()) == longest})
        return max(full.items(), key=lambda nc: (nc[1], len(nc[0])))[0]
    return max(names.items(), key=lambda nc: (nc[1], len(nc[0])))[0]


def _most_common(values: Sequence[str | None]) -> str | None:
    return _top(Counter(v for v in values if v))


def _top(counts: Counter[str]) -> str | None:
    """The most frequent value (the first seen on a tie), or None."""
    return counts.most_common(1)[0][0] if counts else None


def _build(
    groups: dict[tuple[str, str], _Group], state_name: Callable[[str], str]
) -> tuple[list[Actor], list[MentionLink]]:
    actors: list[Actor] = []
    links: list[MentionLink] = []
    ids: set[str] = set()
    pending: list[tuple[Actor, str | None]] = []
    for (_, _), group in sorted(groups.items()):
        name = _canonical(group, state_name)
        actor_id = f"state:{group.code}" if group.code else f"{group.type}:{slug(name)}"
        while actor_id in ids:
            actor_id += "-2"
        ids.add(actor_id)
        said = [m.mention for m in group.members]
        aliases: Counter[str] = Counter(" ".join(m.text.split()) for m in said)
        for m in said:
            if m.kind == "name" and name_key(m.name) != name_key(m.text):
                aliases[m.name] += 1  # "Korean Central News Agency" of "the official Korean Central News Agency"
        aliases.update(group.extra_aliases)
        acts_for = _most_common([m.acts_for for m in said]) if group.type == "person" else None
        actor = Actor(
            id=actor_id,
            name=name,
            type=group.type,
            code=group.code,
            aliases=tuple(Alias(t, c) for t, c in sorted(aliases.items(), key=lambda kv: (-kv[1], kv[0]))),
            mentions=len(group.members) + sum(group.extra_aliases.values()),
            articles=tuple(sorted({m.article_id for m in group.members})),
            role=_top(group.roles),
            affiliation=_top(group.affiliations),
        )
        pending.append((actor, acts_for))
        links.extend(MentionLink(m.article_id, m.start, m.end, actor_id) for m in group.members)
        links.extend(MentionLink(a, s, e, actor_id) for a, s, e in group.extra_links)
    states = {a.code for a, _ in pending if a.type == "state"}
    for actor, code in pending:
        if code and code in states:
            actor = replace(actor, acts_for=f"state:{code}")
        actors.append(actor)
    actors.sort(key=lambda a: (-a.mentions, a.id))
    links.sort(key=lambda link: (link.article_id, link.start, link.end))
    return actors, links


def select_actors(actors: Sequence[Actor], type: str | None = None, min_mentions: int = 1) -> list[Actor]:
    """Actors of one type (or all) mentioned at least ``min_mentions`` times, most mentioned first."""
    chosen = [a for a in actors if (type is None or a.type == type) and a.mentions >= min_mentions]
    return sorted(chosen, key=lambda a: (-a.mentions, a.id))
