"""Text matching of the gold format: normalisation, the "covers" rule, and locating gold text in an article."""

from __future__ import annotations

import re
import unicodedata

MIN_SHARE = 0.6
"""An extracted text inside the gold text covers it only when it is at least this share of its length."""

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u02bc": "'",
        "\u2039": "'",
        "\u203a": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
    }
)
_LEADING_THE = re.compile(r"^the\s+")
_POSSESSIVE = re.compile(r"(?:'s|s')$")
_EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")
_WORD = re.compile(r"\w+")


def _clusters(text: str) -> list[tuple[int, int]]:
    """Spans of a base character with the combining marks after it, so NFKC can compose them."""
    spans: list[tuple[int, int]] = []
    for i, ch in enumerate(text):
        if spans and unicodedata.combining(ch):
            spans[-1] = (spans[-1][0], i + 1)
        else:
            spans.append((i, i + 1))
    return spans


def _normalise_mapped(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The normalised text and, per normalised character, the span of ``text`` it came from.

    Normalising cluster by cluster (rather than the whole string at once) keeps a map back to the
    original offsets; it gives the same result as whole-string NFKC for any text news is written in.
    """
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    for start, end in _clusters(text):
        piece = unicodedata.normalize("NFKC", text[start:end]).translate(_QUOTES).casefold()
        for ch in piece:
            if ch.isspace():
                if out and out[-1] == " ":
                    spans[-1] = (spans[-1][0], end)
                    continue
                ch = " "
            out.append(ch)
            spans.append((start, end))
    return "".join(out), spans


def normalise(text: str) -> str:
    """NFKC, curly quotes to straight ones, white-space runs to one space, case folded, trimmed."""
    return _normalise_mapped(text)[0].strip()


def covers(extracted: str, gold: str) -> bool:
    """True when the extracted text covers the gold text (FORMAT.md, "Text matching")."""
    got, want = normalise(extracted), normalise(gold)
    if not got or not want:
        return False
    return want in got or (got in want and len(got) >= MIN_SHARE * len(want))


def locate(haystack: str, needle: str) -> list[tuple[int, int]]:
    """Every (start, end) span of ``haystack`` whose normalised text equals the normalised ``needle``."""
    target = normalise(needle)
    if not target:
        return []
    text, spans = _normalise_mapped(haystack)
    found: list[tuple[int, int]] = []
    at = text.find(target)
    while at >= 0:
        found.append((spans[at][0], spans[at + len(target) - 1][1]))
        at = text.find(target, at + 1)
    return found


def normalise_name(name: str) -> str:
    """A name compared as a name: normalised, without a leading "the", a possessive or edge punctuation."""
    text = _EDGE_PUNCT.sub("", normalise(name))
    text = _POSSESSIVE.sub("", _LEADING_THE.sub("", text))
    return _EDGE_PUNCT.sub("", text)


def name_tokens(name: str) -> frozenset[str]:
    """The words of a name, hyphenated parts apart: "Kim Jong-un" -> {kim, jong, un}."""
    return frozenset(_WORD.findall(normalise_name(name)))


def contains_words(haystack: str, needle: str) -> bool:
    """True when the normalised needle occurs in the normalised haystack as whole words."""
    want = normalise(needle)
    if not want:
        return False
    return re.search(rf"(?<!\w){re.escape(want)}(?!\w)", normalise(haystack)) is not None
