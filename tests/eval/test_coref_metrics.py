"""MUC, B³ and CEAF-e against the values the CoNLL reference scorer documents."""

from __future__ import annotations

import pytest

from storyline.eval.coref_metrics import Cluster, b_cubed, ceaf_e, muc


def clusters(*groups: str) -> list[Cluster]:
    return [frozenset(g) for g in groups]


# Pradhan et al. (2014), the worked example of the reference scorer's paper: key {abc}{defg}, response
# {ab}{cd}{fghi} (e missed, h and i extra).
KEY, RESPONSE = clusters("abc", "defg"), clusters("ab", "cd", "fghi")


def test_muc_of_the_paper_example() -> None:
    c = muc(KEY, RESPONSE)
    assert (c.recall, c.precision) == pytest.approx((2 / 5, 2 / 5))


def test_b_cubed_of_the_paper_example() -> None:
    c = b_cubed(KEY, RESPONSE)
    assert (c.recall, c.precision) == pytest.approx((35 / 84, 1 / 2))


def test_ceaf_e_of_the_paper_example() -> None:
    c = ceaf_e(KEY, RESPONSE)
    assert (c.recall, c.precision) == pytest.approx((1.3 / 2, 1.3 / 3))


# test/CorefMetricTestConfig.pm of the reference scorer: key {a}{bc}{def} (TestCase.key).
REF_KEY = clusters("a", "bc", "def")


@pytest.mark.parametrize(
    ("response", "recall", "precision", "f1"),
    [
        (clusters("a", "bc", "def"), 1.0, 1.0, 1.0),  # TC1
        (clusters("a", "de"), 0.6, 0.9, 0.72),  # TC2: missing mentions and entities
        (clusters("a", "bcx", "defy", "z"), 0.88571, 0.66429, 0.75918),  # TC3: false alarms
        (clusters("a", "bcx", "dy", "z"), 0.73333, 0.55, 0.62857),  # TC4: both
    ],
)
def test_ceaf_e_of_the_reference_test_cases(
    response: list[Cluster], recall: float, precision: float, f1: float
) -> None:
    c = ceaf_e(REF_KEY, response)
    assert (c.recall, c.precision, c.f1) == pytest.approx((recall, precision, f1), abs=1e-5)


def test_perfect_and_singletons() -> None:
    assert muc(REF_KEY, REF_KEY).f1 == b_cubed(REF_KEY, REF_KEY).f1 == 1.0
    # All singletons: MUC has no links to find (0, as the reference scorer gives), B³ precision is perfect.
    alone = clusters("a", "b", "c", "d", "e", "f")
    assert muc(REF_KEY, alone).f1 == 0.0
    assert b_cubed(REF_KEY, alone).precision == 1.0


def test_counts_add_up_across_groups() -> None:
    one, two = b_cubed(KEY, RESPONSE), b_cubed(REF_KEY, clusters("a", "de"))
    both = b_cubed([*KEY, *clusters("A", "BC", "DEF")], [*RESPONSE, *clusters("A", "DE")])
    summed = one + two
    assert (summed.recall, summed.precision) == pytest.approx((both.recall, both.precision))
