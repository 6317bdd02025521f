"""Which of the roles an article gives a person to show: shared by the quotes component and the story level."""

from __future__ import annotations

import re
from collections.abc import Sequence

_PAST = re.compile(r"^(?:former|ex-|then-|onetime|one-time)", re.IGNORECASE)


def pick_profile(options: Sequence[tuple[str | None, str | None]]) -> tuple[str | None, str | None]:
    """(title, affiliation): a current role over a former one, then one with an affiliation, then the first given."""
    given = [o for o in options if o[0] or o[1]]
    if not given:
        return None, None
    ranked = sorted(
        enumerate(given),
        key=lambda io: (bool(io[1][0] and _PAST.match(io[1][0])), io[1][1] is None, io[1][0] is None, io[0]),
    )
    return ranked[0][1]
