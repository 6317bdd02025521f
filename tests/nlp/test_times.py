"""Time expressions: the relative-date rules (pure) and the spaCy component on sentences written here."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from storyline.eval.timex_gold import GoldTimex, TimexDocument
from storyline.eval.timex_run import as_found
from storyline.eval.timex_score import score_document, total
from storyline.model import Article
from storyline.nlp.extensions import register_extensions
from storyline.nlp.times import extract_times, without_range_ends
from storyline.nlp.timex import (
    NO_ANCHOR,
    Timex,
    compatible,
    finer,
    interval,
    iso_week,
    month_near,
    normalize,
    timex_type,
    weekday_near,
    weekend,
)
from storyline.nlp.timex_narrative import Narrative
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
        ("decades", "PXY"),  # TIMEX3 counts decades in years
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
    # "in recent days" tells how long (round 7: a DURATION, as the GUM and ECB+ gold mark "recent months");
    # "recent times" and "recently" stay the vague past.
    assert normalize("in recent days", WED) == Timex("PXD", kind="duration")
    assert normalize("recent times", WED).value == "PAST_REF"  # type: ignore[union-attr]
    assert normalize("recently", WED).value == "PAST_REF"  # type: ignore[union-attr]
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


def test_component_leaves_the_signal_out_of_the_span_and_keeps_it_in_the_phrase(nlp: Language) -> None:
    text = (
        "State media revealed on Tuesday that the leader had ratified the pact. He had negotiated it in June. "
        "Lawmakers approved the text last week. Since October, the army has drilled. "
        "A combined air drill followed over the weekend."
    )
    doc = nlp(text)
    records = {r.text: r for r in extract_times(doc, WED, text)}
    assert {k: r.value for k, r in records.items()} == {
        "Tuesday": "2024-11-12",
        "June": "2024-06",
        "last week": "2024-W45",
        "October": "2024-10",
        "the weekend": "2024-W45-WE",
    }
    assert (records["June"].signal, records["June"].phrase) == ("in", "in June")
    assert text[records["October"].outer_start : records["October"].end] == "Since October"
    assert records["last week"].phrase == "" and records["last week"].phrase_start is None


def test_component_skips_ages_and_versions(nlp: Language) -> None:
    text = "Kim was a fresh-faced 27-year-old when he took power. It is North Korea 2.0 that he wants, since 2019."
    found = _times(nlp, text, MON)
    assert not any("27" in key for key in found)
    assert not any("2.0" in key for key in found)
    assert found.get("2019") == "2019"


def test_component_offsets_point_into_the_original_text(nlp: Language) -> None:
    text = "The talks collapsed in February 2022 and resumed on Thursday."
    doc = nlp(text)
    for record in extract_times(doc, MON, text):
        assert text[record.start : record.end] == record.text
        assert record.sent == 0


def test_component_without_publication_date(nlp: Language) -> None:
    found = _times(nlp, "Officials met on Tuesday, as they did in January 2020.", None)
    assert found["Tuesday"] is None
    assert found["January 2020"] == "2020-01"


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


# ---------------------------------------------------------------------------------------------------
# TimeML kinds, on sentences written for these tests (issue 18)


@pytest.mark.parametrize(
    ("text", "kind", "value", "mod"),
    [
        ("eight years", "duration", "P8Y", ""),
        ("18 months", "duration", "P18M", ""),
        ("an hour", "duration", "PT1H", ""),
        ("3:07:35", "duration", "PT3H7M35S", ""),
        ("a month earlier", "duration", "P1M", ""),
        ("the next decade", "duration", "P10Y", ""),
        ("the past decade", "duration", "P10Y", ""),
        ("two consecutive quarters", "duration", "P2Q", ""),
        ("more than a week", "duration", "P1W", "MORE_THAN"),
        ("nearly five months", "duration", "P5M", "LESS_THAN"),
        ("about three hours", "duration", "PT3H", "APPROX"),
        ("at least two years", "duration", "P2Y", "EQUAL_OR_MORE"),
    ],
)
def test_durations_follow_timeml(text: str, kind: str, value: str, mod: str) -> None:
    found = normalize(text, WED)
    assert found is not None
    assert (found.kind, found.value, found.mod) == (kind, value, mod)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("now", "PRESENT_REF"),
        ("currently", "PRESENT_REF"),
        ("the time being", "PRESENT_REF"),
        ("at the time", "PAST_REF"),
        ("recently", "PAST_REF"),
        ("the long term", "FUTURE_REF"),
    ],
)
def test_present_past_and_future_references(text: str, value: str) -> None:
    found = normalize(text, WED)
    assert found is not None and (found.value, found.kind) == (value, "date")


@pytest.mark.parametrize(
    ("text", "value", "quant", "freq"),
    [
        ("every morning", "XXXX-XX-XXTMO", "EVERY", ""),
        ("each season", "P1Y", "EACH", ""),
        ("annually", "P1Y", "", ""),
        ("every Tuesday", "XXXX-WXX-2", "EVERY", ""),
        ("twice a week", "P1W", "", "2X"),
    ],
)
def test_sets_carry_quant_and_freq(text: str, value: str, quant: str, freq: str) -> None:
    found = normalize(text, WED)
    assert found is not None
    assert (found.kind, found.value, found.quant, found.freq) == ("set", value, quant, freq)


@pytest.mark.parametrize(
    ("text", "value", "mod"),
    [
        ("six years ago", "2018", ""),
        ("late last July", "2024-07", "END"),
        ("early June", "2024-06", "START"),
        ("this fiscal year", "FY2024", ""),
        ("fiscal 2009", "FY2009", ""),
        ("the 20th century", "19", ""),
        ("the twenty-first century", "20", ""),
    ],
)
def test_dates_timeml_values(text: str, value: str, mod: str) -> None:
    found = normalize(text, WED)
    assert found is not None and (found.value, found.mod) == (value, mod)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("8 PM", "2024-11-13T20:00"),
        ("08:30 UTC", "2024-11-13T08:30Z"),
        ("15:00 GMT Saturday", "2024-11-09T15:00Z"),
        ("6:15 a.m. tomorrow", "2024-11-14T06:15"),
        ("Sunday night", "2024-11-10TNI"),
    ],
)
def test_times_of_day(text: str, value: str) -> None:
    found = normalize(text, WED)
    assert found is not None and found.value == value
    assert timex_type(found.kind, found.value) == "TIME"


def test_the_same_day_is_the_day_the_text_last_told() -> None:
    told = Narrative(day=date(2024, 3, 1), year=2024)
    assert normalize("the same day", WED, narrative=told).value == "2024-03-01"  # type: ignore[union-attr]
    assert normalize("the next day", WED, narrative=told).value == "2024-03-02"  # type: ignore[union-attr]
    assert normalize("the previous year", WED, narrative=told).value == "2023"  # type: ignore[union-attr]
    assert normalize("yesterday", WED, narrative=told).value == "2024-11-12"  # type: ignore[union-attr]
    # "the previous year" counts from the last year told at any grain ("last year"), not the last day.
    assert normalize("the year previous", WED, narrative=Narrative(year=2023)).value == "2022"  # type: ignore[union-attr]


def test_narrative_keeps_the_written_year_by_paragraph() -> None:
    narrative = Narrative().told("2008", "in 2008", 3)
    assert narrative.year_in(3) == 2008 and narrative.year_in(4) is None
    assert narrative.told("2009-04", "last April", 3).year_in(3) == 2008  # no year written: it stays
    assert narrative.told("PAST_REF", "recently", 3) == narrative
    moved = narrative.told("2008-10-03", "October 3", 3, narrated=True)
    assert moved.day is None and moved.year == 2008  # read from the narrative: the day it counts from stays


def test_a_month_without_its_year_takes_the_narrated_year() -> None:
    assert normalize("October", WED, -1, narrated_year=2008).value == "2008-10"  # type: ignore[union-attr]
    assert normalize("in early March", WED, -1, narrated_year=2008).value == "2008-03"  # type: ignore[union-attr]
    assert normalize("June 17", WED, -1, narrated_year=2008).value == "2008-06-17"  # type: ignore[union-attr]
    assert normalize("last October", WED, -1, narrated_year=2008).value == "2024-10"  # type: ignore[union-attr]
    assert normalize("yesterday", WED, -1, narrated_year=2008).value == "2024-11-12"  # type: ignore[union-attr]


def test_component_anchors_on_the_narrated_day_and_splits_ranges(nlp: Language) -> None:
    text = (
        "The dam burst on March 3, 2021. Rescuers arrived the same day, and yesterday the mayor spoke. "
        "The works ran 2009-2011 and the crews worked every morning at 8 PM."
    )
    doc = nlp(text)
    records = extract_times(doc, WED, text)
    by_text = {(r.text, r.kind): r for r in records}
    assert by_text[("the same day", "date")].value == "2021-03-03"
    assert by_text[("yesterday", "date")].value == "2024-11-12"
    assert by_text[("2009-2011", "span")].value == "2009/2011"
    assert by_text[("2009", "date")].value == "2009" and by_text[("2011", "date")].value == "2011"
    assert by_text[("every morning", "set")].quant == "EVERY"
    assert by_text[("8 PM", "date")].type == "TIME"
    assert [t.text for t in without_range_ends(records)].count("2009") == 0


# Floors for the CI subset (tests/data/meantime_timex, TempEval-3 scoring), pinned just under the figures
# measured when they were set (docs/measured/times.md): a change that lowers them fails.
# Measured (round 5, the same on main before it): strict F1 0.938, relaxed 0.954, type accuracy 0.984, value F1 0.954.
FLOORS = {"strict_f1": 0.93, "relaxed_f1": 0.945, "type_accuracy": 0.98, "value_f1": 0.945}


def test_meantime_subset_tempeval_floors(nlp: Language) -> None:
    parts = []
    for item in json.loads(MEANTIME.read_text()):
        text = item["text"]
        lines = text.split("\n")
        gold = tuple(GoldTimex(g["start"], g["end"], g["text"], g["type"], g["value"]) for g in item["timexes"])
        # MEANTIME marks times in its first six sentences (one a line here) only.
        annotated_end = len("\n".join(lines[:6])) + 1
        document = TimexDocument(item["id"], text, date.fromisoformat(item["published"]), gold, annotated_end)
        records = extract_times(nlp(text), document.published, text)
        found = [as_found(r) for r in records if r.kind != "span"]
        parts.append(score_document(document, found)[0])
    scores = total(parts)
    measured = {
        "strict_f1": scores.strict_prf[2],
        "relaxed_f1": scores.relaxed_prf[2],
        "type_accuracy": scores.type_accuracy,
        "value_f1": scores.value_prf[2],
    }
    assert scores.gold > 50
    for name, floor in FLOORS.items():
        assert measured[name] >= floor, f"{name} {measured[name]:.3f} fell under its floor {floor}"


# ---------------------------------------------------------------------------------------------------
# The narrative's reference time and the narrowed rules, through the component (issue 18, second round)


def test_component_months_take_the_year_the_passage_narrates(nlp: Language) -> None:
    text = (
        "In 2008 the plant shed 300 jobs, and in October it closed its second line.\n"
        "In October the new owner will reopen it.\n"
        "The firm said in 2021 that as of February, it employs 40 people."
    )
    values = [(r.text, r.value) for r in extract_times(nlp(text), WED, text)]
    assert values[:2] == [("2008", "2008"), ("October", "2008-10")]  # past tense, same passage
    assert values[2] == ("October", "2025-10")  # another paragraph, future tense: from the paper's date
    assert ("February", "2024-02") in values  # present tense: not the year told


def test_component_since_looks_back_and_until_ahead(nlp: Language) -> None:
    text = "Shares had their best week since November.\nThe exchange is to stay shut until Friday."
    values = {r.text: r.value for r in extract_times(nlp(text), date(2009, 3, 11), text)}
    assert values["November"] == "2008-11"
    assert values["Friday"] == "2009-03-13"


def test_component_reads_the_parts_of_a_candidate_that_is_not_one_time(nlp: Language) -> None:
    text = "The software will be available on June 17, two days before the phone goes on sale."
    values = {r.text: (r.type, r.value) for r in extract_times(nlp(text), date(2009, 6, 9), text)}
    assert values["June 17"] == ("DATE", "2009-06-17")
    assert values["two days"] == ("DURATION", "P2D")


def test_component_the_day_only_where_a_day_is_counted(nlp: Language) -> None:
    text = (
        "The index fell 2% on Monday, ending the day at 7,114.\n"
        "For the day, the yen rose.\n"
        "She remembers the day the bank failed.\n"
        "Prices rebounded late in the day after falling sharply."
    )
    values = [(r.text, r.value) for r in extract_times(nlp(text), date(2009, 2, 25), text)]
    assert ("the day", "2009-02-23") in values  # "ending the day": the Monday told
    assert sum(t == "the day" for t, _ in values) == 2  # not "remembers the day the bank failed"
    assert ("late in the day", "2009-02-23") in values
    assert all(v != "2009-02-24" for _, v in values)  # "the day after falling" is no "day after"


def test_component_annual_only_before_an_amount(nlp: Language) -> None:
    text = "The carmaker posted its first annual loss in a decade at its annual meeting."
    found = [(r.start, r.value) for r in extract_times(nlp(text), WED, text) if r.text == "annual"]
    assert found == [(text.index("annual"), "P1Y")]


def test_component_currently_is_present_ref_but_current_is_not_proposed(nlp: Language) -> None:
    """TimeML marks "currently" PRESENT_REF (MEANTIME does in 1 of 3; the issue's TimeBank-style set misses it);
    the adjective "current" ("the current flag") is left out."""
    text = "The jet, currently under development, flies now and replaces the current model."
    values = {r.text: r.value for r in extract_times(nlp(text), WED, text)}
    assert values["currently"] == "PRESENT_REF" and values["now"] == "PRESENT_REF"
    assert "current" not in values


def test_component_today_is_the_day_even_when_generic(nlp: Language) -> None:
    """MEANTIME marks "today" as the publication day in 26 of 26 cases, generic uses included: so does
    storyline, against the TimeML guideline's PRESENT_REF for "today" meaning "nowadays"."""
    text = "Today's investors want dividends, and today the board cut its payout."
    values = [r.value for r in extract_times(nlp(text), WED, text) if r.text.lower() == "today"]
    assert values == ["2024-11-13", "2024-11-13"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A 2018 article telling 2017: the month takes the year the passage is about, not the publication's.
        ("In 2017, North Korea tested six missiles. In September, Kim tested a hydrogen bomb.", date(2018, 12, 10),
         {"2017": "2017", "September": "2017-09"}),
        ("The memo, dated Dec. 5, was sent to the White House in 2017.", date(2018, 6, 12),
         {"Dec. 5": "2017-12-05", "2017": "2017"}),
        # Not when the year is only a landmark ("since") or the clause speaks of the present or the future.
        ("Sales have doubled since its launch in 2003, and as of February the store leads.", date(2008, 4, 9),
         {"2003": "2003", "February": "2008-02"}),
        ("In 2017 the talks failed. In March, the two leaders will meet again.", date(2018, 1, 10),
         {"2017": "2017", "March": "2018-03"}),
    ],
)
def test_a_date_without_a_year_follows_the_narrative(
    nlp: Language, text: str, published: date, expected: dict[str, str]
) -> None:
    found = {t.text: t.value for t in extract_times(nlp(text), published, text)}
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "Talks resumed two weeks ago, on Tuesday morning, and ended at 8 p.m. the same day.",
        "In 2009 the firm reported annual losses; by fiscal 2011 it had recovered over the weekend.",
        "The 30-day deadline passes next month, the minister said now.",
        "Nothing here names a time at all.",
        "Once a year since the 19th century, recent years aside, the fair has opened each spring.",
        "THE MEETING WAS HELD TWO DAYS AGO, ON TUESDAY.",
        "A dotless ı and a long ſ: the ſame day, two daſys.",
        "Yesterday morning, hours earlier, the band recalled the sixties; at the moment it rests.",
        "From 2004 to 2009 the fair closed on Christmas Eve and reopened in the spring.",
        "Half an hour later, the following week and the end of the month were set as deadlines.",
    ],
)
def test_gated_patterns_find_what_every_pattern_finds(text: str) -> None:
    """Skipping the patterns whose words a text lacks never loses a match (same spans, same order)."""
    from storyline.nlp.times import _PATTERNS, _gated

    every = [(i, m.span()) for i, p in enumerate(_PATTERNS) for m in p.regex.finditer(text)]
    gated = set(_gated(text))
    kept = [(i, m.span()) for i, p in enumerate(_PATTERNS) if p in gated for m in p.regex.finditer(text)]
    assert kept == every


