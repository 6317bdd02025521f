"""Article metadata as layers: what the input says, then the manifest, then the command-line flags."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date


@dataclass(frozen=True)
class Meta:
    """Metadata one layer gives; None (or an empty byline) means "this layer does not say"."""

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    byline: tuple[str, ...] = ()

    def over(self, base: Meta) -> Meta:
        """This layer on top of ``base``: every field this layer sets wins."""
        changes = {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name)}
        return replace(base, **changes)


def parse_date(value: str) -> date | None:
    """An ISO date (a datetime's date part is accepted); None when the value is not one."""
    value = value.strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
