"""The happening a claim's number measures, beyond what it counts: the time its clause or sentence gives ("a 6.1
quake in September" is not Sunday's quake) and the count it is taken within ("43 RBIs in 54 games" is not a
season's 121 RBIs)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from storyline.model import Ref, TimeExpr
from storyline.nlp.claim_sources import REPORTING_VERBS
from storyline.nlp.extensions import children_of, doc_text, entity_of, sentence
from storyline.nlp.quantities import is_ordinal, parse_amount
from storyline.nlp.quotes import speaker_resolver
from storyline.resolve.gazetteer import load_gazetteer
from storyline.resolve.names import name_key
from storyline.resolve.places import known_city

# Prepositions that put a count inside another count: "in 54 games", "during 16 tests", "over eight years",
# "in each of the past five seasons".
_SCOPE_PREPOSITIONS = frozenset(["in", "during", "over", "across", "throughout", "within"])
_NOT_SCOPE_ENTITIES = frozenset(["DATE", "TIME", "PERCENT", "MONEY"])
_PLAIN_DATE = "DATE"
_HOLDER_ENTITIES = frozenset(["PERSON", "ORG", "GPE", "NORP"])
HOLDER_PRONOUNS = frozenset(["he", "she", "they"])
"""Subjects that hold a count the way a name does, once resolved ("He ran for 91 yards")."""
# Where a claim's counted things are: places by name, and prepositions that locate ("in Patras", "at the bank",
# "near Kursk", "on Qeshm", "across Greece").
_PLACE_ENTITIES = frozenset(["GPE", "LOC", "FAC"])
_LOCATIVE = frozenset(["in", "at", "near", "outside", "inside", "across", "throughout", "on", "around"])
_PLURAL_PRONOUNS = frozenset(["them", "those", "these", "us"])
_DEFINITE = frozenset(["the", "these", "those", "its", "their", "our", "his", "her"])
# Words before a number that pick some things out of more: "their last 10 games", "the other nine jurors".
_SELECTING = frozenset(
    ["last", "next", "first", "past", "final", "previous", "remaining", "other", "top", "straight", "consecutive"]
)
_TO_NOW = frozenset(["since"])
_PERIODS = frozenset(["half", "quarter", "period", "inning", "innings", "set"])
"""The periods games are played in (basketball, football, hockey, baseball, tennis)."""
# Unresolved expressions (no publication date) keyed by the day or month they name; "today" is the article's day.
_CALENDAR_NAME = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
    r"august|september|october|november|december)\b"
)
_PUBLICATION_DAY = frozenset(["today", "tonight", "this morning", "this afternoon", "this evening"])
# Nouns naming one kind of happening, after WordNet 3.0's earthquake.n.01 ("earthquake, quake, temblor, seism")
# and its hyponym tremor: "a quake" and "Monday's earthquake" can be one happening.
_SAME_HAPPENING = dict.fromkeys(["earthquake", "quake", "temblor", "seism", "tremor"], "earthquake")


def _clause_verb(token: Token) -> Token | None:
    for node in (token, *token.ancestors):
        if node.pos_ in ("VERB", "AUX") or _root_predicate(node):
            return node
    return None


def _root_predicate(node: Token) -> bool:
    """A sentence root with a subject is the clause's verb whatever its tag: in "In early March, a gunman shot and
    wounded three people" the tagger makes "shot" a noun, and the date it carries is still the date of "wounded",
    its conjunct."""
    return node.dep_ == "ROOT" and any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(node))


def time_key(time: TimeExpr) -> str:
    """What tells one date from another: the TIMEX3 value when it is a calendar value, else the expression as
    written, lower-cased ("september", "monday"): without a publication date "Monday" cannot be resolved, and
    is still not "September"."""
    if time.value and time.value[0].isdigit():
        return time.value.split("T")[0]
    if time.value:
        return ""  # PRESENT_REF, PAST_REF: no date
    text = time.text.lower().strip()
    for suffix in ("'s", "’s"):
        text = text.removesuffix(suffix)
    if text in _PUBLICATION_DAY:
        return ""  # the day the article was written: the story's own, as an undated claim is
    named = _CALENDAR_NAME.search(text)
    # "early Sunday afternoon" is Sunday: a part of a day is no other date than the day
    return named.group(0) if named else text


def dates(times: Iterable[TimeExpr]) -> list[TimeExpr]:
    """Calendar dates only: durations ("in the past 24 hours"), sets and times of day do not date a happening,
    and a period that runs to the present ("since October") dates the story's own time, not another one."""
    return [
        t for t in times
        if t.type == _PLAIN_DATE and t.kind == "date" and t.signal.lower() not in _TO_NOW and time_key(t)
    ]


