"""Extractor component: time expressions (spaCy DATE/TIME entities plus patterns) resolved to TIMEX3 values."""

from __future__ import annotations

import logging
import re
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from storyline.model import TimeExpr
from storyline.nlp.extensions import sent_index
from storyline.nlp.timex import MONTHS, WEEKDAYS, normalize, timex_type

log = logging.getLogger(__name__)

# Publication years relative expressions may be anchored on. A date outside them is a metadata typo
# ("0224-11-13"); anchoring on it would break four-digit TIMEX3 years and date arithmetic, so such an
# article's relative expressions stay unresolved, as without a date.
_ANCHOR_YEARS = range(1600, 3000)

# Prepositions kept in the expression as written: "in June", "since October", "over the weekend".
_PREPOSITIONS = {"on", "in", "since", "over", "during", "until", "till", "by", "from", "as of", "throughout"}
_MONTH_NAMES = "|".join(sorted((m.capitalize() for m in MONTHS if len(m) > 3 or m == "may"), key=len, reverse=True))
_WEEKDAY_NAMES = "|".join(sorted((w.capitalize() for w in WEEKDAYS if len(w) > 4), key=len, reverse=True))
_UNIT = r"(?:days?|weeks?|months?|years?|decades?)"
# Patterns for forms the statistical model misses or cuts short; spaCy's entities are the first source.
_PATTERNS = [
    re.compile(
        rf"\b(?:(?:last|next|this|past|this past|coming)\s+)?(?:{_WEEKDAY_NAMES})\b"
        r"(?:\s+(?:morning|afternoon|evening|night))?"
    ),
    re.compile(
        r"\b(?:(?:earlier|later)\s+)?(?:this|last|next|the past|the previous|the coming)\s+"
        r"(?:week|weekend|month|year)\b",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?:over|during)\s+the\s+weekend\b", re.IGNORECASE),
    re.compile(rf"\b(?:in\s+)?recent\s+{_UNIT}\b", re.IGNORECASE),
    re.compile(
        rf"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+{_UNIT}\s+ago\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:(?:early|mid|late)[- ])?(?:{_MONTH_NAMES})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,?)?(?:\s+\d{{4}})?\b"
    ),
    re.compile(
        r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty)-"
        r"(?:day|week|month|year|decade)\b(?!-old)",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?:(?:earlier|later)\s+)?(?:today|tonight|this (?:morning|afternoon|evening))\b", re.IGNORECASE),
    re.compile(r"\b(?:in|since|by|until|from|during)\s+(?:(?:early|mid|late)[- ])?(?:1[6-9]\d\d|20\d\d)\b(?![-.,]?\d)"),
]
# Month names that are also common words: only a time next to a preposition or a number.
_AMBIGUOUS_MONTHS = {"may", "march", "august"}
_FUTURE_AUX = {"will", "shall", "'ll"}
# Verbs whose complement lies ahead of the speaker: "expects to close in June" is next June.
_FUTURE_VERBS = {"expect", "plan", "schedule", "intend", "aim", "prepare", "hope", "due", "forecast", "predict"}


def _direction(span: Span) -> int:
    """The tense of the clause the expression sits in: +1 future ("will meet on Friday"), -1 past, 0 unknown."""
    token = span.root
    for _ in range(4):
        if token.pos_ in {"VERB", "AUX"}:
            children = [child for child in token.children if child.dep_ in {"aux", "auxpass"}]
            if any(child.lower_ in _FUTURE_AUX for child in children) or token.lemma_ in _FUTURE_VERBS:
                return 1
            if token.tag_ == "VBD" or any(child.tag_ == "VBD" or child.lemma_ == "have" for child in children):
                return -1
            if token.dep_ in {"xcomp", "ccomp"} and token.head.lemma_ in _FUTURE_VERBS:
                return 1
            return 0
        if token.head.i == token.i:
            break
        token = token.head
    return 0


def _candidates(doc: Doc) -> list[tuple[int, int]]:
    spans = [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ in {"DATE", "TIME"}]
    text = doc.text
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            word = m.group().split()[0].lower().rstrip(".")
            if word in _AMBIGUOUS_MONTHS and not re.search(r"\d", m.group()):
                before = text[max(0, m.start() - 8) : m.start()].lower().split()
                if not before or before[-1] not in {"in", "since", "of", "early", "late", "mid", "until", "by"}:
                    continue
            spans.append((m.start(), m.end()))
    # Longest first; a candidate inside a longer one is the same expression.
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
            continue
        merged.append((start, end))
    return merged


def _expand(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Trim possessives and punctuation; take in a temporal preposition just before the expression."""
    text = doc.text
    while end > start and text[end - 1] in " ,.;:":
        end -= 1
    if text[start:end].endswith(("'s", "’s")):
        end -= 2
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and span.start > 0:
        previous = doc[span.start - 1]
        if previous.lower_ in _PREPOSITIONS:
            start = previous.idx
    return start, end


def extract_times(doc: Doc, published: date | None, source: str | None = None) -> tuple[TimeExpr, ...]:
    """Every time expression of ``doc`` resolved against ``published``; ``source`` is the original text."""
    source = source if source is not None and len(source) == len(doc.text) else doc.text
    records: list[TimeExpr] = []
    for start, end in _candidates(doc):
        start, end = _expand(doc, start, end)
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        text = source[start:end]
        found = normalize(doc.text[start:end], published, _direction(span))
        if found is None:
            log.debug("not a resolvable time: %r", text)
            continue
        records.append(
            TimeExpr(
                start=start,
                end=end,
                sent=sent_index(doc, start),
                text=text,
                value=found.value,
                kind=found.kind,
                relative=found.relative,
                note=found.note,
                type=timex_type(found.kind, found.value),
            )
        )
    return tuple(records)


class TimesExtractor:
    """Adds `doc._.times`: the article's TimeExpr records."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        article = doc._.article
        if article is None:
            doc._.times = extract_times(doc, None)
        else:
            published = article.published
            if published is not None and published.year not in _ANCHOR_YEARS:
                log.warning("publication date %s is implausible; relative times left unresolved", published)
                published = None
            doc._.times = extract_times(doc, published, article.text)
        return doc


@Language.factory("storyline_times", default_config={})
def make_times(nlp: Language, name: str) -> TimesExtractor:
    return TimesExtractor(nlp, name)
