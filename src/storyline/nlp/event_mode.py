"""How a text holds an act: asserted, intended, threatened, demanded, refused, negated or hypothetical.

An intention is never coded as the act (PLOVER's own rule, after CAMEO's 03/10/12/13 codes): "will visit Seoul" is an
AGREE (intent to meet), "would blockade the strait" a THREATEN, "urged Japan to lift the ban" a REQUEST, "refused to
meet the demands" a REJECT. The frame is read from the verbs above the act ("plans to", "asked X to", "refused to",
"threatened to"), its auxiliaries ("will", "would", "could") and its negation; the words are lexicon lists of the
event vocabulary (``intent_verbs``, ``request_verbs``, ``refusal_verbs``, ``threat_verbs``, ``hypothetical_verbs``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from storyline.nlp.event_vocab import Vocabulary
from storyline.nlp.extensions import children_of

COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
"""Acts whose announcement is an intent to cooperate (CAMEO 03: PLOVER AGREE)."""
HOSTILE = frozenset({"PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"})
"""Acts whose announcement is a threat (CAMEO 13: PLOVER THREATEN)."""
_OWN_MODALITY = {"REQUEST": "demanded", "THREATEN": "threatened"}
_FUTURE = {"will", "'ll", "shall", "wo", "would", "'d"}
_MODALS = {"could", "might", "may", "should", "must", "can", "ought"}
_FRAMES = {"xcomp", "ccomp"}
_INDICATIVE = {"VBD", "VBZ"}
_TOLD_AUX = {"has", "have", "had", "was", "were", "is", "are", "am", "will", "would", "'s", "'ve", "'ll"}

# CAMEO codes of the frame by the framed act's type (CAMEO 03 intent, 10 demand, 12 reject, 13 threaten).
_INTENT_CODES = {"CONSULT": "036", "AID": "033", "COOPERATE": "031", "SUPPORT": "032", "CONCEDE": "035",
                 "RETREAT": "035", "AGREE": "030"}  # fmt: skip
_REQUEST_CODES = {"AID": "103", "CONSULT": "106", "COOPERATE": "101", "CONCEDE": "105", "RETREAT": "105"}
_REJECT_CODES = {"CONSULT": "125", "AID": "122", "CONCEDE": "124", "RETREAT": "124", "COOPERATE": "121"}
_THREAT_CODES = {"ASSAULT": "138", "MOBILIZE": "138", "COERCE": "1312", "SANCTION": "131", "PROTEST": "133"}


@dataclass(frozen=True)
class Frame:
    """What frames an act: the kind of frame and the word that frames it."""

    kind: str
    """intent, request, refusal, threat or hypothetical."""
    governor: Token


@dataclass(frozen=True)
class Mode:
    """The type an act is coded as, with its modality and CAMEO code, given its frame."""

    type: str
    modality: str
    cameo: str | None


def frame_of(token: Token, vocab: Vocabulary) -> Frame | None:
    """The nearest verb (or noun) above ``token`` that frames it as intended, asked for, refused, threatened or
    supposed: "plans to [visit]", "asked Japan to [lift]", "refused to [meet]", "threatened to [strike]", "calls
    for the [release]"."""
    kinds = (
        ("request", vocab.words("request_verbs")),
        ("refusal", vocab.words("refusal_verbs")),
        ("threat", vocab.words("threat_verbs")),
        ("intent", vocab.words("intent_verbs")),
        ("hypothetical", vocab.words("hypothetical_verbs")),
    )
    node = token
    for _ in range(3):
        head = node.head
        if head.i == node.i:
            return None
        framed = node.dep_ in _FRAMES or (node.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB")
        if node.dep_ == "pobj":
            head = head.head  # "calls for the release": the preposition's verb frames the noun
        if not framed:
            return None
        lemma = head.lemma_.lower()
        for kind, words in kinds:
            if lemma in words:
                if kind == "request" and node.dep_ == "ccomp" and _told(node):
                    return None  # "told CNN that pirates released the tanker": a report of the act, not a request
                if kind == "request" and not _addressed(head, node):
                    kind = "intent"  # "wants to support it": no one is asked
                return Frame(kind, head)
        if node.dep_ == "xcomp" and lemma == "be":  # "are to travel", "is set to visit"
            return Frame("intent", head)
        node = head
    return None


def _addressed(governor: Token, act: Token) -> bool:
    """A request names whom it asks: an object ("urged Japan to"), "on"/"with" ("called on", "pleaded with"), or an
    act with its own subject ("demanded that Seoul stop")."""
    if any(c.dep_ in {"dobj", "dative"} for c in children_of(governor)):
        return True
    if any(c.dep_ == "prep" and c.lower_ in {"on", "upon", "with", "for"} for c in children_of(governor)):
        return True
    return act.dep_ == "ccomp" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(act))


