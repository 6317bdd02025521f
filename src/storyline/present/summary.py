"""What a brief leads with: the key developments (3-7 of the story's own sentences), and what one outlet alone reports.

Extractive only: every statement is a source sentence as written, never generated text. Candidates are the merged
events (not denied, not hypothetical) and the values of claim groups two articles or more give (a sentence giving
another value is never cited for one). A candidate's sentence is the
best-attested of its sources: not inside a quotation (what someone said is not yet what happened), sharing the
most words with the other sources' sentences, of a readable length. Candidates are ranked by

    score = 0.5 * corroboration + 0.25 * recency + 0.25 * centrality

corroboration: the share of the story's outlets (half) and articles (half) that report it; recency: 1 for what
happened at the time of the latest article, falling by half a month later (0 for background, 0.3 undated);
centrality: how much the story mentions its most-mentioned participant, relative to its most-mentioned actor.
The key developments are the best-scored candidates reported by two articles or more, at most 7, filled up to 3
with single-source ones when fewer are corroborated; two candidates never share a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from storyline.model import ClaimGroup, ClaimRef, SourceRef, Statement, Story, StoryEvent
from storyline.nlp.timex import interval

MIN_KEY, MAX_KEY = 3, 7
"""How many key developments a brief leads with."""
MAX_COMPARED = 40
"""Source sentences of one candidate compared with each other at most."""
WEIGHTS = (0.5, 0.25, 0.25)
"""corroboration, recency, centrality."""
_UNDATED_RECENCY = 0.3
_HALF_LIFE_DAYS = 30.0
_OPEN_QUOTES = "“\"‘'"
_CLOSE_QUOTES = "”\"’'"
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{2,}")
_STOP = frozenset(
    re.findall(
        r"\w+",
        "the and for that with from this have has had was were are its his her their they which said says will "
        "would been also into than more after over about who what when where not but",
    )
)


@dataclass(frozen=True)
class _Candidate:
    id: str
    kind: str
    date: str | None
    sources: tuple[SourceRef, ...]
    participants: tuple[str, ...]
    times: Mapping[tuple[str, int], str] | None = None
    """For a claim group: the time each sentence's claim is about (the group's claims may differ)."""


Sentences = Mapping[tuple[str, int], SourceRef]
"""(article id, sentence index) -> that sentence: what a claim needs to be stated (``sentences.claim_sentences``)."""


def key_developments(story: Story, sentences: Sentences | None = None) -> tuple[Statement, ...]:
    """The 3-7 statements a reader should see first, best first."""
    ranked = _ranked(story, sentences)
    chosen: list[Statement] = []
    cited: set[tuple[str, int]] = set()

    def take(statement: Statement) -> None:
        chosen.append(statement)
        cited.update((s.article_id, s.sent) for s in statement.sources)

    for statement in ranked:
        if len(chosen) < MAX_KEY and statement.articles > 1 and not _repeats(statement, cited):
            take(statement)
    for statement in ranked:  # fewer corroborated than the minimum: the best single-source ones fill up
        if len(chosen) < MIN_KEY and statement not in chosen and not _repeats(statement, cited):
            take(statement)
    return tuple(sorted(chosen, key=lambda s: -s.score))


def _repeats(statement: Statement, cited: set[tuple[str, int]]) -> bool:
    """Whether a statement says again what one already chosen says: its sentence, or half its sources or more,
    is already cited (an event and the number of troops it sent are one development, not two)."""
    keys = [(s.article_id, s.sent) for s in statement.sources]
    if keys[0] in cited:
        return True
    return sum(k in cited for k in keys) * 2 >= len(keys)


def single_outlet(story: Story, sentences: Sentences | None = None) -> tuple[Statement, ...]:
    """What only one outlet reports, best first (nothing when the story has a single outlet: then everything is)."""
    if len(_outlets(story)) < 2:
        return ()
    ranked = _ranked(story, sentences)
    # A sentence that also states something several outlets report is not news of one outlet alone.
    seen = {(s.article_id, s.sent) for statement in ranked if len(statement.outlets) > 1 for s in statement.sources}
    out: list[Statement] = []
    for statement in ranked:
        key = (statement.source.article_id, statement.source.sent)
        if len(statement.outlets) == 1 and key not in seen:
            seen.add(key)
            out.append(statement)
    return tuple(out)


def outlet_of(source: SourceRef) -> str:
    """The outlet a source counts for (its article when the outlet is unknown)."""
    return source.outlet or source.article_id


def _outlets(story: Story) -> set[str]:
    return {a.outlet or a.id for a in story.articles}


def _ranked(story: Story, sentences: Sentences | None) -> list[Statement]:
    quoted = _quoted_sentences(story)
    candidates = list(_event_candidates(story.events)) + list(_claim_candidates(story, sentences or {}))
    context = _Context(story)
    statements = []
    for candidate in candidates:
        best = best_sentence(candidate.sources, quoted)
        if best is None:
            continue
        sources = (best, *(s for s in candidate.sources if s is not best and _supports(candidate, s, best)))
        outlets = tuple(sorted({outlet_of(s) for s in sources}))
        articles = len({s.article_id for s in sources})
        when = candidate.times.get((best.article_id, best.sent)) if candidate.times is not None else candidate.date
        statements.append(
            Statement(
                candidate.id,
                candidate.kind,
                best.text.strip(),
                when,
                outlets,
                articles,
                round(context.score(candidate, when, outlets, articles), 4),
                best,
                sources,
            )
        )
    statements.sort(key=lambda s: (-s.score, s.date is None, s.id))
    return statements


CLAIM_SUPPORT = 0.2
"""Share of content words a sentence giving a claim's value must have with the stated sentence to be cited for it."""


