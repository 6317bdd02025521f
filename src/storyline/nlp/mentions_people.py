"""Binding within one article: surnames, misspellings, acronyms, role descriptions and elliptical names.

A bare surname ("Cha", "Kim", "Lee") binds only to a person introduced in the same article; a name a
letter or two off a person's ("Russell" after "Daniel Russel") binds to that person; an acronym
introduced in parentheses binds to its organisation; "North Korea's leader" binds to the person the
article ties to that state; "the North" to the state "North ..." the article talks about.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import date

from rapidfuzz import fuzz
from spacy.tokens import Doc, Token

from storyline.nlp.extensions import children_of, doc_text, sentence
from storyline.nlp.mentions import Candidate
from storyline.nlp.mentions_companies import describe_companies
from storyline.nlp.mentions_noise import Noise
from storyline.nlp.mentions_roles import appositive, role_head
from storyline.resolve.gazetteer import Gazetteer
from storyline.resolve.gender import KINSHIP, Gender, given_name_gender, honorific_gender, name_gender, noun_gender
from storyline.resolve.knowledge import load_knowledge
from storyline.resolve.names import name_key
from storyline.resolve.person_names import person_key, person_parts

_FUZZY_MIN = 85
_FULL_FUZZY_MIN = 92
# Nouns of ruling: "his reign atop North Korea", "the Kim regime".
_RULE_NOUNS = frozenset({"reign", "rule", "regime", "presidency", "leadership", "dictatorship"})
_RULE_PREPS = frozenset({"atop", "of", "over", "in"})
_LEADER_NOUNS = frozenset({"leader", "president", "dictator", "ruler", "chairman", "premier", "strongman", "king"})
_PRONOUNS = frozenset({"he", "she", "his", "her", "him"})


def bind_article(
    doc: Doc, candidates: list[Candidate], gazetteer: Gazetteer, noise: Noise, tokens: list[Token] | None = None
) -> list[Candidate]:
    """Bind the article's mentions to one another; returns the final candidate list. ``tokens`` is ``list(doc)``
    if the caller has it: each pass over a Doc builds a new Token per word, and six passes below read them."""
    tokens = list(doc) if tokens is None else tokens
    candidates.sort(key=lambda c: (c.start, c.end))
    _relabel_named_firms(candidates)
    full = _full_people(candidates)
    _relabel_person_words(candidates, full)
    sexes = _Sexes(doc, candidates, full)
    _bind_people(candidates, full, sexes)
    candidates.extend(_free_surnames(doc, tokens, candidates, full, noise, sexes))
    candidates.sort(key=lambda c: (c.start, c.end))
    _relabel_places(doc, candidates)
    _bind_acronyms(doc, tokens, candidates)
    _roles(doc, candidates, gazetteer)
    describe_companies(doc, candidates)
    _rule_nouns(tokens, candidates)
    candidates.extend(_leader_descriptions(doc, tokens, candidates, gazetteer))
    candidates.extend(_role_descriptions(doc, tokens, candidates))
    candidates.extend(_elliptical_states(doc, tokens, candidates))
    _locative_capitals(doc, candidates)
    return candidates


def _full_people(candidates: Iterable[Candidate]) -> list[Candidate]:
    return [c for c in candidates if c.label == "PERSON" and len(person_parts(c.name)) >= 2]


def _relabel_named_firms(candidates: list[Candidate]) -> None:
    """A given name and a surname the model labelled a firm ("Bettie Page", an unusual spelling) is a person when the
    article calls someone by that surname alone and the model took that one for a person ("Page was born"); a firm
    named after its founder ("Morgan Stanley") has no lone "Stanley" taken for a person."""
    lone = {name_key(c.name) for c in candidates if c.label == "PERSON" and len(c.name.split()) == 1}
    for c in candidates:
        words = c.name.split()
        if c.label != "ORG" or c.code is not None or c.role is not None or not 2 <= len(words) <= 3:
            continue
        if given_name_gender(words[0]) is not None and name_key(words[-1]) in lone and all(w.istitle() for w in words):
            c.label, c.kind = "PERSON", "name"


def _relabel_person_words(candidates: list[Candidate], full: list[Candidate]) -> None:
    """A word the model labelled as a place or group that is a person's surname here is that person ("Putin")."""
    parts = {p for c in full for p in (person_parts(c.name)[0], person_parts(c.name)[-1])}
    for c in candidates:
        if c.label != "PERSON" and c.code is None and len(c.name.split()) == 1 and name_key(c.name) in parts:
            c.label, c.kind = "PERSON", "name"


