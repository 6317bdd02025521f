"""Bytes to text: size, emptiness, binary sniffing, BOMs, UTF-8 and an HTML page's declared charset."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from storyline.errors import Msg

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# File signatures of common binary formats that are sometimes mislabelled as text or HTML.
_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"BZh", b"\x7fELF", b"OggS")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HTML_START = re.compile(r"^\s*<(?:!doctype\s+html|html|head|body|meta|title|article|div|p)\b", re.IGNORECASE)
_HTML_TAGS = re.compile(r"</(?:p|div|body|html|article|h[1-6])>", re.IGNORECASE)
_SNIFF = 8192
# Share of control characters above which decoded "text" is really binary data.
_MAX_CONTROL_SHARE = 0.05


@dataclass(frozen=True)
class Failure:
    """Why bytes could not become text: a Skip reason and its message."""

    reason: str
    detail: str


def too_large(size: int, limit: int) -> Failure | None:
    """A too-large failure when ``size`` is over ``limit``."""
    if size > limit:
        return Failure("too-large", Msg.TOO_LARGE.format(size=size, limit=limit))
    return None


def looks_like_html(text: str) -> bool:
    """True when text (e.g. from standard input) is an HTML page rather than plain text."""
    head = text[:_SNIFF]
    return bool(_HTML_START.match(head)) or len(_HTML_TAGS.findall(head)) >= 2


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML or XML page declares in its first bytes, if Python knows it."""
    head = data[:_SNIFF]
    match = _CHARSET.search(head) or _XML_ENCODING.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def check_text(text: str) -> Failure | None:
    """An empty or binary failure for decoded text (also used for JSONL strings), else None."""
    if not text.strip():
        return Failure("empty", Msg.EMPTY)
    # Decoded text (a JSONL string) is binary data when control characters fill its head; a stray NUL or
    # control character is replaced at ingest and counted in the article's dropped record (ingest/sanitize.py).
    sample = text[:_SNIFF]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\n\r\t\f\v")
    if controls > _MAX_CONTROL_SHARE * len(sample):
        return Failure("binary", Msg.BINARY)
    return None


def decode(data: bytes, *, html: bool = False) -> str | Failure:
    """Decode an input file's bytes: a BOM wins, then UTF-8, then (for HTML) the declared charset."""
    if not data.strip():
        return Failure("empty", Msg.EMPTY)
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if encoding is None:
        # As git tells binary files: a known signature, or a NUL in the first 8 KB. A NUL further on is a stray
        # byte in text: it is replaced at ingest and counted in the article's dropped record.
        if data.startswith(_MAGIC) or b"\x00" in data[:_SNIFF]:
            return Failure("binary", Msg.BINARY)
        encoding = "utf-8"
        declared = declared_charset(data) if html else None
        # A page that declares UTF-8 (or nothing) must be UTF-8; one that declares another charset gets it.
        if declared and declared != "utf-8":
            encoding = declared
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as e:
        if e.reason == "unexpected end of data" and e.start >= len(data) - 4:
            return Failure("truncated", f"{Msg.UNDECODABLE} (the file ends inside a character)")
        return Failure("undecodable", f"{Msg.UNDECODABLE} (byte {e.start}: {e.reason})")
    except LookupError:  # a codec that exists by name but cannot decode (rare)
        return Failure("undecodable", Msg.UNDECODABLE)
    text = text.removeprefix("\ufeff")
    return check_text(text) or text
