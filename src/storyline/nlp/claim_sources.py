"""Who a number is attributed to and when it holds: dependency rules, the quotes and the times components."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from storyline.model import Quote, Ref, TimeExpr
from storyline.nlp.extensions import children_of, doc_text, sentence

# Verbs (lemmas) that attribute the content of their clause to their subject.
REPORTING_VERBS = frozenset(
    [
        "say",
        "tell",
        "estimate",
        "report",
        "claim",
        "believe",
        "state",
        "announce",
        "confirm",
        "add",
        "note",
        "write",
        "warn",
        "insist",
        "acknowledge",
        "observe",
        "conclude",
        "explain",
        "argue",
        "allege",
        "assert",
        "suggest",
        "indicate",
        "reveal",
        "show",
        "find",
        "predict",
        "forecast",
        "calculate",
        "project",
        "count",
        "assess",
        "think",
        "tally",
        "record",
        "put",
        "reckon",
        "maintain",
        "declare",
        "disclose",
        "testify",
        "brief",
        "recount",
        "caution",
        "worry",
        "fear",
        "expect",
        "concede",
        "admit",
        "stress",
        "emphasize",
        "emphasise",
        "contend",
    ]
)
# Of those, the ones that take the quantity as their direct object: "officials estimate 11,000 troops".
OBJECT_REPORTING_VERBS = frozenset(
    ["estimate", "report", "count", "record", "tally", "put", "cite", "confirm", "give", "show", "find"]
)

# Reporting verbs that also name plain actions ("put", "show", "count"): their subject may be a count.
_DOING_TOO = frozenset(["put", "show", "find", "count", "record", "tally", "project", "calculate", "maintain", "brief"])
# Clauses whose content a reporting verb attributes (not "as"/"because" adverbial clauses).
_CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Parts of a subject phrase that describe the source rather than name it ("Lee, a visiting fellow at ...").
_SUBJECT_TRIM = frozenset({"appos", "relcl", "acl", "punct", "cc", "advmod"})


@dataclass(frozen=True)
class Attribution:
    """The source of a claim: the phrase as written and its resolved name."""

    ref: Ref
    name: str
    cue: str


def is_reporting(token: Token) -> bool:
    """A verb of saying or estimating; a tagger's noun with a subject ("the UN estimates") counts too."""
    if token.lemma_.lower() not in REPORTING_VERBS:
        return False
    return token.pos_ in ("VERB", "AUX") or any(c.dep_ in _SUBJECT_DEPS for c in children_of(token))


def names_a_source(token: Token) -> bool:
    """The noun is a source, not a count: the subject of a reporting verb ("one analyst said", "two officials
    told") or the object of "according to"."""
    verb = token.head
    if token.dep_ == "nsubj" and is_reporting(verb) and verb.lemma_.lower() not in _DOING_TOO:
        return True
    return token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according"


def _ref(doc: Doc, start: int, end: int) -> Ref:
    return Ref(start=start, end=end, text=doc_text(doc)[start:end])


def subject_phrase(doc: Doc, subject: Token) -> Span:
    """The subject without appositions and relative clauses: 'Russel, a former official, ...' -> 'Russel'."""
    keep = [subject]
    for child in children_of(subject):
        if child.dep_ in _SUBJECT_TRIM:
            continue
        if child.i > subject.i and child.dep_ != "prep":
            continue
        keep.extend(child.subtree)
    start = min(t.i for t in keep)
    end = max(t.i for t in keep) + 1
    # Keep the conjuncts of a coordinated modifier ("South Korean and Ukrainian intelligence services").
    return doc[start:end]


def _resolved_name(doc: Doc, span: Span) -> str:
    """A mention covering the phrase's head gives its full name ("he" -> "Victor Cha"); else the phrase."""
    head = span.root
    for mention in getattr(doc._, "mentions", ()) or ():
        if mention.start <= head.idx < mention.end:
            if head.pos_ == "PRON" or mention.kind in ("surname", "pronoun", "description"):
                return str(mention.antecedent or mention.name)
            if span.start_char >= mention.start and span.end_char <= mention.end:
                return str(mention.antecedent or mention.name)
    return span.text


def _attribution(doc: Doc, verb: Token, number: Token) -> Attribution | None:
    subjects = [c for c in children_of(verb) if c.dep_ in _SUBJECT_DEPS]
    if not subjects:
        return None
    span = subject_phrase(doc, subjects[0])
    if span.start <= number.i < span.end:
        return None
    return Attribution(_ref(doc, span.start_char, span.end_char), _resolved_name(doc, span), verb.text)


# Verbs an instrument's reading is given with: "the seismological bases registered a quake measuring 3.8".
_MEASURING_VERBS = frozenset(["register", "record", "measure", "detect", "put", "rate"])


