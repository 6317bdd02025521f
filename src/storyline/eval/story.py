"""Story-level sections: actors, not-actors, discrepancies, corroborated events, speakers, relations, commitments."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations

from storyline.eval.gold import Gold, GoldClaimRef
from storyline.eval.match import ActorMap, Reach, value_ok
from storyline.eval.report import Figure, Section, figure
from storyline.eval.textmatch import covers, name_tokens, normalise_name
from storyline.model import ClaimRef, Story
from storyline.nlp.timex import compatible


@dataclass(frozen=True)
class StoryContext:
    """The gold, the story, the actor map, the article-to-file map and which gold text is reachable."""

    gold: Gold
    story: Story
    actors: ActorMap
    reach: Reach
    file_of: Mapping[str, str]
    """Article id -> gold file."""

    def files(self, article_ids: Iterable[str]) -> set[str]:
        return {self.file_of[a] for a in article_ids if a in self.file_of}


def _checklist(
    name: str, gold: int, found: int, candidates: set[object], right: set[object], **extra: object
) -> Section:
    return Section(name, gold, found, len(candidates), len(right & candidates), **extra)  # type: ignore[arg-type]


def score_actors(ctx: StoryContext) -> Section:
    """Every gold alias resolves to its gold actor's one extracted actor; no two gold actors share one."""
    am = ctx.actors
    aliases_total = aliases_ok = 0
    found_names: set[str] = set()
    missed: list[str] = []
    excluded: list[str] = []
    gold_aliases: dict[str, list[tuple[str, str]]] = {}  # gold name -> (normalised alias, as written)
    for actor in ctx.gold.story.actors:
        seen: dict[str, str] = {}
        for alias in actor.aliases or (actor.name,):
            if ctx.reach.unreachable_anywhere(alias):
                excluded.append(f"{actor.name}: {alias}")
            else:
                seen.setdefault(normalise_name(alias), alias)
        gold_aliases[actor.name] = list(seen.items())
    for actor in ctx.gold.story.actors:
        anchors = am.anchors[actor.name]
        merged = [g for g in ctx.gold.story.actors if g.name != actor.name and am.anchors[g.name] & anchors]
        wrong = [
            alias
            for key, alias in gold_aliases[actor.name]
            if not (len(anchors) == 1 and am.owners.get(key, set()) == anchors)
        ]
        aliases_total += len(gold_aliases[actor.name])
        aliases_ok += len(gold_aliases[actor.name]) - len(wrong)
        if len(anchors) == 1 and not merged and not wrong:
            found_names.add(actor.name)
            continue
        why = "no actor" if not anchors else f"{len(anchors)} actors" if len(anchors) > 1 else ""
        why += f"; merged with {', '.join(g.name for g in merged)}" if merged else ""
        why += f"; aliases not resolving to it: {', '.join(wrong)}" if wrong else ""
        missed.append(f"{actor.name}: {why.strip('; ')}")
    anchored = {a for ids in am.anchors.values() for a in ids}
    right = {a for a in anchored if am.gold_of_actor(a) in found_names}
    # Pairwise merge precision: of the gold aliases the system put in one actor, how many pairs belong together.
    pairs = pairs_ok = 0
    for actor_id in anchored:
        inside = [(g, key) for g, keys in gold_aliases.items() for key, _ in keys if actor_id in am.owners.get(key, ())]
        for (g1, _), (g2, _) in combinations(inside, 2):
            pairs += 1
            pairs_ok += g1 == g2
    merged_pairs = sum(bool(am.anchors[a.name] & am.anchors[b.name]) for a, b in combinations(ctx.gold.story.actors, 2))
    figures = (
        figure("aliases resolved", aliases_ok, aliases_total),
        figure("merge precision (alias pairs)", pairs_ok, pairs),
        Figure("gold actor pairs merged", float(merged_pairs), "errors"),
    )
    return _checklist(
        "actors",
        len(ctx.gold.story.actors),
        len(found_names),
        set[object](anchored),
        set[object](right),
        figures=figures,
        missed=tuple(missed),
        excluded=tuple(excluded),
        note="precision over extracted actors that carry a gold actor's full name or alias",
    )


