"""Scores storyline's person and organisation identity against a coreference gold corpus.

Each group (an ECB+ topic, a GUM document, a MEANTIME cluster) goes through the real pipeline as one story:
ingest builds each rebuilt text as a plain-text article, the analyze stage runs, and the story stage resolves
the group's articles together (no clustering). Each gold mention is then aligned to storyline's mention links:

1. exact: a link with the same character span (the last one, as ``ActorIndex.resolve`` reads it);
2. head: otherwise the shortest link within the mention (give or take a leading "the" and a possessive
   "'s") that overlaps its head word, taken as the last word before the first post-modifier ("," "(" of
   for from at in on with by as to who whom whose which that), so "Professor Cres Eastman" meets the link
   "Cres Eastman", while "Air Force officials" does not meet "Air Force", "the president of Boeing" does
   not meet "Boeing", and "Engineers" does not meet "Corps of Engineers". A coordination ("GM and
   Chrysler", "General Motors (GM) and Chrysler", "the Bank of Canada, ..., and the Swiss National Bank")
   names a group, which no one actor is, so it gets no head;
3. head of the link: otherwise the shortest link that holds the mention and whose own head word the mention
   covers (ECB+ marks minimal spans: "actress" of the link "the actress", "Trump" of "President Donald Trump");
4. none: the mention is a singleton on the system side.

Scores are on the gold mentions: gold clusters are the gold entities, system clusters group the aligned
mentions by actor. Singletons count (B³ and CEAF-e; MUC ignores them by definition): all three corpora
annotate them, and a person named once whom storyline folds into someone else is a wrong merge only they
show. Mentions in lines the cleaner drops (a headline, a dateline) and in articles ingest skips are not
scored, since storyline never reads them as text; they are counted.

Events (``kind="events"``) are scored the same way on the corpus's event mentions: storyline's side is the story's
merged events, each report placed by its trigger (``StoryEvent.triggers``); a gold mention aligns to the event whose
trigger has the same span, else to the shortest trigger overlapping it. Gold mentions storyline codes no event for
are singletons, so recall counts only the happenings storyline codes, while precision shows its wrong merges; the
cross-document pairs (two mentions in different articles) measure merging across outlets on their own.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import combinations

from storyline.eval.coref_metrics import Cluster, Counts, b_cubed, ceaf_e, muc
from storyline.eval.corpus import GoldArticle, GoldGroup, GoldMention
from storyline.eval.event_blocks import breakdown
from storyline.ingest.build import build, content_id
from storyline.ingest.meta import Meta
from storyline.ingest.readers import Raw
from storyline.model import Article, ArticleAnalysis, ArticleInfo, Skip, Story
from storyline.nlp.analyze import analyze_articles
from storyline.resolve.actors import resolve_actors
from storyline.resolve.story import resolve_story_from
from storyline.settings import Settings

_POST_MODIFIER = re.compile(r",|\(|\b(?:of|for|from|at|in|on|with|by|as|to|who|whom|whose|which|that)\b", re.I)
_WORD = re.compile(r"\w[\w'’.&-]*")
_BEFORE_OK = re.compile(r"(?:[Tt]he\s+)?")
_AFTER_OK = re.compile(r"(?:['’]s?)?")
_COORDINATION = re.compile(r"\b(?:and|or)\b", re.I)


@dataclass(frozen=True)
class Aligned:
    """A gold mention and the actor (or, for events, the merged event) storyline gave it."""

    article: str
    """Gold article id."""
    mention: GoldMention
    actor: str | None
    """Actor id, or event id when events are scored."""
    how: str
    """exact, head or none."""


@dataclass(frozen=True)
class CorefScores:
    """Scores of one set of gold mentions (a group, or a corpus summed over groups)."""

    mentions: int = 0
    exact: int = 0
    head: int = 0
    muc: Counts = field(default_factory=Counts)
    b3: Counts = field(default_factory=Counts)
    ceaf_e: Counts = field(default_factory=Counts)
    gold_pairs: int = 0
    """Pairs of gold mentions of one entity."""
    system_pairs: int = 0
    """Pairs of gold mentions storyline put in one actor."""
    right_pairs: int = 0
    """Pairs in both."""
    wrong_entity_pairs: int = 0
    """Distinct pairs of gold entities storyline merged."""
    cross_gold_pairs: int = 0
    """Gold pairs whose two mentions lie in different articles."""
    cross_system_pairs: int = 0
    """Pairs storyline put together whose two mentions lie in different articles."""
    cross_right_pairs: int = 0
    """Cross-article pairs in both."""

    def __add__(self, other: CorefScores) -> CorefScores:
        return CorefScores(
            self.mentions + other.mentions, self.exact + other.exact, self.head + other.head,
            self.muc + other.muc, self.b3 + other.b3, self.ceaf_e + other.ceaf_e,
            self.gold_pairs + other.gold_pairs, self.system_pairs + other.system_pairs,
            self.right_pairs + other.right_pairs, self.wrong_entity_pairs + other.wrong_entity_pairs,
            self.cross_gold_pairs + other.cross_gold_pairs, self.cross_system_pairs + other.cross_system_pairs,
            self.cross_right_pairs + other.cross_right_pairs,
        )

    @property
    def conll_f1(self) -> float:
        """The CoNLL-2012 figure: the mean of MUC, B³ and CEAF-e F1."""
        return (self.muc.f1 + self.b3.f1 + self.ceaf_e.f1) / 3

    @property
    def link_precision(self) -> float:
        return self.right_pairs / self.system_pairs if self.system_pairs else 1.0

    @property
    def link_recall(self) -> float:
        return self.right_pairs / self.gold_pairs if self.gold_pairs else 1.0

    @property
    def cross_precision(self) -> float:
        """Of the cross-article pairs storyline made, the share that are right (merges across outlets)."""
        return self.cross_right_pairs / self.cross_system_pairs if self.cross_system_pairs else 1.0

    @property
    def cross_recall(self) -> float:
        return self.cross_right_pairs / self.cross_gold_pairs if self.cross_gold_pairs else 1.0

    @property
    def wrong_merges(self) -> int:
        """Pairs of gold mentions of different entities in one actor."""
        return self.system_pairs - self.right_pairs


@dataclass(frozen=True)
class GroupResult:
    """One group: its alignments, its scores on every gold mention and on names only, what was not scored."""

    id: str
    split: str
    articles: int
    aligned: tuple[Aligned, ...]
    scores: CorefScores
    names: CorefScores
    not_scored: int
    """Gold mentions in dropped lines or skipped articles."""
    skips: tuple[Skip, ...] = ()
    blocks: tuple[tuple[str, int], ...] = ()
    """Events only: the ceiling of merging across articles and what keeps gold pairs apart (``event_blocks``)."""


def head_word(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a mention's head word (see the module docstring); the whole mention if it has no word."""
    span = text[start:end]
    first = _WORD.search(span)
    if first is None:
        return start, end
    cut = _POST_MODIFIER.search(span, first.end())
    words = list(_WORD.finditer(span, 0, cut.start() if cut else len(span)))
    last = words[-1] if words else first
    return start + last.start(), start + last.end()


