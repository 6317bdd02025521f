"""What a claim's number is the count of, beyond the counted noun: the predicate that happens to the counted
things ("killed five people" is not "injured five people") and the whole a part is taken from ("six of the
eleven nations")."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from storyline.nlp.claim_sources import REPORTING_VERBS
from storyline.nlp.event_vocab import load_vocabulary
from storyline.nlp.extensions import children_of, sentence_bounds
from storyline.nlp.quantities import ORDERS, parse_amount

# Verbs that say nothing of what is counted: support verbs ("conducted 20 tests", "has 11,000 troops") and the
# verbs a level is reported with ("the toll rose to 40"). Their claims compare with any predicate.
_SUPPORT_VERBS = frozenset(
    [
        "be", "have", "do", "make", "take", "get", "give", "hold", "conduct", "carry", "stage", "perform", "see",
        "include", "involve", "number", "total", "reach", "rise", "climb", "stand", "hit", "top", "exceed", "jump",
        "fall", "drop", "grow", "remain", "become", "bring", "put", "offer", "receive", "cite", "accord", "value",
        "price",
    ]
)
# Casualty verbs news uses interchangeably for one count: "five hurt", "injuring five", "five wounded".
_CASUALTY_PREDICATE = {"hurt": "injure", "wound": "injure", "injure": "injure", "die": "kill", "kill": "kill"}
CASUALTY_PREDICATES = frozenset(_CASUALTY_PREDICATE.values())
# Verbs of one WordNet 3.0 synset tell one happening: arrest.v.01 ("collar, nail, apprehend, arrest, pick up,
# nab, cop": "nabbed 26 pirates", "apprehending 26 pirates") and confiscate.v.01 ("impound, attach, sequester,
# confiscate, seize": "seized six rifles", "confiscated six rifles").
_SAME_PREDICATE = {
    **_CASUALTY_PREDICATE,
    **dict.fromkeys(["collar", "apprehend", "nab", "arrest"], "arrest"),
    **dict.fromkeys(["impound", "sequester", "confiscate", "seize"], "confiscate"),
}
# Words a headline or a tally puts right after a bare number to say what befell people: "Ten dead", "80 hurt",
# "at least 50 injured", "five wounded". The number counts people; the word is the predicate, not the noun.
_CASUALTY_WORDS = {"dead": "kill", "killed": "kill", "injured": "injure", "hurt": "injure", "wounded": "injure"}
# Verbs whose subject undergoes the happening their object names (WordNet 3.0 suffer.v.02 "suffer, sustain, have, get",
# incur.v.01, undergo.v.01), and the verbs of the nouns news puts there (WordNet's derivational links).
_UNDERGO = frozenset(["suffer", "sustain", "incur", "undergo"])
_NOMINAL_VERB = {"injury": "injure", "wound": "wound", "loss": "lose", "damage": "damage", "harm": "harm"}
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd", "dative", "npadvmod"})
_VERBS = frozenset({"VERB", "AUX"})
_NOMINALS = frozenset({"NOUN", "PROPN"})


def _fold(lemma: str) -> str:
    lemma = lemma.lower()
    if lemma in _SUPPORT_VERBS or lemma in REPORTING_VERBS:
        return ""
    return _SAME_PREDICATE.get(lemma, lemma)


def claim_predicate(head: Token) -> str:
    """The verb the counted noun is an argument of, or that modifies it ("five people killed"), folded; else what
    a participle before the noun says befell it ("355 damaged shops")."""
    return _clause_predicate(head) or _participle_before(head) or _order_predicate(head)


def _order_predicate(head: Token) -> str:
    """What befalls "thousands" in "compromising thousands of Web sites", "applied to hundreds of millions of
    computers", "looks across millions of sites": the counted noun hangs on the number through "of", so the
    clause's verb is the number's, and it befalls the things counted."""
    of = head.head
    if head.dep_ != "pobj" or of.lower_ != "of" or of.i == head.i:
        return ""
    number = of.head
    if number.i == of.i or not (number.like_num or number.tag_ == "CD" or number.lower_ in ORDERS):
        return ""
    if number.dep_ != "pobj" or number.head.lower_ == "by":
        # the number's own argument positions are read as they were (a subject or an object of the clause's verb
        # may be a reporting or a citing one); "unrest by thousands of students" names the doers, not what befell
        return ""
    return _clause_predicate(number)


def _clause_predicate(head: Token) -> str:
    node = head
    while node.dep_ == "conj" and node.head.i != node.i:
        governor = node.head
        if governor.pos_ in _VERBS and node.pos_ in _NOMINALS and any(c.dep_ == "dobj" for c in children_of(governor)):
            # the parser hangs the later nouns of an object list on the verb ("attacked a government building,
            # four shops and two banks"): they are that verb's objects
            return _fold(node.head.lemma_)
        node = node.head
    for child in children_of(node):
        if child.dep_ in ("acl", "relcl") and child.pos_ in _VERBS and child.i > node.i:
            if _done_by(child) and (governing := _governing_predicate(node)):
                # "captured 23 pirates who threatened a vessel", "killed ten people who were attending a wedding":
                # a subject relative in the active voice tells what the counted did; what befell them is the
                # verb they are an argument of
                return governing
            return _fold(child.lemma_)
    if node.dep_ == "pobj" and node.head.lower_ == "with" and _names_happening(node.head.head):
        # "a clash with around 30 youths": the happening the counted take part in, not the clause's verb ("killed
        # him during a clash with 30 youths" does not kill the youths)
        return node.head.head.lemma_.lower()
    if node.dep_ == "pobj":
        # "in 54 games", "during 16 tests": the verb the preposition hangs on
        verb = node.head.head
    elif node.dep_ in _ARGUMENT_DEPS:
        verb = node.head
    else:
        return ""
    if verb.pos_ not in _VERBS:
        return ""
    if node.dep_ != "pobj" and _to_death(verb):
        # the verb's own arguments died, not its agent ("shot dead by two officers") nor an age ("dead at 95")
        return "kill"
    folded = _fold(verb.lemma_)
    if verb.lemma_.lower() in _UNDERGO and node.dep_ in ("nsubj", "nsubjpass"):
        # "two cables suffered severe damage", "40 people sustained injuries": what befell the subject is the
        # object's happening, as "two cables were damaged", "40 people were injured" say it
        undergone = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
        if undergone is not None:
            noun = undergone.lemma_.lower()
            return _fold(_NOMINAL_VERB.get(noun, noun))
    if not folded and node.dep_ in ("nsubj", "nsubjpass"):
        # "five people had received treatment after being injured": the subject of a support verb is the
        # understood subject of its adjunct clause, which says what befell it.
        for child in children_of(verb):
            adjunct = child if child.dep_ == "advcl" else None
            if child.dep_ == "prep":
                adjunct = next((c for c in children_of(child) if c.dep_ == "pcomp"), None)
            if adjunct is not None and adjunct.pos_ in _VERBS and (found := _fold(adjunct.lemma_)):
                return found
    return folded


def _done_by(clause: Token) -> bool:
    """Whether a relative clause's subject is its relative pronoun and its voice active ("who threatened")."""
    children = children_of(clause)
    return any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in children) and not any(
        c.dep_ == "auxpass" for c in children
    )


