"""When an event happened and whether the text says it did: its date, negation and hypothetical flags."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.model import TimeExpr
from storyline.nlp.event_mode import subject_denied
from storyline.nlp.event_vocab import Vocabulary
from storyline.nlp.extensions import children_of, sentence
from storyline.nlp.times import without_range_ends
from storyline.nlp.timex import dated

_PAST_CLAUSES = {"after", "before", "since", "because", "as", "while", "when", "once"}
# Irrealis nouns that suppose only in their idiom ("in the event of", "in case"): "the ongoing events in the financial
# world, including the bailout of AIG" and "after the case closed" report what happened.
_OCCASIONS = {"event", "case"}


class Circumstances:
    """Dates and flags for event triggers in one Doc, from its resolved time expressions and the parse."""

    def __init__(self, doc: Doc, vocab: Vocabulary, times: tuple[TimeExpr, ...]) -> None:
        self.vocab = vocab
        self.times: list[tuple[Token, TimeExpr]] = []
        for record in without_range_ends(times):
            # Only calendar values date an event: not PRESENT_REF and the like, nor a day left open ("at a later
            # date", XXXX-XX-XX).
            if record.kind not in {"date", "span"} or not record.value or not dated(record.value):
                continue
            # The phrase with its signal: "in June" hangs from the verb it dates, "June" from "in".
            span = doc.char_span(record.outer_start, record.end, alignment_mode="expand")
            if span is not None:
                self.times.append((span.root, record))

    def dated_inside(self, token: Token) -> bool:
        """A time expression lies in the trigger's own phrase ("aggression in March 2023")."""
        return any(root.i == token.i or self._governs(token, root) for root, _ in self.times)

    def hypothetical(self, token: Token) -> bool:
        """Modal, conditional, planned or wished: the text does not say it happened."""
        modals = self.vocab.words("modals")
        conditionals = self.vocab.words("conditionals")
        irrealis = self.vocab.words("irrealis")
        if any(c.dep_ == "amod" and c.lemma_.lower() in irrealis for c in children_of(token)):
            return True
        node = token
        for _ in range(8):
            for child in children_of(node):
                if child.dep_ in {"aux", "auxpass"} and child.lower_ in modals:
                    return True
                if child.dep_ == "mark" and child.lower_ in conditionals:
                    return True
            if node.i != token.i and node.lemma_.lower() in irrealis and not _plain_occasion(node):
                return True
            if node.dep_ == "advcl":
                marks = {c.lower_ for c in children_of(node) if c.dep_ == "mark"}
                if any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(node)) and not marks:
                    return True  # a purpose: "sent troops to kill"
                if marks & _PAST_CLAUSES:
                    return False
            if node.head.i == node.i:
                return False
            node = node.head
        return False

    def negated(self, token: Token) -> bool:
        negations = self.vocab.words("negations")
        if any(c.dep_ in {"neg", "det"} and c.lower_ in negations for c in children_of(token)):
            return True
        if token.pos_ in {"VERB", "AUX"} and subject_denied(token, negations):
            return True
        head = token.head
        return token.dep_ == "xcomp" and (
            head.lemma_.lower() in self.vocab.words("negating_verbs") or any(c.dep_ == "neg" for c in children_of(head))
        )

    @staticmethod
    def _governs(token: Token, node: Token) -> bool:
        """``node`` lies in ``token``'s phrase without another clause in between."""
        for ancestor in node.ancestors:
            if ancestor == token:
                return True
            if ancestor.pos_ in {"VERB", "AUX"}:
                return False
        return False

    def date(self, token: Token) -> str | None:
        """A time in the trigger's phrase, else one attached to a clause above it, else one in the sentence."""
        sent = sentence(token)
        candidates = [(root, t) for root, t in self.times if sent.start <= root.i < sent.end]
        if not candidates:
            return None
        inside = [(abs(root.i - token.i), t) for root, t in candidates if root == token or self._governs(token, root)]
        if inside:
            return min(inside, key=lambda x: x[0])[1].value
        for ancestor in token.ancestors:
            above = [t for root, t in candidates if root.head == ancestor or root == ancestor]
            if above:
                return above[0].value
        # Elsewhere in the sentence, but not inside a clause about something else ("deployed near the
        # region where Ukraine launched an incursion earlier this year": that year dates the incursion).
        reachable = [(root, t) for root, t in candidates if not in_other_clause(root, token)]
        if not reachable:
            return None
        return min(reachable, key=lambda x: abs(x[0].i - token.i))[1].value


def in_other_clause(node: Token, trigger: Token) -> bool:
    """``node`` lies in a relative or adverbial clause that does not contain ``trigger``."""
    for ancestor in (node, *node.ancestors):
        if ancestor.dep_ in {"relcl", "acl", "advcl"} and not (
            ancestor.left_edge.i <= trigger.i <= ancestor.right_edge.i
        ):
            return True
    return False


def _plain_occasion(node: Token) -> bool:
    """An "event" or "case" that is not the idiom "in the event", "in case": a happening, not a supposition."""
    return node.lemma_.lower() in _OCCASIONS and not (node.dep_ == "pobj" and node.head.lower_ == "in")
