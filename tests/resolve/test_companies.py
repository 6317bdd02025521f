"""A company's code from its description and its name (resolve.companies) and the dictionaries' companies under
the names news gives them (resolve.knowledge)."""

from __future__ import annotations

import pytest

from storyline.resolve.companies import company_code, listed_by_trade_name, named_as_company
from storyline.resolve.gazetteer import load_gazetteer
from storyline.resolve.knowledge import company_key, load_knowledge


@pytest.mark.parametrize(
    ("name", "roles", "homes", "code"),
    [
        ("Aer Lingus", ["airline"], ["IRL"], "MNCIRL"),  # "Irish national airline Aer Lingus"
        ("Qatar Airways", [], [], "MNCQAT"),  # a business noun ends the name, a state opens it
        ("Air Canada", [], [], "MNCCAN"),
        ("Acme Ltd", [], ["GBR"], "MNCGBR"),  # a legal form
        ("Nordvik", ["airline"], [], None),  # a company, but its state is never guessed
        ("Nordvik", [], ["DNK"], None),  # a state, but nothing says it is a company
        ("Bank of Canada", [], [], None),  # a state's bank
        ("United States Air Force", [], [], None),
    ],
)
def test_company_code(name: str, roles: list[str], homes: list[str], code: str | None) -> None:
    assert company_code(name, roles, homes, load_gazetteer()) == code


def test_named_as_company() -> None:
    assert named_as_company("Ford Motor Company") and named_as_company("Korean Air")
    assert not named_as_company("Airbus") and not named_as_company("Industry Canada")


def test_dictionary_companies_without_their_legal_form() -> None:
    knowledge = load_knowledge()
    assert company_key("Apple Inc.") == "apple"
    assert knowledge.organisation_code("Apple") == "MNCUSA"
    assert knowledge.organisation_code("Ford Motor Company") == "MNCUSA"
    assert knowledge.organisation_code("Daewoo Motors") == "MNCKOR"


def test_companies_the_dictionaries_lack_carry_their_home_state() -> None:
    """recent.actors.txt: companies news names often that Phoenix does not list, under their usual names."""
    knowledge = load_knowledge()
    assert knowledge.organisation_code("Airbus") == "MNCFRA"
    assert knowledge.organisation_code("General Motors Corporation") == "MNCUSA"
    assert knowledge.organisation_code("GM") == "MNCUSA"
    assert knowledge.organisation_code("Apple Computer") == "MNCUSA"
    assert knowledge.organisation_code("Apple Corps") == "MNCGBR"
    assert knowledge.organisation_code("DaimlerChrysler AG") == "MNCDEU"
    assert knowledge.organisation_code("Nordvik") is None  # a company nobody lists keeps no code


@pytest.mark.parametrize(
    ("name", "code"),
    [("Cisco", "MNCUSA"), ("VTB Group", "MNCRUS"), ("Gazprom", "MNCRUS"), ("Qantas", "MNCAUS")],
)
def test_round_ev38_companies_carry_their_home_state(name: str, code: str) -> None:
    assert load_knowledge().organisation_code(name) == code


def test_national_bodies_the_dictionaries_lack() -> None:
    knowledge = load_knowledge()
    assert knowledge.organisation_code("USAF") == "USAMIL"
    assert knowledge.organisation_code("United Auto Workers") == "USALAB"


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("AirTran Airways", "MNCUSA"),  # Phoenix lists AIRTRAN_HOLDINGS_: the trade name with another business word
        ("Qatar Airways", None),  # a state's name is placed by the name itself, not by a company of that state
        ("Korean Air", None),  # nothing to drop
        ("Nordvik Airlines", None),  # no listed company of that trade name
    ],
)
def test_listed_by_trade_name(name: str, code: str | None) -> None:
    assert listed_by_trade_name(name, load_gazetteer()) == code
