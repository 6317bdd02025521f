"""Signs in a report's own words of which happening it tells: an act marked as an earlier one, a definite reference."""

from __future__ import annotations

import re
from functools import lru_cache

from storyline.model import Event
from storyline.nlp.cameo_verbs import load_cameo_verbs
from storyline.nlp.event_vocab import load_vocabulary
from storyline.resolve.knowledge import load_agent_nouns

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


_HABIT = frozenset({"often", "usually", "routinely", "regularly", "frequently", "typically", "always", "sometimes",
                    "whenever", "generally"})  # fmt: skip
"""Adverbs of habit before a trigger: "police routinely arrest", "whenever they shoot"; a kind of act, not one."""
_KIND = frozenset({"such"})
"""Before the trigger, a kind named as a kind ("such attacks", "the second such arrest")."""
_ANYONE = frozenset({"people", "anyone", "anybody", "everyone", "everybody", "whoever"})
"""Participants that name no one, only whoever it may be ("arrest people who", "shoot anyone"); not "someone", which
is one person the text does not name ("was visiting someone")."""
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s"})
_NOT_BARE = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
                       "your", "some", "several", "many", "few", "two", "three", "four", "five", "six", "dozens",
                       "hundreds", "thousands", "at", "more", "all", "both", "no", "each", "every",
                       "other"})  # fmt: skip
"""Words that make the noun after a trigger a counted, named or definite group, not a kind ("shot three people",
"killing at least 10 people", "arrested all the suspects")."""
_PLURALS = frozenset({"people", "children", "men", "women", "kids"})
"""Plural people nouns not formed with "-s" from a noun of the people-noun lists, and "kids", which they lack."""
_STOP = frozenset({"with", "for", "from", "by", "of", "into", "to", "at", "on", "in", "and", "or", "as", "about", "up",
                   "out", "off", "down", "over", "them", "him", "her", "it", "us", "me", "you"})  # fmt: skip
"""Words that end the object right after a trigger before any plural noun ("pelting them with rocks",
"cooperating with prosecutors"): the plural after them is no object of the trigger."""
_SUBJECTS = frozenset({"they", "we", "you", "i", "police", "people"})
"""Subjects before a present that stand for whoever does it ("they arrest", "police shoot"), with plural people nouns
("guards shoot")."""
_PREPOSITIONS = frozenset({"in", "after", "before", "for", "of", "by", "from", "without", "since", "while", "on"})
"""Before a gerund, a preposition makes it a reference to a told act ("in destroying documents", "after receiving
reports"), not a remark of its own."""
_ADJECTIVES = 2
"""Words that may stand between a trigger and its bare plural object ("shooting little kids", "arrest young black
men")."""


def kind_level(event: Event) -> bool:
    """Whether the report tells a kind of act, not one happening: an adverb of habit right before the trigger ("police
    routinely arrest", "whenever they shoot"), "such" before it ("such attacks") or "like this" after it ("shootings
    like this"), or a trigger not in the past (a gerund with no form of "be" before it, a present) whose object is a
    bare plural or a word for whoever it may be ("walking around, shooting little kids", "they arrest people who
    protest", "fire at anyone"). Such a remark names no time and no one, so it is never the happening of the day
    another outlet reports with the same word; "police arrested protesters" (a past) and "shooting three people" (a
    number) stay acts."""
    offset = event.trigger.start - event.start
    end = event.trigger.end - event.start
    if not 0 <= offset <= end <= len(event.text):
        return False
    before = [t.lower() for t in _WORD.findall(event.text[:offset])]
    after = _WORD.findall(event.text[end:])
    word = event.trigger.text.lower().split()[-1] if event.trigger.text.strip() else ""
    if before and (before[-1] in _HABIT or before[-1] in _KIND):
        return True
    if [t.lower() for t in after[:2]] in (["like", "this"], ["like", "that"], ["like", "these"], ["like", "those"]):
        return True
    return _not_past(word, before) and _bare_plural(after)


def _not_past(word: str, before: list[str]) -> bool:
    """The trigger is a gerund or participle with no form of "be" before it ("shooting little kids", not "was
    shooting"), or a present with its subject before it ("they arrest", "police shoot"), not a noun after a
    determiner ("the shooting") and not a past ("arrested", "shot")."""
    last = before[-1] if before else ""
    if last in _NOT_BARE or last.endswith(("'s", "’s")) or (not last[:1].isalpha() and last not in {",", ""}):
        return False
    if word.endswith("ing"):
        return last not in _BE and last not in _PREPOSITIONS and not (len(before) > 1 and before[-2] in _BE)
    return _present(word) and (last in _SUBJECTS or _plural_person(last))


def _bare_plural(after: list[str]) -> bool:
    """The words after a trigger start with a plural noun with no determiner or number, or a word for whoever it may
    be, with at most two adjectives before the noun; all in lower case (a name is no kind: "shooting Jones")."""
    if not after:
        return False
    if after[0] in _ANYONE:
        return True
    for i, token in enumerate(after[: _ADJECTIVES + 1]):
        if not (token.isalpha() and token.islower()) or token in _NOT_BARE or token in _STOP:
            return False
        if _plural_person(token):
            return i == len(after) - 1 or not after[i + 1].isalpha() or after[i + 1] in {"who", "that", "and", "or"}
    return False


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    """Nouns for people (the agent nouns and the event vocabulary's participant nouns: "civilian", "girl", "worker")."""
    return frozenset(load_agent_nouns()) | load_vocabulary().words("participant_nouns")


def _plural_person(word: str) -> bool:
    return word in _PLURALS or (word.endswith("s") and word[:-1] in _people_nouns())


@lru_cache(maxsize=1)
def _lemmas() -> frozenset[str]:
    return frozenset(verb.lemma for entries in load_cameo_verbs().values() for verb in entries if not verb.particle)


def _present(word: str) -> bool:
    """The word is a present of a verb of the event coders' dictionary: its lemma, or the lemma with "-s" or "-es"
    ("arrest", "shoots"; not "shot" or "arrested")."""
    lemmas = _lemmas()
    return word in lemmas or any(word.endswith(end) and word[: -len(end)] in lemmas for end in ("s", "es"))
