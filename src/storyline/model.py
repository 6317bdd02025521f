"""The records storyline passes between its stages: plain, frozen, serialisable.

Offsets. Every per-article record carries ``start``/``end`` character offsets into ``Article.text``
(the text as read: the decoded file, or the text trafilatura extracted from HTML) and ``sent``, the
index of its sentence in the article. ``Article.body`` has the same length as ``Article.text`` by
construction (dropped lines are blanked, quote marks and spaces are normalised one character for one),
so an offset into the body *is* an offset into the original and no offset map is needed;
``text[start:end]`` of a record always equals the original text at those offsets.
"""

from __future__ import annotations

import sys
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

# ---------------------------------------------------------------------------------------------------
# Ingest


@dataclass(frozen=True, slots=True)
class DroppedLine:
    """A line of the input that the cleaner kept out of the body, with the reason."""

    start: int
    """Offset of the line's first character in ``Article.text``."""
    end: int
    """Offset just past the line's last character."""
    text: str
    """The line as it stands in the input."""
    reason: str
    """Why it was dropped: title, caption, credit, label, promo, byline, footer, pull-quote, summary, tail...; or
    control-character, surrogate, noncharacter for a run of characters replaced with U+FFFD at ingest (a
    zero-width record at 0, "control-character in title: 2", counts those replaced in a metadata field)."""


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read, cleaned, and identified by a hash of its content."""

    id: str
    """Content hash (hex) of the cleaned body: the same article read twice has the same id."""
    source: str
    """Where it came from: a path, ``path:line`` for JSONL, a URL, or ``-`` for standard input."""
    text: str
    """The source text; all offsets point into it."""
    body: str
    """Same length as ``text``: dropped lines blanked with spaces, exotic quote marks and spaces normalised."""
    title: str | None = None
    """Headline."""
    outlet: str | None = None
    """Publishing outlet ("Worldcrunch", "Mint (The Wall Street Journal)")."""
    url: str | None = None
    """Canonical URL when known."""
    published: date | None = None
    """Publication date: the anchor for relative time expressions."""
    byline: tuple[str, ...] = ()
    """Authors (metadata, never actors)."""
    dateline: str | None = None
    """Place in the dateline ("TOKYO", "SEOUL"), when the body opens with one."""
    section: str | None = None
    """Section label ("Analysis") when the input gives one."""
    summary: str | None = None
    """Standfirst / summary line when the input gives one."""
    language: str = "en"
    """ISO 639-1 language code detected for the body."""
    dropped: tuple[DroppedLine, ...] = ()
    """Every line kept out of the body, with its reason: nothing is silently lost."""

    def clean_text(self) -> str:
        """The cleaned body as paragraphs: kept lines joined by blank lines."""
        paragraphs = (line.strip() for line in self.body.split("\n"))
        return "\n\n".join(p for p in paragraphs if p)


@dataclass(frozen=True, slots=True)
class Skip:
    """An input that could not become an article, with the reason (reported, never silently dropped)."""

    source: str
    """Canonical path (absolute, folders resolved), ``path:line``, a URL, or ``-#hash`` for standard input."""
    reason: str
    """Short machine-readable reason: empty, binary, undecodable, too-large, not-english, duplicate, malformed,
    unreadable, not-a-regular-file, truncated, internal-error..."""
    detail: str = ""
    """Human-readable explanation."""


@dataclass(frozen=True, slots=True)
class Failed:
    """An article whose analysis raised (a bug in an extractor): reported as an internal-error skip."""

    article_id: str
    """The article's id."""
    error: str
    """The exception's class name."""
    message: str
    """The exception's message."""


# ---------------------------------------------------------------------------------------------------
# Per-article analysis