# Who measures a shock's magnitude: geological surveys, seismological centres, geophysical institutes and
# observatories (the agencies the ISC bulletin lists as reporting magnitudes).
MEASURING_AGENCY = re.compile(r"survey|seismolog|geophysic|observatory", re.IGNORECASE)


def measuring_conjunct(doc: Doc, source: Attribution) -> Attribution:
    """Of sources given together ("The official IRNA news agency and the United States Geological Survey said it
    had a magnitude of 5.9"), the one that measures: the reading is the agency's, the others relay it."""
    span = doc.char_span(source.ref.start, source.ref.end, alignment_mode="expand")
    if span is None or MEASURING_AGENCY.search(source.name):
        return source
    for conjunct in span.root.conjuncts:
        phrase = subject_phrase(doc, conjunct)
        if MEASURING_AGENCY.search(phrase.text):
            ref = _ref(doc, phrase.start_char, phrase.end_char)
            return Attribution(ref, _resolved_name(doc, phrase), source.cue)
    return source


def measured_by(doc: Doc, thing: Token, number: Token) -> Attribution | None:
    """Who measured a thing the number is a reading of, when the thing is the object of a measuring verb: "the
    seismological bases of Tehran University registered a quake measuring 3.8" -> the bases."""
    verb = thing.head
    if thing.dep_ != "dobj" or verb.lemma_.lower() not in _MEASURING_VERBS:
        return None
    return _attribution(doc, verb, number)


def _according_to(doc: Doc, node: Token) -> Attribution | None:
    for child in children_of(node):
        if child.lower_ != "according":
            continue
        for prep in children_of(child):
            for obj in children_of(prep):
                if obj.dep_ == "pobj":
                    span = doc[obj.left_edge.i : obj.i + 1]
                    cue = doc_text(doc)[child.idx : prep.idx + len(prep.text)]
                    return Attribution(_ref(doc, span.start_char, span.end_char), _resolved_name(doc, span), cue)
    return None


def dependency_source(doc: Doc, number: Token) -> Attribution | None:
    """The source the sentence gives the number: the subject of a reporting verb governing its clause
    ("officials estimate that ...", "..., officials say") or the object of "according to"."""
    path = [number, *number.ancestors]
    for child, node in itertools.pairwise(path):
        if is_reporting(node):
            # "officials estimate 11,000 troops", "police put the crowd at 20,000"
            takes_object = node.lemma_.lower() in OBJECT_REPORTING_VERBS and (
                child.dep_ == "dobj" or (child.dep_ == "prep" and child.lower_ == "at")
            )
            if child.dep_ in _CLAUSE_DEPS or takes_object:
                found = _attribution(doc, node, number)
                if found:
                    return found
    for node in path:
        found = _according_to(doc, node)
        if found:
            return found
    # "X could soon enter combat, officials say" parsed with the reporting verb under the main verb.
    on_path = {t.i for t in path}
    for node in path:
        for child in children_of(node):
            if (
                child.i not in on_path
                and child.dep_ in ("parataxis", "ccomp", "advcl")
                and child.lemma_.lower() in REPORTING_VERBS
                and not any(c.dep_ in ("ccomp", "dobj") for c in children_of(child))
            ):
                found = _attribution(doc, child, number)
                if found:
                    return found
    return None


def quote_source(quotes: Iterable[Quote], start: int, end: int) -> Attribution | None:
    """A claim inside a quote's content takes the quote's speaker."""
    for quote in quotes:
        if quote.speaker is not None and quote.start <= start and end <= quote.end:
            cue = quote.cue.text if quote.cue else ""
            return Attribution(quote.speaker.mention, quote.speaker.name, cue)
    return None


def attribute(doc: Doc, number: Token, start: int, end: int) -> Attribution | None:
    """The claim's source: the sentence's own dependency rule first, the quotes component for claims whose
    attribution lies outside the sentence or is only a pronoun."""
    own = dependency_source(doc, number)
    quoted = quote_source(getattr(doc._, "quotes", ()) or (), start, end)
    if own is None:
        return quoted
    if quoted is not None and own.ref.text.lower() in ("he", "she", "they", "it", "we", "i"):
        return Attribution(own.ref, quoted.name, own.cue)
    return own


def _clause_verb(token: Token) -> Token | None:
    for node in (token, *token.ancestors):
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def claim_time(doc: Doc, number: Token, times: Iterable[TimeExpr]) -> str | None:
    """The value of a time expression in the same clause as the number ("Since October, ... several thousand")."""
    verb = _clause_verb(number)
    if verb is None:
        return None
    sent = sentence(number)
    for time in times:
        # Only dated values: "PAST_REF" and the like say nothing about when the number holds.
        if not time.value or not time.value[0].isdigit() or not (sent.start_char <= time.start < sent.end_char):
            continue
        span = doc.char_span(time.outer_start, time.end, alignment_mode="expand")
        if span is not None and _clause_verb(span.root) == verb:
            return time.value
    return None