def test_british_clock_times_and_the_early_hours_fall_on_the_day_narrated(nlp: Language) -> None:
    text = (
        "The ferry left Dover on Friday at 8.40am and docked at 10.30pm. "
        "Crews had loaded it by 9.15 a.m. that day. The storm struck in the early hours."
    )
    found = _times(nlp, text, date(2024, 11, 16))
    assert found["Friday"] == "2024-11-15"
    assert found["8.40am"] == "2024-11-15T08:40"
    assert found["10.30pm"] == "2024-11-15T22:30"
    assert found["9.15 a.m."] == "2024-11-15T09:15"
    assert found["the early hours"] == "2024-11-15TMO"
    mods = {t.text: t.mod for t in extract_times(nlp(text), date(2024, 11, 16), text)}
    assert mods["the early hours"] == "START"


def test_a_decimal_is_no_clock_and_the_early_hours_of_a_named_day_are_not_cut_short(nlp: Language) -> None:
    text = "Shares rose 8.40 on Friday. Police arrived in the early hours of Monday."
    found = _times(nlp, text, date(2024, 11, 16))
    assert not any("8.40" in key for key in found)
    assert "the early hours" not in found


def test_an_abbreviated_unit_in_capitals_is_not_an_hour(nlp: Language) -> None:
    text = "Over nine seasons his line reads 188 HR, 640 RBI; the rain delay lasted 2 hrs and the next one 3 Hrs."
    found = [(r.text, r.value) for r in extract_times(nlp(text), WED, text) if r.kind != "span"]
    assert ("188 HR", "PT188H") not in found
    assert ("2 hrs", "PT2H") in found and ("3 Hrs", "PT3H") in found


