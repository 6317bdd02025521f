"""Extractor component: events (who did what to whom, PLOVER-coded) from trigger words and the parse."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from storyline.model import Event, Ref, TimeExpr
from storyline.nlp.cameo_verbs import acts_on_person, discarded, match_cameo, particles_of, plover_of, small_clause
from storyline.nlp.cues import load_lexicon
from storyline.nlp.event_args import Participants
from storyline.nlp.event_mode import Frame, Mode, frame_of, mode_of
from storyline.nlp.event_senses import (
    billed,
    by_a_cause,
    by_condition,
    checked_in,
    demonstrated_thing,
    fired_from_a_job,
    found_dead,
    habitual,
    harm_in_a_setting,
    in_a_mishap,
    in_name,
    no_one_fought,
)
from storyline.nlp.event_vocab import Trigger, Vocabulary, load_vocabulary
from storyline.nlp.event_when import Circumstances
from storyline.nlp.extensions import (
    children_of,
    doc_text,
    doc_tokens,
    pos_tags,
    sent_end,
    sent_index,
    sentence,
    sentence_bounds,
)
from storyline.resolve.companies import business_nouns

log = logging.getLogger(__name__)

_OBJECTS = {"dobj", "dative", "attr", "oprd", "nsubjpass", "acomp", "xcomp", "ccomp", "prep", "prt", "pobj", "agent"}
_NOUN_ARGS = {"amod", "compound", "prep", "pobj", "poss", "nmod", "acl", "det", "nummod", "npadvmod"}
_ANAPHORIC_DETS = {"this", "that", "these", "those", "the", "such", "said"}
_PRONOUNS = {"it", "this", "that"}
_ARGUMENTS = {"nsubj", "nsubjpass", "dobj"}
INSTRUMENT_WINDOW = 8
"""How many sentences back "this text" / "the treaty" may refer to an agreement named before."""


@dataclass
class _Found:
    actors: list[int]
    recipients: list[int]


def _context(token: Token) -> set[str]:
    """Lemmas near a trigger that conditions ("with", "without") are checked against."""
    words: set[str] = set()
    allowed = _OBJECTS if token.pos_ in {"VERB", "AUX"} else _NOUN_ARGS | _OBJECTS

    def walk(node: Token, depth: int) -> None:
        for child in children_of(node):
            if depth == 0 and (child.dep_ not in allowed or child.lower_ == "according"):
                continue  # "according to police" names the source of the report, not what the act is done with
            words.add(child.lemma_.lower())
            words.add(child.lower_)
            if depth < 3:
                walk(child, depth + 1)

    walk(token, 0)
    if token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"dobj", "attr"} and token.head.pos_ in {"VERB", "AUX"}:
        # "workers began a strike": who carries the act out tells what kind of strike it is.
        words |= {w for c in children_of(token.head) if c.dep_ == "nsubj" for w in (c.lemma_.lower(), c.lower_)}
    for child in children_of(token):
        # "the agreement, which he negotiated": the relative pronoun stands for the noun it refers to.
        if child.dep_ == "dobj" and child.lower_ in {"which", "that"} and token.dep_ == "relcl":
            words.add(token.head.lemma_.lower())
        # "ratified the text before it was endorsed": "it" stands for the noun it refers back to.
        elif child.dep_ in {"dobj", "nsubjpass"} and child.lower_ in _PRONOUNS:
            antecedent = antecedent_noun(child)
            if antecedent is not None:
                words.add(antecedent.lemma_.lower())
        # "declared X as the country's enemy": the parser may read the "as" phrase as a verbless clause
        # (headed by "'s"); a real "as" clause ("as the deal collapsed") speaks of something else.
        elif (
            child.dep_ == "advcl"
            and child.pos_ not in {"VERB", "AUX"}
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in children_of(child))
        ):
            walk(child, 1)
    return words


def antecedent_noun(pronoun: Token) -> Token | None:
    """The noun an "it" refers back to: the nearest preceding subject or object noun, this or the last sentence."""
    doc = pronoun.doc
    first = sentence_bounds(pronoun)[0]
    if first > 0:
        first = sentence_bounds(doc[first - 1])[0]
    for i in range(pronoun.i - 1, first - 1, -1):
        candidate = doc[i]
        if candidate.pos_ == "NOUN" and candidate.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "attr"}:
            return candidate
    return None


_TRIGGER_POS = frozenset({"VERB", "ADJ", "NOUN", "PROPN"})  # the parts of speech ``_pos`` may name (and VBG)


def _pos(token: Token) -> str | None:
    # Called for every token of every article: ``token.pos_`` looks its string up on each access, so it is read
    # once (same tests, same order as before).
    pos = token.pos_
    if pos == "VERB":
        return "verb"
    if pos == "ADJ" and token.dep_ == "acomp" and token.head.lemma_ == "be":
        return "adjective"  # a predicate ("is critical of"), not a modifier ("a critical moment")
    if pos in {"NOUN", "PROPN"} or (token.tag_ == "VBG" and any(c.dep_ == "det" for c in children_of(token))):
        return "noun"
    return None


def match_trigger(token: Token, vocab: Vocabulary) -> Trigger | None:
    """The most specific vocabulary entry whose conditions hold at ``token``; for a verb the vocabulary does not
    list, the CAMEO verb dictionary's entry."""
    pos = _pos(token)
    if pos is None:
        return None
    entries = vocab.triggers.get((pos, token.lemma_.lower()), ())
    best, excluded = _best_entry(token, entries) if entries else (None, False)
    if best is None and not excluded and pos == "verb":
        # The vocabulary does not know this use of the verb ("fired artillery rounds"); the dictionary may. A use
        # the vocabulary rules out ("attacked the deal") stays out.
        return cameo_trigger(token)
    return best


def _for_clauses(token: Token) -> list[Token]:
    """Infinitive clauses "for X to do" on the token ("called for the agency to lower its fees")."""
    return [
        c for c in children_of(token) if c.dep_ in {"advcl", "ccomp"} and _infinitive(c)
        and any(m.dep_ == "mark" and m.lower_ == "for" for m in children_of(c))
    ]  # fmt: skip


def _best_entry(token: Token, entries: tuple[Trigger, ...]) -> tuple[Trigger | None, bool]:
    """The most specific entry whose conditions hold, and whether an entry's ``without`` ruled the token out."""
    context = _context(token)
    particles = {c.lower_ for c in particles_of(token)}
    preps = {c.lower_ for c in children_of(token) if c.dep_ in {"prep", "dative", "agent"}}
    # "called for the agency to lower its fees": the parser makes "for" the marker of the clause asked for.
    preps |= {"for" for _ in _for_clauses(token)}
    subjects = {c.lemma_.lower() for c in children_of(token) if c.dep_ in {"nsubj", "nsubjpass"}}
    best: Trigger | None = None
    excluded = False
    for entry in entries:
        if entry.particle and entry.particle not in particles:
            continue
        if entry.with_ and not entry.with_ & context:
            continue
        if entry.without & context or (entry.without & particles):
            excluded = True
            continue
        if entry.subjects and not entry.subjects & subjects:
            continue
        if entry.preps and not entry.preps & preps:
            continue
        if best is None or entry.specificity > best.specificity:
            best = entry
    return best, excluded


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(verb))


# How a CAMEO trigger was matched: the verb's default code, a pattern of one word, a pattern of two or more words
# (an object and its preposition: "placed * (ON ALERT)"), which fixes the verb's sense on its own.
_ORIGINS = ("cameo", "cameo-pattern", "cameo-phrase")


_RESULT_TYPES = frozenset({"COERCE", "ASSAULT"})
"""Force after the main clause is an act of its own: "came to the rescue of a vessel, capturing 23 of the raiders"."""


