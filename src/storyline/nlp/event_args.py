"""Who took part in an event: actor spans found around a trigger through the dependency parse."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from storyline.model import Mention, Ref
from storyline.nlp.event_vocab import Vocabulary
from storyline.nlp.extensions import char_tokens, children_of, pos_tags
from storyline.resolve.companies import business_nouns, named_as_company
from storyline.resolve.gazetteer import load_gazetteer
from storyline.resolve.knowledge import load_agent_nouns, load_agent_phrases, load_knowledge

ACTOR_LABELS = {"PERSON", "NORP", "GPE", "ORG"}
_PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
_THING_PRONOUNS = {"it", "its", "itself"}
_GROUP_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
# The Phoenix agents dictionary's sectors of a state's own bodies: government, legislature, armed forces.
_STATE_SECTORS = frozenset({"~GOV", "~LEG", "~MIL"})
# Agent sectors whose nouns are offices a person holds for an organisation ("CEO", "boss", "spokesman").
_OFFICE_SECTORS = frozenset({"~BUS", "~GOV", "~MED"})
_RELATIVES = {"which", "that", "who", "whom", "whose"}
_SUBJECTS = {"nsubj", "nsubjpass"}
_NAME_ROLES = {"nsubj", "nsubjpass", "dobj", "pobj", "dative"}
_CLAUSES = {"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj"}
_OBJECT_CONTROL = {"ask", "urge", "request", "persuade", "force", "allow", "order", "press", "implore", "tell", "help"}
# The phrases of a verb a late "by" agent may hang on: its prepositions, their objects, an -ing complement's object.
_LATE_AGENT_PATH = {"prep", "pobj", "pcomp", "dobj", "agent"}
_PLACEHOLDER_PRONOUNS = {"he", "him", "she", "her", "it", "they", "them", "we", "us", "i", "me"}
_FIRST_PERSON = frozenset({"we", "us", "i", "me"})
_MODIFIER_TIER = 1
"""Where ``_resolve_head`` reads a noun's modifiers ("Somali" of "Somali pirates"), after an organisation in
apposition."""
GENERIC = "GENERIC"
"""Label of a participant named by a generic noun ("police", "the company") rather than a name."""
NAME = "NAME"
"""Label of a participant named by a proper noun the entity recogniser missed ("Montalvo was charged")."""
PRONOUN = "PRON"
COUNT = "COUNT"
"""Label of a participant named by a bare number, the subject of a passive ("46 were arrested", "one was charged")."""
"""Label of a participant that is a pronoun whose antecedent the text around does not give."""


@dataclass(frozen=True)
class Span:
    """An actor mention: offsets, label, and the ISO code when the mention names a state."""

    start: int
    end: int
    label: str
    code: str | None = None
    key: str = ""
    """Who the mention names, for telling two mentions of one party apart from two parties (lower case)."""
    acts_for: str | None = None
    """For people: the code of the state the text ties them to."""
    company: bool = False
    """The mention names a company (its description, its legal form, or the actor dictionaries say so)."""
    role: str | None = None
    """For people: the title the text gives ("chief executive")."""
    affiliation: str | None = None
    """For people: the organisation the text ties the title to ("Tom Enders, the chief executive of Airbus")."""


@lru_cache(maxsize=4)
def _participant_nouns(extra: frozenset[str]) -> frozenset[str]:
    """The Phoenix agent nouns and the vocabulary's own, joined once rather than for every document."""
    return frozenset(load_agent_nouns().keys() | extra)


