"""Place keys (issue 20): one key per place, whatever name GeoNames or the gazetteer writes it with."""

from __future__ import annotations

from storyline.resolve.places import compatible_places, known_city, place_key


def test_a_city_by_its_other_names_is_one_city() -> None:
    assert place_key("Lyons") == place_key("Lyon")
    assert place_key("Lyon").endswith(":FRA")


def test_a_state_by_its_name_is_the_state_and_its_capital_a_city() -> None:
    assert place_key("France") == "state:FRA"
    assert place_key("Paris") != "state:FRA"


def test_an_administrative_division_is_not_its_city() -> None:
    assert place_key("Lyon County") != place_key("Lyon")


def test_places_compare_when_equal_or_one_is_unstated() -> None:
    assert compatible_places("", "state:FRA") and not compatible_places(place_key("Lyon"), "state:FRA")


def test_a_large_city_is_known_by_its_name() -> None:
    assert known_city("Marseille") and not known_city("Quillan")


def test_a_sea_is_its_name_and_never_a_city() -> None:
    # GeoNames' SEA and OCN designations name the kind: "the Caspian Sea" is the Caspian; "the North Sea" is no
    # city called North, and a gulf keeps its word ("the Gulf of Aden" is no Aden)
    assert place_key("the Caspian Sea") == place_key("Caspian") == place_key("the Caspian")
    assert not place_key("the North Sea").startswith("city:")
    assert place_key("the Gulf of Aden") != place_key("Aden")
