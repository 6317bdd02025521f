"""A person's grammatical gender as the text shows it: courtesy titles, gendered nouns, given names, pronouns.

Pronouns must agree with the person they stand for ("she said" is never a man's quote), and a courtesy
title decides between relatives ("Mr. Trump" is not Melania Trump). Evidence, strongest first:
a courtesy title (Mr., Mrs., Ms.) or a gendered title or noun (chairwoman, first lady, congressman); then
the given name, by the United States Census 1990 first-name frequencies (public domain, shipped by the
MIT-licensed ``names`` package): a name counts only when one sex outnumbers the other ten to one, so
"Donald" is male, "Melania" female, and "Jordan", "Kim", "Lee" (either sex), "Park" (a family name more often
than a given name) or a name the census lacks decide nothing.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Literal

from storyline.datacache import cached

Gender = Literal["m", "f"]

_RATIO = 10.0
"""How many times more common in one sex a given name must be to count as evidence."""

_HONORIFICS: dict[str, Gender] = {
    "mr": "m", "sir": "m", "lord": "m", "mister": "m", "monsieur": "m", "herr": "m",
    "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "madame": "f", "mme": "f", "dame": "f", "lady": "f",
}  # fmt: skip
_NOUNS: dict[str, Gender] = {
    "chairwoman": "f", "spokeswoman": "f", "congresswoman": "f", "businesswoman": "f", "actress": "f",
    "wife": "f", "mother": "f", "daughter": "f", "sister": "f", "queen": "f", "princess": "f", "empress": "f",
    "widow": "f", "grandmother": "f", "aunt": "f", "niece": "f", "girlfriend": "f", "woman": "f", "girl": "f",
    "first lady": "f", "chairman": "m", "spokesman": "m", "congressman": "m", "businessman": "m",
    "husband": "m", "father": "m", "son": "m", "brother": "m", "king": "m", "prince": "m", "emperor": "m",
    "widower": "m", "grandfather": "m", "uncle": "m", "nephew": "m", "boyfriend": "m", "man": "m", "boy": "m",
}  # fmt: skip
KINSHIP = frozenset(
    {"father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "parents", "parent", "uncle",
     "aunt", "grandfather", "grandmother", "grandson", "granddaughter", "cousin", "niece", "nephew", "widow",
     "widower", "stepfather", "stepmother", "stepson", "stepdaughter", "sibling", "siblings", "spouse", "fiancee",
     "fiancée", "fiance", "fiancé", "lady"}
)  # fmt: skip
"""Kinship nouns ("lady" for "first lady"): a person introduced by one is someone's relative."""

_PRONOUNS: dict[str, Gender] = {
    "he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f",
}  # fmt: skip


def honorific_gender(word: str) -> Gender | None:
    """ "Mr." -> m, "Mrs" -> f; None for titles that say nothing of sex ("Dr.", "President")."""
    return _HONORIFICS.get(word.lower().rstrip("."))


def noun_gender(text: str) -> Gender | None:
    """The sex a title or role noun states ("chairwoman", "the first lady", "his wife"), or None."""
    words = text.lower().replace("-", " ").split()
    for size in (2, 1):
        for i in range(len(words) - size + 1):
            found = _NOUNS.get(" ".join(words[i : i + size]))
            if found:
                return found
    return None


def pronoun_gender(word: str) -> Gender | None:
    """ "she" -> f, "his" -> m; None for other words."""
    return _PRONOUNS.get(word.lower())


@lru_cache(maxsize=1)
def _census() -> dict[str, Gender]:
    return cached("census", _read_census)


def _read_census() -> dict[str, Gender]:
    folder = resources.files("names")
    share: dict[str, list[float]] = {}
    for position, file in enumerate(("dist.male.first", "dist.female.first", "dist.all.last")):
        for line in folder.joinpath(file).read_text(encoding="ascii").splitlines():
            parts = line.split()
            if len(parts) >= 2:
                share.setdefault(parts[0].lower(), [0.0, 0.0, 0.0])[position] = float(parts[1])
    result: dict[str, Gender] = {}
    for name, (male, female, surname) in share.items():
        if surname >= max(male, female):
            continue  # as often a family name ("Park", "Moon" in family-name-first names): no evidence
        if male > 0 and male >= _RATIO * female:
            result[name] = "m"
        elif female > 0 and female >= _RATIO * male:
            result[name] = "f"
    return result


def given_name_gender(given: str) -> Gender | None:
    """The sex a given name shows ("Donald" -> m, "Melania" -> f), or None when it shows none."""
    return _census().get(given.lower().strip(".")) if given else None


def name_gender(text: str) -> Gender | None:
    """Evidence in a name as written: a courtesy title first ("Mrs. Lee"), else its first word as a given name.

    Only for names of two words or more (a lone "Jordan" may be a surname); a family-name-first name whose
    first word the census lacks ("Kim Jong Un") decides nothing.
    """
    words = text.split()
    if not words:
        return None
    by_title = honorific_gender(words[0]) or noun_gender(words[0])
    if by_title is not None:
        return by_title
    return given_name_gender(words[0]) if len(words) >= 2 else None
