"""Standing commitments across articles: statements grouped per article, resolved to actors, then merged."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from storyline.model import (
    ArticleAnalysis,
    ArticleInfo,
    Commitment,
    CommitmentStatement,
    CommitmentStep,
    Ref,
    SourceRef,
    Story,
    StoryEvent,
)
from storyline.nlp.commitment_vocab import CommitmentVocabulary, load_vocabulary
from storyline.resolve.actors import ActorIndex
from storyline.resolve.names import name_key, slug
from storyline.resolve.timekeys import date_key

# Event types whose actors, reported in a sentence about a commitment, are its parties ("signed a pact").
_PARTY_EVENTS = {"AGREE"}
# Kinds whose parties owe each other assistance: the answer to "who is committed to assist X".
_ASSISTANCE_FAMILY = "security"


@dataclass
class _Candidate:
    """One commitment as one article (or, after merging, several) states it."""

    kinds: list[str]
    names: list[str]
    parties: set[str]
    terms: list[str] = field(default_factory=list)
    signed: list[str] = field(default_factory=list)
    starts: list[str] = field(default_factory=list)
    deadlines: list[str] = field(default_factory=list)
    ratifications: dict[str, str | None] = field(default_factory=dict)
    sources: dict[tuple[str, int], SourceRef] = field(default_factory=dict)
    endorsements: dict[str, str | None] = field(default_factory=dict)
    """Endorsements: ratifications once the commitment is signed, support for a proposal before."""
    steps: list[tuple[str, str | None, tuple[str, ...], SourceRef]] = field(default_factory=list)


def principal(index: ActorIndex, actor_id: str) -> str:
    """The actor a person acts for (Putin -> state:RUS), or the actor itself."""
    actor = index.actor(actor_id)
    return actor.acts_for if actor is not None and actor.acts_for else actor_id


def find_commitments(
    index: ActorIndex,
    articles: Sequence[ArticleInfo],
    analyses: Iterable[ArticleAnalysis],
    events: Sequence[StoryEvent],
    vocab: CommitmentVocabulary | None = None,
) -> tuple[Commitment, ...]:
    """Commitments merged across articles, with parties, terms, dates and sources."""
    vocab = vocab or load_vocabulary()
    outlets = {article.id: article.outlet for article in articles}
    party_events: dict[tuple[str, int], list[StoryEvent]] = defaultdict(list)
    for event in events:
        if event.type in _PARTY_EVENTS and not event.negated:
            for source in event.sources:
                party_events[(source.article_id, source.sent)].append(event)
    candidates: list[_Candidate] = []
    for analysis in analyses:
        groups: dict[int, list[CommitmentStatement]] = defaultdict(list)
        for statement in analysis.commitments:
            groups[statement.group].append(statement)
        for statements in groups.values():
            candidate = _candidate(
                index, analysis.article_id, outlets.get(analysis.article_id), statements, party_events, vocab
            )
            # A pledge binds the one party that makes it; a named instrument something is done to ("a deal with
            # Boeing ... the deal had been killed", "Air India has signed a deal") is one even when the text
            # names only one of its parties; anything else binds two at least.
            unilateral = len(candidate.parties) == 1 and (statements[0].kind == "pledge" or bool(candidate.steps))
            if (len(candidate.parties) >= 2 or unilateral) and (candidate.steps or candidate.terms):
                candidates.append(candidate)
    merged = _merge(candidates, vocab)
    return _finish(merged, vocab)


def _candidate(
    index: ActorIndex,
    article_id: str,
    outlet: str | None,
    statements: list[CommitmentStatement],
    party_events: dict[tuple[str, int], list[StoryEvent]],
    vocab: CommitmentVocabulary,
) -> _Candidate:
    def resolve(refs: Sequence[Ref]) -> list[str]:
        found = []
        for ref in refs:
            actor_id = index.resolve(article_id, ref=ref)
            if actor_id:
                found.append(principal(index, actor_id))
        return found

    candidate = _Candidate(kinds=[statements[0].kind], names=[statements[0].name], parties=set())
    for statement in statements:
        candidate.parties.update(resolve(statement.parties))
        by = resolve(statement.by)
        if statement.action in vocab.party_actions:
            candidate.parties.update(by)  # who signs, ratifies or imposes a commitment is bound by it
        if statement.action in vocab.signing and statement.date:
            candidate.signed.append(statement.date)
        if statement.starts:
            candidate.starts.append(statement.starts)
        if statement.deadline:
            candidate.deadlines.append(statement.deadline)
        if statement.action in vocab.ratifying:
            held = candidate.endorsements if statement.action == "endorsed" else candidate.ratifications
            for actor_id in by:
                if held.get(actor_id) is None:
                    held[actor_id] = statement.date
        if statement.action is None or statement.action in vocab.signing or statement.action in vocab.ratifying:
            for event in party_events.get((article_id, statement.sent), ()):
                candidate.parties.update(principal(index, a) for a in (*event.actors, *event.recipients))
        candidate.terms.extend(t for t in statement.terms if t not in candidate.terms)
        source = SourceRef(article_id, outlet, statement.sent, statement.start, statement.end, statement.text)
        candidate.sources.setdefault((article_id, statement.sent), source)
        state = vocab.states.get(statement.action or "")
        if state:
            candidate.steps.append((state, statement.date, tuple(dict.fromkeys(by)), source))
    return candidate


def _same(a: _Candidate, b: _Candidate, vocab: CommitmentVocabulary) -> bool:
    shared = a.parties & b.parties
    if not (a.parties == b.parties or (len(shared) >= 2 and (a.parties <= b.parties or b.parties <= a.parties))):
        return False
    if _apart(a, b):
        return False
    return all(vocab.compatible(x, y) for x in set(a.kinds) for y in set(b.kinds))


def _apart(a: _Candidate, b: _Candidate) -> bool:
    """Whether one article tells two commitments of the same parties apart: the extractor kept them apart and one is
    a pledge the other is not ("the deal between Boeing and Aeroflot was revived after Boeing promised that technical
    assistance would be provided to Aeroflot"), or each was signed in a year the other was not ("the agreement
    reached between the two companies in 1991" and "on September 21, 2004 the parties agreed to ...")."""
    if not {article for article, _ in a.sources} & {article for article, _ in b.sources}:
        return False  # across articles, the same parties' commitment told twice is one
    if ("pledge" in a.kinds) != ("pledge" in b.kinds):
        return True
    years_a, years_b = _signed_years(a), _signed_years(b)
    return bool(years_a and years_b) and not years_a & years_b


def _signed_years(candidate: _Candidate) -> set[str]:
    """The years a candidate was signed, agreed or pledged in, as its sentences date them."""
    values = [*candidate.signed, *(when for state, when, *_ in candidate.steps if state == "signed" and when)]
    return {value[:4] for value in values if value[:4].isdigit()}


def _merge(candidates: list[_Candidate], vocab: CommitmentVocabulary) -> list[_Candidate]:
    merged: list[_Candidate] = []
    for candidate in candidates:
        for target in merged:
            if _same(target, candidate, vocab):
                target.kinds += candidate.kinds
                target.names += candidate.names
                target.parties |= candidate.parties
                target.terms += [t for t in candidate.terms if t not in target.terms]
                target.signed += candidate.signed
                target.starts += candidate.starts
                target.deadlines += candidate.deadlines
                for actor_id, when in candidate.ratifications.items():
                    if target.ratifications.get(actor_id) is None:
                        target.ratifications[actor_id] = when
                for actor_id, when in candidate.endorsements.items():
                    if target.endorsements.get(actor_id) is None:
                        target.endorsements[actor_id] = when
                target.steps += candidate.steps
                for key, source in candidate.sources.items():
                    target.sources.setdefault(key, source)
                break
        else:
            merged.append(candidate)
    return merged


def _consensus(values: list[str]) -> str | None:
    """The date most sources give (of signing, of a pledge's start or deadline); among equals, the most precise."""
    if not values:
        return None
    counts = Counter(values)
    return max(counts, key=lambda v: (counts[v], len(v), v))


def _history(candidate: _Candidate, vocab: CommitmentVocabulary) -> tuple[str, tuple[CommitmentStep, ...]]:
    """The state machine run over the candidate's steps: an endorsement of what nobody signed is support for a
    proposal, not a ratification; the state is the furthest one reached."""
    signed = any(state == "signed" for state, *_ in candidate.steps) or bool(candidate.signed)
    if signed:
        for actor_id, when in candidate.endorsements.items():
            if candidate.ratifications.get(actor_id) is None:
                candidate.ratifications[actor_id] = when
    order = {state: i for i, state in enumerate(vocab.state_order)}
    steps = []
    for state, when, by, source in candidate.steps:
        if state == "ratified" and not signed and "ratif" not in source.text.lower():
            state = "proposed"
        steps.append(CommitmentStep(state, when, by, source))
    steps.sort(key=lambda s: (order.get(s.state, len(order)), date_key(s.date) or 0.0, s.source.article_id))
    return (steps[-1].state if steps else ""), tuple(steps)


def _finish(merged: list[_Candidate], vocab: CommitmentVocabulary) -> tuple[Commitment, ...]:
    out: list[Commitment] = []
    seen: Counter[str] = Counter()
    for candidate in merged:
        state, history = _history(candidate, vocab)
        kind = max(candidate.kinds, key=vocab.rank)
        parties = tuple(sorted(candidate.parties))
        base = f"commitment:{slug(kind)}:{'+'.join(slug(p.split(':')[-1]) for p in parties)}"
        seen[base] += 1
        out.append(
            Commitment(
                id=base if seen[base] == 1 else f"{base}-{seen[base]}",
                kind=kind,
                name=max(candidate.names, key=lambda n: (len(n.split()), n)),
                parties=parties,
                terms=tuple(candidate.terms),
                signed=_consensus(candidate.signed),
                ratifications=tuple(sorted(candidate.ratifications.items(), key=_by_date)),
                sources=tuple(sorted(candidate.sources.values(), key=lambda s: (s.article_id, s.sent))),
                state=state,
                history=history,
                starts=_consensus(candidate.starts),
                deadline=_consensus(candidate.deadlines),
            )
        )
    out.sort(key=lambda c: (-len({s.article_id for s in c.sources}), -len(c.sources), c.id))
    return tuple(out)


def _by_date(item: tuple[str, str | None]) -> tuple[float, str]:
    key = date_key(item[1])
    return (key if key is not None else float("inf"), item[0])


def find_actor(story: Story, query: str) -> str | None:
    """The id of the actor named ``query`` (its id, code, name or any alias)."""
    key = name_key(query)
    for actor in story.actors:
        names = (actor.id, actor.code or "", actor.name, *(a.text for a in actor.aliases))
        if query in (actor.id, actor.code) or key in {name_key(n) for n in names if n}:
            return actor.id
    return None


def committed_to_assist(
    story: Story, actor_id: str, vocab: CommitmentVocabulary | None = None
) -> list[tuple[str, Commitment]]:
    """Who is committed to assist ``actor_id``: the other parties of every security commitment it is party to."""
    vocab = vocab or load_vocabulary()
    found: list[tuple[str, Commitment]] = []
    for commitment in story.commitments:
        if actor_id not in commitment.parties or vocab.families.get(commitment.kind) != _ASSISTANCE_FAMILY:
            continue
        found.extend((party, commitment) for party in commitment.parties if party != actor_id)
    return found
