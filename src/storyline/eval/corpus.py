"""Records of a coreference gold corpus: articles rebuilt from tokens, their gold mentions, and story groups."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

SPLITS = ("dev", "test", "all")
"""dev: the part rules may be developed on; test: the held-back part; all: both."""


@dataclass(frozen=True)
class GoldMention:
    """One annotated mention of a person or organisation, or of an event."""

    start: int
    end: int
    """Character offsets into the rebuilt article text."""
    entity: str
    """Gold identity: mentions with the same entity within a group are the same person or organisation."""
    text: str
    """The mention as rebuilt (``article.text[start:end]``)."""
    name: bool
    """The mention is a proper name (the "names only" variant keeps just these)."""


@dataclass(frozen=True)
class GoldArticle:
    """An article rebuilt from a corpus's tokens, with its gold mentions."""

    id: str
    """The corpus's document name ("1_10ecbplus", "GUM_news_iodine", "airbus/100911")."""
    text: str
    """Headline, blank line, then the sentences (one paragraph each), as a .txt input would be."""
    mentions: tuple[GoldMention, ...]
    published: date | None = None
    """Document creation time, where the corpus gives one: relative dates are resolved against it."""
    events: tuple[GoldMention, ...] = ()
    """Gold event mentions (their ``entity`` is the happening they refer to), where the corpus annotates them."""


@dataclass(frozen=True)
class GoldGroup:
    """Articles whose mentions share one identity space: one story for storyline."""

    id: str
    split: str
    """dev or test."""
    articles: tuple[GoldArticle, ...]


def article_text(sentences: Sequence[Sequence[str]]) -> tuple[str, list[list[tuple[int, int]]]]:
    """The text of tokenised sentences (the first is the headline) and each token's span in it."""
    from storyline.eval.detok import detokenize

    text, spans = "", []
    for sentence in sentences:
        line, offsets = detokenize(sentence)
        if text:
            text += "\n\n"
        spans.append([(len(text) + s, len(text) + e) for s, e in offsets])
        text += line
    return text + "\n", spans


_LOWER_OK = frozenset({"of", "the", "and", "for", "de", "van", "von", "der", "la", "le", "&", "'s", "-", "."})
_PRONOUN_LIKE = frozenset(
    {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me", "his", "its", "their", "our",
     "my", "your", "who", "whom", "whose", "this", "that", "these", "those", "a", "an"}
)


def looks_like_name(words: Iterable[str]) -> bool:
    """A mention is a proper name when every word is capitalised or a name's function word ("Bank of America"),
    it opens with no determiner or pronoun (a leading "the" is passed over), and its last word is capitalised.
    Used where the corpus does not mark names itself (ECB+, GUM); a sentence-initial "The company" fails on
    "company"."""
    words = [w for w in words if re.search(r"\w", w) or w in _LOWER_OK]
    if words and words[0].lower() == "the":  # "the Boeing Company", "The New York Times"
        words = words[1:]
    if not words or words[0].lower() in _PRONOUN_LIKE:
        return False
    if not words[-1][:1].isupper() and not words[-1][:1].isdigit():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _LOWER_OK for w in words)


def in_split(split: str, member: str) -> bool:
    """Whether a group of split ``member`` (dev or test) is asked for by ``split`` (dev, test or all)."""
    return split == "all" or split == member
