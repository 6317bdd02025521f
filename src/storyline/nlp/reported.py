"""Reported speech without quote marks: clauses under a verb of saying, believing or estimating, and "according to"."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from storyline.nlp.cues import DOCUMENT_NOUNS, Lexicon
from storyline.nlp.extensions import children_of, doc_tokens, pos_tags, sentence

_QUESTION_MARKS = {"whether", "if", "how", "why", "what", "when", "where", "who"}
# A clause these open (with no "that") says when or why the cue was spoken, not what: the parser may still hang it on
# the cue as its complement ("Williams said before Kelly appeared on the scene")
ADVERBIAL_MARKS = {"before", "after", "while", "until", "since", "because", "once", "though", "although"}
EVIDENCE_NOUNS = DOCUMENT_NOUNS | {
    "estimate", "research", "evidence", "statistic", "number", "model", "test", "investigation", "inquiry",
    "probe", "scientist", "researcher", "expert", "observation", "calculation", "simulation", "trial",
}
"""Subjects that can show or find something besides people and groups: studies, data, estimates."""
_MIN_TOKENS = 3
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_RELATIVES = frozenset({"that", "which", "who", "whom"})
INFINITIVE_CUES = frozenset({
    "claim", "expect", "hope", "plan", "intend", "promise", "pledge", "vow", "threaten", "demand", "commit",
})  # fmt: skip
"""Cues whose content may be an infinitive with the source as its subject ("claims to have seen", "vowed to")."""
GERUND_CUES = frozenset({"admit", "deny", "acknowledge", "confess", "report", "recall"})
"""Speech cues whose content may be a gerund with the source as its subject ("admitted killing two coworkers",
"denied shooting at the officers", "reported losing $4.8 billion"): verbs of VerbNet's admit and report classes
that take an -ing complement; not "deny wrongdoing", a noun."""
BELIEF_ADJECTIVES = frozenset({
    "concerned", "worried", "confident", "convinced", "hopeful", "optimistic", "pessimistic", "afraid", "certain",
    "adamant",
})  # fmt: skip
"""Adjectives that attribute a belief to their subject when a clause completes them ("concerned that ..."); not
"sure", which "make sure they ..." uses for no belief at all."""
_NAMED_SUBJECT = frozenset({"PERSON", "ORG"})
_STRAY_DEPS = frozenset({"dobj", "appos", "nsubj"})
"""Dependents of an opening "according to" object that are the sentence's own noun phrase, not the source's."""


@dataclass(frozen=True)
class Report:
    """A piece of reported content with the token that names its source and the cue."""

    content: Span
    source: Token
    cue: Span
    kind: str = "indirect"


def named_first(tokens: list[Token]) -> Token:
    """Of several subjects or objects the parser gave one word, the named one: "Malaysia's Prime Minister, Najib
    Razak said" and "according to curator Elaine Gustafon" are a title and a name apposed."""
    return next((t for t in tokens if t.ent_type_ in _NAMED_SUBJECT), tokens[0])


def subject(verb: Token) -> Token | None:
    """The grammatical subject of a verb, climbing through coordination, control and the passive's agent."""
    seen = 0
    while seen < 4:
        subjects = [c for c in children_of(verb) if c.dep_ in ("nsubj", "csubj")]
        addressed = next((c for c in subjects if c.lower_ == "you"), None)
        if addressed is not None:  # "Mr. President, do you think ...": the name is who is asked, not who speaks
            return addressed
        if subjects:
            # "The activist group the Project on ... has called": an apposed title and name, two subjects
            chosen = named_first(subjects)
            return chosen if chosen.ent_type_ in _NAMED_SUBJECT else (_name_before_title(verb, chosen) or chosen)
        for child in children_of(verb):
            if child.dep_ == "agent":
                objs = [c for c in children_of(child) if c.dep_ == "pobj"]
                if objs:
                    return objs[0]
        if verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
            verb, seen = verb.head, seen + 1
            continue
        return None
    return None


