"""A "today" that means the present in general ("magic is alive today"), not the day of publication: TimeML's
PRESENT_REF, told apart by the clause it sits in."""

from __future__ import annotations

from spacy.tokens import Span, Token

from storyline.nlp.extensions import children_of

# Verbs of a state rather than an event: in the present tense with "today" they describe the times, not the day
# ("which I still own today"); an event verb in the present is news telling the day ("the Home Office today
# rejects"). The English stative verbs of the grammars (Quirk et al.), those seen in news. "be" is not one of
# them: "there is a lot of anger here today" tells the day (MEANTIME dev); it counts only with a comparison.
_STATIVE = {
    "own", "have", "exist", "live", "remain", "know", "believe", "need", "rely", "depend", "lack", "face",
    "use", "belong", "contain", "consist", "seem", "mean", "matter", "hold", "worship", "suffer",
}
_PRESENT = {"VBZ", "VBP"}
_FUTURE_AUX = {"will", "shall", "'ll", "wo"}


def _clause_verb(token: Token) -> Token | None:
    """The finite verb that governs ``token``: participles that only modify a noun ("magicians working today")
    are passed over for the verb of their clause."""
    for _ in range(6):
        if token.pos_ in {"VERB", "AUX"} and not (token.tag_ in {"VBG", "VBN"} and token.dep_ in {"acl", "amod"}):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _present(verb: Token) -> bool:
    """The verb is in the simple present (or a present copula or progressive), with no past, perfect nor future."""
    helpers = [c for c in children_of(verb) if c.dep_ in {"aux", "auxpass", "cop"}]
    if any(c.lower_ in _FUTURE_AUX or c.lemma_ == "have" or c.tag_ in {"VBD", "MD"} for c in helpers):
        return False
    if any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in children_of(c))
        for c in children_of(verb)
    ):
        return False  # "is to begin today": an arrangement for the day
    if verb.tag_ in _PRESENT:
        return True
    return verb.tag_ in {"VBG", "JJ"} and any(c.tag_ in _PRESENT for c in helpers)


def generic_today(span: Span) -> bool:
    """True when "today" in ``span`` means the present in general: a present-tense clause of a state ("is",
    "own"), or one compared with the past ("than ever", "still", "as strong today as it was"), or a present
    opening "Today, ..."."""
    root = span.root
    here = root.i > 0 and root.nbor(-1).lower_ == "here"
    if root.dep_ in {"nsubj", "nsubjpass", "poss"} or here:
        return False  # "Today is a great day", "today's plan", "here today": the day itself
    verb = _clause_verb(root)
    if verb is None or not _present(verb):
        return False
    sent = span.sent
    words = {t.lower_ for t in sent}
    compared = "ever" in words or "still" in words or ("as" in words and "was" in words)
    opening = span.start == sent.start and span.end < sent.end and span.doc[span.end].text == ","
    return verb.lemma_ in _STATIVE or compared or opening