def score_not_actors(ctx: StoryContext) -> Section:
    """No credit, promo or outlet name is an actor's name or alias (nor contains one, for non-gold actors)."""
    names = {normalise_name(n) for a in ctx.story.actors for n in (a.name, *(x.text for x in a.aliases))}
    legit = {normalise_name(n) for a in ctx.gold.story.actors for n in (a.name, *a.aliases)}
    violations: list[str] = []
    for noise in ctx.gold.story.not_actors:
        key, words = normalise_name(noise), name_tokens(noise)
        inside = [n for n in names - legit if n and name_tokens(n) and name_tokens(n) <= words and n in key]
        if key in names or inside:
            violations.append(f"{noise} (actor: {', '.join(sorted(inside or [key]))})")
    gold = len(ctx.gold.story.not_actors)
    found = gold - len(violations) if ctx.story.actors else 0
    note = "" if ctx.story.actors else "no actors extracted: nothing to check, scored 0"
    return Section("not_actors", gold, found, gold, found, missed=tuple(violations), note=note)


def _assign(candidates: list[list[int]]) -> int:
    """Size of a maximum one-to-one assignment of gold items to candidate indices (augmenting paths)."""
    owner: dict[int, int] = {}

    def place(g: int, seen: set[int]) -> bool:
        for i in candidates[g]:
            if i not in seen:
                seen.add(i)
                if i not in owner or place(owner[i], seen):
                    owner[i] = g
                    return True
        return False

    return sum(place(g, set()) for g in range(len(candidates)))


def _claim_ref_ok(ctx: StoryContext, gold: GoldClaimRef, ref: ClaimRef) -> bool:
    if ctx.file_of.get(ref.article_id) != gold.file or not value_ok(gold.value, ref.claim):
        return False
    if gold.source is None:
        return ref.claim.source is None
    return ctx.actors.refers_to(gold.source, ref.article_id, ref.claim.source_name, ref.claim.source)


def score_discrepancies(ctx: StoryContext) -> Section:
    """All claims of a gold discrepancy in one claim group marked "differ"."""
    found = best_total = best_placed = 0
    candidates: set[object] = set()
    right: set[object] = set()
    missed: list[str] = []
    for disc in ctx.gold.story.discrepancies:
        best, best_status, ok = 0, "", False
        for group in ctx.story.claim_groups:
            placed = _assign(
                [[i for i, ref in enumerate(group.claims) if _claim_ref_ok(ctx, c, ref)] for c in disc.claims]
            )
            if placed and group.status == "differ":
                candidates.add(group.id)
            if placed == len(disc.claims) and group.status == "differ":
                right.add(group.id)
                ok = True
            if placed > best:
                best, best_status = placed, group.status
        found += ok
        best_total += len(disc.claims)
        best_placed += best
        if not ok:
            missed.append(
                f"{disc.topic}: best group holds {best}/{len(disc.claims)} claims, status {best_status or '-'}"
            )
    figures = (figure("claims placed in one group", best_placed, best_total),)
    return _checklist(
        "discrepancies",
        len(ctx.gold.story.discrepancies),
        found,
        candidates,
        right,
        figures=figures,
        missed=tuple(missed),
        note="precision over 'differ' groups holding a gold claim",
    )


def score_corroborated(ctx: StoryContext) -> Section:
    """Each event both articles report is one story event (type and participants as gold) with both as sources."""
    am = ctx.actors
    events = [e for e in ctx.story.events if not (e.hypothetical or e.negated)]
    candidates: set[object] = set()
    right: set[object] = set()
    found = 0
    missed: list[str] = []
    for gold in ctx.gold.story.corroborated_events:
        # Merging is what is scored here, so who acts and who receives is compared as one set of participants.
        # People count as the state they act for (the merge compares them so too): "Kim and Putin signed"
        # is North Korea and Russia signing.
        want = am.as_states((*gold.actors, *gold.recipients))
        cands = [
            e
            for e in events
            if e.type in gold.types
            and am.as_states(am.gold_set_of_ids((*e.actors, *e.recipients))) == want
            and compatible(e.date, gold.date)  # the same parties' act at another date is another event
        ]
        ok = [e for e in cands if ctx.files(s.article_id for s in e.sources) >= set(gold.files)]
        candidates |= {e.id for e in cands}
        right |= {e.id for e in ok}
        found += bool(ok)
        if not ok:
            missed.append(
                f"{'/'.join(gold.types)} {', '.join(sorted(want))}: {len(cands)} events, none with both sources"
            )
    multi = sum(len({s.article_id for s in e.sources}) > 1 for e in events)
    return _checklist(
        "corroborated_events",
        len(ctx.gold.story.corroborated_events),
        found,
        candidates,
        right,
        figures=(figure("story events with several articles", multi, len(events)),),
        missed=tuple(missed),
    )


