"""Finds the stretches of text inside quote marks, whatever marks the text uses and however unbalanced."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

log = logging.getLogger(__name__)

_DOUBLE_OPEN = "“„‟«"
_DOUBLE_CLOSE = "”»"
_DOUBLE = _DOUBLE_OPEN + _DOUBLE_CLOSE + '"'
_SINGLE_OPEN = "‘‹"
_SINGLE_CLOSE = "’›"
_LEFT_EDGE = "([{—–-/" + _DOUBLE_OPEN + _SINGLE_OPEN
_RIGHT_EDGE = ".,;:!?)]}—–-…" + _DOUBLE_CLOSE + _SINGLE_CLOSE + '"'
_PARAGRAPH = re.compile(r"[^\n]+")
# The marks found by one scan of the text rather than a Python test of every character (quote marks are rare).
_DOUBLE_MARK = re.compile("[" + re.escape(_DOUBLE) + "]")
_SINGLE_MARK = re.compile("[" + re.escape(_SINGLE_OPEN + _SINGLE_CLOSE + "'") + "]")
_MIN_UNCLOSED_WORDS = 3
"""An opening mark never closed in its paragraph counts as a quote only when this many words follow it."""
_MAX_BRIDGED = 8
"""How many paragraphs a quote may run over without marks before one whose first mark closes it."""


@dataclass(frozen=True)
class MarkedSpan:
    """The content between a pair of quote marks (marks excluded)."""

    start: int
    end: int
    open_mark: int
    """Offset of the opening mark."""
    close_mark: int | None
    """Offset of the closing mark; None when the quote runs to the paragraph end without one."""
    paragraph: int
    """Index of the paragraph (non-blank line) the span lies in."""
    continues: bool = False
    """True when this span carries on a quote opened in an earlier paragraph (multi-paragraph quote)."""
    single: bool = False
    """True for single quote marks (‘...’)."""


def _role(text: str, i: int, lo: int, hi: int) -> str:
    """open, close or either, from the characters around the mark and then from the mark itself."""
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    left_edge = prev.isspace() or prev in _LEFT_EDGE
    right_edge = nxt.isspace() or nxt in _RIGHT_EDGE
    if left_edge and not right_edge:
        return "open"
    if right_edge and not left_edge:
        return "close"
    ch = text[i]
    if ch in _DOUBLE_OPEN or ch in _SINGLE_OPEN:
        return "open"
    if ch in _DOUBLE_CLOSE or ch in _SINGLE_CLOSE:
        return "close"
    return "either"


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, stripped of surrounding white space."""
    spans = []
    for match in _PARAGRAPH.finditer(text):
        line = match.group()
        if line.strip():
            lead = len(line) - len(line.lstrip())
            spans.append((match.start() + lead, match.start() + len(line.rstrip())))
    return spans


def _opens_with_mark(text: str, lo: int, hi: int) -> bool:
    return text[lo] in _DOUBLE and _role(text, lo, lo, hi) in ("open", "either")


def _words(text: str) -> int:
    return len(text.split())


def _first_mark_closes(text: str, lo: int, hi: int) -> bool:
    """True when the paragraph's first double mark closes a quote (the previous line was hard-wrapped)."""
    first = _DOUBLE_MARK.search(text, lo, hi)
    return first is not None and _role(text, first.start(), lo, hi) == "close"


def _count_marks(text: str, lo: int, hi: int) -> int:
    return len(_DOUBLE_MARK.findall(text, lo, hi))


def _marks_after(text: str, lo: int, hi: int) -> bool:
    return _DOUBLE_MARK.search(text, lo, hi) is not None


def _bridge(text: str, paragraphs: list[tuple[int, int]], p: int) -> bool:
    """True when the quote left open in paragraph ``p`` closes in a later one with no marks in between: a quote
    running over hard-wrapped lines, or over one-sentence paragraphs."""
    for lo, hi in paragraphs[p + 1 : p + 1 + _MAX_BRIDGED]:
        marks = [m.start() for m in _DOUBLE_MARK.finditer(text, lo, hi)]
        if marks:
            # 'focus better. "' or 'substantially, "said X': a paragraph's lone mark closes the open quote,
            # however it is spaced; so does the first of an odd number ('goodbye, "Microsoft says on "Title".')
            return len(marks) % 2 == 1 or _role(text, marks[0], lo, hi) == "close"
    return False


_TWO_APOSTROPHES = re.compile(r"(?P<open>(?<![\w'])''(?=\w))|(?P<close>(?<=[\w.,!?])''(?![\w']))")


