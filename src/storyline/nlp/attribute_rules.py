"""spaCy's attribute ruler with its one-token rules answered from a memo: the same attributes, a fraction of the time.

The model's ``attribute_ruler`` (part of speech and morphology from the tag, lemma and morphology exceptions for
words such as "'s" or "n't") runs a Matcher of 179 rules over every token: about 19 µs a token, an eighth of the
bare spaCy pipeline's time, mostly Python-level set predicates evaluated afresh at each token. All but a handful
of its rules look at one token alone and read only that token's tag, lowercase form, dependency label and space
flag, so which of them match a token is a function of those few values; a text repeats the same combinations
(1,645 of them over the 49,381 tokens of the 300 benchmark articles). The stock Matcher is asked once per new
combination, on that token alone. A rule of fixed length (no operators) is tried, with a Matcher of its own, only
at the tokens its first token's pattern matches (memoised alike: "gon na", "let 's", "there is"); any other rule
(operators, extension attributes and the like) keeps a Matcher over the whole document. The attributes are then
set as the stock component sets them: every matching rule in the order of the rules, the later one winning, with
spaCy's own ``set_token_attrs``. The stock component stays the one that holds the rules (``attrs``, ``indices``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.attrs import IDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Span
from spacy.tokens._retokenize import set_token_attrs

# Token attributes whose value, read with Doc.to_array, is what the Matcher compares a one-token rule against: a
# rule reading only these depends on nothing but the token's own values. Anything else (operators, extension
# attributes, sentence starts, lengths) goes to the Matcher over the whole document.
_MEMO_KEYS = frozenset(
    {"ORTH", "TEXT", "LOWER", "NORM", "TAG", "POS", "DEP", "LEMMA", "MORPH", "IS_SPACE", "IS_PUNCT", "IS_ALPHA",
     "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "LIKE_NUM", "SHAPE", "PREFIX", "SUFFIX", "ENT_TYPE"}
)  # fmt: skip
_ALIASES = {"TEXT": "ORTH"}
_MEMO_LIMIT = 200_000
"""Combinations remembered before the memo starts afresh (some 60 bytes each), so a long run stays bounded."""


def _reads(token: dict[str, Any]) -> frozenset[str] | None:
    """The attributes a one-token pattern reads, when they are all memo-able."""
    names = {str(name).upper() for name in token}
    if not names <= _MEMO_KEYS:
        return None
    return frozenset(_ALIASES.get(name, name) for name in names)


def _first_token_keys(patterns: Iterable[list[dict[str, Any]]]) -> frozenset[str] | None:
    """What a rule's patterns read of their first token, when that is all that decides where a match may start:
    each pattern of fixed length (no operators) and its first token reading only memo-able attributes."""
    keys: set[str] = set()
    for pattern in patterns:
        if not pattern or any("OP" in {str(name).upper() for name in token} for token in pattern):
            return None
        first = _reads(pattern[0])
        if first is None:
            return None
        keys |= first
    return frozenset(keys)


class MemoAttributeRuler:
    """Does what ``stock`` does to a Doc (see the module's docstring)."""

    def __init__(self, stock: AttributeRuler) -> None:
        self.stock = stock
        vocab = stock.vocab
        self._single, self._starts, self._whole = Matcher(vocab), Matcher(vocab), Matcher(vocab)
        self._anchored: dict[int, tuple[Matcher, int]] = {}
        read: set[str] = set()
        for rule in range(len(stock.attrs)):
            key = vocab.strings[str(rule)]  # the stock component's key for its rule ``rule`` (AttributeRuler.add)
            _, patterns = stock.matcher.get(key)
            keys = _first_token_keys(patterns)
            if keys is None:
                self._whole.add(key, patterns)
                continue
            read |= keys
            if all(len(pattern) == 1 for pattern in patterns):
                self._single.add(key, patterns)
            else:
                self._starts.add(key, [pattern[:1] for pattern in patterns])
                whole = Matcher(vocab)
                whole.add(key, patterns)
                self._anchored[rule] = (whole, max(len(pattern) for pattern in patterns))
        self._columns = [IDS[name] for name in sorted(read)]
        self._memo: dict[tuple[Any, ...], tuple[tuple[int, ...], tuple[int, ...]]] = {}
        self._merged: dict[tuple[int, ...], dict[Any, Any]] = {}

    def _rules(self, matcher: Matcher, doclike: Doc | Span) -> tuple[int, ...]:
        if not len(matcher):
            return ()
        strings = self.stock.vocab.strings
        return tuple(sorted({int(strings[match_id]) for match_id, _, _ in matcher(doclike, allow_missing=True)}))

    def _token_rules(self, doc: Doc) -> Iterator[tuple[tuple[int, ...], tuple[int, ...]]]:
        """For each token, the one-token rules that match it and the longer rules whose first token it matches."""
        if not self._columns:
            yield from (((), ()) for _ in range(len(doc)))
            return
        memo = self._memo
        for i, key in enumerate(map(tuple, doc.to_array(self._columns).reshape(-1, len(self._columns)).tolist())):
            found = memo.get(key)
            if found is None:
                token = doc[i : i + 1]
                found = (self._rules(self._single, token), self._rules(self._starts, token))
                if len(memo) >= _MEMO_LIMIT:
                    memo.clear()
                    self._merged.clear()
                memo[key] = found
            yield found

    def _target(self, doc: Doc, rule: int, match_id: int, start: int, end: int) -> int:
        """The token a match sets, as AttributeRuler.set_annotations picks it (and its error when there is none)."""
        try:
            return Span(doc, start, end, label=match_id)[self.stock.indices[rule]].i
        except IndexError:
            stock: Any = self.stock
            stock.set_annotations(doc, [(rule, match_id, start, end)])  # raises the stock component's error
            raise

    def __call__(self, doc: Doc) -> Doc:
        found = list(self._token_rules(doc))
        others: dict[int, set[int]] = {}
        strings = self.stock.vocab.strings
        if len(self._whole):
            for match_id, start, end in self._whole(doc, allow_missing=True):
                rule = int(strings[match_id])
                others.setdefault(self._target(doc, rule, match_id, start, end), set()).add(rule)
        for i, (_, candidates) in enumerate(found):
            for rule in candidates:
                matcher, length = self._anchored[rule]
                for match_id, start, end in matcher(doc[i : i + length], allow_missing=True):
                    if start == 0:
                        others.setdefault(self._target(doc, rule, match_id, i, i + end), set()).add(rule)
        for token, (rules, _) in zip(doc, found, strict=True):
            more = others.get(token.i)
            if more:
                rules = tuple(sorted(more.union(rules)))
            if rules:
                set_token_attrs(token, self._attrs(rules))
        return doc

    def _attrs(self, rules: tuple[int, ...]) -> dict[Any, Any]:
        """The attributes that rules ``rules`` leave, set in turn (each attribute is a plain field: the last wins)."""
        merged = self._merged.get(rules)
        if merged is None:
            merged = {}
            for rule in rules:
                merged.update(self.stock.attrs[rule])
            self._merged[rules] = merged
        return merged

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory("storyline_attribute_rules")
def make_attribute_rules(nlp: Language, name: str, source: str = "attribute_ruler") -> MemoAttributeRuler:
    """The memo-backed twin of the pipeline's component ``source`` (an AttributeRuler)."""
    stock = nlp.get_pipe(source)
    if not isinstance(stock, AttributeRuler):
        raise TypeError(f"{source} is a {type(stock).__name__}, not an AttributeRuler")
    return MemoAttributeRuler(stock)
