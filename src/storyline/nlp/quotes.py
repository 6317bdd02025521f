"""Extractor component: who said what — direct, indirect and partial quotes with their resolved speakers."""

from __future__ import annotations

import logging
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import chain

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from storyline.model import Quote, Ref, Speaker
from storyline.nlp.cues import Lexicon, load_lexicon
from storyline.nlp.extensions import children_of, doc_text, headline_parse, sent_index, sentence
from storyline.nlp.headline import headline_quotes, parse_alone
from storyline.nlp.noun_cues import noun_reports
from storyline.nlp.quote_marks import MarkedSpan, find_quote_spans
from storyline.nlp.reported import (
    ADVERBIAL_MARKS,
    BELIEF_ADJECTIVES,
    converb_subject,
    document_converb,
    inverted_subject,
    name_before,
    named_first,
    quoted_as_saying,
    reports,
    subject,
)
from storyline.nlp.speakers import SpeakerResolver
from storyline.resolve.gender import given_name_gender

log = logging.getLogger(__name__)

_NAMING = {"called", "dubbed", "titled", "entitled", "named", "nicknamed", "labelled", "labeled", "headlined"}
_DIRECT_BEFORE = {":", ",", ";", "—", "–", "-", "(", ".", "!", "?"}
_TRAILING = " \t\n,;:"
_MIN_UNATTRIBUTED_WORDS = 4
_MAX_SPLIT_GAP = 80
_ENDING = re.compile(r"[\s.!?\"'”’]*")  # what may end a sentence after its last word
_MAX_TOLD_OF = 2  # paragraphs of narrative about the person quoted last that a quote after them may follow
"""Characters between the two halves of a split quote ('"A," she said, "B."') that the cue may take."""
_MAX_NAME_WORDS = 6
_MAX_LABEL_TOKENS = 16
"""Tokens a speaker label before a colon may take ("Special Asst. to the Secretary and Director of ... Bill Bodie")."""
_NAME_GLUE = frozenset({"of", "the", "and", "for", "to", "a", "an", "in", "on", "at", "vs", "vs.", "&", "-", "–"})


@dataclass
class _Candidate:
    start: int
    end: int
    kind: str
    source: Token | None = None
    cue: Token | Span | None = None
    marked: MarkedSpan | None = None
    speaker: Speaker | None = None
    sent_start: int = -1
    """Token index where the quote's sentence starts."""
    follows: _Candidate | None = None
    """The quote left open at the end of the paragraph before, which this one carries on (one attribution)."""


# The manner-of-speaking verbs of data/reporting_verbs.txt (VerbNet 37.3, with "joke" and "quip"): cues of a quote
# only where no plain verb of saying is at hand.
_MANNER = frozenset(
    {"chant", "joke", "mumble", "muse", "mutter", "quip", "scream", "shout", "thunder", "whisper", "yell"}
)


def _span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _adverbial(child: Token) -> bool:
    """Whether a cue's dependent says only when, where or how it was said: a time, a place, a manner, or a clause
    under "before", "after" and the like (which the parser may still label a complement)."""
    if child.dep_ in ("advcl", "ccomp"):
        return any(m.dep_ == "mark" and m.lower_ in ADVERBIAL_MARKS for m in children_of(child))
    return child.dep_ in ("prep", "npadvmod", "advmod")


def _goes_on(verb: Token) -> bool:
    """ '"What's going on here?" she continued.': "continue" or "go on" right after a quote's closing mark, with only
    its subject between and nothing after it, carries the quote on as a verb of saying does; anywhere else ("sales
    continued to fall") it reports nothing, so it is no reporting verb of the lexicon."""
    doc = verb.doc
    particle = [c for c in children_of(verb) if c.dep_ == "prt"]
    if not (verb.lemma_ == "continue" or (verb.lemma_ == "go" and [c.lower_ for c in particle] == ["on"])):
        return False
    subj = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    # what the parser hangs on it before the subject is the quote itself; after it, nothing may follow
    others = [c for c in children_of(verb) if c.i > verb.i and c.dep_ not in ("prt", "punct") and not c.is_space]
    if len(subj) != 1 or others or subj[0].right_edge.i != verb.i - 1:
        return False
    before = subj[0].left_edge.i - 1
    while before >= 0 and (doc[before].is_space or doc[before].text == ","):
        before -= 1
    after = verb.i + 1 + len(particle)
    while after < len(doc) and doc[after].is_space:
        after += 1
    ends = after >= len(doc) or doc[after].text in (".", "\n") or "\n" in doc[after].text
    return before >= 0 and doc[before].text in ('"', "”", "''") and ends


def _prev_token(doc: Doc, char: int) -> Token | None:
    span = _span(doc, char, char + 1)
    if span is None:
        return None
    i = span.start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return doc[i] if i >= 0 else None


def _source_of(cue: Token) -> Token | None:
    """Who speaks at a cue: its subject, the subject a participle speaks for, an inverted subject ('..." said
    KCNA'), or who issued the statement a participle hangs on ('The UAW issued a statement saying "..."')."""
    return (
        quoted_as_saying(cue)
        or name_before(cue)
        or subject(cue)
        or converb_subject(cue)
        or inverted_subject(cue)
        or document_converb(cue)
    )


