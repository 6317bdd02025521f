"""Signs in a report's own words of which happening it tells: an act marked as an earlier one, a definite reference."""

from __future__ import annotations

import re

from storyline.model import Event

_EARLIER = frozenset({"previous", "previously", "prior"})
"""Words that put an act before the one the story reports ("a previous arrest", "had previously been charged",
"four prior arrests")."""
_PAST = frozenset({"had", "was", "were"})
"""Before "already", a past or past perfect: the act came before the time told ("who was already convicted", "had
already been targeted"); "has already arrested" is the news of the day."""
_COUNTS = frozenset({"once", "twice", "thrice", "times"})
"""Before "before", a count of earlier acts ("has twice before sued")."""
_PAIRS = frozenset({("already", w) for w in _PAST} | {("before", w) for w in _COUNTS})
_BETWEEN = 2
"""Words that may stand between the mark and the trigger ("previous DUI arrest", "previously been arrested")."""
_WORD = re.compile(r"[\w'’-]+|[^\w\s]")


def earlier_act(event: Event) -> bool:
    """Whether the report marks its act as an earlier one of its kind: "previous", "previously" or "prior" (not
    "prior to", which dates by another act) right before the trigger, with at most two words and no punctuation
    between, "already" after a past tense ("was already convicted"), or a count before "before" ("twice before
    sued"). Such a report is history the story looks back on,
    never the happening of the day another outlet reports with the same word ("Gray had previously been arrested"
    beside "Gray was arrested")."""
    offset = event.trigger.start - event.start
    if not 0 <= offset <= len(event.text):
        return False
    tokens = [t.lower() for t in _WORD.findall(event.text[:offset])]
    for back in range(1, min(len(tokens), _BETWEEN + 1) + 1):
        word = tokens[-back]
        if not word[0].isalnum():
            return False  # "had previous convictions, was found dead": the mark is another phrase's
        if word in _EARLIER:
            return not (word == "prior" and back > 1 and tokens[-back + 1] == "to")
        if back < len(tokens) and (word, tokens[-back - 1]) in _PAIRS:
            return True
    return False


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def refers_back(event: Event) -> bool:
    """Whether the trigger is a definite noun phrase's ("the protest began", "this attack"): a reference to a happening
    the text has told of, where a bare verb ("refused", "started shooting") tells an act of its own."""
    offset = event.trigger.start - event.start
    if not 0 <= offset <= len(event.text):
        return False
    tokens = _WORD.findall(event.text[:offset].lower())
    return bool(tokens) and tokens[-1] in _DEFINITE