def test_a_part_of_day_along_the_narrated_day(nlp: Language) -> None:
    text = (
        "The boat sank on Friday. Divers searched through the afternoon and into the night, and rested through "
        "the afternoon heat on Saturday."
    )
    found = [(r.text, r.value) for r in extract_times(nlp(text), WED, text) if r.kind != "span"]
    assert ("the afternoon", "2024-11-08TAF") in found and ("the night", "2024-11-08TNI") in found
    assert sum(1 for span, _ in found if span == "the afternoon") == 1  # "the afternoon heat" is a thing


def test_a_hedged_period_counted_from_now_and_couple_of_after_the_next() -> None:
    read = {text: normalize(text, WED, 1) for text in (
        "the next couple of years", "the past couple of weeks", "at least the next couple of years",
        "at least the next two years", "nearly the past two decades",
    )}  # fmt: skip
    assert {text: (t.value, t.mod) for text, t in read.items() if t is not None} == {
        "the next couple of years": ("PXY", ""),
        "the past couple of weeks": ("PXW", ""),
        "at least the next couple of years": ("PXY", "EQUAL_OR_MORE"),
        "at least the next two years": ("P2Y", "EQUAL_OR_MORE"),
        "nearly the past two decades": ("P20Y", "LESS_THAN"),
    }
    assert normalize("couple of years", WED, 1) is None  # "couple of" needs its "a" or "the next"