class _Sexes:
    """What the article shows of each person's sex, and which surnames it makes ambiguous.

    A lone name with a courtesy title only binds to a person of that sex ("Mr. Trump" never to Melania Trump).
    When a titled lone name fits none of the article's people who carry that name, the article speaks of
    someone it never names in full: its untitled "Trump"s are then left for the story to resolve.
    """

    def __init__(self, doc: Doc, candidates: list[Candidate], full: list[Candidate]) -> None:
        self.doc = doc
        self.of_person = {id(c): name_gender(doc[c.first : c.last].text) or noun_gender(c.role or "") for c in full}
        self.relatives = {id(c) for c in full if _introduced_as_kin(doc, c)}
        self.ambiguous: set[str] = set()
        for c in candidates:
            parts = person_parts(c.name) if c.label == "PERSON" else ()
            sex = self.of_lone(c)
            if len(parts) != 1 or sex is None:
                continue
            carriers = [p for p in full if parts[0] in (person_parts(p.name)[0], person_parts(p.name)[-1])]
            if carriers and all(self.of_person[id(p)] not in (None, sex) for p in carriers):
                self.ambiguous.add(parts[0])

    def of_lone(self, candidate: Candidate) -> Gender | None:
        """The sex a lone name's courtesy title or gendered title shows ("Mrs. Lee", "Chairwoman Lee")."""
        first = self.doc[candidate.first].text if candidate.first < candidate.last else ""
        return honorific_gender(first) or noun_gender(candidate.role or "")

    def fits(self, sex: Gender | None, person: Candidate) -> bool:
        """Whether ``person`` may be someone of ``sex`` (unknown on either side fits)."""
        known = self.of_person.get(id(person))
        return sex is None or known is None or known == sex


def _introduced_as_kin(doc: Doc, person: Candidate) -> bool:
    """Whether a full name is introduced as a relative: "his father, Pierre L'Enfant", "his wife Melania Trump",
    "Melania Trump, his wife", "first lady Melania Trump"."""
    span = doc[person.first : person.last]
    root = span.root
    if root.dep_ == "appos" and root.head.lower_ in KINSHIP:
        return True
    if any(child.dep_ == "appos" and child.lower_ in KINSHIP for child in children_of(root)):
        return True
    window = doc[max(person.first - 3, span.sent.start) : person.first]
    return any(token.lower_ in KINSHIP for token in window)


def _match(
    word: str, full: list[Candidate], at: int, sexes: _Sexes | None = None, sex: Gender | None = None
) -> Candidate | None:
    """The full person a lone name stands for: introduced before if possible, surname first, then family name."""
    key = name_key(word)
    if sexes is not None:
        if sex is None and key in sexes.ambiguous:
            return None
        full = [c for c in full if sexes.fits(sex, c)]
        carriers = [c for c in full if key in (person_parts(c.name)[0], person_parts(c.name)[-1])]
        if any(id(c) not in sexes.relatives for c in carriers):
            # "his wife, Melania Trump" or "his father, Pierre L'Enfant": a relative named to place the person
            # the story is about; a bare surname means that person, as news style writes relatives by given name.
            full = [c for c in full if id(c) not in sexes.relatives or c not in carriers]
    before = [c for c in full if c.start < at]
    after = [c for c in full if c.start >= at]
    for pool in (before[::-1], after):
        for position in (-1, 0):
            found = [c for c in pool if person_parts(c.name)[position] == key]
            if found:
                return found[0]
    if len(key) >= 4:
        scored = [(fuzz.ratio(key, person_parts(c.name)[-1]), -abs(c.start - at), c) for c in full]
        scored = [s for s in scored if s[0] >= _FUZZY_MIN and person_parts(s[2].name)[-1][0] == key[0]]
        if scored:
            return max(scored, key=lambda s: (s[0], s[1]))[2]
    return None


def _bind_people(candidates: list[Candidate], full: list[Candidate], sexes: _Sexes) -> None:
    for c in candidates:
        if c.label != "PERSON":
            continue
        parts = person_parts(c.name)
        if len(parts) == 1:
            found = _match(c.name, full, c.start, sexes, sexes.of_lone(c))
            if found is not None:
                c.antecedent, c.kind = found.resolved, "surname"
        elif len(parts) >= 2:
            # A near-identical full name earlier in the article is the same person misspelt ("Daniel Russell").
            key = person_key(c.name)
            for other in full:
                if other.start >= c.start:
                    break
                okey = person_key(other.name)
                if okey != key and parts[0] == person_parts(other.name)[0] and fuzz.ratio(key, okey) >= _FULL_FUZZY_MIN:
                    c.antecedent = other.resolved
                    break


