"""A state's own record in the Phoenix countries dictionary (its names, its capital, its dated membership of the
Soviet Union) is no office a person or a body holds."""

from __future__ import annotations

from datetime import date

from storyline.resolve.knowledge import load_knowledge


def test_a_name_like_a_states_capital_holds_no_office() -> None:
    assert load_knowledge().office_code("Ashgabat") is None


def test_a_leader_still_holds_the_office_the_dictionary_dates() -> None:
    code = load_knowledge().office_code("Vladimir Putin", [date(2015, 6, 1)])
    assert code is not None and code.startswith("RUS")
