"""What the event-coding community knows about actors: the PETRARCH2/Phoenix actor dictionaries.

The dictionaries (MIT, Open Event Data; shipped in ``data/phoenix/`` with their licence) list states with
their name variants ("DPRK" is North Korea), international organisations, armed groups and companies with
their CAMEO codes (the UN Security Council is IGOUNO), and people with the offices they held and when
("[USAGOV 090120-170120]": the United States government from 20 January 2009 to 20 January 2017).
``recent.actors.txt`` beside them adds, in the same format, people and organisations newer than the
dictionaries (they stop around 2016). The format is documented in PETRARCH2's ``dictionaries.rst``:

    PRIMARY_PHRASE_  [DEFAULT_CODE]     # a comment
    +SYNONYM_PHRASE_
    \t[CODE 090120-170120]              # a code held between two dates (YYMMDD or YYYYMMDD)
    \t[CODE >090120]                    # ... from a date on; "<date" until a date
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

from storyline.datacache import cached
from storyline.resolve.names import LEGAL_FORMS, name_key

_FILES = (
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
    "recent.actors.txt",
)
_CODE = re.compile(r"\[([A-Z0-9]+)(?:\s+([<>]?\d{6,8})(?:-(\d{6,8}))?)?\s*\]")
# Office codes are a state's three letters and a sector: GOV(ernment), MIL(itary), LEG(islature), JUD(iciary)...
# Words after a company's name that news drops ("Apple Inc." is "Apple", "Ford Motor Company" "Ford").
_COMPANY_FORMS = LEGAL_FORMS | {"company", "corporation", "incorporated", "holdings", "group", "motor", "motors"}
_COMMENT = re.compile(r"#|\s;")
# British "-isation" where the dictionaries, written in American English, mostly have "-ization" ("World Health
# Organisation" is their WORLD_HEALTH_ORGANIZATION_); a few records list both.
_BRITISH = re.compile(r"isation")
_SECTOR = re.compile(r"^[A-Z]{3}(GOV|MIL|LEG|JUD|ELI|OPP|PTY|BUS|MED|REB|COP|SPY|CVL)")


@dataclass(frozen=True, slots=True)
class Office:
    """A code an actor held, with the dates it held it (either may be open)."""

    code: str
    """CAMEO code: a state and a sector ("USAGOV"), or an organisation ("IGOUNO")."""
    start: date | None = None
    """First day (None: since ever)."""
    end: date | None = None
    """Last day (None: still, as far as the dictionary knows)."""

    def held_on(self, day: date | None) -> bool:
        """Whether the office was held on ``day`` (any day when ``day`` is None)."""
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    @property
    def state(self) -> str:
        """The three letters of the state (or of IGO/NGO/MNC for organisations)."""
        return self.code[:3]

    @property
    def sector(self) -> str | None:
        """GOV, MIL, LEG, JUD, ELI... for a state's actor; None for other codes."""
        found = _SECTOR.match(self.code)
        return found.group(1) if found else None


@dataclass(frozen=True, slots=True)
class KnownActor:
    """One record of the dictionaries: its names, its default code and its dated offices."""

    names: tuple[str, ...]
    """The primary phrase first, then the synonyms, as words ("KIM JONG UN")."""
    code: str | None
    """The default code, when the record gives one."""
    offices: tuple[Office, ...]
    """Dated codes ("[USAGOV 090120-170120]")."""
    source: str
    """The dictionary file the record comes from."""


def company_key(name: str) -> str:
    """A company's name without the legal form news often drops: "Apple Inc." -> "apple"."""
    words = name_key(name).split()
    while len(words) > 1 and words[-1] in _COMPANY_FORMS:
        words.pop()
    return " ".join(words)


def spelling_key(name: str) -> str:
    """A name as the dictionaries are looked up: folded as ``name_key`` does, British "-isation" as "-ization"."""
    return _BRITISH.sub("ization", name_key(name))


