"""Publication stamp lines: what is read as a date and what is not (lines written for the test)."""

from __future__ import annotations

from datetime import date

import pytest

from storyline.ingest.stamps import Stamp, read_stamp


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Published: March 14, 2019", date(2019, 3, 14)),
        ("PUBLISHED: SATURDAY, MARCH 16, 2019, 4:05 PM", date(2019, 3, 16)),
        ("Posted on 3rd February 2018 at 09:12", date(2018, 2, 3)),
        ("Published: 21:40 GMT, 8 October 2016", date(2016, 10, 8)),
        ("First Posted: 10 / 23 / 17 07:15 PM ET", date(2017, 10, 23)),
        ("Posted 10/30/2017 6:02 AM", date(2017, 10, 30)),
        ("published: 2016 - 02 - 19 10:01: 44", date(2016, 2, 19)),
        ("Date: 11 April 2015", date(2015, 4, 11)),
        ("Published on: Sat, 12 Sep 2015 at 08:20 IST", date(2015, 9, 12)),
        ("Last updated 17:05 23 / 08 / 2014", None),
    ],
)
def test_a_publication_word_and_a_full_date_make_a_stamp(line: str, published: date | None) -> None:
    stamp = read_stamp(line)
    assert stamp is not None and stamp.published == published


def test_the_first_publication_and_the_update_are_both_read() -> None:
    stamp = read_stamp("PUBLISHED: 08:10 GMT, 4 May 2016 | UPDATED: 19:30 GMT, 5 May 2016")
    assert stamp == Stamp(published=date(2016, 5, 4), updated=date(2016, 5, 5))


def test_a_date_before_the_word_is_the_word_s() -> None:
    # "4 March 2014 Last updated at 10:15 GMT"; "Tuesday, Jun 3, 2014 | Updated 7:20 PM EDT"
    assert read_stamp("4 March 2014 Last updated at 10:15 GMT") == Stamp(updated=date(2014, 3, 4))
    assert read_stamp("Tuesday, Jun 3, 2014 | Updated 7:20 PM EDT") == Stamp(updated=date(2014, 6, 3))


def test_an_update_alone_gives_its_date() -> None:
    assert read_stamp("Updated 6 / 6 / 2012 2:15 PM") == Stamp(updated=date(2012, 6, 6))


@pytest.mark.parametrize(
    "line",
    [
        "Updated 4:08 p. m. ET",  # a time, no date
        "Updated Thursday, Feb 6 at 4:40 PM",  # no year
        "March 14, 2019",  # no publication word
        "A poll published on March 14, 2019 gave the mayor a lead.",  # a sentence mentioning a publication
        "Posted 2 years, 41 days ago",
        "Posted on 06.04.2016",  # day or month first: nothing on the line says which
        "Published: 14/30/2019",  # no such date
    ],
)
def test_no_stamp_without_a_word_and_a_full_date(line: str) -> None:
    assert read_stamp(line) is None


def test_an_ambiguous_numeric_date_is_month_first_only_with_a_us_clock_or_zone() -> None:
    assert read_stamp("Posted 04 / 06 / 2016 9:10 PM") == Stamp(published=date(2016, 4, 6))
    assert read_stamp("Posted 04 / 06 / 2016 21:10 EDT") == Stamp(published=date(2016, 4, 6))
    assert read_stamp("Posted 04 / 06 / 2016 21:10") is None
    assert read_stamp("Posted 24 / 06 / 2016 21:10") == Stamp(published=date(2016, 6, 24))
