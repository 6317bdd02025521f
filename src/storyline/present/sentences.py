"""The sentences a brief states claims with, read from the knowledge base (a claim keeps its sentence's index only)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from storyline.model import SourceRef, Story
from storyline.present.summary import Sentences, claim_candidates_need
from storyline.store.sqlite import KnowledgeBase, open_kb


def claim_sentences(kb: KnowledgeBase, story: Story) -> Sentences:
    """Each sentence a key-development candidate among the claim groups needs, with its text; reads only the
    articles those claims come from."""
    wanted: defaultdict[str, set[int]] = defaultdict(set)
    for article_id, sent in claim_candidates_need(story):
        wanted[article_id].add(sent)
    outlets = {a.id: a.outlet for a in story.articles}
    found: dict[tuple[str, int], SourceRef] = {}
    for article_id, sents in sorted(wanted.items()):
        article, analysis = kb.article(article_id), kb.analysis(article_id)
        if article is None or analysis is None:
            continue
        for sentence in analysis.sentences:
            if sentence.index in sents:
                text = article.text[sentence.start : sentence.end]
                found[(article_id, sentence.index)] = SourceRef(
                    article_id, outlets.get(article_id), sentence.index, sentence.start, sentence.end, text
                )
    return found


@contextmanager
def sentences_from(kb_path: str | Path) -> Iterator[Callable[[Story], Sentences]]:
    """For the briefs of a finished run: ``claim_sentences`` of any story, read from the knowledge base."""
    with open_kb(kb_path, readonly=True) as kb:
        yield lambda story: claim_sentences(kb, story)
