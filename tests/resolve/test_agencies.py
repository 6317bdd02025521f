"""Measuring agencies named after their state (issue 20): one key however the state is written."""

from __future__ import annotations

from storyline.resolve.agencies import state_agency


def test_an_agency_named_after_its_state_is_keyed_by_the_states_code() -> None:
    spaced = state_agency("the U. K. Met Office in Exeter")
    assert spaced == state_agency("United Kingdom Met Office") == state_agency("the UK Met Office")
    assert spaced is not None and spaced.startswith("gbr")


def test_other_agencies_keep_their_own_names() -> None:
    assert state_agency("the Geophysics Institute of Tehran University") is None
    assert state_agency("Ankara's seismological centre") is None  # a capital is no state here