def _chain(verb: Token) -> set[int]:
    """A verb and those it continues: coordinated verbs and participle or infinitive clauses share their head's
    time ("struck in September, killing seven"; "killed six, injured 50 and caused damage in September"); a
    relative or reported clause has its own ("troops deployed near Kursk, where Kyiv's forces made an incursion
    earlier this year")."""
    found = {verb.i}
    node = verb
    while node.dep_ in ("conj", "advcl", "xcomp", "dep") and node.head.i != node.i:
        node = node.head
        found.add(node.i)
    return found


def claim_when(doc: Doc, number: Token, times: Iterable[TimeExpr]) -> str:
    """The date the claim's clause gives ("" when none, or when it gives two); the dates of other clauses, among
    them a reporting verb's ("officials said Friday": the report's date), are not the number's."""
    sent = sentence(number)
    verb = _clause_verb(number)
    keys: set[str] = set()
    own: set[str] = set()
    for time in dates(times):
        if not sent.start_char <= time.start < sent.end_char:
            continue
        span = doc.char_span(time.outer_start, time.end, alignment_mode="expand")
        if span is None:
            continue
        time_verb = _clause_verb(span.root)
        if verb is None or time_verb is None:
            if verb is None and time_verb is None:
                keys.add(time_key(time))
            continue
        if time_verb.lemma_.lower() in REPORTING_VERBS and time_verb != verb:
            continue
        inner = doc.char_span(time.start, time.end, alignment_mode="expand")
        antecedent = inner is not None and _dates_antecedent(inner.root, verb)
        if time_verb != verb and _since_then(verb):
            continue
        if verb.i in _chain(time_verb) or time_verb.i in _chain(verb) or antecedent:
            keys.add(time_key(time))
            if time_verb == verb or antecedent:
                own.add(time_key(time))
    if len(own) == 1:
        # the clause's own date before one it shares: "killed 31,000 in 2003, and 600 were killed in February"
        return own.pop()
    if len(keys) == 1:
        return keys.pop()
    if keys or verb is None:
        return ""
    if _subject_relative(verb) and (inherited := claim_when(doc, verb.head, times)):
        # "In December 2003, Bam was razed by a quake that left more than 31,000 people dead": an undated relative
        # clause says what its noun did, and the noun's clause dates it
        return inherited
    # A coordinated verb without a subject of its own shares its head's ("It killed 612 people and injured more
    # than 1,400"): the happening that subject names is the one both verbs report.
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not _since_then(verb) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)
    ):
        verb = verb.head
    return _event_date(doc, verb, times) or _previous_date(doc, verb, times)


def _since_then(verb: Token) -> bool:
    """Whether a clause runs from another's date to now by a bare "since": "proposed the rules in May and since
    has received nearly 300,000 comments", "was hurt in March and has since recovered" count up to the report, as
    "since May" does (`dates` leaves such periods to the story's own time), so the other clause's date is not
    theirs."""
    return any(
        c.lower_ == "since" and c.dep_ in ("mark", "advmod", "prep") and not any(True for _ in c.children)
        for c in children_of(verb)
    )


def _subject_relative(verb: Token) -> bool:
    """Whether a relative clause's pronoun is its subject and stands for a thing ("a quake that left 31,000 dead"):
    the clause tells what the happening it hangs on did. A person's relative clause ("the man who killed four
    people was sentenced Saturday", "Garrard, who completed 28 passes") tells the person's own history, which
    the main clause does not date."""
    return verb.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WDT" for c in children_of(verb))


def _dates_antecedent(time_root: Token, verb: Token) -> bool:
    """Whether a date modifies the noun a relative clause hangs on: "the worst disaster in December 2003, in
    which more than 31,000 people were killed"."""
    if verb.dep_ != "relcl":
        return False
    node = time_root
    if node.i == verb.head.i:
        return True  # "in December 2003, in which ...": the clause hangs on the date itself
    for _ in range(4):
        if node.head.i == node.i or node.head.pos_ in ("VERB", "AUX"):
            return False
        node = node.head
        if node.i == verb.head.i:
            return True
    return False