def _verb_read_as_noun(token: Token) -> bool:
    """ 'The Department of Agriculture notes, "..."': a reporting verb in -s the tagger read as a plural noun, yet
    parsed as its sentence's root with a subject."""
    return token.tag_ == "NNS" and token.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in children_of(token))


def _is_name(text: str) -> bool:
    """ "Snow Leopard", "The Internet Explorer 6 Countdown": a short title-case phrase in marks is a name or a
    title, not speech (speech has lower-case words or ends a sentence)."""
    words = text.split()
    if not words or len(words) > _MAX_NAME_WORDS or text.rstrip()[-1:] in ".?!,…":
        return False
    return words[0][:1].isupper() and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_GLUE for w in words
    )


def _names_a_title(before: Token | None) -> bool:
    """ "an analysis called “...”", "the so-called “...”": marks around a name, not around speech."""
    if before is None:
        return False
    # only a participle modifying a noun names ("a report called"); "has called it" is speech
    return (before.lower_ in _NAMING and before.tag_ == "VBN" and before.dep_ in ("acl", "amod")) or (
        before.lower_ == "so-called"
    )


def speaker_resolver(doc: Doc) -> SpeakerResolver:
    """A resolver of ``doc``'s people with its quote marks read, for the components after this one that resolve a
    "he" or "she" as speakers are resolved (the holder of a claim)."""
    return _Finder(doc, load_lexicon()).resolver


