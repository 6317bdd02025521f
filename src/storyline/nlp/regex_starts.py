"""A regular expression tried only where one of its matches can begin: at the words its matches start with.

``re`` finds a pattern that opens with ``\\b``, a look-behind or an alternation of cased words by trying it at every
position of the text, every branch at each; it skips ahead only for a pattern that opens with a plain literal or
character set. When every match of a pattern begins with a word from a short list (or with a digit), trying the
pattern at those words alone finds exactly the matches ``finditer`` finds: the leftmost match from a position is
the match at the first position where one begins, and ``Pattern.match(text, pos)`` sees the text before ``pos``
(look-behinds and ``\\b`` read it) as a search does.

A word here is a run of ``\\w`` (what ``\\b`` bounds): the first word of a match is the whole run, so a pattern's
list must name whole words ("thirteen", not "thir" of "(?:thir|four)teen"). The patterns never match the empty
string.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_WORD = re.compile(r"\w+")
_DIGIT_RUN = re.compile(r"\d+")
# re.IGNORECASE matches these four non-ASCII letters to ASCII ones, which lower() does not (and U+0130 lowers to
# two characters): in a text holding one, a lower-cased word list is no guide.
_ASCII_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")


@dataclass(frozen=True)
class Starts:
    """Where every match of a pattern begins."""

    lower: frozenset[str] = frozenset()
    """Words (lower case) a match may begin with, compared with the text's word lower-cased (IGNORECASE patterns)."""
    exact: frozenset[str] = frozenset()
    """Words a match may begin with, as written."""
    numbers: bool = False
    """A match may begin with a word whose first character is a decimal digit (``\\d``)."""
    digit_runs: bool = False
    """A match may begin at the first digit of any run of digits, inside a word too ("(?<!\\d)\\d")."""


class WordIndex:
    """A text's words by where they begin, read once and shared by the patterns run over the text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folds = _ASCII_FOLDS.search(text) is not None
        exact: dict[str, list[int]] = {}
        for m in _WORD.finditer(text):
            exact.setdefault(m.group(), []).append(m.start())
        self._exact = exact
        self._lower: dict[str, list[int]] | None = None
        self._numbers: list[int] | None = None
        self._runs: list[int] | None = None

    def _by_lower(self) -> dict[str, list[int]]:
        if self._lower is None:
            lower: dict[str, list[int]] = {}
            for word, where in self._exact.items():
                lower.setdefault(word.lower(), []).extend(where)
            self._lower = lower
        return self._lower

    def positions(self, starts: Starts) -> list[int]:
        """Every position where a match described by ``starts`` may begin, in order."""
        found: list[int] = []
        if starts.lower:
            lower = self._by_lower()
            for word in starts.lower:
                found += lower.get(word, ())
        for word in starts.exact:
            found += self._exact.get(word, ())
        if starts.numbers:
            if self._numbers is None:
                self._numbers = [p for word, where in self._exact.items() if word[0].isdecimal() for p in where]
            found += self._numbers
        if starts.digit_runs:
            if self._runs is None:
                self._runs = [m.start() for m in _DIGIT_RUN.finditer(self.text)]
            found += self._runs
        return sorted(set(found))

    def finditer(self, pattern: re.Pattern[str], starts: Starts) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)``, trying the pattern only at the positions ``starts`` allows."""
        if self.folds and starts.lower:
            yield from pattern.finditer(self.text)
            return
        text = self.text
        end = 0
        for position in self.positions(starts):
            if position < end:
                continue  # inside the last match: finditer goes on from its end
            m = pattern.match(text, position)
            if m is not None:
                yield m
                end = max(m.end(), position + 1)