def cameo_trigger(verb: Token) -> Trigger | None:
    """A trigger from the CAMEO verb dictionary: its best pattern's (or the verb's) code as a PLOVER type."""
    found = match_cameo(verb)
    if found is None:
        return None
    entry, code, words, undergoer = found
    if code == "084" and not words and not acts_on_person(verb):
        return None  # RELEASE's bare 084 releases people: "Apple released a new phone", "released a statement" do not
    plover = plover_of(code)
    if plover is None or verb.dep_ in {"amod", "prep", "compound"} or (code or "").startswith("03"):
        return None  # an intent is read from the frame of the act intended (event_mode), never from the verb alone
    kind, mode = plover
    result = verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i and kind in _RESULT_TYPES
    if verb.dep_ in {"advcl", "acl"} and verb.tag_ in {"VBG", "VBN"} and not _own_subject(verb) and not result:
        return None  # "citing a measure", "leading to a bailout": a manner or result, not an act of its own
    return Trigger(type=kind, pos="verb", lemma=entry.lemma, particle=entry.particle, mode=mode, cameo=code,
                   origin=_ORIGINS[min(words, 2)], roles="undergoer" if undergoer else "subject")  # fmt: skip


@lru_cache(maxsize=4)
def _whole_phrases(phrases: frozenset[str]) -> tuple[re.Pattern[str], ...]:
    """Each phrase as a whole-words pattern, in the set's order, compiled once rather than for every sentence."""
    return tuple(re.compile(rf"\b{re.escape(phrase)}\b", re.IGNORECASE) for phrase in phrases)


