"""Headlines that are attributions ("Obama says Trump modeling policies on Putin"): the cleaner keeps the headline
out of the body, so it is parsed on its own and its reports join the article's quotes."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Token

from storyline.model import Quote, Ref, Speaker
from storyline.nlp.cues import Lexicon
from storyline.nlp.extensions import children_of, doc_text, sent_index
from storyline.nlp.reported import Report, reports, subject, trim
from storyline.nlp.speakers import SpeakerResolver, phrase, strip_name

CLAUSE_ONLY_CUES = frozenset({"say", "claim", "insist", "argue", "contend", "assert", "believe", "think"})
"""Cues a headline never completes with a mere object ("announces package" is an event, "says X" a report)."""
_MINOR_WORDS = frozenset({"a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "as"})
_LEAD_PARAGRAPHS = 4
"""The body paragraphs where the lead repeats a headline's attribution with its speaker's name."""
_MIN_SHARED = 0.3
"""Share of the headline content's words a lead report must hold to be the same attribution."""


def _words(text: str) -> set[str]:
    return {w.strip(".,;:'\"“”‘’").lower() for w in text.split() if len(w.strip(".,;:'\"“”‘’")) > 2}


def _title_case(title: str) -> bool:
    words = [w for w in title.split() if w[:1].isalpha() and w.lower() not in _MINOR_WORDS]
    return len(words) >= 3 and all(w[:1].isupper() for w in words)


_CASED_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def sentence_cased(title: str, doc: Doc) -> str:
    """A title-case headline in the case its article's body writes each word ("Teen Shot 11 Times" -> "Teen shot 11
    times", "Five Wounded by Quake in Southern Iran" -> "Five wounded by quake in southern Iran"): the parser, trained
    on running text, reads capitalised words as names ("Shot" a proper noun, "Times" a newspaper), so a headline's
    verbs and counted nouns are lost. A word keeps its capital when the body writes it capitalised inside a sentence
    more often than in lower case (names); the first word keeps its own; acronyms ("NFL") and any headline not in
    title case are left as written. Same length as ``title``, so offsets into it hold."""
    if not _title_case(title):
        return title
    capitalised: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for token in doc:
        if not token.is_alpha:
            continue
        if token.is_lower:
            lower[token.lower_] += 1
        elif token.is_title and not token.is_sent_start:
            capitalised[token.lower_] += 1
    words = list(_CASED_WORD.finditer(title))
    keys = [w.group(0).split("-")[0].lower() for w in words]
    name = [capitalised[k] > lower[k] for k in keys]
    out = list(title)
    for n, match in enumerate(words):
        word = match.group(0)
        # the first word, a word in lower case, an initial ("U. S."), an acronym ("NFL") or a name cased inside
        # ("LaRue") keep their case; "Shot", "Hit-And-Run" and the article "A" are title case
        plain = word == "A" or all(len(part) > 1 and part[1:].islower() for part in word.split("-") if part)
        # a word the body never writes beside a name the body writes is part of it ("Yvonne Hiller")
        unseen = not capitalised[keys[n]] and not lower[keys[n]]
        beside_name = (n > 0 and name[n - 1]) or (n + 1 < len(words) and name[n + 1])
        if n == 0 or not word[:1].isupper() or not plain or name[n] or (unseen and beside_name):
            continue
        cased = word.lower()
        if len(cased) == len(word):
            out[match.start() : match.end()] = cased
    return "".join(out)


def _headlinese(head: Doc) -> list[Report]:
    """ "Obama says Trump modeling policies on Putin": headlinese drops the verbs the parser needs for a clause,
    so when a speech cue with a subject governs none, its content is everything after it."""
    for token in head:
        if token.pos_ != "VERB" or token.lemma_.lower() not in CLAUSE_ONLY_CUES:
            continue
        source = subject(token)
        if source is None or any(c.dep_ == "ccomp" for c in children_of(token)):
            return []
        content = trim(head, list(head[token.i + 1 :]))
        return [Report(content, source, head[token.i : token.i + 1])] if content is not None else []
    return []


def parse_alone(nlp: Language, text: str) -> Doc:
    """``text`` (a headline) through the pipeline's statistical components alone: storyline's extractors are not run
    on it, since its quotes and claims are read by the extractors that asked for the parse."""
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if not name.startswith("storyline_"):
            doc = component(doc)
    return doc


def headline_offset(doc: Doc) -> tuple[str, int] | None:
    """The article's headline and where it stands in the text, when the body left it out (blanked)."""
    article = doc._.article
    title = getattr(article, "title", None)
    if not title or article is None:
        return None
    at = article.text.find(title)
    if at < 0 or article.body[at : at + len(title)].strip():
        return None
    return title, at


def _lead_speaker(
    cue: Token, content: str, body_quotes: tuple[Quote, ...], resolver: SpeakerResolver
) -> Speaker | None:
    """The speaker of the lead report that repeats the headline's: same cue or the same words."""
    wanted = _words(content)
    for quote in body_quotes:
        if quote.speaker is None or resolver.paragraph(quote.start) > _LEAD_PARAGRAPHS:
            continue
        same_cue = quote.cue is not None and quote.cue.text.lower().startswith(cue.lemma_.lower()[:4])
        shared = len(wanted & _words(quote.text)) / len(wanted) if wanted else 0.0
        if shared >= _MIN_SHARED or (same_cue and shared > 0):
            return quote.speaker
    return None


def headline_quotes(
    doc: Doc, parse: Callable[[str], Doc], lexicon: Lexicon, body_quotes: tuple[Quote, ...],
    resolver: SpeakerResolver, cue_class: Callable[[Token, Token], str | None],
) -> tuple[Quote, ...]:  # fmt: skip
    """The attributions a headline makes, with offsets into the article's text and the speaker the lead names."""
    found = headline_offset(doc)
    if found is None:
        return ()
    title, at = found
    head = parse(title)
    out = []
    found_reports = [*reports(head, lexicon, lambda char: False, resolver.is_source), *_headlinese(head)]
    if _title_case(title):  # "Scientists Call for Reversal of Rules That Cut ...": the parse is guesswork
        found_reports = [r for r in found_reports if r.cue[0].lemma_.lower() in CLAUSE_ONLY_CUES]
    for report in found_reports:
        source = report.source
        if source.lower_ in ("it", "this", "that", "there", "i", "we", "you"):
            continue
        content = report.content
        speaker = _lead_speaker(report.cue[0], content.text, body_quotes, resolver)
        written = phrase(source)
        mention = Ref(at + written.start_char, at + written.end_char, written.text)
        if speaker is not None:
            speaker = Speaker(mention, speaker.name, speaker.kind)
        elif source.pos_ == "PROPN":
            name = resolver.full_name(written.text, len(doc_text(doc))) or strip_name(written.text)
            speaker = Speaker(mention, name, "person" if source.ent_type_ == "PERSON" else "unknown")
        else:
            continue  # "Woman claims ...": nobody the lead names
        cue = report.cue
        start = at + content.start_char
        cue_ref = Ref(at + cue.start_char, at + cue.end_char, cue.text)
        out.append(Quote(start, at + content.end_char, sent_index(doc, start), content.text, "indirect", speaker,
                         cue_ref, cue_class=cue_class(cue[0], source)))  # fmt: skip
    return tuple(out)
