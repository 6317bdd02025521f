"""The tense a time expression is told in: whether "in June" lies ahead of the paper's date or behind it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from storyline.nlp.extensions import children_of

_FUTURE_AUX = {"will", "shall", "'ll"}
# Verbs whose complement lies ahead of the speaker: "expects to close in June" is next June.
_FUTURE_VERBS = {"expect", "plan", "schedule", "intend", "aim", "prepare", "hope", "due", "forecast", "predict"}
# The small English model lemmatises "hopes" as "hop": the forms are checked as written too.
_FUTURE_FORMS = {"hopes", "hoped", "hoping"}
# A putting-off points ahead whatever its tense: "has been delayed until Monday", "postponed the hearing to Friday".
_PUT_OFF_VERBS = {"delay", "postpone", "adjourn", "defer", "reschedule"}
# A present tense after "when"/"once" under a clause about the future tells the future: "losses are expected when
# markets reopen Tuesday", "when the Saints open the playoffs on Saturday, ... will be".
_WHEN_WORDS = {"when", "once"}


def direction_of(span: Span, signal: str = "") -> int:
    """The tense of the clause the expression sits in: +1 future ("will meet on Friday"), -1 past, 0 unknown.
    "since" always looks back; "until" and "by" with no past tense look ahead ("to remain closed until Friday")."""
    if signal.lower() == "since":
        return -1
    tense = _tense(span)
    if signal.lower() == "from" and tense > 0:
        return 0  # "is to run from January 23 through March 9": the start may already lie behind
    if tense == 0 and signal.lower() in {"until", "till"}:
        return 1
    if signal.lower() in {"until", "till", "to"} and _put_off(span):
        return 1
    if signal.lower() == "for" and _appointed(span):
        return 1
    if tense == 0 and signal.lower() == "by" and not any(token.tag_ == "VBD" for token in span.sent):
        # "the goal is passage by Friday": a deadline lies ahead, unless the sentence tells the past ("was able
        # to restore services by Saturday", where the verb nearest the time is an infinitive)
        return 1
    return tense


def _tense(span: Span) -> int:
    token = span.root
    steps = 0
    while steps < 4:
        if token.pos_ in {"VERB", "AUX"}:
            children = [child for child in children_of(token) if child.dep_ in {"aux", "auxpass"}]
            if any(child.lower_ in _FUTURE_AUX for child in children) or _future_verb(token):
                return 1
            if _to_have(children):
                return -1  # "are predicted to have dipped in March": a perfect infinitive looks back
            if (token.dep_ in {"xcomp", "ccomp"} and _plans(token.head)) or _scheduled(token) or _going(token):
                return 1
            if _to_be_done(token, children) or _when_ahead(token):
                return 1
            if token.tag_ == "VBD" or any(child.tag_ == "VBD" or child.lemma_ == "have" for child in children):
                return -1
            if _bare_participle(token, children):
                return -1
            if not (token.lemma_ == "end" and token.dep_ in {"acl", "amod"} and token.tag_ != "VBZ" and not children):
                return 0
            # "the quarter ended Sept. 30", "the week ending June 5": the participle only names the period; the
            # tense is the clause's ("reported results for the quarter ended Sept. 30"). Other participles tell
            # an event of their own ("the plan announced Tuesday") and keep their reading.
            steps = -1  # the clause's verb may lie as far from the period as from the time
        if token.head.i == token.i:
            break
        # A list ("Italy in November, Mexico in January, ...") hangs each item on the one before: the items share
        # the verb of the first, so coordination does not count as a step away from it.
        steps += 0 if token.dep_ in {"conj", "cc", "appos"} else 1
        token = token.head
    return 0


def _bare_participle(token: Token, children: list[Token]) -> bool:
    """A past participle that alone modifies a noun tells a deed already done: "the rule, finalized in December,
    made optional ...", "the plan unveiled in June". "ended"/"ending" only name a period (see ``_tense``)."""
    return token.tag_ == "VBN" and token.dep_ == "acl" and not children and token.lemma_ not in {"end", "set"}