class _Coder:
    """Codes one sentence's events; holds the document-wide helpers."""

    def __init__(
        self, doc: Doc, vocab: Vocabulary, source: str, times: tuple[TimeExpr, ...], tokens: list[Token]
    ) -> None:
        self.doc = doc
        self.vocab = vocab
        self.source = source
        self.parts = Participants(doc, vocab, source, tuple(doc._.mentions or ()), tokens)
        self.instruments: list[tuple[int, list[int]]] = []
        """(sentence start, parties) of each agreement coded so far: "ratified this text" refers back to one."""
        self.when = Circumstances(doc, vocab, times)
        self.lexicon = load_lexicon()
        self._discarded: dict[int, bool] = {}
        """Whether each sentence (by its first token) holds a discard phrase: read once per sentence."""

    # -- roles -------------------------------------------------------------------------------------

    def _recipient_preps(self, trigger: Trigger) -> frozenset[str]:
        return trigger.recipient_preps or self.vocab.words("recipient_prepositions")

    def _prep_objects(self, head: Token, words: frozenset[str]) -> list[Token]:
        return [
            pobj
            for prep in children_of(head)
            if prep.dep_ in {"prep", "dative"} and prep.lower_ in words
            for pobj in children_of(prep)
            if pobj.dep_ == "pobj"
        ]

    def _recipients_via_preps(self, head: Token, trigger: Trigger) -> list[int]:
        found: list[int] = []
        located = trigger.recipient_preps is not None
        words = self._recipient_preps(trigger)
        if trigger.pos == "verb" and trigger.type.lower() not in self.vocab.words("aimed_types"):
            # Where a verb moves people is a place ("was turned around toward Malaysia"); an attitude keeps its
            # object ("hostility toward Seoul").
            words -= self.vocab.words("direction_prepositions")
        for pobj in self._prep_objects(head, words):
            found += self.parts.in_subtree(pobj, prefer_states=True) if located else self.parts.resolve(pobj)
        return found

    def _verb_roles(self, token: Token, trigger: Trigger) -> _Found:
        parts = self.parts
        objects = [c for c in children_of(token) if c.dep_ in {"dobj", "nsubjpass"}]
        complement = small_clause(token)
        if complement is not None:
            # "the jury found Orozco guilty": the small clause's subject is the verb's object.
            objects += [c for c in children_of(complement) if c.dep_ == "nsubj"]
        themes = [o for o in objects if o.lemma_.lower() in trigger.with_ or o.lower_ in trigger.with_]
        # The object, or in the passive the subject, is who the act is done to ("was arrested by police").
        patients = [o for o in objects if o not in themes]
        if trigger.roles == "received":
            recipients = parts.subject(token)
            sources = [t for t in self._prep_objects(token, frozenset({"from"}))]
            actors = [m for s in sources for m in parts.resolve(s)]
            if not actors:
                # The owner of the thing received gives it ("bought North Korean shells"), but a pronoun owning it
                # is the receiver ("All Nippon Airways, due to receive their first aircraft"): it names no giver.
                own = [m for o in objects for c in children_of(o) if c.dep_ == "poss" and c.pos_ == "PRON"
                       for m in parts.resolve(c)]  # fmt: skip
                actors = [
                    m for o in objects for m in parts.resolve(o)
                    if m not in own and not any(parts.same_party(m, r) for r in recipients)
                ]  # fmt: skip
                recipients = recipients or own
            return _Found(actors, recipients)
        if trigger.roles == "undergoer":
            # The dictionary gives the code to the subject's side ("died in detention", "came under fire"): the
            # subject is acted on; only a "by" or "from" phrase names who acts.
            actors = [m for t in self._prep_objects(token, frozenset({"by", "from"})) for m in parts.resolve(t)]
            return _Found(actors, [m for m in parts.subject(token) if m not in actors])
        actors = parts.subject(token)
        if not any(parts.named(m) for m in actors):
            # "Engineers conducted North Korea's missile test": a named owner of the act's object acts.
            owners = [m for o in objects for c in children_of(o) if c.dep_ == "poss" for m in parts.resolve(c)]
            actors = [m for m in owners if parts.named(m)] or actors
        if not actors and trigger.roles == "owner":
            actors = [m for o in themes or objects for m in parts.resolve(o)]
        recipients = [m for o in patients for m in parts.resolve(o)]
        recipients += [m for c in children_of(token) if c.dep_ == "dative" for m in parts.resolve(c)]
        # "called for the agency to lower its fees": who is to act is who is asked ("it took years for him to admit"
        # asks nothing).
        if trigger.type == "REQUEST":
            recipients += [
                m for c in _for_clauses(token) for s in children_of(c) if s.dep_ == "nsubj" for m in parts.resolve(s)
            ]
        recipients += self._recipients_via_preps(token, trigger)
        for theme in themes:
            recipients += self._recipients_via_preps(theme, trigger)
        if trigger.cameo == "061":
            recipients += [m for o in objects for m in self._contract_buyers(o)]
        if trigger.type == "COOPERATE" and token.lemma_.lower() in self.vocab.words("purchase_verbs"):
            # Any buyer trades with the seller "from" names ("the Romanian government bought the carmaker from
            # Daewoo Motors"), as a company buyer does (``_commercial``): a company or a coded actor, not a place
            # ("not buying planes from Europe").
            sellers = self._prep_objects(token, frozenset({"from"}))
            sold = [m for t in sellers for m in parts.resolve(t) if parts.company(m) or parts.coded(m)]
            recipients += [m for m in sold if m not in recipients]
        if not recipients and token.dep_ == "conj" and trigger.roles == "subject":
            # "showered South Korea with balloons and blew up roads": coordinated acts share their target.
            recipients = [m for c in children_of(token.head) if c.dep_ == "dobj" for m in parts.resolve(c)]
        if trigger.roles == "joint":
            actors += recipients + self._joint_partners(token)
            recipients = []
        return _Found(actors, recipients)

    def _contract_terms(self, token: Token) -> bool:
        """A sale verb in an infinitive on a contract or order ("won a contract to supply the RAF with tankers",
        "a deal to sell jets to Iran") states what the contract is for: no act of its own, its buyer is the other
        side of the trade the contract is."""
        return (
            token.pos_ == "VERB" and token.dep_ == "acl" and _infinitive(token)
            and token.lemma_.lower() in self.vocab.words("sale_verbs")
            and token.head.lemma_.lower() in self.vocab.words("order_nouns")
        )  # fmt: skip

    def _contract_buyers(self, contract: Token) -> list[int]:
        """Who a contract's goods go to ("a contract to supply the RAF", "to deliver jets to Qantas")."""
        terms = [c for c in children_of(contract) if self._contract_terms(c)]
        heads = [o for t in terms for o in children_of(t) if o.dep_ in {"dobj", "dative"}]
        heads += [o for t in terms for o in self._prep_objects(t, frozenset({"to"}))]
        return [m for h in heads for m in self.parts.resolve(h)]

    def _adjective_roles(self, token: Token, trigger: Trigger) -> _Found:
        """ "X is critical of Y": the copula's subject acts, the adjective's complement is the target; a decision judged
        ("the plan is disappointing") is judged by whoever says so, against the decision's owner."""
        if self._judged(trigger):
            decisions = [c for c in children_of(token.head) if c.dep_ == "nsubj"]
            owners = [m for d in decisions for c in children_of(d) if c.dep_ == "poss" for m in self.parts.resolve(c)]
            return _Found(self._speaker(token.head), owners)
        return _Found(self.parts.subject(token.head), self._recipients_via_preps(token, trigger))

    def _noun_roles(self, token: Token, trigger: Trigger) -> _Found:
        parts = self.parts
        actors: list[int] = []
        recipients: list[int] = []
        possessors = [m for c in children_of(token) if c.dep_ == "poss" for m in parts.resolve(c)]
        host = token.head
        rallied = (
            token.dep_ == "pobj" and host.lower_ == "to" and host.head.lemma_.lower() in self.vocab.words("rally_verbs")
        )
        if rallied:
            recipients += possessors  # "came to Russia's aid": Russia is helped
            verb = host.head
            actors += parts.subject(verb) or (parts.resolve(verb.head) if verb.dep_ in {"acl", "relcl"} else [])
        else:
            actors += possessors
        for child in children_of(token):
            if child.dep_ in {"compound", "amod", "nmod"}:
                actors += parts.resolve(child) if parts.mention_at(child) is not None else []
        for pobj in self._prep_objects(token, frozenset({"by", "from"})):
            actors += parts.resolve(pobj)
        agents = parts.nominal_agents(token)
        actors += [m for m in agents if m not in actors]
        for pobj in self._prep_objects(token, frozenset({"of"})):
            if agents:
                recipients += [m for m in parts.resolve(pobj) if m not in agents]
            elif trigger.of == "actor":
                actors += parts.resolve(pobj)
            elif trigger.of == "theme":
                actors += parts.resolve(pobj)
                recipients += self._recipients_via_preps(pobj, trigger)
            else:
                recipients += parts.resolve(pobj)
        recipients += self._recipients_via_preps(token, trigger)
        if token.dep_ == "pobj" and host.lower_ == "under" and host.head.lemma_ == "be" and not recipients:
            recipients += parts.subject(host.head)  # "two gang members are under arrest": they are the ones held
        if trigger.roles == "joint" and _in_state_of(token):
            actors += parts.subject(host.head)  # "PAG is in talks with automakers": PAG is one side of the talks
        if not actors and token.dep_ == "pobj" and host.head.pos_ in {"VERB", "AUX"}:
            # "led to a combined drill from the U.S. and Japan": the parser hangs "from" on the verb.
            for pobj in self._prep_objects(host.head, frozenset({"by", "from"})):
                actors += parts.resolve(pobj)
        if token.dep_ in {"dobj", "attr", "oprd"} and host.pos_ in {"VERB", "AUX"}:
            if host.lemma_.lower() in self.vocab.words("receive_verbs"):
                if not recipients:
                    recipients = parts.subject(host)
            elif not actors and host.lemma_.lower() in self.vocab.words("light_verbs"):
                # A light verb: "carried out a test", "held talks"; "condemned the attack" is not the condemner's.
                actors = parts.subject(host)
                if not recipients:
                    # The parser hangs the act's complement on the light verb: "filed a lawsuit against Apple".
                    recipients = self._recipients_via_preps(host, trigger)
        light = host.lemma_.lower() in self.vocab.words("light_verbs")
        if token.dep_ == "nsubjpass" and light and match_trigger(host, self.vocab) is None:
            # "accusations have been leveled against Cheney", "sanctions were imposed on Iran by the EU".
            if not recipients:
                recipients = self._recipients_via_preps(host, trigger)
            if not actors:
                actors = parts.subject(host)
        if trigger.roles == "joint":
            actors += recipients + self._joint_partners(token)
            recipients = []
        return _Found(actors, recipients)

    def _joint_partners(self, token: Token) -> list[int]:
        """Participants a joint event names in "with", "between", "during" phrases on it or its object."""
        found: list[int] = []
        words = self.vocab.words("joint_prepositions")
        heads = [token, *(c for c in children_of(token) if c.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"})]
        heads += [p for c in children_of(token) if c.dep_ == "prep" for p in children_of(c) if p.dep_ == "pobj"]
        for head in heads:
            for pobj in self._prep_objects(head, words):
                found += self.parts.resolve(pobj)
        return found

    def _topic(self, token: Token, known: list[int]) -> list[int]:
        """The nearest subject above the trigger that brings a new participant (joint events need two)."""
        for node in (token, *token.ancestors):
            wanted = {"nsubj", "nsubjpass"} if node.pos_ in {"VERB", "AUX"} else {"poss"}
            for child in children_of(node):
                if child.dep_ in wanted:
                    new = [m for m in self.parts.resolve(child) if m not in known]
                    if new:
                        return new
        return []

    def _generic(self, token: Token, trigger: Trigger, actors: list[int]) -> bool:
        """A bare singular noun with no target and no time, its actor only a modifier of it, names a kind of
        act, not one that happened: "combating Chinese aggression", "away from Chinese support" (but "a
        Chinese attack", "China's support for Iran", "Iran resumed missile testing" are events)."""
        if trigger.pos != "noun" or trigger.roles == "joint" or token.tag_ != "NN":
            return False
        if any(c.dep_ in {"det", "poss", "nummod"} for c in children_of(token)):
            return False
        first, last = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
        if any(not first <= self.parts.spans[m].start < last for m in actors):
            return False  # the actor is the subject of a verb that carries the act out
        return not self.when.dated_inside(token)

    # -- instruments -------------------------------------------------------------------------------

    def _instrument(self, token: Token, trigger: Trigger) -> Token | None:
        """The agreement an AGREE trigger is about ("ratified the pact", "signing of the accord", "ratified it")."""
        if trigger.type != "AGREE" or not trigger.with_:
            return None
        if token.dep_ == "relcl" and token.head.lemma_.lower() in trigger.with_:
            return token.head  # "the agreement, which he negotiated"
        near = [c for c in children_of(token) if c.dep_ in _OBJECTS | {"poss"}]
        near += [g for c in near if c.dep_ in {"prep", "agent"} for g in children_of(c) if g.dep_ == "pobj"]
        for child in near:
            if child.lemma_.lower() in trigger.with_:
                return child
            if child.lower_ in _PRONOUNS and child.dep_ in _ARGUMENTS:
                antecedent = antecedent_noun(child)
                if antecedent is not None and antecedent.lemma_.lower() in trigger.with_:
                    return child
        return None

    def _earlier_parties(self, instrument: Token, actors: list[int]) -> list[int]:
        """For "ratified this text": the other parties of the agreement named before, found as the latest
        agreement the actor is a party to (the text refers back to it; its parties are the recipients)."""
        anaphoric = instrument.lower_ in _PRONOUNS or any(
            c.dep_ in {"det", "poss"} and c.lower_ in _ANAPHORIC_DETS for c in children_of(instrument)
        )
        if not anaphoric:
            return []
        same = self.parts.same_party
        sents = list(self.doc.sents)
        here = sentence_bounds(instrument)[0]
        window = next((i for i, sent in enumerate(sents) if sent.start == here), 0)
        oldest = sents[max(window - INSTRUMENT_WINDOW, 0)].start
        for start, parties in reversed(self.instruments):
            if start < oldest:
                break
            if any(same(a, p) for a in actors for p in parties):
                return [p for p in parties if not any(same(a, p) for a in actors)]
        return []

    def _theme(self, index: int, trigger: Trigger) -> bool:
        span = self.parts.spans[index]
        return not self.parts.named(index) and self.source[span.start : span.end].lower().rstrip("s") in {
            w.rstrip("s") for w in trigger.with_
        }

    def _discards(self, sent: Span) -> bool:
        """Whether the sentence holds a discard phrase (PETRARCH2's, or the vocabulary's ``discard_words`` outside its
        ``discard_exceptions``: "death penalty"): read once per sentence."""
        if sent.start not in self._discarded:
            text = sent.text
            for pattern in _whole_phrases(self.vocab.words("discard_exceptions")):
                text = pattern.sub(" ", text)
            self._discarded[sent.start] = discarded(text, self.vocab.words("discard_words"))
        return self._discarded[sent.start]

    def _attested(self, token: Token, trigger: Trigger, actors: list[int], recipients: list[int]) -> bool:
        """A verb the vocabulary does not list codes an event the way PETRARCH2 does: with a source and a target, one
        of them named ("Police arrested the student" is no event; "Police arrested Navalny" is; in the passive the
        one acted on may stand alone: "Boeing had been suspended"); a pattern of two or more words fixes the verb's
        sense on its own ("placed on high alert"), and any participant will do."""
        named = any(self.parts.named(m) for m in actors + recipients)
        if trigger.origin == "cameo-phrase":
            return bool(actors + recipients)
        if trigger.origin == "cameo" and trigger.type == "CONSULT" and not self._coded_sides(actors, recipients):
            return False
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in children_of(token))
        # A small clause's subject stands alone as a passive's does: "the jury found Orozco guilty" tells what was
        # done to Orozco as "Orozco was found guilty" does, whoever the finder (a jury is no party the dictionaries
        # name).
        passive = passive or small_clause(token) is not None
        if named and ((bool(actors) and bool(recipients)) or (passive and bool(recipients))):
            return True
        if self._unnamed_force(token, trigger, actors, recipients, passive):
            return True
        return self._one_sided(token, trigger, actors, recipients)

    def _coded_sides(self, actors: list[int], recipients: list[int]) -> bool:
        """A dictionary verb's bare default of meeting (CAMEO 040: GO, LEAVE, JOIN, CONSIDER, HEAR, FACE...) is a
        contact between actors only when an actor the dictionaries code takes part, as PETRARCH2 codes only its
        actors ("Obama went to China"); between private people, teams and places it is a movement or a thought
        ("Lohan left the Betty Ford Center", "was rushed to a hospital", "joined the Blazers", "is considered the
        epitome")."""
        return any(self.parts.coded(m) for m in actors + recipients)

    def _unnamed_force(
        self, token: Token, trigger: Trigger, actors: list[int], recipients: list[int], passive: bool
    ) -> bool:
        """Force and judicial acts on unnamed people, as crime news reports them ("the man ... was sentenced", "a
        convicted molester overpowered two guards, handcuffed them, stole their weapons"): a dictionary verb of a type
        in ``unnamed_force_types`` with both sides given (or, in the passive, the one acted on), generic nouns and
        pronouns allowed, when the verb heads the sentence or the clause a verb of saying at its head reports. In a
        side clause the act is background ("who was convicted in 2005")."""
        if trigger.type.lower() not in self.vocab.words("unnamed_force_types"):
            return False
        if actors and not recipients and _seizes_property(token, trigger) and not self._trades(token, actors):
            return _heads_report(token)  # "thieves stole jewels worth two million euros": what is taken is no party
        if not ((actors and recipients) or (passive and recipients)):
            return False
        return _heads_report(token)

    def _trades(self, token: Token, actors: list[int]) -> bool:
        """Taking that is business, not theft: a light verb ("took a stake": its object says the act), or a company
        the subject (named, or a business noun of the Phoenix agents dictionary: "the company grabbed a share")."""
        subjects = [c for c in children_of(token) if c.dep_ == "nsubj"]
        return (
            token.lemma_.lower() in self.vocab.words("light_verbs")
            or any(s.lemma_.lower() in business_nouns() for s in subjects)
            or self._companies_act(token, actors)
        )

    def _one_sided(self, token: Token, trigger: Trigger, actors: list[int], recipients: list[int]) -> bool:
        """A one-sided act of a type PLOVER codes without a target ("Thailand cracked down on trafficking"): its
        subject names only coded actors (a state, or a body or company the dictionaries code) and the verb heads the
        sentence (a side clause's act is background: "which has affected the routes")."""
        if recipients or not actors or trigger.type.lower() not in self.vocab.words("one_sided_types"):
            return False
        subjects = [self.parts.mention_at(c) for c in children_of(token) if c.dep_ == "nsubj"]
        if not subjects or None in subjects or not all(self.parts.coded(m) for m in actors):
            return False  # the subject is the actor's name itself, not a phrase it modifies ("the dispatch of ...")
        clause = token
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        return clause.dep_ == "ROOT"

    # -- frames --------------------------------------------------------------------------------------

    def frame(self, coded: dict[int, tuple[Trigger, Event]]) -> dict[int, tuple[Trigger, Event]]:
        """Each event coded as its frame says (an intention is never the act): an act framed by a verb that is an
        event itself ("asked X to help", "promised that aid would be provided") is folded into it, giving it its
        recipients; otherwise the act is recoded by its frame, auxiliaries and negation (``event_mode``)."""
        out = dict(coded)
        for i, (trigger, event) in coded.items():
            token = self.doc[i]
            frame = frame_of(token, self.vocab)
            if frame is not None and self._appointment(frame.governor):
                frame = None  # "In recognition of ..., he asked Gupta to be surgeon general": no act is asked for
            if frame is not None and frame.kind != "hypothetical" and frame.governor.i in out and i in out:
                governor_trigger, governor = out[frame.governor.i]
                # The act's other party is the frame's target: "agreed to purchase Boeing jets" (the seller), "promised
                # that aid would be provided to Aeroflot" (the one helped).
                others = tuple(p for p in (*event.recipients, *event.actors) if p not in governor.actors)
                if not governor.recipients and others:
                    governor = replace(governor, recipients=others)
                out[frame.governor.i] = (governor_trigger, governor)
                del out[i]
                continue
            if i not in out:
                continue
            lemma = f"{trigger.lemma} {trigger.particle}" if trigger.particle else trigger.lemma  # "turn down" refuses
            mode = mode_of(token, event.type, lemma, self.vocab, frame)
            if mode.modality in {"intended", "threatened"} and self._foretold(token, event):
                mode = Mode(event.type, "hypothetical", None)  # "officials warned that Russia would attack"
            if frame is not None and frame.kind == "request":
                event = self._requested(event, frame)
            kind = mode.type
            negated = mode.modality == "negated" or (mode.modality == "asserted" and event.negated)
            # An act its frame asserts ("tried to storm parliament") is no supposition, whatever "try" suggests.
            attempted = frame is not None and mode.modality == "asserted"
            hypothetical = mode.modality == "hypothetical" or (
                mode.modality == "asserted" and event.hypothetical and not attempted
            )
            modality = "negated" if negated else "hypothetical" if hypothetical else mode.modality
            out[i] = (trigger, replace(
                event, type=kind, modality=modality, negated=negated, hypothetical=hypothetical,
                cameo=mode.cameo or (event.cameo if kind == event.type else self.vocab.types[kind].cameo),
                score=self.vocab.types[kind].score, mode=event.mode if kind == event.type else None,
            ))  # fmt: skip
        return out

    def acting_for(self, event: Event) -> Event:
        """The event's participants as who they act for (``Participants.offices``: the speaker of "we" in a quote, a
        chief executive's company), once its type and modality are settled: who spoke recodes no act ("I want to
        thank" stays what it was)."""
        at = {(span.start, span.end): i for i, span in enumerate(self.parts.spans)}
        if any((r.start, r.end) not in at for r in (*event.actors, *event.recipients)):
            return event
        actors = self.parts.offices([at[(r.start, r.end)] for r in event.actors])
        recipients = self.parts.offices([at[(r.start, r.end)] for r in event.recipients])
        refs = tuple(self.parts.ref(m) for m in actors)
        others = tuple(self.parts.ref(m) for m in recipients if m not in actors)
        if (refs, others) == (event.actors, event.recipients):
            return event
        return replace(event, actors=refs, recipients=others)

    def _foretold(self, token: Token, event: Event) -> bool:
        """A future act that someone other than its actor says will happen is a prediction, not an intent: the act's
        clause reports what the subject of a verb of saying or thinking says, and that subject is not the actor."""
        clause = token
        while clause.dep_ in {"conj", "xcomp"} and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "ccomp" or self.lexicon.verb_kind(clause.head.lemma_) is None:
            return False
        speakers = {self.parts.ref(m).text for m in self.parts.subject(clause.head)}
        return not speakers & {r.text for r in event.actors} and bool(event.actors)

    def _requested(self, event: Event, frame: Frame) -> Event:
        """An act asked for: the asker is the source, the one asked (the object, or the act's own actor) the target."""
        asker = self.parts.subject(frame.governor)
        asked = [m for c in children_of(frame.governor) if c.dep_ in {"dobj", "dative"} for m in self.parts.resolve(c)]
        asked += [m for c in children_of(frame.governor) if c.dep_ == "prep" and c.lower_ in {"on", "upon", "with"}
                  for p in children_of(c) if p.dep_ == "pobj" for m in self.parts.resolve(p)]  # fmt: skip
        actors = tuple(self.parts.ref(m) for m in asker) or event.actors
        recipients = tuple(self.parts.ref(m) for m in asked) or (event.actors if asker else event.recipients)
        return replace(event, actors=actors, recipients=tuple(r for r in recipients if r not in actors))

    # -- events ------------------------------------------------------------------------------------

    def _companies_act(self, token: Token, actors: list[int]) -> bool:
        """A company is the verb's subject itself (not the owner of one: "a Kraft Foods employee opened fire"), and
        no named actor is a state or acts for one."""
        heads = [c for c in children_of(token) if c.dep_ == "nsubj" for c in (c, *c.conjuncts)]
        named = [self.parts.spans[m] for m in actors if self.parts.named(m)]
        subjects = [span for span in named if any(span.start <= h.idx < span.end for h in heads)]
        return any(span.company for span in subjects) and not any(span.code or span.acts_for for span in named)

    def _commercial(self, token: Token, trigger: Trigger) -> Trigger:
        """A company buying, ordering, selling or delivering goods, or winning an order, trades with the other side
        (COOPERATE, economic, CAMEO 061: the company the source) whatever the goods: "Aer Lingus purchased Airbus
        aircraft" and "Boeing delivered the jet to AirTran" are no military aid."""
        if trigger.pos != "verb":
            return trigger
        lemma = token.lemma_.lower()
        if lemma in self.vocab.words("purchase_verbs"):
            preps = frozenset({"from"})
        elif lemma in self.vocab.words("sale_verbs") and self._delivered_to_company(token):
            return replace(trigger, type="COOPERATE", mode="economic", cameo="061", roles="subject", with_=frozenset(),
                           recipient_preps=frozenset({"to"}), origin="vocabulary", otherwise=None)  # fmt: skip
        elif lemma in self.vocab.words("sale_verbs"):
            preps = frozenset({"to", "for"})
        elif lemma in self.vocab.words("win_verbs") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in self.vocab.words("order_nouns") for c in children_of(token)
        ):
            preps = frozenset({"from"})
        else:
            return trigger
        traders = self.parts.subject(token)
        if not traders or not all(self.parts.company(m) for m in traders):
            return trigger
        return replace(trigger, type="COOPERATE", mode="economic", cameo="061", roles="subject", with_=frozenset(),
                       recipient_preps=preps, origin="vocabulary", otherwise=None)  # fmt: skip

    def sale(self, token: Token) -> Trigger | None:
        """A sale between companies that neither dictionary lists (they have "sell" only for arms, which is military
        aid): a company selling a stake or part of a business, or selling to a named buyer ("DaimlerChrysler has sold
        80.1% of its stake in Chrysler"), or goods delivered to a company with no seller named ("The first A380 was
        delivered today to Singapore Airlines"). Trade, COOPERATE (CAMEO 061). A company selling its products to
        customers is business news, not an interaction: a buyer or a stake must be named."""
        if token.pos_ != "VERB":  # asked of every token: the part of speech first, the lemma only for verbs
            return None
        lemma = token.lemma_.lower()
        if lemma not in self.vocab.words("sale_verbs"):
            return None
        buyers = [m for t in self._prep_objects(token, frozenset({"to"})) for m in self.parts.resolve(t)]
        if any(c.dep_ in {"nsubjpass", "auxpass"} for c in children_of(token)):
            if not self._delivered_to_company(token):
                return None
        else:
            traders = self.parts.subject(token)
            if not traders or not all(self.parts.company(m) for m in traders):
                return None
            stakes = self.vocab.words("stake_nouns")
            near = [c for c in children_of(token) if c.dep_ == "dobj"]
            near += [
                g for c in near for p in children_of(c) if p.dep_ == "prep" and p.lower_ == "of" for g in children_of(p)
            ]
            if not buyers and not any(n.lemma_.lower() in stakes for n in near):
                return None
        return Trigger(
            "COOPERATE", "verb", lemma, with_=self.vocab.words("stake_nouns"), mode="economic", cameo="061",
            recipient_preps=frozenset({"to", "in"}),
        )  # fmt: skip

    def advice(self, token: Token) -> Trigger | None:
        """Advice or a requirement put to another (``advice_verbs``: CAMEO's SUGGEST block, 020, an appeal) with the
        act asked for after it: an object and an infinitive ("advises the Secretary to release the numbers", "is
        encouraging the banks to provide the money") or a clause with a modal of obligation ("recommends that every
        country should iodise salt"). A REQUEST of its subject, in the active voice; "estimates suggest that migrants
        may be at sea" and "the parents were advised to" ask nothing of anyone."""
        if token.pos_ != "VERB" or token.lemma_.lower() not in self.vocab.words("advice_verbs"):
            return None
        if any(c.dep_ in {"nsubjpass", "auxpass"} for c in children_of(token)):
            return None
        acts = [c for c in children_of(token) if c.dep_ in {"xcomp", "ccomp"} and c.pos_ in {"VERB", "AUX"}]
        asked = any(c.dep_ in {"dobj", "dative"} for c in children_of(token))
        bound = self.vocab.words("obligation_modals")
        if not any(
            (asked and _infinitive(act))
            or (_infinitive(act) and any(c.dep_ == "nsubj" for c in children_of(act)))
            or any(c.dep_ == "aux" and c.lower_ in bound for c in children_of(act))
            for act in acts
        ):
            return None
        return Trigger("REQUEST", "verb", token.lemma_.lower(), cameo="020", recipient_preps=frozenset())

    def judged(self, token: Token) -> Trigger | None:
        """A decision or plan judged with an adjective of disapproval (``judgement_adjectives``: "the plan is extremely
        disappointing", "this decision is even more disappointing"): disapproval (CAMEO 110) by whoever says so, the
        decision's owner its target."""
        if token.pos_ != "ADJ" or token.dep_ != "acomp" or token.head.lemma_ != "be":
            return None
        if token.lower_ not in self.vocab.words("judgement_adjectives"):
            return None
        judged = self.vocab.words("judged_nouns")
        if not any(c.dep_ == "nsubj" and c.lemma_.lower() in judged for c in children_of(token.head)):
            return None
        return Trigger("ACCUSE", "adjective", token.lower_, cameo="110", recipient_preps=frozenset())

    def _judged(self, trigger: Trigger) -> bool:
        return trigger.pos == "adjective" and trigger.lemma in self.vocab.words("judgement_adjectives")

    def _speaker(self, clause: Token) -> list[int]:
        """Who says what ``clause`` says: the subject of the nearest verb of saying above it, or of a verb above that
        ("Dicks said he was shocked, releasing a statement saying the decision is disappointing": Dicks)."""
        node = clause
        said = False
        for _ in range(6):
            head = node.head
            if head.i == node.i:
                return []
            said = said or self.lexicon.verb_kind(head.lemma_) == "say"
            if said and head.pos_ in {"VERB", "AUX"}:
                found = self.parts.subject(head)
                if found:
                    return found
            node = head
        return []

    def _advice(self, trigger: Trigger) -> bool:
        return trigger.origin == "vocabulary" and trigger.lemma in self.vocab.words("advice_verbs")

    def _alleged(self, token: Token) -> list[int]:
        """Who a verb of disapproval accuses when it reports a wrongdoing in a clause rather than naming a target:
        "Apple Corps claims that Apple Computer violated the agreement", "argued that the store was a breach of the
        settlement": the clause's subject (PETRARCH2 takes the first actor after the verb). A claim of anything else
        ("claims that the phone is faster") accuses no one."""
        wrongs = self.vocab.words("wrongdoing_words")
        for clause in (c for c in children_of(token) if c.dep_ == "ccomp"):
            if not any(t.lemma_.lower() in wrongs for t in clause.subtree):
                continue
            subjects = [c for c in children_of(clause) if c.dep_ in {"nsubj", "nsubjpass"}]
            accused = [m for c in subjects for m in self.parts.resolve(c)]
            # "Apple Computer's iTunes Music Store violates": the owner answers for what it owns.
            accused += [m for c in subjects for o in children_of(c) if o.dep_ == "poss" for m in self.parts.resolve(o)]
            if accused:
                return accused
        return []

    def _delivered_to_company(self, token: Token) -> bool:
        """A passive sale verb whose "to" phrase names companies and whose seller, if named, is one: "the first jet
        was delivered to Qatar Airways" (goods a company receives are bought, not military aid)."""
        if not any(c.dep_ in {"nsubjpass", "auxpass"} for c in children_of(token)):
            return False
        buyers = [m for t in self._prep_objects(token, frozenset({"to"})) for m in self.parts.resolve(t)]
        sellers = [m for t in self._prep_objects(token, frozenset({"by"})) for m in self.parts.resolve(t)]
        return bool(buyers) and all(self.parts.company(m) for m in buyers + sellers)

    def _orders_not_traded(self, token: Token, trigger: Trigger) -> bool:
        """Orders won or received are trade only when companies win them: "the soldiers received orders to withdraw"
        were commanded, they sold nothing."""
        if trigger.origin != "vocabulary" or trigger.cameo != "061" or trigger.pos != "verb":
            return False
        if token.lemma_.lower() not in self.vocab.words("win_verbs"):
            return False
        traders = self.parts.subject(token)
        return not traders or not all(self.parts.company(m) for m in traders)

    @staticmethod
    def _aid_as_purpose(token: Token, trigger: Trigger) -> bool:
        """Help named as the purpose of another act ("requested donations in order to help him", "will give aid to
        help sub-contractors", "To help with this, regulators will lower the duty") is a goal, not aid given: an
        infinitive of purpose (no subject of its own) of an AID verb. Other acts are kept: with a light main verb the
        purpose carries the act itself ("exercised its options to purchase jets", "a stoppage to protest the cuts")."""
        if trigger.type != "AID" or token.pos_ != "VERB" or _own_subject(token):
            return False
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token)):
            return False
        return token.dep_ == "advcl" or (token.dep_ == "acl" and token.head.lower_ == "order")

    def _appointment(self, verb: Token) -> bool:
        """Asking or approaching someone to take a post ("asked Dr Gupta to be the country's surgeon general", "was
        approached to fill the post of Surgeon General") is an appointment, which PLOVER does not code: the verb's
        infinitive complement is a ``post_verbs`` verb, or takes a ``post_nouns`` noun as its object."""
        if verb.pos_ != "VERB":
            return False
        for act in (c for c in children_of(verb) if c.dep_ in {"xcomp", "advcl"} and _infinitive(c)):
            if act.lemma_.lower() in self.vocab.words("post_verbs"):
                return True
            if any(c.dep_ == "dobj" and c.lemma_.lower() in self.vocab.words("post_nouns") for c in children_of(act)):
                return True
        return False

    def _declined_comment(self, verb: Token, trigger: Trigger) -> bool:
        """Declining to say is no refusal: CAMEO codes "refuse * comment" 011 (decline comment), a statement PLOVER
        does not code. A refusal verb whose infinitive complement is a verb of saying or believing of the reporting
        lexicon ("declined to comment", "refused to speculate on when", "declined to predict") refuses no demand;
        the lexicon's verbs that carry an act of their own (``comment_acts``: "refused to condemn") are kept."""
        if verb.pos_ != "VERB":
            return False
        refusals = self.vocab.words("refusal_verbs")
        if verb.dep_ == "xcomp" and _infinitive(verb) and verb.head.lemma_.lower() in refusals:
            return self._comment(verb)  # the verb of saying itself, framed as refused ("declined to reveal")
        if trigger.type != "REJECT" or verb.lemma_.lower() not in refusals:
            return False
        return any(self._comment(c) for c in children_of(verb) if c.dep_ == "xcomp" and _infinitive(c))

    def _comment(self, verb: Token) -> bool:
        lemma = verb.lemma_.lower()
        kind = self.lexicon.verb_kind(lemma)
        return kind in {"say", "believe", "estimate"} and lemma not in self.vocab.words("comment_acts")

    def _felt_by_a_side(self, token: Token, actors: list[int], recipients: list[int]) -> bool:
        """A predicate adjective is an act only as what its sentence (or the clause a verb of saying reports) says,
        and not denied: "the unions were displeased", "protesters are angry at the police", not "critics who were
        unhappy with the host", "I'm not disappointed". With no target named, a feeling is news only of a side (a
        group, a body, a state, "we"): "he was frustrated", "Alice had been upset" are a person's mood."""
        copula = token.head
        if not _heads_report(copula) or any(c.dep_ == "neg" for c in children_of(copula)):
            return False
        if recipients:
            return True
        return any(not self._one_person(m) for m in actors)

    def _one_person(self, index: int) -> bool:
        span = self.parts.spans[index]
        return span.label == "PERSON" or self.source[span.start : span.end].lower() in {"i", "he", "she", "me"}

    def _voiced(self, token: Token, actors: list[int]) -> bool:
        """A noun of displeasure (CAMEO 110: EXPRESS * DISAPPOINTMENT, OUTRAGE...) is an act when someone voices it
        ("young people have expressed anger": a light verb's subject) or a named side holds it ("Apple's frustration
        at IBM"); "growing anger over scandals", "his anger", "the population's anger" are moods."""
        host = token.head
        if token.dep_ in {"dobj", "attr"} and host.lemma_.lower() in self.vocab.words("light_verbs"):
            denied = any(c.dep_ == "neg" for v in (host, host.head) for c in children_of(v))
            return not denied and bool(self.parts.subject(host))  # not "I'm not going to express outrage"
        owners = [m for c in children_of(token) if c.dep_ == "poss" and c.pos_ != "PRON" for m in self.parts.resolve(c)]
        return any(self.parts.named(m) and not self._one_person(m) for m in owners)

    def _crowd_unnamed(self, token: Token, trigger: Trigger) -> bool:
        """A protest the sentence reports happening, with no crowd named ("Fresh riots were reported in Greece",
        "Protests erupted"): a PROTEST noun of the vocabulary, plural or determined, as the subject of the verb that
        heads the sentence. Protests are the one act news reports with no actor (crowds are rarely named)."""
        if trigger.type != "PROTEST" or trigger.pos != "noun" or trigger.origin != "vocabulary":
            return False
        if token.dep_ not in {"nsubj", "nsubjpass"} or token.head.pos_ not in {"VERB", "AUX"}:
            return False
        determined = token.tag_ == "NNS" or any(c.dep_ == "det" for c in children_of(token))
        return determined and _heads_report(token.head)

    def _carried_out_unnamed(self, token: Token, trigger: Trigger) -> bool:
        """An act the sentence reports carried out, naming no one: a noun of the vocabulary as the subject of a
        passive light verb that heads the sentence or the report ("Lawsuits have been filed", "talks were held",
        "The attack was launched on Wednesday"). The light verb says the act took place, as "held talks" does with
        a subject; an act only talked about ("the attack was condemned") is no light verb's."""
        if trigger.pos == "verb" and trigger.origin == "vocabulary" and trigger.with_:
            # Agreements and trade only: "the equipment was purchased using federal grants" is no aid.
            return trigger.type in {"AGREE", "COOPERATE"} and self._object_carried_out(token, trigger)
        if trigger.pos != "noun" or trigger.origin != "vocabulary" or token.dep_ != "nsubjpass":
            return False
        host = token.head
        light = host.lemma_.lower() in self.vocab.words("light_verbs")
        # Told as done ("was", "were", "have been"), not as a habit or a plan ("the attack is launched through a
        # hidden frame", "talks will be held"), nor denied ("no arrests were made").
        done = any(c.dep_ == "auxpass" and c.lower_ in {"was", "were", "been"} for c in children_of(host))
        if not (light and done and _heads_report(host)) or self.when.negated(host) or self.when.negated(token):
            return False
        # A light verb that codes the act itself with its parties ("a lawsuit was filed against Apple") reports it.
        own = match_trigger(host, self.vocab)
        found = self._verb_roles(host, own) if own is not None else None
        return found is None or not (found.actors or found.recipients)

    def _object_carried_out(self, verb: Token, trigger: Trigger) -> bool:
        """A vocabulary verb in the passive whose entry's object word is its subject, told as done and heading the
        report: "The lawsuit was settled out of court in 1981", "The treaty was signed on Monday". The entry's word
        fixes the verb's sense as the noun of a light verb does; "the strike will be settled" is a plan."""
        subjects = [c for c in children_of(verb) if c.dep_ == "nsubjpass" and c.lemma_.lower() in trigger.with_]
        done = any(c.dep_ == "auxpass" and c.lower_ in {"was", "were", "been"} for c in children_of(verb))
        # "would have been delivered": an unreal past, not a delivery made.
        supposed = any(c.dep_ == "aux" and c.lemma_.lower() in self.vocab.words("modals") for c in children_of(verb))
        return bool(subjects) and done and not supposed and _heads_report(verb) and not self.when.negated(verb)

    def event(self, token: Token, trigger: Trigger) -> Event | None:
        if self._orders_not_traded(token, trigger):
            return None
        trigger = self._commercial(token, trigger)
        if self._aid_as_purpose(token, trigger) or (trigger.pos == "verb" and self._appointment(token)):
            return None
        if trigger.pos == "verb" and (self._contract_terms(token) or self._declined_comment(token, trigger)):
            return None
        if billed(token, trigger, self.vocab) or habitual(token, trigger) or by_condition(token, trigger, self.vocab):
            return None  # a price asked, what a company does as a rule, what a recession does: no act between actors
        if in_name(token, trigger):
            return None  # "Cats Protection", "the Ministry of Defence": a word of a name is no act
        if checked_in(token, trigger) or fired_from_a_job(token, trigger) or found_dead(token, trigger):
            return None  # "checked into a clinic", "fired the coach", "was found dead": a stay, a dismissal, a death
        if demonstrated_thing(token, trigger):
            return None  # "Apple demonstrated the features": a thing shown, no protest
        if in_a_mishap(token, trigger) or harm_in_a_setting(token, trigger) or by_a_cause(token, trigger, self.vocab):
            return None  # "hurt in the crash", "hurt in a loss to Chicago", "a fire destroyed": no one's act named
        if trigger.pos == "noun" and token.dep_ == "nsubj" and self.lexicon.verb_kind(token.head.lemma_) == "say":
            return None  # what "says" is a text or a statement: "a Defence Ministry release said" releases no one
        if trigger.pos == "adjective":
            found = self._adjective_roles(token, trigger)
        else:
            found = self._verb_roles(token, trigger) if trigger.pos == "verb" else self._noun_roles(token, trigger)
        actors = list(dict.fromkeys(found.actors))
        if trigger.roles == "joint" and len(actors) < 2:
            actors += self._topic(token, actors)
        recipients = [m for m in dict.fromkeys(found.recipients) if m not in actors]
        if not recipients and trigger.pos == "verb" and trigger.type == "ACCUSE":
            recipients = [m for m in self._alleged(token) if m not in actors]
        if any(not self.parts.missed(m) for m in actors + recipients):
            # A name the recogniser missed only stands in when no one else takes part: next to a recognised party it
            # is as likely a product or a place ("bought the Dreamliner"), and it would tell reports apart.
            actors = [m for m in actors if not self.parts.missed(m)]
            recipients = [m for m in recipients if not self.parts.missed(m)]
        if trigger.type.lower() not in self.vocab.words("counted_types"):
            # A count of people killed or hurt ("600 were killed in an earthquake") is a toll that disasters report as
            # often as attacks; a count of people arrested or charged is of people the state acted on.
            actors = [m for m in actors if not self.parts.counted(m)]
            recipients = [m for m in recipients if not self.parts.counted(m)]
        # What the act moves or tests ("deployed thousands of troops") is its theme, never a party to it.
        actors = [m for m in actors if not self._theme(m, trigger)]
        recipients = [m for m in recipients if not self._theme(m, trigger)]
        if (
            not actors
            and not recipients
            and not (self._crowd_unnamed(token, trigger) or self._carried_out_unnamed(token, trigger))
        ):
            return None
        if no_one_fought(token, trigger, self.vocab, len(actors), len(recipients)):
            return None  # "battled mental illness", "fighting to stem off a crash": a struggle, no attack
        if trigger.pos == "adjective" and not (
            self._judged(trigger) or self._felt_by_a_side(token, actors, recipients)
        ):
            return None
        if trigger.pos == "noun" and trigger.cameo == "110" and not self._voiced(token, actors):
            return None
        if self._advice(trigger) and not any(self.parts.named(m) for m in actors + recipients):
            return None  # "police advised residents to shut their windows": advice to the public, not an appeal
        if not actors and trigger.roles == "undergoer" and trigger.type.lower() in self.vocab.words("force_types"):
            # The dictionary codes the subject as the one force was used on ("died in detention", "died in
            # clashes"); with no one named who used it, a death is reported, not an attack. (A passive "was killed"
            # stays an event: a story's killing is a happening other reports join even before a killer is named.)
            return None
        if self._discards(sentence(token)) and not _legal_act(token, trigger):
            return None  # sport, elections, markets: "conceded a penalty" is no concession
        if trigger.origin != "vocabulary" and not self._attested(token, trigger, actors, recipients):
            return None
        if (
            trigger.pos == "noun" and trigger.roles == "joint" and len(actors) < 2 and not _in_state_of(token)
            and not (not actors and self._carried_out_unnamed(token, trigger))
        ):  # fmt: skip
            # "nuclear talks with the U.S." names one side: a topic, not a reported meeting; "X is in talks" says
            # the talks are held, whoever the other side is.
            return None
        if not recipients and self._generic(token, trigger, actors):
            return None
        instrument = self._instrument(token, trigger)
        if instrument is not None:
            if not recipients and trigger.roles != "joint":
                recipients = self._earlier_parties(instrument, actors)
            self.instruments.append((sentence_bounds(token)[0], actors + recipients))
        if trigger.needs_recipient and not recipients:
            return None
        kind = trigger.type if recipients or not trigger.otherwise else trigger.otherwise
        if kind.lower() in self.vocab.words("force_types") and self._companies_act(token, actors):
            return None  # companies compete, they use no force: "EADS defeated Boeing for the contract"
        event_type = self.vocab.types[kind]
        sent = sentence(token)
        trigger_end = token.idx + len(token.text)
        particle = next((c for c in particles_of(token) if c.lower_ == trigger.particle), None)
        if particle is not None and particle.i == token.i + 1:
            trigger_end = particle.idx + len(particle.text)
        return Event(
            start=sent.start_char,
            end=sent_end(sent),
            sent=sent_index(self.doc, sent.start_char),
            text=self.source[sent.start_char : sent_end(sent)],
            type=kind,
            trigger=Ref(token.idx, trigger_end, self.source[token.idx : trigger_end]),
            actors=tuple(self.parts.ref(m) for m in actors),
            recipients=tuple(self.parts.ref(m) for m in recipients),
            mode=trigger.mode if kind == trigger.type else None,
            cameo=(trigger.cameo if kind == trigger.type else None) or event_type.cameo,
            score=event_type.score,
            date=self.when.date(token),
            negated=self.when.negated(token),
            hypothetical=self.when.hypothetical(token),
        )


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))


