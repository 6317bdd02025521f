"""Characters no field may hold: each replaced one for one with U+FFFD and recorded, so offsets stay valid.

Control characters (other than newline, tab and carriage return, which the cleaner turns into line breaks
and spaces), lone surrogates (JSON escapes and non-UTF-8 file names make them), Unicode non-characters
(U+FFFE, U+FDD0...) and NUL cannot be encoded (surrogates), end strings in C code, confuse terminals and
XML writers, or mean nothing; none of them is text a reader needs. Every field of an article passes
through here once, at ingest, so nothing downstream (store, web, outputs) ever sees one.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, replace
from pathlib import Path

from storyline.errors import Msg
from storyline.ingest.meta import Meta
from storyline.model import DroppedLine, Skip

REPLACEMENT = "\ufffd"

_PLANES = range(0, 0x110000, 0x10000)
_KINDS = (
    ("control-character", "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"),
    ("surrogate", "\ud800-\udfff"),
    # The 66 non-characters: U+FDD0..U+FDEF and the last two code points of every plane.
    ("noncharacter", "\ufdd0-\ufdef" + "".join(chr(plane + 0xFFFE) + chr(plane + 0xFFFF) for plane in _PLANES)),
)
_CHAR_REF = re.compile("&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,8}));?")
_UNSAFE = re.compile("|".join(f"(?P<{kind.replace('-', '_')}>[{chars}]+)" for kind, chars in _KINDS))


@dataclass(frozen=True)
class Scrubbed:
    """A string with its unsafe characters replaced, and where they were."""

    text: str
    """Same length as the input."""
    runs: tuple[tuple[int, int, str], ...] = ()
    """(start, end, kind) of each run of replaced characters of one kind."""

    @property
    def count(self) -> int:
        return sum(end - start for start, end, _ in self.runs)

    def counts(self) -> dict[str, int]:
        """Characters replaced, by kind."""
        out: dict[str, int] = {}
        for start, end, kind in self.runs:
            out[kind] = out.get(kind, 0) + end - start
        return out


def scrub(text: str) -> Scrubbed:
    """``text`` with every unsafe character replaced by U+FFFD (one for one) and the runs it replaced."""
    runs = tuple(
        (match.start(), match.end(), str(match.lastgroup).replace("_", "-")) for match in _UNSAFE.finditer(text)
    )
    if not runs:
        return Scrubbed(text)
    return Scrubbed(_UNSAFE.sub(lambda match: REPLACEMENT * len(match.group()), text), runs)


def _unsafe_ref(match: re.Match[str]) -> str:
    hex_digits, digits = match.groups()
    code = int(hex_digits, 16) if hex_digits else int(digits)
    if code > 0x10FFFF or _UNSAFE.fullmatch(chr(code)):
        return REPLACEMENT
    return match.group()


def scrub_html(page: str) -> tuple[str, dict[str, int]]:
    """A raw HTML page with its unsafe characters replaced, also those written as character references
    (``&#1;``, which makes the HTML parser give up on the whole page), and the count by kind."""
    scrubbed = scrub(page)
    counts = scrubbed.counts()
    refs = 0

    def replace_ref(match: re.Match[str]) -> str:
        nonlocal refs
        out = _unsafe_ref(match)
        refs += out != match.group()
        return out

    text = _CHAR_REF.sub(replace_ref, scrubbed.text)
    if refs:
        counts["character-reference"] = refs
    return text, counts


def scrub_text(text: str) -> tuple[str, tuple[DroppedLine, ...]]:
    """An article's text, scrubbed, and one dropped record per replaced run (its text the replacements)."""
    scrubbed = scrub(text)
    return scrubbed.text, tuple(
        DroppedLine(start, end, scrubbed.text[start:end], kind) for start, end, kind in scrubbed.runs
    )


def scrub_value(value: str) -> str:
    """A short value (a source, a manifest cell, a reason) with its unsafe characters replaced."""
    return scrub(value).text


def scrub_meta(meta: Meta) -> tuple[Meta, tuple[DroppedLine, ...]]:
    """Metadata with every string field scrubbed, and one zero-width record at offset 0 per field and kind
    that had unsafe characters ("control-character in title: 2"): the fields have no offsets in the text."""
    records: list[DroppedLine] = []

    def clean(field: str, value: str) -> str:
        scrubbed = scrub(value)
        records.extend(DroppedLine(0, 0, "", f"{kind} in {field}: {n}") for kind, n in scrubbed.counts().items())
        return scrubbed.text

    changes: dict[str, object] = {
        name: clean(name, value)
        for name in ("title", "outlet", "url")
        if isinstance(value := getattr(meta, name), str)
    }
    changes["byline"] = tuple(clean("byline", name) for name in meta.byline)
    return replace(meta, **changes), tuple(records)  # type: ignore[arg-type]


def display_path(path: Path | str) -> str:
    """A path as text that can always be stored and printed: bytes of a file name that are not UTF-8 (which
    Python carries as lone surrogates) shown as ``\\xff``, other unsafe characters replaced."""
    name = str(path)
    # A surrogate no file name makes (U+D800, only a JSON escape would) fails to encode: scrubbed below.
    with contextlib.suppress(UnicodeEncodeError):
        name = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return scrub_value(name)


def safe_skip(skip: Skip) -> Skip:
    """A skip whose source and detail (which may quote the input: a bad date, a file name) are safe to store."""
    source, detail = scrub_value(skip.source), scrub_value(skip.detail)
    if (source, detail) == (skip.source, skip.detail):
        return skip
    return Skip(source, skip.reason, detail)


def internal_error(source: str, error: BaseException, stage: str) -> Skip:
    """The skip of one input that a bug in storyline could not handle: the run goes on without it."""
    return failed_skip(source, type(error).__name__, str(error), stage)


def failed_skip(source: str, kind: str, message: str, stage: str) -> Skip:
    """The internal-error skip of one input, from the exception's class name and message."""
    detail = Msg.INTERNAL_ARTICLE.format(kind=kind, stage=stage, why=message)
    return safe_skip(Skip(source, "internal-error", " ".join(detail.split())))