def _supports(candidate: _Candidate, source: SourceRef, best: SourceRef) -> bool:
    """Whether ``source`` says what ``best`` says. A merged event's reports were merged on evidence of one
    happening; a claim's only on its number, and the same number in a sentence about something else is not the
    same development ("called for a re-run of the $40 billion contract", "defeated Boeing for a $40 billion
    contract")."""
    if candidate.kind != "claims":
        return True
    a, b = _words(source.text), _words(best.text)
    return len(a & b) >= CLAIM_SUPPORT * (len(a | b) or 1)


def _event_candidates(events: Iterable[StoryEvent]) -> Iterable[_Candidate]:
    for event in events:
        if not event.negated and not event.hypothetical:
            yield _Candidate(event.id, "event", event.date, event.sources, event.actors + event.recipients)


def claim_candidates_need(story: Story) -> set[tuple[str, int]]:
    """The sentences the claim candidates are stated by: claims of groups two articles or more report."""
    return {(r.article_id, r.claim.sent) for g in story.claim_groups if _corroborated(g) for r in g.claims}


def _corroborated(group: ClaimGroup) -> bool:
    return group.status in ("agree", "differ") and len({r.article_id for r in group.claims}) >= 2


def _claim_candidates(story: Story, given: Sentences) -> Iterable[_Candidate]:
    """Claim groups several articles report, one candidate per value two articles or more give, each claim as the
    sentence that holds it: sentences giving another value say something else ("a US$10 billion contract" is not
    the $40 billion one), so they are never cited for it. A claim records its sentence's index, not its text: the
    text comes from ``given`` (read from the knowledge base) or from an event reported in the same sentence; a
    claim whose sentence is in neither is left out."""
    sentences = {(s.article_id, s.sent): s for e in story.events for s in e.sources} | dict(given)
    for group in story.claim_groups:
        if not _corroborated(group):
            continue
        by_value: dict[tuple[object, ...], list[ClaimRef]] = {}
        for ref in group.claims:
            c = ref.claim
            by_value.setdefault((c.kind, c.value, c.low, c.high, c.unit), []).append(ref)
        for refs in by_value.values():
            if len({r.article_id for r in refs}) < 2:
                continue
            sources = tuple(
                dict.fromkeys(
                    sentences[(r.article_id, r.claim.sent)] for r in refs if (r.article_id, r.claim.sent) in sentences
                )
            )
            times = {(r.article_id, r.claim.sent): r.claim.time for r in reversed(refs) if r.claim.time}
            if sources:
                yield _Candidate(group.id, "claims", None, sources, (), times)