class _Finder:
    """Finds the quotes of one Doc."""

    def __init__(self, doc: Doc, lexicon: Lexicon, parse: Callable[[str], Doc] | None = None) -> None:
        self.doc = doc
        self.parse = parse
        self.lexicon = lexicon
        self.text = doc_text(doc)
        self.marked = find_quote_spans(self.text)
        # merged (open mark, last quoted char) intervals for a fast "is this inside quote marks" test
        merged: list[list[int]] = []
        for m in sorted(self.marked, key=lambda m: m.open_mark):
            last = m.close_mark if m.close_mark is not None else m.end
            if merged and m.open_mark <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], last)
            else:
                merged.append([m.open_mark, last])
        self._starts = [a for a, _ in merged]
        self._ends = [b for _, b in merged]
        starts = [m.start() for m in re.finditer(r"(?m)^(?=[^\n]*\S)", self.text)]
        self.resolver = SpeakerResolver(doc, lexicon, starts or [0], self.quoted)

    def quoted(self, char: int) -> bool:
        """True when ``char`` lies inside quote marks (marks included)."""
        i = bisect_right(self._starts, char) - 1
        return i >= 0 and char <= self._ends[i]

    # --- quote marks ------------------------------------------------------------------------------

    def _cue_in(self, sents: list[Span], tokens: Span) -> Token | None:
        """The reporting verb outside the marks that governs the quote, or the nearest one in its sentences."""
        cues = [
            t
            for sent in sents
            for t in sent
            if (t.pos_ == "VERB" or _verb_read_as_noun(t))
            and (self.lexicon.verb_kind(t.lemma_) or _goes_on(t))
            and not self.quoted(t.idx)
            and _source_of(t) is not None
        ]
        if not cues:
            return None
        # '"...," smelled gunpowder and heard co-workers yelling, said Jean Larson': a manner of speaking as a
        # participle is the cue only when no other verb of saying is there
        cues = [c for c in cues if c.lemma_ not in _MANNER or c.tag_ not in ("VBG", "VBN")] or cues
        inside = {t.i for t in tokens}
        governing = [c for c in cues if any(a.i in inside for a in children_of(c)) or any(
            t.head.i == c.i for t in tokens)]  # fmt: skip
        pool = governing or cues
        middle = (tokens.start + tokens.end) / 2
        return min(pool, key=lambda c: abs(c.i - middle))

    def _according(self, tokens: Span) -> tuple[Token, Span] | None:
        """ "According to the LA Times, “...”": the source and cue an "according to" in its sentence gives."""
        for t in sentence(tokens[0]):
            if t.lower_ == "according" and not self.quoted(t.idx):
                to = next((c for c in children_of(t) if c.lower_ == "to"), None)
                objs = [c for c in children_of(to) if c.dep_ == "pobj"] if to is not None else []
                if objs and to is not None:
                    return named_first(objs), self.doc[t.i : to.i + 1]
        return None

    def _partial_source(self, tokens: Span) -> tuple[Token, Token | Span] | None:
        according = self._according(tokens)
        if according is not None:
            return according
        head: Token = tokens.root
        for _ in range(12):
            if head.pos_ == "VERB" and self.lexicon.verb_kind(head.lemma_) and not self.quoted(head.idx):
                source = subject(head)
                if source is not None:
                    return source, head
            if head.head.i == head.i:
                break
            head = head.head
        return None

    def _introduces_clause(self, before: Token, tokens: Span) -> bool:
        if not (before.lower_ == "that" or (before.pos_ == "VERB" and self.lexicon.verb_kind(before.lemma_))):
            return False
        inside = range(tokens.start, tokens.end)
        return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i in inside for t in tokens)

    def _opener(self, before: Token | None, tokens: Span) -> Token | None:
        """ 'Kelly said: "We are pleased," the Daily News reported' and 'Lopez told police that "he did not mean
        to," the source said': the reporting verb that opens the quote in its own sentence, right before the
        opening mark (after a colon or comma, or through "that"), with a source of its own. A cue after the
        closing mark then reports the sentence that holds this one: it is not the quote's."""
        if before is None:
            return None
        if before.lower_ == "that" and before.dep_ == "mark":
            verb = before.head.head  # 'told police that "he did not mean"': that -> meant -> told
            if before.head.i not in range(tokens.start, tokens.end) or before.head.dep_ != "ccomp":
                return None
        elif before.text in (":", ","):
            i = before.i - 1
            while i >= 0 and self.doc[i].is_space:
                i -= 1
            if i < 0:
                return None
            verb = self.doc[i]
            if verb.pos_ != "VERB" and verb.head.pos_ == "VERB" and verb.head.i < verb.i:
                verb = verb.head  # 'told reporters:': the verb whose object ends at the colon
        else:
            return None
        if (
            verb.pos_ != "VERB"
            or not self.lexicon.verb_kind(verb.lemma_)
            or verb.i >= tokens.start
            or self.quoted(verb.idx)
            or sentence(verb).start != sentence(tokens[0]).start
        ):
            return None
        source = subject(verb)
        return verb if source is not None and not self.quoted(source.idx) else None

    def _colon_source(self, before: Token | None) -> Token | None:
        """ "The mayor was blunt: “...”": the subject of the clause that ends at the colon."""
        if before is None or before.text != ":":
            return None
        lo = sentence(before).start
        clause = [t for t in self.doc[lo : before.i] if not lo <= t.head.i < before.i or t.head.i == t.i]
        for head in clause:
            if head.pos_ in ("VERB", "AUX"):
                source = subject(head)
                if source is not None and self.resolver.is_source(source):
                    return source
        return None

    def marked_candidates(self) -> list[_Candidate]:
        found = []
        for mark in self.marked:
            tokens = _span(self.doc, mark.start, mark.end)
            if tokens is None or not tokens.text.strip():
                continue
            before = _prev_token(self.doc, mark.open_mark)
            if _names_a_title(before) or _is_name(self.text[mark.start : mark.end]):
                continue  # a title or a name in marks, not speech
            end_char = mark.close_mark + 1 if mark.close_mark is not None else mark.end
            sents = list({s.start: s for s in (sentence(tokens[0]), sentence(tokens[-1]))}.values())
            after = _span(self.doc, end_char, min(end_char + 1, len(self.text)))
            comma = self.text[mark.start : mark.end].rstrip().endswith(",")
            if (
                comma
                and after is not None
                and after.text.strip()
                and sentence(after[0]).start not in {s.start for s in sents}
            ):
                sents.append(sentence(after[0]))  # "“A,”" always hands over to an attribution
            elif mark.close_mark is not None:
                nxt = self._next_word(mark.close_mark, tokens[-1])
                if nxt is not None and self._opens_attribution(nxt):
                    sents.append(sentence(nxt))  # '... played itself out?"' then 'said Bill Strazzullo.'

            lead_in = self._lead_in(mark)
            if lead_in is not None:
                sents.insert(0, lead_in)  # 'Rathbun stated,' then the quote as a paragraph of its own
            direct = mark.continues or before is None or before.text in _DIRECT_BEFORE or before.is_space or (
                tokens[0].is_sent_start or self.doc[tokens.start - 1].is_sent_start)  # fmt: skip
            if not direct and before is not None and self._introduces_clause(before, tokens):
                direct = True  # 'adding that "the economy is fragile."': a whole quoted clause
            elif direct and before is not None and before.text == "," and not self._cue_before(before):
                # 'called it the "hottest thing going", and, "exciting"': a fragment, not a sentence
                direct = not self._fragment(mark)
            kind = "direct" if direct else "partial"
            cand = _Candidate(mark.start, mark.end, kind, marked=mark, sent_start=sents[0].start)
            if direct:
                cue = self._cue_in(sents, tokens)
                opener = self._opener(before, tokens)
                if opener is not None and cue is not None and cue.i >= tokens.end:
                    cue = opener  # the cue after the closing mark reports the whole sentence, quote and cue
                source = _source_of(cue) if cue is not None else None
                if source is not None and source.left_edge.i <= tokens.start and tokens.end <= source.right_edge.i + 1:
                    continue  # 'said Ron Howard, director of "Frost/Nixon"': a title inside the source's own phrase
                according = self._according(tokens) if cue is None else None
                if cue is not None:
                    cand.source, cand.cue = source, cue
                elif according is not None and according[1].start < tokens.start:
                    cand.source, cand.cue = according  # 'According to the LA Times, “investigators have ...”'
                else:
                    cand.source = self._colon_source(before)
                    if cand.source is None:
                        cand.speaker = self._transcript_speaker(before) or self._signature(mark)
            else:
                hit = self._partial_source(tokens)
                if hit is None:
                    continue  # scare quotes: nobody is said to have said them
                cand.source, cand.cue = hit
            found.append(cand)
        return found

    def _cue_before(self, comma: Token) -> bool:
        """ 'The city reasoned, "because ...': a reporting verb right before the comma introduces what follows."""
        i = comma.i - 1
        while i >= 0 and self.doc[i].is_space:
            i -= 1
        return i >= 0 and self.doc[i].pos_ == "VERB" and self.lexicon.verb_kind(self.doc[i].lemma_) is not None

    def _fragment(self, mark: MarkedSpan) -> bool:
        """Marks after a comma around words that start in lower case and end no sentence are a fragment of the
        sentence ('The form, which has 40 questions, "must be completed in English"'), unless they carry on a split
        quote whose first half closes just before ('"A," she said, "and B."')."""
        text = self.text
        content = text[mark.start : mark.end].strip()
        if mark.continues or not content[:1].islower() or content[-1:] in ".?!," or re.search(r"[.?!]\s", content):
            return False  # a sentence in marks, or one handing over to its cue ('"the cost is high," he said')
        closes = [m.close_mark for m in self.marked if m.close_mark is not None and m.close_mark < mark.open_mark]
        if not closes:
            return True
        gap = text[max(closes) + 1 : mark.open_mark]
        words = {w.lower() for w in re.findall(r"[^\W\d_]+", gap)}
        # a split quote's gap holds its cue; a gap of commas and "and" joins two fragments
        return len(gap) > _MAX_SPLIT_GAP or "\n" in gap or words <= {"and", "or"}

    def _transcript_speaker(self, before: Token | None) -> Speaker | None:
        """ "Secretary of the Air Force James Roche: “...”": a label with no verb before a colon, as transcripts,
        interviews and email threads print them, ending in a person's name (an entity, or a given name and a
        surname)."""
        if before is None or before.text != ":":
            return None
        label = [t for t in self.doc[sentence(before).start : before.i] if not t.is_space]
        while label and label[0].text == ":":
            label = label[1:]
        if not label or len(label) > _MAX_LABEL_TOKENS or any(t.pos_ in ("VERB", "AUX") for t in label):
            return None
        doc = before.doc
        last = label[-1]
        if last.ent_type_ == "PERSON":
            first = last.i
            while first > label[0].i and doc[first - 1].ent_type_ == "PERSON" and doc[first].ent_iob_ == "I":
                first -= 1
        elif last.pos_ == "PROPN" and last.i > label[0].i and doc[last.i - 1].pos_ == "PROPN":
            first = last.i - 1
            if given_name_gender(doc[first].text) is None:
                return None
        else:
            return None
        name = doc[first : last.i + 1]
        return Speaker(Ref(name.start_char, name.end_char, name.text), name.text, "person")

    def _signature(self, mark: MarkedSpan) -> Speaker | None:
        """ '"..." - Matthew Ingram' and '"...," Jesse Toprak, an analyst for Edmunds.': a person's name right
        after the closing mark (after a dash or nothing), then at most a verbless description, to the end of the
        line: the quote is signed, as pull quotes and a lost "said" leave it."""
        if mark.close_mark is None:
            return None
        line_end = self.text.find("\n", mark.close_mark)
        line_end = len(self.text) if line_end < 0 else line_end
        tail = _span(self.doc, mark.close_mark + 1, line_end)
        if tail is None:
            return None
        words = [t for t in tail if not t.is_space and t.text not in ("-", "–", "—", '"', "”")]
        if not words or self.text[mark.close_mark + 1 : words[0].idx].strip(" -–—\"”"):
            return None
        end = words[0].i
        if words[0].ent_type_ == "PERSON" and words[0].ent_iob_ == "B":
            while end + 1 < len(self.doc) and self.doc[end + 1].ent_iob_ == "I":
                end += 1
        elif words[0].pos_ == "PROPN" and given_name_gender(words[0].text) is not None:
            # a name the tagger missed: a given name and the proper nouns after it ("Matthew Ingram")
            while end + 1 < len(self.doc) and self.doc[end + 1].pos_ == "PROPN" and end - words[0].i < 2:
                end += 1
        else:
            return None
        name = self.doc[words[0].i : end + 1]
        rest = [t for t in words if t.i > end]
        if len(name) < 2 or any(t.pos_ in ("VERB", "AUX") for t in rest):
            return None  # a lone word, or a sentence of its own after the quote
        if rest and (rest[0].text != "," or rest[-1].text != "."):
            return None  # only ", an analyst for Edmunds." may follow the name
        return Speaker(Ref(name.start_char, name.end_char, name.text), name.text, "person")

    def _lead_in(self, mark: MarkedSpan) -> Span | None:
        """The sentence that ends the paragraph before a quote with a comma or colon ("X commented," or "X said:")
        when the quote opens its own paragraph: the cue stands there."""
        text = self.text
        line_start = text.rfind("\n", 0, mark.open_mark) + 1
        if line_start == 0 or not _opens_line(text, mark):
            return None
        previous = text[:line_start].rstrip()
        if not previous.endswith((",", ":")):
            return None
        last = _span(self.doc, len(previous) - 1, len(previous))
        return sentence(last[0]) if last is not None else None

    def _next_word(self, close_mark: int, last: Token) -> Token | None:
        """The first word after a closing mark when it stands in another sentence than the quote's ``last`` token
        (a "?" or "!" in the marks ends the sentence, and the parser starts a new one at the cue)."""
        mark = _span(self.doc, close_mark, close_mark + 1)
        if mark is None or not len(mark):
            return None
        i = mark.end
        while i < len(self.doc) and (self.doc[i].is_space or self.doc[i].is_punct):
            i += 1
        if i >= len(self.doc):
            return None
        return self.doc[i] if sentence(self.doc[i]).start != sentence(last).start else None

    def _opens_attribution(self, word: Token) -> bool:
        """Whether the sentence after a closing mark is the quote's attribution: it opens with a reporting verb
        ('said Bill Strazzullo.') or, in the quote's paragraph, with a subject and its reporting verb and says
        nothing of its own ('he asked.', 'Yanes said.', 'the lawyer asked the court.')."""
        if word.is_lower and self.lexicon.verb_kind(word.lemma_):
            return True  # also as a paragraph of its own after a long quote
        subj = word if word.dep_ in ("nsubj", "compound", "det", "amod") else None
        while subj is not None and subj.dep_ != "nsubj" and subj.head.i != subj.i:
            subj = subj.head
        if subj is None or subj.dep_ != "nsubj" or subj.left_edge.i != word.i:
            return False
        verb = subj.head
        cue = (
            verb.i == subj.right_edge.i + 1
            and (self.lexicon.verb_kind(verb.lemma_) is not None or _goes_on(verb))
            and not any(c.dep_ in ("ccomp", "xcomp") and not _adverbial(c) for c in children_of(verb))
        )
        if not cue or "\n" not in self.text[word.idx - 3 : word.idx]:
            return cue
        # a paragraph of its own ('Roesler said.' after a quote paragraph ending '."', as corpora that give each
        # sentence a paragraph print it) is the cue only when it holds nothing but the subject and "said", and at
        # most when and where it was said ('Williams, a critic of NYPD policy, said before Kelly appeared on the
        # scene.'): "Coach Mark Phelps agreed." opens the quote after it
        if verb.lemma_ != "say":
            return False
        rest = [t for t in sentence(word) if t.i > verb.i and not t.is_space]
        said_when = {t.i for c in children_of(verb) if c.i > verb.i and _adverbial(c) for t in c.subtree}
        return [t.text for t in rest if t.i not in said_when] in ([], ["."])

    # --- assembly ---------------------------------------------------------------------------------

    def candidates(self) -> list[_Candidate]:
        found = self.marked_candidates()
        marked_chars = [(c.start, c.end) for c in found if c.kind == "direct"]
        # '... transformed “into a decree,” according to KCNA': "according to" right after the closing mark is the
        # fragment's own cue, the partial quote stays; "According to X, ... “for the long term”" is one mixed report
        partial_ends = {
            c.marked.close_mark + 1
            for c in found
            if c.kind == "partial" and c.marked is not None and c.marked.close_mark is not None
        }
        found_reports = chain(
            reports(self.doc, self.lexicon, self.quoted, self.resolver.is_source),
            noun_reports(self.doc, self.lexicon, self.quoted, self.resolver.is_source),
        )
        for report in found_reports:
            span = report.content
            inside = sum(max(0, min(e, span.end_char) - max(s, span.start_char)) for s, e in marked_chars)
            if inside > 0.5 * (span.end_char - span.start_char):
                continue  # the attribution of a direct quote, already found
            according = report.cue.text.lower().startswith("according")
            if according and self._right_after(partial_ends, report.cue.start_char):
                continue
            found.append(_Candidate(span.start_char, span.end_char, report.kind, report.source, report.cue))
        return _fold_partials(sorted(found, key=lambda c: c.start), self.text)

    def _right_after(self, ends: set[int], char: int) -> bool:
        """Whether only punctuation and spaces stand between one of ``ends`` and ``char``."""
        return any(end <= char and not self.text[end:char].strip(" ,;:") for end in ends)

    def resolve(self, cands: list[_Candidate]) -> None:
        for cand in cands:
            if cand.source is not None:
                cue = cand.cue if isinstance(cand.cue, Token) else None
                cand.speaker = self.resolver.resolve(cand.source, cue, (cand.start, cand.end))
                if cand.speaker is not None:
                    self.resolver.heard(cand.speaker, cand.start, cand.end)
        marked = [c for c in cands if c.marked is not None]
        for i, cand in enumerate(marked):
            if cand.speaker is not None or cand.kind != "direct" or cand.marked is None:
                continue
            para = cand.marked.paragraph
            same = [c for c in marked if c.marked and c.marked.paragraph == para and c.speaker and c is not cand]
            earlier = [c for c in marked[:i] if c.speaker and c.kind == "direct" and c.marked]
            if same:
                donor = min(same, key=lambda c: (c.start > cand.start, abs(c.start - cand.start)))
            elif (ahead := self._closed_later(marked, i)) is not None:
                donor = ahead
            elif (
                earlier
                and earlier[-1].marked
                and (
                    # only the quote it carries on: one left open with no speaker of its own hands over no other's
                    (cand.marked.continues and i > 0 and marked[i - 1] is earlier[-1])
                    or (self._ends_in(earlier[-1]) == para - 1 and self._opens_paragraph(cand))
                )
            ):
                donor = earlier[-1]
                if cand.marked.continues:  # the paragraph before left the quote open: one quote in two paragraphs
                    cand.follows = donor
            elif self._opens_paragraph(cand) and (reported := self._reported_before(cands, cand)) is not None:
                donor = reported
            elif self._opens_paragraph(cand) and (act := self._speech_act_before(cand)) is not None:
                cand.speaker, cand.cue = act
                continue
            elif self._opens_paragraph(cand) and (told := self._told_of_since(cands, cand)) is not None:
                donor = told
            else:
                continue
            cand.speaker, cand.cue = donor.speaker, donor.cue

    def _ends_in(self, cand: _Candidate) -> int:
        """The paragraph where a quote and its cue end: the cue's when it stands in a paragraph of its own after the
        quote ('"..." / Williams, a critic of NYPD policy, said before Kelly appeared.'), so that the quote paragraph
        after that cue goes on with the same speaker."""
        cue = cand.cue
        end = cue.idx if isinstance(cue, Token) else cue.start_char if cue is not None else cand.end
        return self.resolver.paragraph(max(cand.end, end))

    def _closed_later(self, marked: list[_Candidate], i: int) -> _Candidate | None:
        """ '"A. / "B," she told CNA.': a quote left open at its paragraph's end runs on into the next paragraphs, and
        the cue where it closes is its own (one attribution); the candidate that carries that cue, now following
        the one before it. Each paragraph left open must end a sentence: one ending in stray marks or a colon lost
        its closing mark, and is no quote carried on."""
        j = i + 1
        while j < len(marked) and marked[j].speaker is None and (m := marked[j].marked) is not None and m.continues:
            j += 1
        if j >= len(marked):
            return None
        if not all(self.text[c.start : c.end].rstrip().endswith((".", "!", "?")) for c in marked[i:j]):
            return None
        last = marked[j]
        if last.speaker is None or last.kind != "direct" or last.marked is None or not last.marked.continues:
            return None
        last.follows = marked[j - 1]
        return last

    def _reported_before(self, cands: list[_Candidate], cand: _Candidate) -> _Candidate | None:
        """ 'Wilkins also said Warhol was a businessman.' (or 'said he is "not doing well."') then a paragraph that
        is one unattributed quote: the quote goes on with what the person just reported said, when that report is
        the last attribution before it and stands in the paragraph before."""
        prior = [c for c in cands if c.start < cand.start and c is not cand and (c.speaker or c.marked)]
        # "Heald noted the findings show ...": the attribution nested in a report's content is not the last one
        prior = [c for c in prior if not any(o is not c and o.start <= c.start and c.end <= o.end for o in prior)]
        if not prior or prior[-1].kind not in ("indirect", "mixed", "partial") or prior[-1].speaker is None:
            return None
        last = prior[-1]
        same_before = cand.marked is not None and self.resolver.paragraph(last.start) == cand.marked.paragraph - 1
        return last if same_before and last.speaker is not None and last.speaker.kind == "person" else None

    def _told_of_since(self, cands: list[_Candidate], cand: _Candidate) -> _Candidate | None:
        """ '"He was bright," said Nancy O'Higgins. / O'Higgins and her husband knew Ben as a baby. / "They weren't
        married long."': a paragraph that is one unattributed quote, after one or two paragraphs that only tell of
        the person quoted last (each sentence has that person as its subject, and nothing is quoted there), goes on
        with that person, as a report in the paragraph before would."""
        mark = cand.marked
        prior = [c for c in cands if c.start < cand.start and c is not cand and (c.speaker or c.marked)]
        prior = [c for c in prior if not any(o is not c and o.start <= c.start and c.end <= o.end for o in prior)]
        last = prior[-1] if prior else None
        if mark is None or last is None or last.speaker is None or last.speaker.kind != "person":
            return None
        name = last.speaker.name
        first, end = self._ends_in(last) + 1, mark.paragraph
        if not 1 <= end - first <= _MAX_TOLD_OF:
            return None
        starts = self.resolver.paragraph_starts
        between = _span(self.doc, starts[first], starts[end] - 1)
        if between is None or any(self.quoted(t.idx) for t in between):
            return None
        for sent in {sentence(t).start: sentence(t) for t in between if not t.is_space}.values():
            verb = sent.root
            source = subject(verb) if verb.pos_ in ("VERB", "AUX") else None
            if source is None:
                return None
            told = self.resolver.resolve(source, None, (cand.start, cand.end))
            if told is None or told.kind != "person" or told.name.split()[-1] != name.split()[-1]:
                return None
        return last

    def _speech_act_before(self, cand: _Candidate) -> tuple[Speaker, Token] | None:
        """ 'Peter Cardillo, chief economist at Avalon, commented on the market.' then a paragraph that is one
        unattributed quote: the person whose act of speaking (a reporting verb with no content of its own, not
        negated) ends the paragraph before says it."""
        mark = cand.marked
        if mark is None:
            return None
        line_start = self.text.rfind("\n", 0, mark.open_mark) + 1
        previous = self.text[:line_start].rstrip()
        last = _span(self.doc, len(previous) - 1, len(previous)) if previous else None
        if last is None:
            return None
        sent = sentence(last[0])
        if any(self.quoted(t.idx) for t in sent):
            return None
        # a judgement ("Obama lauded Collins' experience.") is as much an act of speaking as "commented on"
        verbs = [t for t in sent if t.pos_ == "VERB" and self.lexicon.verb_kind(t.lemma_) in ("say", "express")]
        act = verbs[-1] if verbs else None  # the last one, nearest the quote: "Reports said ..., but X denied them."
        if act is None or any(c.dep_ in ("neg", "ccomp") for c in children_of(act)):
            return None
        source = subject(act)
        if source is None:
            return None
        speaker = self.resolver.resolve(source, act, (cand.start, cand.end))
        return (speaker, act) if speaker is not None and speaker.kind == "person" else None

    def _cue_class(self, cand: _Candidate) -> str | None:
        cue = cand.cue
        if cue is None:
            return "speech" if cand.kind == "direct" else None
        lemma = cue.lemma_ if isinstance(cue, Token) else cue[0].lemma_
        if cue.text.lower() in BELIEF_ADJECTIVES:  # "remain convinced that ...": no verb, so not in the lexicon
            return "belief"
        source = cand.source.lemma_ if cand.source is not None else None
        return self.lexicon.cue_class(lemma, source) or "speech"

    def _continues_split(self, first: Quote, second: Quote) -> bool:
        """ '"A," she said, "B."' and 'called it "dangerous" and "ideological"': two marked halves with one
        cue between or before them, no sentence or paragraph break in the gap."""
        if first.kind != second.kind or first.kind not in ("direct", "partial") or first.cue is None:
            return False
        if second.cue is not None and second.cue != first.cue:
            return False
        if first.speaker and second.speaker and first.speaker.name != second.speaker.name:
            return False
        gap = self.text[first.end : second.start]
        if len(gap) > _MAX_SPLIT_GAP or "\n" in gap:
            return False
        if first.kind == "partial":
            return first.cue.end <= first.start and gap.strip(" ,\"'“”‘’").strip() in ("and", "or", "")
        # the comma was trimmed off the text, or is typed after the closing mark ('"A", it added; "B"')
        ends = self.text[first.end : first.end + 2] + first.text[-1:]
        return first.end <= first.cue.start < second.start and any(c in ",?!" for c in ends)

    def _opens_paragraph(self, cand: _Candidate) -> bool:
        mark = cand.marked
        if mark is None:
            return False
        ends_sentence = self.text[mark.start : mark.end].rstrip()[-1:] in ".?!,…"
        return _opens_line(self.text, mark) and ends_sentence

    def _speech_like(self, cand: _Candidate) -> bool:
        """Unattributed marks hold speech only when they hold a sentence, not a heading or a name."""
        text = self.text
        content = text[cand.start : cand.end].rstrip()
        after = text[cand.end + 1 : cand.end + 2] if cand.marked and cand.marked.close_mark is not None else ""
        return len(content.split()) >= _MIN_UNATTRIBUTED_WORDS and (content[-1:] in ".?!,…" or after in ".?!,…")

    def quotes(self) -> tuple[Quote, ...]:
        cands = self.candidates()
        self.resolve(cands)
        out: list[Quote] = []
        seen: dict[str, int] = {}
        last: _Candidate | None = None  # the candidate out[-1] was made from (or joined with)
        for cand in cands:
            end = cand.start + len(self.text[cand.start : cand.end].rstrip(_TRAILING))
            if end <= cand.start:
                continue
            speaker = cand.speaker
            if speaker is None and not self._speech_like(cand):
                continue
            if speaker is not None and speaker.kind == "person":
                title, affiliation = self.resolver.best_profile(speaker.name)
                if title or affiliation:
                    speaker = replace(speaker, title=title, affiliation=affiliation)
            cue = None
            if cand.cue is not None:
                cue = Ref(cand.cue.idx, cand.cue.idx + len(cand.cue.text), cand.cue.text) if isinstance(
                    cand.cue, Token) else Ref(cand.cue.start_char, cand.cue.end_char, cand.cue.text)  # fmt: skip
            text = self.text[cand.start : end]
            quote = Quote(cand.start, end, sent_index(self.doc, cand.start), text, cand.kind, speaker, cue,
                          cue_class=self._cue_class(cand))  # fmt: skip
            if out and (self._continues_split(out[-1], quote) or (cand.follows is not None and cand.follows is last)):
                out[-1] = _joined(self.text, out[-1], quote)
                last = cand
                continue
            key = f"{cand.kind}:{_norm(text)}"
            if key in seen:  # a pull quote or a repeated line: one quote, the attributed one
                if out[seen[key]].speaker is None and speaker is not None:
                    out[seen[key]] = quote
                continue
            seen[key] = len(out)
            out.append(quote)
            last = cand
        out = _nested(out)
        if self.parse is not None:
            def cue_class(cue: Token, source: Token) -> str | None:
                return self.lexicon.cue_class(cue.lemma_, source.lemma_) or "speech"

            heads = headline_quotes(self.doc, self.parse, self.lexicon, tuple(out), self.resolver, cue_class)
            return heads + tuple(out)
        return tuple(out)


