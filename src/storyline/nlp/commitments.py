"""Extractor component: sentences that state standing commitments (treaties, pacts, alliances, sanctions)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from storyline.model import CommitmentStatement, Ref, TimeExpr
from storyline.nlp.claim_sources import REPORTING_VERBS
from storyline.nlp.commitment_nouns import directive, pair_of, purchase_order
from storyline.nlp.commitment_offers import (
    MAKERS,
    OFFER_PREPS,
    OFFERS,
    REFUSING,
    governing_verb,
    is_sum,
    maker_key,
    object_of,
    priced_offer,
    same_maker,
)
from storyline.nlp.commitment_vocab import CommitmentVocabulary, load_vocabulary
from storyline.nlp.event_vocab import load_vocabulary as load_event_vocabulary
from storyline.nlp.extensions import children_of, doc_text, doc_tokens, pos_tags, sentence

_ACTOR_LABELS = {"PERSON", "GPE", "NORP", "ORG"}
# Actors that make offers in their own name (a person may make one for another: an owner, an agent).
_MAKER_LABELS = frozenset(["ORG", "GPE", "NORP"])
_VERBS = {"VERB", "AUX"}
# Verbs whose complement clause is alleged, not asserted: "claims that X violated the 1991 agreement".
_ALLEGING = frozenset(["claim", "allege", "accuse", "charge", "contend", "assert", "argue"])
# Verbs whose complement clause is asked for, not done: "insisted that the union agree to wage cuts".
_ASKING = frozenset(
    ["insist", "demand", "ask", "urge", "want", "require", "call", "press", "request", "expect", "hope"]
)
# Auxiliaries that make a pledge verb hypothetical: "would agree", "might promise".
_HYPOTHETICAL = frozenset(["would", "could", "might", "may", "should"])
# Auxiliaries that state a party's own future act as a fact ("North Korea will stop its tests").
_DECLARING = frozenset(["will", "shall", "'ll"])
_NOUNS = {"NOUN", "PROPN"}
_RELATIVE = {"who", "which", "that", "whom"}
_PERSONAL = {"he", "she", "him", "her", "his"}
_POSSESSIVE = {"its", "their"}
_PARTY_PREPS = {"with", "between", "among", "of"}
_TARGET_PREPS = {"on", "against"}
# Goldstein-style score at or below which a PLOVER type is harm (THREATEN -6, COERCE -7, ASSAULT -9).
_HOSTILE_SCORE = -6.0
_NP_MODIFIERS = {"compound", "amod", "nmod", "det", "poss", "nummod", "case"}
# Verbs of exchange (WordNet 3.0 verb.possession: buy.v.01, purchase.v.01, lease.v.02, sell.v.01, acquire.v.01,
# supply.v.01, pay.v.01, order.v.05, invest.v.01): "X agreed to buy / lease N Y" binds X to a seller the text need
# not name.
_EXCHANGE = frozenset(["buy", "purchase", "lease", "rent", "sell", "acquire", "supply", "pay", "order", "invest"])
# Verbs whose subject, an instrument, stays in force: "the collective bargaining agreement would remain".
_STAYING = frozenset(["remain", "stay"])
# Pledge verbs whose past the "-ed" rule misspells: the action names the states map reads ("committed": signed).
_PAST = {"commit": "committed", "undertake": "undertook", "swear": "swore"}
# Prepositions by which a common-noun subject names whom it acts for: "officials from China", "executives of GM".
_AFFILIATION = frozenset(["from", "of"])
# Verbs whose infinitive says what their subject wants done, not what was done ("hopes to reach an agreement",
# "wants to sign a deal", "is seeking to conclude a pact"): the instrument is sought.
# ("hop": the model lemmatises "hopes" so).
_WISHING = frozenset(
    ["want", "hope", "hop", "seek", "try", "plan", "aim", "intend", "wish", "attempt", "strive", "look"]
)
# Nouns of negotiation (WordNet 3.0 negotiation.n.01 "a discussion intended to produce an agreement", talk.n.04 "a
# discussion; (`talks' is usually plural)"): a sentence stating them says between whom its deal is being negotiated.
_NEGOTIATIONS = frozenset(["negotiation", "talk"])
# A negation whose contraction the text splits ("doesn ’ t have a deal in place", as some corpora render
# "doesn’t"): the parser reads no "neg" in it.
_SPLIT_NOT = re.compile(r"n\s?['’]\s?t\s*$")
# Prepositions by which "run" gives an instrument's end: "the contract runs through 2009".
_UNTIL = frozenset(["through", "until", "till"])


@dataclass
class _Draft:
    """A statement being built (mutable until emitted)."""

    sent: Span
    index: int
    token: Token
    action: str | None = None
    by: list[Ref] = field(default_factory=list)
    date: str | None = None
    starts: str | None = None
    deadline: str | None = None
    parties: list[Ref] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)
    bound: str = ""
    """The object of an obligation verb as written ("both states"): says whether the obligation is mutual."""


@dataclass
class _Group:
    """One commitment as this article talks about it."""

    name: str
    kinds: list[str]
    lemma: str
    statements: list[_Draft] = field(default_factory=list)



class CommitmentsExtractor:
    """Adds `doc._.commitments`: a tuple of CommitmentStatement records."""

    def __init__(self, nlp: Language, name: str, *, vocabulary: str | None = None) -> None:
        self.name = name
        self.vocab = load_vocabulary(vocabulary)

    def __call__(self, doc: Doc) -> Doc:
        doc._.commitments = tuple(_Finder(doc, self.vocab).run())
        return doc


@Language.factory("storyline_commitments", default_config={"vocabulary": None})
def make_commitments(nlp: Language, name: str, vocabulary: str | None) -> CommitmentsExtractor:
    return CommitmentsExtractor(nlp, name, vocabulary=vocabulary)


def _under(verb: Token, lemmas: frozenset[str]) -> bool:
    """Whether ``verb`` heads a complement clause of one of ``lemmas`` ("insisted that the union agree")."""
    return verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in lemmas


def _clause_verb(token: Token) -> Token:
    """The verb of the clause an action noun sits in ("was a breach of the settlement" -> was), or the verb itself:
    an action noun in a clause that is only alleged is alleged too ("argued that X was a breach of the settlement")."""
    current = token
    for _ in range(6):
        if current.pos_ in _VERBS or current.head.i == current.i:
            return current
        current = current.head
    return token


def _subject_of(token: Token, verb: Token) -> bool:
    """Whether the instrument ``token`` is the subject of ``verb`` ("the deal went through", "the pact remains")."""
    return token.dep_ == "nsubj" and token.head.i == verb.i


def _ref(doc: Doc, start: int, end: int) -> Ref:
    return Ref(start=start, end=end, text=doc_text(doc)[start:end])


def _token_end(token: Token) -> int:
    return token.idx + len(token.text)


class _Finder:
    """One pass over one Doc: instrument mentions grouped into commitments, with actions and terms."""

    def __init__(self, doc: Doc, vocab: CommitmentVocabulary) -> None:
        self.doc = doc
        self.vocab = vocab
        self.groups: list[_Group] = []
        # Actor mentions as (start, end, label): the mentions component's, else the model's entities.
        found = [(m.start, m.end, m.label) for m in doc._.mentions]
        if not found:
            found = [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in _ACTOR_LABELS]
        self.mentions = sorted(found)
        # Each named actor mention as (start, end, label, the actor it names): what "the two companies" counts.
        named = [(m.start, m.end, m.label, m.antecedent or m.name) for m in doc._.mentions if m.kind != "pronoun"]
        if not named:
            named = [(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents if e.label_ in _ACTOR_LABELS]
        self.named = sorted(named)
        self.times = [(t.outer_start, t.end, t.value) for t in doc._.times if t.value]

    # -- entry point -------------------------------------------------------------------------------

    def run(self) -> list[CommitmentStatement]:
        words = doc_tokens(self.doc)  # each pass over a Span builds a new Token per word: the shared list instead
        parts = pos_tags(self.doc)
        for index, sent in enumerate(self.doc.sents):
            tokens = words[sent.start : sent.end]
            # Each token's part of speech from the document's array, for both passes; ``_instrument`` asks for a
            # noun first, so it is called only for nouns.
            tags = parts[sent.start : sent.end]
            last: int | None = None
            for token, pos in zip(tokens, tags, strict=True):
                group = self._instrument(token, sent, index) if pos in _NOUNS else None
                if group is not None:
                    last = group
                elif last is not None and self._pronoun_action(token):
                    # "... ratified this text before it was endorsed by X": "it" is the instrument.
                    self._add(last, sent, index, token, self._actions_on(token))
            for token, pos in zip(tokens, tags, strict=True):
                # The part of speech first: both tests are pure, and it rules most tokens out without the lemma.
                if pos in _VERBS and token.lemma_.lower() in self.vocab.pledges:
                    self._pledge(token, sent, index)
                elif pos == "VERB" and token.lemma_.lower() in OFFERS:
                    self._priced_bid(token, sent, index)
                elif pos == "VERB" and self._declares(token):
                    self._declared_pledge(token, sent, index)
        return self._emit()

    # -- instruments -------------------------------------------------------------------------------

    def _instrument(self, token: Token, sent: Span, index: int) -> int | None:
        # Called for every token: the cheap part-of-speech test first, the lemma only for the nouns it lets by.
        if token.pos_ not in _NOUNS or token.dep_ == "compound":
            return None
        lemma = token.lemma_.lower()
        offer = lemma in OFFERS and token.pos_ == "NOUN"
        is_instrument = (
            lemma in self.vocab.instruments or purchase_order(token) or priced_offer(token, self.vocab.instruments)
        )
        if lemma == "order" and not is_instrument:
            group = self._earlier_order(token)  # "The order, which is believed to be worth $15 billion"
            if group is None:
                return None
        elif offer:
            if not self._offer_made(token, is_instrument):
                return None
        elif not is_instrument and lemma not in self.vocab.anaphors:
            return None
        if is_instrument and (self._bare(token, lemma) or directive(token, lemma)):
            return None
        modifiers = self._modifier_phrase(token)
        kind = self._kind(modifiers) or self.vocab.instruments.get(lemma, "agreement")
        if offer:
            group = self._earlier_offer(token)
        else:
            group = self._earlier_order(token) if lemma == "order" else self._antecedent(token, lemma, kind)
        if group is None:
            if not is_instrument and not offer:
                return None  # "this text" with nothing to refer back to
            noun = token.lemma_.lower() if token.tag_ in ("NNS", "NNPS") and lemma != "sanction" else token.lower_
            name = " ".join((*self._name_modifiers(token), noun))
            self.groups.append(_Group(name=name, kinds=[kind], lemma=lemma))
            group = len(self.groups) - 1
        else:
            self.groups[group].kinds.append(kind)
        actions = self._offer_actions(token) if offer else self._actions_on(token)
        statement = self._add(group, sent, index, token, actions)
        parties = self._np_parties(token)
        if offer:
            parties += self._offer_sides(token, parties)
        elif parties and all(p[1] == "with" for p in parties):
            parties += [(r, "subject") for r in self._governing_subject(token)]
        parties += [(r, "to") for r in self._recipients(token)]
        if kind in self.vocab.exclusive:
            # A sanctions regime binds its target: "sanctions on Russia", "imposed sanctions against Iran".
            holders = [token, token.head] if token.head.pos_ in _VERBS else [token]
            for holder in holders:
                for child in children_of(holder):
                    if child.dep_ == "prep" and child.lower_ in _TARGET_PREPS:
                        objects = [o for o in children_of(child) if o.dep_ == "pobj"]
                        parties += [
                            (r, "target") for o in objects for p in _with_conjuncts(o) for r in self._actor_refs(p)
                        ]
        if not parties and not statement.by:
            parties = [(r, "context") for r in self._context_parties(token)]
        if not parties and not statement.by and (talks := self._negotiators(sent)):
            # "he is in negotiations with Lionsgate ... and the deal likely hinges on money": a deal its own phrase
            # gives no sides is the one its sentence says is being negotiated, between those who negotiate.
            self.groups[group].statements.append(_Draft(sent, index, token, "negotiated", talks))
            parties = [(r, "negotiating") for r in talks]
        statement.parties = [r for r, _ in parties]
        makers = [r for r, how in parties if how in ("subject", "by")]
        if offer and token.tag_ == "NNS" and len(makers) >= 2:
            group = self._each_maker(group, statement, makers)
        self._obligation(token, statement)
        return group

    def _earlier_order(self, token: Token) -> int | None:
        """The purchase order a definite "the order" refers back to (never another kind of instrument)."""
        if not {c.lower_ for c in children_of(token) if c.dep_ in ("det", "poss")} & self.vocab.definite:
            return None
        found = [i for i, group in enumerate(self.groups) if group.lemma == "order"]
        return found[-1] if found else None

    def _offer_made(self, token: Token, priced: bool) -> bool:
        """Whether an offer or bid noun is one made: not under a modal or a negation ("will have made the largest
        contract offer", "has not made another offer"), and, without terms, one the text refers back to or whose
        phrase or clause names its sides; never "other offers" nobody is named for."""
        verb = governing_verb(token)
        if verb is not None and any(
            c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL | _DECLARING | {"to"})
            for c in children_of(verb)
        ):
            return False  # and an infinitive is planned, not made ("had the money to pay him a $70 million offer")
        if priced:
            return True
        if any(c.lower_ in ("other", "another") for c in children_of(token)):
            return False
        if self._earlier_offer(token) is not None:
            return True
        # a bid without terms is an attempt ("Goldwater's failed presidential bid", "in a bid to win")
        return token.lemma_.lower() == "offer" and self._offered_between(token)

    def _earlier_offer(self, token: Token) -> int | None:
        """The offer an offer refers back to: the latest one of the maker its phrase or clause names ("the Boston
        offer", "the Red Sox have made an eight-year offer"), else, when definite ("the offer", "their offer"), the
        latest one; None for a new maker's or an unnamed one's ("the offer from their archrivals")."""
        determiners = {c.lower_ for c in children_of(token) if c.dep_ in ("det", "poss")}
        makers = {maker_key(r.text) for r, how in self._np_parties(token) if how in MAKERS}
        own = bool(makers)
        if not makers and object_of(token) is not None:
            found = [m for r in self._governing_subject(token) for m in self._mentions_in(r.start, r.end)]
            makers = {maker_key(doc_text(self.doc)[m[0] : m[1]]) for m in found}
            # a team, company or state that holds or makes an offer is its maker ("The Orioles have the weakest
            # offer"); a person may act for another's ("Moreno presented the offer to Boras")
            own = any(m[2] in _MAKER_LABELS for m in found)
        offered = [
            i
            for i, group in enumerate(self.groups)
            if group.lemma in OFFERS or any(s.action == "offered" for s in group.statements)
        ]
        if makers:
            keys = [
                {maker_key(r.text) for s in self.groups[i].statements for r in (*s.by, *s.parties)} for i in offered
            ]
            same = [
                i
                for i, known in zip(offered, keys, strict=True)
                if any(same_maker(m, k) for m in makers for k in known)
            ]
            if same or own:
                return same[-1] if same else None
        named = any(c.dep_ == "poss" and c.pos_ in _NOUNS for c in children_of(token)) or any(
            c.dep_ == "prep" and c.lower_ in ("by", "from") for c in children_of(token)
        )
        if named or not determiners & self.vocab.definite:
            return None
        # "Moreno presented the offer to Boras": a definite offer whose clause names another doer is the last one
        return offered[-1] if offered else None

    def _offered_between(self, token: Token) -> bool:
        """An offer without terms is one when its phrase names its maker ("the Boston offer", "the Nationals'
        offer"), or the clause names both who makes it and whom it is made to ("made Teixeira an offer")."""
        parties = self._np_parties(token)
        if any(how in MAKERS for _, how in parties):
            return True
        sides = {how for _, how in [*parties, *self._offer_sides(token, parties)]}
        verb = object_of(token)
        held = verb is not None and verb.lemma_.lower() == "have"  # "The Orioles have the weakest offer"
        return "subject" in sides and (held or bool(sides & {"to", "for"}))

    def _offer_actions(self, token: Token) -> list[tuple[str, Token]]:
        """What an offer undergoes: withdrawn, rejected or declined ends it; whatever else is done to it (made,
        extended, upgraded, held "on the table") leaves it offered."""
        ended = [(a, v) for a, v in self._actions_on(token) if self.vocab.states.get(a) == "withdrawn"]
        verb = object_of(token)
        if verb is not None and (
            verb.lemma_.lower() in REFUSING
            or (verb.lemma_.lower() == "turn" and any(c.lower_ == "down" for c in children_of(verb)))
        ):
            ended.append(("withdrew", verb))  # "turned down an offer from Nichols' attorneys to plead guilty"
        if ended:
            return ended
        return [("offered", governing_verb(token) or token)]

    def _each_maker(self, group: int, statement: _Draft, makers: list[Ref]) -> int:
        """ "The Angels, Orioles and Nationals have made offers to Teixeira": one offer per maker, each to whom the
        offers are made; the group of the last."""
        others = [r for r in statement.parties if r not in makers]
        statement.by, statement.parties = [makers[0]], [makers[0], *others]
        for maker in makers[1:]:
            self.groups.append(replace(self.groups[group], statements=[]))
            group = len(self.groups) - 1
            copy = _Draft(statement.sent, statement.index, statement.token, statement.action, [maker], statement.date)
            copy.parties = [maker, *others]
            self.groups[group].statements.append(copy)
        return group

    def _offered_thing(self, token: Token) -> bool:
        """Whether a noun is an instrument or an offer (what a double-object clause gives)."""
        return token.lemma_.lower() in self.vocab.instruments or token.lemma_.lower() in OFFERS

    def _offer_sides(self, token: Token, parties: list[tuple[Ref, str]]) -> list[tuple[Ref, str]]:
        """The two sides of an offer its phrase does not name: its maker, the subject of the clause ("the Red Sox
        have made an offer"), and whom it is made to ("made Teixeira an offer", "withdrew their offer to X")."""
        found: list[tuple[Ref, str]] = []
        if not any(how in MAKERS for _, how in parties):
            found += [(r, "subject") for r in self._governing_subject(token)]
        verb = object_of(token)
        if verb is not None:
            found += [(r, "to") for r in self._given_to(verb)]
        # "have made Teixeira an eight-year offer", parsed as a clause whose subject is the one offered to
        given = [c for c in children_of(token) if c.dep_ == "nsubj" and c.i < token.i]
        found += [(r, "to") for c in given for p in _with_conjuncts(c) for r in self._actor_refs(p)]
        return found

    def _given_to(self, verb: Token) -> list[Ref]:
        """Whom a verb gives its object to: "to X", or an indirect object ("offered Teixeira a deal", "him")."""
        found: list[Ref] = []
        objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
        for child in children_of(verb):
            if child.dep_ == "dobj" and any(self._offered_thing(c) for c in children_of(child) if c.dep_ == "appos"):
                found += self._actor_refs(child)  # "offered Teixeira, 28, an eight-year deal": given to Teixeira
            elif child.dep_ == "dobj" and any(o.i > child.i and self._offered_thing(o) for o in objects):
                found += self._actor_refs(child)  # two objects: "offered Teixeira an eight-year contract"
            if child.dep_ in ("prep", "dative") and child.lower_ == "to":
                given = [o for o in children_of(child) if o.dep_ == "pobj"]
                found += [r for o in given for p in _with_conjuncts(o) for r in self._actor_refs(p)]
            elif child.dep_ == "dative" and child.pos_ in _NOUNS | {"PRON"}:
                found += [r for p in _with_conjuncts(child) for r in self._actor_refs(p)]
        return found

    def _bare(self, token: Token, lemma: str) -> bool:
        """A common instrument noun with no determiner, possessor or number and no party of its own phrase is a
        kind or a code, not one commitment: "had violated Mafia protocol", "rare for Boston to extend contracts to
        players". A sanctions regime is named bare ("sanctions on Russia") and is kept."""
        if token.pos_ == "PROPN" or self.vocab.instruments.get(lemma) in self.vocab.exclusive:
            return False
        if any(c.dep_ in ("det", "poss", "nummod", "quantmod") for c in children_of(token)):
            return False
        if any(c.like_num for t in token.lefts for c in t.subtree):
            return False  # "$1 billion contracts", "five-year deals"
        return not any(c.dep_ == "prep" and c.lower_ in _PARTY_PREPS for c in children_of(token))

    def _modifier_phrase(self, token: Token) -> str:
        words = [t for left in token.lefts if left.dep_ in ("compound", "amod", "nmod") for t in left.subtree]
        return " ".join(t.text.lower() for t in sorted(words, key=lambda t: t.i))

    def _kind(self, phrase: str) -> str | None:
        best = None
        for key, kind in self.vocab.kinds.items():
            if f" {key} " in f" {phrase} " and (best is None or len(key) > len(best[0])):
                best = (key, kind)
        return best[1] if best else None

    def _name_modifiers(self, token: Token) -> list[str]:
        # Keep compounds ("security treaty") and modifiers the vocabulary knows ("mutual defense"), not
        # evaluations ("new", "historic").
        words: list[str] = []
        for left in token.lefts:
            if left.dep_ not in ("compound", "amod", "nmod"):
                continue
            for t in sorted(left.subtree, key=lambda t: t.i):
                known = any(t.text.lower() in key.split() for key in self.vocab.kinds)
                if (t.dep_ == "compound" and t.pos_ == "NOUN") or known:
                    words.append(t.text.lower())
        return words

    def _antecedent(self, token: Token, lemma: str, kind: str) -> int | None:
        """The group a definite, otherwise bare noun phrase refers back to ("The treaty", "this text")."""
        determiners = {c.lower_ for c in children_of(token) if c.dep_ in ("det", "poss")}
        if not determiners & self.vocab.definite or not self.groups:
            return None
        if any(c.dep_ == "prep" and c.lower_ in _PARTY_PREPS for c in children_of(token)):
            return None
        if any(c.dep_ == "poss" and c.pos_ in _NOUNS for c in children_of(token)):
            return None
        if any(c.dep_ == "amod" and c.lower_ == "same" for c in children_of(token)):
            return None  # "offered him the same deal as the Angels": another deal on the same terms
        for child in children_of(token):
            # A restrictive relative clause ("the treaty that bound them in 1961") names another instrument;
            # a parenthetical one ("The agreement, which he negotiated") does not.
            if child.dep_ == "relcl" and (child.left_edge.i == 0 or self.doc[child.left_edge.i - 1].text != ","):
                return None
        for group_index in range(len(self.groups) - 1, -1, -1):
            group = self.groups[group_index]
            if group.kinds[0] == "pledge" and group.lemma != "agree" and group.lemma not in self.vocab.instruments:
                # "Boeing promised ...": a promise named by its verb is no deal a later "the deal" means; what a
                # party agreed to is ("China agreed to purchase 60 aircraft ... The preliminary agreement")
                continue
            if lemma == group.lemma:
                return group_index
            # "this text", "the document": any instrument but a sanctions regime
            own = "agreement" if lemma in self.vocab.anaphors and lemma not in self.vocab.instruments else kind
            if self.vocab.compatible(own, group.kinds[0]):
                return group_index
        return None

    # -- actions: what is done to an instrument, by whom, when -------------------------------------

    def _actions_on(self, token: Token) -> list[tuple[str, Token]]:
        """(action, verb or action noun) pairs acting on the instrument ``token``; none on an instrument denied ("no
        deal has been signed yet", "signed no contract"): nothing was done to it."""
        if any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(token)):
            return []
        found: list[tuple[str, Token]] = []
        head = token.head
        if token.dep_ in ("dobj", "nsubjpass", "oprd") and head.lemma_.lower() in self.vocab.actions:
            found.append((self.vocab.actions[head.lemma_.lower()], head))
        elif (
            token.dep_ == "appos"
            and (verb := object_of(token)) is not None
            and verb.lemma_.lower() in self.vocab.actions
        ):
            found.append((self.vocab.actions[verb.lemma_.lower()], verb))  # "offered Mark Teixeira a contract"
        if (
            token.dep_ == "nsubj"
            and head.lemma_.lower() in _STAYING
            and not any(c.dep_ == "neg" for c in children_of(head))
            and not any(c.dep_ in ("acomp", "oprd") and c.lower_.startswith("un") for c in children_of(head))
        ):
            # "the agreement would remain (in place)": the narrator, or whom it reports, says it stays in force; one
            # that "remains unconsummated" or "unsigned" stays what it was, not concluded
            found.append(("remained", head))
        ahead = head.tag_ in ("VBZ", "VBP") or any(c.lower_ in _DECLARING for c in children_of(head))
        runs = head.lemma_.lower() == "run" and any(c.dep_ == "prep" and c.lower_ in _UNTIL for c in children_of(head))
        if (
            token.dep_ == "nsubj"
            and (head.lemma_.lower() == "expire" or runs)
            and ahead
            and not any(c.dep_ == "neg" for c in children_of(head))
        ):
            # "Boeing's contract ... expires in 2008", "will expire", "Jackson's contract runs through 2009": it holds
            # until then (an end not yet come)
            found.append(("expires", head))
        if (
            token.dep_ == "nsubj"
            and head.lemma_.lower() == "go"
            and any(c.dep_ in ("prt", "advmod") and c.lower_ == "through" for c in children_of(head))
            and not any(c.dep_ == "neg" for c in children_of(head))
        ):
            # "a deal with Fiat went through": it was concluded (WordNet 3.0 go_through.v.04, "be approved")
            found.append(("signed", head))
        holder = token
        while holder.dep_ == "conj" and holder.head.i != holder.i:
            holder = holder.head  # "have a design centre and a 30-year contract with VSMPO"
        if (
            holder.dep_ == "dobj"
            and holder.head.lemma_.lower() == "have"
            and not any(c.dep_ == "neg" or c.lower_ in _HYPOTHETICAL | _DECLARING for c in children_of(holder.head))
            and not any(c.lower_ == "no" for c in children_of(token))
            and not _SPLIT_NOT.search(doc_text(self.doc)[max(holder.head.idx - 6, 0) : holder.head.idx])
        ):
            # "Qatar has a previous order for 2 A380s", "have a 30-year contract for supply of titanium parts": held
            found.append(("held", holder.head))
        if token.dep_ == "pobj" and head.lower_ in ("of", "to", "on", "into") and head.head.pos_ in _NOUNS | _VERBS:
            # "the signing of a pact", "the ratification of the treaty", "agreed to the deal", "entered into a deal"
            action = self.vocab.actions.get(head.head.lemma_.lower())
            if action and head.head.i != token.i:
                found.append((action, head.head))
        for child in children_of(token):
            # "The agreement, which he had negotiated in June", "sanctions imposed on X", "the pact signed in June"
            if child.dep_ in ("relcl", "acl") and child.lemma_.lower() in self.vocab.actions:
                relative = [c for c in children_of(child) if c.lower_ in _RELATIVE and c.dep_ in ("dobj", "nsubjpass")]
                if child.dep_ == "acl" or relative:
                    found.append((self.vocab.actions[child.lemma_.lower()], child))
        return found or self._own(token)

    def _own(self, token: Token) -> list[tuple[str, Token]]:
        """A commitment no verb acts on whose own phrase says it stands or ended: a person's contract is held (in
        force) by that person ("Mike Lowell's contract", "her Hunger Games contract"), an expired one has ended
        ("Jason Varitek's just-expired deal"). A company's or a state's instrument ("Iran's nuclear deal") may
        still be negotiated: its possessor says nothing of its state."""
        if any(c.lower_ == "no" for c in children_of(token)):
            return []
        ended = [c for c in children_of(token) if c.dep_ == "amod" and "expire" in (c.lemma_.lower(), c.lower_[:-1])]
        if ended:
            return [("withdrew", ended[0])]
        owners = [c for c in children_of(token) if c.dep_ == "poss"]
        if token.lemma_.lower() != "contract" or not owners:
            return []
        owner = owners[0]
        person = owner.lower_ in _PERSONAL or any(m[2] == "PERSON" for m in self._mentions_in(owner.idx, owner.idx + 1))
        return [("held", token)] if person else []

    def _pronoun_action(self, token: Token) -> bool:
        return (
            token.lower_ == "it"
            and token.dep_ in ("nsubjpass", "dobj")
            and token.head.lemma_.lower() in self.vocab.actions
        )

    def _by(self, verb: Token) -> list[Ref]:
        """Who did the action: subjects of a verb, the agent of a passive, possessors of an action noun."""
        people: list[Token] = []
        for child in children_of(verb):
            if child.dep_ == "nsubj" or (child.dep_ == "poss" and verb.pos_ in _NOUNS):
                subject = verb.head if child.lower_ in _RELATIVE and verb.dep_ == "relcl" else child
                people.extend(_with_conjuncts(subject))
            elif child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by" and verb.pos_ in _NOUNS):
                people.extend(p for obj in children_of(child) if obj.dep_ == "pobj" for p in _with_conjuncts(obj))
        return [self._np_ref(p) for p in people]

    def _date(self, verb: Token) -> str | None:
        """The time of the verb's own clause or, for a reported clause, of the verb reporting it."""
        current: Token | None = verb
        while current is not None:
            best: tuple[int, str] | None = None
            for start, end, value in self.times:
                span = self.doc.char_span(start, end, alignment_mode="expand")
                if span is None or span.sent != sentence(verb):
                    continue
                distance = _distance(span.root, current)
                if distance is not None and (best is None or distance < best[0]):
                    best = (distance, value or "")
            if best:
                return best[1] or None
            current = current.head if current.dep_ == "ccomp" else None
        return None

    def _add(self, group: int, sent: Span, index: int, token: Token, actions: list[tuple[str, Token]]) -> _Draft:
        """One draft per action (the first returned, for parties and terms to be added); an action the text only
        alleges ("claims that Apple violated the agreement") moves no state."""
        actions = [(action, verb) for action, verb in actions if not _under(_clause_verb(verb), _ALLEGING)]
        tried = {verb.i: attempt for _, verb in actions if (attempt := _attempt(verb)) is not None}
        actions = [("failed" if verb.i in tried and a in self.vocab.signing else a, verb) for a, verb in actions]
        # "Sony hopes to reach an agreement with X", "wants to sign a deal": sought by who wants it, not signed.
        wished = {v.i: v.head for _, v in actions if v.dep_ == "xcomp" and v.head.lemma_.lower() in _WISHING}
        actions = [("sought" if verb.i in wished and a in self.vocab.signing else a, verb) for a, verb in actions]
        tried |= wished
        actions = [pending for action, verb in actions if (pending := self._pending(action, verb)) is not None]
        drafts = [
            _Draft(sent, index, token, action, self._doers(token, verb, tried.get(verb.i)), self._date(verb))
            for action, verb in actions
        ]
        drafts = drafts or [_Draft(sent, index, token)]
        self.groups[group].statements.extend(drafts)
        return drafts[0]

    def _doers(self, token: Token, verb: Token, attempt: Token | None) -> list[Ref]:
        """Who acted on the instrument: who tried and failed to conclude it ("Summit and Hardwicke failed to reach
        a deal") or wants it concluded ("Sony hopes to reach an agreement"), else the verb's own; the subject of
        "remain", "expire" or "go through" is the instrument itself, not a party acting on it."""
        if attempt is not None:
            return self._by(attempt)
        return [] if _subject_of(token, verb) else self._by(verb)

    def _pending(self, action: str, verb: Token) -> tuple[str, Token] | None:
        """An act a modal puts in the future or in doubt has not happened: "the contract may be signed on
        September 12", "will sign the deal" are a proposal; "will withdraw from the treaty" moves no state. An offer
        or a search is one whenever it is made ("will offer the deal"), and what "would remain" (in place) is in
        force already."""
        early = self.vocab.states.get(action) in ("sought", "proposed")
        if action in ("remained", "expires") or early or not any(
            c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL | _DECLARING for c in children_of(verb)
        ):
            return action, verb
        return ("negotiated", verb) if action in self.vocab.signing | self.vocab.ratifying else None

    # -- parties -----------------------------------------------------------------------------------

    def _np_ref(self, token: Token) -> Ref:
        """The noun phrase headed by ``token`` (left modifiers only); a bare pronoun is replaced by the nearest
        preceding person named in this or the previous sentence when no mention covers it."""
        left = min((t.i for c in token.lefts if c.dep_ in _NP_MODIFIERS for t in c.subtree), default=token.i)
        start, end = self.doc[left].idx, _token_end(token)
        if token.lower_ in _PERSONAL and not self._mentions_in(start, end):
            earlier = [m for m in self.mentions if m[2] == "PERSON" and m[1] <= start]
            previous = sentence(token).start - 1
            floor = sentence(self.doc[previous]).start_char if previous >= 0 else 0
            if earlier and earlier[-1][0] >= floor:
                return _ref(self.doc, earlier[-1][0], earlier[-1][1])
        return _ref(self.doc, start, end)

    def _mentions_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        return [m for m in self.mentions if m[0] < end and m[1] > start]

    def _actor_refs(self, token: Token) -> list[Ref]:
        """The actor mentions inside the noun phrase headed by ``token`` (none if it names no actor)."""
        phrase = self._np_ref(token)
        return [_ref(self.doc, m[0], m[1]) for m in self._mentions_in(phrase.start, phrase.end)]

    def _np_parties(self, token: Token) -> list[tuple[Ref, str]]:
        """Parties the instrument's own phrase names: "with Russia", "between X and Y", "of Japan, South Korea and
        the U.S.", "Russia's treaty", "U.S. sanctions", "an agreement reached between the two companies"."""
        parties: list[tuple[Ref, str]] = []
        # An order names its buyer with "from" ("35 new orders from Air Berlin").
        party_preps = _PARTY_PREPS | {"from"} if token.lemma_.lower() == "order" else _PARTY_PREPS
        if token.lemma_.lower() in OFFERS:
            # an offer names its maker "by" or "from" and whom it is made to "to" or "for" ("an offer for Teixeira")
            party_preps = _PARTY_PREPS | OFFER_PREPS
        for child in children_of(token):
            preps = [child] if child.dep_ == "prep" and child.lower_ in party_preps else []
            if child.dep_ == "acl" and child.tag_ == "VBN":
                # The participle of a reduced relative says between whom it was made: "the 1991 settlement reached
                # between the two parties", "a treaty signed between Chile and Peru".
                preps = [c for c in children_of(child) if c.dep_ == "prep" and c.lower_ in ("between", "among")]
            for prep in preps:
                for obj in children_of(prep):
                    if obj.dep_ == "pobj":
                        for person in _with_conjuncts(obj):
                            refs = self._actor_refs(person) or self._pair(person)
                            parties.extend((r, prep.lower_) for r in refs)
            if child.dep_ == "prep" or child.dep_ == "acl":
                continue
            if child.dep_ == "poss":
                refs = self._actor_refs(child)
                if refs:
                    parties.extend((r, "poss") for r in refs)
                elif child.lower_ in _POSSESSIVE:
                    # "X should strengthen its alliance with Y": the possessive is the clause's subject.
                    parties.extend((r, "poss") for r in self._governing_subject(token))
            elif child.dep_ in ("amod", "compound", "nmod") and child.i < token.i:
                span_start, span_end = child.left_edge.idx, _token_end(child)
                found = self._mentions_in(span_start, span_end)
                parties.extend((_ref(self.doc, m[0], m[1]), "modifier") for m in found)
        return parties

    def _pair(self, token: Token) -> list[Ref]:
        """For "the two companies", "both sides": the two actors the article is about (``pair_of``)."""
        return [_ref(self.doc, start, end) for start, end in pair_of(token, self.named)]

    def _recipients(self, token: Token) -> list[Ref]:
        """Whom an instrument acted on is given to: "award the contract to Airbus", "offered a contract to X"."""
        verb = object_of(token)
        if verb is None or verb.lemma_.lower() not in self.vocab.actions:
            return []
        return self._given_to(verb)

    def _governing_subject(self, token: Token) -> list[Ref]:
        """For "a pact with Y": the subject of the clause the phrase sits in ("X signed / bets on a pact with Y")."""
        current = token
        for _ in range(6):
            head = current.head
            if head.i == current.i:
                return []
            if head.pos_ in _VERBS:
                # "a deal with Fiat went through": the phrase is the clause's subject, which names no other party.
                return [] if current.dep_ == "nsubj" else self._by(head)
            current = head
        return []

    def _context_parties(self, token: Token) -> list[Ref]:
        """For an instrument without parties of its own: the nearest enclosing noun phrase that names some
        ("X's alignment with Y, which included the signing of a pact"), crossing relative clauses only."""
        current = token
        for _ in range(8):
            head = current.head
            if head.i == current.i:
                return []
            if head.pos_ in _VERBS:
                if head.dep_ != "relcl":
                    return []
                head = head.head
            current = head
            if current.pos_ in _NOUNS:
                found = [r for r, how in self._np_parties(current) if how in ("with", "between", "among", "poss")]
                if found:
                    return found
        return []

    def _negotiators(self, sent: Span) -> list[Ref]:
        """The named sides of negotiations a sentence states: who "is in negotiations" or talks ("Ross and the
        studio are locked in tense negotiations", "Apple executives are in negotiations with film studios"), with or
        between whom ("negotiations between Boeing and Airbus"); none for negotiations denied ("no talks")."""
        sides: list[Token] = []
        for token in sent:
            if token.pos_ != "NOUN" or token.tag_ != "NNS" or token.lemma_.lower() not in _NEGOTIATIONS:
                continue
            holder = token.head
            # "is in negotiations", "are locked in negotiations": the clause's subjects negotiate
            inside = token.dep_ == "pobj" and holder.lower_ == "in" and holder.head.pos_ in _VERBS
            clause = holder.head if inside else None
            denied = [c for t in (token, clause) if t is not None for c in children_of(t) if c.dep_ == "neg"]
            if denied or any(c.lower_ == "no" for c in children_of(token)):
                continue
            for child in children_of(token):
                if child.dep_ == "prep" and child.lower_ in ("with", "between"):
                    sides += [p for o in children_of(child) if o.dep_ == "pobj" for p in _with_conjuncts(o)]
                elif child.dep_ == "poss":
                    sides.append(child)
            if clause is not None:
                subjects = [c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")]
                sides += [p for c in subjects for p in _with_conjuncts(c)]
        # "The negotiations between the two parties" names no side: the two an article names most may be the outlets
        # it cites ("Per THR, the negotiations between the two parties ..."), not the ones negotiating.
        return [r for r in _unique([self._np_ref(side) for side in sides]) if self._mentions_in(r.start, r.end)]

    # -- terms -------------------------------------------------------------------------------------

    def _obligation(self, token: Token, statement: _Draft) -> None:
        """ "The treaty requires both states to provide ... and to cooperate ...": action and terms."""
        verb = token.head
        if token.dep_ != "nsubj" or verb.lemma_.lower() not in self.vocab.obligations:
            return
        terms = _clauses(verb)
        if not terms:
            return
        statement.action = f"{verb.lemma_.lower()}s"
        statement.terms = [doc_text(self.doc)[a:b] for a, b in terms]
        bound = [c for c in children_of(verb) if c.dep_ in ("dobj", "iobj")]
        statement.bound = " ".join(t.lower_ for b in bound for t in b.subtree)
        for obj in bound:
            for person in _with_conjuncts(obj):
                ref = self._np_ref(person)
                if self._mentions_in(ref.start, ref.end):
                    statement.parties.append(ref)

    def _pledge(self, verb: Token, sent: Span, index: int) -> None:
        """ "Russia pledged to defend North Korea": a commitment without a named instrument, kept when the
        promised clause names another actor, or starts at a date the clause gives (a unilateral pledge: "pledged
        to stop its tests from April 21"). A promise of harm ("vowed to retaliate against X") is a threat."""
        # "Ford is still committed to invest ...": the adjective's clause is the copula's, which holds the subject.
        clause = verb.head if verb.dep_ == "acomp" and verb.head.lemma_.lower() == "be" else verb
        subjects = [c for c in children_of(clause) if c.dep_ == "nsubj"]
        hypothetical = any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL for c in children_of(clause))
        if hypothetical or _under(clause, _ASKING | _ALLEGING):
            return  # asked for, alleged or hypothetical: no promise made
        if clause.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(clause)):
            return  # an infinitive is tried, planned or asked for ("tried to get him to agree to testify"): not made
        # "agreed with the defence that ..." concurs; only "agree to do" binds (PLOVER AGREE).
        terms = _clauses(verb, infinitival=verb.lemma_.lower() == "agree")
        # "promised a compatible release before the end of the month": a thing promised, not an act; kept below only
        # with a date, as "promising 44,000 new positions" or "promised health care reform" bind no one to a day.
        thing = not terms and verb.lemma_.lower() != "agree"
        if thing:
            terms = self._promised_thing(verb)
        if not subjects or not terms or any(t.lemma_.lower() in self.vocab.instruments for t in subjects):
            return
        if any(h.lemma_.lower() in hostile_lemmas() for h in _clause_heads(verb)):
            return
        if thing and any(c.dep_ == "dobj" and c.lemma_.lower() in hostile_lemmas() for c in children_of(verb)):
            return  # "vowed retaliation by Friday": a threat
        by = self._by(clause)
        if not any(self._mentions_in(r.start, r.end) for r in by):
            by = self._affiliated(subjects) or [r for s in subjects for r in self._pair(s)]
        if not any(self._mentions_in(r.start, r.end) for r in by):
            return
        others = [m for a, b in terms for m in self._mentions_in(a, b)]
        starts = self._starts(terms)
        deadline = self._dated(terms, self.vocab.deadline_signals)
        if thing and starts is None and deadline is None:
            return
        agree = verb.lemma_.lower() == "agree"
        # "X agreed to buy 60 aircraft", "is committed to invest $200 million": an exchange has a counterparty even
        # when the text leaves it unnamed.
        exchange = any(h.lemma_.lower() in _EXCHANGE for h in _clause_heads(verb))
        # "X and Y agreed to ...", "the parties agreed to have the case heard": parties that agree with each other
        # are bound to each other, whatever the clause names (PLOVER AGREE between its subjects).
        # One subject naming two actors ("Boeing's chief Jim Able") is one party; two subjects are two.
        mutual = agree and sum(1 for r in by if self._mentions_in(r.start, r.end)) >= 2
        if not others and starts is None and deadline is None and not exchange and not mutual:
            return
        # Parties agreeing with each other make an agreement between them; what their clause names is its object,
        # not a party ("the parties agreed to have the case heard by the UK court").
        kind = "agreement" if mutual else "pledge"
        self.groups.append(_Group(name=verb.lemma_.lower(), kinds=[kind], lemma=verb.lemma_.lower()))
        statement = self._add(len(self.groups) - 1, sent, index, verb, [])
        lemma = verb.lemma_.lower()
        statement.action = _PAST.get(lemma) or (f"{lemma}d" if lemma.endswith("e") else f"{lemma}ed")
        statement.by, statement.date, statement.starts = by, self._date(verb), starts
        statement.deadline = deadline
        statement.terms = [doc_text(self.doc)[a:b] for a, b in terms]
        statement.parties = [*by, *(_ref(self.doc, m[0], m[1]) for m in others if kind == "pledge")]

    def _promised_thing(self, verb: Token) -> list[tuple[int, int]]:
        """The noun a pledge verb promises, with the verb's prepositional phrases after it ("promised a compatible
        release before the end of the month"), as one character range; none for a pronoun or no object."""
        objects = [c for c in children_of(verb) if c.dep_ == "dobj" and c.pos_ in _NOUNS]
        if not objects:
            return []
        words = [t for o in objects for t in o.subtree]
        words += [t for c in children_of(verb) if c.dep_ == "prep" and c.i > objects[0].i for t in c.subtree]
        first, last = min(words, key=lambda t: t.i), max(words, key=lambda t: t.i)
        return [(first.idx, _token_end(last))]

    def _priced_bid(self, verb: Token, sent: Span, index: int) -> None:
        """ "Red Sox offer Teixeira $200 million", "the Nationals have bid $160 million over eight years": a sum
        offered to a named party, or bid, is a contract proposed between them. A sum offered to no one may be a
        reward ("offered $10,000 for information"), so only a bid needs no one named; not negated, hypothetical,
        asked for or alleged, and an infinitive only when reported ("are believed to have offered")."""
        objects = [o for o in children_of(verb) if o.dep_ == "dobj"]
        if not any(is_sum(o) for o in objects) or any(self._offered_thing(o) for o in objects):
            return  # "offered Teixeira a deal worth $140 million": the instrument is read as one
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL) for c in children_of(verb)):
            return
        clause = verb
        if verb.dep_ == "xcomp":
            if verb.head.lemma_.lower() not in REPORTING_VERBS:
                return  # "will have to offer more money": not made
            clause = verb.head
        if _under(clause, _ASKING | _ALLEGING):
            return
        subjects = [c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")]
        by = [self._np_ref(p) for s in subjects for p in _with_conjuncts(s)]
        if not any(self._mentions_in(r.start, r.end) for r in by):
            return
        recipients = self._given_to(verb)
        if not recipients and verb.lemma_.lower() != "bid":
            return
        self.groups.append(_Group(name="offer", kinds=["agreement"], lemma="offer"))
        statement = self._add(len(self.groups) - 1, sent, index, verb, [("offered", verb)])
        statement.by = by
        statement.parties = [*by, *recipients]

    def _affiliated(self, subjects: list[Token]) -> list[Ref]:
        """The actors common-noun subjects act for: "Officials from the People's Republic of China agreed ..."."""
        found: list[Ref] = []
        for subject in subjects:
            if subject.pos_ != "NOUN":
                continue
            for child in children_of(subject):
                if child.dep_ == "prep" and child.lower_ in _AFFILIATION:
                    objects = [o for o in children_of(child) if o.dep_ == "pobj"]
                    found += [r for o in objects for p in _with_conjuncts(o) for r in self._actor_refs(p)]
        return found

    def _declares(self, verb: Token) -> bool:
        """A party's own future act, stated as a fact: "will stop", "shall close", or "would stop" reported ("said
        it would stop"); not negated, not under a pledge verb (read there) nor asked for or alleged."""
        auxiliaries = {c.lower_ for c in children_of(verb) if c.dep_ == "aux"}
        reported = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS
        if not (auxiliaries & _DECLARING or ("would" in auxiliaries and reported)):
            return False
        if any(c.dep_ == "neg" for c in children_of(verb)) or verb.lemma_.lower() in self.vocab.pledges:
            return False
        return not _under(verb, _ASKING | _ALLEGING | self.vocab.pledges)

    def _declared_pledge(self, verb: Token, sent: Span, index: int) -> None:
        """ "North Korea will stop nuclear and missile tests from April 21 and close its test site": a pledge
        without a pledge verb, kept only when its one party is a named actor and the act starts at a date the
        clause gives (a plan without a start date, or a company's schedule, is no undertaking to anyone). A
        declared act of harm ("will retaliate from Monday") is a threat."""
        subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
        if not subjects or verb.lemma_.lower() in hostile_lemmas():
            return
        if any(c.lemma_.lower() in hostile_lemmas() for c in _with_conjuncts(verb)):
            return
        by = self._by(verb)
        if verb.head.i != verb.i and subjects[0].pos_ == "PRON":
            by = self._by(verb.head) if verb.dep_ == "ccomp" else by  # "North Korea said it will stop ..."
        if not by or not all(self._mentions_in(r.start, r.end) for r in by):
            return
        terms = []
        for clause in _with_conjuncts(verb):
            left_out = ("conj", "cc", "nsubj", "aux", "punct")
            skip = {t.i for c in children_of(clause) if c.dep_ in left_out for t in c.subtree}
            words = [t for t in clause.subtree if t.i not in skip]
            if words:
                terms.append((words[0].idx, _token_end(words[-1])))
        # A relative clause's date is its noun's, not the act's: "will replace Galson, who has been acting since
        # October 2007".
        relative = [
            (r.left_edge.idx, _token_end(r.right_edge))
            for clause in _with_conjuncts(verb)
            for r in clause.subtree
            if r.dep_ == "relcl"
        ]
        starts = self._starts(terms, outside=relative)
        if starts is None:
            return
        self.groups.append(_Group(name="pledge", kinds=["pledge"], lemma="pledge"))
        statement = self._add(len(self.groups) - 1, sent, index, verb, [])
        statement.action = "pledged"
        statement.by, statement.date, statement.starts = by, self._date(verb), starts
        statement.terms = [doc_text(self.doc)[a:b] for a, b in terms]
        statement.parties = list(by)

    def _starts(self, terms: list[tuple[int, int]], outside: Sequence[tuple[int, int]] = ()) -> str | None:
        """The date a promised clause starts from ("from April 21", "as of Saturday", "starting Saturday"), as
        a TIMEX3 value; None when it gives none."""
        return self._dated(terms, self.vocab.start_signals, outside)

    def _dated(
        self, terms: list[tuple[int, int]], signals: frozenset[str], outside: Sequence[tuple[int, int]] = ()
    ) -> str | None:
        """The TIMEX3 value of the first date inside ``terms`` (not inside ``outside``) that one of ``signals``
        opens: the start of a pledge ("from April 21") or its deadline ("before the end of the month")."""
        times: tuple[TimeExpr, ...] = self.doc._.times
        for time in times:
            start = time.start
            if not time.value or not any(a <= start < b for a, b in terms):
                continue
            if any(a <= start < b for a, b in outside):
                continue
            if time.signal.lower() in signals:
                return time.value
            before = doc_text(self.doc)[max(start - 16, 0) : start].lower().split()
            if any(" ".join(before[-n:]) in signals for n in (1, 2, 3) if len(before) >= n):
                return time.value
        return None

    # -- output ------------------------------------------------------------------------------------

    def _term_kind(self, statement: _Draft) -> str | None:
        words = " ".join([*statement.terms, statement.bound]).lower()
        tokens = set(words.replace("“", " ").replace("”", " ").split())
        if not tokens & self.vocab.assist or not tokens & self.vocab.attack:
            return None
        mutual = tokens & self.vocab.mutual or any(" " in m and m in words for m in self.vocab.mutual)
        return "mutual defence" if mutual else "defence"

    def _emit(self) -> list[CommitmentStatement]:
        out: list[CommitmentStatement] = []
        for number, group in enumerate(self.groups):
            kinds = list(group.kinds) + [k for s in group.statements if (k := self._term_kind(s))]
            kind = max(kinds, key=self.vocab.rank)
            if not any(s.parties or s.by or s.terms for s in group.statements):
                continue  # "life under sanctions": nobody is bound
            for statement in group.statements:
                sent, token = statement.sent, statement.token
                left = min((t.i for c in token.lefts if c.dep_ in _NP_MODIFIERS for t in c.subtree), default=token.i)
                start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
                end = sent.start_char + len(sent.text.rstrip())
                out.append(
                    CommitmentStatement(
                        start=start,
                        end=end,
                        sent=statement.index,
                        text=doc_text(self.doc)[start:end],
                        kind=kind,
                        name=group.name,
                        mention=_ref(self.doc, self.doc[left].idx, _token_end(token)),
                        group=number,
                        terms=tuple(statement.terms),
                        parties=_unique(statement.parties),
                        action=statement.action,
                        by=_unique(statement.by),
                        date=statement.date,
                        starts=statement.starts,
                        deadline=statement.deadline,
                    )
                )
        out.sort(key=lambda s: (s.start, s.mention.start, s.action or ""))
        return out


def _with_conjuncts(token: Token) -> list[Token]:
    """``token`` and the tokens coordinated with it ("Japan, South Korea and the U.S.")."""
    found = [token]
    for child in children_of(token):
        if child.dep_ == "conj":
            found.extend(_with_conjuncts(child))
    return found


def _distance(token: Token, target: Token) -> int | None:
    """Steps from ``token`` up to ``target`` without passing through another clause's verb; None if never."""
    steps, current = 0, token
    while current.i != target.i:
        if current.head.i == current.i:
            return None
        current = current.head
        steps += 1
        if current.i != target.i and current.pos_ in _VERBS:
            return None
    return steps


def _attempt(verb: Token) -> Token | None:
    """The clause whose subject tried and failed to do what ``verb`` says: "failed to reach a deal" (fail), "was
    unable to reach a deal", "was not able to come to an agreement" (the copula of "unable" or of a negated "able");
    None when the verb is not such a complement."""
    if verb.dep_ != "xcomp":
        return None
    head = verb.head
    clause = head.head if head.dep_ == "acomp" else head
    negated = any(c.dep_ == "neg" for t in (head, clause) for c in children_of(t))
    if not (head.lemma_.lower() == "fail" or head.lower_ == "unable" or (head.lower_ == "able" and negated)):
        return None
    shared = clause.dep_ == "conj" and clause.lemma_.lower() == "be"
    if shared and not any(c.dep_ == "nsubj" for c in children_of(clause)):
        # "Ross was in negotiations ..., but was not able to come to an agreement": the copulas share the subject
        # (a coordinated "failed" may be the parser's: "comes on board ... after Summit and Hardwicke failed to ...")
        clause = clause.head
    return clause


def _clause_heads(verb: Token) -> list[Token]:
    """The verbs of a pledge's complement clauses, coordinated ones included."""
    heads = [c for c in children_of(verb) if c.dep_ in ("xcomp", "ccomp")]
    return [clause for head in heads for clause in _with_conjuncts(head)]


@lru_cache(maxsize=1)
def hostile_lemmas() -> frozenset[str]:
    """Verbs of harm from the PLOVER vocabulary: the triggers of its conflict types scored -6 or below (threaten,
    coerce, assault...) and the acts its THREATEN entries name ("warn of retaliation"). A promise to do one of
    these is a threat, never a commitment."""
    vocab = load_event_vocabulary()
    found: set[str] = set()
    for triggers in vocab.triggers.values():
        for trigger in triggers:
            if vocab.types[trigger.type].score <= _HOSTILE_SCORE:
                if trigger.pos == "verb":
                    found.add(trigger.lemma)
                if trigger.type == "THREATEN":
                    found |= trigger.with_
    return frozenset(found)


def _clauses(verb: Token, *, infinitival: bool = False) -> list[tuple[int, int]]:
    """Character ranges of the complement clauses of an obligation or pledge verb, coordinated ones split:
    "requires both states to provide X and to cooperate in Y" -> "provide X", "cooperate in Y". ``infinitival``
    keeps "to" clauses only (no finite "that" clause)."""
    heads = [c for c in children_of(verb) if c.dep_ == "xcomp" or (c.dep_ == "ccomp" and not infinitival)]
    heads += [
        p
        for c in children_of(verb)
        if c.dep_ == "prep" and c.lower_ == "to"
        for p in children_of(c)
        if p.dep_ == "pcomp"
    ]
    ranges: list[tuple[int, int]] = []
    for head in heads:
        for clause in _with_conjuncts(head):
            skip = {t.i for c in children_of(clause) if c.dep_ in ("conj", "cc") for t in c.subtree}
            words = [t for t in clause.subtree if t.i not in skip]
            while words and (words[0].dep_ in ("aux", "mark", "punct") or words[0].is_punct):
                words = words[1:]
            # A conjunction the parser hung lower in the clause ("... the other and to share ...") is not a term.
            while words and (words[-1].dep_ == "cc" or (words[-1].is_punct and words[-1].text not in '”")')):
                words = words[:-1]
            if words:
                ranges.append((words[0].idx, _token_end(words[-1])))
    return ranges


def _unique(refs: list[Ref]) -> tuple[Ref, ...]:
    seen: dict[tuple[int, int], Ref] = {}
    for ref in refs:
        seen.setdefault((ref.start, ref.end), ref)
    return tuple(seen.values())
