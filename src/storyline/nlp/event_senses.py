"""Uses of a trigger word that report no act between actors: a price charged, what a company habitually does, what
an economic condition does, a word of a name, a fight with no one fought, a stay checked into, a person fired from a
job, a body someone found dead, a thing demonstrated.

Each test reads the trigger's own clause; ``events._Coder.event`` drops the event when one holds. The words are lexicon
lists of the event vocabulary (``billing_words``, ``condition_nouns``, ``condition_patients``, ``contest_verbs``), so
a user extends them in ``plover.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Token

from storyline.nlp.cameo_verbs import load_cameo_verbs, people_words, small_clause, synset
from storyline.nlp.event_vocab import Trigger, Vocabulary
from storyline.nlp.extensions import children_of

_BILLING_DEPS = {"dobj", "dative", "advmod", "npadvmod"}
_PRESENT = {"VBZ", "VBP"}
_RELATIVE = {"WDT", "WP"}
_NAME_TYPES = {"ORG", "PERSON", "FAC", "PRODUCT", "WORK_OF_ART", "GPE", "LOC", "LAW", "NORP"}
"""Entities whose words name someone or something; an EVENT's name ("the Six-Party Talks") names the act itself."""


def billed(token: Token, trigger: Trigger, vocab: Vocabulary) -> bool:
    """ "charge" in its sense of asking a price, not of accusing (CAMEO's CHARGE, 112): its object, a "for" phrase or
    an adverb of it is a sum or a price ("charge an added cost", "can not charge the Air Force for associated costs",
    "charging customers up to 10% more"). An accusation charges someone "with" a crime."""
    if trigger.type != "ACCUSE" or trigger.pos != "verb" or token.lemma_.lower() != "charge":
        return False
    words = vocab.words("billing_words")
    parts = [c for c in children_of(token) if c.dep_ in _BILLING_DEPS]
    parts += [p for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "for" for p in children_of(c)]
    return any(p.lemma_.lower() in words or p.ent_type_ == "MONEY" for p in parts)


def habitual(token: Token, trigger: Trigger) -> bool:
    """A verb in the simple present heading a relative clause describes what its noun does as a rule, not an act of the
    day: "Caterpillar Inc., which manufactures and sells construction equipment", "sub-contractors which supply
    Airbus", "the airport, which serves Bangkok", "Patty Murray, who hails from the same state". An act told in a
    relative clause has a tense of its own ("the man who killed", "which has attacked")."""
    if trigger.pos != "verb" or token.tag_ not in _PRESENT:
        return False
    clause = token
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl":
        return False
    # The relative word is the clause's subject: the clause says what its noun does ("the atmosphere that critics
    # blame on him" tells what others do to it, as an act).
    if not any(c.dep_ == "nsubj" and c.tag_ in _RELATIVE for c in children_of(clause)):
        return False
    return not any(c.dep_ in {"aux", "auxpass", "neg"} for c in (*children_of(token), *children_of(clause)))


def by_condition(token: Token, trigger: Trigger, vocab: Vocabulary) -> bool:
    """An economic condition is no actor and the economy no party: "the decline in auto sales has hit the order books
    of Indian suppliers", "Chrysler, which has been badly affected by the ongoing recession", "the American economy to
    be severely hurt", "Apple is facing competition". PLOVER codes acts of actors (PETRARCH2 needs a source actor); what
    a recession or a market does to a firm is business news, whatever the states named around it."""
    if trigger.pos != "verb":
        return False
    conditions, patients = vocab.words("condition_nouns"), vocab.words("condition_patients")
    if _doers(token, lambda doer: _word_in(doer, conditions)):
        return True
    return any(c.dep_ in {"dobj", "nsubjpass"} and _word_in(c, patients) for c in children_of(token))


def _word_in(token: Token, words: frozenset[str]) -> bool:
    return token.lower_ in words or token.lemma_.lower() in words


def _doers(verb: Token, test: Callable[[Token], bool]) -> bool:
    """Whether the verb's doer passes the test: its subject in the active voice, or the object of its "by" agent."""
    parts = children_of(verb)
    passive = any(c.dep_ == "auxpass" for c in parts)
    for c in parts:
        if c.dep_ == "nsubj" and not passive and test(c):
            return True
        if c.dep_ == "agent" and any(p.dep_ == "pobj" and test(p) for p in children_of(c)):
            return True
    return False


# Modifiers that make a fire someone's shooting: "artillery fire", "Israeli fire", "the army's fire".
_OWNED = {"compound", "poss", "nmod"}


def _a_cause(token: Token, causes: frozenset[str]) -> bool:
    """A cause with no actor behind it: weather, a mishap, a fire nobody is named as firing."""
    if not _word_in(token, causes):
        return False
    return not any(c.dep_ in _OWNED or (c.dep_ == "amod" and c.ent_type_) for c in children_of(token))


