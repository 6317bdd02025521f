"""The ECB+ text rebuilt for the numbers eval (issue 20): numbers the corpus split are glued back as the outlet
wrote them; token lists written for these tests."""

from __future__ import annotations

from storyline.eval.numbers_corpus import _glued


def test_decimals_and_thousands_are_glued() -> None:
    assert _glued(["magnitude", "6", ".", "1", "quake"]) == ["magnitude", "6.1", "quake"]
    assert _glued(["2", ",", "000", "tents"]) == ["2,000", "tents"]


def test_a_currency_sign_and_a_scale_letter_stay_with_the_sum() -> None:
    assert _glued(["a", "$3", ".", "4", "-", "million", "haul"]) == ["a", "$3.4", "-", "million", "haul"]
    assert _glued(["worth", "£2", ".", "9m"]) == ["worth", "£2.9m"]
    assert _glued(["a", "€12", ".", "5bn", "loan"]) == ["a", "€12.5bn", "loan"]


def test_a_sentence_end_before_a_number_is_not_a_decimal_point() -> None:
    assert _glued(["in", "2009", ".", "Then"]) == ["in", "2009", ".", "Then"]
    assert _glued(["scored", "4", ".", "5", "goals"]) == ["scored", "4.5", "goals"]
