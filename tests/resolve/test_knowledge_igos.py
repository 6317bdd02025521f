"""International organisations coded as the Phoenix International dictionary codes them: the project's own additions
(``data/phoenix/recent.actors.txt``) give the spellings Phoenix lacks the same code, never another one."""

from __future__ import annotations

import pytest

from storyline.resolve.knowledge import load_knowledge


@pytest.mark.parametrize("name", ["G7", "G-7", "Group of Seven"])
def test_the_group_of_seven_is_phoenix_igogos(name: str) -> None:
    # Phoenix.International.actors.txt: GROUP_OF_SEVEN_ +G_7_ [IGOGOS] (the Group of Seven, without Russia).
    assert load_knowledge().organisation_code(name) == "IGOGOS"


@pytest.mark.parametrize(
    ("name", "code"),
    [("World Health Organisation", "IGOUNOHLHWHO"), ("World Health Organization", "IGOUNOHLHWHO")],
)
def test_british_isation_finds_the_dictionaries_ization(name: str, code: str) -> None:
    # Phoenix.International.actors.txt writes WORLD_HEALTH_ORGANIZATION_; British outlets write "Organisation".
    assert load_knowledge().organisation_code(name) == code


@pytest.mark.parametrize("name", ["European Central Bank", "ECB"])
def test_the_european_central_bank_is_an_eu_institution(name: str) -> None:
    # Coded as Phoenix codes the European Commission: IGOEUREEC (primary code IGOEUR).
    assert load_knowledge().organisation_code(name) == "IGOEUREEC"
