"""Time expressions in running text, kind by kind as TimeML marks them (issue 18, third round): sentences written
for these tests, read by the spaCy component, each TIMEX3 checked for its span, type and value."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from storyline.eval.timeml import read_timeml_dir
from storyline.eval.timex_run import evaluate_timexes
from storyline.nlp.extensions import register_extensions
from storyline.nlp.times import extract_times
from storyline.nlp.timex import normalize
from storyline.nlp.timex_narrative import Narrative
from storyline.settings import DEFAULT_MODEL

GUM = Path(__file__).resolve().parents[1] / "data" / "timeml" / "gum"
WED = date(2024, 11, 13)  # a Wednesday in ISO week 46
SAT = date(2024, 11, 16)


@pytest.fixture(scope="module")
def nlp() -> Language:
    register_extensions()
    return spacy.load(DEFAULT_MODEL)


def _found(nlp: Language, text: str, published: date = WED) -> list[tuple[str, str, str]]:
    """(span, type, value) of every TIMEX3, range records left out."""
    return [(r.text, r.type, r.value or "") for r in extract_times(nlp(text), published, text) if r.kind != "span"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Durations
        ("He served eight years in prison and spent 18 months abroad.",
         [("eight years", "DURATION", "P8Y"), ("18 months", "DURATION", "P18M")]),
        ("The meeting lasted an hour, and she won in 3:07:35.",
         [("an hour", "DURATION", "PT1H"), ("3:07:35", "DURATION", "PT3H7M35S")]),
        ("Prices will double over the next decade.", [("the next decade", "DURATION", "P10Y")]),
        ("The form must be returned within twenty working days.", [("twenty working days", "DURATION", "P20D")]),
        ("After nearly half an hour, the match resumed.", [("nearly half an hour", "DURATION", "PT30M")]),
        # Present and past references
        ("Shares are currently trading lower, and the firm now employs 500 people.",
         [("currently", "DATE", "PRESENT_REF"), ("now", "DATE", "PRESENT_REF")]),
        ("At the time, the plant employed 2,000 workers.", [("the time", "DATE", "PAST_REF")]),
        # Sets
        ("The club plays each season and the crew trains every morning.",
         [("each season", "SET", "P1Y"), ("every morning", "SET", "XXXX-XX-XXTMO")]),
        ("The report is published annually.", [("annually", "SET", "P1Y")]),
        # Dates
        ("The firm was founded six years ago.", [("six years ago", "DATE", "2018")]),
        ("The deal was signed late last July.", [("late last July", "DATE", "2024-07")]),
        ("Revenue this fiscal year rose 5%.", [("this fiscal year", "DATE", "FY2024")]),
        ("The building dates from the 20th century.", [("the 20th century", "DATE", "19")]),
        ("The firm expects a profit in the second half of the year.",
         [("the second half of the year", "DATE", "2024-H2")]),
        ("The backlog should be cleared by year end.", [("year end", "DATE", "2024")]),
        ("The page went down just over 24 hours ago.", [("just over 24 hours ago", "DATE", "2024-11-12")]),
        # Ranges: each end a TIMEX3 of its own
        ("Production ran from 2009-2010 at the plant.", [("2009", "DATE", "2009"), ("2010", "DATE", "2010")]),
        ("Arrears were owed for the period from 2004 to 2009.", [("2004", "DATE", "2004"), ("2009", "DATE", "2009")]),
        # Times of day
        ("The storm hit on Sunday night.", [("Sunday night", "TIME", "2024-11-10TNI")]),
        ("The strike ended yesterday afternoon.", [("yesterday afternoon", "TIME", "2024-11-12TAF")]),
        ("Last night the president spoke.", [("Last night", "TIME", "2024-11-12TNI")]),
        ("The quake struck at 4:17 a.m. local time.", [("4:17 a.m.", "TIME", "2024-11-13T04:17")]),
    ],
)
def test_timeml_kinds_in_running_text(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(nlp, text) == expected


def test_the_signal_stays_out_of_the_span_and_the_mod(nlp: Language) -> None:
    """ "over the past 30 days": "over" is the SIGNAL, not the hedge "over a week" (MORE_THAN)."""
    records = extract_times(nlp("Traffic rose over the past 30 days."), WED, "Traffic rose over the past 30 days.")
    assert [(r.text, r.value, r.mod, r.signal) for r in records] == [("the past 30 days", "P30D", "", "over")]
    assert normalize("over a week", WED).mod == "MORE_THAN"  # type: ignore[union-attr]


def test_a_time_of_day_takes_the_day_written_beside_it(nlp: Language) -> None:
    found = _found(nlp, "The store opens at 8 PM on Friday. In a press call at 16:15 UTC, June 1st, he spoke.")
    assert ("8 PM", "TIME", "2024-11-08T20:00") in found
    assert ("16:15 UTC", "TIME", "2024-06-01T16:15Z") in found


def test_a_time_of_day_without_its_day_takes_the_day_narrated(nlp: Language) -> None:
    text = "The polls opened on Sunday. The count began at 22:30."
    assert ("22:30", "TIME", "2024-11-10T22:30") in _found(nlp, text)


def test_an_arrangement_in_the_present_looks_ahead(nlp: Language) -> None:
    """ "is set for", "are to travel": the weekday ahead of the paper's date, not the one before."""
    assert ("15:00 GMT Monday", "TIME", "2024-11-18T15:00Z") in _found(
        nlp, "The launch is set for 15:00 GMT Monday.", SAT
    )
    travel = "On Wednesday, the delegates are to travel to Geneva."
    assert ("Wednesday", "DATE", "2024-11-20") in _found(nlp, travel, SAT)
    assert ("Wednesday", "DATE", "2024-11-13") in _found(nlp, "On Wednesday, the delegates travelled to Geneva.", SAT)