def _within(text: str, start: int, end: int, mention: GoldMention) -> bool:
    """A link within the mention, give or take "the" before and "'s" after; a longer link ("Corps of
    Engineers") is another mention's, not this one's ("Engineers")."""
    before = text[start : mention.start] if start < mention.start else ""
    after = text[mention.end : end] if end > mention.end else ""
    return bool(_BEFORE_OK.fullmatch(before) and _AFTER_OK.fullmatch(after))


def is_coordination(text: str, start: int, end: int) -> bool:
    """A list (", and" / ", or") anywhere, or "and"/"or" before the first post-modifier word (commas and
    parentheses passed over): the mention names a group."""
    span = text[start:end]
    if re.search(r",\s+(?:and|or)\b", span):
        return True
    first = _WORD.search(span)
    cut = next((m for m in _POST_MODIFIER.finditer(span, first.end() if first else 0) if m.group()[0].isalpha()), None)
    return bool(_COORDINATION.search(span, 0, cut.start() if cut else len(span)))


def align(text: str, mention: GoldMention, links: Sequence[tuple[int, int, str]]) -> tuple[str | None, str]:
    """(actor id, how) for one gold mention among its article's links."""
    exact = [actor for s, e, actor in links if s == mention.start and e == mention.end]
    if exact:
        return exact[-1], "exact"
    if is_coordination(text, mention.start, mention.end):
        return None, "none"
    hs, he = head_word(text, mention.start, mention.end)
    over = [(e - s, s, actor) for s, e, actor in links if s < he and hs < e and _within(text, s, e, mention)]
    if over:
        return min(over)[2], "head"
    # ECB+ marks minimal spans ("actress" of "the actress", "Trump" of "President Donald Trump"): a link that
    # holds the mention and whose own head word the mention covers is the same mention.
    around = [
        (e - s, s, actor)
        for s, e, actor in links
        if s <= mention.start and mention.end <= e and mention.start <= head_word(text, s, e)[0] < mention.end
    ]
    if around:
        return min(around)[2], "head"
    return None, "none"