def _name_before_title(verb: Token, title: Token) -> Token | None:
    """ "Buzz Hargrove, the president of Canadian Auto Workers said": the parser may make the title the subject
    and hang the name before it on the verb; the name, right before the comma that opens the title, is who."""
    doc = verb.doc
    start = title.left_edge.i
    if start < 2 or doc[start - 1].text != ",":
        return None
    name = doc[start - 2]
    if name.ent_type_ not in _NAMED_SUBJECT or name.dep_ not in ("dep", "npadvmod", "nsubj"):
        return None
    return name if name.head.i == verb.i else None


def _named_possessor(noun: Token) -> bool:
    """Whether a noun has a possessor that is no pronoun ("Apple's defence", not "his view": his is likely the
    verb's own subject)."""
    return any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in children_of(noun))


def clauses_on_verb(noun: Token) -> list[Token]:
    """ "agreed with Apple's defence that ...": the parser may hang the clause that completes a possessed noun
    on the verb governing it; that clause is the noun's when its "that" follows the noun."""
    if not _named_possessor(noun):
        return []
    head = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if noun.dep_ not in ("pobj", "dobj") or head.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in children_of(head) if c.dep_ == "ccomp" and c.i > noun.i]


def completes_possessed_noun(clause: Token) -> bool:
    """Whether a that-clause the parser hung on a verb follows a possessed noun under that verb ("agreed with
    Apple's defence that ..."): what it says is the possessor's, not the verb's subject's."""
    start = clause.left_edge.i
    doc = clause.doc
    if start < 1 or doc[start].lower_ != "that":
        return False
    noun = doc[start - 1]
    return noun.pos_ == "NOUN" and clause in clauses_on_verb(noun)


def converb_subject(verb: Token) -> Token | None:
    """ "Boeing challenged the award, claiming ...": a participle with no subject of its own speaks for the
    subject of the clause it hangs on."""
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.head.i != verb.head.i:
        return subject(verb.head.head)  # "justified his choice by saying": the manner of the subject's act
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head.i == verb.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in children_of(verb)):
        return None  # "while saying", "before saying": a time clause, or a subject of its own
    return subject(verb.head)


def trim(doc: Doc, tokens: list[Token]) -> Span | None:
    """The tokens' stretch of text, stripped of punctuation, spaces and a leading "that"."""
    if not tokens:
        return None
    lo, hi = min(t.i for t in tokens), max(t.i for t in tokens) + 1
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space or (doc[lo].lower_ == "that" and (
            doc[lo].dep_ == "mark" or (lo + 1 < hi and doc[lo + 1].text == ",")))):  # "that, while ...": no subject
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    # "..., according to polling." closing the stretch is the cue of the attribution that holds it, not content
    according = next((t for t in doc[lo + 1 : hi] if t.lower_ == "according" and t.right_edge.i + 1 >= hi), None)
    if according is not None:
        hi = according.i
        while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
            hi -= 1
    return doc[lo:hi] if hi - lo >= _MIN_TOKENS else None