@dataclass(frozen=True, slots=True)
class Ref:
    """A pointer to a piece of an article's text (a name, a phrase, a cue word)."""

    start: int
    """Offset into ``Article.text``."""
    end: int
    """Offset just past the end."""
    text: str
    """``Article.text[start:end]``."""


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the body."""

    index: int
    """Position of the sentence in the article (0-based)."""
    start: int
    """Offset of its first character."""
    end: int
    """Offset just past its last character."""


@dataclass(frozen=True, slots=True)
class Mention:
    """A mention of an entity (person, state, organisation, place, group) in one article."""

    start: int
    end: int
    sent: int
    text: str
    """The mention as written ("Putin’s", "Pyongyang", "the foreign policy analyst")."""
    label: str
    """Entity label: PERSON, ORG, GPE, LOC, NORP, FAC, EVENT... (corrected where the text or gazetteer says so)."""
    name: str
    """Normalised name: titles, honorifics, possessives and leading articles stripped ("Vladimir Putin")."""
    kind: str = "name"
    """How the entity is referred to: name, surname, acronym, capital, demonym, pronoun, description."""
    antecedent: str | None = None
    """For surnames, pronouns, descriptions and misspellings: the full name they were bound to in this article."""
    code: str | None = None
    """ISO 3166 alpha-3 code when the mention names a state (directly, by capital or demonym)."""
    role: str | None = None
    """For people: the title or role the article gives at this mention ("President", "professor")."""
    affiliation: str | None = None
    """For people: the organisation the article ties them to at this mention ("Stimson Center")."""
    acts_for: str | None = None
    """For people: ISO alpha-3 code of the state the text ties them to ("Russian President ..." -> RUS)."""


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a quote is attributed to, as written and as resolved within the article."""

    mention: Ref
    """The speaker as written at the quote ("he", "Cha", "The foreign policy analyst", "U.S. officials")."""
    name: str
    """Resolved name: the full name of a person or organisation, or the phrase itself for a group."""
    kind: str = "person"
    """person, organisation, group (unnamed collective), or unknown."""
    title: str | None = None
    """Title the article gives ("political science and diplomacy professor")."""
    affiliation: str | None = None
    """Organisation the article gives ("Yonsei University")."""


@dataclass(frozen=True, slots=True)
class Quote:
    """Something a source said: direct, indirect (reported speech) or partial."""

    start: int
    """Start of the quoted content (inside the quote marks for direct quotes)."""
    end: int
    sent: int
    text: str
    """The quoted or reported content."""
    kind: str
    """direct, indirect, partial (a quoted fragment) or mixed (reported speech with quoted words in it)."""
    speaker: Speaker | None
    """Who said it; None when no speaker could be found."""
    cue: Ref | None = None
    """The verb or phrase of saying ("says", "concludes", "according to")."""
    parts: tuple[Ref, ...] = ()
    """The content's parts when the cue splits it ('"A," she said, "B."'): one attribution, two parts; empty
    when the content is the one span ``start``-``end``."""
    cue_class: str | None = None
    """What the cue reports: speech, belief, stance, intention, evidential or document (a written source)."""
    nested_in: Ref | None = None
    """The cue of the attribution whose content holds this one ("South Koreans remain convinced that Kim ...,
    according to polling": the belief is nested in "according to"); None for a top-level attribution."""


