"""The CAMEO code of a company the actor dictionaries do not list: MNC and its home state ("MNCIRL").

An organisation is a company when an article describes it with a business noun ("Irish national airline Aer
Lingus": the mention's role, ``nlp.mentions_companies``), when its name ends in a legal form ("Acme Ltd") or
in a business noun ("Qatar Airways", "Ford Motor Company"), or when it is an airline named "Air" and a state
("Air Canada", "Air India"). Its home state is the one the description names, else the state its name holds.
Without a home state there is no code: a company's nationality is never guessed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from storyline.resolve.gazetteer import Gazetteer
from storyline.resolve.knowledge import load_agent_nouns, load_knowledge
from storyline.resolve.names import LEGAL_FORMS, name_key

# The agents dictionary lists these business nouns only inside compounds ("TRANSPORT_COMPAN", "OIL_GROUP") or,
# for "carrier", as the warship: news describes companies with them on their own ("flag carrier", "the firm").
_MORE_BUSINESS = frozenset({"firm", "carrier", "maker", "airframer", "lender", "insurer", "retailer", "bank"})
# Business nouns that also head the names of a state's bodies ("Bank of Canada", "Industry Canada"): a name
# ending in one is not enough to make a company.
_NAME_AMBIGUOUS = frozenset({"bank", "industry", "business", "producer", "carrier"})


@lru_cache(maxsize=1)
def business_nouns() -> frozenset[str]:
    """Singular nouns that describe a company: the agents dictionary's ``~BUS`` words and a few it compounds."""
    listed = {noun for noun, code in load_agent_nouns().items() if code == "~BUS"}
    return frozenset(listed | _MORE_BUSINESS)


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def named_as_company(name: str) -> bool:
    """Whether the name alone says it is a company: "Acme Ltd", "Qatar Airways", "Air Canada"."""
    words = name_key(name).split()
    if len(words) < 2:
        return False
    if words[-1] in LEGAL_FORMS:
        return True
    head = _singular(words[-1])
    if head in business_nouns() and head not in _NAME_AMBIGUOUS:
        return True
    return len(words) == 2 and "air" in words


def _state_in_name(name: str, gazetteer: Gazetteer) -> str | None:
    words = name.removeprefix("The ").split()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            entry = gazetteer.lookup(" ".join(words[i : i + size]))
            if entry is not None and entry.type == "state" and entry.code:
                return entry.code
    return None


def company_code(name: str, roles: Iterable[str], homes: Iterable[str], gazetteer: Gazetteer) -> str | None:
    """ "MNC" and the home state of the organisation called ``name`` when it is a company whose state the text
    gives: ``roles`` are the business nouns the articles describe it with, ``homes`` the states those
    descriptions name, most frequent first."""
    described = any(r in business_nouns() for r in roles)
    if not (described or named_as_company(name)):
        return None
    home = next(iter(homes), None) or _state_in_name(name, gazetteer)
    return f"MNC{home}" if home else None


# Words after a company's trade name that its listed name adds or news adds ("AirTran Airways" is Phoenix's
# AIRTRAN_HOLDINGS_): legal forms, "holdings" and "group", and the business nouns.
_TRADE_SUFFIXES = LEGAL_FORMS | {"company", "corporation", "incorporated", "holdings", "group"}


def _trade_name(name: str) -> str:
    words = name_key(name).split()
    while len(words) > 1 and (words[-1] in _TRADE_SUFFIXES or _singular(words[-1]) in business_nouns()):
        words.pop()
    return " ".join(words)


@lru_cache(maxsize=1)
def _listed_trade_names() -> dict[str, frozenset[str]]:
    """The companies of the actor dictionaries by trade name ("airtran" -> {"MNCUSA"})."""
    found: dict[str, set[str]] = defaultdict(set)
    for record in load_knowledge().records:
        if (record.code or "").startswith("MNC"):
            for listed in record.names:
                found[_trade_name(listed)].add(record.code or "")
    return {key: frozenset(codes) for key, codes in found.items()}


def listed_by_trade_name(name: str, gazetteer: Gazetteer) -> str | None:
    """The code of a company the dictionaries list under its trade name with other words after it: "AirTran
    Airways" (named as a company by its business noun) is AIRTRAN_HOLDINGS_, MNCUSA. Only when the trade name is
    no place or state ("Qatar Airways" is placed by its name, not by a Qatari company) and one code has it."""
    if not named_as_company(name):
        return None
    key = _trade_name(name)
    if key == name_key(name) or gazetteer.lookup(key) is not None or _state_in_name(key.title(), gazetteer):
        return None
    codes = _listed_trade_names().get(key, frozenset())
    return next(iter(codes)) if len(codes) == 1 else None