def _content(verb: Token, kind: str) -> Span | None:
    doc = verb.doc
    # a possessive marker heads no clause: the parser makes one of the spaced "sheriff ’ s Sgt. Vanette
    # Christiansen" after "said" in corpus text, the speaker's phrase, not what was said
    comps = [c for c in children_of(verb) if c.dep_ == "ccomp" and c.tag_ != "POS"]
    if not comps:
        # "said in a statement that ...": the parser hangs the that-clause on the noun
        comps = [
            clause
            for prep in children_of(verb)
            if prep.dep_ == "prep"
            for pobj in children_of(prep)
            if pobj.dep_ == "pobj" and not _named_possessor(pobj)  # "agreed with Apple's claim that": Apple's
            for clause in children_of(pobj)
            if clause.dep_ in ("acl", "ccomp")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in children_of(clause))
        ]
    if not comps and kind == "say":
        comps = [c for c in children_of(verb) if _fronted_report(verb, c)]
    if kind == "urge":
        comps += [c for c in children_of(verb) if c.dep_ == "xcomp" or (c.lower_ == "to" and c.i > verb.i)]
    elif not comps and verb.lemma_.lower() in INFINITIVE_CUES and not _passive(verb):
        # "AppleInsider claims to have seen ...", "Ford expects to stay profitable": the infinitive is the content
        comps = [c for c in children_of(verb) if c.dep_ == "xcomp" and c.i > verb.i and _infinitive(c)]
    elif not comps and verb.lemma_.lower() in GERUND_CUES and not _passive(verb):
        comps = [
            c
            for c in children_of(verb)
            if c.dep_ in ("xcomp", "dobj") and c.i == verb.i + 1 and c.tag_ == "VBG"
            and not any(g.dep_ in ("nsubj", "nsubjpass", "aux") for g in children_of(c))
        ]
    if not comps and verb.lemma_.lower() == "blame":
        return _blamed(verb)
    if comps:
        # "reports have revealed that ...": of two clauses the parser hangs on the cue, the that-clause
        comp = next(
            (c for c in comps if any(m.dep_ == "mark" and m.lower_ == "that" for m in children_of(c))), comps[0]
        )
        marks = {c.lower_ for c in children_of(comp) if c.dep_ == "mark"}
        if marks & _QUESTION_MARKS or (marks & ADVERBIAL_MARKS and "that" not in marks and comp.i > verb.i):
            # "said that while X, Y" may carry both marks; a clause before its cue is the report, whatever the
            # parser marks it with ("X fired Y, one day after Z, dpa reported")
            return None
        if completes_possessed_noun(comp):
            return None  # the possessor's claim, a noun cue's report, not the verb's subject's
        return trim(doc, list(comp.subtree))
    as_clause = (
        verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in children_of(verb))
        # "as all candidates stressed support": "as" meaning because, with the verb's own object
        and (verb.lemma_.lower() == "tell" or not any(c.dep_ == "dobj" for c in children_of(verb)))
    )
    if (verb.dep_ == "parataxis" or as_clause) and kind in ("say", "believe", "estimate"):
        # "X could spur more aid, Cha wrote, and ...", "As Heald told the Post, ozone has dropped": the sentence
        # around the parenthetical cue
        inner = {t.i for t in verb.subtree}
        return trim(doc, [t for t in verb.head.subtree if t.i not in inner])
    return None


def _fronted_report(verb: Token, clause: Token) -> bool:
    """A whole clause before ", X said" that the parser hung on the cue as an adverbial ("Recently when he fell ill,
    his family obtained a court order, his lawyer said"): a finite clause with its own subject and no conjunction of
    its own, ending at the comma before the cue's subject, is what was said. "When X, he said ..." has its mark."""
    if clause.dep_ != "advcl" or clause.i > verb.i:
        return False
    if any(c.dep_ == "mark" or c.tag_ in ("WRB", "WDT") for c in children_of(clause)):
        return False  # "When some employees tried to leave, they were told ...": the wh-word is its conjunction
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i for c in children_of(clause)):
        return False
    end = max(t.i for t in clause.subtree)
    said_by = [c for c in children_of(verb) if c.dep_ == "nsubj" and clause.i < c.i < verb.i]
    if not said_by or min(t.i for t in said_by[0].subtree) != end + 2:
        return False  # the comma must lead straight to who says it: "..., Marinaccio said"
    after = verb.doc[end + 1]
    finite = clause.tag_ in _FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c in children_of(clause)
    )
    return finite and after.text == ","


