"""Extractor component: mentions of people, states, organisations, places and groups, with normalised names.

Entities come from the statistical model, corrected where the text or the gazetteer is clear (a city
labelled as a product is a place, an "X Center" labelled as a place is an organisation), plus the
gazetteer's names the model misses ("the Kremlin", "Hermit Kingdom"). Noise (the outlet, bylines,
credits, promos) never becomes a mention. People are then bound within the article (mentions_people).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from storyline.model import Mention
from storyline.nlp.cues import load_lexicon
from storyline.nlp.extensions import children_of, doc_ents, doc_text, doc_tokens, sent_index
from storyline.nlp.mentions_noise import Noise
from storyline.nlp.mentions_roles import title_prefix, without_role_word
from storyline.resolve.gazetteer import Gazetteer, load_gazetteer
from storyline.resolve.names import ORGANISATION_HEADS

_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"})
ORG_HEADS = ORGANISATION_HEADS
_LOCATIVE = frozenset({"in", "at", "near", "around", "from", "to", "into", "outside", "inside", "across", "toward"})
_POSSESSIVE = re.compile(r"(?:['’]s|s['’]|['’])$")
_MAX_GAZETTEER_TOKENS = 6


@dataclass
class Candidate:
    """A mention being built: mutable until it becomes a Mention record."""

    start: int
    end: int
    first: int
    """Index of the first token."""
    last: int
    """Index just past the last token."""
    label: str
    name: str
    kind: str = "name"
    antecedent: str | None = None
    code: str | None = None
    role: str | None = None
    affiliation: str | None = None
    acts_for: str | None = None

    @property
    def resolved(self) -> str:
        """The name this mention stands for in the article."""
        return self.antecedent or self.name


def clean_name(text: str, gazetteer: Gazetteer, person: bool = False) -> str:
    """Normalised name: no possessive, leading article or (for people) titles; whitespace collapsed."""
    name = " ".join(text.split())
    name = _POSSESSIVE.sub("", name).strip(" ,.;:“”\"'‘’()[]")
    name = re.sub(r"^(?:the|The|THE)\s+", "", name)
    if person:
        words = name.split()
        while len(words) > 1:
            first = words[0].lower().rstrip(".")
            stem = first.split("-")[-1] if "-" in first else first
            if first in gazetteer.titles or f"{first}." in gazetteer.titles or stem in gazetteer.titles:
                words = words[1:]
            elif len(words) > 2 and f"{first} {words[1].lower()}" in gazetteer.titles:
                words = words[2:]
            else:
                break
        name = without_role_word(" ".join(words))
    return name


# Verbs a title-case headline runs into a name ("Trump Is Coming", "Donald Trump Warns North Korea").
_HEADLINE_VERBS = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must"}
)


def _headline_verb(token: Token) -> bool:
    """A capitalised auxiliary, or a capitalised third-person verb of saying ("Warns", "Says", "Vows")."""
    if not token.is_title:
        return False
    lower = token.lower_
    if lower in _HEADLINE_VERBS:
        return True
    lexicon = load_lexicon()
    stems = (lower[:-1], lower[:-2]) if lower.endswith("es") else (lower[:-1],) if lower.endswith("s") else ()
    return any(lexicon.verb_kind(stem) == "say" for stem in stems)


def _known_name(span: Span) -> bool:
    return load_gazetteer().lookup(span.text) is not None


def _trim(doc: Doc, span: Span) -> Span | None:
    """The entity cut at its first line break ("Getty Images\\n\\nSummary"), headline verb ("Trump Is Coming") or
    opening parenthesis ("World Health Organisation (WHO": the acronym after a name is no part of it), and extended
    over a hyphenated last part the tokenizer split off ("Moon Jae" + "-in")."""
    end = span.end
    for token in span:
        # A name that ends in what looks like a verb of saying is still one name ("The United States").
        headline = token.i > span.start and _headline_verb(token) and not _known_name(doc[span.start : token.i + 1])
        bracket = token.i > span.start and token.text == "("
        if token.is_space or "\n" in token.text or headline or bracket:
            end = token.i
            break
    else:
        # "Jae", "-", "in" written without spaces are one word: "Moon Jae-in", "Kim Jong-un".
        while (
            end + 1 < len(doc)
            and doc[end].text in ("-", "‑")
            and not doc[end - 1].whitespace_
            and not doc[end].whitespace_
            and doc[end + 1].is_alpha
            and doc[end + 1].is_lower
        ):
            end += 2
    while end > span.start and (doc[end - 1].is_space or doc[end - 1].is_punct):
        end -= 1
    return doc[span.start : end] if end > span.start else None


class MentionsExtractor:
    """Adds ``doc._.mentions``: a tuple of Mention records in text order."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        # the binder and the nickname reader import Candidate from here
        from storyline.nlp.mentions_nicknames import nicknamed_people
        from storyline.nlp.mentions_people import bind_article

        gazetteer = load_gazetteer()
        noise = Noise.for_doc(doc, gazetteer)
        candidates: list[Candidate] = []
        covered: set[int] = set()
        for ent in doc_ents(doc):
            span = _trim(doc, ent)
            # Even dropped entities' words are not free; what a headline verb cut off is ("... Warns North Korea").
            end = ent.end
            if span is not None and span.end < ent.end and _headline_verb(doc[span.end]):
                end = span.end + 1
            covered.update(range(ent.start, max(end, span.end if span is not None else end)))
            if (
                span is not None
                and ent.label_ in _LABELS
                and not noise(span.start_char, span.end_char, span.text, ent.label_)
            ):
                pair = self._coordinated_states(span, gazetteer) if ent.label_ == "GPE" else []
                found = self._from_entity(doc, span, ent.label_, gazetteer) if not pair else None
                candidates.extend(pair)
                if found is not None:
                    candidates.append(found)
        candidates = nicknamed_people(doc, candidates, gazetteer)
        tokens = doc_tokens(doc)
        candidates.extend(self._gazetteer_names(doc, tokens, covered, noise, gazetteer))
        candidates = bind_article(doc, candidates, gazetteer, noise, tokens)
        text = doc_text(doc)
        doc._.mentions = tuple(
            Mention(
                start=c.start,
                end=c.end,
                sent=sent_index(doc, c.start),
                text=text[c.start : c.end],
                label=c.label,
                name=c.name,
                kind=c.kind,
                antecedent=c.antecedent,
                code=c.code,
                role=c.role,
                affiliation=c.affiliation,
                acts_for=c.acts_for,
            )
            for c in sorted(candidates, key=lambda c: (c.start, c.end))
        )
        return doc

    def _from_entity(self, doc: Doc, span: Span, label: str, gazetteer: Gazetteer) -> Candidate | None:
        text = span.text
        if label == "NORP" and re.match(r"(?i)^(?:anti|pro|inter|non)-", text):
            return None  # "anti-American", "Inter-Korean": attitudes and relations, not actors
        entry = gazetteer.lookup(text)
        if entry is not None and (label != "PERSON" or entry.kind in ("name", "official")):
            if entry.type == "state":
                return self._make(span, "GPE", entry.name, entry.kind, code=entry.code)
            return self._make(span, "ORG", entry.name, entry.kind)
        name = clean_name(text, gazetteer, person=label == "PERSON")
        if not name or not re.search(r"[A-Za-z]", name):
            return None
        words = name.lower().split()
        if label == "PERSON":
            if all(w.rstrip(".") in gazetteer.titles or w in gazetteer.titles for w in words):
                return None
            if gazetteer.is_city(name) and self._locative(doc, span):
                return self._make(span, "LOC", name)
            prefix = title_prefix(doc, span.start, gazetteer)
            candidate = self._make(span, "PERSON", name)
            if prefix is not None:
                candidate.start, candidate.first = doc[prefix.start].idx, prefix.start
                candidate.role, candidate.acts_for = prefix.role or None, prefix.acts_for
            return candidate
        if label in ("PRODUCT", "WORK_OF_ART"):
            # The model's product or title that the gazetteer knows as a city is a place ("Kursk").
            return self._make(span, "LOC", name) if gazetteer.is_city(name) else None
        if label == "NORP":
            # Without a state behind it, only a plural people-noun is a group ("Europeans"), not an adjective.
            return (
                self._make(span, "NORP", name) if name.endswith("s") and span.root.pos_ in ("PROPN", "NOUN") else None
            )
        if words[-1] in gazetteer.titles:
            return None  # "the Korea Chair": a post, not an organisation
        has_head = any(w.strip(".,") in ORG_HEADS for w in words)
        if not has_head and self._after_title_of(doc, span, gazetteer):
            return None  # "Secretary of State", "President of State Affairs": part of a title
        if not has_head and self._titled_person(span, gazetteer):
            return self._make(span, "PERSON", name)  # "Germany's chancellor, Olaf Scholz" labelled ORG
        if any(w.strip(".,") in ORG_HEADS for w in words):
            return self._extend_org(doc, self._make(span, "ORG", name))
        if label == "GPE" and name.isupper() and len(name) <= 3:
            return None  # an unknown all-capital fragment ("KF" of "KF-VUB") is no place
        if label == "ORG" and gazetteer.is_city(name) and self._locative(doc, span):
            return self._make(span, "LOC", name)
        if label in ("FAC", "LOC"):
            return self._make(span, "LOC", name)
        return self._extend_org(doc, self._make(span, label, name)) if label == "ORG" else self._make(span, label, name)

    def _coordinated_states(self, span: Span, gazetteer: Gazetteer) -> list[Candidate]:
        """ "North and South Korea", "East and West Germany": two states sharing their last word, one mention each."""
        words = [t.text for t in span]
        if len(words) != 4 or words[1].lower() != "and":
            return []
        first, second = gazetteer.lookup(f"{words[0]} {words[3]}"), gazetteer.lookup(f"{words[2]} {words[3]}")
        if not (first and second and first.type == second.type == "state" and first.code and second.code):
            return []
        return [
            self._make(span[0:1], "GPE", first.name, code=first.code),
            self._make(span[2:4], "GPE", second.name, code=second.code),
        ]

    @staticmethod
    def _make(span: Span, label: str, name: str, kind: str = "name", code: str | None = None) -> Candidate:
        return Candidate(span.start_char, span.end_char, span.start, span.end, label, name, kind, code=code)

    @staticmethod
    def _after_title_of(doc: Doc, span: Span, gazetteer: Gazetteer) -> bool:
        return span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in gazetteer.titles

    @staticmethod
    def _titled_person(span: Span, gazetteer: Gazetteer) -> bool:
        """A name in apposition to a title ("the chancellor, Olaf Scholz") names a person."""
        root = span.root
        if len(span) < 2 or not all(t.is_title for t in span):
            return False
        linked = [root.head] if root.dep_ == "appos" else []
        linked += [c for c in children_of(root) if c.dep_ == "appos"]
        return any(t.lower_ in gazetteer.titles and t.i not in range(span.start, span.end) for t in linked)

    @staticmethod
    def _locative(doc: Doc, span: Span) -> bool:
        return span.start > 0 and doc[span.start - 1].lower_ in _LOCATIVE

    @staticmethod
    def _extend_org(doc: Doc, candidate: Candidate) -> Candidate:
        """Take in a leading article and lower-case modifiers: "the official Korean Central News Agency"."""
        i = candidate.first - 1
        inside = range(candidate.first, candidate.last)
        while i >= 0 and doc[i].head.i in inside and doc[i].dep_ in ("det", "amod") and doc[i].is_lower:
            i -= 1
        if i + 1 < candidate.first and doc[i + 1].dep_ == "det":
            candidate.first, candidate.start = i + 1, doc[i + 1].idx
        return candidate

    @staticmethod
    def _gazetteer_names(
        doc: Doc, tokens: list[Token], covered: set[int], noise: Noise, gazetteer: Gazetteer
    ) -> list[Candidate]:
        """Gazetteer names the model did not label ("Hermit Kingdom", "the Kremlin", "North Korea" in a title)."""
        found: list[Candidate] = []
        text = doc_text(doc)
        # Tokens no name may take in: taken by an entity, white space, or a line break (the only place a span's
        # text can hold one: tokens are joined with single spaces).
        barred = [t.i in covered or t.is_space or "\n" in t.text for t in tokens]
        i = 0
        while i < len(tokens):
            token = tokens[i]
            if i in covered or not (token.is_title or token.is_upper) or token.is_space:
                i += 1
                continue
            for n in range(min(_MAX_GAZETTEER_TOKENS, len(tokens) - i), 0, -1):
                if any(barred[i : i + n]):
                    continue
                last = tokens[i + n - 1]
                if not (last.is_title or last.is_upper or last.text in ("’s", "'s")):
                    continue
                start, end = token.idx, last.idx + len(last.text)
                entry = gazetteer.lookup(text[start:end])
                if entry is None or (n == 1 and token.pos_ not in ("PROPN", "NOUN", "ADJ")):
                    continue
                if noise(start, end, text[start:end], "GPE"):
                    break
                label = "GPE" if entry.type == "state" else "ORG"
                found.append(Candidate(start, end, i, i + n, label, entry.name, entry.kind, code=entry.code))
                i += n - 1
                break
            i += 1
        return found


@Language.factory("storyline_mentions", default_config={})
def make_mentions(nlp: Language, name: str) -> MentionsExtractor:
    """The mentions component."""
    return MentionsExtractor(nlp, name)