class Participants:
    """Finds actor mentions for the arguments of event triggers in one Doc."""

    def __init__(
        self,
        doc: Doc,
        vocab: Vocabulary,
        source: str,
        mentions: Sequence[Mention] = (),
        doc_tokens: Sequence[Token] | None = None,
    ) -> None:
        """``doc_tokens`` is ``list(doc)`` if the caller has it (a pass over a Doc builds a new Token per word)."""
        self.doc = doc
        self.vocab = vocab
        self.source = source
        if mentions:
            # A person the text ties to a state once ("Russian President Vladimir Putin") acts for it throughout.
            states = {_key(m.antecedent or m.name): m.acts_for for m in mentions if m.acts_for}
            # An actor is mentioned again and again: whether it is a company is asked once per name and role.
            companies: dict[tuple[str, str | None, str, str | None], bool] = {}
            spans = [
                Span(m.start, m.end, m.label, m.code, key, m.acts_for or states.get(key), _company(m, companies),
                     m.role, m.affiliation)
                for m in mentions
                for key in (_key(m.antecedent or m.name),)
            ]  # fmt: skip
        else:
            spans = [
                Span(e.start_char, e.end_char, e.label_, key=_key(e.text)) for e in doc.ents if e.label_ in ACTOR_LABELS
            ]
            spans += _surnames(doc)
        self.spans = spans
        self.by_token: dict[int, int] = {}
        for index, span in enumerate(spans):
            for i in char_tokens(doc, span.start, span.end):
                self.by_token.setdefault(i, index)
        # Generic nouns for acting people and bodies ("police", "the company", "fishermen"): participants too, when
        # nothing more precise ("Indonesian police": Indonesia) names them.
        nouns = _participant_nouns(vocab.words("participant_nouns"))
        self.added: dict[int, int] = {}
        self.generic: dict[int, int] = {}
        words: Iterable[Token] = doc if doc_tokens is None else doc_tokens
        for token, pos in zip(words, pos_tags(doc), strict=True):
            # Every token of the article passes here: its part of speech is read from the document's array, and
            # only a proper noun can be a missed name (``_missed_name`` asks for PROPN), so the others skip that call.
            if pos == "NOUN":
                if token.i not in self.by_token and token.lemma_.lower() in nouns:
                    self.generic[token.i] = self._add(token, GENERIC)
            elif pos == "PROPN" and _missed_name(token) and token.i not in self.by_token:
                self.generic[token.i] = self._add(token, NAME)
            elif pos == "NUM" and token.dep_ == "nsubjpass" and token.i not in self.by_token:
                # A bare number as a passive's subject counts the people acted on: "46 were arrested".
                self.generic[token.i] = self._add(token, COUNT)

    # -- references --------------------------------------------------------------------------------

    def ref(self, index: int) -> Ref:
        """The mention as a Ref into the original text."""
        span = self.spans[index]
        return Ref(span.start, span.end, self.source[span.start : span.end])

    def mention_at(self, token: Token) -> int | None:
        return self.by_token.get(token.i)

    def _add(self, token: Token, label: str) -> int:
        """A participant span for one token that no mention covers (a generic noun, an unresolved pronoun)."""
        known = self.added.get(token.i)
        if known is not None:
            return known
        self.spans.append(Span(token.idx, token.idx + len(token.text), label, key=f"{label}:{token.i}"))
        self.added[token.i] = len(self.spans) - 1
        return self.added[token.i]

    def named(self, index: int) -> bool:
        """The participant is a mention of a named actor (not a generic noun or a bare pronoun)."""
        return self.spans[index].label not in {GENERIC, PRONOUN, COUNT}

    def counted(self, index: int) -> bool:
        """The participant is a bare number counting people ("46 were arrested")."""
        return self.spans[index].label == COUNT

    def missed(self, index: int) -> bool:
        """The participant is a proper noun the entity recogniser missed."""
        return self.spans[index].label == NAME

    def coded(self, index: int) -> bool:
        """The participant names a state, someone the text ties to one, or an organisation the actor dictionaries
        code."""
        span = self.spans[index]
        if span.code or span.acts_for:
            return True
        name = self.source[span.start : span.end]
        return span.label == "ORG" and load_knowledge().organisation_code(name) is not None

    def company(self, index: int) -> bool:
        """The participant is a company."""
        return self.spans[index].company

    def same_party(self, first: int, second: int) -> bool:
        """Two mentions name one party: the same state code, or the same (resolved) name."""
        a, b = self.spans[first], self.spans[second]
        if a.key and a.key == b.key:
            return True
        state_a, state_b = a.code or a.acts_for, b.code or b.acts_for
        return bool(state_a) and state_a == state_b

    # -- noun phrases ------------------------------------------------------------------------------

    def resolve(self, token: Token, depth: int = 0) -> list[int]:
        """Actor mentions a noun phrase headed by ``token`` stands for, with coordinated ones."""
        if depth > 4:
            return []
        found = self._resolve_head(token, depth)
        for conj in token.conjuncts:
            if conj.i > token.i:
                found += [m for m in self._resolve_head(conj, depth) if m not in found]
        return found

    def _resolve_head(self, token: Token, depth: int) -> list[int]:
        own = self.mention_at(token)
        if own is not None and token.pos_ == "NOUN" and self._private(token, [own]):
            return [self.generic.get(token.i) or self._add(token, GENERIC)]  # "Somali nationals": not Somalia
        if own is not None:
            # "North and South Korea": the first state hangs on the shared name as a modifier.
            others = [self.mention_at(c) for c in children_of(token) if c.dep_ in {"nmod", "compound"}]
            return [own, *(m for m in others if m is not None and m != own and self.spans[m].code)]
        lower = token.lower_
        if lower in _RELATIVES and token.head.dep_ == "relcl":
            return self.resolve(token.head.head, depth + 1)
        if token.pos_ == "PRON" or token.tag_ in {"PRP", "PRP$"}:
            antecedent = self.pronoun(token)
            if antecedent is not None:
                return [antecedent]
            return [self._add(token, PRONOUN)] if lower in _PLACEHOLDER_PRONOUNS else []
        if token.pos_ not in {"NOUN", "PROPN", "NUM", "ADJ"}:
            return []
        if self._the_country(token):
            state = self.state_antecedent(token)
            if state is not None:
                return [state]
        relational = token.lemma_.lower() in self.vocab.words("relational_nouns")
        # A company or coded organisation in apposition is the noun itself, its modifiers and possessor say where it
        # is from or who owns it ("The Japanese bank Nomura", "the Beatles' record company, Apple Corps"): it comes
        # first.
        named = [c for c in children_of(token) if c.dep_ == "appos" and self._organisation_at(c)]
        tiers: list[Iterable[Token]] = [
            named,
            (c for c in children_of(token) if c.dep_ in {"amod", "compound", "nmod", "npadvmod"}),
            (c for p in children_of(token) if p.dep_ == "prep" and p.lower_ in self.vocab.words("member_prepositions")
             for c in children_of(p) if c.dep_ == "pobj"),
            () if relational else (c for c in children_of(token) if c.dep_ == "poss"),
            (c for c in children_of(token) if c.dep_ == "appos"),
        ]  # fmt: skip
        for number, tier in enumerate(tiers):
            found: list[int] = []
            for child in tier:
                found += [m for m in self.resolve(child, depth + 1) if m not in found]
            if found and number == _MODIFIER_TIER and self._private(token, found):
                return [self.generic.get(token.i) or self._add(token, GENERIC)]  # "Somali pirates": not Somalia
            if found:
                return found
        generic = self.generic.get(token.i)
        return [generic] if generic is not None else []

    def _organisation_at(self, token: Token) -> bool:
        """A company or an organisation the dictionaries code is named at ``token`` (not a name the recogniser took
        for an organisation: "The Post's managing editor, Howard Simons")."""
        index = self.mention_at(token)
        return index is not None and self.spans[index].label == "ORG" and (self.company(index) or self.coded(index))

    def employer(self, token: Token, person: int) -> list[int]:
        """The organisation a person acts for by the office the text gives them, as PETRARCH2 codes an agent with
        the actor it belongs to: a coded organisation or a company before a title in front of the name ("Airbus
        chief executive Tom Enders", "Apple Computer CEO Steve Jobs", "Pentagon spokesman ..."), or the one an
        appositive title names ("Tom Enders, the chief executive of Airbus"). A name alone, or an organisation
        with no title between ("the Google engineer ..."), ties no one."""
        span = self.spans[person]
        if span.label != "PERSON" or span.code or span.acts_for:
            return []
        titles = load_gazetteer().titles | {n for n, code in load_agent_nouns().items() if code in _OFFICE_SECTORS}
        left = [t for t in token.subtree if t.i < token.i and self.mention_at(t) != person]
        titled = any(w in titles for w in (span.role or "").lower().split())  # the mention's own title prefix
        found: list[int] = []
        if titled or any(t.lower_ in titles for t in left if self.mention_at(t) is None):
            found = [m for t in left for m in (self.mention_at(t),) if m is not None and self._employs(m)]
        if not found and span.affiliation and titled:
            wanted = _key(span.affiliation)
            found = [i for i, s in enumerate(self.spans) if s.key == wanted and self._employs(i)][:1]
        return list(dict.fromkeys(found))

    def _employs(self, index: int) -> bool:
        return self.spans[index].label == "ORG" and (self.company(index) or self.coded(index))

    def _private(self, token: Token, modifiers: list[int]) -> bool:
        """Private people a nationality word describes ("seized 12 Somali nationals", "Somali pirates"): the noun is
        a Phoenix agent of a sector outside government (or one of the vocabulary's ``private_nouns``) and the
        modifiers are only nationality words or places, so the people are not their state."""
        if not all(self.spans[m].label in {"NORP", "GPE"} for m in modifiers):
            return False
        lemma = token.lemma_.lower()
        sector = load_agent_nouns().get(lemma, "").lstrip("~")[:3].lower()
        return sector in self.vocab.words("private_sectors") or lemma in self.vocab.words("private_nouns")

    def pronoun(self, token: Token) -> int | None:
        """Nearest preceding subject mention of a compatible kind, within the two sentences before."""
        lower = token.lower_
        if lower in _PERSON_PRONOUNS:
            labels = {"PERSON"}
        elif lower in _THING_PRONOUNS:
            labels = {"GPE", "ORG"}
        elif lower in _GROUP_PRONOUNS:
            labels = {"GPE", "ORG", "NORP"}
        else:
            return None
        sents = list(self.doc.sents)
        here = next((i for i, s in enumerate(sents) if s.start <= token.i < s.end), 0)
        lower_bound = sents[max(here - 2, 0)].start
        best: int | None = None
        for i in range(token.i - 1, lower_bound - 1, -1):
            candidate = self.doc[i]
            index = self.mention_at(candidate)
            if index is None or self.spans[index].label not in labels:
                continue
            if candidate.pos_ == "ADJ" and lower not in _GROUP_PRONOUNS and self._named_in(candidate.head, index):
                continue  # "Irish airline Ryanair ... it": the demonym describes, the name is what "it" refers to
            head = candidate
            while head.dep_ in {"compound", "flat", "amod"} and head.head.i != head.i:
                head = head.head
            if head.dep_ in _SUBJECTS or (head.dep_ == "poss" and head.head.dep_ in _SUBJECTS):
                return index
            if best is None and i >= sents[here].start:
                best = index
        return best

    def offices(self, found: list[int]) -> list[int]:
        """The participants of a coded event as who they act for: "we" or "I" inside quote marks is the quote's
        speaker as the attribution layer found them ('"We urge the governments of the region to act," said a
        State Department spokesman'; a speaker who is no actor leaves "we"), and a person stands with the
        organisation their title ties them to (``employer``). Only an event already coded is recoded, so that a
        first-person statement that codes no event ("We're encouraged") or a chief executive's remark still codes
        none."""
        out: list[int] = []
        for index in found:
            span = self.spans[index]
            word = self.source[span.start : span.end].lower()
            said = self._speaker_at(span.start) if span.label == PRONOUN and word in _FIRST_PERSON else []
            for person in said or [index]:
                out += [m for m in (person, *self._employer_of(person)) if m not in out]
        return out

    def _employer_of(self, index: int) -> list[int]:
        span = self.spans[index]
        if span.label != "PERSON":
            return []
        return [m for t in self._heads(span.start, span.end)[:1] for m in self.employer(t, index)]

    def _speaker_at(self, offset: int) -> list[int]:
        for quote in self.doc._.quotes or ():
            if quote.kind == "indirect" or quote.speaker is None:
                continue
            if not any(p.start <= offset < p.end for p in quote.parts or (quote,)):
                continue
            mention = quote.speaker.mention
            return [m for t in self._heads(mention.start, mention.end) for m in self.resolve(t) if self.named(m)]
        return []

    def _heads(self, start: int, end: int) -> list[Token]:
        """The tokens of a character span whose syntactic head lies outside it (a phrase's head first)."""
        words = self.doc.char_span(start, end, alignment_mode="expand")
        if words is None:
            return []
        return [t for t in words if t.head.i == t.i or not words.start <= t.head.i < words.end]

    def _the_country(self, token: Token) -> bool:
        """ "the country's" with nothing else before it, owning one of the state's bodies or officials ("the
        country's military", "the country's foreign minister"): a description of a state named before. Alone ("the
        country has been hit by strikes") or owning anything else ("the nation's criminals", "rescuing the country's
        economy") it makes no party of its own."""
        if token.lemma_.lower() not in self.vocab.words("state_nouns") or token.tag_ != "NN" or token.dep_ != "poss":
            return False
        before = [c for c in children_of(token) if c.i < token.i]
        if len(before) != 1 or before[0].lower_ != "the":
            return False
        owned = token.head.lemma_.lower()
        phrase = " ".join(c.lower_ for c in children_of(token.head) if c.dep_ in {"amod", "compound"}) + " " + owned
        sectors = {load_agent_nouns().get(owned), load_agent_phrases().get(phrase.strip())}
        return bool(sectors & _STATE_SECTORS) or owned in self.vocab.words("official_nouns")

    def state_antecedent(self, token: Token) -> int | None:
        """The nearest state named before ``token``, within its sentence and the two before ("Iran rejected the
        proposal, and the country's foreign minister said": Iran), as a pronoun's antecedent is found."""
        sents = list(self.doc.sents)
        here = next((i for i, s in enumerate(sents) if s.start <= token.i < s.end), 0)
        for i in range(token.i - 1, sents[max(here - 2, 0)].start - 1, -1):
            index = self.mention_at(self.doc[i])
            if index is not None and self.spans[index].label == "GPE" and len(self.spans[index].code or "") == 3:
                return index
        return None

    def _named_in(self, phrase: Token, besides: int) -> bool:
        """The phrase names an organisation other than mention ``besides`` ("Irish airline, Ryanair")."""
        found = (self.mention_at(t) for t in phrase.subtree)
        return any(m is not None and m != besides and self.spans[m].label == "ORG" for m in found)

    def in_subtree(self, token: Token, prefer_states: bool = False) -> list[int]:
        """Every actor mention inside the subtree of ``token``; states first when asked."""
        found: list[int] = []
        stack = [token]
        while stack:
            t = stack.pop()
            index = self.mention_at(t)
            if index is not None and index not in found:
                found.append(index)
            # A relative or adverbial clause inside the phrase speaks of other things ("where Kyiv's forces...").
            stack.extend(reversed([c for c in children_of(t) if c.dep_ not in _CLAUSES]))
        if prefer_states and len(found) > 1:
            coded = [m for m in found if self.spans[m].code]
            if coded:
                return coded
            demonyms = [m for m in found if self.spans[m].label == "NORP"]
            if demonyms:
                return demonyms
        return found

    # -- clauses -----------------------------------------------------------------------------------

    def subject(self, verb: Token, depth: int = 0) -> list[int]:
        """Who does what ``verb`` says: its subject, the passive agent, or the subject it inherits."""
        if depth > 5:
            return []
        for child in children_of(verb):
            if child.dep_ == "nsubj":
                return self.resolve(child)
        for child in children_of(verb):
            if child.dep_ == "agent":
                for pobj in children_of(child):
                    if pobj.dep_ == "pobj":
                        return self.resolve(pobj)
        if any(child.dep_ == "nsubjpass" for child in children_of(verb)):
            return self._late_agent(verb)
        head = verb.head
        if head.i == verb.i:
            return []
        if verb.dep_ == "xcomp" and head.lemma_ in _OBJECT_CONTROL:
            objects = [c for c in children_of(head) if c.dep_ in {"dobj", "dative"}]
            if objects:
                return self.resolve(objects[0])
        if verb.dep_ in {"xcomp", "conj", "advcl", "ccomp"}:
            return self.subject(head, depth + 1)
        if verb.dep_ == "pcomp" and head.dep_ == "prep":
            holder = head.head
            if holder.pos_ == "NOUN" and holder.dep_ == "dobj":
                # "maintained a policy of turning away boats": who holds the policy acts.
                return self.subject(holder.head, depth + 1)
            return self.subject(holder, depth + 1)
        if verb.dep_ in {"acl", "relcl"}:
            found = self.resolve(head) or self.copula_subject(head, depth)
            decided = head.lemma_.lower() in self.vocab.words("decision_nouns")
            if not found and decided and verb.dep_ == "acl" and head.dep_ == "dobj" and _infinitive(verb):
                # "The EU made the decision to ban...", "took steps to end...": who holds the decision acts.
                found = self.subject(head.head, depth + 1)
            return found
        return []

    def _late_agent(self, verb: Token) -> list[int]:
        """A passive's "by" phrase the parser hung lower, on a phrase of the verb's own ("was banned from
        worshipping at sites by the Ministry"): the agent when it names an actor."""
        stack = [c for c in children_of(verb) if c.dep_ in _LATE_AGENT_PATH]
        while stack:
            token = stack.pop()
            if token.dep_ in {"prep", "agent"} and token.lower_ == "by":
                found = [m for p in children_of(token) if p.dep_ == "pobj" for m in self.resolve(p) if self.named(m)]
                if found:
                    return found
            stack.extend(c for c in children_of(token) if c.dep_ in _LATE_AGENT_PATH)
        # "was rejected in the Senate", "was approved in Parliament": with no "by" phrase, an organisation the
        # act took place in (a legislature, a court) carried it out; a place ("was arrested in Lima") is no agent.
        return [
            m
            for prep in children_of(verb)
            if prep.dep_ == "prep" and prep.lower_ == "in"
            for p in children_of(prep)
            if p.dep_ == "pobj"
            for m in self.resolve(p)
            if self.spans[m].label == "ORG"
        ]

    def nominal_agents(self, noun: Token) -> list[int]:
        """Who does the act an event noun names, by its "by" phrase ("the bailout of AIG by the Federal Reserve",
        "an investigation by the Commission"), also where the parser hangs "by" on the "of" phrase's noun or its
        appositive ("of insurance firm AIG by the Fed"). With such an agent the "of" phrase names who the act is done
        to, as a passive's subject is (a nominalisation keeps the verb's roles: the Fed bailed out AIG)."""
        heads = [noun]
        for prep in children_of(noun):
            if prep.dep_ == "prep" and prep.lower_ == "of":
                objects = [p for p in children_of(prep) if p.dep_ == "pobj"]
                heads += objects + [a for p in objects for a in children_of(p) if a.dep_ == "appos"]
        return [
            m
            for head in heads
            for by in children_of(head)
            if by.dep_ in {"prep", "agent"} and by.lower_ == "by"
            for p in children_of(by)
            if p.dep_ == "pobj"
            for m in self.resolve(p)
            if self.named(m)
        ]

    def copula_subject(self, noun: Token, depth: int = 0) -> list[int]:
        """ "X was one of five countries to act": climb from the noun to the copula and take X."""
        token = noun
        for _ in range(4):
            if token.dep_ in {"attr", "acomp"} and token.head.lemma_ == "be":
                return self.subject(token.head, depth + 1)
            if token.dep_ not in {"pobj", "prep", "appos", "nummod"} or token.head.i == token.i:
                return []
            token = token.head
        return []


