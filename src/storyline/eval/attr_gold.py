"""Reads the attribution gold (tests/data/gold/attributions.txt): source, cue and content spans per document.

One line per attribution, ``PARA|kind|class|source|speaker|cue|content``: PARA is the paragraph (0 = headline)
where the content starts; kind is direct, indirect, partial or mixed; class is the cue's class; source and cue
are written as in the text (the occurrence nearest the content is meant; empty when the text has none);
speaker is who the source is, by the fullest name the article gives (empty for a document or an unnamed
source); content parts are separated by `` // `` and a long part may be elided with `` [...] ``. ``## CORPUS
ID SPLIT`` starts a document, whose text is ``<texts>/<ID>.txt`` (``texts:`` in the file's header).
The guidelines are in tests/data/gold/ATTRIBUTIONS.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from storyline.errors import GoldError, Msg

KINDS = ("direct", "indirect", "partial", "mixed")
CLASSES = ("speech", "belief", "stance", "intention", "evidential", "document")
_ELIDED = " [...] "
_PART = " // "


@dataclass(frozen=True)
class Span:
    """A stretch of a document's text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class GoldAttribution:
    """One annotated attribution: who (source), through what (cue), says what (content, in one or more parts)."""

    kind: str
    cue_class: str
    content: tuple[Span, ...]
    source: Span | None
    cue: Span | None
    speaker: str
    """The source's identity by the fullest name the article gives; "" when not a named person or body."""
    line: int
    """Line of the gold file (for error messages and misses)."""


@dataclass(frozen=True)
class AttrDoc:
    """A document of the attribution corpus with its gold."""

    corpus: str
    id: str
    split: str
    text: str
    attributions: tuple[GoldAttribution, ...]


def _pattern(written: str) -> re.Pattern[str]:
    pieces = [r"\s+".join(re.escape(word) for word in piece.split()) for piece in written.split(_ELIDED)]
    return re.compile(r".*?".join(pieces), re.DOTALL)


def _find_content(text: str, written: str, start: int, where: str) -> Span:
    found = _pattern(written).search(text, start)
    if found is None:
        raise GoldError(Msg.GOLD.format(path=where, why=f"content not found: {written[:60]!r}"))
    return Span(found.start(), found.end(), found.group())


def _nearest(text: str, written: str, anchor: int, content: tuple[Span, ...], where: str) -> Span | None:
    """The occurrence of ``written`` outside the content that is nearest to ``anchor``."""
    if not written:
        return None
    pattern = re.compile(r"(?<!\w)" + _pattern(written).pattern + r"(?!\w)", re.DOTALL)
    hits = [m for m in pattern.finditer(text) if not any(p.start <= m.start() < p.end for p in content)]
    if not hits:
        hits = [m for m in re.finditer(pattern.pattern, text, re.DOTALL | re.IGNORECASE)]
    if not hits:
        raise GoldError(Msg.GOLD.format(path=where, why=f"not found: {written!r}"))
    best = min(hits, key=lambda m: abs(m.start() - anchor))
    return Span(best.start(), best.end(), best.group())


def paragraph_starts(text: str) -> list[int]:
    """Offset of each paragraph (the rebuilt texts separate paragraphs by a blank line)."""
    return [0] + [m.end() for m in re.finditer(r"\n\n", text)]


def parse_line(text: str, line: str, number: int, where: str) -> GoldAttribution:
    """One gold line against its document's text."""
    fields = line.split("|")
    if len(fields) != 7:
        raise GoldError(Msg.GOLD.format(path=where, why=f"line {number}: expected 7 fields separated by '|'"))
    para, kind, cue_class, source, speaker, cue, content = (f.strip() for f in fields)
    if kind not in KINDS or cue_class not in CLASSES or not para.isdigit():
        raise GoldError(Msg.GOLD.format(path=where, why=f"line {number}: bad paragraph, kind or class"))
    starts = paragraph_starts(text)
    at = starts[min(int(para), len(starts) - 1)]
    parts: list[Span] = []
    for written in content.split(_PART):
        part = _find_content(text, written.strip(), at, f"{where}:{number}")
        parts.append(part)
        at = part.end
    found = tuple(parts)
    cue_span = _nearest(text, cue, found[0].start, found, f"{where}:{number}")
    anchor = cue_span.start if cue_span else found[0].start
    source_span = _nearest(text, source, anchor, found, f"{where}:{number}")
    return GoldAttribution(kind, cue_class, found, source_span, cue_span, speaker, number)


def load_attributions(path: str | Path, split: str = "all") -> list[AttrDoc]:
    """The documents of ``split`` (dev, test or all) with their gold attributions."""
    gold = Path(path)
    try:
        lines = gold.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise GoldError(Msg.GOLD.format(path=gold, why=e)) from e
    texts = gold.parent
    docs: list[AttrDoc] = []
    head: tuple[str, str, str] | None = None
    body: list[tuple[int, str]] = []

    def close() -> None:
        if head is None or (split != "all" and head[2] != split):
            return
        corpus, doc_id, member = head
        try:
            text = (texts / f"{doc_id}.txt").read_text(encoding="utf-8")
        except OSError as e:
            raise GoldError(Msg.GOLD.format(path=gold, why=e)) from e
        found = tuple(parse_line(text, line, n, str(gold)) for n, line in body)
        docs.append(AttrDoc(corpus, doc_id, member, text, found))

    for number, line in enumerate(lines, 1):
        if line.startswith("texts:"):
            texts = (gold.parent / line.split(":", 1)[1].strip()).resolve()
        elif line.startswith("## "):
            close()
            parts = line[3:].split()
            if len(parts) != 3 or parts[2] not in ("dev", "test"):
                raise GoldError(Msg.GOLD.format(path=gold, why=f"line {number}: expected '## CORPUS ID dev|test'"))
            head, body = (parts[0], parts[1], parts[2]), []
        elif line.strip() and not line.startswith("#"):
            body.append((number, line))
    close()
    return docs
