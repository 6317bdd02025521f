"""The event-coding community's verb dictionary (PETRARCH2's CAMEO.2.0.txt), read as trigger entries.

The file (MIT, Open Event Data Alliance; shipped in ``data/events/`` with its licence) lists some 4,700 verb
patterns in blocks of synonymous verbs, each block with a default CAMEO code::

    ---  PHYSICAL_CONFLICT   [190]  ---
    ATTACK
    FIGHT {FIGHTS FOUGHT FIGHTING }         # irregular forms; a verb may carry its own code: "BRAND [111]"
    +FIGHT_BACK                             # a verb with its particle
    - * (WITH CORRUPTION)          [---]    # a pattern: the words after the verb ("*"); "---" codes nothing
    - PROTEST * (WITH)             [145:175]# words before the verb, then after it; source:target codes
    - * DEAL                       [057]    # &NAME is a synonym set, {A B} a phrase, (...) a prepositional phrase

storyline reads a pattern as a set of words that must all occur around the verb (before it for the words left of
"*", after it for the others), which is how PETRARCH2 reads them once the sentence is parsed; the most specific
matching pattern wins, else the verb's or block's default. CAMEO codes become PLOVER types through
``cameo2plover.tsv`` (CAMEO 02 "appeal" is PLOVER's REQUEST; 01 "make a statement" is no PLOVER event).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from storyline.nlp.extensions import children_of
from storyline.resolve.knowledge import load_agent_nouns

_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_CODE = re.compile(r"\[([^\]]*)\]")
_PATTERN = re.compile(r"^-\s+(.*?)\s*\[([^\]]*)\]")
_NOT_WORDS = {"$", "+", "%", "^", "*", "(", ")", "{", "}"}


@dataclass(frozen=True)
class Pattern:
    """One verb pattern: words before and after the verb (each word a set of alternatives) and its CAMEO code."""

    before: tuple[frozenset[str], ...]
    after: tuple[frozenset[str], ...]
    code: str | None
    """CAMEO code; None for "---" (the words show the verb is not an event here)."""
    phrases: tuple[tuple[frozenset[str], ...], ...] = ()
    """The prepositional phrases after the verb ("(ON ALERT)"): each a preposition and the words inside it. The
    preposition must hang on the verb or its object, as in PETRARCH2's parse, not anywhere after it ("contacted
    the minister over housing for the Rohingya out at sea" has no "(AT)" phrase of its own)."""
    undergoer: bool = False
    """The code stands in the target's place ("[:184]", "[:173]"): the verb's subject is the one the act is done to,
    as in "died in detention", "appeared before court", "came under fire", "got support from"."""
    written_for: str = ""
    """The verb the file's comment says the pattern was written for ("# CONDEMN"), lower case; "" when none."""

    @property
    def specificity(self) -> int:
        return len(self.before) + len(self.after) + sum(len(p) for p in self.phrases)


@dataclass(frozen=True)
class CameoVerb:
    """A verb (lemma, with its particle when phrasal) with its default code and the patterns of its block."""

    lemma: str
    particle: str | None
    code: str | None
    patterns: tuple[Pattern, ...]
    person_code: str | None = None
    """For a verb the file marks "[---]" (HOLD, COME, REPORT), which PETRARCH2 codes only through its patterns: its
    block's code, taken only when a person is what it acts on ("was held without bail" is CONFINE's detention; "a
    review was held", "holds the title", "elections will be held" are no act)."""
    block: str = ""
    """The name of its block ("--- APPREHEND [171] ---"), lower case: the dictionary lists synonyms in one block."""
    forms: tuple[str, ...] = ()
    """The forms the entry lists in braces ("SLAY {SLAYS SLAIN}", "+TAKE_OVER {+TOOK_OVER}"), lower case, a phrase's
    words joined by a space."""


def _undergoer(text: str) -> bool:
    """Whether a pattern's code is given for the target only ("[:1823]", not "[190]" or "[190:190]")."""
    first, colon, second = text.partition(":")
    return bool(colon) and not first.strip() and bool(second.strip()) and second.strip() != "---"


def _code(text: str) -> str | None:
    """The first code of "[042:043]" or "[:1823]"; None for "---" or nothing."""
    for part in text.split(":"):
        part = part.strip()
        if part and part != "---":
            return part
        if part == "---":
            return None
    return None


def _words(text: str, synsets: dict[str, frozenset[str]]) -> tuple[frozenset[str], ...]:
    out = []
    for raw in re.split(r"[\s(){}]+", text):
        word = raw.strip().rstrip("_").lower()
        if not word or word in _NOT_WORDS or not re.search(r"[a-z]", word):
            continue
        if word.startswith("&"):
            out.append(synsets.get(word[1:], frozenset()))
        elif "_" in word:  # a phrase as one word: any of its words
            out.append(frozenset(w for w in word.split("_") if w))
        else:
            out.append(_forms(word))
    return tuple(w for w in out if w)