@dataclass(frozen=True, slots=True)
class Claim:
    """A quantitative statement: a number with what it counts, its qualifier and its source."""

    start: int
    """Start of the quantity phrase ("As many as 8,000")."""
    end: int
    sent: int
    text: str
    """The quantity phrase as written."""
    value: float | None
    """The number when exact (11000); None for bounds-only and vague amounts."""
    low: float | None = None
    """Lower bound ("at least one" -> 1; "thousands" -> 1000)."""
    high: float | None = None
    """Upper bound ("as many as 8,000" -> 8000)."""
    kind: str = "exact"
    """exact, max, min, approx, order (vague amount such as "thousands"), range."""
    qualifier: str | None = None
    """The hedge as written ("as many as", "at least", "several thousand", "about")."""
    unit: str | None = None
    """Unit when there is one: %, USD, km... None for counts."""
    counted: str = ""
    """What is counted: the noun phrase with its modifiers ("North Korean troops near the Russian front lines")."""
    source: Ref | None = None
    """Who the number is attributed to; None means the outlet itself."""
    source_name: str | None = None
    """The source resolved within the article (speaker name or group phrase)."""
    time: str | None = None
    """TIMEX3 value of the time the number refers to, when the text gives one ("since October" -> 2024-10)."""
    predicate: str = ""
    """What happens to what is counted, as the verb's lemma ("kill" in "killed five people", "meet" in "met six
    times"); empty when the verb says nothing of it (be, have, conduct...) or there is none."""
    whole: float | None = None
    """For a part of a counted whole ("six of the eleven nations"), the whole (11); None otherwise."""
    when: str = ""
    """The date the claim's clause (or, when it names only one, its sentence) gives, as a TIMEX3 value or, when
    unresolved, the expression lower-cased ("september"); "" when none. Part of the claim's identity."""
    scope: str = ""
    """The count the number is taken within ("43 RBIs in 54 games" -> "game:54"); "" when none."""
    holder: Ref | None = None
    """Who the counted things are of, when the claim's clause names it as its subject ("Manning threw for 364
    yards"; not a reporting verb's subject, who is the source); None otherwise."""
    where: Ref | None = None
    """The place the claim's clause says the counted things are in ("In Patras, 20,000 protesters marched", "the
    Athens march drew 20,000"); None when the clause names none. Part of the claim's identity."""


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression (a TIMEX3) resolved against the publication date or the time being narrated."""

    start: int
    """Start of the TIMEX3 span, which leaves out the signal ("June" in "in June")."""
    end: int
    sent: int
    text: str
    """As written, without the signal ("last week", "Tuesday")."""
    value: str | None
    """TIMEX3 value (2024-11-12, 2024-06, 2024, 2024-W45, 2024-W44-WE, 2024-11-12T08:30, P3Y, PRESENT_REF);
    for a range record (kind "span"), the interval it covers (1950/1953); None if unresolved."""
    kind: str = "date"
    """date, duration, set or span (a range "1950-53": storyline's interval over its two endpoint TIMEX3s,
    which are records of their own)."""
    relative: bool = False
    """True when the value depends on the publication date or on an earlier date of the text."""
    note: str = ""
    """Why a value is missing ("no publication date") or how it was resolved."""
    type: str = "DATE"
    """TIMEX3 type: DATE, TIME (a value with a time of day), DURATION or SET."""
    mod: str = ""
    """TIMEX3 mod: START, MID, END, APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_MORE...; empty when none."""
    quant: str = ""
    """For a SET, the TIMEX3 quant ("EVERY", "EACH"); empty otherwise."""
    freq: str = ""
    """For a SET, the TIMEX3 freq ("2X" for "twice a week"); empty otherwise."""
    signal: str = ""
    """The preposition before the expression ("in", "since"): a TimeML SIGNAL, outside the TIMEX3 span."""
    phrase: str = ""
    """The expression with its signal as written ("in June"), empty when there is no signal."""
    phrase_start: int | None = None
    """Start of ``phrase`` (it ends at ``end``); None when there is no signal."""

    @property
    def outer_start(self) -> int:
        """Start of the widest phrase: the signal's start when there is one, else ``start``."""
        return self.start if self.phrase_start is None else self.phrase_start


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, coded with a PLOVER event type, from one sentence of one article."""

    start: int
    """Start of the evidence (the clause or sentence reporting the event)."""
    end: int
    sent: int
    text: str
    """The evidence text."""
    type: str
    """PLOVER event type (AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT,
    THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT)."""
    trigger: Ref
    """The word or phrase that signals the event."""
    actors: tuple[Ref, ...] = ()
    """Who acted (the source actors as written)."""
    recipients: tuple[Ref, ...] = ()
    """Who it was done to or for."""
    mode: str | None = None
    """PLOVER mode where clear: military, diplomatic, economic, weapons..."""
    cameo: str | None = None
    """CAMEO root code of the type."""
    score: float = 0.0
    """Cooperation (+) / conflict (-) score of the type, -10..10."""
    date: str | None = None
    """TIMEX3 value of when it happened, from the sentence or its context."""
    negated: bool = False
    """The text says it did not happen."""
    hypothetical: bool = False
    """Possible, planned or conditional ("could soon enter into combat"): not a fact."""
    modality: str = "asserted"
    """How the text holds the act: asserted (it happened), intended (announced, planned, promised: coded AGREE),
    threatened (THREATEN), demanded (REQUEST), refused (REJECT), negated (it did not happen) or hypothetical."""


@dataclass(frozen=True, slots=True)
class CommitmentStatement:
    """A sentence that states or acts on a standing commitment (treaty, pact, alliance, sanctions regime)."""

    start: int
    """Start of the evidence (the sentence that mentions the commitment)."""
    end: int
    sent: int
    text: str
    """The evidence text."""
    kind: str
    """mutual defence, defence, alliance, sanctions, trade, peace, agreement..."""
    name: str
    """The instrument as the article names it where it introduces it ("defense pact", "treaty")."""
    mention: Ref
    """The instrument as written in this sentence ("a new defense pact", "The treaty", "this text")."""
    group: int = 0
    """Index of the commitment within the article: anaphora ("The treaty", "this text") share their antecedent's."""
    terms: tuple[str, ...] = ()
    """Obligation clauses as written ("provide “immediate” military assistance in the event of an attack ...")."""
    parties: tuple[Ref, ...] = ()
    """Who is bound, as written ("Russia", "Kim Jong-un", "both states" is not a party)."""
    action: str | None = None
    """What the sentence reports done to it: signed, ratified, endorsed, negotiated, requires, imposed..."""
    by: tuple[Ref, ...] = ()
    """Who did the action ("Russian lawmakers", "Vladimir Putin")."""
    date: str | None = None
    """TIMEX3 value of the action, from its clause or the clause reporting it."""
    starts: str | None = None
    """For a pledge, TIMEX3 value of the date it starts from when the promised clause gives one ("stop tests from
    April 21"); None otherwise."""
    deadline: str | None = None
    """For a pledge, TIMEX3 value of the date it is to be done by when the promised clause gives one ("promised a
    compatible release before the end of the month"); None otherwise."""


