"""Actor resolution: every article's mentions grouped into one actor per person, state, organisation and place.

Identity is resolved in passes over the whole story, most precise first (the sieve of deterministic
coreference); each pass only joins what the earlier ones leave consistent, and each alias records the pass
that joined it (``Actor.merges``):

1. exact-name: the same full name (case, accents, hyphens, initials folded: "Kim Jong-un" = "Kim Jong Un");
2. name-variant: a full name with a middle name or a generational suffix left out ("Arcade Joseph Comeaux" for
   "... Comeaux Jr"), when only one longer name fits; a title written into the name ("Coroner Gary Hargrove":
   no census given name before one) joins the name without it; a full name one letter off the one other full
   name in its given or family name, the rest the same and the given names of no different sex ("Duncan Raite"
   / "Duncan Rait", "Kristin" / "Kristen Wilkins"), joins the more mentioned spelling;
3. bound-in-article: a surname, misspelling, acronym or description the article itself ties to a full name
   (``nlp/mentions_people.py``: "Cha" after "Victor Cha", "Mr. Trump" only to a man);
4. unique-name: a lone name no article introduced, when one person of the story carries it;
5. title-fits / courtesy-title-fits: a lone name several people carry, when its title ("President Trump")
   or courtesy title ("Mr. Trump") fits only one of them, by the titles the story gives them and the
   offices the actor dictionaries say they held on the article's date (``knowledge.py``);
6. state-code, organisation-name: states by ISO code, organisations by name without "the";
   same-name-other-type: one name the model typed differently in different sentences ("Hugh Jackman" as a
   place, "Lionsgate" as a place and an organisation) joins the person, or the commoner type, and so does a
   one-word name no story person carries in full typed a person and something else ("Galois", "Ryanair"),
   unless the gazetteer knows it as a place;
   acronym, organisation-short-name: an organisation named by its initials ("THR", "AP"), without its legal
   form or head word ("Microsoft" for "Microsoft Corp.", "Staunton Police" for "Staunton Police Department")
   or without the city in front ("Red Sox" for "Boston Red Sox"), when only one organisation fits;
7. speaker-description: a description that stands for a named speaker ("The foreign policy analyst").

Two full names that differ never merge; a lone name that fits nobody, or several, stays its own actor.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from rapidfuzz.distance import Levenshtein

from storyline.model import Actor, Alias, ArticleAnalysis, ArticleInfo, Mention, MentionLinks, Merge, Ref
from storyline.resolve.actor_lookup import NameLookup
from storyline.resolve.companies import company_code, listed_by_trade_name
from storyline.resolve.gazetteer import Gazetteer, load_gazetteer
from storyline.resolve.gender import KINSHIP, given_name_gender
from storyline.resolve.home_state import clear_state, institution_of_no_state, is_state_body, state_mentions
from storyline.resolve.knowledge import load_knowledge
from storyline.resolve.lone_names import LoneNames
from storyline.resolve.names import LEGAL_FORMS, ORGANISATION_HEADS, name_key, slug
from storyline.resolve.person_names import SUFFIXES, person_key, person_parts
from storyline.resolve.sharing import shared

_PRONOUNS = frozenset(
    {"he", "she", "him", "his", "her", "they", "them", "their", "it", "its", "we", "us", "i", "you", "who"}
)


@dataclass(frozen=True)
class ActorIndex:
    """Actors with the links from mentions to them, and look-ups for the other resolvers."""

    actors: tuple[Actor, ...]
    links: MentionLinks

    def __post_init__(self) -> None:
        # Derived look-up tables; frozen dataclass, so set through object.__setattr__.
        object.__setattr__(self, "_by_id", {actor.id: actor for actor in self.actors})
        object.__setattr__(self, "_names", NameLookup(self.actors, load_gazetteer()))
        object.__setattr__(self, "_last", ("", []))

    def actor(self, actor_id: str) -> Actor | None:
        """The actor with this id."""
        return self._by_id.get(actor_id)  # type: ignore[attr-defined, no-any-return]

    def _spans(self, article_id: str) -> list[tuple[int, int, str]]:
        # The resolvers ask about one article at a time: keep its unpacked links until the next one.
        last_id, spans = self._last  # type: ignore[attr-defined]
        if last_id != article_id:
            spans = self.links.in_article(article_id)
            object.__setattr__(self, "_last", (article_id, spans))
        return spans  # type: ignore[no-any-return]

    def article_state(self, article_id: str) -> str | None:
        """The one state the article is about, when it names one clearly (``home_state.clear_state``)."""
        return clear_state(state_mentions(self._spans(article_id), self._by_id))  # type: ignore[attr-defined]

    def resolve(self, article_id: str, ref: Ref | None = None, name: str | None = None) -> str | None:
        """Actor id for a piece of an article (exact or overlapping mention) or, failing that, a name."""
        if ref is not None:
            spans = self._spans(article_id)
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


class _Links:
    """Every mention's link on its way to the story, packed as the mentions are read: (article number, start,
    end, group number) per mention, 16 bytes where a record per mention took over a hundred."""

    def __init__(self) -> None:
        self.articles: dict[str, int] = {}
        self.rows = array("i")

    def add(self, article_id: str, start: int, end: int, group: int) -> None:
        self.rows.extend((self.articles.setdefault(article_id, len(self.articles)), start, end, group))


@dataclass
class _Group:
    """Mentions on their way to becoming one actor: what they say, counted (a record shared by every mention that
    says the same, offsets zeroed, so a name a thousand articles repeat is held once), and where they are."""

    number: int
    """The group's number in the packed links."""
    type: str
    code: str | None = None
    said: Counter[Mention] = field(default_factory=Counter)
    articles: set[str] = field(default_factory=set)
    extra_aliases: Counter[str] = field(default_factory=Counter)
    roles: Counter[str] = field(default_factory=Counter)
    affiliations: Counter[str] = field(default_factory=Counter)
    merged: list[int] = field(default_factory=list)
    """Numbers of the groups folded into this one (an acronym joining its organisation)."""
    merges: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Alias as written -> (pass, detail) of the most precise pass that joined it."""

    def joined(self, alias: str, rule: str, detail: str = "") -> None:
        alias = " ".join(alias.split())
        old = self.merges.get(alias)
        if old is None or RULES.index(rule) < RULES.index(old[0]):
            self.merges[alias] = (rule, detail)

    def title(self, role: str | None, affiliation: str | None) -> None:
        if role:
            self.roles[role] += 1
        if affiliation:
            self.affiliations[affiliation] += 1

    def absorb(self, other: _Group, rule: str, detail: str = "") -> None:
        self.said.update(other.said)
        self.articles |= other.articles
        self.merged += [other.number, *other.merged]
        for alias in other.merges:
            self.joined(alias, rule, detail)


RULES = (
    "exact-name",
    "name-variant",
    "bound-in-article",
    "unique-name",
    "title-fits",
    "courtesy-title-fits",
    "state-code",
    "organisation-name",
    "same-name-other-type",
    "acronym",
    "organisation-short-name",
    "speaker-description",
)
"""The resolution passes, most precise first (see the module docstring)."""


def _type(mention: Mention) -> str:
    if mention.code:
        return "state"
    return {"PERSON": "person", "ORG": "organisation", "NORP": "group"}.get(mention.label, "place")


def _resolved(mention: Mention) -> str:
    return mention.antecedent or mention.name


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split() if w[0].isupper())


# Particles that begin a family name of two words ("Lo Presti", "de Klerk", "van der Berg", "al-Assad").
_PARTICLES = frozenset(
    {"lo", "la", "le", "de", "del", "della", "di", "da", "du", "van", "von", "der", "den", "al", "el", "bin", "ibn",
     "ben", "dos", "das", "mac", "st"}
)  # fmt: skip


def _base(key: str) -> str:
    """A person key without its generational suffix: "mark felt sr" -> "mark felt"."""
    words = key.split()
    return " ".join(words[:-1]) if len(words) > 2 and words[-1] in SUFFIXES else key


def _extends(short: str, long: str) -> bool:
    """Whether ``long`` is ``short`` with a middle name or a generational suffix added ("rachel lee" ->
    "rachel minyoung lee", "arcade joseph comeaux" -> "arcade joseph comeaux jr")."""
    parts = short.split()
    words = _base(long).split() if _base(short) == short else long.split()
    added = set(parts) < set(words) or (set(parts) == set(words) and words != long.split())
    return added and words[0] == parts[0] and words[-1] == parts[-1]


def _title_in_front(key: str, keys: Iterable[str]) -> bool:
    """Whether a person key is another of ``keys`` with a title in front: no census given name before one
    ("coroner gary hargrove"), unlike a family name written first ("kim jong un") or a particle ("lo presti")."""
    parts = key.split()
    return (
        len(parts) >= 3
        and " ".join(parts[1:]) in keys
        and given_name_gender(parts[0]) is None
        and given_name_gender(parts[1]) is not None
    )


def _misspelt(one: str, other: str) -> bool:
    """Two full names one letter apart in the given or the family name, the rest the same and the given names of no
    different sex ("Kristen Wilkins" / "Kristin Wilkins", "Duncan Rait" / "Duncan Raite")."""
    a, b = one.split(), other.split()
    if len(a) != len(b) or len(a) < 2:
        return False
    differ = [i for i in range(len(a)) if a[i] != b[i]]
    if len(differ) != 1 or differ[0] not in (0, len(a) - 1):
        return False
    x, y = a[differ[0]], b[differ[0]]
    if x[0] != y[0] or min(len(x), len(y)) < (5 if differ[0] == 0 else 4) or Levenshtein.distance(x, y) != 1:
        return False
    sexes = {given_name_gender(a[0]), given_name_gender(b[0])} - {None}
    return len(sexes) <= 1


def _person_keys(analyses: Iterable[ArticleAnalysis]) -> dict[str, str]:
    """Each full person key of the story mapped to the key of the person it is, unless an article names both and
    one as the other's relative ("Pierre Charles L'Enfant... his father, Pierre L'Enfant"): a middle name or a
    generational suffix left out, when only one longer name fits; a title or other word that is no given name
    in front of a name the story writes without it ("Coroner Gary Hargrove"); a name one letter off another in
    its given or family name, when only one such name exists (to the one more mentioned)."""
    counts: Counter[str] = Counter()
    kin_pairs: list[tuple[set[str], set[str]]] = []
    for analysis in analyses:
        here = {person_key(_resolved(m)) for m in analysis.mentions if len(person_parts(_resolved(m))) >= 2}
        counts.update(person_key(_resolved(m)) for m in analysis.mentions if len(person_parts(_resolved(m))) >= 2)
        kin = {
            person_key(m.name)
            for m in analysis.mentions
            if m.kind == "name" and m.role and KINSHIP & set(m.role.lower().split())
        }
        if kin:
            kin_pairs.append((here, kin))
    keys = set(counts)

    def related(one: str, other: str) -> bool:
        return any({one, other} <= here and {one, other} & kin for here, kin in kin_pairs)

    parent = {k: k for k in keys}
    for short in keys:
        parts = short.split()
        longer = [k for k in keys if k != short and _extends(short, k)]
        if not longer and parts[0] in _PARTICLES:
            # "Lo Presti", "Van Gogh", "De Niro": a family name with its particle, not a first and last name
            longer = [k for k in keys if k != short and k.endswith(f" {short}")]
        if not longer and _title_in_front(short, keys):
            longer = [" ".join(parts[1:])]  # "coroner gary hargrove", "tsar peter the great": a word in front
        if len(longer) != 1:
            continue  # "rachel lee" -> "rachel minyoung lee", but never when two could be meant
        if related(short, longer[0]):
            continue
        parent[short] = longer[0]

    def root(key: str) -> str:
        seen = {key}
        while parent[key] != key and parent[key] not in seen:
            key = parent[key]
            seen.add(key)
        return key

    for key in sorted(keys, key=lambda k: (counts[k], k)):
        if parent[key] != key:
            continue
        near = [k for k in keys if k != key and _misspelt(key, k)]
        one = near[0] if len(near) == 1 else ""
        if one and root(one) != key and (counts[one], one) > (counts[key], key) and not related(key, one):
            parent[key] = one
    return {k: root(k) for k in keys}


def _key(article_id: str, mention: Mention, people: dict[str, str], lone: LoneNames) -> tuple[str, str, str, str]:
    """(group kind, group key, pass, detail) for one mention."""
    kind = _type(mention)
    if kind == "state":
        return ("state", str(mention.code), "state-code", mention.kind)
    if kind != "person" and lone.person_word(mention):
        kind = "person"  # "Xi" or a headline's "Trump" the model took for a place or an organisation
    if kind == "person":
        resolved = _resolved(mention)
        key = person_key(resolved)
        if key in people:
            if mention.antecedent:
                detail = f"{mention.kind} of {mention.antecedent} in article {article_id[:12]}"
                return ("person", people[key], "bound-in-article", detail)
            rule = "exact-name" if people[key] == key else "name-variant"
            return ("person", people[key], rule, "" if rule == "exact-name" else f"{resolved} = {people[key]}")
        choice = lone.choice(article_id, key)
        # A lone name nobody in its article introduced joins the one story person it fits, else stays apart.
        if choice is None:
            return ("person-lone", key, "exact-name", "")
        return ("person", choice.root, choice.rule, f"{choice.detail} in article {article_id[:12]}".strip())
    if kind == "organisation":
        return ("organisation", name_key(_resolved(mention)), "organisation-name", "")
    return (kind, name_key(_resolved(mention)), "exact-name", "")


def resolve_actors(articles: Sequence[ArticleInfo], analyses: Iterable[ArticleAnalysis]) -> ActorIndex:
    """Group every mention of every article into actors."""
    gazetteer = load_gazetteer()
    people = _person_keys(analyses)
    lone = LoneNames.gather(articles, analyses, people, load_knowledge())
    groups: dict[tuple[str, str], _Group] = {}
    distinct: dict[Mention, Mention] = {}
    links = _Links()
    for analysis in analyses:
        article_id = shared(analysis.article_id)
        for mention in analysis.mentions:
            kind, value, rule, detail = _key(article_id, mention, people, lone)
            key = (kind, value)
            group = groups.get(key)
            if group is None:
                group_type = "person" if kind.startswith("person") else _type(mention)
                group = groups[key] = _Group(len(groups), type=group_type, code=mention.code)
            said = replace(mention, start=0, end=0, sent=0)
            group.said[distinct.setdefault(said, said)] += 1
            group.articles.add(article_id)
            group.joined(mention.text, rule, detail)
            links.add(article_id, mention.start, mention.end, group.number)
            if group.type == "person":
                group.title(mention.role, mention.affiliation)
    _unify_types(groups, gazetteer)
    _merge_acronyms(groups)
    _merge_short_organisations(groups, gazetteer)
    _fold_speakers(analyses, groups, people, links)
    dates = {a.id: a.published for a in articles}
    return _home_states(_build(groups, links, gazetteer.state_name, dates))


def _home_states(index: ActorIndex) -> ActorIndex:
    """An organisation named only as a national body ("Congress", "the Air Force", "Parliament") that no dictionary
    codes acts for the state its articles are about, when each article that names it is plainly about the same one
    (``home_state``)."""
    changed = {}
    for actor in index.actors:
        if actor.type != "organisation" or actor.code or actor.acts_for or not is_state_body(actor.name):
            continue
        states = {index.article_state(article_id) for article_id in actor.articles}
        state = next(iter(states)) if len(states) == 1 else None
        if state is not None and index.actor(f"state:{state}") is not None:
            changed[actor.id] = replace(actor, acts_for=f"state:{state}")
    if not changed:
        return index
    return ActorIndex(actors=tuple(changed.get(a.id, a) for a in index.actors), links=index.links)


def _unify_types(groups: dict[tuple[str, str], _Group], gazetteer: Gazetteer) -> None:
    """One name the model typed differently in different sentences is one actor: a full person's name typed as a
    place or organisation joins the person ("Hugh Jackman" as GPE); a name typed both as a place and as an
    organisation goes to the type most of its mentions have ("Lionsgate")."""
    for key in [k for k in groups if k[0] in ("organisation", "place", "group") and not groups[k].code]:
        group = groups[key]
        names = {_resolved(m) for m in group.said}
        people_keys = {person_key(n) for n in names if len(person_parts(n)) >= 2}
        heads = any(w in ORGANISATION_HEADS for n in names for w in name_key(n).split())
        if len(people_keys) == 1 and not heads and ("person", next(iter(people_keys))) in groups:
            person = groups[("person", next(iter(people_keys)))]
            person.absorb(group, "same-name-other-type", f"typed {group.type} in some sentences")
            del groups[key]
    _unify_lone_words(groups, gazetteer)
    for name in {k[1] for k in groups if k[0] == "place"}:
        place, organisation = ("place", name), ("organisation", name)
        if organisation in groups and place in groups and not groups[place].code:
            big, small = sorted((organisation, place), key=lambda k: (-groups[k].said.total(), k[0]))
            groups[big].absorb(groups[small], "same-name-other-type", f"typed {groups[small].type} in some sentences")
            del groups[small]


def _unify_lone_words(groups: dict[tuple[str, str], _Group], gazetteer: Gazetteer) -> None:
    """A one-word name nobody in the story carries in full, typed a person in some sentences and a place,
    organisation or group in others ("Galois", "Ryanair"), is one actor of the type most of its mentions have;
    a name the gazetteer knows as a place or state ("Jordan", "Washington") is left as the model typed it."""
    for key in [k for k in groups if k[0] == "person-lone" and " " not in k[1]]:
        others = [(kind, key[1]) for kind in ("place", "organisation", "group")]
        others = [k for k in others if k in groups and not groups[k].code]
        names = {_resolved(m) for k in (key, *others) for m in groups[k].said}
        if not others or any(_is_place(n, gazetteer) for n in names):
            continue
        big, *small = sorted((*others, key), key=lambda k: (-groups[k].said.total(), k[0]))
        for other in small:
            groups[big].absorb(groups[other], "same-name-other-type", f"typed {groups[other].type} in some sentences")
            del groups[other]


def _acronym_letters(name: str) -> set[str]:
    """The initials an organisation may go by: "The Hollywood Reporter" -> {"HR", "THR"}."""
    words = name.replace("-", " ").split()
    capitals = [w for w in words if w[0].isupper()]
    found = {"".join(w[0] for w in capitals)}
    if capitals and capitals[0].lower() == "the":
        found.add("".join(w[0] for w in capitals[1:]))
    return found


def _merge_acronyms(groups: dict[tuple[str, str], _Group]) -> None:
    """An organisation named only by its acronym joins the one organisation whose initials it is, or else the
    one organisation an article of the story ties that acronym to ("Singapore Airlines (SIA)")."""
    for key in [k for k in groups if k[0] == "organisation"]:
        group = groups[key]
        names = {_resolved(m) for m in group.said}
        if not all(n.replace(".", "").isupper() for n in names):
            continue
        letters = next(iter(names)).replace(".", "")
        targets = [
            k
            for k, g in groups.items()
            if k[0] == "organisation"
            and k != key
            and any(letters in _acronym_letters(m.text) | {_initials(_resolved(m))} for m in g.said)
        ]
        # An article that ties the acronym to a name ("Singapore Airlines (SIA)") says which one it is.
        bound = [
            k
            for k, g in groups.items()
            if k[0] == "organisation"
            and k != key
            and any(m.kind == "acronym" and m.text.replace(".", "").strip() == letters for m in g.said)
        ]
        if len(set(targets) | set(bound)) != 1 and len(bound) == 1:
            targets = bound
        elif len(set(targets) | set(bound)) == 1:
            targets = sorted(set(targets) | set(bound))
        if len(targets) == 1:
            groups[targets[0]].absorb(group, "acronym", f"initials of {_canonical(groups[targets[0]], str)}")
            del groups[key]


def _merge_short_organisations(groups: dict[tuple[str, str], _Group], gazetteer: Gazetteer) -> None:
    """An organisation named without its legal form or head word, or without the city in front of its name,
    joins the one organisation of the story with the full name ("Microsoft" -> "Microsoft Corp.", "Staunton
    Police" -> "Staunton Police Department", "Red Sox" -> "Boston Red Sox")."""
    keys = sorted((k for k in groups if k[0] == "organisation"), key=lambda k: len(k[1].split()))
    for key in keys:
        if key not in groups:
            continue
        words = key[1].split()
        targets = []
        for other in keys:
            longer = other[1].split()
            if other == key or other not in groups or len(longer) <= len(words):
                continue
            rest_after = longer[len(words) :] if longer[: len(words)] == words else None
            rest_before = longer[: len(longer) - len(words)] if longer[-len(words) :] == words else None
            if rest_after and all(w in ORGANISATION_HEADS or w in LEGAL_FORMS for w in rest_after):
                targets.append((other, "without its " + " ".join(rest_after)))
            elif rest_before and _is_place(" ".join(rest_before), gazetteer):
                targets.append((other, "without " + " ".join(rest_before)))
        if len(targets) == 1:
            (target, why), group = targets[0], groups[key]
            groups[target].absorb(group, "organisation-short-name", why)
            del groups[key]


def _is_place(name: str, gazetteer: Gazetteer) -> bool:
    entry = gazetteer.lookup(name)
    return gazetteer.is_city(name) or (entry is not None and entry.type == "state")


def _fold_speakers(
    analyses: Iterable[ArticleAnalysis], groups: dict[tuple[str, str], _Group], people: dict[str, str], links: _Links
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
                group.joined(text, "speaker-description", f"quoted as {speaker.name}")
                links.add(analysis.article_id, ref.start, ref.end, group.number)


def _canonical(group: _Group, state_name: Callable[[str], str]) -> str:
    if group.code:
        return state_name(group.code)
    # Only names as written count: "Cha" bound to "Victor D. Cha" must not vote for the initial.
    names: Counter[str] = Counter()
    for m, n in group.said.items():
        if m.kind == "name":
            names[m.name] += n
    if not names:
        for m, n in group.said.items():
            names[_resolved(m)] += n
    if group.type == "person":
        full = Counter({n: c for n, c in names.items() if len(person_parts(n)) >= 2}) or names
        keys = {person_key(n) for n in full}
        untitled = Counter({n: c for n, c in full.items() if not _title_in_front(person_key(n), keys)})
        full = untitled or full  # "Gary Hargrove", not "Coroner Gary Hargrove"
        longest = max(len(person_key(n).split()) for n in full)
        full = Counter({n: c for n, c in full.items() if len(person_key(n).split()) == longest})
        return max(full.items(), key=lambda nc: (nc[1], len(nc[0])))[0]
    return max(names.items(), key=lambda nc: (nc[1], len(nc[0])))[0]


def _top(counts: Counter[str]) -> str | None:
    """The most frequent value (the first seen on a tie), or None."""
    counts.pop("", None)
    return counts.most_common(1)[0][0] if counts else None


def _national_body(name: str) -> str:
    """The ISO code of the state an organisation's name says it belongs to: a state or demonym opening it ("U.S.
    Air Force", "Greek Ministry of Culture", "Indonesian Navy") or closing an "of" ("Bank of Canada", "government of
    Canada"), or anywhere before a government, legislature or armed-forces noun closing it ("Royal Australian Air
    Force"); "" when it names none. CAMEO codes such a body as the state with a sector (GRCGOV, IDNMIL)."""
    gazetteer = load_gazetteer()
    words = name.removeprefix("the ").removeprefix("The ").split()
    candidates = [" ".join(words[:n]) for n in (3, 2, 1) if len(words) > n]
    if " of " in name:
        candidates.append(name.rsplit(" of ", 1)[1])
    if institution_of_no_state(name):
        return ""  # "Jamaica Hospital", "Tehran University": the state word places the institution
    if len(words) > 2 and (is_state_body(" ".join(words[-2:])) or is_state_body(words[-1])):
        # A body of the agents dictionary's government, legislature or armed-forces sectors closing the name has its
        # state anywhere before it: "Royal Australian Air Force", "Royal Saudi Air Force", "Royal Thai Navy".
        candidates += [" ".join(words[i : i + n]) for n in (2, 1) for i in range(1, len(words) - n)]
    for text in candidates:
        entry = gazetteer.lookup(text)
        if entry is not None and entry.type == "state" and entry.code:
            return entry.code
    return ""


def _build(
    groups: dict[tuple[str, str], _Group],
    links: _Links,
    state_name: Callable[[str], str],
    dates: dict[str, date | None] | None = None,
) -> ActorIndex:
    knowledge = load_knowledge()
    actors: list[Actor] = []
    ids: set[str] = set()
    actor_of_group: dict[int, int] = {}
    pending: list[tuple[Actor, str | None]] = []
    for (_, _), group in sorted(groups.items()):
        name = _canonical(group, state_name)
        actor_id = f"state:{group.code}" if group.code else f"{group.type}:{slug(name)}"
        while actor_id in ids:
            actor_id += "-2"
        ids.add(actor_id)
        aliases: Counter[str] = Counter()
        acts_for: Counter[str] = Counter()
        for m, n in group.said.items():
            aliases[" ".join(m.text.split())] += n
            if m.kind == "name" and name_key(m.name) != name_key(m.text):
                aliases[m.name] += n  # "Korean Central News Agency" of "the official Korean Central News Agency"
            if m.acts_for:
                acts_for[m.acts_for] += n
        aliases.update(group.extra_aliases)
        code = group.code
        if group.type == "organisation" and code is None:
            code = next(filter(None, map(knowledge.organisation_code, (name, *aliases))), None)
        if group.type in {"person", "organisation"} and code is None:
            # People by the office they held when the articles were written ("Barack Obama" in 2015: USAGOV), state
            # bodies by theirs ("NASA": USAGOV), as the event-coding dictionaries list them.
            days = {(dates or {}).get(a) for a in group.articles} or {None}
            code = knowledge.office_code(name, sorted(days, key=lambda d: d or date.min))
        if group.type == "organisation" and code is None:
            roles = {m.role for m in group.said if m.role}
            code = company_code(name, roles, [c for c, _ in acts_for.most_common()], load_gazetteer())
        if group.type == "organisation" and code is None:
            code = listed_by_trade_name(name, load_gazetteer())
        actor = Actor(
            id=actor_id,
            name=name,
            type=group.type,
            code=code,
            aliases=tuple(Alias(t, c) for t, c in sorted(aliases.items(), key=lambda kv: (-kv[1], kv[0]))),
            mentions=group.said.total() + group.extra_aliases.total(),
            articles=tuple(sorted(group.articles)),
            role=_top(group.roles),
            affiliation=_top(group.affiliations),
            merges=tuple(Merge(alias, rule, detail) for alias, (rule, detail) in sorted(group.merges.items())),
        )
        if group.type == "organisation" and code is None:
            acts_for[_national_body(name)] += 1  # "Greek Ministry of Culture", "Bank of Canada": that state's
        pending.append((actor, _top(acts_for) if group.type in {"person", "organisation"} else None))
        for number in (group.number, *group.merged):
            actor_of_group[number] = len(pending) - 1
    states = {a.code for a, _ in pending if a.type == "state"}
    for actor, code in pending:
        # A person keeps the state a title ties them to even when the text names it by one of its parts only
        # ("Alaska Gov. Sarah Palin": the United States, which no mention of the article names).
        if code and (code in states or actor.type in {"organisation", "person"}):
            actor = replace(actor, acts_for=f"state:{code}")
        actors.append(actor)
    rows = links.rows
    for k in range(3, len(rows), 4):
        rows[k] = actor_of_group[rows[k]]
    packed = MentionLinks.pack(list(links.articles), [a.id for a in actors], rows)
    actors.sort(key=lambda a: (-a.mentions, a.id))
    return ActorIndex(actors=tuple(actors), links=packed)


def select_actors(actors: Sequence[Actor], type: str | None = None, min_mentions: int = 1) -> list[Actor]:
    """Actors of one type (or all) mentioned at least ``min_mentions`` times, most mentioned first."""
    chosen = [a for a in actors if (type is None or a.type == type) and a.mentions >= min_mentions]
    return sorted(chosen, key=lambda a: (-a.mentions, a.id))


def find_actors(actors: Sequence[Actor], query: str) -> list[Actor]:
    """The actors a user means by ``query``: its id, else its name, else one of its aliases (case folded)."""
    exact = [a for a in actors if a.id == query]
    if exact:
        return exact
    key = name_key(query)
    named = [a for a in actors if name_key(a.name) == key]
    return named or [a for a in actors if any(name_key(alias.text) == key for alias in a.aliases)]