def _forms(word: str) -> frozenset[str]:
    """A pattern word and the singular a lemma would give ("SANCTIONS", "TALKS", "FORCES")."""
    forms = {word}
    if len(word) > 3 and word.endswith("ies"):
        forms.add(word[:-3] + "y")
    elif len(word) > 3 and word.endswith("es"):
        forms |= {word[:-1], word[:-2]}
    elif len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        forms.add(word[:-1])
    return frozenset(forms)


def parse_synsets(lines: list[str]) -> dict[str, frozenset[str]]:
    """The dictionary's synonym sets ("&HOSTAGE": hostage, prisoner, captive) by lower-case name; a phrase member
    ("CASH_") counts by its first word, as pattern words are single words."""
    synsets: dict[str, frozenset[str]] = {}
    name: str | None = None
    members: set[str] = set()
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if line.startswith("&"):
            name, members = line[1:].rstrip("_").lower(), set()
        elif line.startswith("+") and name:
            members.add(line[1:].replace("_", " ").strip().lower())
            synsets[name] = frozenset(members)
        elif not raw.strip():
            # Only a blank line ends a set: a comment line inside one ("&CURRENCY", then "# <14.06.08: ...", then
            # "+MONEY") is no end, or the set is lost and each pattern naming it matches any words at all.
            name = None
    return {k: frozenset(m.split()[0] for m in v if m) for k, v in synsets.items()}


def parse_verbs(text: str, extra: dict[str, frozenset[str]] | None = None) -> dict[str, tuple[CameoVerb, ...]]:
    """Every verb of the dictionary by lemma (lower case); ``extra`` are synonym sets the file names but does not
    define (its own sets win)."""
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("####### VERB PATTERNS")), 0)
    synsets = {**(extra or {}), **parse_synsets(lines[:start])}
    verbs: dict[str, list[CameoVerb]] = defaultdict(list)
    block: list[tuple[str, str | None, str | None, bool, tuple[str, ...]]] = []
    patterns: list[Pattern] = []
    default: str | None = None
    name = ""

    def flush() -> None:
        for lemma, particle, own, empty, forms in block:
            # A verb with a code of its own ("CONVICT [173]" in the block of BLAME [112]) names another act than its
            # block: only the patterns written for it fix its sense ("convicted X of murder" is no condemnation).
            mine = [p for p in patterns if p.written_for in {"", lemma}] if own or empty else patterns
            code, person = (None, default) if empty else (own or default, None)
            verbs[lemma].append(CameoVerb(lemma, particle, code, tuple(mine), person, name, forms))

    for raw in lines[start + 1 :]:
        found = _BLOCK.match(raw)
        if found:
            flush()
            block, patterns, default, name = [], [], _code(found.group(2)), found.group(1).lower()
            continue
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line.startswith("-"):
            pattern = _PATTERN.match(line)
            if pattern is None or "*" not in pattern.group(1):
                continue
            left, _, right = pattern.group(1).partition("*")
            groups = [_words(g, synsets) for g in re.findall(r"\(([^()]*)\)", right)]
            bare = re.sub(r"\([^()]*\)", " ", right)
            comment = raw.partition("#")[2].split()
            patterns.append(Pattern(_words(left, synsets), _words(bare, synsets), _code(pattern.group(2)),
                                    tuple(g for g in groups if g), _undergoer(pattern.group(2)),
                                    comment[0].lower() if comment else ""))  # fmt: skip
            continue
        listed = " ".join(re.findall(r"\{([^}]*)\}", line)).replace(",", " ").split()
        forms = tuple(w.lstrip("+").lower().replace("_", " ").strip() for w in listed if w.strip("+_"))
        head = re.sub(r"\{[^}]*\}", "", line).strip()
        own = _CODE.search(head)
        head = _CODE.sub("", head).strip().lstrip("+").lower()
        if not head or not re.fullmatch(r"[a-z][a-z_'-]*", head):
            continue
        lemma, _, particle = head.strip("_").partition("_")
        empty = own is not None and own.group(1).strip() == "---"
        block.append((lemma, particle.replace("_", " ") or None, _code(own.group(1)) if own else None, empty, forms))
    flush()
    return {lemma: tuple(found) for lemma, found in verbs.items()}


