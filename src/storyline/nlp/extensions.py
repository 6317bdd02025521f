"""The Doc extensions the extractor components read and write, registered once."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from spacy.parts_of_speech import NAMES
from spacy.tokens import Doc, Span, Token

# Each component writes a tuple of model records to its own extension; later components may read
# earlier ones (quotes read mentions, claims read quotes, events read mentions and times).
RECORD_EXTENSIONS = ("mentions", "times", "quotes", "claims", "events", "commitments")


def register_extensions() -> None:
    """Register storyline's Doc extensions (idempotent)."""
    if not Doc.has_extension("article"):
        # The Article being analysed: components read its publication date, outlet and byline.
        Doc.set_extension("article", default=None)
    if not Doc.has_extension("sent_starts"):
        Doc.set_extension("sent_starts", getter=_sent_starts)
    for name in RECORD_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=())


def _sent_starts(doc: Doc) -> list[int]:
    return [sent.start_char for sent in doc.sents]


def sent_index(doc: Doc, char: int) -> int:
    """Index of the sentence containing character offset ``char`` of ``doc.text``."""
    starts: list[int] = doc.user_data.get("storyline_sent_starts") or []
    if not starts:
        starts = _sent_starts(doc)
        doc.user_data["storyline_sent_starts"] = starts
    return max(bisect_right(starts, char) - 1, 0)


def sent_end(sent: Span) -> int:
    """End of a sentence without its trailing white space.

    Blanked (dropped) lines are white space in the body and spaCy hangs them on the sentence before, so
    ``sent.end_char`` can reach over a dropped line; text cut at it would show the dropped line again.
    """
    for token in reversed(sent):
        if not token.is_space:
            return token.idx + len(token.text)
    return sent.start_char


register_extensions()


def remember_text(doc: Doc, text: str) -> None:
    """Keep ``text``, the string ``doc`` was made from, as its ``doc_text``: spaCy's tokenizer loses no character,
    so ``doc.text`` joins the tokens back into this very string (at a cost of some 0.15 ms an article)."""
    doc.user_data["storyline.text"] = text


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per document: spaCy joins it from the tokens on every access, and the time and
    claim extractors read it for every candidate."""
    text = doc.user_data.get("storyline.text")
    if text is None:
        text = doc.user_data["storyline.text"] = doc.text
    return str(text)


def entity_of(token: Token) -> Span | None:
    """The entity span holding ``token``, found by walking its IOB tags: ``doc.ents`` builds a Span for every
    entity of the document on each access, and the extractors ask this for many tokens of an article."""
    if not token.ent_type_:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


_TOKENS = "storyline.tokens"
_CHILDREN = "storyline.children"
_POS = "storyline.pos"
_ENTS = "storyline.ents"
_HEADLINE = "storyline.headline"
_STARTS = "storyline.token_starts"
_ENDS = "storyline.token_ends"
_POS_NAMES = {int(number): name for number, name in NAMES.items()}  # what ``Token.pos_`` looks its number up in


def doc_tokens(doc: Doc) -> list[Token]:
    """``list(doc)``, built once per document and shared by the extractors: each pass over a Doc and each ``doc[i]``
    builds a new Token per word. Read only: the list is shared."""
    tokens: list[Token] | None = doc.user_data.get(_TOKENS)
    if tokens is None:
        tokens = doc.user_data[_TOKENS] = list(doc)
    return tokens


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per document and shared: spaCy builds a new Span for every entity on each access,
    and mentions, times and speakers each read them (no component of storyline sets ``doc.ents``)."""
    ents: tuple[Span, ...] | None = doc.user_data.get(_ENTS)
    if ents is None:
        ents = doc.user_data[_ENTS] = tuple(doc.ents)
    return ents


def pos_tags(doc: Doc) -> list[str]:
    """Every token's ``pos_``, in order, read once per document from spaCy's part-of-speech array: ``Token.pos_``
    turns the number into a Python enum and looks its name up on every access (about 0.1 µs), and several
    extractors test the part of speech of every word. Read only: the list is shared."""
    tags: list[str] | None = doc.user_data.get(_POS)
    if tags is None:
        tags = [_POS_NAMES[number] for number in doc.to_array("POS").tolist()] if len(doc) else []
        doc.user_data[_POS] = tags
    return tags