def _free_surnames(
    doc: Doc, tokens: list[Token], candidates: list[Candidate], full: list[Candidate], noise: Noise, sexes: _Sexes
) -> list[Candidate]:
    """Surnames of the article's people that the model left unlabelled ("Cha wrote")."""
    taken = {i for c in candidates for i in range(c.first, c.last)}
    names = {p for c in full for p in (person_parts(c.name)[0], person_parts(c.name)[-1])}
    found: list[Candidate] = []
    for token in tokens if names else ():  # no person named in full: no surname to find
        if token.i in taken or not token.is_title or token.pos_ not in ("PROPN", "NOUN") or token.lower_ not in names:
            continue
        # Part of a longer name that is not the article's person ("Kim" of "Kim Yo Jong" is someone else).
        neighbours = [doc[j] for j in (token.i - 1, token.i + 1) if 0 <= j < len(doc)]
        if any(n.is_title and n.pos_ == "PROPN" and n.i not in taken for n in neighbours):
            continue
        if noise(token.idx, token.idx + len(token.text), token.text, "PERSON"):
            continue
        person = _match(token.text, full, token.idx, sexes)
        if person is not None:
            found.append(
                Candidate(
                    token.idx,
                    token.idx + len(token.text),
                    token.i,
                    token.i + 1,
                    "PERSON",
                    token.text,
                    "surname",
                    person.resolved,
                )
            )
    return found


# Prepositions after which a lone name nobody introduced is a place ("talks at Panmunjom"), not a person.
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across"})


def _relabel_places(doc: Doc, candidates: list[Candidate]) -> None:
    """A one-word "person" the article never introduces, with no title, placed by a preposition, is a place."""
    for c in candidates:
        if (
            c.label == "PERSON"
            and c.kind == "name"
            and c.antecedent is None
            and c.role is None
            and c.last - c.first == 1
            and c.first > 0
            and doc[c.first - 1].lower_ in _PLACE_PREPS
        ):
            c.label = "LOC"


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w[0].isupper())


def _bind_acronyms(doc: Doc, tokens: list[Token], candidates: list[Candidate]) -> None:
    """ "the Korean Central News Agency (KCNA)" and later "KCNA" -> the agency."""
    orgs = [c for c in candidates if c.label == "ORG" and not c.name.isupper()]
    text = doc_text(doc)
    known: dict[str, str] = {}
    for c in orgs:
        after = text[c.end : c.end + 16]
        m = re.match(r"\s*\(([A-Z][A-Za-z&.]{1,9})\)", after)
        if m:
            known[m.group(1).replace(".", "")] = c.resolved
    for c in orgs:
        known.setdefault(_initials(c.name), c.resolved)
    taken = {i for c in candidates for i in range(c.first, c.last)}
    for c in candidates:
        if c.label == "ORG" and c.name.isupper() and c.name.replace(".", "") in known:
            c.antecedent, c.kind = known[c.name.replace(".", "")], "acronym"
    explicit = {a for a in known if f"({a})" in text}
    for token in tokens if explicit else ():
        if token.i not in taken and token.text.replace(".", "") in explicit and token.is_upper:
            candidates.append(
                Candidate(
                    token.idx,
                    token.idx + len(token.text),
                    token.i,
                    token.i + 1,
                    "ORG",
                    token.text,
                    "acronym",
                    known[token.text.replace(".", "")],
                )
            )


def _org_at(candidates: list[Candidate]) -> dict[int, str]:
    return {i: c.resolved for c in candidates if c.label == "ORG" for i in range(c.first, c.last)}


def _roles(doc: Doc, candidates: list[Candidate], gazetteer: Gazetteer) -> None:
    orgs = _org_at(candidates)
    text = doc_text(doc)
    for c in candidates:
        if c.label != "PERSON" or c.kind == "description" or _in_headline(text, c.start):
            continue
        span = doc[c.first : c.last]
        role, affiliation = appositive(span, lambda t: orgs.get(t.i))
        c.role = c.role or role
        c.affiliation = c.affiliation or affiliation
        root = span.root
        if c.acts_for is None and root.dep_ == "appos" and root.head.lower_ in gazetteer.titles:
            # "Russia's president, Vladimir Putin" / "the Russian president, Vladimir Putin"
            owners = [t for t in children_of(root.head) if t.dep_ in ("poss", "amod", "compound")]
            c.acts_for = next((code for t in owners if (code := _state_in(candidates, t))), None)