def _in_state_of(noun: Token) -> bool:
    """The noun is the predicate "in X" of a copula: "is in talks", "are in negotiations with film studios"."""
    host = noun.head
    return noun.dep_ == "pobj" and host.lower_ == "in" and host.dep_ == "prep" and host.head.lemma_ == "be"


def _seizes_property(token: Token, trigger: Trigger) -> bool:
    """A CAMEO verb of seizing property (171: steal, grab, snatch, loot) with an object: the thing taken is its
    object, the one robbed no participant of the clause."""
    return (trigger.cameo or "").startswith("171") and any(c.dep_ == "dobj" for c in children_of(token))


def _legal_act(token: Token, trigger: Trigger) -> bool:
    """An arrest, detention or charge (CAMEO 173, by the trigger's code or the CAMEO dictionary's for its verb): the
    state acting on a person, which no sport, election or market sense has. PETRARCH2 drops a whole sentence holding a
    discard phrase ("PLAYOFF"), but "was arrested ... five days before a key NFL playoff game" is an arrest."""
    if trigger.type != "COERCE":
        return False
    if (trigger.cameo or "").startswith("173"):
        return True
    dictionary = cameo_trigger(token) if trigger.pos == "verb" else None
    return dictionary is not None and (dictionary.cameo or "").startswith("173")


