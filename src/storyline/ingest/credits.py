"""Recognise photo credits ("Photo: Name/Agency", "Name, AGENCY", "– Name/Site") at the end of a line."""

from __future__ import annotations

import re

from storyline.ingest.patterns import load_patterns

# Where a credit may begin: the line start, after a sentence end, or after a spaced dash.
_BOUNDARY = re.compile(r"(?<=[.!?”\"’)\]])\s+|\s+(?=[–—-]\s)")
_KEYWORD = re.compile(
    r"^[(\[]?(?:photo(?:graph)?s?|images?|pictures?|pic|credits?|illustration|graphic|video|"
    r"(?:photo|image|picture) (?:credit|source)s?)\s*(?::|©|by\b|courtesy(?: of)?\b)\s*\S",
    re.IGNORECASE,
)
_WIRE_PHOTO = re.compile(r"^\(?(?:AP|AFP|Reuters|EPA|UPI|AAP) Photos?\b", re.IGNORECASE)
_NAME = r"[A-Za-zÀ-ÿ][\w.'’-]*"
_COMMA_CREDIT = re.compile(rf"^(?P<name>[A-ZÀ-Þ][\w.'’-]*(?:\s+{_NAME}){{0,4}}),\s*(?P<agency>[^,]{{2,40}})$")
_VIA = re.compile(r"\bvia\s+(?P<agency>.+)$", re.IGNORECASE)
# Roles that follow a name after a comma in body text; never photo agencies.
_ROLES = frozenset(
    {"CEO", "CFO", "COO", "CTO", "MP", "MEP", "MD", "PHD", "JR", "SR", "II", "III", "KC", "QC", "OBE", "MBE"}
)
_SENTENCE_INSIDE = re.compile(r"\w{2}[.!?]\s")
_FINAL = ".!?;,:"
_MAX_WORDS = 14


def _is_agency(text: str) -> bool:
    text = text.strip(" ()[]")
    text = text[4:] if text[:4].casefold() == "the " else text
    agencies = load_patterns().agencies
    if text.casefold() in agencies:
        return True
    match = _VIA.search(text)
    if match and match.group("agency").strip(" )").casefold() in agencies:
        return True
    # An all-capitals short word is how agencies are written in credits (TASS, KCNA, EPA-EFE).
    return bool(re.fullmatch(r"[A-Z][A-Z.&-]{1,9}", text)) and text.replace(".", "") not in _ROLES


def _slash_credit(text: str) -> bool:
    parts = [part.strip() for part in text.split("/")]
    if len(parts) < 2 or any(not part or len(part.split()) > 6 for part in parts):
        return False
    # Each part is a name or an agency: starts with a capital (or is a known agency).
    return all(part[0].isupper() or _is_agency(part) for part in parts)


def is_credit(text: str) -> bool:
    """True when ``text`` (a line or the tail of one) is a photo credit and nothing else."""
    text = text.strip()
    dashed = text[:1] in "–—-"
    text = text.lstrip("–—- ").strip()
    if not text or len(text.split()) > _MAX_WORDS or _SENTENCE_INSIDE.search(text):
        return False
    if _KEYWORD.match(text) or _WIRE_PHOTO.match(text):
        return True
    if text[-1] in _FINAL:
        return False
    if _is_agency(text) and (dashed or " " in text or text.casefold() in load_patterns().agencies):
        return True
    if "/" in text and _slash_credit(text):
        return True
    match = _COMMA_CREDIT.match(text)
    return match is not None and _is_agency(match.group("agency"))


def credit_start(line: str) -> int | None:
    """Offset in ``line`` where a trailing photo credit begins (0: the whole line is one), or None."""
    stripped = line.rstrip()
    if not stripped:
        return None
    starts = [0] + [match.end() for match in _BOUNDARY.finditer(stripped)]
    for start in starts:
        if is_credit(stripped[start:]):
            return start
    return None