def _company(mention: Mention, known: dict[tuple[str, str | None, str, str | None], bool]) -> bool:
    """Whether the mention names a company; ``known``: the answers so far for the document, by label, code, name and
    role (all the answer reads)."""
    name = mention.antecedent or mention.name
    key = (mention.label, mention.code, name, mention.role)
    found = known.get(key)
    if found is None:
        found = known[key] = _names_company(mention.label, mention.code, name, mention.role)
    return found


def _names_company(label: str, code: str | None, name: str, role: str | None) -> bool:
    if label != "ORG" or code:
        return False
    listed = load_knowledge().organisation_code(name) or ""
    return role in business_nouns() or named_as_company(name) or listed.startswith("MNC")


def _missed_name(token: Token) -> bool:
    """A proper noun heading a subject or object that no entity covers: a name the recogniser missed."""
    return (
        token.pos_ == "PROPN" and not token.ent_type_ and token.dep_ in _NAME_ROLES and token.text[:1].isupper()
        and token.text.isalpha()
    )  # fmt: skip


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))


def _surnames(doc: Doc) -> list[Span]:
    """Without the mentions component: a bare surname of a person named earlier ("Kim" after "Kim Jong Un")."""
    taken = {t.i for e in doc.ents for t in e}
    names: set[str] = set()
    found: list[Span] = []
    people = iter(sorted((e for e in doc.ents if e.label_ == "PERSON" and len(e) > 1), key=lambda e: e.start))
    upcoming = next(people, None)
    for token in doc:
        while upcoming is not None and upcoming.start <= token.i:
            names.update({upcoming[0].text, upcoming[-1].text})
            upcoming = next(people, None)
        if token.i not in taken and token.pos_ == "PROPN" and token.text in names:
            found.append(Span(token.idx, token.idx + len(token.text), "PERSON", key=_key(token.text)))
    return found


def _key(name: str) -> str:
    """A name as compared: lower case, without a possessive ending."""
    name = name.strip().lower()
    for ending in ("’s", "'s", "’", "'"):
        if name.endswith(ending):
            return name[: -len(ending)]
    return name