def _heads_report(token: Token) -> bool:
    """The verb heads its sentence, or the clause a verb of saying at the head reports ("X was sentenced, police
    said"), or is coordinated with such a verb."""
    clause = token
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "ccomp" and clause.head.dep_ == "ROOT":
        return True
    return clause.dep_ == "ROOT"


def extract_events(doc: Doc, vocab: Vocabulary, source: str | None = None) -> tuple[Event, ...]:
    """Every event ``doc`` reports, one per trigger, duplicates within a sentence dropped."""
    text = doc_text(doc)
    source = source if source is not None and len(source) == len(text) else text
    tokens = doc_tokens(doc)
    coder = _Coder(doc, vocab, source, tuple(doc._.times or ()), tokens)
    coded: dict[int, tuple[Trigger, Event]] = {}
    for token, pos in zip(tokens, pos_tags(doc), strict=True):
        # Most words are no trigger: ``_pos`` (hence ``match_trigger``) finds none for a word that is no verb,
        # adjective, noun or VBG, nor does ``sale``; one look at the part of speech skips both calls.
        if pos not in _TRIGGER_POS and token.tag_ != "VBG":
            continue
        trigger = coder.advice(token) or coder.judged(token) or match_trigger(token, vocab) or coder.sale(token)
        if trigger is None:
            continue
        event = coder.event(token, trigger)
        if event is None:
            log.debug("no actor for %s trigger %r", trigger.type, token.text)
            continue
        coded[token.i] = (trigger, event)
    coded = coder.frame(coded)
    events: list[Event] = []
    seen: set[tuple[object, ...]] = set()
    for i, (trigger, event) in coded.items():
        if _subsumed(doc[i], trigger, coded):
            continue
        key = (event.sent, event.type, event.actors, event.recipients, event.negated, event.hypothetical)
        if key in seen:
            continue
        seen.add(key)
        # Participants as who they act for, once the events are told apart: naming the "I" of a quote makes no two
        # reports of the sentence one.
        events.append(coder.acting_for(event))
    return tuple(events)