def _governing_predicate(node: Token) -> str:
    """The folded verb a noun is the object of ("captured 23 pirates"), "" when it is none's or the verb says
    nothing of it."""
    if node.dep_ in ("dobj", "nsubjpass") and node.head.pos_ in _VERBS:
        return _fold(node.head.lemma_)
    return ""


def _to_death(verb: Token) -> bool:
    """Whether a resultative says the verb killed what it befell: "shot to death one person", "was stabbed to
    death", "were shot dead". Those people are the killed, not the shot who lived: "shot three people, killing
    one" counts the three shot and the one killed apart."""
    for child in children_of(verb):
        if child.dep_ == "prep" and child.lower_ == "to" and any(
            c.dep_ == "pobj" and c.lower_ == "death" for c in children_of(child)
        ):
            return True
        if child.dep_ in ("oprd", "acomp", "advmod") and child.lower_ == "dead":
            return True
    return False


def _participle_before(head: Token) -> str:
    """ "damaged" in "355 damaged shops", "injured" in "20 injured people": a participle before the counted noun
    says what befell the things counted when no verb does."""
    numbers = [child.i for child in children_of(head) if child.dep_ == "nummod"]
    for child in children_of(head):
        participle = child.tag_ == "VBN" or child.lower_ in _CASUALTY_WORDS
        if child.dep_ == "amod" and participle and any(n < child.i < head.i for n in numbers):
            return _CASUALTY_WORDS.get(child.lower_) or _fold(child.lemma_)
    return ""


