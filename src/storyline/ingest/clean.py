"""The line-level cleaner: boilerplate lines kept out of the body, each recorded with its reason.

It runs on plain text and on the text trafilatura extracts from HTML. Nothing is deleted: a dropped line
is blanked with spaces in the body (so the body keeps the text's length and offsets) and recorded as a
DroppedLine. Rules run in a fixed order; each only looks at lines no earlier rule dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from storyline.ingest import bylines
from storyline.ingest.credits import credit_start
from storyline.ingest.normalize import normalize
from storyline.ingest.patterns import load_patterns
from storyline.ingest.stamps import read_stamp
from storyline.model import DroppedLine

_DASH_LABEL = re.compile(r"^[-–—]+\s*(?P<label>[A-Za-z][\w '’&/]{0,40}?)\s*[-–—]+$")
_HEAD_BYLINE = re.compile(r"^(?i:by)\s+(?P<names>[A-ZÀ-Þ].*)$")
# "TOKYO —", "SEOUL—", "KYIV, Ukraine (AP) —", "NEW YORK, May 5 (Reuters) -": a place in capitals, an
# optional region or date after a comma, an optional agency in brackets, then a dash.
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})"
    r"(?:,\s*[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,3})?"
    r"\s*(?:\([A-Za-z][\w .&-]{0,30}\))?\s*(?:—|–|--?)"
)
_QUOTE_MARKS = "“”‘’\"'"
_CLOSERS = _QUOTE_MARKS + ")]"
_TITLE_MAX_WORDS = 30
_STANDALONE_TITLE_MAX_WORDS = 12
"""A first line ending in a full stop is a title when it stands alone and is at most this long: a wire lead
paragraph of one sentence runs longer (16 words and more in the test texts), a headline rarely does."""
_ARTICLES = frozenset({"the", "a", "an"})
_REPORTED = re.compile(r"\b(?:said|says|told)\b", re.IGNORECASE)
_BODY_MIN_WORDS = 15
_PULL_MIN_WORDS, _PULL_MAX_WORDS = 5, 40
_REPEAT_MIN_WORDS = 4
_TAIL_MAX_WORDS = 5
_DATELINE_LOOKAHEAD = 2
_LABEL_MAX_WORDS = 4
_BYLINE_LOOKAHEAD = 3
_STAMP_HEAD, _STAMP_TAIL = 6, 3
"""A publication stamp sits among the first lines (above or below the headline, after a kicker and a byline) or
the last ones."""


@dataclass(frozen=True)
class Cleaned:
    """The cleaner's result: the body and what it learned from the lines it dropped."""

    body: str
    """Same length as the input text."""
    dropped: tuple[DroppedLine, ...]
    title: str | None = None
    section: str | None = None
    summary: str | None = None
    dateline: str | None = None
    byline: tuple[str, ...] = ()
    published: date | None = None
    """The date a publication stamp line gives ("Published: May 2, 2013"); the first publication's over an update's."""


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str
    """Stripped, normalised."""
    gap: bool
    """A blank line precedes it."""

    @property
    def words(self) -> int:
        return len(self.text.split())


def _split(text: str) -> list[_Line]:
    lines, offset, gap = [], 0, False
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            lines.append(_Line(offset + lead, offset + lead + len(stripped), stripped, gap))
            gap = False
        else:
            gap = True
        offset += len(raw) + 1
    return lines


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def ends_sentence(text: str) -> bool:
    """True when the text ends like a sentence (final punctuation, possibly inside a closing quote)."""
    return text.rstrip(_CLOSERS).endswith((".", "!", "?", "…"))