def _opens_line(text: str, mark: MarkedSpan) -> bool:
    """Whether the mark opens its line; "''I'm more convinced ...": the first of two apostrophes typed for a double
    mark may stand before it."""
    line_start = text.rfind("\n", 0, mark.open_mark) + 1
    return not text[line_start : mark.open_mark].strip().replace("'", "")


def _fold_partials(cands: list[_Candidate], text: str) -> list[_Candidate]:
    """A quoted fragment inside reported speech that holds it is one attribution: the report, now mixed."""
    reports = [c for c in cands if c.kind == "indirect"]

    def holds(report: _Candidate, cand: _Candidate) -> bool:
        # 'said Kirkpatrick is "not doing very well."': the report stops before the full stop typed inside the
        # closing mark, the fragment runs to it (a whole sentence in marks, '"What is that?"', stays direct)
        ends_it = cand.end <= report.end or (
            cand.kind == "partial" and _ENDING.fullmatch(text[report.end : cand.end]) is not None
        )
        return report.start <= cand.start and ends_it

    out = []
    for cand in cands:
        holder = next((r for r in reports if holds(r, cand)), None)
        if cand.kind == "partial" and holder is not None:
            holder.kind = "mixed"
            continue
        same_cue = holder is not None and _cue_at(cand) == _cue_at(holder) is not None
        if cand.kind == "direct" and holder is not None and holder.start < cand.start - 1 and same_cue:
            # 'Heald said although ..., "nobody has looked at these together".': the marks close the reported
            # clause that holds them, so one mixed attribution
            holder.kind = "mixed"
            continue
        out.append(cand)
    for cand in out:  # '... the idea "for months"': the fragment closes the report, marks included or not
        if cand.kind == "indirect" and any(
            p.kind == "partial" and cand.start <= p.start <= cand.end + 1 for p in cands if p not in out
        ):
            cand.kind = "mixed"
    return out


