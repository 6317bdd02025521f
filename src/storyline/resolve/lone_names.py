"""Lone names across the story: which person an unintroduced "Trump", "Mr. Trump" or "President Trump" is.

An article that only ever writes "Mr. Trump" or "President Trump" never names the person in full; the story
does. Such a lone name joins a story person by the name part they share, and when several people of the
story share it (Donald and Melania Trump), by what the article says of the lone name against what the story
and the actor dictionaries say of each candidate:

- courtesy titles and gendered titles against each candidate's sex ("Mr." is never Melania Trump);
- titles against the titles the story gives each candidate ("President Trump" and "President Donald Trump")
  and against the offices the dictionaries say the candidate held on the article's date (a president or
  minister holds a GOV office, a general a MIL one, a senator a LEG one).

All lone mentions of one name in one article are taken together (an article means one person by its "Trump"),
unless their own evidence disagrees. When no candidate or more than one fits, the name stays its own actor:
two records are better than one wrong merge.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from storyline.model import ArticleAnalysis, ArticleInfo, Mention
from storyline.resolve.gender import Gender, honorific_gender, name_gender, noun_gender
from storyline.resolve.knowledge import Knowledge
from storyline.resolve.person_names import SUFFIXES, person_key, person_parts

# The CAMEO sector an office title belongs to: how a title in the text meets an office in the dictionaries.
_SECTORS = {
    "GOV": ("president", "vice president", "prime minister", "premier", "chancellor", "minister", "secretary",
            "leader", "supreme leader", "chairman", "king", "queen", "emperor", "emir", "sultan", "ambassador",
            "envoy", "attorney general"),
    "MIL": ("general", "gen", "admiral", "adm", "colonel", "col", "commander", "marshal", "lieutenant", "lt",
            "captain", "capt", "sergeant", "sgt", "major"),
    "LEG": ("senator", "sen", "representative", "rep", "congressman", "congresswoman", "lawmaker", "speaker"),
    "JUD": ("judge", "justice", "chief justice"),
}  # fmt: skip
_QUALIFIERS = frozenset({"former", "then", "ex", "late", "acting", "interim", "incoming", "outgoing", "the", "-"})


def _title_words(title: str) -> frozenset[str]:
    """The words of a title that say what the office is ("former U.S. President" -> {"u.s.", "president"})."""
    return frozenset(w.strip(".,").lower() for w in title.replace("-", " ").split()) - _QUALIFIERS - {""}


def _sector(title: str) -> str | None:
    words = " ".join(w.strip(".") for w in title.lower().replace("-", " ").split())
    for sector, titles in _SECTORS.items():
        if any(f" {t} " in f" {words} " for t in titles):
            return sector
    return None


@dataclass(frozen=True, slots=True)
class Choice:
    """The story person a lone name was joined to, and why."""

    root: str
    """Person key of the story person."""
    rule: str
    """unique-name, title-fits or courtesy-title-fits."""
    detail: str
    """What decided ("President: GOV office of donald trump on 2018-06-13")."""


@dataclass
class _Person:
    """What the story says of one person with a full name."""

    names: set[str] = field(default_factory=set)
    sexes: set[Gender] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)


@dataclass
class _Lone:
    """What one article says of one lone name."""

    sexes: set[Gender] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)


def _sex_of(mention: Mention) -> Gender | None:
    first = mention.text.split()[0] if mention.text.split() else ""
    return honorific_gender(first) or noun_gender(mention.role or "")


class LoneNames:
    """The choice for every (article, lone name) of a story; see the module docstring."""

    def __init__(
        self,
        people: dict[str, _Person],
        lone: dict[tuple[str, str], _Lone],
        days: dict[str, date | None],
        knowledge: Knowledge,
    ) -> None:
        self.people = people
        self.owners: dict[str, set[str]] = defaultdict(set)
        # Name parts as written in full: a word typed as a place or organisation becomes a person only by these,
        # so "Ford" the company stays one beside "William Clay Ford Jr.", whose lone "Ford" it is.
        self.words = {w for root in people for w in (root.split()[0], root.split()[-1])}
        for root in people:
            parts = root.split()
            if len(parts) > 2 and parts[-1] in SUFFIXES:
                parts = parts[:-1]  # "arcade joseph comeaux jr" is "Comeaux"
            self.owners[parts[0]].add(root)
            self.owners[parts[-1]].add(root)
        self.knowledge = knowledge
        self.choices = {key: self._choose(key[1], evidence, days.get(key[0])) for key, evidence in lone.items()}

    @classmethod
    def gather(
        cls,
        articles: Sequence[ArticleInfo],
        analyses: Iterable[ArticleAnalysis],
        roots: dict[str, str],
        knowledge: Knowledge,
    ) -> LoneNames:
        """Read the story once for what it says of each full-named person and each article's lone names."""
        people: dict[str, _Person] = defaultdict(_Person)
        lone: dict[tuple[str, str], _Lone] = defaultdict(_Lone)
        for analysis in analyses:
            for mention in analysis.mentions:
                if mention.label != "PERSON" or mention.code:
                    continue
                resolved = mention.antecedent or mention.name
                key = person_key(resolved)
                sex = _sex_of(mention)
                if key in roots:
                    person = people[roots[key]]
                    person.names.add(resolved)
                    if mention.role:
                        person.titles.add(mention.role)
                    by_name = name_gender(resolved) if not mention.antecedent else None
                    person.sexes.update(s for s in (sex, by_name) if s)
                elif len(person_parts(resolved)) == 1:
                    evidence = lone[(analysis.article_id, key)]
                    if sex:
                        evidence.sexes.add(sex)
                    if mention.role:
                        evidence.titles.add(mention.role)
        days = {a.id: a.published for a in articles}
        return cls(dict(people), dict(lone), days, knowledge)

    def person_word(self, mention: Mention) -> bool:
        """Whether a one-word place, organisation or group the model labelled is a story person's name part."""
        return (
            mention.code is None
            and mention.kind == "name"
            and mention.label in ("ORG", "GPE", "LOC", "NORP")
            and len(mention.name.split()) == 1
            and person_key(mention.name) in self.words
        )

    def choice(self, article_id: str, key: str) -> Choice | None:
        """The story person the lone name ``key`` of this article is, or None (it stays its own actor)."""
        found = self.choices.get((article_id, key))
        if found is None and (article_id, key) not in self.choices:
            found = self._choose(key, _Lone(), None)  # a name part the model labelled as a place or organisation
            self.choices[(article_id, key)] = found
        return found

    def _sex(self, root: str) -> Gender | None:
        sexes = self.people[root].sexes if root in self.people else set()
        return next(iter(sexes)) if len(sexes) == 1 else None

    def _choose(self, key: str, evidence: _Lone, day: date | None) -> Choice | None:
        candidates = sorted(self.owners.get(key, ()))
        if not candidates:
            return None
        sex = next(iter(evidence.sexes)) if len(evidence.sexes) == 1 else None
        if len(evidence.sexes) > 1:
            return None  # "Mr. Lee" and "Mrs. Lee" in one article: two people, neither named in full
        fitting = [root for root in candidates if sex is None or self._sex(root) in (None, sex)]
        if len(candidates) == 1:
            return Choice(candidates[0], "unique-name", "") if fitting else None
        if evidence.titles:
            titled = [(root, why) for root in fitting if (why := self._title_fits(root, evidence.titles, day))]
            if len(titled) == 1:
                return Choice(titled[0][0], "title-fits", titled[0][1])
            return None
        known = [root for root in fitting if sex is not None and self._sex(root) == sex]
        if sex is not None and len(known) == 1 and len(fitting) == 1:
            return Choice(known[0], "courtesy-title-fits", f"{'male' if sex == 'm' else 'female'} courtesy title")
        return None

    def _title_fits(self, root: str, titles: set[str], day: date | None) -> str:
        """Why one of ``titles`` fits the person ``root`` ("" when none does)."""
        person = self.people.get(root, _Person())
        for title in sorted(titles):
            words = _title_words(title)
            for given in sorted(person.titles):
                if words and words <= _title_words(given):
                    return f"{title}: the story calls {root} {given}"
            sector = _sector(title)
            if sector is None:
                continue
            for name in sorted(person.names):
                for office in self.knowledge.offices(name, day):
                    if office.sector == sector:
                        when = day.isoformat() if day else "some date"
                        return f"{title}: {name} held {office.code} on {when} (actor dictionaries)"
        return ""
