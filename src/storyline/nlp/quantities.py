"""Reading quantities: numbers written in digits or words, vague orders, qualifiers and units."""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

# Scale words: a digit or word number followed by one of these is multiplied ("1.5 million").
SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "bn": 1e9,
    "mn": 1e6,
    "m": 1e6,
    "k": 1e3,
    "tn": 1e12,
}

# Vague amounts: an order of magnitude, not a number ("thousands", "several thousand").
ORDERS = {
    "dozens": 10.0,
    "scores": 10.0,
    "hundreds": 1e2,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
    "trillions": 1e12,
}

# Words that turn a scale word into a vague amount: "several thousand", "a few hundred".
VAGUE_SCALE_PREFIXES = ("several", "a few", "few", "many", "some", "a couple of", "countless")

# Hedges before a number and the kind of claim they make, longest first when matched.
QUALIFIERS: dict[str, str] = {
    "as many as": "max",
    "as much as": "max",
    "up to": "max",
    "at most": "max",
    "no more than": "max",
    "not more than": "max",
    "fewer than": "max",
    "less than": "max",
    "under": "max",
    "below": "max",
    "at least": "min",
    "more than": "min",
    "over": "min",
    "above": "min",
    "upwards of": "min",
    "past": "min",
    "beyond": "min",
    "in excess of": "min",
    "no fewer than": "min",
    "no less than": "min",
    "about": "approx",
    "around": "approx",
    "roughly": "approx",
    "approximately": "approx",
    "nearly": "approx",
    "almost": "approx",
    "some": "approx",
    "an estimated": "approx",
    "estimated": "approx",
    "close to": "approx",
    "circa": "approx",
    "just under": "approx",
    "just over": "approx",
    "just": "exact",
    "only": "exact",
    "exactly": "exact",
    "precisely": "exact",
}
QUALIFIER_MAX_WORDS = max(len(q.split()) for q in QUALIFIERS)

# Currency symbols and words, with ISO 4217 codes; "$" is read as US dollars unless prefixed ("A$").
CURRENCY_SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "₽": "RUB", "₹": "INR"}
CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "yen": "JPY",
    "won": "KRW",
    "ruble": "RUB",
    "rubles": "RUB",
    "rouble": "RUB",
    "roubles": "RUB",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupees": "INR",
    "hryvnias": "UAH",
}
PERCENT_WORDS = ("%", "percent", "per cent", "percentage points")

# Units of measure after a number, normalised to a short symbol.
MEASURES = {
    "km": "km",
    "kilometers": "km",
    "kilometres": "km",
    "miles": "mi",
    "mile": "mi",
    "meters": "m",
    "metres": "m",
    "feet": "ft",
    "tons": "t",
    "tonnes": "t",
    "ton": "t",
    "tonne": "t",
    "kg": "kg",
    "kilograms": "kg",
    "barrels": "bbl",
    "hectares": "ha",
    "square kilometers": "km2",
    "square kilometres": "km2",
    "square miles": "mi2",
}

_DIGITS = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_DIGITS_SCALE = re.compile(r"^(\d+(?:\.\d+)?)(bn|mn|m|k|tn)$", re.IGNORECASE)
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)
ORDINAL_WORDS = frozenset(
    [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "twentieth",
        "hundredth",
        "thousandth",
        "millionth",
    ]
)
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}


@dataclass(frozen=True)
class Amount:
    """A number phrase read: an exact number, or a vague order of magnitude."""

    value: float
    """The number, or the order's magnitude (1000 for "thousands")."""
    vague: bool = False
    """True for orders ("thousands", "several thousand")."""


def is_ordinal(word: str) -> bool:
    """'first', '3rd'."""
    return word.lower() in ORDINAL_WORDS or bool(_ORDINAL.match(word))


def parse_digits(word: str) -> float | None:
    """'11,000' -> 11000, '1.5' -> 1.5, '5bn' -> 5e9; None when the word is not written in digits."""
    word = word.strip()
    if _DIGITS.match(word):
        return float(word.replace(",", ""))
    scaled = _DIGITS_SCALE.match(word)
    if scaled:
        return float(scaled.group(1)) * SCALES[scaled.group(2).lower()]
    return None


def _words_value(words: list[str]) -> float | None:
    # text2num reads whole number-word sequences ("twenty five thousand"); it raises on anything else.
    text = " ".join(w.replace("-", " ") for w in words)
    try:
        return float(text2num(text, "en"))
    except ValueError:
        return None


def parse_amount(words: list[str]) -> Amount | None:
    """Read a number phrase split in words (no qualifier, no unit): '8,000', 'five', 'several thousand',
    'thousands', 'tens of thousands', '1.5 million', 'half a million', 'a dozen'. None if it is not one."""
    tokens = [w.lower() for w in words if w.strip()]
    if not tokens:
        return None
    text = " ".join(tokens)
    # Vague orders: "thousands", "tens of thousands", "hundreds of thousands", "several thousand".
    if tokens[-1] in ORDERS:
        magnitude = ORDERS[tokens[-1]]
        head = " ".join(tokens[:-1])
        if head in ("", "many", "several", "some", "countless"):
            return Amount(magnitude, vague=True)
        if head in ("tens of", "hundreds of"):
            return Amount(magnitude * (10 if head == "tens of" else 100), vague=True)
        return None
    for prefix in VAGUE_SCALE_PREFIXES:
        rest = text[len(prefix) :].strip() if text.startswith(prefix + " ") else None
        if rest in SCALES or rest == "dozen":
            return Amount(12.0 if rest == "dozen" else SCALES[rest], vague=True)
    if tokens == ["dozens"]:
        return Amount(10.0, vague=True)
    # Fractions of a scale: "half a million", "a quarter of a million".
    if tokens[0] in _FRACTIONS and tokens[-1] in SCALES:
        return Amount(_FRACTIONS[tokens[0]] * SCALES[tokens[-1]])
    if tokens[0] in ("a", "an", "one") and len(tokens) == 2 and tokens[1] in (*SCALES, "dozen"):
        return Amount(12.0 if tokens[1] == "dozen" else SCALES[tokens[1]])
    if tokens == ["dozen"]:
        return Amount(12.0)
    # Digits, possibly with a scale word: "11,000", "1.5 million", "5 billion".
    first = parse_digits(tokens[0])
    if first is not None:
        scale = 1.0
        for word in tokens[1:]:
            if word not in SCALES:
                return None
            scale *= SCALES[word]
        return Amount(first * scale)
    if any(is_ordinal(t) for t in tokens):
        return None
    value = _words_value(tokens)
    return Amount(value) if value is not None else None


def match_qualifier(words_before: list[str]) -> tuple[str, str] | None:
    """The hedge that ends the given words, as (phrase as written, kind): (['as','many','as']) -> max."""
    lowered = [w.lower() for w in words_before]
    for size in range(min(QUALIFIER_MAX_WORDS, len(lowered)), 0, -1):
        phrase = " ".join(lowered[-size:])
        if phrase in QUALIFIERS:
            return " ".join(words_before[-size:]), QUALIFIERS[phrase]
    return None


def currency_code(symbol: str) -> str | None:
    """ISO code for a currency symbol or word ('$' -> USD, 'euros' -> EUR)."""
    return CURRENCY_SYMBOLS.get(symbol) or CURRENCY_WORDS.get(symbol.lower())