def test_holidays_and_seasons(nlp: Language) -> None:
    found = _found(nlp, "They met before Christmas and will meet again in the spring.")
    assert found == [("Christmas", "DATE", "2023-12-25"), ("the spring", "DATE", "2025-SP")]
    # No tense to go by: the nearest ("Christmas sales" in a January paper were December's).
    sales = "Strong Christmas sales lifted the shares."
    assert ("Christmas", "DATE", "2024-12-25") in _found(nlp, sales, date(2025, 1, 9))
    # A surname, not the holiday.
    assert _found(nlp, "She drew it with the illustrator Johnnie Christmas.") == []


def test_every_now_and_then_is_no_time(nlp: Language) -> None:
    assert _found(nlp, "Every now and then the site crashes, and now and again it recovers.") == []


def test_the_following_weekday_counts_from_the_day_narrated(nlp: Language) -> None:
    text = "The firm was fined on March 3, 2008, and appealed the following Monday."
    assert ("the following Monday", "DATE", "2008-03-10") in _found(nlp, text)
    text = "I visited on Saturday night. I went back the next Tuesday night."
    assert ("the next Tuesday night", "TIME", "2024-11-12TNI") in _found(nlp, text)


def test_an_amount_told_before_or_after_is_a_duration(nlp: Language) -> None:
    """ "five hours earlier": TimeML's DURATION of the amount, the span with its adverb (as "a month earlier")."""
    found = _found(nlp, "Had it happened five hours earlier or four hours earlier, the toll would be higher.")
    assert found == [("five hours earlier", "DURATION", "PT5H"), ("four hours earlier", "DURATION", "PT4H")]


def test_every_n_units_and_named_decades(nlp: Language) -> None:
    found = _found(nlp, "Members show their prints every ten years and meet every other week.")
    assert found == [("every ten years", "SET", "P10Y"), ("every other week", "SET", "P2W")]
    assert _found(nlp, "Even back in the sixties, he knew.") == [("the sixties", "DATE", "196")]


def test_a_start_told_with_from_is_not_pushed_ahead_by_the_tense(nlp: Language) -> None:
    """ "is to run from January 23 through March 9", written on January 28: the run began this January."""
    found = _found(nlp, "The exhibit is to run from January 23 through March 9.", date(2014, 1, 28))
    assert found == [("January 23", "DATE", "2014-01-23"), ("March 9", "DATE", "2014-03-09")]