def _cue_at(cand: _Candidate) -> int | None:
    cue = cand.cue
    return None if cue is None else cue.idx if isinstance(cue, Token) else cue.start_char


def _nested(quotes: list[Quote]) -> list[Quote]:
    """Each report whose cue and content lie inside another report's content, marked as nested in it: "South
    Koreans remain convinced that Kim ..., according to polling" is polling's attribution, with the belief
    inside it, not two attributions of one content to two sources (PARC 3.0 nests them the same way)."""
    reports = [q for q in quotes if q.kind in ("indirect", "mixed") and q.cue is not None]
    out = []
    for quote in quotes:
        cue = quote.cue
        holder = None
        if quote in reports and cue is not None:
            holder = min(
                (r for r in reports if r is not quote and r.start <= min(cue.start, quote.start)
                 and quote.end <= r.end and (r.start, r.end) != (quote.start, quote.end)),
                key=lambda r: r.end - r.start,
                default=None,
            )  # fmt: skip
        out.append(replace(quote, nested_in=holder.cue) if holder is not None else quote)
    return out


def _joined(text: str, first: Quote, second: Quote) -> Quote:
    """One quote from the two halves of a split quote: the whole stretch, with each half as a part."""
    parts = (first.parts or (Ref(first.start, first.end, first.text),)) + (Ref(second.start, second.end, second.text),)
    return replace(first, end=second.end, text=text[first.start : second.end], parts=parts,
                   speaker=first.speaker or second.speaker)  # fmt: skip


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(str.maketrans("“”‘’", "\"\"''"))
    return " ".join(text.split()).casefold().rstrip(".,")


