"""What is never an actor: the outlet and its parts, bylines, photo credits, promo and footer sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from storyline.nlp.extensions import doc_text
from storyline.resolve.gazetteer import Gazetteer
from storyline.resolve.names import name_key

# Credit lines the cleaner may have left: "Photo: Name/Agency", "... – Name/Agency", "Sentence. Name, AGENCY".
_CREDIT = re.compile(
    r"(?:\b(?:Photo|Photograph|Picture|Image|Credit|Source)s?\s*:[^\n]*$)"
    r"|(?:\s[–—-]\s+[^\n.]{0,80}/[^\n]*$)"
    r"|(?:^(?:Reporting|Writing|Editing|Additional reporting|Compiled|Edited|Photographs?)\b[^\n]*\bby\b[^\n]*$)"
    r"|(?:(?<=[.!?]\s)[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,3},\s+[A-Z][\w&.'’/ -]{1,40}$)",
    re.MULTILINE,
)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
# Imperatives that open a promo or footer sentence ("Download the app", "Sign up here", "Write to ...").
_PROMO_VERBS = frozenset({"download", "subscribe", "sign", "catch", "follow", "click", "read", "join", "get", "write"})
# Words that only promo text uses: a sentence with one of them names no actor of the story.
_PROMO_WORDS = re.compile(r"(?i)\b(?:newsletter|sign up|subscribe|app store|google play|download (?:the|our))\b")
# A state's letters written before a currency sign name the currency ("60 billion rubles (US $2.63 billion)",
# "AU $52 million"), not the state: the tokenizer splits "US" off "$" when a space separates them.
_CURRENCY_PREFIX = re.compile(r"\b(?:US|U\.S\.|AU|A|CA|C|NZ|HK|S)(?=\s?\$)")
_SMALL = frozenset({"the", "a", "an", "of", "and", "on", "in", "for", "news", "daily", "live", "today"})


@dataclass
class Noise:
    """Decides, for one document, which spans may never become actor mentions."""

    outlet_keys: tuple[str, ...]
    outlet_words: frozenset[str]
    byline_keys: frozenset[str]
    blocked: tuple[tuple[int, int], ...]
    gazetteer: Gazetteer

    @classmethod
    def for_doc(cls, doc: Doc, gazetteer: Gazetteer) -> Noise:
        """Collect the outlet, byline, credit and promo spans of ``doc``."""
        article = doc._.article
        outlet = getattr(article, "outlet", None) or ""
        # "Mint (The Wall Street Journal)" -> "Mint", "The Wall Street Journal".
        parts = [p for p in re.split(r"[()/,;|]", outlet) if name_key(p)]
        outlet_keys = tuple(name_key(p) for p in parts)
        # A one-word outlet name or a distinctive word of it ("Mint", "Worldcrunch") marks its promos.
        words = {w for key in outlet_keys for w in key.split() if w not in _SMALL and len(key.split()) <= 2}
        byline = frozenset(name_key(b) for b in getattr(article, "byline", ()) or () if name_key(b))
        blocked = [(m.start(), m.end()) for m in _CREDIT.finditer(doc_text(doc))]
        blocked += [(m.start(), m.end()) for m in _CURRENCY_PREFIX.finditer(doc_text(doc))]
        noise = cls(outlet_keys, frozenset(words), byline, (), gazetteer)
        for sent in doc.sents:
            if noise._promo(sent):
                blocked.append((sent.start_char, sent.end_char))
        noise.blocked = tuple(blocked)
        return noise

    def is_outlet(self, text: str) -> bool:
        """True when the name is the outlet or a part of it ("Live Mint", "The Mint News App", "Mint")."""
        key = name_key(text)
        if not key:
            return False
        padded = f" {key} "
        for part in self.outlet_keys:
            if key == part or f" {part} " in padded or (len(key) >= 4 and f" {key} " in f" {part} "):
                return True
        return any(f" {w} " in padded for w in self.outlet_words)

    def __call__(self, start: int, end: int, text: str, label: str) -> bool:
        """True when the span at ``start:end`` (``text``, entity ``label``) is noise."""
        if any(s <= start and end <= e for s, e in self.blocked):
            return True
        if self.is_outlet(text) or self.gazetteer.is_noise(text):
            return True
        return label == "PERSON" and name_key(text) in self.byline_keys

    def _promo(self, sent: Span) -> bool:
        text = doc_text(sent.doc)[sent.start_char : sent.end_char]
        if "@" in text and _EMAIL.search(text):  # most sentences hold no "@", which every address does
            return True
        if _PROMO_WORDS.search(text):
            return True
        first = next((t for t in sent if not t.is_punct and not t.is_space), None)
        if first is None or first.lower_ not in _PROMO_VERBS or first.tag_ not in ("VB", "VBP", "NNP"):
            return False
        # An imperative that names the outlet, an app or a newsletter is a promo, not news.
        lowered = f" {name_key(text)} "
        return (
            any(f" {w} " in lowered for w in self.outlet_words)
            or any(f" {p} " in lowered for p in self.outlet_keys)
            or bool(re.search(r"\b(?:app|newsletter|here|updates)\b", lowered))
        )