def _day(text: str) -> date | None:
    """YYMMDD or YYYYMMDD; two-digit years are 19xx from 30 on, as PETRARCH reads them."""
    try:
        if len(text) == 8:
            return date(int(text[:4]), int(text[4:6]), int(text[6:]))
        year = int(text[:2])
        return date(1900 + year if year >= 30 else 2000 + year, int(text[2:4]), int(text[4:]))
    except ValueError:  # "000101"-style placeholders and typos in the dictionaries: an open bound
        return None


def _office(code: str, when: str | None, until: str | None) -> Office:
    if not when:
        return Office(code)
    if when.startswith(">"):
        return Office(code, start=_day(when[1:]))
    if when.startswith("<"):
        return Office(code, end=_day(when[1:]))
    return Office(code, start=_day(when), end=_day(until) if until else None)


def _phrase(text: str) -> str:
    return " ".join(text.replace("_", " ").split())


def parse_actors(text: str, source: str = "") -> Iterator[KnownActor]:
    """The records of one dictionary file, in order."""
    names: list[str] = []
    code: str | None = None
    offices: list[Office] = []

    def flush() -> KnownActor | None:
        return KnownActor(tuple(names), code, tuple(offices), source) if names else None

    for raw in text.splitlines():
        line = _COMMENT.split(raw, maxsplit=1)[0].rstrip()
        if not line.strip():
            continue
        if line[0] in " \t":
            for found in _CODE.finditer(line):
                offices.append(_office(*found.groups()))
            continue
        if line.startswith("+"):
            phrase = _phrase(_CODE.sub("", line[1:]))
            if phrase and names:
                names.append(phrase)
            continue
        record = flush()
        if record is not None:
            yield record
        codes = list(_CODE.finditer(line))
        names = [n for n in [_phrase(_CODE.sub("", line))] if n]
        code = next((c.group(1) for c in codes if not c.group(2)), None)
        offices = [_office(*c.groups()) for c in codes if c.group(2)]
    record = flush()
    if record is not None:
        yield record


@dataclass(frozen=True)
class Knowledge:
    """Look-ups over every record of the shipped dictionaries."""

    records: tuple[KnownActor, ...]

    def __post_init__(self) -> None:
        by_key: dict[str, list[KnownActor]] = defaultdict(list)
        for record in self.records:
            for name in record.names:
                key = spelling_key(name)
                if key and record not in by_key[key]:
                    by_key[key].append(record)
        for record in self.records:
            if (record.code or "").startswith("MNC"):
                for name in record.names:
                    key = _BRITISH.sub("ization", company_key(name))
                    if key and key != spelling_key(name) and record not in by_key[key]:
                        by_key[key].append(record)
        object.__setattr__(self, "_by_key", dict(by_key))

    def find(self, name: str) -> tuple[KnownActor, ...]:
        """Every record one of whose names is ``name`` (case, accents, hyphens, "the" and "-isation" folded)."""
        return tuple(self._by_key.get(spelling_key(name), ()))  # type: ignore[attr-defined]

    def organisation_code(self, name: str) -> str | None:
        """The code of the organisation (IGO, NGO, company, armed group) called ``name``, if only one has it; else
        of the organisation its last words name ("United Nations Security Council": "Security Council")."""
        code = self._organisation_code(name)
        if code is None and company_key(name) != name_key(name):
            code = self._organisation_code(company_key(name))
        words = name.split()
        for n in range(len(words) - 1, 1, -1):
            if code is not None:
                break
            # Only when the words before name the same organisation: "United Nations" + "Security Council", not
            # "United States National" + "Security Council".
            suffix = self._organisation_code(" ".join(words[-n:]))
            if suffix is not None and self._organisation_code(" ".join(words[:-n])) == suffix:
                code = suffix
        return code

    def _organisation_code(self, name: str) -> str | None:
        codes = {
            record.code or (record.offices[0].code if record.offices else None)
            for record in self.find(name)
            if record.source != "Phoenix.Countries.actors.txt"
        }
        codes.discard(None)
        return next(iter(codes)) if len(codes) == 1 else None  # type: ignore[return-value]

    def office_code(self, name: str, days: Iterable[date | None] = (None,)) -> str | None:
        """The CAMEO code of the office the person or state body called ``name`` held on one of ``days`` ("Barack
        Obama" in 2015: USAGOV; "NASA": USAGOV): the most common code, when the dictionaries list one."""
        held: Counter[str] = Counter()
        for day in days:
            held.update(o.code for o in self.offices(name, day))
        for record in self.find(name):
            if record.code and record.source == "Phoenix.Countries.actors.txt" and len(record.code) > 3:
                held[record.code] += 1  # a state body with an undated code ("[USAGOV]")
        return held.most_common(1)[0][0] if held else None

    def offices(self, name: str, day: date | None = None) -> tuple[Office, ...]:
        """The offices the person called ``name`` held on ``day`` (any time when None).

        Records that share a name are one person listed twice (the dictionaries repeat leaders across their
        sources; ``recent.actors.txt`` extends older records): their offices are pooled.
        """
        # A state's own record ("TURKMENISTAN", its capital "ASHGABAT", with the Soviet years dated "[USRTKM ...]")
        # lists where the state is, no office anyone holds: a person or body named like it holds none of it.
        return tuple(o for r in self.find(name) if not _state_record(r) for o in r.offices if o.held_on(day))

    def state_variants(self) -> Iterator[tuple[str, str]]:
        """(three-letter code, name) for every name of every state record (no dated offices)."""
        for record in self.records:
            if record.source == "Phoenix.Countries.actors.txt" and record.code and len(record.code) == 3:
                for name in record.names:
                    yield record.code, name