class _Cleaner:
    def __init__(self, text: str, *, title: str | None, first_line_title: bool) -> None:
        self.text = text
        self.norm = normalize(text)
        self.lines = _split(self.norm)
        self.given_title = title
        self.first_line_title = first_line_title
        self.spans: list[tuple[int, int, str]] = []
        self.dropped_lines: set[int] = set()
        self.title: str | None = None
        self.section: str | None = None
        self.summary: str | None = None
        self.dateline: str | None = None
        self.byline: list[str] = []
        self.published: date | None = None
        self.patterns = load_patterns()

    # -- bookkeeping ------------------------------------------------------------------------------------
    def drop(self, i: int, reason: str, start: int | None = None, end: int | None = None) -> None:
        line = self.lines[i]
        self.spans.append((line.start if start is None else start, line.end if end is None else end, reason))
        if start is None and end is None:
            self.dropped_lines.add(i)

    def kept(self) -> list[int]:
        return [i for i in range(len(self.lines)) if i not in self.dropped_lines]

    def head_end(self) -> int:
        """Index of the first body paragraph: lines before it are the article's head."""
        for i in self.kept():
            line = self.lines[i]
            if line.words >= _BODY_MIN_WORDS and ends_sentence(line.text):
                return i
        return len(self.lines)

    # -- rules ------------------------------------------------------------------------------------------
    def is_label(self, text: str) -> bool:
        """A section or summary label line ("-Analysis-", "Opinion", "Summary")."""
        label = text.strip(" :").casefold()
        if label in self.patterns.section_labels or label in self.patterns.summary_labels:
            return True
        dashed = _DASH_LABEL.match(text)
        return dashed is not None and len(dashed.group("label").split()) <= _LABEL_MAX_WORDS

    def rule_stamps(self) -> None:
        # Runs first, so that a stamp opening the text is never taken for the headline.
        head = range(min(_STAMP_HEAD, len(self.lines)))
        tail = range(max(len(self.lines) - _STAMP_TAIL, len(head)), len(self.lines))
        published = updated = None
        for i in (*head, *tail):
            stamp = read_stamp(self.lines[i].text)
            if stamp is None:
                continue
            self.drop(i, "stamp")
            published = published or stamp.published
            updated = updated or stamp.updated
        # The first publication anchors the text's "yesterday"; an update's date only stands in for it.
        self.published = published or updated

    def rule_title(self) -> None:
        # A kicker such as "Analysis" may sit above the headline.
        lines = enumerate(self.lines)
        first_at = next((i for i, line in lines if i not in self.dropped_lines and not self.is_label(line.text)), None)
        if first_at is None:
            return
        first = self.lines[first_at]
        same_as_given = bool(self.given_title) and _key(first.text) == _key(normalize(self.given_title or ""))
        looks_like = (
            self.first_line_title and len(self.lines) > first_at + 1 and self._headline(first, self.lines[first_at + 1])
        )
        if same_as_given or looks_like:
            self.drop(first_at, "title")
            self.title = first.text

    @staticmethod
    def _headline(line: _Line, after: _Line) -> bool:
        # Most headlines end without a full stop; an abbreviation ("the U.S.") is the exception.
        if line.words > _TITLE_MAX_WORDS or _DATELINE.match(line.text):
            return False
        if not re.search(r"(?<![A-Z])[.,;:]$", line.text):
            return True
        # Some outlets end the headline with a full stop ("Kim is embracing Russia."): a short first line set
        # apart by a blank line is still one, whatever its last character; a lead paragraph runs longer.
        # A one-sentence lead paragraph looks the same from afar; headlinese gives the headline away: no
        # "said", no clause after a comma, and no articles ("Kim is embracing Russia for his survival.")
        # unless written in Title Case.
        if not after.gap or line.words > _STANDALONE_TITLE_MAX_WORDS or _REPORTED.search(line.text) or "," in line.text:
            return False
        words = line.text.split()
        title_case = sum(w[:1].isupper() for w in words) * 2 > len(words)
        return title_case or not any(w.casefold() in _ARTICLES for w in words)

    def rule_credits(self) -> None:
        has_gaps = any(line.gap for line in self.lines)
        for i in self.kept():
            line = self.lines[i]
            at = credit_start(line.text)
            if at is None:
                continue
            if at == 0:
                self.drop(i, "credit")
                above = i - 1
                # A credit on its own line credits the caption right above it (when paragraphs are
                # separated by blank lines, adjacency means the two belong together).
                if has_gaps and not line.gap and above >= 0 and above not in self.dropped_lines:
                    self.drop(above, "caption")
                continue
            caption = line.text[:at].rstrip()
            self.drop(i, "caption", line.start, line.start + len(caption))
            self.drop(i, "credit", line.start + at, line.end)
            self.dropped_lines.add(i)
            # The same caption printed again without its credit, just before or after.
            for j in (i - 1, i + 1):
                candidate = 0 <= j < len(self.lines) and j not in self.dropped_lines
                if candidate and _key(self.lines[j].text) == _key(caption):
                    self.drop(j, "caption")

    def rule_repeats(self) -> None:
        seen: dict[str, str] = {}
        reasons: dict[int, str] = {}
        for start, _end, reason in self.spans:
            reasons.setdefault(start, reason)
        for i, line in enumerate(self.lines):
            key = _key(line.text)
            if i in self.dropped_lines:
                seen.setdefault(key, reasons.get(line.start, "repeat"))
            elif key in seen and line.words >= _REPEAT_MIN_WORDS:
                self.drop(i, seen[key] if seen[key] == "caption" else "repeat")
            else:
                seen.setdefault(key, "repeat")

    def rule_labels(self) -> int | None:
        """Section labels, summary labels and "By ..." lines; returns the summary label's index."""
        head_end, summary_at = self.head_end(), None
        for i in self.kept():
            text = self.lines[i].text
            label = text.strip(" :").casefold()
            dashed = _DASH_LABEL.match(text)
            if dashed and len(dashed.group("label").split()) <= _LABEL_MAX_WORDS:
                self.drop(i, "label")
                self.section = self.section or dashed.group("label").strip()
            elif i < head_end and label in self.patterns.summary_labels:
                self.drop(i, "label")
                summary_at = i
            elif i < head_end and label in self.patterns.section_labels:
                self.drop(i, "label")
                self.section = self.section or text.strip(" :")
            elif i < head_end and (match := _HEAD_BYLINE.match(text)) and len(text.split()) <= 12:
                names = bylines.names_only(match.group("names"))
                if names:
                    self.drop(i, "byline")
                    self.byline.extend(names)
        return summary_at

    def rule_boilerplate(self) -> None:
        p = self.patterns
        for i in self.kept():
            if i in self.dropped_lines:  # dropped as a name line after a byline prefix
                continue
            line = self.lines[i]
            if line.words > p.max_words:
                continue
            if p.email_footer.match(line.text):
                self.drop(i, "footer")
                self.byline.extend(bylines.email_footer_names(line.text))
            elif (rest := bylines.byline_prefix(line.text)) is not None:
                self.drop(i, "byline")
                self.byline.extend(bylines.split_names(rest))
                if not rest:
                    self._names_after(i)
            elif p.footer.search(line.text):
                self.drop(i, "footer")
            elif p.promo.search(line.text):
                self.drop(i, "promo")

    def _names_after(self, i: int) -> None:
        for j in range(i + 1, min(i + 1 + _BYLINE_LOOKAHEAD, len(self.lines))):
            names = bylines.split_names(self.lines[j].text)
            if j in self.dropped_lines or not names or ends_sentence(self.lines[j].text):
                return
            self.drop(j, "byline")
            self.byline.extend(names)

    def rule_tail(self) -> None:
        p = self.patterns
        for i in reversed(range(len(self.lines))):
            if i in self.dropped_lines:
                continue
            text = self.lines[i].text
            word = text.strip(" :»›>").casefold()
            short = len(text.split()) <= _TAIL_MAX_WORDS and not ends_sentence(text)
            capitals = short and text.isupper() and not any(ch.isdigit() for ch in text)
            if (short and word in p.tail_words) or p.tail_lists.match(text) or capitals:
                self.drop(i, "tail")
            else:
                return

    def rule_pull_quotes(self) -> None:
        kept = self.kept()
        paragraphs = {i: " ".join(self.lines[i].text.split()) for i in kept}
        for i in kept:
            line = self.lines[i]
            if not _PULL_MIN_WORDS <= line.words <= _PULL_MAX_WORDS or ends_sentence(line.text):
                continue
            needle = " ".join(line.text.strip(_QUOTE_MARKS).split())
            if any(j != i and len(other) > len(needle) and needle in other for j, other in paragraphs.items()):
                self.drop(i, "pull-quote")

    def rule_summary(self, summary_at: int | None) -> None:
        if summary_at is None:
            return
        after = [i for i in self.kept() if i > summary_at]
        if after:
            self.summary = self.lines[after[0]].text

    def rule_dateline(self) -> None:
        # The dateline opens the first paragraph; a standfirst or a short line may come before it.
        body_sized = 0
        for i in self.kept():
            if body_sized >= _DATELINE_LOOKAHEAD:
                return
            line = self.lines[i]
            body_sized += line.words >= _BODY_MIN_WORDS
            match = _DATELINE.match(line.text)
            if match and line.text[match.end() :].strip():
                self.drop(i, "dateline", line.start, line.start + match.end())
                self.dateline = match.group("place")
                return

    # -- result -----------------------------------------------------------------------------------------
    def run(self) -> Cleaned:
        self.rule_stamps()
        self.rule_title()
        self.rule_credits()
        self.rule_repeats()
        summary_at = self.rule_labels()
        self.rule_boilerplate()
        self.rule_tail()
        self.rule_pull_quotes()
        self.rule_summary(summary_at)
        self.rule_dateline()
        body = list(self.norm)
        dropped = []
        for start, end, reason in sorted(self.spans):
            body[start:end] = " " * (end - start)
            dropped.append(DroppedLine(start, end, self.text[start:end], reason))
        return Cleaned(
            body="".join(body),
            dropped=tuple(dropped),
            title=self.title,
            section=self.section,
            summary=self.summary,
            dateline=self.dateline,
            byline=tuple(dict.fromkeys(self.byline)),
            published=self.published,
        )


def clean(text: str, *, title: str | None = None, first_line_title: bool = True) -> Cleaned:
    """Clean one article's text.

    ``title``: a headline known from metadata; a first line equal to it is dropped as the title.
    ``first_line_title``: plain text convention, the first line is the headline (when it looks like one).
    """
    return _Cleaner(text, title=title, first_line_title=first_line_title).run()