@lru_cache(maxsize=1)
def load_cameo_verbs() -> dict[str, tuple[CameoVerb, ...]]:
    """The shipped dictionary, read once per process."""
    text = resources.files("storyline").joinpath("data/events/CAMEO.2.0.txt").read_text(encoding="utf-8")
    return parse_verbs(text, _missing_synsets())


@lru_cache(maxsize=1)
def _missing_synsets() -> dict[str, frozenset[str]]:
    """The sets the dictionary's patterns name but the file never defines (``cameo_sets.txt``: &WEATHER,
    &DEMONSTRATION, &FIGHT_GAMES, &FIGHT_CRIM); undefined, a pattern naming one asked for no word and fitted
    whatever followed its verb."""
    text = resources.files("storyline").joinpath("data/events/cameo_sets.txt").read_text(encoding="utf-8")
    return parse_synsets(text.splitlines())


@lru_cache(maxsize=1)
def _synsets() -> dict[str, frozenset[str]]:
    text = resources.files("storyline").joinpath("data/events/CAMEO.2.0.txt").read_text(encoding="utf-8")
    return {**_missing_synsets(), **parse_synsets(text.splitlines())}


def synset(name: str) -> frozenset[str]:
    """The words of one of the dictionary's synonym sets ("information": information, info, details, fact...)."""
    return _synsets().get(name, frozenset())


# The dictionary's synonym sets of people: what a verb marked "[---]" acts on when it codes its block's act.
_PEOPLE_SYNSETS = ("people", "suspect", "hostage", "refugee", "leader", "negotiator")


@lru_cache(maxsize=1)
def people_words() -> frozenset[str]:
    """Nouns for people: the CAMEO dictionary's synonym sets of people and the Phoenix agents dictionary's nouns."""
    return frozenset(load_agent_nouns().keys()).union(*(synset(name) for name in _PEOPLE_SYNSETS))


@lru_cache(maxsize=1)
def load_cameo_plover() -> dict[str, tuple[str, str | None]]:
    """CAMEO code -> (PLOVER type, mode or context) from ``cameo2plover.tsv``."""
    text = resources.files("storyline").joinpath("data/events/cameo2plover.tsv").read_text(encoding="utf-8")
    table: dict[str, tuple[str, str | None]] = {}
    for line in text.splitlines():
        if line.startswith("#") or line.startswith("cameo\t"):
            continue
        cells = line.split("\t")
        if len(cells) >= 4 and cells[1]:
            table[cells[0]] = (cells[1], (cells[2] or cells[3] or None))
    return table


def plover_of(code: str | None) -> tuple[str, str | None] | None:
    """The PLOVER type (and mode) of a CAMEO code: its own row, else its three-digit parent's; CAMEO 02 (appeal)
    is REQUEST. None for codes PLOVER does not code (01 public statements) or no code."""
    if not code:
        return None
    table = load_cameo_plover()
    for key in (code, code[:3]):
        if key in table:
            return table[key]
    if code.startswith("02"):
        return ("REQUEST", None)
    return None


# Adverbs the parser gives a phrasal verb's particle as ("was turned around twice": advmod, not prt).
_PARTICLE_ADVERBS = frozenset({"away", "around", "back", "down", "off", "out", "up", "over"})


def particles_of(verb: Token) -> list[Token]:
    """The verb's particles: its ``prt`` dependents, and a particle adverb right after it."""
    return [
        c for c in children_of(verb)
        if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == verb.i + 1 and c.lower_ in _PARTICLE_ADVERBS)
    ]  # fmt: skip


_CLAUSES = {"ccomp", "advcl", "relcl", "parataxis", "csubj", "conj", "acl"}
_BEFORE = {"nsubj", "nsubjpass", "advmod", "neg", "aux", "auxpass", "npadvmod"}
_WINDOW = 12
_MONEY = "money"
"""The &CURRENCY set's first member: the word a sum stands for when the patterns are matched."""


def small_clause(verb: Token) -> Token | None:
    """The verb's verbless small clause, an adjective with a subject of its own that the parser hangs as a clause:
    "found Orozco guilty", "found him dead". CAMEO's patterns read it as the verb's object and its complement
    ("FOUND * GUILTY"), as PETRARCH2's parse does; a clause with a verb of its own ("found that he was guilty") is
    none."""
    for c in children_of(verb):
        if c.dep_ != "ccomp" or c.pos_ != "ADJ" or c.i < verb.i:
            continue
        parts = children_of(c)
        verbless = not any(p.dep_ in {"aux", "auxpass", "cop", "mark"} for p in parts)
        if verbless and any(p.dep_ == "nsubj" for p in parts):
            return c
    return None


