"""Per-article sections: body, pull quotes, quotes, speakers, claims, times and events."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Generic, TypeVar

from storyline.eval.gold import GoldArticle, GoldClaim, GoldEvent, GoldQuote
from storyline.eval.match import ActorMap, Matched, Reach, match_items, value_ok
from storyline.eval.report import Section, figure
from storyline.eval.textmatch import covers, locate, normalise
from storyline.model import Article, ArticleAnalysis, Claim, Event, Quote
from storyline.nlp.times import without_range_ends

G = TypeVar("G")
E = TypeVar("E")


@dataclass(frozen=True)
class Case:
    """One gold article with the extracted article and analysis mapped to it (None/empty when missing)."""

    gold: GoldArticle
    article: Article | None
    analysis: ArticleAnalysis

    @property
    def article_id(self) -> str:
        return self.article.id if self.article else ""


@dataclass(frozen=True)
class Context:
    """What every section needs: the cases, the actor map and which gold text is reachable."""

    cases: tuple[Case, ...]
    actors: ActorMap
    reach: Reach


@dataclass(frozen=True)
class Tally(Generic[G, E]):
    """One article's gold items (reachable ones), extracted items and how they matched."""

    case: Case
    golds: tuple[G, ...]
    items: tuple[E, ...]
    matched: Matched


def _tally(
    ctx: Context,
    golds_of: Callable[[GoldArticle], Sequence[G]],
    items_of: Callable[[ArticleAnalysis], Sequence[E]],
    text_of: Callable[[G], str],
    hits: Callable[[Case, G, E], bool],
    right: Callable[[Case, G, E], bool],
) -> tuple[list[Tally[G, E]], list[str]]:
    """Match one list section in every article; returns the tallies and the excluded gold items."""
    tallies: list[Tally[G, E]] = []
    excluded: list[str] = []
    for case in ctx.cases:
        golds: list[G] = []
        for gold in golds_of(case.gold):
            if ctx.reach.unreachable(case.gold.file, text_of(gold)):
                excluded.append(f"{case.gold.file}: {text_of(gold)}")
            else:
                golds.append(gold)
        items = tuple(items_of(case.analysis))
        matched = match_items(golds, items, partial(hits, case), partial(right, case))
        tallies.append(Tally(case, tuple(golds), items, matched))
    return tallies, excluded


def _section(name: str, tallies: Sequence[Tally[G, E]], text_of: Callable[[G], str], **extra: object) -> Section:
    missed = tuple(
        f"{t.case.gold.file}: {text_of(g)}"
        for t in tallies
        for g, c in zip(t.golds, t.matched.chosen, strict=True)
        if c is None
    )
    return Section(
        name=name,
        gold=sum(len(t.golds) for t in tallies),
        found=sum(t.matched.found for t in tallies),
        extracted=sum(len(t.items) for t in tallies),
        correct=sum(len(t.matched.correct) for t in tallies),
        missed=missed,
        **extra,  # type: ignore[arg-type]
    )


def score_body(ctx: Context) -> Section:
    """must-contain lines kept (true positives) against not-body lines left in (false positives)."""
    present = leaked = must = absent = 0
    missed: list[str] = []
    for case in ctx.cases:
        body = normalise(case.article.clean_text()) if case.article else ""
        for line in case.gold.body_must_contain:
            must += 1
            if case.article and normalise(line) in body:
                present += 1
            else:
                missed.append(f"{case.gold.file}: missing: {line}")
        for line in case.gold.not_body:
            if case.article and normalise(line) in body:
                leaked += 1
                missed.append(f"{case.gold.file}: left in: {line}")
            elif case.article:
                absent += 1
    n_not = sum(len(c.gold.not_body) for c in ctx.cases)
    figures = (figure("must-contain kept", present, must), figure("not-body removed", absent, n_not))
    return Section("body", must, present, present + leaked, present, figures=figures, missed=tuple(missed))


def _claim_hits(case: Case, text: str, claim: Claim) -> bool:
    """A claim's text is only its quantity phrase, so it also hits gold text whose span holds the phrase."""
    if covers(claim.text, text):
        return True
    spans = locate(case.article.text, text) if case.article else []
    return any(start <= claim.start and claim.end <= end for start, end in spans)