def children_of(token: Token) -> tuple[Token, ...]:
    """``tuple(token.children)`` (the tokens whose head it is, in text order), from a table built once per document:
    ``Token.children`` walks the token's subtree edges and builds new Tokens on every access (about 2 µs a token), and
    the extractors ask it of most words, again and again."""
    table: list[tuple[Token, ...]] | None = token.doc.user_data.get(_CHILDREN)
    if table is None:
        table = _children_table(token.doc)
    return table[token.i]


def _children_table(doc: Doc) -> list[tuple[Token, ...]]:
    tokens = doc_tokens(doc)
    kids: list[list[Token]] = [[] for _ in tokens]
    # Each token's head as an offset from it (unsigned in spaCy's array: cast back to signed), read in one call
    # rather than a new head Token per word.
    offsets = doc.to_array("HEAD").astype("int64").tolist() if tokens else []
    for token, offset in zip(tokens, offsets, strict=True):
        if offset:
            kids[token.i + offset].append(token)
    table = [tuple(found) for found in kids]
    doc.user_data[_CHILDREN] = table
    return table


def char_tokens(doc: Doc, start_char: int, end_char: int) -> range:
    """The indices of the tokens of ``doc.char_span(start_char, end_char, alignment_mode="expand")`` (empty where
    it is None), found by a binary search of the token offsets, read once per document: the Span itself costs a
    few microseconds, and each pass over it builds a new Token per word."""
    starts: list[int] | None = doc.user_data.get(_STARTS)
    if starts is None:
        rows = doc.to_array(["IDX", "LENGTH"]).tolist() if len(doc) else []
        starts = doc.user_data[_STARTS] = [row[0] for row in rows]
        doc.user_data[_ENDS] = [row[0] + row[1] for row in rows]
    ends: list[int] = doc.user_data[_ENDS]
    # As spaCy's token_by_char: the token a character falls in, its trailing space included (the tokens cover the
    # text without a gap), or none outside the text.
    length = len(doc_text(doc))
    if not 0 <= start_char < length or not 0 <= end_char - 1 < length:
        return range(0)
    first = bisect_right(starts, start_char) - 1
    last = bisect_right(starts, end_char - 1) - 1
    if start_char == ends[first]:
        first += 1  # the trailing space is no part of the token before it
    return range(first, last + 1)


def forget_tables(doc: Doc) -> None:
    """Drop the shared token tables once the extractors are done with ``doc``: their Tokens refer back to it, so
    kept they would leave the document for the cyclic collector to free, not the reference count."""
    doc.user_data.pop(_TOKENS, None)
    doc.user_data.pop(_CHILDREN, None)
    doc.user_data.pop(_POS, None)
    doc.user_data.pop(_ENTS, None)
    doc.user_data.pop(_HEADLINE, None)
    doc.user_data.pop(_STARTS, None)
    doc.user_data.pop(_ENDS, None)


def headline_parse(doc: Doc, title: str, parse: Callable[[str], Doc]) -> Doc:
    """``parse(title)``, once per document: the quotes and the claims components both read the headline's parse,
    and a parse of its own costs the statistical components' fixed cost per call (several ms) for a few words."""
    cached = doc.user_data.get(_HEADLINE)
    if cached is None or cached[0] != title:
        cached = doc.user_data[_HEADLINE] = (title, parse(title))
    head: Doc = cached[1]
    return head


def sentence(token: Token) -> Span:
    """The sentence of ``token``. ``Token.sent`` rescans the whole Doc on every call; this caches the bounds."""
    start, end = sentence_bounds(token)
    return token.doc[start:end]


def sentence_bounds(token: Token) -> tuple[int, int]:
    """``(start, end)`` of the sentence of ``token``, the token offsets of ``sentence(token)`` without building the
    Span (about 1 µs): what the callers that only compare or bound by the sentence need."""
    doc = token.doc
    bounds: list[tuple[int, int]] | None = doc.user_data.get("storyline_sent_bounds")
    if bounds is None:
        bounds = [(sent.start, sent.end) for sent in doc.sents]
        doc.user_data["storyline_sent_bounds"] = bounds
        doc.user_data["storyline_sent_firsts"] = [start for start, _ in bounds]
    i = max(bisect_right(doc.user_data["storyline_sent_firsts"], token.i) - 1, 0)
    return bounds[i]
