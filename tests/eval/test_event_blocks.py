"""The ceiling of merging across articles: gold pairs, pairs of two coded reports, merged, and what keeps the rest
apart, on reports made for the test."""

from __future__ import annotations

from collections import Counter

from storyline.eval.coref import Aligned
from storyline.eval.corpus import GoldMention
from storyline.eval.event_blocks import ALIGNED, GOLD, MERGED, breakdown, format_breakdown, grouped
from storyline.model import Actor, ArticleAnalysis, ArticleInfo, Event, MentionLink, MentionLinks, Ref
from storyline.resolve.actors import ActorIndex

A, B, C = "article-a", "article-b", "article-c"
ARTICLES = tuple(ArticleInfo(a, f"{a}.txt", None, None, None, None, (), 100) for a in (A, B, C))
VELL = Ref(10, 14, "Vell")
INDEX_ACTORS = (Actor("person:tom-vell", "Tom Vell", "person"),)


def _index() -> ActorIndex:
    links = MentionLinks.of(MentionLink(a, VELL.start, VELL.end, "person:tom-vell") for a in (A, B, C))
    return ActorIndex(actors=INDEX_ACTORS, links=links)


def _arrest(word: str, when: str | None) -> Event:
    return Event(start=0, end=60, sent=0, text=f"Police {word} Vell", type="COERCE", trigger=Ref(30, 30 + len(word),
                 word), recipients=(VELL,), cameo="173", date=when)  # fmt: skip


def test_the_ceiling_counts_gold_pairs_coded_pairs_merged_and_why_the_rest_stay_apart() -> None:
    analyses = [ArticleAnalysis(A, events=(_arrest("arrested", "2024-03-12"),)),
                ArticleAnalysis(B, events=(_arrest("arrested", "2024-03-12"),)),
                ArticleAnalysis(C, events=(_arrest("arrested", "2021-06-01"),))]  # fmt: skip
    gold = GoldMention(30, 38, "arrest-1", "arrested", False)
    aligned = [Aligned(A, gold, "event-1", "exact"), Aligned(B, gold, "event-1", "exact"),
               Aligned(C, gold, "event-2", "exact"), Aligned(C, GoldMention(70, 75, "arrest-1", "held", False), None,
                                                             "none")]  # fmt: skip
    triggers = [(A, 30), (B, 30), (C, 30), None]
    counts = breakdown(aligned, triggers, _index(), ARTICLES, analyses)
    # 5 gold pairs across articles (A-B, A-C, B-C, and A and B with C's "held"); 3 join two coded reports
    assert counts == Counter({GOLD: 5, ALIGNED: 3, MERGED: 1, "dates": 2})
    assert grouped(counts) == Counter({"time": 2})
    text = "\n".join(format_breakdown(counts))
    assert "5 gold pairs; 3 join two reports" in text and "time" in text and "dates 2" in text