def score_pull_quotes(ctx: Context) -> Section:
    """Each pull quote read as exactly one quote, and as at most one claim and one event."""
    gold = found = extracted = correct = 0
    missed: list[str] = []
    for case in ctx.cases:
        analysis = case.analysis
        for text in case.gold.pull_quotes:
            quotes = sum(covers(q.text, text) for q in analysis.quotes)
            claims = sum(_claim_hits(case, text, c) for c in analysis.claims)
            events = sum(covers(e.text, text) for e in analysis.events)
            gold += 1
            extracted += quotes + claims + events
            correct += min(quotes, 1) + min(claims, 1) + min(events, 1)
            if quotes == 1 and claims <= 1 and events <= 1:
                found += 1
            else:
                missed.append(f"{case.gold.file}: {text} ({quotes} quotes, {claims} claims, {events} events)")
    note = "right when the text is one quote (not two: display copy and body), at most one claim and one event"
    return Section("pull_quotes", gold, found, extracted, correct, missed=tuple(missed), note=note)


def _speaker_right(ctx: Context, case: Case, gold: str, quote: Quote) -> bool:
    speaker = quote.speaker
    if speaker is None:
        return False
    return ctx.actors.refers_to(gold, case.article_id, speaker.name, speaker.mention)


def score_quotes(ctx: Context) -> Section:
    """Quotes: text covered and speaker resolved; per kind; speaker accuracy among quotes found by text."""
    tallies, excluded = _tally(
        ctx,
        lambda a: a.quotes,
        lambda a: a.quotes,
        lambda g: g.text,
        lambda c, g, q: covers(q.text, g.text),
        lambda c, g, q: _speaker_right(ctx, c, g.speaker, q),
    )
    by_text = sum(sum(t.matched.by_text) for t in tallies)
    found = sum(t.matched.found for t in tallies)
    kind_right = sum(
        t.items[c].kind == g.kind
        for t in tallies
        for g, c in zip(t.golds, t.matched.chosen, strict=True)
        if c is not None
    )
    parts = []
    for kind in ("direct", "indirect", "partial"):
        chosen = [(g, c) for t in tallies for g, c in zip(t.golds, t.matched.chosen, strict=True) if g.kind == kind]
        items = [(t, i) for t in tallies for i, q in enumerate(t.items) if q.kind == kind]
        parts.append(
            Section(
                name=kind,
                gold=len(chosen),
                found=sum(c is not None for _, c in chosen),
                extracted=len(items),
                correct=sum(i in t.matched.correct for t, i in items),
            )
        )
    figures = (figure("speaker accuracy", found, by_text), figure("kind right", kind_right, found))
    note = "indirect precision is indicative: the gold is not complete for every verb of saying"
    return _section(
        "quotes", tallies, _quote_label, figures=figures, parts=tuple(parts), excluded=tuple(excluded), note=note
    )


def _quote_label(gold: GoldQuote) -> str:
    return f"{gold.text} [{gold.speaker}, {gold.kind}]"


def score_speakers(ctx: Context) -> Section:
    """Title and affiliation the article gives each quoted person (extracted covers gold)."""
    gold = found = extracted = correct = titles = titles_ok = affs = affs_ok = 0
    missed: list[str] = []
    for case in ctx.cases:
        quotes = sorted((q for q in case.analysis.quotes if q.speaker), key=lambda q: q.start)
        for entry in case.gold.speakers:
            theirs = [q.speaker for q in quotes if q.speaker and _speaker_right(ctx, case, entry.name, q)]
            title = next((s.title for s in theirs if s.title), None)
            affiliation = next((s.affiliation for s in theirs if s.affiliation), None)
            title_ok = entry.title is None or (title is not None and covers(title, entry.title))
            aff_ok = entry.affiliation is None or (affiliation is not None and covers(affiliation, entry.affiliation))
            gold += 1
            titles += entry.title is not None
            titles_ok += entry.title is not None and title_ok
            affs += entry.affiliation is not None
            affs_ok += entry.affiliation is not None and aff_ok
            right = bool(theirs) and title_ok and aff_ok
            found += right
            if title or affiliation:
                extracted += 1
                correct += right
            if not right:
                missed.append(f"{case.gold.file}: {entry.name}: got title={title!r}, affiliation={affiliation!r}")
    figures = (figure("title right", titles_ok, titles), figure("affiliation right", affs_ok, affs))
    note = "precision over gold speakers the extraction gives a title or affiliation"
    return Section("speakers", gold, found, extracted, correct, figures=figures, missed=tuple(missed), note=note)