def score_cross_speakers(ctx: StoryContext) -> Section:
    """A person quoted by several outlets is one speaker whose quotes come from every one of them."""
    am = ctx.actors
    candidates: set[object] = set()
    right: set[object] = set()
    found = 0
    missed: list[str] = []
    for gold in ctx.gold.story.cross_source_speakers:
        cands = [
            i
            for i, sq in enumerate(ctx.story.speakers)
            if am.gold_of_actor(sq.actor_id) == gold.speaker or am.refers_to(gold.speaker, "", sq.name, None)
        ]
        ok = [i for i in cands if ctx.files(a for a, _ in ctx.story.speakers[i].quotes) >= set(gold.files)]
        candidates |= set(cands)
        right |= set(ok)
        found += bool(ok)
        if not ok:
            missed.append(f"{gold.speaker}: {len(cands)} speaker entries, none quoted from every file")
    return _checklist(
        "cross_source_speakers",
        len(ctx.gold.story.cross_source_speakers),
        found,
        candidates,
        right,
        missed=tuple(missed),
    )


def score_relations(ctx: StoryContext) -> Section:
    """Each gold pair has a relation with the gold polarity."""
    am = ctx.actors
    candidates: set[object] = set()
    right: set[object] = set()
    found = 0
    missed: list[str] = []
    for gold in ctx.gold.story.relations:
        want = frozenset(gold.pair)
        cands = [i for i, r in enumerate(ctx.story.relations) if am.gold_set_of_ids((r.a, r.b)) == want]
        ok = [i for i in cands if ctx.story.relations[i].polarity == gold.polarity]
        candidates |= set(cands)
        right |= set(ok)
        found += bool(ok)
        if not ok:
            got = sorted({ctx.story.relations[i].polarity for i in cands}) or ["no relation"]
            missed.append(f"{' - '.join(gold.pair)}: want {gold.polarity}, got {', '.join(got)}")
    return _checklist("relations", len(ctx.gold.story.relations), found, candidates, right, missed=tuple(missed))


def score_commitments(ctx: StoryContext) -> Section:
    """Commitments: parties, kind, date signed, terms covering the gold text, every outlet among the sources."""
    am = ctx.actors
    checks = ("kind", "since", "text", "sources")
    tally = dict.fromkeys(checks, 0)
    candidates: set[object] = set()
    right: set[object] = set()
    found = 0
    missed: list[str] = []
    all_files = set(ctx.gold.files)
    for gold in ctx.gold.story.commitments:
        cands = [c for c in ctx.story.commitments if am.gold_set_of_ids(c.parties) == frozenset(gold.parties)]
        best: dict[str, bool] = dict.fromkeys(checks, False)
        for c in cands:
            signed = c.signed or ""
            got = {
                "kind": covers(c.kind, gold.kind),
                "since": gold.since is None or signed == gold.since or signed.startswith(f"{gold.since}-"),
                "text": any(covers(t, gold.text) for t in (*c.terms, *(s.text for s in c.sources))),
                "sources": ctx.files(s.article_id for s in c.sources) >= (set(gold.files) or all_files),
            }
            candidates.add(c.id)
            if all(got.values()):
                right.add(c.id)
            if sum(got.values()) >= sum(best.values()):
                best = got
        ok = bool(cands) and all(best.values())
        found += ok
        for check in checks:
            tally[check] += bool(cands) and best[check]
        if not ok:
            wrong = [k for k in checks if not best[k]] if cands else ["no commitment between these parties"]
            missed.append(f"{gold.kind} {', '.join(gold.parties)}: {', '.join(wrong)}")
    n = len(ctx.gold.story.commitments)
    figures = (
        figure(
            "parties found",
            sum(
                1
                for g in ctx.gold.story.commitments
                if any(am.gold_set_of_ids(c.parties) == frozenset(g.parties) for c in ctx.story.commitments)
            ),
            n,
        ),
        *(figure(f"{check} right", tally[check], n) for check in checks),
    )
    return _checklist("commitments", n, found, candidates, right, figures=figures, missed=tuple(missed))
