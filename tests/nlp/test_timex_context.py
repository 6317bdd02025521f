"""Readings that hang on the words around a time (timex_context): "over" as the period a deed takes place in."""

from __future__ import annotations

import pytest

from storyline.nlp.timex_context import spread_over


def _after_over(text: str) -> str | None:
    start = text.lower().index("over")
    end = text.index("years") + len("years")
    found = spread_over(text, start, end)
    return None if found is None else text[found:end]


@pytest.mark.parametrize(
    "text",
    [
        "The council will repay the loans over four years.",  # after a noun: the period of the repaying
        "Errors made by the board over ten years cost the town dearly.",
        "The lender gave $40 million over six years.",  # after an amount, as before
    ],
)
def test_over_after_a_noun_or_a_deed_is_a_signal(text: str) -> None:
    assert _after_over(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Rents hit their highest level in over five years.",  # after a preposition
        "The strike lasted over two years.",  # a verb that measures a length
        "Over three years had passed.",  # a clause that opens with it
        "The mill closed just over six years ago.",  # a hedge, and a count from now
        "The club grew over eight years ago, the founder said.",  # "ago": the count is hedged
    ],
)
def test_over_as_more_than_stays_a_hedge(text: str) -> None:
    assert _after_over(text) is None