def _source_ok(ctx: Context, case: Case, gold: GoldClaim, claim: Claim) -> bool:
    if gold.source is None:
        return claim.source is None
    return ctx.actors.refers_to(gold.source, case.article_id, claim.source_name, claim.source)


def score_claims(ctx: Context) -> Section:
    """Claims: the quantity found, with the right value (or bound) and the right source."""

    def hits(case: Case, gold: GoldClaim, claim: Claim) -> bool:
        return _claim_hits(case, gold.text, claim)

    tallies, excluded = _tally(
        ctx,
        lambda a: a.claims,
        lambda a: a.claims,
        lambda g: g.text,
        hits,
        lambda c, g, e: value_ok(g.value, e) and _source_ok(ctx, c, g, e),
    )
    by_text = values = sources = 0
    for t in tallies:
        for g in t.golds:
            hit = [e for e in t.items if hits(t.case, g, e)]
            by_text += bool(hit)
            values += any(value_ok(g.value, e) for e in hit)
            sources += any(_source_ok(ctx, t.case, g, e) for e in hit)
    figures = (figure("value right", values, by_text), figure("source right", sources, by_text))
    return _section("claims", tallies, lambda g: g.text, figures=figures, excluded=tuple(excluded))


def score_times(ctx: Context) -> Section:
    """Time expressions: text covered and TIMEX3 value equal."""
    tallies, excluded = _tally(
        ctx,
        lambda a: a.times,
        # The gold lists calendar dates (FORMAT.md): durations, sets and vague references (PRESENT_REF) are
        # outside its scope and not judged; a range counts once, its two TIMEX3 ends not apart.
        lambda a: [t for t in without_range_ends(a.times) if t.value is None or t.value[:1].isdigit()],
        lambda g: g.text,
        # The gold (FORMAT.md) quotes times with their preposition: the record's phrase carries it.
        lambda c, g, t: covers(t.phrase or t.text, g.text),
        lambda c, g, t: t.value == g.value,
    )
    by_text = sum(sum(t.matched.by_text) for t in tallies)
    found = sum(t.matched.found for t in tallies)
    figures = (figure("value right", found, by_text),)
    return _section("times", tallies, lambda g: f"{g.text} = {g.value}", figures=figures, excluded=tuple(excluded))


def _participants_ok(actors: ActorMap, case: Case, gold: GoldEvent, event: Event) -> bool:
    """Actor and recipient sets equal as written, or equal once people are read as the states they act for.

    Texts, and gold written from them, name either the leader or the state for one act ("Kim ratified",
    "North Korea ratified"); the story merges them the same way (resolve/events.py), so either is right.
    """
    got = (actors.gold_set(case.article_id, event.actors), actors.gold_set(case.article_id, event.recipients))
    want = (frozenset(gold.actors), frozenset(gold.recipients))
    return got == want or tuple(map(actors.as_states, got)) == tuple(map(actors.as_states, want))


def score_events(ctx: Context) -> Section:
    """Events: evidence covers the gold text, type acceptable, actor and recipient sets equal.

    Hypothetical and negated events are the extractor saying "this did not happen (yet)": they are
    neither credited nor counted against precision.
    """
    actors = ctx.actors
    tallies, excluded = _tally(
        ctx,
        lambda a: a.events,
        lambda a: [e for e in a.events if not (e.hypothetical or e.negated)],
        lambda g: g.text,
        lambda c, g, e: covers(e.text, g.text),
        lambda c, g, e: e.type in g.types and _participants_ok(actors, c, g, e),
    )
    typed = sum(any(e.type in g.types and covers(e.text, g.text) for e in t.items) for t in tallies for g in t.golds)
    found = sum(t.matched.found for t in tallies)
    gold = sum(len(t.golds) for t in tallies)
    figures = (figure("type-only match", typed, gold), figure("actors right when type right", found, typed))
    note = "actor sets compared as written, or with people read as the states they act for (Actor.acts_for)"
    return _section(
        "events",
        tallies,
        lambda g: f"{g.text} [{'/'.join(g.types)}]",
        figures=figures,
        excluded=tuple(excluded),
        note=note,
    )