def _names_happening(token: Token) -> bool:
    """Whether a noun names a happening the PLOVER vocabulary codes, as a noun or as the verb it is ("clash")."""
    if token.pos_ != "NOUN":
        return False
    triggers = load_vocabulary().triggers
    lemma = token.lemma_.lower()
    return ("noun", lemma) in triggers or ("verb", lemma) in triggers


def whole_of(number: Token, head: Token | None) -> float | None:
    """For "six of the eleven nations", 11: the number that counts the whole the claim takes a part of."""
    if head is None or head.i < number.i:
        return None
    partitive = any(
        child.dep_ == "prep" and child.lower_ == "of" and any(o.i == head.i for o in children_of(child))
        for child in children_of(number)
    )
    if not partitive:
        return None
    if head.like_num:
        # "30 of the 80 wounded": the whole is the number the partitive takes its part of
        amount = parse_amount([head.text])
        return amount.value if amount is not None else None
    for child in children_of(head):
        if child.dep_ == "nummod" and child.i < head.i:
            amount = parse_amount([child.text])
            if amount is not None:
                return amount.value
    return None


def casualty_after(number: Token, head: Token | None) -> str:
    """ "kill" or "injure" when the word right after a bare number says what befell the people it counts ("Ten
    dead in southern Iran quake", "80 hurt", "at least 50 injured"), the parser reading that word as the number's
    noun, modifier or head; "" otherwise."""
    after = number.nbor(1) if number.i + 1 < len(number.doc) else None
    if after is None or after.lower_ not in _CASUALTY_WORDS:
        return ""
    if head is not None and head.i != after.i:
        return ""  # "five people hurt": the noun counts, the word after it is its predicate
    linked = after.head.i == number.i or number.head.i == after.i
    return _CASUALTY_WORDS[after.lower_] if linked else ""


# What a place's population is counted in: "home to 120,000 people", "has about 200,000 residents", "a town of
# 15,000 people", "a population of 120,000".
_DWELLERS = frozenset(["people", "person", "resident", "inhabitant", "soul"])
_LIVED_IN = frozenset(["resident", "inhabitant"])
# Nouns of places people live in, after WordNet 3.0's municipality.n.01 / geographical_area.n.01 hyponyms that
# news gives a population for ("a town of 15,000", "an island of 200,000 people").
_SETTLEMENTS = frozenset(["city", "town", "village", "island", "country", "nation", "province", "region", "state",
                          "district", "county", "municipality", "port", "capital", "metropolis", "suburb"])


def counts_population(head: Token, predicate: str) -> bool:
    """Whether the counted noun is a place's population: "home to 120,000 people", "which has 200,000 residents",
    "a town of 15,000 people", "a population of 120,000"; not when something befalls them ("15,000 residents were
    evacuated")."""
    lemma = head.lemma_.lower()
    if lemma == "population":
        return True
    if predicate or lemma not in _DWELLERS:
        return False
    if head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "home":
        return True
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in _SETTLEMENTS:
        return True
    if lemma not in _LIVED_IN:
        return False
    # a place has them: "which has about 200,000 residents", "a city with 500,000 inhabitants"
    return (head.dep_ == "dobj" and head.head.lemma_.lower() == "have") or (
        head.dep_ == "pobj" and head.head.lower_ == "with"
    )


# Parents news names by how many children they have ("a mother of 12", "the father of two boys"), after WordNet
# 3.0's parent.n.01 and grandparent.n.01 with their hyponyms and mother.n.01's / father.n.01's familiar synonyms.
_PARENTS = {
    **dict.fromkeys(["mother", "mom", "mum", "mommy", "mama", "momma", "ma"], "mother"),
    **dict.fromkeys(["father", "dad", "daddy", "papa", "pa"], "father"),
    **dict.fromkeys(["parent", "grandmother", "grandfather", "grandparent", "grandma", "grandpa"], "parent"),
}

# What a parent is the parent of (WordNet 3.0 offspring.n.01 "offspring, progeny, issue" and its hyponyms news uses).
_OFFSPRING = frozenset(["child", "kid", "son", "daughter", "boy", "girl", "grandchild", "grandson", "granddaughter"])


