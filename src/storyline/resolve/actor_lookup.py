"""Names to actors: the look-up behind ActorIndex.resolve for a name that is not a linked mention.

Tried in order: the name or an alias as written; the name without its title ("then-President Donald
Trump", "Chairman of the Workers' Party of Korea Kim Jong Un" -> the person whose name ends it); a state
by any gazetteer name ("the Democratic People's Republic of Korea"); a leader description ("North
Korea's leader" -> the person who acts for that state); the name without leading lower-case words
("the official Korean Central News Agency").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from storyline.model import Actor
from storyline.resolve.gazetteer import Gazetteer
from storyline.resolve.names import name_key
from storyline.resolve.person_names import person_key

_DESCRIPTION = re.compile(r"^(?:the\s+)?(?P<state>.+?)(?:['’]s)?\s+(?P<role>[a-z][\w -]*)$", re.IGNORECASE)


class NameLookup:
    """Every name an actor is known by, folded, with the fallbacks above."""

    def __init__(self, actors: Sequence[Actor], gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.actors = {a.id: a for a in actors}
        self.by_name: dict[str, list[str]] = defaultdict(list)
        self.people: dict[str, list[str]] = defaultdict(list)
        self.by_code = {a.code: a.id for a in actors if a.code}
        self.leaders: dict[str, list[str]] = defaultdict(list)
        for actor in actors:
            for text in (actor.name, *(a.text for a in actor.aliases)):
                key = name_key(text)
                if key and actor.id not in self.by_name[key]:
                    self.by_name[key].append(actor.id)
                if actor.type == "person" and len(key.split()) >= 2 and actor.id not in self.people[person_key(text)]:
                    self.people[person_key(text)].append(actor.id)
            if actor.type == "person" and actor.acts_for:
                self.leaders[actor.acts_for].append(actor.id)

    def _pick(self, ids: Iterable[str], article_id: str | None) -> str | None:
        ids = list(dict.fromkeys(ids))
        if len(ids) <= 1:
            return ids[0] if ids else None
        local = [i for i in ids if article_id in self.actors[i].articles]
        if len(local) == 1:
            return local[0]
        return max(local or ids, key=lambda i: self.actors[i].mentions)

    def find(self, text: str, article_id: str | None = None) -> str | None:
        """The actor a name stands for, or None."""
        key = name_key(text)
        if not key:
            return None
        found = self._pick(self.by_name.get(key, ()), article_id)
        if found:
            return found
        words = [w for w in key.split() if len(w) > 1]  # initials fold away as person_key does
        for i in range(len(words) - 1):
            found = self._pick(self.people.get(" ".join(words[i:]), ()), article_id)
            if found:
                return found
        entry = self.gazetteer.lookup(text)
        if entry is not None:
            found = (
                self.by_code.get(entry.code)
                if entry.code
                else self._pick(self.by_name.get(name_key(entry.name), ()), article_id)
            )
            if found:
                return found
        found = self._leader(text, article_id)
        if found:
            return found
        plain = text.split()
        while plain and (plain[0][:1].islower() or plain[0].lower() == "the"):
            plain = plain[1:]
        if plain and len(plain) < len(text.split()):
            return self._pick(self.by_name.get(name_key(" ".join(plain)), ()), article_id)
        return None

    def _leader(self, text: str, article_id: str | None) -> str | None:
        match = _DESCRIPTION.match(text.strip())
        if not match or match.group("role").lower() not in self.gazetteer.leader_titles:
            return None
        entry = self.gazetteer.lookup(match.group("state"))
        if entry is None or entry.code is None:
            return None
        return self._pick(self.leaders.get(f"state:{entry.code}", ()), article_id)
