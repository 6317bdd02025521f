"""Attributions whose cue is a noun: "Trump's claim that ...", "the GAO issued a recommendation that ...",
"Trump's claims of voter fraud"."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Token

from storyline.nlp.cues import Lexicon
from storyline.nlp.extensions import children_of, doc_tokens, pos_tags
from storyline.nlp.reported import Report, clauses_on_verb, subject, trim

HOLDING_VERBS = frozenset({
    "have", "hold", "express", "voice", "raise", "issue", "share", "reach", "come", "make", "give", "offer",
    "repeat", "reiterate", "air", "put", "publish", "release", "send", "file", "outline", "deliver", "renew",
})  # fmt: skip
"""Verbs whose subject holds or utters the noun they govern ("Airbus has hopes that", "came to the conclusion
that"); "denied claims that" or "rejected fears that" give the noun to someone else, so they are not here."""
OF_CUES = frozenset({"claim", "allegation", "accusation", "charge", "fear", "suspicion", "warning", "hope"})
"""Cue nouns whose "of" phrase states what is claimed or feared ("claims of fraud"); "news of" or "a statement
of" name a topic, not a claim."""
_CLAUSE_DEPS = frozenset({"acl", "ccomp", "relcl", "appos"})


def _that_clause(noun: Token) -> Token | None:
    """The head of the that-clause completing ``noun``: "that" right after the noun opens it, and "that" is the
    clause's conjunction, not its subject or object (a relative clause: "the claim that he made")."""
    doc = noun.doc
    nxt = noun.i + 1
    if nxt >= len(doc) or doc[nxt].lower_ != "that":
        return None
    for clause in [*children_of(noun), *clauses_on_verb(noun)]:
        if clause.dep_ not in _CLAUSE_DEPS or clause.i <= nxt or doc[nxt] not in clause.subtree:
            continue
        that = doc[nxt]
        if that.dep_ == "mark":
            return clause
        objects = [c for c in children_of(clause) if c.dep_ in ("dobj", "attr", "ccomp", "xcomp") and c.i != that.i]
        subjects = [c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass") and c.i != that.i]
        if that.dep_ == "dobj" and objects and subjects:  # "that the Air Force re-open the competition"
            return clause
        if that.dep_ == "nsubj" and subjects and clause.dep_ == "ccomp":  # "defence that, while ..., the music is"
            return clause
    return None



def _of_content(noun: Token) -> Token | None:
    """ "Trump's claims of voter fraud": the common noun after "of" is what the claim says happened (a proposition
    folded into a noun, after PARC 3.0); a name after "of" is never one ("fears of Iran")."""
    if noun.lemma_.lower() not in OF_CUES:
        return None
    of = next((c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1), None)
    pobj = next((c for c in children_of(of) if c.dep_ == "pobj"), None) if of is not None else None
    if pobj is None or pobj.pos_ != "NOUN" or pobj.ent_type_:
        return None
    return pobj


def _holder(noun: Token) -> Token | None:
    """Who holds or utters the noun: its possessor, or the subject of the verb that holds it."""
    poss = next((c for c in children_of(noun) if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # "came to the conclusion"
    elif noun.dep_ not in ("dobj", "attr"):
        return None
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in HOLDING_VERBS:
        return None
    if any(c.dep_ == "neg" for c in children_of(head)):
        return None
    return subject(head)


def noun_reports(doc: Doc, lexicon: Lexicon, quoted: Callable[[int], bool],
                 is_source: Callable[[Token], bool]) -> Iterator[Report]:  # fmt: skip
    """Reports under a cue noun completed by a that-clause (or an "of" phrase: "claims of fraud"), with a source
    that holds the noun."""
    for token, pos in zip(doc_tokens(doc), pos_tags(doc), strict=True):
        if pos != "NOUN" or lexicon.noun_cue(token.lemma_) is None or quoted(token.idx):
            continue
        clause = _that_clause(token)
        of = _of_content(token) if clause is None else None
        if clause is None and of is None:
            continue
        source = _holder(token)
        if source is None or not is_source(source):
            continue
        # one noun may be the whole claim ("claims of fraud"); a clause is trimmed of its "that"
        content = doc[of.left_edge.i : of.right_edge.i + 1] if of is not None else (
            trim(doc, list(clause.subtree)) if clause is not None else None)  # fmt: skip
        if content is not None:
            yield Report(content, source, doc[token.i : token.i + 1])