def _around(verb: Token) -> tuple[set[str], set[str]]:
    """Words before the verb (its subject, adverbs) and after it (objects, particles, prepositional phrases, a small
    clause's subject and adjective)."""
    before: set[str] = set()
    after: set[str] = set()
    children = children_of(verb)
    stack = [c for c in children if c.dep_ not in _CLAUSES]
    complement = small_clause(verb)
    if complement is not None:
        stack.append(complement)
    while stack:
        token = stack.pop()
        if abs(token.i - verb.i) > _WINDOW:
            continue
        side = before if token.i < verb.i else after
        side.update((token.lower_, token.lemma_.lower()))
        if token.ent_type_ == "MONEY" or token.tag_ == "$":
            # A sum ("$1.5 million", "AU$52.5 million") is what the &CURRENCY set's patterns ask for, whatever its
            # sign: the set lists money words and currency names, not the signs the recogniser reads as money.
            side.add(_MONEY)
        stack.extend(c for c in children_of(token) if c.dep_ not in _CLAUSES)
    before |= {w for c in children if c.dep_ in _BEFORE for w in (c.lower_, c.lemma_.lower())}
    return before, after


def _phrases(verb: Token) -> list[Token]:
    """The prepositions that head a phrase of the verb's own: on the verb, or on its object."""
    heads = [verb, *(c for c in children_of(verb) if c.dep_ in {"dobj", "nsubjpass", "attr", "oprd"})]
    return [
        c for h in heads for c in children_of(h)
        if c.dep_ in {"prep", "agent", "dative"} and abs(c.i - verb.i) <= _WINDOW
    ]  # fmt: skip


def _phrase_fits(prep: Token, words: tuple[frozenset[str], ...]) -> bool:
    """A pattern's phrase: its first word is the preposition, the others lie inside the phrase."""
    if prep.lower_ not in words[0]:
        return False
    inside = {w for t in prep.subtree if abs(t.i - prep.i) <= _WINDOW for w in (t.lower_, t.lemma_.lower())}
    return all(w & inside for w in words[1:])


def _phrases_fit(phrases: list[Token], wanted: tuple[tuple[frozenset[str], ...], ...]) -> bool:
    """Every phrase of the pattern found in order; a later one may also lie inside an earlier one ("placed * (ON
    STATE) (OF ALERT)": "on a state of alert")."""
    candidates = list(phrases)
    for words in wanted:
        found = next((p for p in candidates if _phrase_fits(p, words)), None)
        if found is None:
            return False
        candidates += [t for t in found.subtree if t.dep_ == "prep" and t.i != found.i]
    return True


def match_cameo(verb: Token) -> tuple[CameoVerb, str | None, int, bool] | None:
    """The dictionary's verb entry at ``verb``, the CAMEO code its most specific matching pattern (or else its
    default) gives, how many words that pattern asked for (0: the default code), and whether the pattern gives the
    code to the target (the verb's subject is acted on); None when the dictionary does not know the verb."""
    entries = load_cameo_verbs().get(verb.lemma_.lower(), ())
    if not entries:
        return None  # most verbs: no need to gather the particles below (the answer would be None all the same)
    particles = {c.lower_ for c in particles_of(verb)}
    phrasal = [e for e in entries if e.particle and e.particle in particles]
    plain = [e for e in entries if not e.particle]
    if not phrasal and not plain:
        return None
    chosen = (phrasal or plain)[0]
    alone = chosen.code if chosen.person_code is None or not acts_on_person(verb) else chosen.person_code
    if not chosen.patterns:
        return chosen, alone, 0, False
    before, after = _around(verb)
    best = _first_fit(_index(chosen), before, after, lambda: _phrases(verb))
    if best is None:
        return chosen, alone, 0, False
    return chosen, best.code, best.specificity, best.undergoer


_PERSONAL = frozenset({"him", "her", "them", "me", "us", "he", "she", "they", "i", "we", "who", "whom"})


def acts_on_person(verb: Token) -> bool:
    """What the verb acts on (its object, or its subject in the passive) is a person: a personal pronoun, a name the
    recogniser calls a person or does not know, or a noun for people of the dictionaries ("pirates", "the suspect",
    "hostages")."""
    for c in children_of(verb):
        if c.dep_ not in {"dobj", "nsubjpass"}:
            continue
        if c.lower_ in _PERSONAL or c.ent_type_ == "PERSON" or c.lemma_.lower() in people_words():
            return True
        if c.pos_ == "PROPN" and not c.ent_type_:
            return True  # a name the recogniser missed ("Orozco is being held"); places and bodies it recognises
    return False