def parents_children(number: Token, head: Token | None) -> str:
    """What "a mother of 12", "a father of two boys" count: the parent's children ("mother's children", "father's
    boys"), one quantity whichever word names the parent; never 12 mothers. "" when the number is no such count
    ("the mother of three of his eight children" takes a part of the eight)."""
    counted = head if head is not None and head.i > number.i else number
    of = counted.head
    if counted.dep_ != "pobj" or of.lower_ != "of" or of.head.pos_ not in _NOMINALS:
        return ""
    parent = _PARENTS.get(of.head.lemma_.lower()) or _PARENTS.get(of.head.lower_)
    if parent is None or any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(number)):
        return ""
    if counted is not number and counted.pos_ == "PROPN" and counted.i > number.i:
        counted = number  # "Mother of 13 Zurana Horton": the parser hangs the number on the name the parent has
    if counted is not number and counted.lemma_.lower() not in _OFFSPRING:
        return ""  # "a mother of 12 - another mom and a girl were wounded": the parser's misreading
    return f"{parent}'s {'children' if counted is number else counted.lower_}"


# Nouns of the happenings a magnitude is given for, after WordNet 3.0's earthquake.n.01 ("earthquake, quake,
# temblor, seism") with its hyponyms tremor and aftershock (foreshock): the main shock's magnitude is not an
# aftershock's.
_SHOCKS = {
    **dict.fromkeys(["earthquake", "quake", "temblor", "seism", "tremor", "shock"], "earthquake"),
    **dict.fromkeys(["aftershock", "foreshock"], "aftershock"),
}
_HEDGE_WORDS = frozenset(["at", "least", "about", "around", "nearly", "almost", "some", "roughly", "approximately"])
_POSSIBILITY = frozenset(["can", "could", "may", "might"])


def _is_magnitude(token: Token) -> bool:
    return token.lemma_.lower().lstrip("-") in ("magnitude", "magnitudes")  # "5.6 -magnitude" as some texts glue it


def _magnitude_cue(number: Token, head: Token | None) -> bool:
    """ "magnitude 5.9", "5.9-magnitude", "measuring at least magnitude 5.9", "a magnitude of 5.9", "puts the
    magnitude at 6.1", "magnitudes ranging from 3.6", "registering 6.1 on the Richter scale": the word is beside
    the number or above it in the parse, never just near it ("a magnitude 5.9 quake killed 10")."""
    if head is not None and _is_magnitude(head):
        return True
    doc = number.doc
    before = number.i - 1
    while before >= sentence_bounds(number)[0] and (doc[before].tag_ == "HYPH" or doc[before].lower_ in _HEDGE_WORDS):
        before -= 1
    after = number.i + 1
    while after < sentence_bounds(number)[1] and doc[after].tag_ == "HYPH":
        after += 1
    beside = [doc[i] for i in (before, after) if sentence_bounds(number)[0] <= i < sentence_bounds(number)[1]]
    if any(_is_magnitude(t) for t in beside):
        return True
    above = [number, *list(number.ancestors)[:3]]
    if any(_is_magnitude(t) for t in above[1:]):
        return True
    return any(
        c.dep_ == "prep" and c.lower_ == "on"
        and any(o.lower_ == "scale" and any(r.lower_ == "richter" for r in children_of(o)) for o in children_of(c))
        for t in above[:3] for c in children_of(t)
    )


@dataclass(frozen=True)
class Magnitude:
    """A number read as a shock's magnitude: what it counts and the shock's noun when the sentence names it."""

    counted: str
    """ "earthquake magnitude", "aftershock magnitude", or "magnitude" when the shock is not said or both are."""
    shock: Token | None
    generic: bool = False
    """ "A magnitude 6 quake can cause severe damage": a kind of shock, no happening."""


def _shocks_of(verb: Token) -> list[Token]:
    """The shocks a clause's verb has for subject, object or agent ("the quake struck with a force of 6.0"; "it
    was 6.1": the pronoun takes up the story's shock)."""
    found: list[Token] = []
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in _SHOCKS:
        found.append(verb.head)  # "the quake, which struck with a force of about 6.0"
    for child in children_of(verb):
        args = [child] if child.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") else []
        if child.dep_ in ("agent", "prep"):
            args = [o for o in children_of(child) if o.dep_ == "pobj"]
        found += [a for a in args if (a.dep_ == "nsubj" and a.lower_ == "it") or a.lemma_.lower() in _SHOCKS]
    return found


def _kind(shock: Token) -> str:
    return _SHOCKS.get(shock.lemma_.lower(), "earthquake")  # "it": the story's shock