def test_periods_told_from_the_day_narrated(nlp: Language) -> None:
    text = "The rebels attacked on March 3, 2008. That night the town burned, and talks began the following week."
    found = _found(nlp, text)
    assert ("That night", "TIME", "2008-03-03TNI") in found
    assert ("the following week", "DATE", "2008-W11") in found
    assert ("the end of the week", "DATE", "2024-W46") in _found(nlp, "The vote is expected by the end of the week.")
    assert _found(nlp, "The ceasefire has held for the moment.") == [("the moment", "DATE", "PRESENT_REF")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A generic "today" is TimeML's PRESENT_REF; a "today" that tells the day's news keeps the date.
        ("Farmers today depend on rain more than ever.", [("today", "DATE", "PRESENT_REF")]),
        ("Is the village still alive today?", [("today", "DATE", "PRESENT_REF")]),
        ("Today, few people write letters by hand.", [("Today", "DATE", "PRESENT_REF")]),
        ("The council approved the budget today.", [("today", "DATE", "2024-11-13")]),
        ("The ministry today rejects the claim.", [("today", "DATE", "2024-11-13")]),
        ("The new rules are to take effect today.", [("today", "DATE", "2024-11-13")]),
        ("Today is a proud day for the club.", [("Today", "DATE", "2024-11-13")]),
        ("There was a crowd here today, and there is a lot of anger here today.",
         [("today", "DATE", "2024-11-13"), ("today", "DATE", "2024-11-13")]),
        ("He said today's offer is better.", [("today", "DATE", "2024-11-13")]),
        # A hedge before the amount is part of the duration and gives its mod.
        ("The choir has sung there for over 40 years.", [("over 40 years", "DURATION", "P40Y")]),
        ("The dam has stood for at least three decades.", [("at least three decades", "DURATION", "P30Y")]),
        # Ages are no TIMEX3s.
        ("The boy fell ill at the age of six months.", []),
        ("Pupils aged 9 - 11 years sat the test.", []),
        # "going to" and a list hung on it look ahead: months not yet come are next year's.
        ("The band is going to tour Spain in February.", [("February", "DATE", "2025-02")]),
        ("She is going to Oslo in December, Lima in January and Perth in March.",
         [("December", "DATE", "2024-12"), ("January", "DATE", "2025-01"), ("March", "DATE", "2025-03")]),
        # A month of a named year: the month in that year, and the year as a TIMEX3 of its own.
        ("The lease runs out in May of next year.", [("May", "DATE", "2025-05"), ("next year", "DATE", "2025")]),
        ("The port will reopen in June next year.", [("June", "DATE", "2025-06"), ("next year", "DATE", "2025")]),
        # A share is no period.
        ("The fund has lost nearly three quarters of its value.", []),
        ("The maker will close 789, or about a quarter, of its 3,200 dealers.", []),
        ("Profit rose in the first quarter of the year.", [("the first quarter of the year", "DATE", "2024-Q1")]),
        # A bare "yesterday" inside a longer entity, and a year before a noun that is no count of days.
        ("Yesterday, day three of the fair, sales rose.", [("Yesterday", "DATE", "2024-11-12")]),
        # Days that recur each week, and clock times of a recurrence (on no one day).
        ("The market closes early on Sundays and is busiest at the weekends.",
         [("Sundays", "SET", "XXXX-WXX-7"), ("the weekends", "SET", "XXXX-WXX-WE")]),
        ("The library is open from 9 a.m. to 5 p.m. every day.",
         [("9 a.m.", "TIME", "XXXX-XX-XXT09:00"), ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"), ("every day", "SET", "P1D")]),
        ("The count ended at midnight.", [("midnight", "TIME", "2024-11-13T24:00")]),
        # Periods: a quarter named by its end takes the clause's tense; the decade's end; the year narrated.
        ("The bank reported results for the quarter ended Sept. 30.", [("Sept. 30", "DATE", "2024-09-30")]),
        ("The firm reported results for the quarter ended Dec. 31.", [("Dec. 31", "DATE", "2023-12-31")]),
        ("The fleet will triple by the end of the decade.", [("the end of the decade", "DATE", "202")]),
        ("The mill lost $3 million in the third quarter of 2019 and $9 million for the entire year.",
         [("the third quarter of 2019", "DATE", "2019-Q3"), ("the entire year", "DATE", "2019")]),
        # Decades with two digits; "in his 50s" is an age.
        ("Fashions of the 70s and 80s came back.", [("the 70s", "DATE", "197"), ("80s", "DATE", "198")]),
        ("The mayor, in his 50s, spoke.", []),
        # A year before an event's name; a season before a noun with no determiner of its own is a kind of thing.
        ("Tickets for the 2026 Winter Olympics sold out.", [("2026", "DATE", "2026")]),
        ("Farmers planted winter wheat.", []),
        ("The ministers met at their autumn meetings.", [("autumn", "DATE", "2024-FA")]),
    ],
)
def test_timeml_kinds_round_4(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(nlp, text) == expected


def test_a_year_before_a_singular_unit_is_no_count() -> None:
    """ "World Cup 2022 day four": not 2022 days; "a 12 year term" keeps its duration."""
    assert normalize("2022 day", WED) is None
    assert normalize("12 year", WED) == normalize("12 years", WED)


def test_the_mod_of_a_hedged_duration_and_a_part_of_a_decade(nlp: Language) -> None:
    text = "The choir has sung there for over 40 years, since the mid-1980s."
    records = {r.text: r.mod for r in extract_times(nlp(text), WED, text)}
    assert records == {"over 40 years": "MORE_THAN", "the mid-1980s": "MID"}


# Floors for the GUM Wikinews TimeML gold (tests/data/timeml/gum, README there), pinned just under the figures
# measured when they were set (docs/measured/times.md; round 4, 24 documents): strict F1 0.970, relaxed 0.974,
# type 1.000, value 0.953.
GUM_FLOORS = {"strict_f1": 0.96, "relaxed_f1": 0.97, "type_accuracy": 0.99, "value_f1": 0.945}


def test_gum_timeml_floors() -> None:
    scores = evaluate_timexes(read_timeml_dir(GUM)).scores
    measured = {
        "strict_f1": scores.strict_prf[2],
        "relaxed_f1": scores.relaxed_prf[2],
        "type_accuracy": scores.type_accuracy,
        "value_f1": scores.value_prf[2],
    }
    assert scores.documents == 24 and scores.gold > 200
    for name, floor in GUM_FLOORS.items():
        assert measured[name] >= floor, f"{name} {measured[name]:.3f} fell under its floor {floor}"


# Round 5: kinds read across the ECB+ blind block (tests/data/timeml/ecbplus), each in sentences written for it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A hedge before a clock time belongs to the TIMEX3 (mod APPROX below).
        ("The suspect entered the office about 10 a.m. on Monday.",
         [("about 10 a.m.", "TIME", "2024-11-11T10:00"), ("Monday", "DATE", "2024-11-11")]),
        # "over" after an amount is the signal of the period the amount is spread over.
        ("The club offered $90 million over six years.", [("six years", "DURATION", "P6Y")]),
        ("The deal is worth $40 million (over five years).", [("five years", "DURATION", "P5Y")]),
        # Ages written "31-year old" and speeds are no times.
        ("The 31-year old driver was arrested.", []),
        ("The car reached 120 miles an hour before the crash.", []),
        # The day before the month.
        ("The cable was cut on 4th November.", [("4th November", "DATE", "2024-11-04")]),
        ("The treaty was signed on 3 May 2011.", [("3 May 2011", "DATE", "2011-05-03")]),
        # A part of the day written beside its date is that date's.
        ("The agency logged the fault this morning 11th November.",
         [("this morning", "TIME", "2024-11-11TMO"), ("11th November", "DATE", "2024-11-11")]),
        # "at this time" is now; "this time" alone ("this time, they won") is not proposed.
        ("No decision has been made at this time.", [("this time", "DATE", "PRESENT_REF")]),
        ("This time the team won easily.", []),
        ("Right now the line is down.", [("Right now", "DATE", "PRESENT_REF")]),
        # A bare plural unit after a preposition.
        ("She returned to work after months away.", [("months", "DURATION", "PXM")]),
        ("Prices collapsed within minutes.", [("minutes", "DURATION", "PTXM")]),
        # A year before a common noun; ranges of years written with a dash, each end a TIMEX3.
        ("He ended the 2019 season injured.", [("2019", "DATE", "2019")]),
        ("He coached at the college (2001-04) and led its 2005-06 squad.",
         [("2001", "DATE", "2001"), ("04", "DATE", "2004"), ("2005", "DATE", "2005"), ("06", "DATE", "2006")]),
        ("The patrol met the boats on 10th Nov, and again on 12 Nov.",
         [("10th Nov", "DATE", "2024-11-10"), ("12 Nov", "DATE", "2024-11-12")]),
        # A game clock is no time of day.
        ("The guard scored with 4:43 to play and again with 1:02 remaining.", []),
        # "a year" after an amount is a rate: a SET.
        ("Workers there earn $28 an hour and the plant builds 400,000 units a year.",
         [("an hour", "SET", "PT1H"), ("a year", "SET", "P1Y")]),
        ("The trip took a day.", [("a day", "DURATION", "P1D")]),
        # A perfect infinitive looks back even after a verb that looks ahead.
        ("Sales are predicted to have dipped in October.", [("October", "DATE", "2024-10")]),
        ("Sales are predicted to rise in October.", [("October", "DATE", "2025-10")]),
        # A month coordinated with one that has its year shares it; "last November" told in November is a year back.
        ("Prices rose between September and October of 2019.",
         [("September", "DATE", "2019-09"), ("October of 2019", "DATE", "2019-10")]),
        ("The airport opened in March and April 2020.",
         [("March", "DATE", "2020-03"), ("April 2020", "DATE", "2020-04")]),
        ("The airport has had incidents since it opened last November.", [("last November", "DATE", "2023-11")]),
        # Hours and minutes abbreviated or together.
        ("Total downtime was 1hr 4 mins.", [("1hr 4 mins", "DURATION", "PT1H4M")]),
        ("The rescue took 2 hours 30 minutes and the match lasted 90 mins.",
         [("2 hours 30 minutes", "DURATION", "PT2H30M"), ("90 mins", "DURATION", "PT90M")]),
    ],
)
def test_timeml_kinds_round_5(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(nlp, text) == expected


def test_a_hedged_clock_time_is_approximate(nlp: Language) -> None:
    text = "Police arrived at around 7 p.m. and left at approximately 09:40."
    records = {r.text: (r.mod, r.signal) for r in extract_times(nlp(text), WED, text)}
    assert records == {"around 7 p.m.": ("APPROX", "at"), "approximately 09:40": ("APPROX", "at")}


# Floors for the ECB+ TimeML gold (tests/data/timeml/ecbplus, README there: 45 articles of many outlets in six
# blocks, a, b and e developed on, c, d and f blind), pinned just under the figures measured at the end of round 7:
# strict F1 0.964, relaxed 0.971, type 1.000, value 0.945 (round 6, blocks a-d: 0.948, 0.957, 0.995, 0.913);
# round 9: 0.968, 0.975, 1.000, 0.949.
ECBPLUS = Path(__file__).resolve().parents[1] / "data" / "timeml" / "ecbplus"
# Round 11 added blocks g and h (51 articles): the round-10 rules 0.962 / 0.977 / 0.998 / 0.944, round 11 0.965 / 0.978
# / 1.000 / 0.952 (strict lies under the 45 articles' 0.969 by block g's blind spans, "a day before", "over 30 years").
# Round 13 (the rules of block i): a-h 0.966 / 0.979 / 1.000 / 0.953.
# Round 16 (open counts "a minute or two" in g): a-h 0.969 / 0.980 / 1.000 / 0.956.
# Round 18 ("over 30 years" after a noun, a signal, in g): a-h 0.971 / 0.981 / 1.000 / 0.957.
ECBPLUS_FLOORS = {"strict_f1": 0.97, "relaxed_f1": 0.978, "type_accuracy": 0.995, "value_f1": 0.955}
# Blocks a-h only: block i (round 13) has floors of its own in tests/eval/test_times_floors.py.
ECBPLUS_BLOCKS = "abcdefgh"


def test_ecbplus_timeml_floors() -> None:
    documents = [d for block in ECBPLUS_BLOCKS for d in read_timeml_dir(ECBPLUS / block)]
    scores = evaluate_timexes(documents).scores
    measured = {
        "strict_f1": scores.strict_prf[2],
        "relaxed_f1": scores.relaxed_prf[2],
        "type_accuracy": scores.type_accuracy,
        "value_f1": scores.value_prf[2],
    }
    assert scores.documents == 51 and scores.gold > 530
    for name, floor in ECBPLUS_FLOORS.items():
        assert measured[name] >= floor, f"{name} {measured[name]:.3f} fell under its floor {floor}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vote closes at 4 p.m. EST.", [("4 p.m. EST", "TIME", "2024-11-13T16:00-05")]),
        ("The ferry leaves at 06:15 BST.", [("06:15 BST", "TIME", "2024-11-13T06:15+01")]),
        # "ET" is the offset New York's clocks show that day: standard time in November, daylight time in July.
        ("Trading resumed at 9:30 a.m. ET.", [("9:30 a.m. ET", "TIME", "2024-11-13T09:30-05")]),
    ],
)
def test_a_clock_time_keeps_its_zone_as_an_offset(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(nlp, text) == expected


def test_a_region_zone_follows_daylight_time(nlp: Language) -> None:
    text = "Shares opened at 9:30 a.m. ET and the hearing starts at 1 p.m. PT."
    assert _found(nlp, text, date(2024, 7, 10)) == [
        ("9:30 a.m. ET", "TIME", "2024-07-10T09:30-04"), ("1 p.m. PT", "TIME", "2024-07-10T13:00-07")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A weekday after a word that makes it a name is not the weekday of the week told.
        ("Traders still remember Black Monday, when the index lost a fifth.", []),
        ("The fixes ship with the Patch Tuesday updates.", []),
        ("The candidates campaigned hard before Super Tuesday.", []),
        ("The board met on Monday.", [("Monday", "DATE", "2024-11-11")]),
    ],
)
def test_a_named_day_is_not_the_weekday(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The merger should close in its first fiscal 2025 quarter.",
         [("first fiscal 2025 quarter", "DATE", "FY2025-Q1")]),
        ("Revenue rose in the second quarter of fiscal 2023.",
         [("the second quarter of fiscal 2023", "DATE", "FY2023-Q2")]),
        ("The chain lost money in the first quarter of the financial year.",
         [("the first quarter of the financial year", "DATE", "FY2024-Q1")]),
        # A fiscal year after "in" with its year written out (this raised an error before round 6).
        ("The retailer lost money in fiscal 2008, its chief said.", [("fiscal 2008", "DATE", "FY2008")]),
        # A calendar quarter keeps its calendar value.
        ("Profits fell in the third quarter of 2023.", [("the third quarter of 2023", "DATE", "2023-Q3")]),
    ],
)
def test_a_fiscal_quarter_keeps_its_fiscal_caveat(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(nlp, text) == expected


def test_the_same_month_a_year_ago_is_the_month_told_a_year_back(nlp: Language) -> None:
    text = "Car sales fell 20% in October 2024, compared with the same month a year ago."
    assert _found(nlp, text) == [("October 2024", "DATE", "2024-10"), ("the same month a year ago", "DATE", "2023-10")]
    text = "Exports rose in the third quarter of 2024 from the same quarter last year."
    assert _found(nlp, text)[-1] == ("the same quarter last year", "DATE", "2023-Q3")
    # With no month told before, there is no month to go back from: only "a year ago" is read.
    assert _found(nlp, "Prices are up on the same month a year ago.") == [("a year ago", "DATE", "2023")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Nights and years told from the narrative (round 7, ECB+ block e).
        ("Protesters gathered on Monday and again the next night.",
         [("Monday", "DATE", "2024-11-11"), ("the next night", "TIME", "2024-11-12TNI")]),
        ("Police searched the store on Tuesday where, the night before, a mob had rampaged.",
         [("Tuesday", "DATE", "2024-11-12"), ("the night before", "TIME", "2024-11-11TNI")]),
        ("The mill was sold in 1967. That same year the owner retired.",
         [("1967", "DATE", "1967"), ("That same year", "DATE", "1967")]),
        # An amount with no number before "later" or "after" is a duration; after an adjective it is a description.
        ("The guard left the gate and returned minutes later.", [("minutes later", "DURATION", "PTXM")]),
        ("The crash came just weeks after the merger.", [("weeks", "DURATION", "PXW")]),
        # "in recent years" is how long: a DURATION; a vague count "ago" is the vague past.
        ("The town has grown in recent years.", [("recent years", "DURATION", "PXY")]),
        ("She moved to the coast several years ago.", [("several years ago", "DATE", "PAST_REF")]),
        ("He wore a 1940s suit to the trial.", [("1940s", "DATE", "194")]),
        ("Prior to 1997, the firm was private.", [("1997", "DATE", "1997")]),
        ("The crowds had gone home by late afternoon.", [("late afternoon", "TIME", "2024-11-13TAF")]),
        ("He spoke out as recently as last year.", [("last year", "DATE", "2023")]),
        # Quarters told from the paper's date.
        ("Profit rose 20 percent during the last quarter.", [("the last quarter", "DATE", "2024-Q3")]),
        ("Sales in the current quarter will beat a strong first quarter.",
         [("the current quarter", "DATE", "2024-Q4"), ("first quarter", "DATE", "2024-Q1")]),
        ("Staff were thanked for their work over the years.", [("the years", "DURATION", "PXY")]),
        ("The plant will stay open for the foreseeable future, though sales have slipped lately.",
         [("the foreseeable future", "DATE", "FUTURE_REF"), ("lately", "DATE", "PAST_REF")]),
        ("In past months the talks stalled.", [("past months", "DURATION", "PXM")]),
        ("The shop first opened on 7/8/07 in Ohio.", [("7/8/07", "DATE", "2007-07-08")]),
        ("This century has been calm for the town, but last century was not.",
         [("This century", "DATE", "20"), ("last century", "DATE", "19")]),
    ],
)
def test_timeml_kinds_round_7(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(nlp, text) == expected


def test_a_part_of_a_century_and_of_a_day_keep_their_mod(nlp: Language) -> None:
    text = "After nearly a quarter-century in office, he left by late afternoon."
    records = {r.text: (r.value, r.mod) for r in extract_times(nlp(text), WED, text)}
    assert records == {"nearly a quarter-century": ("P25Y", "LESS_THAN"), "late afternoon": ("2024-11-13TAF", "END")}


def test_the_end_of_the_week_told_ahead_is_not_a_week_gone() -> None:
    # After "unveiled on Sunday" (the week before), "hopes to pass it by the end of the week" is this week.
    narrative = Narrative().told("2024-11-10", "Sunday", 0)
    assert normalize("by the end of the week", WED, 1, narrative) == normalize("by the end of the week", WED, 1)
    assert normalize("by the end of the week", WED, -1, narrative).value == "2024-W45"  # type: ignore[union-attr]


def test_a_two_digit_year_takes_the_nearer_century() -> None:
    assert normalize("'23", WED).value == "2023"  # type: ignore[union-attr]
    assert normalize("'86", WED).value == "1986"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "current" dates a state of affairs (TimeML PRESENT_REF, as MEANTIME marks it), not a role or a thing.
        ("Given the current weakened state of the economy, the plant will wait.",
         [("current", "DATE", "PRESENT_REF")]),
        ("Lenders grew cautious under the current circumstances.", [("current", "DATE", "PRESENT_REF")]),
        ("The board blamed the current financial crisis.", [("current", "DATE", "PRESENT_REF")]),
        ("The current chairman resigned and the current flag stays.", []),
        ("The firm's current contract runs out.", []),
        # "at present", "the present": PRESENT_REF ("present" alone before a noun is not one).
        ("At present the airline flies 91 aircraft.", [("present", "DATE", "PRESENT_REF")]),
        ("The coach stayed focused on the present and won.", [("the present", "DATE", "PRESENT_REF")]),
        ("The present owners sold the house.", []),
        # A day to come left open: TimeML's X placeholders, not a guessed date nor FUTURE_REF.
        ("Callers were told to phone back at a later time.", [("a later time", "DATE", "XXXX-XX-XX")]),
        ("Sentencing will take place at a later date.", [("a later date", "DATE", "XXXX-XX-XX")]),
        # "one day" told with a modal is some day to come (FUTURE_REF); elsewhere it is how long (P1D).
        ("The farmers hoped the cows would one day start producing milk.", [("one day", "DATE", "FUTURE_REF")]),
        ("He argued that one day the country might build cars again.", [("one day", "DATE", "FUTURE_REF")]),
        ("The index fell 600 points in one day.", [("one day", "DURATION", "P1D")]),
        ("The hearing took one day, and the judge will rule later.", [("one day", "DURATION", "P1D")]),
        # The last day of a run is the day narrated; a run of years (a sports season) is left alone.
        ("Trading on the exchange was suspended for a second consecutive day.",
         [("a second consecutive day", "DATE", "2024-11-13")]),
        ("It is the second straight year that the club missed the playoffs.", []),
    ],
)
def test_vague_and_open_references(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A rate per minute is a SET, as per hour or per day.
        ("The pumps pushed 300 litres onto the roof every minute.", [("every minute", "SET", "PT1M")]),
        # A plural unit with no count after "the coming", "the past": an open amount, never one unit.
        ("Planners expect the coast to change in the coming decades.", [("the coming decades", "DATE", "FUTURE_REF")]),
        ("Fares have crept up over the past decades.", [("the past decades", "DURATION", "PXY")]),
        ("The feud between the two clans lasted several decades.", [("several decades", "DURATION", "PXY")]),
        ("The lease ran for two decades.", [("two decades", "DURATION", "P20Y")]),
        # A deadline told with "by" and no past tense lies ahead; in the past it is the one gone by.
        ("The aim is a vote by Friday, officials say.", [("Friday", "DATE", "2024-11-15")]),
        ("The forms had been signed by Friday.", [("Friday", "DATE", "2024-11-08")]),
        # The last week of a run, and the week a market report ranks, are the week narrated (here the paper's).
        ("Shares rose for a third week in a row.", [("a third week", "DATE", "2024-W46")]),
        ("The index closed its best week since March.", [("week", "DATE", "2024-W46"), ("March", "DATE", "2024-03")]),
        ("Prices fell for the fifth straight week.", [("the fifth straight week", "DATE", "2024-W46")]),
        ("The talks went on for a week.", [("a week", "DURATION", "P1W")]),
        ("Escaped inmate caught after week on the run", []),
        # A clock time given again in another zone, in brackets, still takes the day written after both.
        ("A tremor struck at 09:10 (0540 GMT) on Monday, the agency said.",
         [("09:10", "TIME", "2024-11-11T09:10"), ("0540 GMT", "TIME", "2024-11-11T05:40Z"),
          ("Monday", "DATE", "2024-11-11")]),
    ],
)
def test_timeml_kinds_round_11(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the past" is TimeML's PAST_REF as a noun only; as an adjective before a noun that is no unit of time it is
        # no TIMEX3 ("seasons" and "games" have no calendar value), and before a unit it is the unit's duration.
        ("The striker has scored in each of the past four seasons.", []),
        ("The club handed its coach two new contracts in the past season, then fired him.", []),
        ("Such storms were rarer in the past, the report says.", [("the past", "DATE", "PAST_REF")]),
        ("Groups that blocked the plan in the past will try again.", [("the past", "DATE", "PAST_REF")]),
        ("Rents have risen over the past three years.", [("the past three years", "DURATION", "P3Y")]),
        # "N units from now" counts ahead from the paper's date: a DATE, as "N units ago" counts back.
        ("Nobody can tell which road will look wiser ten years from now.", [("ten years from now", "DATE", "2034")]),
        ("The bond matures three months from now.", [("three months from now", "DATE", "2025-02")]),
        # "another year": one more unit, a DURATION; "another day" is mostly an idiom and is left alone.
        ("She chose to stay at the college for another year.", [("another year", "DURATION", "P1Y")]),
        ("Farmers braced for another week of road blockades.", [("another week", "DURATION", "P1W")]),
        ("For the staff it was just another day at the plant.", []),
        # "at the time of the fire" is the time of an event told beside it, not TimeML's vague past: no TIMEX3;
        # "at the time" alone stays PAST_REF.
        ("Nobody was inside the barn at the time of the fire.", []),
        # The first count of a range of amounts borrows the unit written after the second (each end a TIMEX3).
        ("The audit may last between 60 and 90 days.", [("60", "DURATION", "P60D"), ("90 days", "DURATION", "P90D")]),
        ("He will be out six to eight weeks.", [("six", "DURATION", "P6W"), ("eight weeks", "DURATION", "P8W")]),
        ("The mill was still small at the time, its owner recalls.", [("the time", "DATE", "PAST_REF")]),
    ],
)
def test_timeml_kinds_round_13(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A clock time takes the day of the part of a day written after it, as it takes a date's day.
        ("Witnesses said the bus left at 6 a.m. on Tuesday morning.",
         [("6 a.m.", "TIME", "2024-11-12T06:00"), ("Tuesday morning", "TIME", "2024-11-12TMO")]),
        # A decade written with an apostrophe is no possessive year; a possessive year stays the year.
        ("The firm grew in the early 1980's and shrank in the late 1990's.",
         [("the early 1980's", "DATE", "198"), ("the late 1990's", "DATE", "199")]),
        ("Sales beat 2010's record.", [("2010", "DATE", "2010")]),
        # Every year of a list, where the model tags only some.
        ("The fair was held in 1998, 2001 and 2004.",
         [("1998", "DATE", "1998"), ("2001", "DATE", "2001"), ("2004", "DATE", "2004")]),
        ("The singer toured in 2003 and 2006 (with a new band in 2006).",
         [("2003", "DATE", "2003"), ("2006", "DATE", "2006"), ("2006", "DATE", "2006")]),
        # A quarter of a game in a game report has no calendar value; a company's quarter keeps its own.
        ("The Hawks threw a touchdown late in the fourth quarter after an interception in the second quarter.", []),
        ("Profits fell in the fourth quarter.", [("the fourth quarter", "DATE", "2024-Q4")]),
        # Named hours after a hedge, and with the weekday written after them.
        ("The suspect was caught around midnight Saturday.",
         [("around midnight Saturday", "TIME", "2024-11-09T24:00")]),
        ("The store opened at around noon.", [("around noon", "TIME", "2024-11-13T12:00")]),
        # Weekdays in clauses about a deed still to come, though the sentence is past or present.
        ("Further losses are expected when markets reopen Friday.", [("Friday", "DATE", "2024-11-15")]),
        ("When the team opens the playoffs on Saturday, two starters will be out.",
         [("Saturday", "DATE", "2024-11-16")]),
        ("The government was preparing for the bill to be voted on Thursday.", [("Thursday", "DATE", "2024-11-14")]),
        ("The hearing has been postponed until Monday.", [("Monday", "DATE", "2024-11-18")]),
        # A plan told in the past perfect was a plan then: the weekday is the one gone by.
        ("She had expected to testify on Tuesday, but the trial stalled.", [("Tuesday", "DATE", "2024-11-12")]),
        # "so many years": an open amount, as "many years" is.
        ("The league spent so many years ignoring the problem.", [("so many years", "DURATION", "PXY")]),
        # "over" after an amount in brackets is the signal of the period the amount is spread over.
        ("The plan costs 5 billion euros ($6 billion) over four years.", [("four years", "DURATION", "P4Y")]),
    ],
)
def test_timeml_kinds_round_14(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(nlp, text) == expected


def test_a_24_hour_clock_with_hours_after_at() -> None:
    # Wire copy's "at 17:06 hours" is a time of day; the pattern asks for "at" ("lasted 2:30 hours" is how long).
    assert normalize("17:06 hours", WED).value == "2024-11-13T17:06"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The same period a year before, told against the period narrated (or the year before the one narrated).
        ("Revenue in the second quarter of 2024 fell from the prior-year period.",
         [("the second quarter of 2024", "DATE", "2024-Q2"), ("the prior-year period", "DATE", "2023-Q2")]),
        ("Sales rose 6% in October, against 2% in the year-ago month.",
         [("October", "DATE", "2024-10"), ("the year-ago month", "DATE", "2023-10")]),
        ("Costs beat the year-earlier third quarter.", [("the year-earlier third quarter", "DATE", "2023-Q3")]),
        # With nothing told to give it a grain, "the year-earlier quarter" is left rather than guessed.
        ("Margins were thin in the year-earlier quarter.", []),
        # "latest" and "most recent" are "last" (HeidelTime's normThisNextLast).
        ("Deliveries rose in the latest quarter.", [("the latest quarter", "DATE", "2024-Q3")]),
        ("Imports slid in the most recent quarter.", [("the most recent quarter", "DATE", "2024-Q3")]),
        # A bare half beside a company's figures is a half of its year; a half of a match is no TIMEX3.
        ("Output grew 4% in the first half.", [("the first half", "DATE", "2024-H1")]),
        ("The striker scored twice in the second half.", []),
        ("Both fielders fumbled the ball in the second half and the touchdown came after an interception.", []),
        # "this decade" is the paper's decade; "Later that night" and "earlier that week" are one TIMEX3 each,
        # valued as the night and week narrated; "that month" is the month narrated.
        ("Solar power will double this decade.", [("this decade", "DATE", "202")]),
        ("The ferry sank on June 2, 2021. Later that night, divers reached it.",
         [("June 2, 2021", "DATE", "2021-06-02"), ("Later that night", "TIME", "2021-06-02TNI")]),
        ("The mill shut on June 2, 2021. Earlier that week, its owner had left.",
         [("June 2, 2021", "DATE", "2021-06-02"), ("Earlier that week", "DATE", "2021-W22")]),
        ("The mill shut in March 2019 and was sold that month.",
         [("March 2019", "DATE", "2019-03"), ("that month", "DATE", "2019-03")]),
        # A hedge before "N units ago" mid-sentence belongs to the TIMEX3 and gives the date's mod.
        ("The bank was founded roughly three decades ago.", [("roughly three decades ago", "DATE", "199")]),
        # "the coming quarters" are the times ahead, as "the coming months" are; a counted run stays an amount.
        ("Margins should widen in coming quarters.", [("coming quarters", "DATE", "FUTURE_REF")]),
        ("Margins should widen over the next two quarters.", [("the next two quarters", "DURATION", "P2Q")]),
        # Left alone: "year-to-date" (no TimeML or HeidelTime convention found).
        ("The stock is up 14% year-to-date.", []),
    ],
)
def test_timeml_kinds_round_15(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A count given as "N or two" is open (PX...), as the ECB+ blocks g, k and l write it; "the next day" alone
        # stays the day after the one narrated.
        ("The crew expects the ferry back within a day or two.", [("a day or two", "DURATION", "PXD")]),
        ("In the next minute or two, smoke filled the hall.", [("the next minute or two", "DURATION", "PTXM")]),
        ("Repairs may take a week or two.", [("a week or two", "DURATION", "PXW")]),
        # "N and a half units" and "a unit and a half": ISO 8601's decimal on the last part.
        ("The mayor spent two and a half years in office.", [("two and a half years", "DURATION", "P2.5Y")]),
        ("The hearing ran an hour and a half.", [("an hour and a half", "DURATION", "PT1.5H")]),
        ("Talks dragged on for a year and a half.", [("a year and a half", "DURATION", "P1.5Y")]),
        # "single-day" is one day, as "one-day" is.
        ("Shares posted their steepest single-day fall.", [("single-day", "DURATION", "P1D")]),
        # "current" before a state of affairs, after "the" or a possessive; before a role it stays unmarked.
        ("Engineers still study the current problems with the pipeline.", [("current", "DATE", "PRESENT_REF")]),
        ("Readers can check the bills and their current status online.", [("current", "DATE", "PRESENT_REF")]),
        ("Their current coach joined in spring 2020.", [("spring 2020", "DATE", "2020-SP")]),
    ],
)
def test_timeml_kinds_round_16(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "span", "value", "mod"),
    [
        ("Firefighters had it out by 9 a.m. or so, the chief said.", "9 a.m. or so", "2024-11-13T09:00", "APPROX"),
        ("The shaking lasted about 20 seconds or so.", "about 20 seconds or so", "PT20S", "APPROX"),
        ("The vote took two hours or so.", "two hours or so", "PT2H", "APPROX"),
    ],
)
def test_or_so_after_an_amount_or_a_clock_is_approximate(
    nlp: Language, text: str, span: str, value: str, mod: str
) -> None:
    found = [(r.text, r.value, r.mod) for r in extract_times(nlp(text), WED, text) if r.kind != "span"]
    assert found == [(span, value, mod)]


