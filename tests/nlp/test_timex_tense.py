"""The tense a time is told in (nlp/timex_tense.py): whether a day or month without its year lies ahead of the paper
or behind it, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.language import Language

from storyline.nlp.extensions import register_extensions
from storyline.nlp.times import extract_times
from storyline.settings import DEFAULT_MODEL

PAPER = date(2024, 6, 18)  # a Tuesday


@pytest.fixture(scope="module")
def nlp() -> Language:
    register_extensions()
    return spacy.load(DEFAULT_MODEL)


def _values(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(r.text, r.value or "") for r in extract_times(nlp(text), PAPER, text) if r.kind != "span"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time appointed in the passive lies ahead, whatever the tense of the appointing
        ("The judge heard the case, and a trial date was set for November 4.", [("November 4", "2024-11-04")]),
        ("A retrial was slated for September 9 at the county court.", [("September 9", "2024-09-09")]),
        ("The new bridge is set for August 2.", [("August 2", "2024-08-02")]),
        # a past participle alone before or after its noun tells a deed done: the month before the paper
        ("The levy, approved in November, raised the fares.", [("November", "2023-11")]),
        ("The map drawn in September showed two new roads.", [("September", "2023-09")]),
    ],
)
def test_the_tense_of_an_appointed_time_and_of_a_bare_participle(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _values(nlp, text) == expected


def test_a_past_perfect_appointment_and_a_present_state_keep_their_reading(nlp: Language) -> None:
    # "had been set for" tells a plan that was; a present state with "as of" is this year's month
    assert _values(nlp, "The sale had been set for May 2 before it fell through.") == [("May 2", "2024-05-02")]
    assert _values(nlp, "As of February, the shop sells half the town's bread.") == [("February", "2024-02")]