@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    """Everything extracted from one article: a pure function of (article, settings)."""

    article_id: str
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    events: tuple[Event, ...] = ()
    commitments: tuple[CommitmentStatement, ...] = ()


# ---------------------------------------------------------------------------------------------------
# Story level (resolve)


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where a story-level fact comes from: one sentence of one article."""

    article_id: str
    outlet: str | None
    sent: int
    start: int
    end: int
    text: str
    trigger: Ref | None = None
    """For an event's source: the words that name the event (offsets into the article, inside the sentence)."""


@dataclass(frozen=True, slots=True)
class Alias:
    """One way an actor is named, with how often."""

    text: str
    count: int


@dataclass(frozen=True, slots=True)
class Merge:
    """Why one way of naming an actor was joined to it: the resolution pass and what it saw."""

    alias: str
    """The alias as written ("Mr. Trump")."""
    rule: str
    """The pass that joined it, most precise first: exact-name, name-variant, bound-in-article, unique-name,
    title-fits, courtesy-title-fits, state-code, organisation-name, acronym, speaker-description."""
    detail: str = ""
    """What the pass saw ("surname of Donald Trump in article 3f2a...", "President: USAGOV on 2018-06-12")."""


@dataclass(frozen=True, slots=True)
class Actor:
    """One person, state, organisation, place or group, with every alias resolved across articles."""

    id: str
    """Stable id derived from the canonical name ("person:victor-cha", "state:PRK")."""
    name: str
    """Canonical name."""
    type: str
    """person, state, organisation, place or group."""
    code: str | None = None
    """ISO 3166 alpha-3 for states; for organisations the CAMEO code the actor dictionaries give ("IGOUNO", "NASA":
    "USAGOV"); for people the code of the office the dictionaries say they held when the articles were written
    ("Barack Obama" in 2015: "USAGOV")."""
    aliases: tuple[Alias, ...] = ()
    mentions: int = 0
    """Number of mentions across all articles."""
    articles: tuple[str, ...] = ()
    """Ids of the articles that mention it."""
    role: str | None = None
    """Role the texts give (title), for people."""
    affiliation: str | None = None
    """Organisation the texts give, for people."""
    acts_for: str | None = None
    """Actor id of the state a person acts for (Kim Jong Un -> state:PRK), or an organisation belongs to (the Greek
    Ministry of Culture -> state:GRC)."""
    merges: tuple[Merge, ...] = ()
    """For each alias, the pass that joined it to this actor (``storyline actors KB --explain NAME``)."""


@dataclass(frozen=True, slots=True)
class MentionLink:
    """Which actor a mention (article, offsets) resolved to."""

    article_id: str
    start: int
    end: int
    actor_id: str


