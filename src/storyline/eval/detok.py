"""Rebuilds running text from a corpus's tokens, keeping each token's character offsets in that text."""

from __future__ import annotations

from collections.abc import Sequence

NO_SPACE_BEFORE = frozenset(
    {",", ".", ";", ":", "!", "?", ")", "]", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "%", "'"}
)
NO_SPACE_AFTER = frozenset({"(", "[", "$", "£", "€"})
_QUOTES = ("``", "''")


def detokenize(tokens: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """One line of text from ``tokens``, and each token's (start, end) in it.

    Corpora tokenise punctuation apart ("Boeing 's", "( AP )"); a tagger reads the glued form better, and
    the offsets let gold annotations on tokens become character spans. ``\u0060\u0060`` and ``''`` become ``"``.
    """
    out = ""
    spans: list[tuple[int, int]] = []
    quote_open = False
    for raw in tokens:
        tok = '"' if raw in _QUOTES else raw
        if tok == '"':
            # An opening quote takes a space before it and none after; a closing one the reverse.
            if not quote_open and out:
                out += " "
            quote_open = not quote_open
        else:
            glue = (
                not out or tok in NO_SPACE_BEFORE or out[-1] in NO_SPACE_AFTER or (out.endswith('"') and quote_open)
            )
            if not glue:
                out += " "
        spans.append((len(out), len(out) + len(tok)))
        out += tok
    return out, spans


def detok(tokens: Sequence[str]) -> str:
    """The text alone (see ``detokenize``)."""
    return detokenize(tokens)[0]
