"""The analyze stage's memory zones: the first batch warms the pipeline, the rest are freed, same results."""

from __future__ import annotations

from datetime import date

from storyline.model import Article
from storyline.nlp.analyze import _WARMED, analyze_articles
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
    warm = list(analyze_articles(_articles(), settings, nlp=nlp))  # the first batch outside a zone
    assert nlp in _WARMED
    zoned = list(analyze_articles(_articles(), settings, nlp=nlp))  # every batch in a zone now
    assert zoned == warm  # lexemes and cached tokens left by the first batch change nothing