def _told(clause: Token) -> bool:
    """A clause with its own subject in the indicative is what a verb that also asks ("tell", "insist") reports: "her
    rep told People she checked into Promises", "a piracy monitor told CNN that pirates released a tanker", "told AFP
    that ten people had been killed", "insisted Nixon had no knowledge". What is asked is an infinitive or a bare
    subjunctive ("told Hiller to put the gun down", "insisted that the union agree", "demanded that Seoul stop") or
    takes a modal of obligation ("recommends that every country should iodise salt")."""
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(clause)):
        return False
    aux = _aux(clause)
    if aux & _MODALS or "to" in aux:
        return False
    return clause.tag_ in _INDICATIVE or bool(aux & _TOLD_AUX)


def _aux(token: Token) -> set[str]:
    return {c.lower_ for c in children_of(token) if c.dep_ in {"aux", "auxpass"}}


def _conditional_past(token: Token) -> bool:
    """ "would have been": an unreal past, not a future."""
    return "have" in {c.lemma_ for c in children_of(token) if c.dep_ == "aux"}


def _negated(token: Token, vocab: Vocabulary) -> bool:
    """ "did not", "never", "no": a negation (the vocabulary's ``negations``) on the word itself, or on its subject."""
    negations = vocab.words("negations")
    return any(c.dep_ in {"neg", "det", "advmod"} and c.lower_ in negations for c in children_of(token)) or (
        subject_denied(token, negations)
    )


def subject_denied(verb: Token, negations: frozenset[str]) -> bool:
    """The verb's subject is no one: "no Indonesian officers will be sent", "none of the banks were bailed out", "nobody
    attacked". An act done by or to none of a group did not happen, whatever its tense says."""
    for subject in children_of(verb):
        if subject.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        if subject.lower_ in {"none", "nobody", "neither"} and subject.lower_ in negations:
            return True
        if any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(subject)):
            return True
    return False


def _intended(kind: str) -> Mode:
    if kind in COOPERATIVE:
        return Mode("AGREE", "intended", _INTENT_CODES.get(kind, "030"))
    if kind in HOSTILE:
        return Mode("THREATEN", "threatened", _THREAT_CODES.get(kind, "130"))
    return Mode(kind, _OWN_MODALITY.get(kind, "intended"), None)


def mode_of(token: Token, kind: str, lemma: str, vocab: Vocabulary, frame: Frame | None) -> Mode:
    """The coded type and modality of an act of type ``kind`` triggered at ``token``, framed by ``frame``."""
    own = _OWN_MODALITY.get(kind)
    if kind == "REJECT" and lemma in vocab.words("refusal_verbs"):
        own = "refused"
    if kind == "AGREE" and lemma in vocab.words("promise_words"):
        own = "intended"
    if frame is not None:
        if frame.kind == "request":
            return Mode("REQUEST", "demanded", _REQUEST_CODES.get(kind, "100"))
        if frame.kind == "refusal":
            return Mode("REJECT", "refused", _REJECT_CODES.get(kind, "120"))
        if frame.kind == "threat":
            return Mode("THREATEN", "threatened", _THREAT_CODES.get(kind, "130"))
        if frame.kind == "hypothetical":
            return Mode(kind, "hypothetical", None)
        if _negated(frame.governor, vocab):
            return Mode(kind, "negated", None)
        if kind in HOSTILE and frame.governor.lemma_.lower() in vocab.words("attempt_verbs"):
            return Mode(kind, "asserted", None)  # "tried to storm parliament": force was used, not threatened
        return _intended(kind)
    aux = _aux(token)
    negated = _negated(token, vocab)
    if aux & _FUTURE and not _conditional_past(token):
        if negated:
            # "would not give more aid": declining to cooperate; "will not attack" is no event that happened.
            return Mode("REJECT", "refused", _REJECT_CODES.get(kind, "120")) if kind in COOPERATIVE else Mode(
                kind, "negated", None
            )
        return _intended(kind) if own is None else Mode(kind, own, None)
    if aux & _MODALS or (aux & _FUTURE):
        return Mode(kind, "hypothetical", None)
    if negated:
        return Mode(kind, "negated", None)
    return Mode(kind, own or "asserted", None)