def _state_record(record: KnownActor) -> bool:
    """A state's own record in the countries dictionary: a code of it, default or dated, is a state's three letters."""
    codes = [record.code or "", *(o.code for o in record.offices)]
    return record.source == "Phoenix.Countries.actors.txt" and any(len(code) == 3 for code in codes)


@lru_cache(maxsize=1)
def load_knowledge() -> Knowledge:
    """The shipped dictionaries, read once per process (or from the disk cache, storyline.datacache)."""
    return cached("knowledge", _read_knowledge)


def _read_knowledge() -> Knowledge:
    folder = resources.files("storyline.data").joinpath("phoenix")
    records: list[KnownActor] = []
    for name in _FILES:
        # The Countries file mixes encodings (a few Latin-1 accents in a UTF-8 file): keep what decodes.
        text = folder.joinpath(name).read_bytes().decode("utf-8", errors="replace")
        records.extend(parse_actors(text, name))
    return Knowledge(tuple(records))


@lru_cache(maxsize=1)
def load_agent_nouns() -> dict[str, str]:
    """Generic nouns for acting people and bodies ("police", "rebels", "protesters", "students") with their CAMEO
    agent code ("~COP"), from ``Phoenix.agents.txt``: one-word entries, lower case, singular as listed."""
    path = resources.files("storyline.data").joinpath("phoenix").joinpath("Phoenix.agents.txt")
    text = path.read_bytes().decode("utf-8", errors="replace")
    nouns: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        # "SPOKES!PERSON!": the file's substitution set for man, men, woman, women, person.
        for person in ("MAN", "MEN", "WOMAN", "WOMEN", "PERSON") if "!PERSON!" in line else ("",):
            entry = line.replace("!PERSON!", person)
            found = re.match(r"^([A-Z][A-Z'-]*)_?\s*(?:\{[^}]*\})?\s*\[(~?[A-Z]+)\]", entry)
            if found:
                nouns.setdefault(found.group(1).lower(), found.group(2))
    return nouns


@lru_cache(maxsize=1)
def load_agent_phrases() -> dict[str, str]:
    """The agents dictionary's entries of two words or more ("air force", "parliament house"), lower case, with their
    agent code ("~MIL"); ``load_agent_nouns`` holds the one-word entries."""
    path = resources.files("storyline.data").joinpath("phoenix").joinpath("Phoenix.agents.txt")
    phrases: dict[str, str] = {}
    for raw in path.read_bytes().decode("utf-8", errors="replace").splitlines():
        found = re.match(r"^([A-Z][A-Z'-]*(?:_[A-Z][A-Z'-]*)+)_?\s*\[(~?[A-Z]+)\]", raw.split("#", 1)[0].strip())
        if found:
            phrases.setdefault(found.group(1).replace("_", " ").lower(), found.group(2))
    return phrases