def _previous_date(doc: Doc, verb: Token, times: Iterable[TimeExpr]) -> str:
    """For a clause whose subject is "it" ("It killed 612 people"), the one date the sentence before gives
    ("The last major quake ... was in February"): the pronoun takes up the happening that sentence dated."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "it" for c in children_of(verb)):
        return ""
    sent = sentence(verb)
    if sent.start == 0:
        return ""
    before = sentence(doc[sent.start - 1])
    keys = {time_key(t) for t in dates(times) if before.start_char <= t.start < before.end_char}
    return keys.pop() if len(keys) == 1 else ""


def _event_noun(verb: Token) -> Token | None:
    """The happening a clause's verb reports as its subject or agent: "a quake" in "a quake has injured three"."""
    for child in children_of(verb):
        if child.dep_ == "nsubj" and child.pos_ == "NOUN":
            return child
        if child.dep_ == "agent":
            return next((o for o in children_of(child) if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
    return None


def _event_date(doc: Doc, verb: Token, times: Iterable[TimeExpr]) -> str:
    """The date the article gives its happening elsewhere, when the clause gives none: "a magnitude-5.2 quake has
    injured three people ... Monday's earthquake was the second one to hit Qeshm" dates the three injured Monday.
    Only a date that names the same kind of happening ("Monday's earthquake", "the September quake"), and only
    when the article dates that kind of happening once."""
    event = _event_noun(verb)
    if event is None:
        return ""
    kind = _event_kind(event)
    keys = set()
    for time in dates(times):
        span = doc.char_span(time.outer_start, time.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.dep_ in ("poss", "compound", "nmod") and root.head.pos_ == "NOUN" and _event_kind(root.head) == kind:
            keys.add(time_key(time))
    return keys.pop() if len(keys) == 1 else ""


def _event_kind(noun: Token) -> str:
    lemma = noun.lemma_.lower()
    return _SAME_HAPPENING.get(lemma, lemma)


def _fold(word: str) -> str:
    word = word.lower()
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _scope_in(pobj: Token, skip: range) -> str:
    """ "54 games" -> "game:54"; "each of the past five seasons" -> "season:5"; "" when no count is there. A
    clause inside the phrase tells its own count ("a vigil in the neighborhood where he was shot 11 times")."""
    clauses = [t for t in pobj.subtree if t.dep_ in ("relcl", "acl", "advcl") and t.pos_ in ("VERB", "AUX")]
    inside = {t.i for clause in clauses for t in clause.subtree}
    for token in pobj.subtree:
        if token.i in skip or token.i in inside or token.dep_ != "nummod" or token.ent_type_ in _NOT_SCOPE_ENTITIES:
            continue
        if token.head.pos_ != "NOUN" or token.head.i in skip:
            continue
        amount = parse_amount([token.text])
        if amount is not None:
            return f"{_fold(token.head.lemma_)}:{amount.value:g}"
    return ""


def _period(noun: Token) -> str:
    """ "the first half", "the third quarter", "the ninth inning": a period of a game, within which a count is a
    part of the game's ("seven points in the first half" of his 14); "" otherwise."""
    if noun.lemma_.lower() not in _PERIODS:
        return ""
    for child in children_of(noun):
        if child.dep_ == "amod" and (child.lower_ in _SELECTING or is_ordinal(child.text)):
            return f"{noun.lemma_.lower()}:{child.lower_}"
    return ""


def _selection(number: Token, head: Token | None) -> str:
    """ "their last 10 games", "its next 23 games", "the first two games", "the other nine jurors": a word before
    the number that picks some of the things out of more; "" when none."""
    if head is None or head.i < number.i:
        return ""
    for child in children_of(head):
        # before the number ("their last 10 games") or between it and its noun ("eight straight games")
        if child.i < head.i and child.dep_ in ("amod", "advmod") and child.lower_ in _SELECTING:
            return f"sel:{child.lower_}"
    return ""


def _part_of(number: Token) -> str:
    """ "Eight of the jurors", "at least 17 of the hijacked ships", "15 of them": a part of a whole named before."""
    for child in children_of(number):
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in children_of(child):
                definite = any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in children_of(obj))
                if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and definite:
                    return f"part:{_fold(obj.lemma_)}"
                if obj.dep_ == "pobj" and obj.lower_ in _PLURAL_PRONOUNS:
                    return "part:them"  # "injuring 40, 15 of them on Qeshm": a part of the count before
    return ""


def _whole_of_part(number: Token, head: Token | None, skip: range) -> str:
    """ "completed 28 of 41 passes", "four of their first five drives": the whole a part is counted out of. What
    the clause says (completed, scored on) befalls the part, so the whole is no count of it."""
    mods = [c for c in children_of(number) if c.dep_ == "quantmod" and c.i not in skip]
    if any(c.lower_ == "of" for c in mods) and any(c.like_num for c in mods):
        return "whole"  # the parser may read "28 of 41 passes" as one quantity phrase
    if head is None or head.dep_ != "pobj" or head.head.lower_ != "of":
        return ""
    part = head.head.head
    if part.lower_ == "out" and part.dep_ == "prep":
        part = part.head  # "lost three out of four lines": "out of" is one preposition
    if part.pos_ in ("VERB", "AUX"):
        # the parser may hang "of 41 passes" on the verb beside its object: "completed 28 of 41 passes"
        part = next(
            (
                c
                for c in children_of(part)
                if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.i < head.i and (c.like_num or c.pos_ == "NUM")
            ),
            part,
        )
    if part.i in skip or not (part.like_num or part.pos_ == "NUM"):
        return ""
    # "18 of its next 23 games" and "eight of their last 10 games" are wholes of two selections, not one count
    selection = _selection(number, head)
    return f"whole {selection}" if selection else "whole"


def _rate(head: Token | None) -> str:
    """ "five points per game": a rate is not a total."""
    if head is None:
        return ""
    for child in children_of(head):
        if child.dep_ == "prep" and child.lower_ == "per":
            obj = next((o for o in children_of(child) if o.dep_ == "pobj"), None)
            return f"per:{_fold(obj.lemma_) if obj is not None else ''}"
    return ""


def claim_scope(number: Token, head: Token | None, skip: range) -> str:
    """The count the claim is taken within ("13 homers ... in 54 games" -> "game:54"), from a preposition on the
    counted noun, on the noun it is coordinated with, or on the clause's verb; ``skip`` is the claim's own
    tokens (in "during 16 tests" the claim "16 tests" is no scope of itself). A selection ("their last 10
    games") or a rate ("five points per game") is a scope too."""
    picked = _whole_of_part(number, head, skip) or _selection(number, head) or _rate(head) or _part_of(number)
    if picked:
        return picked
    anchors: list[Token] = []
    node = head if head is not None else number
    anchors.append(node)
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
        anchors.append(node)
    verb = _clause_verb(number)
    if verb is not None:
        anchors.append(verb)
        if verb.dep_ in ("relcl", "advcl") and _period(verb.head):
            return _period(verb.head)  # the parser may hang an "as he scored" clause on the period itself
        if verb.dep_ == "advcl":
            # "picked up the slack in the first half as he scored seven points": an adverbial clause happens in its
            # head clause's period of play
            for child in children_of(verb.head):
                if child.dep_ == "prep" and child.lower_ in _SCOPE_PREPOSITIONS:
                    period = next((_period(p) for p in children_of(child) if p.dep_ == "pobj" and _period(p)), "")
                    if period:
                        return period
    for anchor in anchors:
        for child in children_of(anchor):
            if child.dep_ != "prep" or child.lower_ not in _SCOPE_PREPOSITIONS:
                continue
            for pobj in children_of(child):
                if pobj.dep_ == "pobj" and pobj.i not in skip:
                    scope = _scope_in(pobj, skip) or _period(pobj)
                    if scope:
                        return scope
    return _to_date(verb) if verb is not None else ""


def _to_date(verb: Token) -> str:
    """ "So far, the navy has confiscated 14 rifles", "has thus far seized", "has arrested 50 to date": a running
    total to the day of the report, taken over more than the one happening the story tells ("six rifles were
    found" in this operation); "" otherwise."""
    for child in children_of(verb):
        if child.lower_ == "far" and any(c.lower_ in ("so", "thus") for c in children_of(child)):
            return "to date"
        if child.dep_ == "prep" and child.lower_ == "to" and any(c.lower_ == "date" for c in children_of(child)):
            return "to date"
    return ""


def claim_holder(doc: Doc, number: Token, head: Token | None, skip: range) -> Ref | None:
    """The named subject of the claim's clause ("Manning threw for 364 yards and three touchdowns"): counts of
    two players' yards are two quantities. Not the counted things themselves ("11,000 troops were deployed"),
    not the source of a reporting verb. A pronoun is what it stands for, resolved as a speaker's is ("he" the
    person, "they" the plural subject before it in its sentence); unresolved, it is the pronoun itself, a holder
    no other claim shares (``pronoun_holder``)."""
    verb = _clause_verb(number)
    if verb is None or verb.lemma_.lower() in REPORTING_VERBS:
        return None
    for child in children_of(verb):
        if child.dep_ not in ("nsubj", "nsubjpass") or child.i in skip or (head is not None and child.i == head.i):
            continue
        if child.lower_ in HOLDER_PRONOUNS and child.tag_ == "PRP":
            return _pronoun_holder(doc, child)
        named = _named_holder(doc, child)
        if named is not None:
            return named
    return None


def _named_holder(doc: Doc, subject: Token) -> Ref | None:
    end = subject.idx + len(subject.text)
    for mention in getattr(doc._, "mentions", ()) or ():
        # the mentions component's actors (a name the model mis-tags, "Manning threw", is still one)
        if mention.start <= subject.idx < mention.end and mention.label in _HOLDER_ENTITIES:
            return Ref(mention.start, mention.end, mention.text)
    if subject.ent_type_ in _HOLDER_ENTITIES and subject.pos_ == "PROPN":
        first = min(t.i for t in subject.subtree if t.ent_type_ == subject.ent_type_ and t.i <= subject.i)
        return Ref(doc[first].idx, end, doc_text(doc)[doc[first].idx : end])
    return None


def _pronoun_holder(doc: Doc, pronoun: Token) -> Ref | None:
    """The last mention before ``pronoun`` of the person it stands for; for "they", the holder its sentence's
    plural subject before it gives ("Federal authorities said that they offered a $35,000 reward": no name, so
    none, as "authorities offered" gives none); the pronoun itself when unresolved."""
    resolver = speaker_resolver(doc)
    if pronoun.lower_ == "they":
        plural = resolver.plural_subject_before(pronoun)
        if plural is not None:
            return _named_holder(doc, plural)
    name = resolver.person_of(pronoun)
    if name is not None:
        named = [
            m
            for m in getattr(doc._, "mentions", ()) or ()
            if m.label == "PERSON" and (m.antecedent or m.name) == name and m.end <= pronoun.idx
        ]
        if named:
            last = max(named, key=lambda m: m.start)
            return Ref(last.start, last.end, last.text)
    return Ref(pronoun.idx, pronoun.idx + len(pronoun.text), pronoun.text)


def pronoun_holder(holder: Ref) -> bool:
    """Whether a claim's holder is a pronoun left unresolved: someone, but no one the text tells, so the claim
    compares with no claim that names a holder (two players' "he ran for 91 yards" are not one count)."""
    return holder.text.lower() in HOLDER_PRONOUNS


def _place_entity(token: Token) -> Ref | None:
    """The place a token names: by the mentions component's label (which the gazetteer corrects), by the model's,
    or, for a proper name the model calls an organisation ("In Heraklion", "the city of Thessaloniki"), by the
    country packages' cities."""
    for mention in getattr(token.doc._, "mentions", ()) or ():
        if mention.start <= token.idx < mention.end:
            if mention.label in _PLACE_ENTITIES:
                return Ref(mention.start, mention.end, mention.text)
            if mention.label == "PERSON":
                return None  # "Manning" is a quarterback before a city in China
    span = entity_of(token)
    if span is not None and span.label_ == "PERSON":
        return None
    if span is None:
        if token.pos_ != "PROPN":
            return None
        span = token.doc[token.i : token.i + 1]
    text = span.text
    for suffix in ("'s", "’s", "'", "’"):
        text = text.removesuffix(suffix)
    if not text or (span.label_ not in _PLACE_ENTITIES and not known_city(text)):
        return None
    return Ref(span.start_char, span.start_char + len(text), text)


def _is_state(place: Ref) -> bool:
    """Whether a name stands for a state by its own name ("Russia", "U.S."): before a noun it says whose the
    counted things are ("Russia's 11,000 troops"), which the actors of the counted phrase already tell; a city
    ("Patras' 20,000 protesters", "the Athens march") says where."""
    entry = load_gazetteer().lookup(place.text)
    return entry is not None and entry.type == "state" and entry.kind not in ("capital", "demonym")


def _place_named_by(noun: Token, skip: range, states: bool) -> Ref | None:
    """The place a noun is or is named with: "Patras", "the city of Patras", "Patras' protesters", "the Athens
    march"; a state before a noun only when ``states``."""
    if noun.i in skip:
        return None
    own = _place_entity(noun)
    if own is not None:
        return own if states or not _is_state(own) else None
    for child in children_of(noun):
        if child.i in skip:
            continue
        if child.dep_ in ("compound", "poss", "nmod", "appos"):
            found = _place_entity(child)
            if found is not None and (states or not _is_state(found)):
                return found
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in children_of(child):
                found = _place_entity(obj) if obj.dep_ == "pobj" and obj.i not in skip else None
                if found is not None:
                    return found
    return None


def _located(anchor: Token, skip: range) -> list[Ref]:
    """Places a locative preposition on ``anchor`` names: "in Patras", "near Kursk", "on Qeshm"."""
    found = []
    for child in children_of(anchor):
        if child.dep_ == "prep" and child.lower_ in _LOCATIVE:
            for obj in children_of(child):
                if obj.dep_ == "pobj" and (place := _place_named_by(obj, skip, states=True)) is not None:
                    found.append(place)
    return found


def _where_antecedent(verb: Token) -> Token | None:
    """The noun a relative "where" takes up: the one its clause hangs on ("the city of Thessaloniki, where another
    20,000 people marched"), or, when the parser hangs the clause on the verb instead, the noun right before
    "where" ("clashes broke out in Salonika where approximately 50,000 people marched")."""
    where = next((c for c in children_of(verb) if c.dep_ == "advmod" and c.lower_ == "where" and c.i < verb.i), None)
    if where is None:
        return None
    if verb.dep_ == "relcl":
        return verb.head
    if verb.dep_ != "advcl" or where.i == 0:
        return None
    before = verb.doc[where.i - 1]
    if before.is_punct and where.i > 1:
        before = verb.doc[where.i - 2]
    return before if before.pos_ in ("NOUN", "PROPN") else None


def claim_where(doc: Doc, number: Token, head: Token | None, skip: range) -> Ref | None:
    """The place the claim's own clause gives its counted things, from the dependency parse: a locative on the
    number, on the counted noun or on the clause's verb ("In Patras, 20,000 protesters marched", "20,000 in
    Patras"), a city the counted noun or the clause's other argument is named with ("Patras' 20,000 protesters",
    "the Athens march drew 20,000"). None when there is none, or when the clause names two places (which one the
    number counts in is unknown). A reporting verb's arguments say where the report was made, not the number's."""
    found: list[Ref] = _located(number, skip)
    if head is not None:
        found += _located(head, skip)
        found += [p for c in children_of(head) if c.i < number.i and (p := _place_named_by(c, skip, False)) is not None]
    verb = _clause_verb(number)
    counted = head if head is not None else number
    # "In Heraklion, 10,000 people are reported as marching": a passive report's subject is the counted things,
    # and where the report places them is where they are.
    reported_of = verb is not None and counted.dep_ == "nsubjpass" and counted.head.i == verb.i
    if verb is not None and (verb.lemma_.lower() not in REPORTING_VERBS or reported_of):
        found += _located(verb, skip)
        # "the city of Thessaloniki, where another 20,000 people marched": the place "where" takes up
        antecedent = _where_antecedent(verb)
        if antecedent is not None and (place := _place_named_by(antecedent, skip, states=True)) is not None:
            found.append(place)
        for child in children_of(verb):
            if child.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and child.pos_ == "NOUN" and child.i not in skip:
                place = _place_named_by(child, skip, states=False)
                if place is not None and place.text != child.text:
                    found.append(place)
    keys = {name_key(p.text) for p in found}
    return found[0] if len(keys) == 1 else None
