"""Why a story event's reports were merged, in words: the brief's timeline and ``storyline timeline --explain``."""

from __future__ import annotations

from collections.abc import Mapping

from storyline.model import StoryEvent


def _participants(event: StoryEvent, names: Mapping[str, str]) -> str:
    if event.merge is None:
        return ""
    by_role: dict[str, list[str]] = {}
    for item in event.merge.participants:
        role, _, actor_id = item.partition(" ")
        by_role.setdefault(role, []).append(names.get(actor_id, actor_id))
    parts = []
    if by_role.get("actor"):
        parts.append(", ".join(by_role["actor"]) + " acting")
    if by_role.get("recipient"):
        parts.append(", ".join(by_role["recipient"]) + " as target")
    return "; ".join(parts) or "no named participant"


def why_merged(event: StoryEvent, names: Mapping[str, str]) -> str | None:
    """One line saying what the merged reports agree on, or None for an event with one report."""
    why = event.merge
    if why is None:
        return None
    act = f" ({why.act})" if why.act else ""
    text = (f"merged: same participants ({_participants(event, names)}), dates {' / '.join(why.dates)}, "
            f"same act{act}: {', '.join(why.triggers)}")  # fmt: skip
    return text + (f"; {'; '.join(why.notes)}" if why.notes else "")


def explain(event: StoryEvent, names: Mapping[str, str]) -> list[str]:
    """Lines for ``storyline timeline KB --explain EVENT``: the event, each report, and why they are one."""
    who = ", ".join(names.get(a, a) for a in event.actors) or "(no actor)"
    whom = ", ".join(names.get(r, r) for r in event.recipients)
    lines = [
        f"{event.id}: {event.type} ({event.modality}) {who}{' → ' + whom if whom else ''}, "
        f"{event.date or 'undated'}{' [background]' if event.background else ''}",
    ]
    triggers = {(t.article_id, t.sent): t.text for t in event.triggers}
    lines.append(f"{len(event.sources)} report(s):")
    for source in event.sources:
        word = triggers.get((source.article_id, source.sent), "")
        lines.append(f"  {source.outlet or source.article_id} [{word}]: {' '.join(source.text.split())}")
    why = event.merge
    if why is None:
        lines.append("One report: nothing was merged.")
        return lines
    lines += [
        "Merged because every report has:",
        f"  the same kind: {event.type}, {event.modality}",
        f"  the same participants in the same roles: {_participants(event, names)} (people count as their state)",
        f"  compatible dates: {', '.join(why.dates)}",
        f"  the same act{f' ({why.act})' if why.act else ''}: {', '.join(why.triggers)}",
    ]
    lines += [f"  note: {note}" for note in why.notes]
    return lines
