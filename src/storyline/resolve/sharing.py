"""Records a story keeps share their strings: a quote or a number that a thousand reprints repeat is held once.

The resolvers read every analysis afresh from the store, so each decoded record carries its own copy of every
string. What a story keeps (quotes, claims, event sources, mention links) lives as long as the story, and on a
pile of reprinted wire copy most of it is the same text many times over; interning it keeps the story's memory
close to its distinct content.
"""

from __future__ import annotations

import dataclasses
import sys
from typing import Any, TypeVar

T = TypeVar("T")


def compact(record: T) -> T:
    """``record`` with every string (also in nested records and tuples of records) interned."""
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(record):  # type: ignore[arg-type]
        value = getattr(record, f.name)
        if type(value) is str:
            new: Any = sys.intern(value)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            new = compact(value)
        elif isinstance(value, tuple) and value and dataclasses.is_dataclass(value[0]):
            new = tuple(compact(item) for item in value)
        elif isinstance(value, tuple) and value and type(value[0]) is str:
            new = tuple(sys.intern(item) for item in value)
        else:
            continue
        if new is not value:
            changes[f.name] = new
    return dataclasses.replace(record, **changes) if changes else record  # type: ignore[type-var]


def shared(text: str) -> str:
    """One copy of ``text`` for the whole story."""
    return sys.intern(text)