def by_a_cause(token: Token, trigger: Trigger, vocab: Vocabulary) -> bool:
    """"A fire has destroyed the supermarket", "the storm damaged hundreds of homes", "destroyed by fire": harm done by
    weather, a mishap or a blaze is no attack, whoever owns what it hit. PETRARCH2's dictionary codes this for KILL
    ("FLOOD *", "QUAKE *", "EARTHQUAKE *", "CRASH *", "VIRUS *" [---]) and harm "in" the weather; its DESTROY and
    DAMAGE entries lack it, so "destroyed" kept its default attack (190) with the store's owner as the target."""
    if trigger.pos != "verb" or trigger.type != "ASSAULT":
        return False
    causes = vocab.words("cause_nouns") | synset("weather") | mishap_nouns()
    return _doers(token, lambda doer: _a_cause(doer, causes))


def in_name(token: Token, trigger: Trigger) -> bool:
    """A trigger noun that is a word of a longer name: "Cats Protection", "the Environmental Protection Agency", "Kool
    Aid", "Summit Entertainment", "the Ministry of Defence". PETRARCH2 matches actors before verbs, so the words of a
    name are never an act; a named event ("the Six-Party Talks") is left alone. A headline in title case is read as it
    is tagged elsewhere (its capitals say nothing of names)."""
    if trigger.pos != "noun" or token.ent_iob_ == "O" or token.ent_type_ not in _NAME_TYPES:
        return False
    if not token.text[:1].isupper():
        return False
    doc = token.doc
    longer = token.ent_iob_ == "I" or (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I")
    return longer and not _title_case(token)


def _title_case(token: Token) -> bool:
    words = [t for t in token.sent if t.is_alpha and len(t.text) > 3]
    return len(words) > 1 and sum(t.text[:1].isupper() for t in words) * 2 > len(words)


def no_one_fought(token: Token, trigger: Trigger, vocab: Vocabulary, actors: int, recipients: int) -> bool:
    """A verb of fighting (``contest_verbs``) with no one fought and no second side: "battled mental illness", "the
    government is fighting to stem off a crash", "firefighters battled the blaze", "fighting accusations", "would fight
    to maintain the protections". CAMEO codes a fight (190) between a source and a target, and its dictionary codes
    fighting violence, crime or corruption as no event; an attack needs someone attacked ("fighting Islamist
    insurgents") or two sides ("the two clans fought")."""
    contests = vocab.words("contest_verbs")
    if trigger.type != "ASSAULT" or trigger.pos != "verb" or recipients or actors > 1:
        return False
    if token.lemma_.lower() not in contests:
        return False
    # A fight named by its object ("police fought pitched battles with protesters", "fought a war") is one, whoever
    # the parser hangs the other side on.
    return not any(c.dep_ == "dobj" and c.lemma_.lower() in contests | {"war"} for c in children_of(token))


def checked_in(token: Token, trigger: Trigger) -> bool:
    """"Check in" and "check into" a place: "checked into a rehabilitation clinic", "checked herself into hospital",
    "checked in at the start of the second quarter". CAMEO's verb dictionary files CHECK among the verbs of
    inspecting (090), and its only pattern for the verb is checking information (``&INFORMATION``); the phrasal verb
    of arriving somewhere is a stay, no act on anyone. Checking into information or an inquiry ("checked into the
    reports") is still looked into."""
    if trigger.pos != "verb" or token.lemma_.lower() != "check":
        return False
    looked_into = synset("information") | synset("investigation")
    for c in children_of(token):
        if c.dep_ == "prt" and c.lower_ == "in":
            return True
        if c.dep_ == "prep" and c.lower_ in {"into", "in"}:
            objects = [o for o in children_of(c) if o.dep_ == "pobj"]
            return not any(o.lemma_.lower() in looked_into or o.lower_ in looked_into for o in objects)
    return False


_AIMED = {"at", "on", "upon", "into", "toward", "towards", "against"}


def fired_from_a_job(token: Token, trigger: Trigger) -> bool:
    """"Fire" with a person as what is fired: "the team fired coach Mike Brown", "Smith was fired on Monday". CAMEO's
    verb dictionary files FIRE among the verbs of explosive destruction, and codes its one pattern with a person fired
    (``FIRE * WORKER``) as a cut in relations (160), not an attack: one fires a weapon, shots or a rocket, or fires at
    someone. A dismissal inside one team or company is no act between actors, so the attack is dropped; firing at,
    on or into people stays an attack."""
    if trigger.pos != "verb" or trigger.type != "ASSAULT" or token.lemma_.lower() != "fire":
        return False
    children = children_of(token)
    if any(c.dep_ == "prep" and c.lower_ in _AIMED and not _a_time(c) for c in children):
        return False
    fired = [c for c in children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(_a_person(c) for c in fired)


def _a_time(prep: Token) -> bool:
    """"on Saturday", "in June": the phrase tells when, not whom the shots were aimed at."""
    return any(o.dep_ == "pobj" and o.ent_type_ in {"DATE", "TIME"} for o in children_of(prep))


def _a_person(token: Token) -> bool:
    if token.ent_type_ == "PERSON" or token.lemma_.lower() in people_words():
        return True
    return any(c.dep_ in {"compound", "appos"} and c.ent_type_ == "PERSON" for c in children_of(token))


_FINDING = {"find", "discover", "locate"}
_DEAD = {"dead", "lifeless"}


def found_dead(token: Token, trigger: Trigger) -> bool:
    """"Police found him dead": CAMEO's verb dictionary codes ``FIND * DEAD`` as force (190), the finder as the one who
    used it, but the finder of a body is no attacker. Read through the small clause ("found X guilty" is a conviction
    by the same verb), the finder would become one, so the find is dropped. The passive "was found dead" names no
    finder and stays what it was, the death as one acted on: reports of a story's death join on it (dropping it cost
    16 of 209 right cross-article links of ECB+ dev, topics 26 and 28)."""
    if trigger.pos != "verb" or trigger.type != "ASSAULT" or token.lemma_.lower() not in _FINDING:
        return False
    complement = small_clause(token)
    return complement is not None and complement.lower_ in _DEAD


_SHOWN = {"dobj", "ccomp", "xcomp", "nsubjpass"}


def demonstrated_thing(token: Token, trigger: Trigger) -> bool:
    """"Demonstrate" with something shown: "Apple demonstrated some of the features", "developers demonstrated their
    applications", "a tour demonstrating the plane", "it demonstrates continuing problems". The protest sense of the
    verb is intransitive (WordNet's "march in protest", CAMEO's DEMONSTRATE with no object but SUPPORT: "thousands
    demonstrated in Athens"); with an object or a clause it is showing, as the vocabulary's ``without`` words "that"
    and "how" already say of its clauses."""
    if trigger.pos != "verb" or trigger.type != "PROTEST" or token.lemma_.lower() != "demonstrate":
        return False
    return any(c.dep_ in _SHOWN for c in children_of(token))


@lru_cache(maxsize=1)
def mishap_nouns() -> frozenset[str]:
    """Nouns of a mishap: the verbs of CAMEO's CRASH block ("--- CRASH [---] ---": collision, crash, wreck), which the
    dictionary codes as no event, and its ACCIDENT (the HURT and KILL blocks' ``* (IN ACCIDENT) [---]``)."""
    crash = {lemma for lemma, entries in load_cameo_verbs().items() if any(e.block == "crash" for e in entries)}
    return frozenset(crash | {"accident"})


def in_a_mishap(token: Token, trigger: Trigger) -> bool:
    """Harm "in" a crash, a collision or an accident: "three people were hurt in the crash", "killed in a collision".
    The dictionary's DIE block has ``* (IN CRASH) [---]`` and its KILL block ``CRASH * [---]``, but HURT and KILL ask
    for the literal ACCIDENT; its other null phrase of HURT, ``(IN &WEATHER)``, fitted any "in" phrase while the set
    was undefined, and so kept "hurt in the crash" uncoded by accident. Harm in an attack, a bombing or a riot stays."""
    if trigger.pos != "verb" or trigger.type != "ASSAULT":
        return False
    nouns = mishap_nouns()
    return any(
        o.dep_ == "pobj" and o.lemma_.lower() in nouns
        for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "in"
        for o in children_of(c)
    )  # fmt: skip



def harm_in_a_setting(token: Token, trigger: Trigger) -> bool:
    """"Bush was hurt in a 27-24 loss to Chicago", "18 people had been injured in the violence": a verb of CAMEO's HURT
    block in the passive with no one named as the doer, its harm placed "in" a setting. The dictionary codes the
    settings that are acts by its own patterns of the block ("* (IN ATTACK) [190]", "* (IN BOMBING/EXPLOSION) [183]",
    "* (IN &DEMONSTRATION) [145]"), the others as none ("(IN ACCIDENT)", "(IN &WEATHER)"); so its bare default
    (180) is no attack when the text names neither a doer nor one of those acts. Before &WEATHER was defined its
    pattern fitted any "in" phrase and kept these uncoded."""
    if trigger.pos != "verb" or trigger.origin != "cameo" or trigger.type != "ASSAULT":
        return False
    if not any(e.block == "hurt" for e in load_cameo_verbs().get(token.lemma_.lower(), ())):
        return False
    parts = children_of(token)
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in parts) or (token.tag_ == "VBN" and token.dep_ == "conj")
    if not passive or any(c.dep_ == "agent" for c in parts):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "in" for c in parts)
