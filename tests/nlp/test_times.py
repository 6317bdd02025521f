"""Time expressions: the relative-date rules (pure) and the spaCy component on sentences written here."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from storyline.model import Article
from storyline.nlp.extensions import register_extensions
from storyline.nlp.times import extract_times
from storyline.nlp.timex import (
    NO_ANCHOR,
    compatible,
    finer,
    interval,
    iso_week,
    month_near,
    normalize,
    weekday_near,
    weekend,
)
from storyline.settings import DEFAULT_MODEL

WED = date(2024, 11, 13)  # a Wednesday in ISO week 46
MON = date(2024, 11, 4)  # a Monday in ISO week 45
MEANTIME = Path(__file__).resolve().parents[1] / "data" / "meantime_timex" / "meantime_timex.json"


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("on Tuesday", WED, "2024-11-12"),
        ("on Thursday", MON, "2024-10-31"),
        ("Wednesday", WED, "2024-11-13"),  # the paper's own day
        ("last Wednesday", WED, "2024-11-06"),
        ("next Friday", MON, "2024-11-08"),
        ("Thursday night", MON, "2024-10-31TNI"),
        ("last week", WED, "2024-W45"),
        ("this week", MON, "2024-W45"),
        ("next week", MON, "2024-W46"),
        ("over the weekend", MON, "2024-W44-WE"),
        ("the weekend", date(2024, 11, 3), "2024-W44-WE"),  # a Sunday paper: this weekend
        ("last weekend", WED, "2024-W45-WE"),
        ("in June", WED, "2024-06"),
        ("in January", MON, "2024-01"),
        ("since October", WED, "2024-10"),
        ("Since October", WED, "2024-10"),
        ("in December", WED, "2023-12"),  # no December yet this year: last year's
        ("earlier this year", WED, "2024"),
        ("this year", MON, "2024"),
        ("last year", MON, "2023"),
        ("next year", MON, "2025"),
        ("earlier this month", WED, "2024-11"),
        ("last month", date(2024, 1, 10), "2023-12"),
        ("yesterday", WED, "2024-11-12"),
        ("today", WED, "2024-11-13"),
        ("three days ago", MON, "2024-11-01"),
        ("two years ago", MON, "2022"),
        ("June 30", MON, "2024-06-30"),
        ("the first quarter of last year", MON, "2023-Q1"),
        ("last summer", MON, "2023-SU"),
        ("the end of this year", MON, "2024"),
    ],
)
def test_relative_dates_resolve_against_the_publication_date(text: str, anchor: date, value: str) -> None:
    found = normalize(text, anchor)
    assert found is not None
    assert found.value == value
    assert found.relative


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("in January 2020", "2020-01"),
        ("In January 2020", "2020-01"),
        ("February 2022", "2022-02"),
        ("1950-53", "1950/1953"),
        ("1950-1953", "1950/1953"),
        ("Sunday, June 30, 2019", "2019-06-30"),
        ("June 30, 2019", "2019-06-30"),
        ("30 June 2019", "2019-06-30"),
        ("2019-06-30", "2019-06-30"),
        ("2019", "2019"),
        ("mid-2023", "2023"),
        ("the 1990s", "199"),
        ("since '82", "1982"),
    ],
)
def test_absolute_dates_need_no_anchor(text: str, value: str) -> None:
    for anchor in (WED, None):
        found = normalize(text, anchor)
        assert found is not None
        assert (found.value, found.kind, found.relative) == (value, "date", False)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("nearly a year", "P1Y"),
        ("for three years", "P3Y"),
        ("decades", "PXDE"),
        ("years", "PXY"),
        ("over a decade", "P10Y"),
        ("the past two years", "P2Y"),
        ("several days", "PXD"),
        ("48 hours", "PT48H"),
        ("a sixteen-month", "P16M"),
        ("six straight days", "P6D"),
    ],
)
def test_durations_are_kind_duration(text: str, value: str) -> None:
    found = normalize(text, WED)
    assert found is not None
    assert (found.kind, found.value) == ("duration", value)


@pytest.mark.parametrize("text", ["27-year-old", "a 27-year-old", "aged 56", "North Korea 2.0", "the", ""])
def test_ages_and_other_numbers_are_not_times(text: str) -> None:
    assert normalize(text, WED) is None


def test_vague_references() -> None:
    assert normalize("in recent days", WED).value == "PAST_REF"  # type: ignore[union-attr]
    assert normalize("recent days", WED).value == "PAST_REF"  # type: ignore[union-attr]
    assert normalize("the coming weeks", WED).value == "FUTURE_REF"  # type: ignore[union-attr]
    assert normalize("every year", WED).kind == "set"  # type: ignore[union-attr]


@pytest.mark.parametrize("text", ["on Tuesday", "last week", "over the weekend", "in June", "this year", "yesterday"])
def test_without_a_publication_date_relative_expressions_stay_unresolved(text: str) -> None:
    found = normalize(text, None)
    assert found is not None
    assert found.value is None
    assert found.relative
    assert found.note == NO_ANCHOR


def test_future_tense_looks_ahead() -> None:
    assert normalize("in March", WED, direction=1).value == "2025-03"  # type: ignore[union-attr]
    assert normalize("on Friday", WED, direction=1).value == "2024-11-15"  # type: ignore[union-attr]
    assert normalize("in March", WED, direction=0).value == "2024-03"  # type: ignore[union-attr]


def test_calendar_helpers() -> None:
    assert iso_week(date(2024, 12, 30)) == "2025-W01"
    assert weekday_near(WED, 1) == date(2024, 11, 12)
    assert weekday_near(WED, 2, strict=True) == date(2024, 11, 6)
    assert weekday_near(WED, 4, 1) == date(2024, 11, 15)
    assert weekend(MON) == "2024-W44-WE"
    assert weekend(MON, 0) == "2024-W45-WE"
    assert month_near(date(2024, 2, 1), 11) == "2023-11"
    assert month_near(date(2024, 2, 1), 1, 1) == "2025-01"


def test_intervals_and_compatibility() -> None:
    assert interval("2024-W44-WE") == (date(2024, 11, 2), date(2024, 11, 3))
    assert interval("2024-06") == (date(2024, 6, 1), date(2024, 6, 30))
    assert interval("1950/1953") == (date(1950, 1, 1), date(1953, 12, 31))
    assert interval("PAST_REF") is None
    assert compatible("2024-06", "2024-06-19")
    assert compatible("2024-06-19", "2024")
    assert compatible(None, "2024-06")
    assert not compatible("2024-06", "2024-07")
    assert not compatible("2024-06-19", "2024-06-20")
    assert finer("2024-06", "2024-06-19") == "2024-06-19"
    assert finer(None, "2024") == "2024"


# ---------------------------------------------------------------------------------------------------
# The component, with the statistical model


@pytest.fixture(scope="module")
def nlp() -> Language:
    register_extensions()
    return spacy.load(DEFAULT_MODEL)


def _times(nlp: Language, text: str, published: date | None) -> dict[str, str | None]:
    doc = nlp(text)
    article = Article(id="t", source="t", text=text, body=text, published=published)
    doc._.article = article
    return {t.text: t.value for t in extract_times(doc, published, article.text)}


def test_component_keeps_the_preposition_and_resolves(nlp: Language) -> None:
    text = (
        "State media revealed on Tuesday that the leader had ratified the pact. He had negotiated it in June. "
        "Lawmakers approved the text last week. Since October, the army has drilled. "
        "A combined air drill followed over the weekend."
    )
    found = _times(nlp, text, WED)
    assert found["on Tuesday"] == "2024-11-12"
    assert found["in June"] == "2024-06"
    assert found["last week"] == "2024-W45"
    assert found["Since October"] == "2024-10"
    assert found["over the weekend"] == "2024-W45-WE"


def test_component_skips_ages_and_versions(nlp: Language) -> None:
    text = "Kim was a fresh-faced 27-year-old when he took power. It is North Korea 2.0 that he wants, since 2019."
    found = _times(nlp, text, MON)
    assert not any("27" in key for key in found)
    assert not any("2.0" in key for key in found)
    assert found.get("since 2019") == "2019"


def test_component_offsets_point_into_the_original_text(nlp: Language) -> None:
    text = "The talks collapsed in February 2022 and resumed on Thursday."
    doc = nlp(text)
    for record in extract_times(doc, MON, text):
        assert text[record.start : record.end] == record.text
        assert record.sent == 0


def test_component_without_publication_date(nlp: Language) -> None:
    found = _times(nlp, "Officials met on Tuesday, as they did in January 2020.", None)
    assert found["on Tuesday"] is None
    assert found.get("January 2020", found.get("in January 2020")) == "2020-01"


def test_meantime_timex_gold(nlp: Language) -> None:
    """Recall of correctly valued expressions on MEANTIME gold (CC BY 4.0, see tests/data/meantime_timex)."""
    docs = json.loads(MEANTIME.read_text())
    total = right = 0
    for item in docs:
        published = date.fromisoformat(item["published"])
        records = extract_times(nlp(item["text"]), published, item["text"])
        for gold in item["timexes"]:
            if "X" in gold["value"] and gold["type"] != "DURATION":
                continue  # unresolvable in the gold itself
            total += 1
            overlapping = [r for r in records if r.start < gold["end"] and gold["start"] < r.end]
            right += any(r.value == gold["value"] for r in overlapping)
    assert total > 50
    assert right / total >= 0.7
