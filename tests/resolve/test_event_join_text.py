"""Merging across outlets on whole articles written for the test: one happening is one record, two happenings of one
kind stay two (issue 17). The real pipeline runs (spaCy, events, actors); no text is copied from a news article."""

from __future__ import annotations

from datetime import date

from storyline.model import Article, ArticleInfo, StoryEvent
from storyline.nlp.analyze import analyze_articles
from storyline.resolve.actors import resolve_actors
from storyline.resolve.events import merge_events


def _events(**texts: str) -> list[StoryEvent]:
    articles = [Article(id=k, source=f"{k}.txt", text=t, body=t, published=date(2024, 3, 18)) for k, t in texts.items()]
    analyses = list(analyze_articles(articles))
    infos = [ArticleInfo(a.id, a.source, None, f"Outlet {a.id}", None, a.published, (), 100) for a in articles]
    return list(merge_events(resolve_actors(infos, analyses), infos, analyses))


def _outlets(events: list[StoryEvent], word: str) -> list[list[str]]:
    """The articles of each record holding a report whose trigger is ``word``."""
    return [sorted({s.article_id for s in e.sources}) for e in events if any(t.text == word for t in e.triggers)]


def test_two_outlets_reporting_one_shooting_give_one_record() -> None:
    events = _events(
        a="Gunmen shot Marta Quillon outside a bakery in Fairhaven, the sheriff said. Quillon, a county deputy, was "
        "taken to hospital. Quillon was in stable condition, the sheriff said.",
        b="Marta Quillon was shot as she left a bakery, county officials said. Quillon had served as a deputy for "
        "nine years. Doctors said Quillon would recover.",
    )
    assert _outlets(events, "shot") == [["a", "b"]]


def test_two_arrests_of_one_man_years_apart_stay_two_records() -> None:
    events = _events(
        c="Rivertown police arrested Dale Ambry on Saturday after a car chase, a police spokesman said. Ambry was "
        "held overnight. Ambry will appear in court next week.",
        d="Lakeport police arrested Dale Ambry in March 2019 after a bank fraud inquiry. Ambry was later released. "
        "Ambry denied the charges at the time.",
    )
    assert sorted(_outlets(events, "arrested")) == [["c"], ["d"]]


def test_two_outlets_naming_one_killing_with_two_words_give_one_record() -> None:
    # "killed" and "murdered" are one block of the CAMEO verb dictionary; the one killed is named in both.
    events = _events(
        e="Gunmen killed Tobias Wrenfield outside his shop in Elmstead, the sheriff said. Wrenfield, a baker, had run "
        "the shop for a decade. Wrenfield leaves two sons.",
        f="Tobias Wrenfield was murdered as he closed his shop, county officials said. Wrenfield had baked bread in "
        "Elmstead for ten years. Neighbours said Wrenfield was well liked.",
    )
    records = [sorted({s.article_id for s in e.sources}) for e in events
               if any(t.text in {"killed", "murdered"} for t in e.triggers)]  # fmt: skip
    assert records == [["e", "f"]]