def _pairs(sizes: Counter[object]) -> int:
    return sum(n * (n - 1) // 2 for n in sizes.values())


def _cross_pairs(keys: Sequence[tuple[object, str]]) -> int:
    """Pairs sharing a cluster key whose articles differ: all pairs less those within one article."""
    return _pairs(Counter(k for k, _ in keys)) - _pairs(Counter(keys))


def score_alignment(aligned: Sequence[Aligned]) -> CorefScores:
    """Every score of one group's aligned gold mentions."""
    gold: dict[str, set[int]] = defaultdict(set)
    system: dict[str, set[int]] = defaultdict(set)
    for i, a in enumerate(aligned):
        gold[a.mention.entity].add(i)
        system[a.actor if a.actor is not None else f"\0{i}"].add(i)
    key: list[Cluster] = [frozenset(c) for c in gold.values()]
    response: list[Cluster] = [frozenset(c) for c in system.values()]
    linked = [a for a in aligned if a.actor is not None]
    cells = Counter((a.mention.entity, a.actor) for a in linked)
    by_actor: dict[str, set[str]] = defaultdict(set)
    for a in linked:
        by_actor[str(a.actor)].add(a.mention.entity)
    wrong = {pair for entities in by_actor.values() for pair in combinations(sorted(entities), 2)}
    return CorefScores(
        mentions=len(aligned),
        exact=sum(a.how == "exact" for a in aligned),
        head=sum(a.how == "head" for a in aligned),
        muc=muc(key, response),
        b3=b_cubed(key, response),
        ceaf_e=ceaf_e(key, response),
        gold_pairs=_pairs(Counter(a.mention.entity for a in aligned)),
        system_pairs=_pairs(Counter(a.actor for a in linked)),
        right_pairs=_pairs(cells),  # type: ignore[arg-type]
        wrong_entity_pairs=len(wrong),
        cross_gold_pairs=_cross_pairs([(a.mention.entity, a.article) for a in aligned]),
        cross_system_pairs=_cross_pairs([(a.actor, a.article) for a in linked]),
        cross_right_pairs=_cross_pairs([((a.mention.entity, a.actor), a.article) for a in linked]),
    )


def _articles(
    group: GoldGroup, corpus: str, settings: Settings
) -> tuple[list[tuple[GoldArticle, Article]], list[Skip]]:
    """Each gold article built as ingest builds a .txt input (the same cleaner, checks and ids)."""
    built, skips, seen = [], [], set()
    for gold in group.articles:
        raw = Raw(f"{corpus}:{gold.id}", gold.text, html=False, meta=Meta(published=gold.published))
        article = build(raw, manifest=None, flags=Meta(), settings=settings)
        if isinstance(article, Skip):
            skips.append(article)
            continue
        if article.id in seen:  # the same text twice in a corpus: keep both, as two articles
            article = replace(article, id=content_id(gold.id + article.body))
        seen.add(article.id)
        built.append((gold, article))
    return built, skips


def article_info(article: Article) -> ArticleInfo:
    """What the story stage knows of an article."""
    return ArticleInfo(
        article.id, article.source, article.title, article.outlet, article.url, article.published, article.byline,
        len(article.body.split()),
    )


def _in_dropped(article: Article, mention: GoldMention) -> bool:
    return any(d.start < mention.end and mention.start < d.end for d in article.dropped)


def event_links(story: Story) -> dict[str, list[tuple[int, int, str]]]:
    """Per article, (start, end, event id) of every report's trigger in the story's merged events."""
    links: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for event in story.events:
        for trigger in event.triggers:
            links[trigger.article_id].append((trigger.start, trigger.end, event.id))
    return links


def align_event(mention: GoldMention, links: Sequence[tuple[int, int, str]]) -> tuple[str | None, str]:
    """(event id, how) for one gold event mention: the trigger with its span, else the shortest overlapping it."""
    found, how = _event_trigger(mention, links)
    return (found[2] if found else None), how


def _event_trigger(
    mention: GoldMention, links: Sequence[tuple[int, int, str]]
) -> tuple[tuple[int, int, str] | None, str]:
    """(the trigger link one gold event mention aligns to, how): see ``align_event``."""
    exact = [link for link in links if link[0] == mention.start and link[1] == mention.end]
    if exact:
        return exact[0], "exact"
    over = [(e - s, s, (s, e, event)) for s, e, event in links if s < mention.end and mention.start < e]
    if over:
        return min(over)[2], "head"
    return None, "none"


def score_group(
    group: GoldGroup,
    corpus: str,
    settings: Settings | None = None,
    progress: Callable[[str], None] | None = None,
    kind: str = "entities",
) -> GroupResult:
    """Run the pipeline on one group as one story and score its identity links (``kind="entities"``) or its merged
    events (``kind="events"``). ``progress`` is called with each article's source as it is analysed."""
    settings = settings or Settings()
    built, skips = _articles(group, corpus, settings)
    analyses: dict[str, ArticleAnalysis] = {}
    sources = {article.id: article.source for _, article in built}
    for analysis in analyze_articles((article for _, article in built), settings):
        analyses[analysis.article_id] = analysis
        if progress:
            progress(sources[analysis.article_id])
    infos = [article_info(a) for _, a in built]
    story = resolve_story_from(infos, lambda ids: (analyses[i] for i in ids))
    events = kind == "events"
    triggers = event_links(story) if events else {}
    aligned, reports, not_scored = [], [], 0
    for gold, article in built:
        links = triggers.get(article.id, []) if events else story.links.in_article(article.id)
        for mention in gold.events if events else gold.mentions:
            if _in_dropped(article, mention):
                not_scored += 1
                continue
            if events:
                trigger, how = _event_trigger(mention, links)
                actor = trigger[2] if trigger else None
                reports.append((article.id, trigger[0]) if trigger else None)
            else:
                actor, how = align(article.text, mention, links)
            aligned.append(Aligned(gold.id, mention, actor, how))
    blocks: tuple[tuple[str, int], ...] = ()
    if events:
        ordered = sorted(infos, key=lambda a: (a.published or date.max, a.id))  # as resolve_story_from reads them
        index = resolve_actors(ordered, [analyses[a.id] for a in ordered])
        found = breakdown(aligned, reports, index, ordered, [analyses[a.id] for a in ordered])
        blocks = tuple(sorted(found.items()))
    skipped = {s.source for s in skips}
    not_scored += sum(
        len(g.events if events else g.mentions) for g in group.articles if f"{corpus}:{g.id}" in skipped
    )
    names = [] if events else [a for a in aligned if a.mention.name]
    return GroupResult(
        group.id, group.split, len(built), tuple(aligned), score_alignment(aligned), score_alignment(names),
        not_scored, tuple(skips), blocks,
    )
