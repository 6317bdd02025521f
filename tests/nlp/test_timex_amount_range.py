"""The first count of a range of amounts takes the unit written after the second (timex_amount_range.py), on
sentences written for the test and records built by hand."""

from __future__ import annotations

import pytest

from storyline.model import TimeExpr
from storyline.nlp.timex_amount_range import range_first_ends


def _amount(text: str, words: str, value: str) -> TimeExpr:
    start = text.index(words)
    end = start + len(words)
    return TimeExpr(start=start, end=end, sent=0, text=words, value=value, kind="duration", type="DURATION")


@pytest.mark.parametrize(
    ("text", "words", "value", "expected"),
    [
        ("The review should take between 30 and 45 days.", "45 days", "P45D", [("30", "P30D"), ("45 days", "P45D")]),
        ("The striker will miss four to six weeks.", "six weeks", "P6W", [("four", "P4W"), ("six weeks", "P6W")]),
        ("Rates held steady for 15-20 years.", "20 years", "P20Y", [("15", "P15Y"), ("20 years", "P20Y")]),
        ("Repairs need 36 to 48 hours.", "48 hours", "PT48H", [("36", "PT36H"), ("48 hours", "PT48H")]),
        # Decades are counted in years, and so is the first end.
        (
            "The drought may last two to three decades.",
            "three decades",
            "P30Y",
            [("two", "P20Y"), ("three decades", "P30Y")],
        ),
        # "or" is one uncertain count, not a range; ages are no time; a lone amount stays alone.
        ("She lived there five or six years.", "six years", "P6Y", [("six years", "P6Y")]),
        ("Two men between 20 and 30 years old were held.", "30 years", "P30Y", [("30 years", "P30Y")]),
        ("Pupils 11 to 14 years of age took part.", "14 years", "P14Y", [("14 years", "P14Y")]),
        ("Trainees aged 16-18 years may apply.", "18 years", "P18Y", [("18 years", "P18Y")]),
        ("The permit runs 10 years.", "10 years", "P10Y", [("10 years", "P10Y")]),
    ],
)
def test_the_first_end_borrows_the_unit(text: str, words: str, value: str, expected: list[tuple[str, str]]) -> None:
    found = range_first_ends(text, [_amount(text, words, value)])
    assert [(r.text, r.value) for r in found] == expected
    assert all(r.type == "DURATION" and text[r.start : r.end] == r.text for r in found)


def test_a_first_end_already_read_is_not_read_twice() -> None:
    text = "The audit will take between 60 and 90 days."
    first = _amount(text, "60", "P60D")
    found = range_first_ends(text, [first, _amount(text, "90 days", "P90D")])
    assert [(r.text, r.value) for r in found] == [("60", "P60D"), ("90 days", "P90D")]