def _apostrophe_pairs(text: str) -> str:
    """``text`` with each pair of apostrophes typed for a double mark (``''I'd ...,''``, as typewritten and
    Penn Treebank text have it) as one straight double mark, offsets kept: the mark stands on the apostrophe
    next to the quoted words, the other becomes a space."""
    if "''" not in text:
        return text
    return _TWO_APOSTROPHES.sub(lambda m: ' "' if m.group("open") else '" ', text)


def find_double(text: str) -> list[MarkedSpan]:
    """Spans inside double marks (curly, straight, mixed, guillemets, two apostrophes), across paragraphs when
    continued."""
    text = _apostrophe_pairs(text)
    paragraphs = _paragraphs(text)
    spans: list[MarkedSpan] = []
    carried = False  # the previous paragraph ended inside a quote that this one continues
    # (open mark, paragraph, continues) of a quote running over a line break; it keeps whether it carries on a quote
    # of the paragraph before ('“A. / “B, / C.” she continued': the quote opened in the second paragraph continues)
    bridged: tuple[int, int, bool] | None = None
    for p, (lo, hi) in enumerate(paragraphs):
        open_at, first, continues = bridged if bridged is not None else (None, p, False)
        carried_open = bridged is not None
        bridged = None
        for mark in _DOUBLE_MARK.finditer(text, lo, hi):
            i = mark.start()
            role = _role(text, i, lo, hi)
            if role == "open" and open_at is not None and not _marks_after(text, i + 1, hi):
                role = "close"  # '... at all, "said X': a closing mark typed with a space before it
            elif role == "open" and carried_open and _count_marks(text, i, hi) % 2 == 1:
                role = "close"  # the odd mark of a paragraph that a quote from earlier paragraphs runs into
            carried_open = False
            if role == "open" or (role == "either" and open_at is None):
                if open_at is not None:
                    log.debug("unmatched opening quote mark at %d", open_at)
                continues = carried and i == lo
                open_at, first = i, p
            elif open_at is not None:
                spans.append(MarkedSpan(open_at + 1, i, open_at, i, first, continues))
                open_at, continues = None, False
            else:
                log.debug("stray closing quote mark at %d", i)
        carried = False
        if open_at is None:
            continue
        nxt = paragraphs[p + 1] if p + 1 < len(paragraphs) else None
        if nxt is not None and _opens_with_mark(text, *nxt):
            spans.append(MarkedSpan(open_at + 1, hi, open_at, None, first, continues))
            # the next paragraph carries this quote on only when it was left open in its own paragraph and says
            # something: not a stray mark ('Throat "(2006).', a title's marks miscounted), nor a quote that already
            # ran unmarked over paragraphs and reached a mark that opens another (a block quote of one outlet, then
            # the writer's own line, then another outlet's)
            carried = _words(text[open_at + 1 : hi]) >= _MIN_UNCLOSED_WORDS
        elif nxt is not None and _bridge(text, paragraphs, p):
            bridged = (open_at, first, continues)
        elif _words(text[open_at + 1 : hi]) >= _MIN_UNCLOSED_WORDS:
            spans.append(MarkedSpan(open_at + 1, hi, open_at, None, first, continues))
        else:
            log.debug("unclosed quote mark at %d dropped", open_at)
    return spans


def _inside(spans: list[MarkedSpan], i: int) -> bool:
    return any(s.open_mark <= i <= (s.close_mark if s.close_mark is not None else s.end) for s in spans)


def find_single(text: str, outer: list[MarkedSpan]) -> list[MarkedSpan]:
    """Spans inside single marks outside any double-marked span; strict, because ’ is also the apostrophe."""
    spans: list[MarkedSpan] = []
    for p, (lo, hi) in enumerate(_paragraphs(text)):
        open_at: int | None = None
        for mark in _SINGLE_MARK.finditer(text, lo, hi):
            i = mark.start()
            ch = text[i]
            if _inside(outer, i):
                continue
            prev = text[i - 1] if i > lo else " "
            nxt = text[i + 1] if i + 1 < hi else " "
            opening = (prev.isspace() or prev in _LEFT_EDGE) and nxt.isalnum()
            closing = (prev.isalnum() or prev in ".,!?") and (nxt.isspace() or nxt in _RIGHT_EDGE)
            if open_at is None and opening and ch != "’" and ch != "›":
                open_at = i
            elif open_at is not None and closing and ch != "‘" and ch != "‹":
                spans.append(MarkedSpan(open_at + 1, i, open_at, i, p, single=True))
                open_at = None
    return spans


def find_quote_spans(text: str) -> list[MarkedSpan]:
    """Every quoted stretch of ``text`` in text order. Never raises on unbalanced marks."""
    double = find_double(text)
    return sorted(double + find_single(text, double), key=lambda s: s.start)