def _future_verb(token: Token) -> bool:
    return token.lemma_ in _FUTURE_VERBS or token.lower_ in _FUTURE_FORMS


def _to_have(children: list[Token]) -> bool:
    return any(c.lower_ == "to" for c in children) and any(c.lemma_ == "have" for c in children)


def _scheduled(token: Token) -> bool:
    """A present arrangement about the future: "is set for Saturday", "are to travel on Wednesday"."""
    present = [c for c in children_of(token) if c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP"}]
    if token.lemma_ == "set" and any(c.dep_ == "auxpass" for c in present):
        return True
    if token.lemma_ == "be" and token.tag_ in {"VBZ", "VBP"}:
        return any(c.dep_ == "xcomp" and _to_clause(c) for c in children_of(token))
    head = token.head
    return token.dep_ == "xcomp" and head.lemma_ == "be" and head.tag_ in {"VBZ", "VBP"} and _to_clause(token)


def _going(token: Token) -> bool:
    """The present progressive of "go": "I am going to Rome in January", "is going to close in June"."""
    if token.lemma_ != "go" or token.tag_ != "VBG":
        return False
    return any(c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP"} for c in children_of(token))


def _to_clause(token: Token) -> bool:
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in children_of(token))


def _to_be_done(token: Token, children: list[Token]) -> bool:
    """A passive infinitive after a noun tells a deed still to be done: "the measures to be voted on Thursday"."""
    if not any(c.lower_ == "to" for c in children):
        return False
    return token.dep_ in {"acl", "relcl"} and any(c.dep_ == "auxpass" for c in children)


def _when_ahead(token: Token) -> bool:
    """A present-tense verb after "when"/"once" whose main clause is about the future."""
    if token.tag_ not in {"VBP", "VBZ"} or token.dep_ != "advcl":
        return False
    if not any(c.lower_ in _WHEN_WORDS and c.dep_ in {"advmod", "mark"} for c in children_of(token)):
        return False
    head = token.head
    auxes = [c for c in children_of(head) if c.dep_ in {"aux", "auxpass"}]
    return any(c.lower_ in _FUTURE_AUX for c in auxes) or (_future_verb(head) and not _had(head))


def _had(token: Token) -> bool:
    """A past perfect: "had expected to testify on Thursday" tells a plan that was, not one ahead."""
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in children_of(token))


# Verbs that appoint a time: "a trial date was set for October 28", "a hearing was scheduled for Wednesday". The
# small English model lemmatises "slated" as "slat": the form is checked as written too.
_APPOINT_VERBS = {"set", "schedule", "slate", "slated"}


def _appointed(span: Span) -> bool:
    """A time appointed in the passive, whatever its tense: the report tells it before it comes (the past perfect,
    "had been scheduled for Monday", tells a plan that was)."""
    preposition = span.root.head
    verb = preposition.head if preposition.dep_ == "prep" else preposition
    if not {verb.lemma_, verb.lower_} & _APPOINT_VERBS or verb.tag_ != "VBN":
        return False
    helpers = [c for c in children_of(verb) if c.dep_ in {"aux", "auxpass"}]
    return any(c.dep_ == "auxpass" for c in helpers) and not _had(verb)


def _put_off(span: Span) -> bool:
    token = span.root.head
    for _ in range(2):
        if token.lemma_ in _PUT_OFF_VERBS:
            return True
        token = token.head
    return False


def _plans(token: Token) -> bool:
    """A verb whose complement lies ahead: "expects to", and "is set to" (a passive "set" with a "to" clause)."""
    if _had(token):
        return False
    if _future_verb(token) or _going(token):
        return True
    return token.lemma_ == "set" and any(child.dep_ == "auxpass" for child in children_of(token))