def _passive(verb: Token) -> bool:
    """ "Longhorn is expected to ...": no source holds the expectation."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(verb))


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))


def _blamed(verb: Token) -> Span | None:
    """ "analysts blame recent losses on fears of a recession": what is blamed and on what."""
    obj = next((c for c in children_of(verb) if c.dep_ == "dobj" and c.lower_ not in _RELATIVES), None)
    if obj is None:
        return None  # "the refusal that critics blame for ...": the object is the relative pronoun
    causes = [c for c in (*children_of(verb), *children_of(obj)) if c.dep_ == "prep" and c.lower_ in ("on", "for")]
    cause = next((c for c in causes if c.i > obj.i), None)
    if cause is None:
        return None
    return trim(verb.doc, list(obj.subtree) + list(cause.subtree))


_QUOTING = frozenset({"quote", "cite", "report"})
"""Verbs by which an outlet passes on someone's words: "Reuters quoted the minister as saying ...", "Hefner was
reported as saying"."""


def quoted_as_saying(verb: Token) -> Token | None:
    """ "Detik.com quoted Djamal as saying": the person quoted (the object, or the passive's subject), never the
    outlet quoting him, at the quoting verb or at the participle after "as"."""
    if verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "pobj") and verb.head.lower_ == "as":
        verb = verb.head.head
    elif not any(c.lower_ == "as" and c.dep_ == "prep" and any(g.tag_ == "VBG" for g in children_of(c))
                 for c in children_of(verb)):  # fmt: skip
        return None
    if verb.lemma_.lower() not in _QUOTING:
        return None
    # "Reuters quoted Djamal as saying", or in the passive "governor Mehdi Irannejad was quoted as saying"
    return next((c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")), None)


def name_before(verb: Token) -> Token | None:
    """ "..., Boeing Executive Vice President Scott Carson replied, "...": a proper name right before a cue with no
    subject of its own, which the parser hung elsewhere (on a list before it, on a preposition), is its subject."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in children_of(verb)) or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ != "PROPN" or before.ent_type_ not in ("PERSON", "ORG", "") or before.head.i == verb.i:
        return None
    return before


def inverted_subject(verb: Token) -> Token | None:
    """ '"...", added KCNA.': a cue right after a quote's closing comma whose name, after it, the parser hung on
    it as anything but a subject."""
    doc = verb.doc
    if verb.i == 0 or not doc[verb.i - 1].is_punct or verb.i + 1 >= len(doc):
        return None
    after = doc[verb.i + 1]
    if after.pos_ != "PROPN" or after.ent_type_ not in _NAMED_SUBJECT:
        return None
    while after.dep_ == "compound" and after.head.i > after.i and after.head.ent_type_ == after.ent_type_:
        after = after.head  # "said Ron Howard": the name's last word carries its attachment
    # the parser hangs the name on the cue, or the cue on the name as its modifier ("added" amod "KCNA")
    return after if verb.i in (after.head.i, after.head.head.i) or verb.head.i == after.i else None


def document_converb(verb: Token) -> Token | None:
    """ "The UAW issued a statement saying ...": a participle on a document speaks for who issued it."""
    noun = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or noun.lemma_.lower() not in DOCUMENT_NOUNS or noun.dep_ != "dobj":
        return None
    return subject(noun.head)


def _asked(verb: Token) -> bool:
    """ "Do you still think that ...?", "Did the company say that ...?": a questioned cue attributes nothing (an
    auxiliary before the subject, in a sentence that ends with a question mark)."""
    subj = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not any(c.dep_ == "aux" and c.i < subj.i for c in children_of(verb)):
        return False
    return sentence(verb).text.rstrip().endswith("?")


def _stance_adjective(token: Token) -> Report | None:
    """ "Analysts are concerned that ...", "remain confident that ...": an adjective of belief with a clause."""
    if token.lower_ not in BELIEF_ADJECTIVES or token.dep_ not in ("acomp", "ROOT"):
        return None
    comp = next((c for c in children_of(token) if c.dep_ == "ccomp"), None)
    if comp is None or any(c.dep_ == "mark" and c.lower_ in _QUESTION_MARKS for c in children_of(comp)):
        return None
    source = subject(token.head) if token.dep_ == "acomp" else None
    source = source or next((c for c in children_of(token) if c.dep_ in ("nsubj", "nsubjpass")), None)
    content = trim(token.doc, list(comp.subtree))
    if source is None or content is None:
        return None
    return Report(content, source, token.doc[token.i : token.i + 1])


def _colon_content(verb: Token) -> Span | None:
    """ "He said: the talks are over." -> the words after the colon, to the end of the sentence."""
    doc = verb.doc
    nxt = verb.i + 1
    while nxt < len(doc) and doc[nxt].is_space:
        nxt += 1
    if nxt >= len(doc) or doc[nxt].text != ":":
        return None
    end = sentence(verb).end
    if end <= nxt + 1:
        return None
    return trim(doc, list(doc[nxt + 1 : end]))


def reports(
    doc: Doc, lexicon: Lexicon, quoted: Callable[[int], bool], is_source: Callable[[Token], bool]
) -> Iterator[Report]:
    """Indirect quotes under reporting verbs and "according to", outside quote marks."""
    for token, pos in zip(doc_tokens(doc), pos_tags(doc), strict=True):
        lower = token.lower_  # looked up in the string store on each access: read once for every token
        according = lower == "according"
        stance = lower in BELIEF_ADJECTIVES
        if (not according and not stance and pos != "VERB") or quoted(token.idx):  # the cheap tests first
            continue
        if according:
            found = _according(token, lexicon)
            if found:
                yield found
            continue
        if stance:
            found = _stance_adjective(token)
            if found is not None and is_source(found.source):
                yield found
            continue
        kind = lexicon.verb_kind(token.lemma_)
        if kind is None or kind == "express" or any(c.dep_ == "neg" for c in children_of(token)) or _asked(token):
            continue
        content = _content(token, kind) or (_colon_content(token) if kind != "evidence" else None)
        source = quoted_as_saying(token) or subject(token) or converb_subject(token) or document_converb(token)
        if content is None or source is None:
            continue
        if kind in ("believe", "estimate", "urge") and not is_source(source):
            continue
        if kind == "evidence" and not (is_source(source) or source.lemma_.lower() in EVIDENCE_NOUNS):
            continue  # "the results show ..." is a source; "the drop shows ..." is not
        yield Report(content, source, doc[token.i : token.i + 1])


def _according(token: Token, lexicon: Lexicon) -> Report | None:
    to = next((c for c in children_of(token) if c.lower_ == "to"), None)
    objs = [c for c in children_of(to) if c.dep_ == "pobj"] if to is not None else []
    opens = token.i == sentence(token).start
    if opens and to is not None and not objs:  # "According to Rathbun the property ...": the name read as a verb
        objs = [
            c
            for c in children_of(to)
            if c.dep_ == "pcomp" and (c.pos_ in ("PROPN", "NOUN") or c.ent_type_ or c.is_title)
        ]
    if to is None or not objs:
        return None
    if any(a.dep_ == "ccomp" and a.head.pos_ == "VERB" and lexicon.verb_kind(a.head.lemma_) for a in token.ancestors):
        return None  # "NPD said, according to its figures, that ...": the reporting verb is the attribution
    inner = {t.i for t in token.subtree}
    if opens:
        # with no comma after the source, the parser may hang the clause's first noun phrase on it ("According to
        # Rathbun the property in question was returned"): a noun phrase of its own after the source is content
        for obj in objs:
            for t in obj.subtree:
                if t.i > obj.i and t.dep_ in _STRAY_DEPS and t.doc[t.left_edge.i - 1].text != ",":
                    inner -= {d.i for d in t.subtree}
    # "according to X" speaks for the whole sentence, wherever the parser hangs it
    content = trim(token.doc, [t for t in sentence(token) if t.i not in inner])
    if content is None:
        return None
    return Report(content, named_first(objs), token.doc[token.i : to.i + 1])