def _subsumed(token: Token, trigger: Trigger, coded: dict[int, tuple[Trigger, Event]]) -> bool:
    """A noun trigger that a coded verb event's own entry asks for is part of that event, not a second one:
    "talks broke down" is one REJECT (not also a CONSULT), "held talks" one CONSULT. A verb only the CAMEO
    dictionary codes is part of the event noun it governs ("came to Russia's aid" is the aid)."""
    if trigger.origin != "vocabulary":
        nouns = [c for c in children_of(token) if c.dep_ in {"dobj", "attr"}]
        nouns += [
            g for c in children_of(token) if c.dep_ in {"prep", "dative"} for g in children_of(c) if g.dep_ == "pobj"
        ]
        return any(n.i in coded and coded[n.i][0].pos == "noun" for n in nouns)
    if trigger.pos != "noun" or token.dep_ not in _ARGUMENTS or token.head.i not in coded:
        return False
    verb = coded[token.head.i][0]
    lemma = token.lemma_.lower()
    return verb.pos == "verb" and (lemma in verb.with_ or lemma in verb.subjects)


class EventsExtractor:
    """Adds `doc._.events`: the article's Event records."""

    def __init__(self, nlp: Language, name: str, vocabulary: str | None = None) -> None:
        self.name = name
        self.vocab = load_vocabulary(vocabulary)

    def __call__(self, doc: Doc) -> Doc:
        article = doc._.article
        doc._.events = extract_events(doc, self.vocab, article.text if article is not None else None)
        return doc


@Language.factory("storyline_events", default_config={"vocabulary": None})
def make_events(nlp: Language, name: str, vocabulary: str | None) -> EventsExtractor:
    return EventsExtractor(nlp, name, vocabulary)