_MINOR_WORDS = frozenset({"a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "as", "vs"})


def _in_headline(text: str, at: int) -> bool:
    """Whether ``at`` lies in a title-case line with no closing stop ("Donald Trump Warns North Korea"), whose
    parse runs the words after a name into an appositive role."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)].strip()
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if w.lower() not in _MINOR_WORDS]
    if not words or line.endswith((".", "?", "!", ":", "”", '"')) or len(words) < 3:
        return False
    return all(w[0].isupper() for w in words)


def _person_at(candidates: list[Candidate], token: Token) -> Candidate | None:
    """The person a possessor stands for: the mention itself, or for a pronoun the nearest person before it."""
    if token.lower_ in _PRONOUNS:
        start = sentence(token).start_char
        before = [c for c in candidates if c.label == "PERSON" and c.end <= token.idx and c.kind != "description"]
        recent = [c for c in before if c.start >= start] or before[-1:]
        return recent[-1] if recent else None
    return next((c for c in candidates if c.label == "PERSON" and c.first <= token.i < c.last), None)


def _state_in(candidates: list[Candidate], token: Token) -> str | None:
    return next((c.code for c in candidates if c.code and c.first <= token.i < c.last), None)


def _rule_nouns(tokens: list[Token], candidates: list[Candidate]) -> None:
    """ "his reign atop North Korea": the possessor acts for that state."""
    if not any(c.code for c in candidates):
        return  # no state to act for
    for token in tokens:
        if token.lemma_.lower() not in _RULE_NOUNS:
            continue
        owner = next((t for t in children_of(token) if t.dep_ in ("poss", "compound")), None)
        if owner is None:
            continue
        person = _person_at(candidates, owner)
        heads = [token, token.head] if token.dep_ in ("dobj", "pobj", "attr") else [token]
        code = None
        for head in heads:
            for prep in children_of(head):
                if prep.dep_ == "prep" and prep.lower_ in _RULE_PREPS:
                    code = code or next((_state_in(candidates, o) for o in children_of(prep) if o.dep_ == "pobj"), None)
        if person is not None and code is not None:
            person.acts_for = person.acts_for or code
            person.role = person.role or "leader"


def _leader_of(candidates: list[Candidate], code: str, day: date | None) -> str | None:
    """The person the article ties to a state, else the one person of the article the actor dictionaries say
    was in that state's government on the article's date; never a guess ("the president" is not simply the
    article's most mentioned person, who may be a former FBI director)."""
    tied = Counter(c.resolved for c in candidates if c.label == "PERSON" and c.acts_for == code)
    if tied:
        return tied.most_common(1)[0][0]
    knowledge = load_knowledge()
    names = {c.resolved for c in candidates if c.label == "PERSON" and len(person_parts(c.resolved)) >= 2}
    leaders = sorted(n for n in names if any(o.state == code and o.sector == "GOV" for o in knowledge.offices(n, day)))
    return leaders[0] if len(leaders) == 1 else None


def _published(doc: Doc) -> date | None:
    article = doc._.article if doc.has_extension("article") else None
    return getattr(article, "published", None)


def _leader_descriptions(
    doc: Doc, tokens: list[Token], candidates: list[Candidate], gazetteer: Gazetteer
) -> list[Candidate]:
    """ "North Korea's leader", "the Russian president" -> the person leading that state in this article."""
    taken = {i for c in candidates for i in range(c.first, c.last) if c.label == "PERSON"}
    found: list[Candidate] = []
    for token in tokens if any(c.code for c in candidates) else ():  # a leader of no state named here binds to no one
        if token.lower_ not in _LEADER_NOUNS or not token.is_lower or token.i in taken:
            continue
        if any(c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" for c in children_of(token)):
            continue
        if token.head.ent_type_ == "PERSON" and token.dep_ in ("compound", "appos"):
            continue
        state = None
        for child in children_of(token):
            if child.dep_ in ("poss", "amod", "compound"):
                state = next((c for c in candidates if c.code and c.first <= child.i < c.last), None) or state
        if state is None or state.code is None:
            continue
        person = _leader_of(candidates, state.code, _published(doc))
        if person is None:
            continue
        det = next((c for c in children_of(token) if c.dep_ == "det" and c.i < state.first), None)
        first = det.i if det is not None else state.first
        start = doc[first].idx
        found.append(
            Candidate(
                start,
                token.idx + len(token.text),
                first,
                token.i + 1,
                "PERSON",
                person,
                "description",
                person,
                role=token.text,
                acts_for=state.code,
            )
        )
    return found


# Role nouns too generic to name one person even when one person of the article holds them.
_GENERIC_ROLES = frozenset({"official", "source", "man", "woman", "person", "member", "people", "one", "resident"})


def _role_descriptions(doc: Doc, tokens: list[Token], candidates: list[Candidate]) -> list[Candidate]:
    """ "the president", "the actress", "the coach": the one person named before in the article whom the text
    gives that title ("President Donald Trump", "Tara Reid, the actress"). A title two people hold, a title with
    a complement ("the president of the bank" is someone else's office) or a possessor stays unbound."""
    holders: dict[str, set[str]] = {}
    first_seen: dict[str, int] = {}
    for c in candidates:
        if c.label == "PERSON" and c.kind != "description":
            first_seen.setdefault(c.resolved, c.start)
            # the words before the name count too: "Former President Barack Obama" is not "the president"
            head = role_head(f"{doc[c.first : c.last].text} {c.role}") if c.role else None
            if head:
                holders.setdefault(head, set()).add(c.resolved)
    taken = {i for c in candidates for i in range(c.first, c.last)}
    found: list[Candidate] = []
    for token in tokens if holders else ():  # nobody was given a title
        if token.i in taken or token.tag_ != "NN" or not token.is_lower or token.lower_ in _GENERIC_ROLES:
            continue
        people = holders.get(token.lower_, set())
        if len(people) != 1:
            continue
        person = next(iter(people))
        children = list(children_of(token))
        det = next((c for c in children if c.dep_ == "det" and c.lower_ == "the" and c.i < token.i), None)
        if det is None or first_seen[person] >= token.idx:
            continue
        if any(c.dep_ in ("poss", "prep", "compound", "nummod") or c.ent_type_ for c in children if c is not det):
            continue  # "the bank's president", "the president of the bank", "the Russian president"
        if any(t.i in taken for t in doc[det.i : token.i]):
            continue
        found.append(
            Candidate(
                det.idx,
                token.idx + len(token.text),
                det.i,
                token.i + 1,
                "PERSON",
                person,
                "description",
                person,
                role=token.text,
            )
        )
    return found


def _elliptical_states(doc: Doc, tokens: list[Token], candidates: list[Candidate]) -> list[Candidate]:
    """ "the North" / "the South" for the state "North X" / "South X" the article mentions most."""
    states = Counter(c.name for c in candidates if c.code)
    codes = {c.name: c.code for c in candidates if c.code}
    # The model may have labelled the bare word as a place: the elliptical name replaces it.
    candidates[:] = [
        c
        for c in candidates
        if not (c.code is None and c.name in ("North", "South") and c.first > 0 and doc[c.first - 1].lower_ == "the")
    ]
    taken = {i for c in candidates for i in range(c.first, c.last)}
    found: list[Candidate] = []
    elliptical = any(name.startswith(("North ", "South ")) for name in states)
    for token in tokens if elliptical else ():  # no "North X" or "South X" to stand for
        if token.text not in ("North", "South") or token.i == 0 or doc[token.i - 1].lower_ != "the":
            continue
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is not None and following.is_title and not following.is_punct:
            continue  # "the North Korean issue", "the South China Sea"
        options = [(k, n) for n, k in states.items() if n.startswith(f"{token.text} ")]
        if not options or token.i in taken:
            continue
        name = max(options)[1]
        det = doc[token.i - 1]
        found.append(
            Candidate(
                det.idx,
                token.idx + len(token.text),
                det.i,
                token.i + 1,
                "GPE",
                name,
                "description",
                name,
                code=codes[name],
            )
        )
    return found


def _locative_capitals(doc: Doc, candidates: list[Candidate]) -> None:
    """A capital only placed ("talks in Hanoi") whose state the article never names is a place, not a government."""
    named = {c.code for c in candidates if c.code and c.kind != "capital"}
    for c in candidates:
        if (
            c.kind == "capital"
            and c.code not in named
            and c.first > 0
            and doc[c.first - 1].lower_ in ("in", "at", "near")
        ):
            c.label, c.name, c.code, c.kind = "LOC", doc[c.first : c.last].text, None, "name"