Quoted = dict[str, list[tuple[int, int]]]
"""Article id -> the character spans of its direct quotations."""


def _quoted_sentences(story: Story) -> Quoted:
    """The spans of direct quotations: someone's words, not the outlet's report. A quotation that runs over
    several sentences or paragraphs covers each of them, not only the sentence it opens in."""
    spans: Quoted = {}
    for speaker in story.speakers:
        for article_id, quote in speaker.quotes:
            if quote.kind == "direct":
                spans.setdefault(article_id, []).append((quote.start, quote.end))
    return spans


# First-person words: a sentence that says "we" or "I" is someone speaking (a quotation whose marks the
# extraction missed, such as the second paragraph of a long quotation), not the outlet's report. Case matters:
# "US" is a state, "us" a pronoun.
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|us|I|[Mm]y|me)\b")


def is_quoted(source: SourceRef, quoted: Quoted) -> bool:
    text = source.text.strip()
    if any(start < source.end and source.start < end for start, end in quoted.get(source.article_id, ())):
        return True
    if _FIRST_PERSON.search(text):
        return True
    return bool(text) and (text[0] in _OPEN_QUOTES or text.rstrip(".")[-1:] in _CLOSE_QUOTES)


def best_sentence(sources: Sequence[SourceRef], quoted: Quoted) -> SourceRef | None:
    """The source sentence that best states what its sources report; None when every one is a quotation."""
    # Comparing every pair costs the square of the sources: an event a thousand reprints attest is judged on
    # its first sentences, which say what the rest repeat.
    own = [s for s in sources if not is_quoted(s, quoted)][:MAX_COMPARED]
    if not own:
        return None
    words = [_words(s.text) for s in own]

    def support(i: int) -> float:
        # Agreement with the other articles' sentences: the sentence most like the rest says what they share.
        return sum(
            len(words[i] & words[j]) / (len(words[i] | words[j]) or 1)
            for j in range(len(own))
            if own[j].article_id != own[i].article_id
        )

    def length_penalty(source: SourceRef) -> int:
        n = len(source.text.split())
        return 0 if 8 <= n <= 60 else 1

    # Ties (two sources agree with each other equally): the sentence nearer its article's lead, which news
    # writing keeps for what matters most.
    best = min(range(len(own)), key=lambda i: (-round(support(i), 6), length_penalty(own[i]), own[i].sent,
                                                own[i].article_id, own[i].start))  # fmt: skip
    return own[best]


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text) if w.lower() not in _STOP)


class _Context:
    """What a candidate's score is relative to: the story's outlets, articles, dates and most-mentioned actor."""

    def __init__(self, story: Story) -> None:
        self.outlets = max(len(_outlets(story)), 1)
        self.articles = max(len(story.articles), 1)
        dates = [a.published for a in story.articles if a.published]
        self.latest: date | None = max(dates) if dates else None
        self.mentions = {a.id: a.mentions for a in story.actors}
        self.most = max(self.mentions.values(), default=0) or 1
        self.background = {e.id for e in story.events if e.background}

    def score(self, candidate: _Candidate, when: str | None, outlets: Sequence[str], articles: int) -> float:
        corroboration = 0.5 * len(outlets) / self.outlets + 0.5 * articles / self.articles
        centrality = max((self.mentions.get(p, 0) / self.most for p in candidate.participants), default=0.0)
        wc, wr, wn = WEIGHTS
        return wc * corroboration + wr * self._recency(candidate, when) + wn * centrality

    def _recency(self, candidate: _Candidate, when: str | None) -> float:
        if candidate.id in self.background:
            return 0.0
        span = interval(when)
        if span is None or self.latest is None:
            return _UNDATED_RECENCY
        middle = span[0] + (span[1] - span[0]) / 2
        days = max((self.latest - middle).days, 0)
        return float(0.5 ** (days / _HALF_LIFE_DAYS))
