"""Character normalisation that keeps the text's length: one character in, one character out."""

from __future__ import annotations

import re

# Exotic quote marks become the curly quotes the extractors know. Direction is kept: an opening mark
# maps to an opening mark, so open/close pairing still works downstream.
_QUOTES = {
    "«": "“",
    "»": "”",
    "„": "“",
    "‟": "“",
    "〝": "“",
    "〞": "”",
    "〟": "”",
    "「": "“",
    "」": "”",
    "『": "“",
    "』": "”",
    "＂": '"',
    "‹": "‘",
    "›": "’",
    "‚": "‘",
    "‛": "‘",
    "＇": "'",
}
_QUOTE_TABLE = str.maketrans(_QUOTES)

# Line and paragraph separators are line breaks to a reader; keep them as such so lines still split.
_BREAKS = str.maketrans({"\u2028": "\n", "\u2029": "\n"})

# Everything that is whitespace, invisible or a control character (except the newline) becomes a plain
# space: C0/C1 controls, no-break and typographic spaces, zero-width and bidi marks, the BOM, tag chars, and
# U+FFFD, which stands for a character lost before or at ingest (storyline.ingest.sanitize) and reads as none.
_SPACES = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u00a0\u00ad\u034f\u061c\u115f\u1160\u1680\u180e\u2000-\u200f"
    "\u202a-\u202f\u205f-\u206f\u3000\u3164\ufe00-\ufe0f\ufeff\ufff9-\ufffb\ufffd\U000e0000-\U000e007f]"
)


def normalize(text: str) -> str:
    """The text with quote marks, spaces, separators and control characters normalised, same length."""
    return _SPACES.sub(" ", text.translate(_BREAKS).translate(_QUOTE_TABLE))