@pytest.mark.parametrize(
    ("text", "span", "value", "mod"),
    [
        # "a little over" and "a little under" are hedges of the amount, in the span with its mod.
        ("The council met for a little over an hour.", "a little over an hour", "PT1H", "MORE_THAN"),
        ("The repairs took a little under three weeks.", "a little under three weeks", "P3W", "LESS_THAN"),
        ("The jury talked a little more than four hours.", "a little more than four hours", "PT4H", "MORE_THAN"),
        # "over" after a noun heads the period the deed takes place in: a signal, out of the span, no mod.
        ("The town will pay back the bonds over five years.", "five years", "P5Y", ""),
        ("Rents are at their highest in over a decade.", "over a decade", "P10Y", "MORE_THAN"),
    ],
)
def test_timeml_kinds_round_18_hedges(nlp: Language, text: str, span: str, value: str, mod: str) -> None:
    found = [(r.text, r.value, r.mod) for r in extract_times(nlp(text), WED, text) if r.kind != "span"]
    assert found == [(span, value, mod)]


def test_the_same_date_is_the_day_narrated(nlp: Language) -> None:
    text = "The mill opened on June 4, 1921. That is the same date the town got its charter."
    assert _found(nlp, text) == [("June 4, 1921", "DATE", "1921-06-04"), ("the same date", "DATE", "1921-06-04")]
