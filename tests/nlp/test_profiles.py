"""Choosing the role to show for a person among those an article gives."""

from __future__ import annotations

from storyline.nlp.profiles import pick_profile


def test_current_role_then_affiliation_then_first() -> None:
    assert pick_profile([]) == (None, None)
    assert pick_profile([(None, None)]) == (None, None)
    assert pick_profile([("ex-minister", None), ("adviser", None)]) == ("adviser", None)
    assert pick_profile([("former envoy", "Foreign Office"), ("chair", None)]) == ("chair", None)
    assert pick_profile([("adviser", None), ("adviser", "Bank of Oslo")]) == ("adviser", "Bank of Oslo")
    assert pick_profile([("analyst", None), ("economist", None)]) == ("analyst", None)