def _generic(shock: Token) -> bool:
    """ "A magnitude 6 quake can cause severe damage": an indefinite shock under a modal of possibility."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(shock)):
        return False
    verb = shock.head
    return any(c.dep_ == "aux" and c.lemma_.lower() in _POSSIBILITY for c in children_of(verb))


def magnitude_of(number: Token, head: Token | None) -> Magnitude | None:
    """The shock whose magnitude the number is, when it is one: named in the noun phrase the number sits in ("the
    6.1-magnitude quake", "an earthquake measuring 5.9") or, else, by its clause's verb ("the quake struck with a
    force of about 6.0"); None when the number is no magnitude."""
    if head is not None and head.tag_ == "NNS" and head.lemma_.lower() not in (*_SHOCKS, "magnitude", "degree"):
        return None  # "a 5.9 magnitude quake has leveled seven villages": the seven count villages
    if not _magnitude_cue(number, head):
        return None
    node = number
    shocks: list[Token] = []
    for _ in range(8):
        if node.lemma_.lower() in _SHOCKS:
            shocks = [node]
            break
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("acl", "pcomp", "amod"):
            shocks = _shocks_of(node)
            break
        if node.pos_ == "NOUN":
            shocks = [c for c in children_of(node) if c.lemma_.lower() in _SHOCKS]
            if shocks:
                break
        if node.head.i == node.i:
            break
        node = node.head
    kinds = {_kind(s) for s in shocks}
    if len(kinds) != 1:
        return Magnitude("magnitude", None)
    shock = shocks[0]
    return Magnitude(f"{kinds.pop()} magnitude", shock, _generic(shock))


# Words that give the bearing of a distance from a place: "1,150 km southeast of Tehran", "300 feet away from".
_BEARINGS = frozenset(["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                       "northward", "southward", "eastward", "westward", "away", "off", "outside", "inland"])


@dataclass(frozen=True)
class Distance:
    """A length read as the distance of a thing from a place: "Qeshm, located 1,150 km southeast of Tehran"."""

    origin: Token
    """The place measured from ("Tehran")."""
    located: Token | None
    """The named place that lies there ("Qeshm"); None when the clause does not name it ("the island")."""
    beside: Token | None = None
    """The common noun the length follows in its noun phrase ("a motorist 50 miles north of Detroit"): a thing
    that lies there, not the story's place; None otherwise."""


def _named(token: Token) -> Token | None:
    """The proper name a place phrase gives: "Tehran", "the port of Bandar Abbas", "the capital, Tehran"."""
    if token.pos_ == "PROPN":
        return token
    for child in children_of(token):
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            found = next((o for o in children_of(child) if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
            if found is not None:
                return found
    return None


def distance_of(unit: Token) -> Distance | None:
    """The place a length is measured from and the place lying there, when a bearing says so ("1,150 kilometers
    southeast of Tehran", "35 miles southwest of the port of Bandar Abbas", "300 feet away from the store")."""
    # The bearing hangs the length on it ("940 miles south of Tehran"), or the parser hangs it on the length, or
    # on the first length when this one is its conversion ("1,150 kilometers (700 miles) southeast of Tehran").
    first = unit.head if unit.dep_ == "appos" else unit
    candidates = [first.head, *children_of(first)] if first.dep_ == "npadvmod" else list(children_of(first))
    bearing = next((t for t in candidates if t.lower_ in _BEARINGS), None)
    if bearing is None:
        return None
    origin = next((o for c in children_of(bearing) if c.dep_ == "prep" and c.lower_ in ("of", "from")
                   for o in children_of(c) if o.dep_ == "pobj"), None)
    if origin is None:
        return None
    origin = _named(origin) or origin
    holder = bearing.head if bearing.i == first.head.i else first.head
    if holder.lemma_.lower() == "locate" and holder.dep_ == "acl":
        holder = holder.head  # "Qeshm, located 1,150 km southeast of Tehran"
    elif holder.pos_ in ("VERB", "AUX"):
        holder = next((c for c in children_of(holder) if c.dep_ in ("nsubj", "nsubjpass")), holder)
    located = _named(holder) if holder.pos_ in ("NOUN", "PROPN") else None
    # the noun the distance post-modifies, whether the parser hangs the length on it or it on the length
    beside = next((c for c in children_of(first) if c.dep_ in ("amod", "compound", "nmod") and c.pos_ == "NOUN"), None)
    if beside is None and holder.pos_ == "NOUN" and holder.i < first.i and holder.i in (bearing.head.i, first.head.i):
        beside = holder
    if located is not None or (beside is not None and beside.i > first.i):
        beside = None
    return Distance(origin, located if located is not None and located.i != origin.i else None, beside)