@dataclass(frozen=True)
class _PatternIndex:
    """A verb entry's patterns, most specific first (the file's order among equals), each filed under the words of
    its first condition: only the patterns filed under a word around the verb (and those without words) can fit,
    and the first that fits is the most specific fit. Some verbs carry hundreds of patterns."""

    ranked: tuple[Pattern, ...]
    free: frozenset[int]
    """Ranks of the patterns without conditions."""
    after: dict[str, tuple[int, ...]]
    before: dict[str, tuple[int, ...]]


_INDEXES: dict[int, tuple[CameoVerb, _PatternIndex]] = {}
"""Each entry's index by the entry's id; the entry is kept with it, so that its id is never reused."""


def _index(entry: CameoVerb) -> _PatternIndex:
    """The entry's index, built on first use (an entry's hash would hash all its patterns on every look-up)."""
    cached = _INDEXES.get(id(entry))
    if cached is not None and cached[0] is entry:
        return cached[1]
    ranked = tuple(sorted(entry.patterns, key=lambda pattern: -pattern.specificity))
    free: set[int] = set()
    after: defaultdict[str, list[int]] = defaultdict(list)
    before: defaultdict[str, list[int]] = defaultdict(list)
    for rank, pattern in enumerate(ranked):
        if pattern.after:
            for word in pattern.after[0]:
                after[word].append(rank)
        elif pattern.before:
            for word in pattern.before[0]:
                before[word].append(rank)
        else:
            free.add(rank)
    index = _PatternIndex(
        ranked,
        frozenset(free),
        {word: tuple(ranks) for word, ranks in after.items()},
        {word: tuple(ranks) for word, ranks in before.items()},
    )
    _INDEXES[id(entry)] = (entry, index)
    return index


def _first_fit(
    index: _PatternIndex, before: set[str], after: set[str], phrases_of: Callable[[], list[Token]]
) -> Pattern | None:
    """The most specific pattern whose words all occur around the verb and whose phrases (``phrases_of()``, asked
    only when a pattern holds a phrase) hang on it."""
    ranks = set(index.free)
    for word in after:
        ranks.update(index.after.get(word, ()))
    for word in before:
        ranks.update(index.before.get(word, ()))
    phrases: list[Token] | None = None  # the verb's phrases, found when a pattern first asks for them
    for rank in sorted(ranks):
        pattern = index.ranked[rank]
        # Plain loops rather than all() over a generator: some verbs try hundreds of patterns.
        for words in pattern.after:
            if words.isdisjoint(after):
                break
        else:
            for words in pattern.before:
                if words.isdisjoint(before):
                    break
            else:
                if not pattern.phrases:
                    return pattern
                if phrases is None:
                    phrases = phrases_of()
                if _phrases_fit(phrases, pattern.phrases):
                    return pattern
    return None


@lru_cache(maxsize=1)
def load_discards() -> frozenset[str]:
    """Phrases that make a sentence uncodable for PETRARCH2 (``Phoenix.discards.txt``: sports, disasters, culture;
    "GOALKEEPER", "SILVER MEDAL", "BUS PLUNGED"), lower case; its bare years are left out."""
    folder = resources.files("storyline.data").joinpath("phoenix")
    text = folder.joinpath("Phoenix.discards.txt").read_bytes().decode("utf-8", errors="replace")
    phrases = set()
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].split(";", 1)[0].strip().lstrip("+").strip()
        if line and not re.search(r"\d", line):
            phrases.add(" ".join(line.lower().split()))
    return frozenset(phrases)


def discarded(sentence: str, extra: frozenset[str] = frozenset()) -> bool:
    """The sentence holds a discard phrase (or one of ``extra``) as whole words."""
    words = re.findall(r"[\w'-]+", sentence.lower())
    if not words:
        return "" in load_discards() or "" in extra
    # A phrase (words joined by single spaces) is whole words of the sentence when the sentence's words from some
    # position on are the phrase's: look up the phrases by their first word rather than search the sentence for
    # each of some 2,000 phrases.
    for by_first in (_by_first_word(load_discards()), _by_first_word(extra)):
        if by_first.keys().isdisjoint(words):
            continue  # most sentences: no word any phrase begins with (tested in one call, not word by word)
        for i, word in enumerate(words):
            if any(words[i : i + len(phrase)] == phrase for phrase in by_first.get(word, ())):
                return True
    return False


@lru_cache(maxsize=8)
def _by_first_word(phrases: frozenset[str]) -> dict[str, list[list[str]]]:
    """The phrases as word lists, by their first word."""
    found: defaultdict[str, list[list[str]]] = defaultdict(list)
    for phrase in phrases:
        parts = phrase.split(" ")
        found[parts[0]].append(parts)
    return dict(found)