@dataclass(frozen=True, slots=True)
class MentionLinks:
    """Every mention link of a story, packed: four 32-bit integers per link (article number, start, end, actor
    number) in (article id, start, end) order. A story of 10,000 articles has some 140,000 links; as records
    they took 33 MB, packed they take 2. Iterate it for ``MentionLink`` records, one at a time."""

    articles: tuple[str, ...] = ()
    """Article ids, sorted: an article's number is its position here."""
    actors: tuple[str, ...] = ()
    """Actor ids, sorted: an actor's number is its position here."""
    rows: bytes = b""
    """The links: little-endian int32 quadruples, sorted by (article number, start, end)."""

    @classmethod
    def of(cls, links: Iterable[MentionLink]) -> MentionLinks:
        """Pack records (links to the same span keep their order, as a stable sort leaves them)."""
        quads: list[tuple[str, int, int, str]] = [(x.article_id, x.start, x.end, x.actor_id) for x in links]
        articles, actors = sorted({q[0] for q in quads}), sorted({q[3] for q in quads})
        article_no, actor_no = {a: i for i, a in enumerate(articles)}, {a: i for i, a in enumerate(actors)}
        flat = array("i", [n for a, s, e, x in quads for n in (article_no[a], s, e, actor_no[x])])
        return cls.pack(articles, actors, flat)

    @classmethod
    def pack(cls, articles: Sequence[str], actors: Sequence[str], flat: Sequence[int]) -> MentionLinks:
        """Pack quadruples (index into ``articles``, start, end, index into ``actors``) given flat, in any order;
        both id lists are sorted and renumbered, and links to the same span keep their given order."""
        article_order, actor_order = (
            sorted(range(len(articles)), key=articles.__getitem__),
            sorted(range(len(actors)), key=actors.__getitem__),
        )
        article_rank, actor_rank = [0] * len(articles), [0] * len(actors)
        for rank, i in enumerate(article_order):
            article_rank[i] = rank
        for rank, i in enumerate(actor_order):
            actor_rank[i] = rank
        n = len(flat) // 4
        # One integer key per link: Python's stable sort then keeps same-span links in their given order.
        order = sorted(
            range(n), key=lambda k: (article_rank[flat[4 * k]] << 64) | (flat[4 * k + 1] << 32) | flat[4 * k + 2]
        )
        packed = array("i", bytes(16 * n))
        for j, k in enumerate(order):
            packed[4 * j] = article_rank[flat[4 * k]]
            packed[4 * j + 1] = flat[4 * k + 1]
            packed[4 * j + 2] = flat[4 * k + 2]
            packed[4 * j + 3] = actor_rank[flat[4 * k + 3]]
        if sys.byteorder == "big":  # stored little-endian, so a knowledge base reads the same on any machine
            packed.byteswap()
        return cls(tuple(articles[i] for i in article_order), tuple(actors[i] for i in actor_order), packed.tobytes())

    def __len__(self) -> int:
        return len(self.rows) // 16

    def _quads(self) -> Sequence[int]:
        if sys.byteorder == "little":
            return memoryview(self.rows).cast("i")
        quads = array("i", self.rows)
        quads.byteswap()
        return quads

    def __iter__(self) -> Iterator[MentionLink]:
        quads = self._quads()
        for k in range(0, len(quads), 4):
            yield MentionLink(self.articles[quads[k]], quads[k + 1], quads[k + 2], self.actors[quads[k + 3]])

    def in_article(self, article_id: str) -> list[tuple[int, int, str]]:
        """(start, end, actor id) of one article's links, in text order."""
        number = bisect_left(self.articles, article_id)
        if number == len(self.articles) or self.articles[number] != article_id:
            return []
        quads = self._quads()
        rows = range(len(quads) // 4)
        first = bisect_left(rows, number, key=lambda k: quads[4 * k])
        last = bisect_right(rows, number, lo=first, key=lambda k: quads[4 * k])
        return [(quads[4 * k + 1], quads[4 * k + 2], self.actors[quads[4 * k + 3]]) for k in range(first, last)]


@dataclass(frozen=True, slots=True)
class SpeakerQuotes:
    """A speaker with every quote attributed to them across articles, in order."""

    actor_id: str | None
    """None for unnamed groups."""
    name: str
    title: str | None
    affiliation: str | None
    outlets: tuple[str, ...]
    quotes: tuple[tuple[str, Quote], ...]
    """(article id, quote) pairs in article then text order."""


@dataclass(frozen=True, slots=True)
class ClaimRef:
    """One claim in a group, with where it came from."""

    article_id: str
    outlet: str | None
    claim: Claim


@dataclass(frozen=True, slots=True)
class ClaimGroup:
    """Claims about the same quantity across articles, compared."""

    id: str
    topic: str
    """What is counted, in a short form ("North Korean troops")."""
    status: str
    """agree, differ, incomparable or single."""
    claims: tuple[ClaimRef, ...]


@dataclass(frozen=True, slots=True)
class MergeWhy:
    """Why the reports of a story event were taken for one happening (``storyline timeline KB --explain EVENT``)."""

    participants: tuple[str, ...]
    """What every report agrees on, role by role ("actor state:PRK", "recipient state:KOR"); people count as the
    state they act for."""
    dates: tuple[str, ...]
    """Each distinct date the reports give ("2024-10-31", "2024-W44", "undated"), all compatible."""
    triggers: tuple[str, ...]
    """The distinct words that carry the act in the reports ("tested", "launch")."""
    act: str | None = None
    """The act the reports share: their CAMEO code (to three digits) or PLOVER mode."""
    notes: tuple[str, ...] = ()
    """Anything beyond full agreement: "undated report in the same article", "recipient given by one report"."""


@dataclass(frozen=True, slots=True)
class StoryEvent:
    """One event merged across the articles that report it."""

    id: str
    type: str
    actors: tuple[str, ...]
    """Actor ids."""
    recipients: tuple[str, ...]
    mode: str | None
    date: str | None
    """TIMEX3 value."""
    cameo: str | None
    score: float
    sources: tuple[SourceRef, ...]
    negated: bool = False
    hypothetical: bool = False
    background: bool = False
    """True when the event lies well before the story's articles (context, not news)."""
    modality: str = "asserted"
    """How the reports hold the act (see ``Event.modality``)."""
    triggers: tuple[SourceRef, ...] = ()
    """Each report's trigger word or phrase ("ratified", "blew up"), in the order of ``sources``' articles: where
    the event coreference scores (``storyline eval --events``) align the corpus's event mentions."""
    merge: MergeWhy | None = None
    """Why its reports were merged; None for an event with one report."""


@dataclass(frozen=True, slots=True)
class Relation:
    """How two actors stand toward each other, from the events between them."""

    a: str
    b: str
    """Actor ids, a < b."""
    score: float
    """Mean cooperation (+) / conflict (-) score, weighted by number of sources."""
    polarity: str
    """cooperation, conflict or neutral."""
    trend: str
    """rising, falling, steady or unknown: direction of the score over time."""
    events: tuple[str, ...]
    """Ids of the story events behind it."""
    derived: bool = False
    """True when the polarity rests on inferred evidence only (support to one side of a conflict)."""
    via: tuple[str, ...] = ()
    """Actor ids through which derived evidence was inferred (A aids X, X fights B: A-B via X)."""


@dataclass(frozen=True, slots=True)
class CommitmentStep:
    """One transition of a commitment's state, with the sentence that reports it."""

    state: str
    """sought, proposed, signed, ratified, in force, suspended, violated, withdrawn or lifted."""
    date: str | None
    """TIMEX3 value of the transition when the text gives one."""
    by: tuple[str, ...]
    """Actor ids who made it (the signer, the ratifier, who sought it)."""
    source: SourceRef


@dataclass(frozen=True, slots=True)
class Commitment:
    """A standing obligation the texts state (treaty, pact, alliance, sanctions regime, agreement)."""

    id: str
    kind: str
    """mutual defence, alliance, sanctions, agreement..."""
    name: str
    """How the texts name it ("defense pact", "the treaty")."""
    parties: tuple[str, ...]
    """Actor ids."""
    terms: tuple[str, ...]
    """Obligations as written ("provide “immediate” military assistance in the event of an attack")."""
    signed: str | None
    """TIMEX3 value of signing."""
    ratifications: tuple[tuple[str, str | None], ...]
    """(actor id, TIMEX3 value) per ratification."""
    sources: tuple[SourceRef, ...]
    state: str = ""
    """Where the commitment stands by the latest evidence: sought, proposed, signed, ratified, in force,
    suspended, violated, withdrawn or lifted; "" when no sentence says."""
    history: tuple[CommitmentStep, ...] = ()
    """The transitions the texts report, in order of the state machine (sought -> proposed -> signed ->
    ratified -> in force -> suspended/violated/withdrawn/lifted)."""
    starts: str | None = None
    """TIMEX3 value of the date a pledge starts from, when the text gives one ("from April 21")."""
    deadline: str | None = None
    """TIMEX3 value of the date a pledge is to be done by, when the text gives one ("by the end of the month")."""


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """What the story level keeps of an article: its metadata, without the text."""

    id: str
    source: str
    title: str | None
    outlet: str | None
    url: str | None
    published: date | None
    byline: tuple[str, ...]
    words: int
    story_id: str = ""
    """The story the article was clustered into ("" before clustering)."""
    section: str | None = None
    """The section or kicker the article ran under ("Opinion", "Analysis"), when the input says."""


@dataclass(frozen=True, slots=True)
class Story:
    """The story as data: everything resolve builds from all analyses."""

    articles: tuple[ArticleInfo, ...] = ()
    actors: tuple[Actor, ...] = ()
    links: MentionLinks = MentionLinks()
    speakers: tuple[SpeakerQuotes, ...] = ()
    claim_groups: tuple[ClaimGroup, ...] = ()
    events: tuple[StoryEvent, ...] = ()
    relations: tuple[Relation, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    stats: dict[str, int] = field(default_factory=dict)
    id: str = ""
    """Story id from clustering ("story-<first article id>"); "" when the pile was never clustered."""
    title: str = ""
    """Generated title: the most central article's title and the main actors."""


# ---------------------------------------------------------------------------------------------------
# What a brief leads with (present/summary.py): derived from a Story, written into brief.json


@dataclass(frozen=True, slots=True)
class Statement:
    """One thing the story reports, as one of its own sentences (extractive, never generated text)."""

    id: str
    """The merged event or claim group it stands for."""
    kind: str
    """event or claims."""
    text: str
    """The best-attested source sentence, verbatim."""
    date: str | None
    """TIMEX3 value of when it happened (the brief shows it in words)."""
    outlets: tuple[str, ...]
    """Every outlet that reports it."""
    articles: int
    """How many articles report it."""
    score: float
    """Rank: corroboration, recency and centrality (see present/summary.py)."""
    source: SourceRef
    """Where ``text`` comes from."""
    sources: tuple[SourceRef, ...]
    """Every source sentence that reports it, the chosen one first."""


@dataclass(frozen=True, slots=True)
class Position:
    """One side of a disagreement: what some sources say."""

    label: str
    """The value as written ("11,000 North Korean troops"), or the stance with whoever is quoted taking it
    ("reported", "denied", "denied: Russia")."""
    outlets: tuple[str, ...]
    sources: tuple[SourceRef, ...]


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Sources that disagree on one question: numbers that differ, or an act one voice reports and another denies."""

    kind: str
    """numbers (a claim group whose values differ), reports (an act the outlets report and also negate) or
    attributions (an act someone is quoted saying happened, or not: "denied that ...")."""
    topic: str
    """What the question is about, in words."""
    ids: tuple[str, ...]
    """The claim group or the events concerned."""
    positions: tuple[Position, ...]


@dataclass(frozen=True, slots=True)
class OutletView:
    """What one outlet brings to the story."""

    outlet: str
    articles: tuple[str, ...]
    """Its article ids."""
    opinion: tuple[tuple[str, str], ...]
    """(article id, marker) for each of its articles that reads as opinion or analysis, not reporting."""
    only_here: tuple[Statement, ...]
    """What it reports that no other outlet does."""
    speakers: tuple[tuple[str, int], ...]
    """(speaker name, quotes) for whom it quotes, most quoted first."""
    numbers: tuple[ClaimRef, ...]
    """Every number it gives."""