def extract_quotes(
    doc: Doc, lexicon: Lexicon | None = None, parse: Callable[[str], Doc] | None = None
) -> tuple[Quote, ...]:
    """Every quote of ``doc`` in text order; with ``parse`` (a text to a parsed Doc), the attributions of the
    article's headline too, which the body leaves out."""
    return _Finder(doc, lexicon or load_lexicon(), parse).quotes()


class QuotesExtractor:
    """Adds `doc._.quotes`: a tuple of Quote records."""

    def __init__(self, nlp: Language, name: str, *, verbs_path: str | None = None, extra_verbs: list[str]) -> None:
        self.name = name
        self.nlp = nlp
        self.lexicon = load_lexicon(verbs_path, tuple(extra_verbs))

    def _parse(self, text: str) -> Doc:
        return parse_alone(self.nlp, text)

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = extract_quotes(doc, self.lexicon, lambda title: headline_parse(doc, title, self._parse))
        return doc


@Language.factory("storyline_quotes", default_config={"verbs_path": None, "extra_verbs": []})
def make_quotes(nlp: Language, name: str, verbs_path: str | None, extra_verbs: list[str]) -> QuotesExtractor:
    return QuotesExtractor(nlp, name, verbs_path=verbs_path, extra_verbs=extra_verbs)
