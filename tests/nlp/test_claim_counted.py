"""What a number counts when the words around it mislead (issue 20), on sentences written for these tests:
hyphened compounds, a parent's children, dates in figures, a named subject's record, selections, "or" orders."""

from __future__ import annotations

import pytest
from spacy.language import Language

from storyline.model import Claim


@pytest.fixture(scope="module")
def nlp(claims_pipeline: Language) -> Language:
    return claims_pipeline


def _claims(nlp: Language, text: str) -> list[Claim]:
    return list(nlp(text)._.claims)


def _claim(nlp: Language, text: str, number: str) -> Claim:
    [claim] = [c for c in _claims(nlp, text) if c.text.lower().startswith(number.lower())]
    return claim


@pytest.mark.parametrize(
    "text",
    ["The baker shot two co-workers before noon.", "The baker shot two co - workers before noon."],
)
def test_a_hyphened_compound_counts_its_last_noun(nlp: Language, text: str) -> None:
    claim = _claim(nlp, text, "two")
    assert claim.counted.replace(" ", "") == "co-workers"
    assert claim.predicate == "shoot"


def test_a_participle_compound_counts_the_noun_it_modifies(nlp: Language) -> None:
    claim = _claim(nlp, "Guards seized one rocket - propelled grenade from the van.", "one")
    assert claim.counted.endswith("grenade")


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("The mayor thanked two donors - local grocer Ames and a dentist.", "two", "donors"),
        ("The six-foot-five champion won.", "six", "foot"),
    ],
)
def test_a_dash_between_phrases_joins_no_compound(nlp: Language, text: str, number: str, counted: str) -> None:
    assert _claim(nlp, text, number).counted == counted


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("A Dayton mother of nine was struck by a falling branch on Sunday.", "nine", "mother's children"),
        ("Elena Vos, a mother of 7, was hurt.", "7", "mother's children"),
        ("The pilot, a father of three boys, landed safely.", "three", "father's boys"),
        ("Workers rescued a dad of four from the lake.", "four", "father's children"),
        ("Footage of Dayton Mother of 9 Ella Vos was shown on Monday.", "9", "mother's children"),
    ],
)
def test_a_parent_of_n_counts_the_parents_children(nlp: Language, text: str, number: str, counted: str) -> None:
    claim = _claim(nlp, text, number)
    assert claim.counted == counted
    # what befell the parent, its date and its place befell no child
    assert (claim.predicate, claim.when, claim.where, claim.holder) == ("", "", None, None)


def test_a_parent_of_a_part_is_not_the_parents_children(nlp: Language) -> None:
    claim = _claim(nlp, "She is the mother of two of his five children.", "two")
    assert claim.counted != "mother's children"


def test_a_date_written_in_figures_is_no_claim(nlp: Language) -> None:
    assert _claims(nlp, "POSTED: 11 / 03 / 09, 7:15 AM EST") == []
    assert _claims(nlp, "Filed 03/11/2009 by the desk.") == []


def test_a_named_subject_of_a_level_verb_is_not_what_is_counted(nlp: Language) -> None:
    claim = _claim(nlp, "Boston College, which beat Kent State two days earlier, fell to 12 - 19.", "12")
    assert (claim.counted, claim.holder.text if claim.holder else None) == ("", "Boston College")
    assert _claim(nlp, "The death toll rose to 40 on Monday.", "40").counted == "death toll"


def test_the_wholes_of_two_selections_keep_their_selection(nlp: Language) -> None:
    next_games = _claim(nlp, "The Hawks won 14 of their next 20 games.", "20")
    last_games = _claim(nlp, "The Hawks lost six of their last 9 games.", "9")
    assert (next_games.scope, last_games.scope) == ("whole sel:next", "whole sel:last")
    assert _claim(nlp, "He made 28 of 41 shots.", "41").scope == "whole"


def test_two_orders_joined_by_or_are_one_span(nlp: Language) -> None:
    claim = _claim(nlp, "The worm may reach hundreds of thousands or millions of phones.", "hundreds")
    assert claim.kind == "order"
    assert (claim.low, claim.high) == (100_000, 10_000_000)
    assert claim.counted == "phones"
