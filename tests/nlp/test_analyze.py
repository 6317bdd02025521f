"""The analyze stage's memory zones: the first batch warms the pipeline, the rest are freed, same results."""

from __future__ import annotations

from datetime import date

from storyline.model import Article
from storyline.nlp.analyze import _WARMED, _WARMING, analyze_articles
from storyline.nlp.pipeline import load_nlp
from storyline.settings import Settings

_TEXTS = (
    "The mayor of Springfield said on Monday that the bridge over the Elk River would close for repairs.",
    "Engineers inspected the bridge last week and found cracks in two of its steel beams, officials said.",
    "The council voted 7-2 to pay for the repairs, which are expected to cost about $4 million.",
)


def _articles() -> list[Article]:
    return [
        Article(id=f"a{i}", source=f"a{i}.txt", text=text, body=text, published=date(2024, 3, 4))
        for i, text in enumerate(_TEXTS)
    ]


def test_first_batch_warms_the_pipeline_and_later_batches_match_it() -> None:
    settings = Settings(batch_size=1)
    nlp = load_nlp(settings.model)
    _WARMED.discard(nlp)  # as if freshly loaded
    _WARMING.pop(nlp, None)
    warm = list(analyze_articles(_articles(), settings, nlp=nlp))  # the first batch outside a zone
    assert nlp in _WARMED
    zoned = list(analyze_articles(_articles(), settings, nlp=nlp))  # every batch in a zone now
    assert zoned == warm  # lexemes and cached tokens left by the first batch change nothing


# Words no other test analyses, so that the vocabulary grows only with these articles.
_RARE = (
    "Quellbrook's zarnet cooperative said on Monday that its vintrel harvest had doubled.",
    "Growers in Pelmaris shipped the ostrafine crop to Dravley on Tuesday, officials said.",
    "The Threnwick council voted to fund a new glimmerwharf, which opens in March.",
)


def test_chunks_smaller_than_a_batch_stay_outside_zones_until_they_make_one() -> None:
    # A process of the default run analyses chunks smaller than a batch: its first chunks keep their words
    # (as a one-process run's first batch does) until a batch's worth of articles has gone through.
    settings = Settings(batch_size=3)
    nlp = load_nlp(settings.model)
    _WARMED.discard(nlp)
    _WARMING.pop(nlp, None)
    articles = [
        Article(id=f"r{i}", source=f"r{i}.txt", text=text, body=text, published=date(2024, 3, 4))
        for i, text in enumerate(_RARE)
    ]
    results = []
    for i, article in enumerate(articles):
        words = len(nlp.vocab)
        results += analyze_articles([article], settings, nlp=nlp)  # a chunk of one article
        assert len(nlp.vocab) > words, "the chunk's words stay: it ran outside a zone"
        assert (nlp in _WARMED) == (i == len(articles) - 1)
    words = len(nlp.vocab)
    assert list(analyze_articles(articles, settings, nlp=nlp)) == results  # now in a zone: the same records
    assert len(nlp.vocab) == words
