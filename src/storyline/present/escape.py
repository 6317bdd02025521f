"""Text from articles made inert for each place it is shown: Markdown, links, charts, terminals, XML, Parquet.

Article text is untrusted: a title, outlet or actor name can hold markup, a ``javascript:`` URL, a terminal
escape or a ``$`` matplotlib would read as mathtext. HTML is escaped by Jinja (``templates.html_environment``);
every other output goes through one function here.
"""

from __future__ import annotations

import contextlib
import re
from urllib.parse import urlsplit

from markupsafe import Markup

_LINK_SCHEMES = frozenset({"http", "https"})

# What Markdown would read as markup inside a line: emphasis, code, links and images, tables, strikethrough,
# backslash escapes. Line-start syntax (headings, lists, quotes) cannot occur: newlines become spaces.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_MD_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_LINE_BREAKS = re.compile(r"[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+")

# C0 and C1 controls (CSI is 0x9b in 8-bit terminals), DEL, and the bidirectional overrides and isolates
# that reorder what a terminal shows ("Trojan Source"). Newline and tab are layout, not escapes.
_TERMINAL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

# Characters XML 1.0 cannot carry (controls other than tab/newline/CR, lone surrogates, U+FFFE/U+FFFF) and
# the Unicode non-characters, which lxml refuses too.
_NOT_XML = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    + "".join(f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(1, 17))
    + "]"
)
_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"
"""What an unusable character becomes: U+FFFD shows that something was there."""


def http_url(url: object) -> str | None:
    """``url`` if it is an absolute http(s) URL, else None: only those become links (no ``javascript:``,
    ``data:``, ``file:`` or scheme-relative URLs, however they are cased or padded)."""
    if not isinstance(url, str) or _TERMINAL.search(url) or any(c.isspace() for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:  # an unbalanced IPv6 bracket
        return None
    return url if parts.scheme.lower() in _LINK_SCHEMES and parts.netloc else None


def markdown_text(value: object) -> Markup:
    """``value`` as inline Markdown text that renders as itself: HTML characters as entities, Markdown
    punctuation backslash-escaped, line breaks (which would end a table row) as spaces, control characters
    as U+FFFD.

    Used as the Markdown environment's ``finalize``; Markup (a macro's already escaped output) passes as is."""
    if isinstance(value, Markup):
        return value
    text = _LINE_BREAKS.sub(" ", "" if value is None else str(value))
    text = _TERMINAL.sub(REPLACEMENT, text)  # brief.md is also read with cat and less
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return Markup("".join(_MD_HTML.get(c, c) for c in text))


def terminal_text(text: str) -> str:
    """``text`` safe to print to a terminal: every control character (but newline and tab) and bidirectional
    override shown as a ``\\uXXXX`` escape. JSON output stays valid JSON: those characters only occur inside
    its strings, where the escape means the same character."""
    return _TERMINAL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def chart_text(text: str) -> str:
    """``text`` for a matplotlib label, drawn as written: every ``$`` escaped, so no pair of them is read as
    mathtext (which fails on most text, "Make $$ Fast", or draws something else)."""
    return text.replace("$", r"\$")


def plain_chart_text() -> contextlib.AbstractContextManager[None]:
    """Draw with matplotlib's own text engine, never LaTeX, whatever a matplotlibrc says (a label is read
    when its Text is made, so the whole drawing runs inside)."""
    import matplotlib as mpl  # here: the CLI imports this module for terminal_text and should stay quick

    return mpl.rc_context({"text.usetex": False})


def xml_text(text: str) -> str:
    """``text`` with every character XML cannot hold replaced by U+FFFD (for GraphML)."""
    return _NOT_XML.sub(REPLACEMENT, text)


def utf8_text(text: str) -> str:
    """``text`` with lone surrogates (which UTF-8 cannot encode) replaced by U+FFFD (for Parquet)."""
    return _SURROGATE.sub(REPLACEMENT, text)
