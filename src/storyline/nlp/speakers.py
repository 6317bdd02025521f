"""Who a quote is attributed to: the speaker phrase at the cue, resolved to a name within one article."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span, Token

from storyline.model import Mention, Ref, Speaker
from storyline.nlp.abbreviations import TITLE_ABBREVIATIONS
from storyline.nlp.antecedents import Referent, depth_of, names_a_person, person_referents, salient
from storyline.nlp.cues import Lexicon
from storyline.nlp.described import SUBORDINATE as _SUBORDINATE_TITLE
from storyline.nlp.described import Introduced, description, introductions, the_one_described
from storyline.nlp.extensions import children_of, doc_ents, entity_of, sent_index, sentence
from storyline.nlp.issuers import author_word, earlier_document, is_definite, is_document
from storyline.nlp.mentions_nicknames import without_nickname
from storyline.nlp.mentions_roles import role_head, without_role_word
from storyline.nlp.profiles import pick_profile
from storyline.resolve.gazetteer import load_gazetteer
from storyline.resolve.gender import (
    Gender,
    given_name_gender,
    honorific_gender,
    name_gender,
    noun_gender,
    pronoun_gender,
)

_NAMED = {"PERSON": "person", "ORG": "organisation", "FAC": "organisation", "GPE": "organisation", "NORP": "group"}
_PERSON_PRONOUNS = {"he", "she", "him", "her"}
_GROUP_PRONOUNS = {"they", "them"}
_AUTHOR_PRONOUNS = {"i", "we", "you", "me", "us"}
_QUANTIFIED_SOURCES = {"others", "some", "many", "most", "few", "several", "both", "everyone", "people"}
"""Unnamed sources of a belief: "Others believe ...", "Many fear ..."."""
_HONORIFICS = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "president", "gen", "general",
    "sen", "senator", "rep", "gov", "governor", "minister", "chairman", "chairwoman", "ambassador", "judge",
} | {a.lower().rstrip(".") for a in TITLE_ABBREVIATIONS}  # fmt: skip
_PLACE_NOUNS = {"city": "city", "town": "city", "village": "city", "municipality": "city", "country": "state"}
"""Descriptions of a place that speaks through its government ("The city reasoned ..."), by the kind of place."""
_ANY_ORGANISATION = frozenset({
    "organization", "organisation", "agency", "company", "firm", "group", "corporation", "business", "institution",
    "body", "charity", "foundation", "association", "network", "carrier", "airline", "automaker", "manufacturer",
    "retailer", "publisher", "broadcaster", "newspaper", "institute", "center", "centre", "giant", "maker",
    "carmaker", "team", "club",
})  # fmt: skip
"""Nouns an article may call any organisation by, unlike "the government" or "the party"."""
_OUTLETS = frozenset({
    "paper", "daily", "tabloid", "magazine", "station", "broadcaster", "network", "channel", "wire",
})  # fmt: skip
"""Nouns a news outlet is called by once named ("the paper said", "the station reported"), not "the newspaper",
which the source nouns already class as a body."""
_ANONYMOUS = frozenset({"source", "insider"})
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})
"""Descriptions that stand for a person the article does not name ("a major-league source ... the source said")."""
# Clerical titles abbreviated before a name, with the nouns an article then calls that person by ("The Rev. Larry
# Kroon ... the pastor said", "Msgr. Michael Farmer ... The monsignor confirmed"), after the AP Stylebook's entries
# for "Reverend" and "monsignor".
_CLERICAL = {
    "rev": frozenset({"reverend", "pastor", "minister", "priest", "preacher"}),
    "reverend": frozenset({"reverend", "pastor", "minister", "priest", "preacher"}),
    "msgr": frozenset({"monsignor", "priest"}),
    "monsignor": frozenset({"monsignor", "priest"}),
}
# Cues of a reply: its speaker answers the one quoted before, so is not that one ("An official said: "...". To which
# she replied, "..."").
_REPLIES = frozenset({"reply", "respond", "answer", "retort"})
_GENERIC_PEOPLE = frozenset({"official", "expert", "person", "man", "woman", "executive", "leader"})
"""Descriptions that fit whatever title the person has ("the official" may be the spokesman just quoted)."""
_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis", "punct"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent")
_AFFILIATION_PREPS = {"at", "of", "from", "with"}
_FUZZY_MIN = 85
"""rapidfuzz ratio above which a surname is an obvious misspelling of a known one ("Russell" / "Russel")."""
_RECENT_PARAGRAPHS = 3
"""A pronoun or description refers back to a speaker quoted at most this many paragraphs earlier."""
_ANTECEDENT_PARAGRAPHS = 2
"""A "he" or "she" refers to a person named in its own paragraph or the two before it."""
_CHAIN = 4
"""How many "he"s back a chain of pronouns is followed to the name it starts from."""
_OUT_OF_REACH = ""
"""The antecedent of a "he" that continues a chain whose first name is beyond reach: no one the text shows."""


_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def _surname(parts: tuple[str, ...]) -> str:
    """The family name of a name's lower-case words: the last, before a generational suffix ("Comeaux Jr.")."""
    words = [w for w in parts if w not in _SUFFIXES]
    return words[-1] if words else parts[-1]


def _words_in(short: str, long: str) -> bool:
    """Whether every word of ``short`` is a word of ``long``."""
    return set(short.lower().split()) <= set(long.lower().split())


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_LEGAL_FORMS = frozenset({"inc", "corp", "ltd", "llc", "plc", "sa", "ag", "gmbh", "nv", "bv", "spa", "sgps"})
"""A firm's legal form, which the tagger sometimes reads as a firm of its own ("Chrysler | LLC")."""
_ACRONYM_OPTIONAL = frozenset({
    "of", "and", "the", "for", "inc", "corp", "corporation", "co", "company", "ltd", "llc", "plc", "ag", "sa",
})  # fmt: skip


def expands(acronym: str, name: str) -> bool:
    """Whether ``name`` (two words or more) spells ``acronym`` with the initial of each of its words, in order,
    letters inside a word allowed after its initial ("USGS" for "U. S. Geological Survey", "SIA" for "Singapore
    Airlines"); "of", "and", "the" and a firm's legal form ("Corporation", "Inc") may give a letter or none."""
    words = [w for w in re.split(r"[\s.\-&]+", name) if w]
    if len(words) < 2:
        return False
    letters = acronym.lower()

    def match(i: int, w: int) -> bool:
        if w == len(words):
            return i == len(letters)
        word = words[w].lower()
        glue = word in _ACRONYM_OPTIONAL
        if glue and match(i, w + 1):
            return True
        if i >= len(letters) or letters[i] != word[0]:
            return False
        # after the initial, letters of the same word (in order) may follow, then the next word
        j, k = i + 1, 1
        if match(j, w + 1):
            return True
        while j < len(letters) and k < len(word):
            if word[k] == letters[j]:
                j += 1
                if match(j, w + 1):
                    return True
            k += 1
        return False

    return match(0, 0)


def _finite(verb: Token) -> bool:
    """Whether ``verb`` heads a finite clause ("declined", "has declined"), not "to become" or "passing"."""
    return verb.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in children_of(verb))


def strip_org(text: str) -> str:
    """Bare organisation name: "the Stimson Center" -> "Stimson Center"; "General Motors'" -> "General Motors"
    (a firm's first word is never a courtesy title, as it is in "General Arthur Lichte")."""
    text = re.sub(r"(?:['’]s|['’])$", "", text.strip())
    words = text.split()
    while len(words) > 1 and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def strip_name(text: str) -> str:
    """Bare name: "the Stimson Center" -> "Stimson Center"; "Putin’s" -> "Putin"; "Dr. Jane Roe" -> "Jane Roe"."""
    text = re.sub(r"(?:['’]s|['’])$", "", text.strip())
    words = text.split()
    while len(words) > 1 and (words[0].lower() in ("the", "a", "an") or words[0].lower().rstrip(".") in _HONORIFICS):
        words = words[1:]
    return " ".join(words)


def _person_written(ent: Span) -> str:
    """A person entity's name as written, bare (``strip_name``), without a nickname in marks or a role word the
    tagger ran into it ("Coroner Gary Hargrove"): the name the mentions give the person."""
    return without_role_word(without_nickname(strip_name(ent.text)))


def _ref(span: Span) -> Ref:
    return Ref(span.start_char, span.end_char, span.text)


def _trim(doc: Doc, start: int, end: int) -> Span:
    """Drop punctuation and white space at both ends of a token range."""
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end]


def phrase(token: Token) -> Span:
    """The noun phrase headed by ``token`` without appositives, relative clauses and trailing asides."""
    ent = entity_of(token)
    if ent is not None and ent.label_ in _NAMED:
        return ent
    cut = {"appos", "relcl", "advcl", "punct", "parataxis"}
    if token.pos_ == "PROPN":
        cut |= {"prep", "acl"}  # "Cha of the Center..." is a name and an affiliation, not one phrase
    keep = {token.i}
    for child in children_of(token):
        if child.dep_ not in cut:
            keep.update(t.i for t in child.subtree)
    start = end = token.i
    while start - 1 in keep:
        start -= 1
    while end + 1 in keep:
        end += 1
    doc = token.doc
    if doc[end].dep_ == "cc" and end + 1 < len(doc) and doc[end + 1].pos_ in ("ADV", "NOUN", "PROPN"):
        end += 1  # "officials from A, B and elsewhere": the parser lost the last conjunct
    return _trim(doc, start, end + 1)


def _titled_person(token: Token) -> Span | None:
    """The person a title or description names inside its own phrase: the last PERSON entity to the right of
    the head word, within the phrase the head governs (never a name outside it)."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    doc = token.doc
    # the phrase without its clauses: "Devocht, who had told Montalvo ..." names Devocht, never Montalvo
    kept = [c.right_edge.i for c in children_of(token) if c.i > token.i and c.dep_ not in _CLAUSES]
    hi = max(kept, default=token.i)
    # Walk the phrase right to left by IOB tags: every subject is asked, and building doc.ents walks the whole doc.
    i = hi
    while i > token.i:
        if doc[i].ent_type_ == "PERSON":
            ent = entity_of(doc[i])
            # a name that modifies a noun after it ("officials in the Obama administration") names no one here
            modifies = ent is not None and ent.root.head.i >= ent.end and ent.root.head.pos_ == "NOUN"
            if ent is not None and token.i < ent.start and ent.end - 1 <= hi and not modifies:
                return ent
            i = ent.start if ent is not None else i
        i -= 1
    return None


def _trailing_name(span: Span) -> Span | None:
    """The name that ends a phrase the tagger found no person in, after a title run into it ("Team spokesman Tim
    Mead", "Angels GM Tony Reagins"): the longest run of capitalised proper nouns at its end that opens with a known
    given name and leaves some title before it; None when the whole phrase is the name or no given name opens one."""
    doc = span.doc
    start = span.end
    while start > span.start and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
        start -= 1
    for k in range(max(start, span.start + 1), span.end - 1):
        # a given name after a hyphen or apostrophe is part of the name before it ("Jean-Claude Trichet")
        joined = doc[k - 1].is_punct or not doc[k - 1].whitespace_
        if given_name_gender(doc[k].text) is not None and not joined:
            return doc[k : span.end]
    return None


def _title_from(head: Token) -> str | None:
    left = [t for t in head.subtree if t.i <= head.i and t.dep_ not in ("det", "punct", "advmod", "poss", "case")]
    if not left:
        return None
    span = _trim(head.doc, left[0].i, head.i + 1)
    text = span.text.strip()
    return text or None


def _affiliation_from(prep: Token) -> str | None:
    if prep.lower_ not in _AFFILIATION_PREPS and prep.lower_ != "for":
        return None
    for pobj in children_of(prep):
        if pobj.dep_ != "pobj":
            continue
        ent = entity_of(pobj)
        if prep.lower_ == "for":  # "strategist for Invesco", never "official for Asia"
            return strip_org(ent.text) if ent is not None and ent.label_ == "ORG" else None
        if ent is not None and ent.label_ in ("ORG", "FAC", "LOC"):
            return strip_org(ent.text)
        if pobj.pos_ == "PROPN":
            names = [t for t in pobj.subtree if t.i <= pobj.i and t.pos_ == "PROPN"]
            return strip_name(_trim(pobj.doc, names[0].i, pobj.i + 1).text) if names else None
    return None


def profile(head: Token, cue: Token | None = None) -> tuple[str | None, str | None]:
    """Title and affiliation from an appositive ("X, a professor at Y") or a preposition ("X of Y")."""
    title = affiliation = None
    for child in children_of(head):
        if child.dep_ == "appos" and title is None and child.pos_ in ("NOUN", "PROPN"):
            title = _title_from(child)
            affiliation = next((a for a in map(_affiliation_from, children_of(child)) if a), None)
            if title and title[:1].isupper() and not entity_of(child) and child.pos_ == "PROPN":
                title = None  # a second name, not a title
        elif child.dep_ == "prep" and affiliation is None and child.i > head.i:
            affiliation = _affiliation_from(child)
    if affiliation is None and cue is not None:
        # the parser often hangs "from the Stimson Center" on the verb, right after the speaker's name
        ent = entity_of(head)
        after = ent.end if ent is not None else head.i + 1
        for child in children_of(cue):
            if child.dep_ == "prep" and child.i == after:
                affiliation = _affiliation_from(child)
    return title, affiliation


@dataclass
class _Person:
    name: str
    start: int
    parts: tuple[str, ...]


@dataclass
class _Said:
    speaker: Speaker
    paragraph: int


class SpeakerResolver:
    """Resolves speaker phrases in text order, remembering who was introduced and who spoke last."""

    def __init__(
        self, doc: Doc, lexicon: Lexicon, paragraph_starts: list[int], quoted: Callable[[int], bool] | None = None
    ) -> None:
        self.doc = doc
        self.quoted = quoted or (lambda char: False)
        self._referents: list[Referent] | None = None
        """People named outside quote marks, for "he" and "she" (built at the first pronoun)."""
        self._heard: list[Referent] = []
        """The people resolved as speakers so far, where their source stands."""
        self._said: list[tuple[int, int, str]] = []
        """What each person resolved as a speaker said: (start, end, name) of the content."""
        self._introduced: list[Introduced] | None = None
        """The people named with a title or an age, for "the District Attorney" (built at the first description)."""
        self.lexicon = lexicon
        self.paragraph_starts = paragraph_starts
        self.people: list[_Person] = []
        self.history: list[_Said] = []
        self.profiles: dict[str, list[tuple[str | None, str | None]]] = {}
        self.mentions: dict[tuple[int, int], Mention] = {(m.start, m.end): m for m in (doc._.mentions or ())}
        self.roles: dict[str, list[str]] = {}
        """The titles the article's mentions give each person ("President Trump" -> President)."""
        self.titled: list[tuple[int, str, str]] = []
        """Where each titled mention of a person stands: (start, name, title words)."""
        for m in self.mentions.values():
            if m.label == "PERSON" and m.role:  # with the words before the name: "Former President ..."
                self.roles.setdefault(m.antecedent or m.name, []).append(f"{m.text} {m.role}")
                self.titled.append((m.start, m.antecedent or m.name, f"{m.text} {m.role}"))
        for ent in doc_ents(doc):
            if ent.label_ == "PERSON" and names_a_person(ent):
                name = _person_written(ent)
                parts = tuple(w.lower() for w in re.split(r"[\s]+", name) if w.strip(".-"))
                if len(parts) > 1:
                    self.people.append(_Person(name, ent.start_char, parts))
        # people the identity resolution found where the tagger saw a firm ("A professor of economics, Yanis
        # Varoufakis," tagged ORG): their surnames later ("Professor Varoufakis says") are theirs
        tagged = list(self.people)
        for m in self.mentions.values():
            parts = tuple(w.lower() for w in m.name.split() if w.strip(".-"))
            if m.label != "PERSON" or m.kind != "name" or m.antecedent or len(parts) < 2:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if not any(m.start <= p.start < m.end for p in tagged) and (span is None or names_a_person(span)):
                self.people.append(_Person(m.name, m.start, parts))
        self.people.sort(key=lambda p: p.start)

    # --- names ------------------------------------------------------------------------------------

    def _mention_name(self, span: Span) -> str | None:
        """The full name the mentions component bound this span to (a surname, a misspelling), if it did."""
        for (start, end), mention in self.mentions.items():
            if start < span.end_char and span.start_char < end and mention.antecedent:
                return mention.antecedent
        return None

    def _bound_person(self, span: Span) -> bool:
        """Whether the mentions component bound this span to a person named in full before it."""
        return any(
            start <= span.start_char and span.end_char <= end and m.label == "PERSON" and m.antecedent
            for (start, end), m in self.mentions.items()
        )

    def _left_lone(self, span: Span) -> bool:
        """Whether the mentions component saw this lone name and left it unbound on purpose: a "Mr. Trump" in an
        article whose only full Trump is Melania is someone the article never names in full."""
        for (start, end), mention in self.mentions.items():
            if start < span.end_char and span.start_char < end and mention.label == "PERSON":
                return mention.antecedent is None and len(mention.name.split()) == 1
        return False

    def sex(self, name: str) -> Gender | None:
        """The sex the article shows for the person called ``name``: a courtesy title, gendered title or noun,
        or given name on any of its mentions; None when it shows none or both."""
        seen: set[Gender] = set()
        for mention in self.mentions.values():
            if mention.label != "PERSON" or (mention.antecedent or mention.name) != name:
                continue
            # a courtesy title or gendered noun opening the mention ("Mrs. Lee", "Congresswoman Roe"), never the
            # first word of a title taken for a given name ("German Chancellor Angela Merkel": not "German")
            first = mention.text.split()[0] if mention.text.split() else ""
            if first.lower() in mention.name.lower().split():
                first = ""  # a surname that is also a noun ("Tishana King ... King told"): a name, not a title
            found = honorific_gender(first) or noun_gender(first) or noun_gender(mention.role or "")
            if found is None and mention.kind == "name" and len(mention.name.split()) >= 2:
                found = name_gender(mention.name)
            if found is None and mention.kind == "name" and len(mention.name.split()) == 1 and not any(
                p.parts[-1] == mention.name.lower() for p in self.people
            ):  # "Ben" alone, a given name the article never uses as anyone's surname
                found = given_name_gender(mention.name)
            if found is not None:
                seen.add(found)
        for title, _ in self.profiles.get(name, ()):
            found = noun_gender(title or "")
            if found is not None:
                seen.add(found)
        return next(iter(seen)) if len(seen) == 1 else None

    def full_name(self, word: str, before: int) -> str | None:
        """The person introduced before ``before`` whose surname (or family name) is ``word``, if any."""
        key = strip_name(word).lower()
        earlier = [p for p in self.people if p.start < before]
        for position in (-1, 0):  # surname last ("Victor Cha"), or family name first ("Kim Jong Un")
            found = [p for p in earlier if p.parts[position] == key]
            if found:
                return self.namesake(found[-1].name, before)
        if len(key) >= 4:
            scored = [(fuzz.ratio(key, p.parts[-1]), p) for p in earlier]
            scored = [(s, p) for s, p in scored if s >= _FUZZY_MIN]
            if scored:
                return max(scored, key=lambda sp: (sp[0], sp[1].start))[1].name
        return None

    def namesake(self, name: str, before: int, word: str | None = None) -> str:
        """The person a bare surname stands for when the article named several of that family before ``before``:
        the one named first, whom the story is about ("Doug McDermott ... his father, coach Greg McDermott ...
        McDermott said" is Doug; a relative comes later and goes by full or given name). ``name`` is the one
        the surname was bound to, ``word`` the name as written when not the surname itself (a given name, "his
        wife, Michele", is hers alone)."""
        parts = tuple(w.lower() for w in name.split() if w.strip(".-"))
        if len(parts) < 2:
            return name
        family = _surname(parts)
        if word is not None and strip_name(word).lower() != family:
            return name
        kin = [p for p in self.people if p.start < before and _surname(p.parts) == family]
        first = kin[0].name if kin else name
        return first if not _words_in(first, name) and not _words_in(name, first) else name

    def _recent(
        self,
        paragraph: int,
        kinds: tuple[str, ...],
        noun: str | None = None,
        sex: Gender | None = None,
        modifiers: frozenset[str] = frozenset(),
        before: int = 0,
    ) -> Speaker | None:
        recent = [s for s in self.history if paragraph - s.paragraph <= _RECENT_PARAGRAPHS]
        candidates = [s.speaker for s in reversed(recent) if s.speaker.kind in kinds]
        if sex is not None:  # "she said" is never the man quoted just before
            candidates = [c for c in candidates if self.sex(c.name) in (None, sex)]
        if noun:
            for speaker in candidates:
                titles = self._titles(speaker.name)
                if any(role_head(t) == noun for t in titles):  # a former or vice president is not "the president"
                    return speaker
            holder = self._title_holder(noun, modifiers) or self._titled_near(noun, paragraph, before)
            if holder is not None:  # the one person the article gives that title ("President Donald Trump")
                return holder
            if noun in load_gazetteer().titles:
                # "the president said" is the person the article gives that office, never simply the last one
                # quoted (who may be the foreign leader he met); "the analyst" may be the expert just quoted.
                return None
            if noun not in _GENERIC_PEOPLE:
                # "the analyst" is never the economist just quoted: only someone the article gives no other title
                candidates = [c for c in candidates if not self._titles(c.name)]
        return candidates[0] if candidates else None

    def _unnamed_last(self, paragraph: int, sex: Gender | None) -> Speaker | None:
        """ '"...," the official said. He asked not to be named': with no one of that sex named in reach, "he" is the
        unnamed person quoted last, in this paragraph or the two before, when no named person was quoted since;
        never the named speaker before him (the official is not the minister quoted ahead of him)."""
        for said in reversed(self.history):
            if paragraph - said.paragraph > _ANTECEDENT_PARAGRAPHS or said.speaker.kind == "person":
                return None
            at = said.speaker.mention
            span = self.doc.char_span(at.start, at.end, alignment_mode="expand") if at.end > at.start else None
            if span is None or said.speaker.kind != "unknown" or span.root.tag_ != "NN":
                continue
            person = self.lexicon.noun_kind(span.root.lemma_) == "person" or noun_gender(span.root.lower_) is not None
            if person and noun_gender(span.text) in (None, sex):
                return said.speaker
        return None

    def _titled_near(self, noun: str, paragraph: int, before: int) -> Speaker | None:
        """Of several people the article gives the title ``noun``, the one titled so in this paragraph or the two
        before it, before ``before``, when no other is ("Superior Court Judge James Bodiford handed down the
        sentence. "...," the judge said": not the judge killed in the rampage, named far from there)."""
        since = self.paragraph_starts[max(paragraph - _ANTECEDENT_PARAGRAPHS, 0)]
        near = {name for start, name, role in self.titled if since <= start < before and role_head(role) == noun}
        return Speaker(Ref(0, 0, ""), near.pop(), "person") if len(near) == 1 else None

    def _title_holder(self, noun: str, modifiers: frozenset[str] = frozenset()) -> Speaker | None:
        """The one person the article gives the title ``noun`` anywhere, before or after ("according to her agent"
        ... "agent Mark Roesler"); None when it gives that title to none or to several."""
        holders = sorted(name for name, roles in self.roles.items() if any(role_head(r) == noun for r in roles))
        for person in self.people:  # a role noun the title list does not hold, right before the name ("agent Mark ...")
            span = self.doc.char_span(person.start, person.start + 1, alignment_mode="expand")
            before = self.doc[span.start - 1] if span is not None and span.start > 0 else None
            if before is None:
                continue
            common = before.tag_ == "NN" and before.is_lower and before.lemma_ == noun
            if common or noun in _CLERICAL.get(before.lower_.rstrip("."), ()):  # or "Msgr." for "the monsignor"
                holders = sorted({*holders, self.namesake(person.name, person.start)})
        if len(holders) > 1 and modifiers:
            # "the interior secretary" of "the commerce secretary, Gary Locke, and the interior secretary, Ken
            # Salazar": the one holder whose title has every word that modifies the description
            holders = [n for n in holders if any(modifiers <= set(r.lower().split()) for r in self.roles[n])]
        return Speaker(Ref(0, 0, ""), holders[0], "person") if len(holders) == 1 else None

    def _titles(self, name: str) -> list[str]:
        """The titles the article gives the person called ``name`` (appositives, and words before the name)."""
        return [t for t, _ in self.profiles.get(name, ()) if t] + self.roles.get(name, [])

    # --- resolution -------------------------------------------------------------------------------

    def is_source(self, token: Token) -> bool:
        """Whether a subject can be the source of a belief or estimate (not "the move", "the data gap")."""
        if token.ent_type_ in _NAMED or token.pos_ == "PROPN":
            return True
        if token.lower_ in _PERSON_PRONOUNS | _GROUP_PRONOUNS | _QUANTIFIED_SOURCES:
            return True
        if self.lexicon.noun_kind(token.lemma_) is not None:
            return True
        # agent nouns ("inspectors", "economists", "residents") can hold a view; other nouns rarely do
        lemma = token.lemma_.lower()
        return token.pos_ == "NOUN" and len(lemma) >= 6 and lemma.endswith(_AGENT_SUFFIXES)

    def resolve(self, token: Token, cue: Token | None = None, content: tuple[int, int] = (0, 0)) -> Speaker | None:
        """The speaker that ``token`` (the subject of a cue, or the object of "according to") stands for;
        ``content`` is the attributed span, whose people are what is said, never who says it."""
        found = self._resolve(token, cue, content)
        said = description(token)
        # a person found stays, unless the description is of a former or deputy office: "the former mayor" is never
        # the mayor the role lookup gives
        if said is None or (found is not None and found.kind == "person" and not said.words & _SUBORDINATE_TITLE):
            return found
        if self._introduced is None:
            self._introduced = introductions(self.doc, self.mentions.values(), lambda m: m.antecedent or m.name)
        # "the District Attorney", "the 34-year-old": the one person the article named earlier with that title
        # or age ("District Attorney Helen Brandt", "Marta Quell, 34,"); none or several leave the speaker as it was
        name = the_one_described(said, self._introduced, token.idx)
        if name is None:
            return found
        # an age is written over several words the parser hangs on "old": the whole "the 34-year-old"
        if found is None or said.age is not None:
            mention = _ref(token.doc[token.left_edge.i : token.i + 1])
        else:
            mention = found.mention
        return Speaker(mention, self.namesake(name, token.idx), "person")

    def _resolve(self, token: Token, cue: Token | None = None, content: tuple[int, int] = (0, 0)) -> Speaker | None:
        """The speaker by name, pronoun, role or body (``resolve`` before the titles and ages of introductions)."""
        if token.dep_ == "nsubj" and token.tag_ in ("WP", "WDT") and token.head.dep_ == "relcl":
            token = token.head.head  # "Putin, who celebrated ..." -> Putin
        lower = token.lower_
        paragraph = self.paragraph(token.idx)
        if lower == "it":
            found = self._it(paragraph) or self._subject_organisation(token)
            if found is not None:
                return replace(found, mention=_ref(token.doc[token.i : token.i + 1]))
        if lower in _AUTHOR_PRONOUNS or lower in ("it", "there", "this", "that", "which"):
            return None
        span = phrase(token)
        mention = _ref(span)
        if lower in _PERSON_PRONOUNS:
            sex = pronoun_gender(lower)
            asked = self._asked(token, paragraph, sex) if cue is not None and cue.lemma_ in _REPLIES else None
            if asked is not None:  # ""Yes," he responded" after "Lynch asked Coleman, ...": Coleman answers
                return Speaker(mention, asked, "person")
            name = self._antecedent(token, paragraph, sex, content)
            if name == _OUT_OF_REACH:
                return None  # "he" continues a "he" whose person is named too far back to tell who
            found = (
                Speaker(mention, name, "person")
                if name
                else (None if cue is not None and cue.lemma_ in _REPLIES else self._unnamed_last(paragraph, sex))
                or self._recent(paragraph, ("person",), sex=sex)
                or self._nearest_person(token.idx, sex)
            )
            return replace(found, mention=mention) if found else None
        if lower in _GROUP_PRONOUNS:
            plural = self.plural_subject_before(token) or self._plural_subject_of_sentence_before(token)
            if plural is not None:  # "Officials went to the station, where they claimed ...": that sentence's subject
                if plural.ent_type_ == "ORG":  # "Singapore Airlines will display the aircraft they intend to ..."
                    return Speaker(mention, strip_org(phrase(plural).text), "organisation")
                return Speaker(mention, phrase(plural).text, "group")
            found = self._recent(paragraph, ("group", "organisation"))
            return replace(found, mention=mention) if found else Speaker(mention, span.text, "unknown")
        ent = entity_of(token)
        if ent is not None and token.idx < content[0] < ent.end_char:
            # "According to Rathbun the Scientology property ...": the tagger ran the name into the content
            cut = next(t.i for t in ent if t.idx >= content[0])
            ent = Span(token.doc, ent.start, cut, label=ent.label_) if cut > token.i else None
        titled = _titled_person(token) if ent is None or ent.label_ != "PERSON" else None
        if titled is not None:  # "Malaysia's Prime Minister, Najib Razak", "CEO of the Refugee Council Enver Solomon"
            return self._named(titled, titled.root, cue, mention)
        if ent is not None and ent.label_ in _NAMED and (token.pos_ == "PROPN" or ent.root.i == token.i):
            return self._named(ent, token, cue, mention)
        # "According to Rathbun the property ...": with no comma, the tagger may read the name as a verb
        if token.pos_ == "PROPN" or (token.dep_ == "pcomp" and token.is_title):
            bound = self._mention_name(span)
            name = (self.namesake(bound, span.start_char, span.text) if bound and len(span) == 1 else bound) or (
                None if self._left_lone(span) else self.full_name(span.text, span.start_char)
            )
            title, affiliation = profile(token, cue)
            trailing = _trailing_name(span) if name is None else None
            if trailing is not None:  # "Team spokesman Tim Mead": the tagger missed the name and ran the title into it
                self.introduce(trailing)
                title = title or _trim(span.doc, span.start, trailing.start).text
                return self._person(Speaker(mention, trailing.text, "person"), title, affiliation)
            # "Jean-Claude Trichet, the European Central Bank president": a name the tagger missed is a person's
            # when the article gives it a person's title or a courtesy title or given name
            personal = bool(title and self.lexicon.noun_kind(title.lower().split()[-1]) == "person") or (
                len(span) > 1 and name_gender(span.text) is not None
            )
            kind = "person" if name or personal else "unknown"
            return self._person(Speaker(mention, name or strip_name(span.text), kind), title, affiliation)
        if is_document(token) and token.lemma_.lower() not in _OUTLETS:
            author = self._author(token, content)
            if author is not None:  # "a statement from the Indian government", and "the statement" after it
                return replace(author, mention=mention)
        noun_kind = self.lexicon.noun_kind(token.lemma_)
        if noun_kind == "group":
            body = self._body_named(token)
            if body is not None:  # "The China Daily newspaper", "the security firm Secunia.com"
                return Speaker(mention, strip_org(body.text), "organisation")
        # the name may hang on the last noun of the role ("economist at Acme, Jane Roe"): take the last appositive
        appositives = [
            t
            for t in token.subtree
            if t.dep_ == "appos" and t.pos_ == "PROPN" and t.i > token.i and t.ent_type_ in ("PERSON", "ORG", "")
        ]
        named = appositives[-1] if appositives else None
        if named is not None and token.tag_ == "NN" and (named.ent_type_ == "PERSON" or noun_kind == "person"):
            # "the chief strategist at X, Jane Roe, said": the role names a person (whatever the tagger thinks)
            ent = entity_of(named) or phrase(named)
            title = _title_from(token)
            affiliation = next((a for a in map(_affiliation_from, children_of(token)) if a), None)
            return self._person(Speaker(_ref(ent), self._person_name(ent), "person"), title, affiliation)
        definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that") for c in children_of(token))
        singular = token.tag_ in ("NN", "NNP")
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(token))
        if indefinite and singular and (noun_kind == "person" or noun_gender(token.lower_) is not None):
            identified = self._named_next(token)  # "A Brooklyn woman ... says ... . Tishana King is the only ..."
            if identified is not None:
                return replace(identified, mention=mention)
        owned = any(c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS for c in children_of(token))
        if owned and singular and token.lemma_.lower() not in _ANONYMOUS:
            # "her agent", "his lawyer": someone else's, so never the person quoted last (who may be "her"); only
            # the one person the article titles so ("agent Mark Roesler", a role the source nouns need not hold)
            modifiers = frozenset(c.lower_ for c in children_of(token) if c.dep_ in ("amod", "compound"))
            found = self._title_holder(token.lemma_.lower(), modifiers)
            if found is not None:
                return replace(found, mention=mention)
            if noun_kind == "person":
                return Speaker(mention, span.text, "unknown")
        if noun_kind == "person" and singular:
            found = None
            if definite and token.lemma_.lower() not in _ANONYMOUS:
                # "the analyst" is someone quoted recently; else an unnamed person, kept as written
                modifiers = frozenset(c.lower_ for c in children_of(token) if c.dep_ in ("amod", "compound"))
                found = self._recent(
                    paragraph, ("person",), noun=token.lemma_.lower(), modifiers=modifiers, before=token.idx
                )
            return replace(found, mention=mention) if found else Speaker(mention, span.text, "unknown")
        if noun_kind == "group" and definite and singular:
            found = self._organisation(token, paragraph, content)
            if found:
                return replace(found, mention=mention)
        if token.lemma_.lower() in _OUTLETS and definite and singular and not self._finds(cue):
            found = self._outlet(token, paragraph)
            if found:
                return replace(found, mention=mention)
        place = _PLACE_NOUNS.get(token.lemma_.lower())
        if place is not None and definite and singular:
            found = self._place(token, paragraph, content, place == "state")
            if found:
                return replace(found, mention=mention)
        return Speaker(mention, span.text, "group")

    def _author(self, token: Token, content: tuple[int, int]) -> Speaker | None:
        """Who wrote or issued the document ``token`` heads, named in its own phrase or by the verb that issues it;
        "the statement" with none is the one issued before under that noun ("a statement from the Indian government
        ... the statement said", through any "the statement" between). Only a person or an organisation, named outside
        quote marks and the content."""

        def outside(t: Token) -> bool:
            return not self.quoted(t.idx) and not content[0] <= t.idx < content[1]

        author = author_word(token, self.is_source)
        earlier: Token | None = token
        while author is None and earlier is not None and is_definite(earlier):
            # back along "the statement ... the Indian statement ... the statement" to the one whose author is named
            earlier = earlier_document(earlier, lambda t: not outside(t))
            author = author_word(earlier, self.is_source) if earlier is not None else None
        if author is None or not outside(author) or is_document(author):
            return None
        found = self.resolve(author)
        return found if found is not None and found.kind in ("person", "organisation") else None

    def _named_next(self, token: Token) -> Speaker | None:
        """The person an indefinite description stands for when the next sentence names who it was: "A Brooklyn
        woman who claims ... says ... . Tishana King is the only civilian eyewitness": that sentence opens with a
        person's name, the subject of a "be" that says who she is (a delayed lead's identification)."""
        nxt, ended = sentence(token), False
        for _ in range(6):  # the parser may cut the description's sentence short ("... Kimani (Kiki) Gray | says")
            if nxt.text.strip():
                ended = nxt.text.rstrip().endswith((".", "!", "?"))
            if nxt.end >= len(self.doc):
                return None
            nxt = sentence(self.doc[nxt.end])
            if ended and nxt.text.strip():
                break
        else:
            return None
        root = nxt.root
        if root.lemma_ != "be" or not any(c.dep_ == "attr" for c in children_of(root)):
            return None
        subj = next((c for c in children_of(root) if c.dep_ == "nsubj"), None)
        ent = entity_of(subj) if subj is not None else None
        first = next((t for t in nxt if not t.is_space), None)
        if ent is None or ent.label_ != "PERSON" or first is None or ent.start != first.i or not names_a_person(ent):
            return None
        return Speaker(_ref(phrase(token)), self._person_name(ent), "person")

    def _finds(self, cue: Token | None) -> bool:
        """Whether ``cue`` reports a finding ("the paper found"): a study's, whose outlet is no speaker."""
        return cue is not None and self.lexicon.verb_kind(cue.lemma_) == "evidence"

    def _outlet(self, token: Token, paragraph: int) -> Speaker | None:
        """ "Centre-left daily Eleftherotypia warned ... "...," the paper said": a news outlet named by its kind is the
        organisation quoted last, in this paragraph or the three before; else its own phrase's name ("the
        WCCO-TV station"). None when no organisation was quoted in reach."""
        own = self._named_description(token)
        if own is not None:
            return Speaker(_ref(own), strip_org(own.text), "organisation")
        return self._recent(paragraph, ("organisation",))

    def _it(self, paragraph: int) -> Speaker | None:
        """ '"...," said KCNA. Diplomats said ... "...," it added': the organisation quoted last, in this paragraph
        or the one before; a person or a plural group quoted since is never "it"."""
        for said in reversed(self.history):
            said_at = max(said.paragraph, self.paragraph(said.speaker.mention.start))  # a long quote's cue is late
            if paragraph - said_at > 1:
                break
            if said.speaker.kind == "organisation":
                return said.speaker
        return None

    def _sentence_before(self, token: Token) -> Span | None:
        """The sentence before a pronoun that opens its own clause (no subject before it outside quote marks), in
        the pronoun's paragraph or the one before: where "it" or "they" finds its antecedent."""
        sent = sentence(token)
        if sent.start == 0 or any(
            t.dep_ in ("nsubj", "nsubjpass") and not self.quoted(t.idx) for t in self.doc[sent.start : token.i]
        ):
            return None
        before = sentence(self.doc[sent.start - 1])
        return before if self.paragraph(before.start_char) >= self.paragraph(token.idx) - 1 else None

    def _subject_organisation(self, token: Token) -> Speaker | None:
        """ "The US Treasury described the plan in a press release. It said ...": "it" as the subject of the first
        clause of its sentence is the organisation that is the main subject of the sentence before, in the same
        paragraph or the one before (a thing there, "The plan", leaves "it" unknown)."""
        before = self._sentence_before(token)
        if before is None:
            return None
        subjects = [c for c in children_of(before.root) if c.dep_ == "nsubj" and not self.quoted(c.idx)]
        if not subjects or subjects[0].pos_ == "PRON":
            return None
        found = self.resolve(subjects[0])  # "The company reported a loss. It said": whoever "the company" is
        named_body = found is not None and found.kind == "unknown" and subjects[0].pos_ == "PROPN"
        if found is None or not (found.kind == "organisation" or named_body):
            return None  # a person is never "it"; a name the tagger did not type ("The US Treasury") is a body
        return replace(found, kind="organisation")

    def _body_named(self, token: Token) -> Span | None:
        """The organisation a group noun names in its own phrase: an organisation's name right before it ("The
        China Daily newspaper") or apposed to it ("the security firm Secunia.com"); never a person's."""
        doc = token.doc
        before = doc[token.i - 1] if token.i > 0 else None
        if before is not None and before.dep_ == "compound" and before.ent_type_ == "ORG":
            ent = entity_of(before)
            if ent is not None and ent.end == token.i:
                return ent
        if before is not None and before.dep_ == "compound" and before.pos_ == "PROPN" and token.tag_ == "NN":
            start = token.i - 1  # a name the tagger missed: "The Daily Courier newspaper", never "Federal authorities"
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
                start -= 1
            if token.i - start >= 2 and not any(t.ent_type_ for t in doc[start : token.i]):
                return doc[start : token.i]
        for child in children_of(token):
            ent = entity_of(child) if child.dep_ == "appos" and child.ent_type_ == "ORG" else None
            # the name right after the noun, or set off by a comma: "the firm General Motors", "Another automaker,
            # General Motors (GM), announced" (the parser hangs the apposition on the name's last word)
            after_comma = ent is not None and ent.start == token.i + 2 and doc[token.i + 1].text == ","
            if ent is not None and (ent.start == token.i + 1 or after_comma):
                return ent
        return None

    def plural_subject_before(self, token: Token) -> Token | None:
        """The plural source that is the subject of a clause before ``token`` in its own sentence; an organisation
        is one too ("they" for a firm or an airline, as British and Australian writers have it)."""
        start = sentence(token).start
        subjects = [t for t in token.doc[start : token.i] if self._plural_source_subject(t)]
        return subjects[-1] if subjects else None

    def _plural_source_subject(self, token: Token) -> bool:
        """A subject "they" can stand for: plural or an organisation, a possible source, not inside a quote."""
        return (
            token.dep_ == "nsubj"
            and (token.tag_ in ("NNS", "NNPS") or token.ent_type_ == "ORG")
            and self.is_source(token)
            and not self.quoted(token.idx)
        )

    def _plural_subject_of_sentence_before(self, token: Token) -> Token | None:
        """ "Union leaders met the minister. They said ...": "they" opening its clause is the main subject of the
        sentence before (in its paragraph or the one before), when that is plural or an organisation and a source."""
        before = self._sentence_before(token)
        if before is None:
            return None
        subjects = [c for c in children_of(before.root) if self._plural_source_subject(c)]
        return subjects[0] if subjects else None

    def _organisation(self, token: Token, paragraph: int, content: tuple[int, int] = (0, 0)) -> Speaker | None:
        """ "the ministry said" -> the organisation named nearby whose name has that noun, or the last one quoted."""
        noun = token.lemma_.lower()
        own = self._named_description(token)
        if own is not None:  # "The Belgian government has announced": that one, never the firm quoted last
            return Speaker(_ref(own), strip_org(own.text), "organisation")
        before = [e for e in doc_ents(self.doc) if e.end <= token.i and e.label_ == "ORG"]
        for ent in reversed(before):
            if self.paragraph(ent.start_char) < paragraph - _RECENT_PARAGRAPHS:
                break
            apposed = any(c.dep_ == "appos" and c.lemma_.lower() == noun for c in children_of(ent.root))
            if noun in ent.text.lower() or apposed:  # "the Pentagon ministry", "NPD Group, a research firm"
                return Speaker(_ref(ent), strip_org(ent.text), "organisation")
        here = self._named_in_sentence(token, before, content)
        if here is not None:  # "In a statement on the Airbus website, the company said": not the firm quoted last
            return Speaker(_ref(here), strip_org(here.text), "organisation")
        fuller = self._fuller_description(token, paragraph)
        if fuller is not None:  # "the United States federal government ... the federal government had stated"
            return Speaker(_ref(fuller), strip_org(fuller.text), "organisation")
        recent = self._recent(paragraph, ("organisation",))
        if recent is not None:
            return recent
        # "Acme reported ... The company said": the organisation named in this or the previous paragraph
        near = [e for e in before if not content[0] <= e.start_char < content[1] and not self.quoted(e.start_char)]
        if near and self.paragraph(near[-1].start_char) >= paragraph - 1:
            ent = self._salient_organisation(near)
            return Speaker(_ref(ent), strip_org(ent.text), "organisation")
        # or the one organisation the identity resolution finds named in the paragraphs before (two are ambiguous),
        # for a noun any organisation may be called by ("the agency", never "the M5S party" or "the government")
        if noun not in _ANY_ORGANISATION or any(c.dep_ == "compound" or c.pos_ == "PROPN" for c in children_of(token)):
            return None
        return self._only(token, paragraph, lambda m: m.label == "ORG", lambda m: m.antecedent or m.name)

    def _named_in_sentence(self, token: Token, named: list[Span], content: tuple[int, int]) -> Span | None:
        """The one organisation named earlier in the description's own sentence, outside quote marks and the
        attributed content; two are ambiguous."""
        start = sentence(token).start_char
        here = [
            e
            for e in named
            if e.start_char >= start and not self.quoted(e.start_char) and not content[0] <= e.start_char < content[1]
        ]
        names = {strip_org(e.text) for e in here}
        return here[-1] if len(names) == 1 else None

    def _named_description(self, token: Token) -> Span | None:
        """The description itself when a name in it says whose it is: "the Belgian government", "Canada's
        government", "the Thai military" (a place, people or organisation before the noun)."""
        after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if after is not None and (after.pos_ == "PROPN" or after.ent_type_ in ("ORG", "PERSON")):
            return None  # "The US automobile manufacturer Ford": the name after it says who
        left = [c for c in children_of(token) if c.i < token.i and c.dep_ in ("amod", "compound", "nmod", "poss")]
        inside = [d for c in left for d in c.subtree if d.ent_type_ in ("GPE", "NORP", "ORG")]
        if not inside:
            return None
        firm = next((d for d in inside if d.ent_type_ == "ORG"), None)
        ent = entity_of(firm) if firm is not None else None
        if ent is not None and ent.end <= token.i:
            return ent  # "the Press Association news agency": the name it carries
        words = [d for c in left for d in c.subtree]
        if token.lemma_.lower() in _ANY_ORGANISATION and not any(
            d.pos_ == "PROPN" and d.ent_type_ not in ("GPE", "NORP") for d in words
        ):
            return None  # "the US software giant", "the German carmaker": where a firm is based, not which one
        return _trim(self.doc, min(c.left_edge.i for c in left), token.i + 1)

    def _fuller_description(self, token: Token, paragraph: int) -> Span | None:
        """The nearest earlier description with the same head noun that names whose it is ("the United States
        federal government" for "the federal government"), when every word of the bare description is in it.
        Only for a description that names no one itself; "the German government" is never "the federal one"."""
        own = [c for c in children_of(token) if c.dep_ != "det"]
        if any(c.dep_ not in ("amod", "compound") or c.ent_type_ or c.pos_ == "PROPN" for c in own):
            return None
        words = {c.lower_ for c in own}
        since = self.paragraph_starts[max(paragraph - _RECENT_PARAGRAPHS, 0)]
        for t in reversed(self.doc[: token.i]):
            if t.idx < since:
                break
            if t.lemma_.lower() != token.lemma_.lower() or t.pos_ != "NOUN" or self.quoted(t.idx):
                continue
            left = [c for c in children_of(t) if c.i < t.i and c.dep_ in ("amod", "compound", "nmod", "poss")]
            if not left or not any(d.ent_type_ in ("GPE", "ORG", "NORP") for c in left for d in c.subtree):
                continue  # "the government" again, or "the new government": no name to take
            span = _trim(self.doc, min(c.left_edge.i for c in left), t.i + 1)
            if words <= {w.lower_ for w in span}:
                after = self.doc[t.i + 1] if t.i + 1 < len(self.doc) else None
                named = entity_of(after) if after is not None and after.ent_type_ == "ORG" else None
                return named or span  # "Iran's official news agency IRNA": the name after it
        return None

    def _salient_organisation(self, named: list[Span]) -> Span:
        """Of the organisations named last, the one a description most likely refers back to: in the nearest
        sentence that names one, its subject ("Consumer Reports declined to rate Apple's phone. The group said"),
        else the last one named."""
        last = named[-1]
        sent = sent_index(self.doc, last.start_char)
        same = [e for e in reversed(named) if sent_index(self.doc, e.start_char) == sent]
        subjects = [
            e
            for e in same
            if e.root.dep_ in ("nsubj", "nsubjpass") and _finite(e.root.head) and not self.quoted(e.start_char)
        ]  # of a finite verb: "passed Wal-Mart to become No. 1" has no subject Wal-Mart
        return subjects[-1] if subjects else last

    def _place(self, token: Token, paragraph: int, content: tuple[int, int], state: bool) -> Speaker | None:
        """ "The city said": the one city or town named in the paragraphs before (a place the gazetteer does not
        know as a state); "the country": the one state."""
        gazetteer = load_gazetteer()

        def fits(mention: Mention) -> bool:
            if mention.label != "GPE" or content[0] <= mention.start < content[1]:
                return False
            entry = gazetteer.lookup(mention.text)
            is_state = entry is not None and entry.type == "state" and entry.kind != "capital"
            return is_state == state

        return self._only(token, paragraph, fits, lambda m: m.name if state else strip_org(m.text))

    def _only(
        self, token: Token, paragraph: int, fits: Callable[[Mention], bool], name: Callable[[Mention], str]
    ) -> Speaker | None:
        """The one entity whose mentions ``fits`` in this paragraph and the ones before (before ``token``), by
        identity-resolved name; a name inside another ("Livorno", "the Municipality of Livorno") is the same."""
        since = self.paragraph_starts[max(paragraph - _RECENT_PARAGRAPHS, 0)]
        found: dict[str, Mention] = {}
        for mention in sorted(self.mentions.values(), key=lambda m: m.start):
            if since <= mention.start and mention.end <= token.idx and fits(mention):
                found[name(mention)] = mention
        names = sorted(found, key=lambda n: found[n].start)
        distinct = [n for n in names if not any(n != o and _words_in(n, o) for o in names)]
        if len(distinct) != 1:
            return None
        mention = found[distinct[0]]
        return Speaker(Ref(mention.start, mention.end, mention.text), distinct[0], "organisation")

    def person_of(self, token: Token) -> str | None:
        """The person a "he" or "she" that attributes nothing stands for (the subject of "he ran for 91 yards"), by
        the article's antecedents alone: no speaker heard before, no fallback to whoever was quoted last. None when
        the text does not tell (no person of that sex in reach, or a chain of "he"s starting out of reach)."""
        if token.lower_ not in _PERSON_PRONOUNS:
            return None
        return self._antecedent(token, self.paragraph(token.idx), pronoun_gender(token.lower_), (0, 0)) or None

    def _antecedent(
        self, token: Token, paragraph: int, sex: Gender | None, content: tuple[int, int], depth: int = 0
    ) -> str | None:
        """The person "he" or "she" stands for: the most salient one of the nearest sentence before it, in this
        paragraph or the two before it (a speaker quoted long ago is no antecedent when someone was named since);
        or, when a "he" of that sex is the subject of a sentence at least as near and no name there is, whoever
        that "he" stands for ("he met the younger John Edleston. About his protégé he wrote": not Edleston)."""
        if self._referents is None:
            self._referents = person_referents(self.doc, self.mentions.values(), self.quoted, self._bare_surname)
        since = self.paragraph_starts[max(paragraph - _ANTECEDENT_PARAGRAPHS, 0)]
        def agrees(name: str) -> bool:
            return self.sex(name) in (None, sex)

        # "LaRue said Nixon never called. Also, he said ...": the person a speaker of that sex talked about is
        # not who "he" is; the speaker is
        told = [(s, e) for s, e, name in self._said if s < token.idx and sex is not None and self.sex(name) == sex]
        pool = [
            r
            for r in self._referents + self._heard + self._untagged(since, token.i)
            if not content[0] <= r.char < content[1] and not any(s <= r.char < e for s, e in told)
        ]

        name = salient(pool, token.idx, since, agrees)
        if name is not None and depth < _CHAIN and sex is not None:  # a name no subject, against a "he" that is
            earlier = self._subject_pronoun(token, since, sex, content, [r for r in pool if agrees(r.name)])
            if earlier is not None:
                chained = self._antecedent(earlier, self.paragraph(earlier.idx), sex, content, depth + 1)
                if chained is not None:
                    return chained
                # the chain starts out of reach: the name found is no subject there, so not who "he" is
                return _OUT_OF_REACH
        return name

    def _asked(self, token: Token, paragraph: int, sex: Gender | None) -> str | None:
        """Who the nearest question before a reply was put to, by name: the object of "X asked Y" or the subject of
        "Y was asked by X", in this paragraph or the two before it. A question put to no one ("When asked about it,
        he answered") is passed over; one put to someone unnamed or of the other sex ends the search."""
        since = self.paragraph_starts[max(paragraph - _ANTECEDENT_PARAGRAPHS, 0)]
        for verb in reversed(self.doc[: token.i]):
            if verb.idx < since:
                return None
            if verb.lemma_ != "ask" or verb.pos_ != "VERB" or self.quoted(verb.idx):
                continue
            asked = [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")]
            if not asked:
                continue
            person = next(
                (m for (start, end), m in self.mentions.items() if m.label == "PERSON" and start <= asked[0].idx < end),
                None,
            )
            if person is None:
                return None
            name = person.antecedent or person.name
            return name if self.sex(name) in (None, sex) else None
        return None

    def _bare_surname(self, mention: Mention) -> str:
        """Who a person mention names, a lone surname of a family the article names several of going to the one
        named first (see ``namesake``)."""
        name = mention.antecedent or mention.name
        # the mentions component calls a lone surname it bound to a full name a "surname" (unbound, a "name")
        if mention.kind not in ("name", "surname") or len(mention.text.split()) != 1:
            return name
        return self.namesake(name, mention.start, mention.text)

    def _subject_pronoun(
        self, token: Token, since: int, sex: Gender, content: tuple[int, int], pool: list[Referent]
    ) -> Token | None:
        """The last "he" (or "she") of ``sex`` before ``token`` that is a subject, outside quote marks and the
        content, in a sentence nearer than every agreeing name or in the nearest one when no name there is its
        subject."""
        named = [r for r in pool if since <= r.char < token.idx]
        last = max((r.sent for r in named), default=-1)
        for t in reversed(self.doc[: token.i]):
            if t.idx < since:
                return None
            if t.dep_ not in ("nsubj", "nsubjpass") or t.lower_ not in _PERSON_PRONOUNS:
                continue
            if pronoun_gender(t.lower_) != sex or self.quoted(t.idx) or content[0] <= t.idx < content[1]:
                continue
            sent = sent_index(self.doc, t.idx)
            if sent > last or (sent == last and not any(r.subject for r in named if r.sent == sent)):
                return t
            return None
        return None

    def _untagged(self, since: int, before: int) -> list[Referent]:
        """The surnames of people named in full earlier that the tagger took for no one ("Rathbun requested
        donations": a verb to it), outside quote marks, between ``since`` and token ``before``."""
        out = []
        gazetteer = load_gazetteer()
        for t in self.doc[:before]:
            if t.idx < since or not t.is_title or self.quoted(t.idx) or t.ent_type_ == "PERSON":
                continue
            if t.ent_type_ and (len(entity_of(t) or ()) != 1 or gazetteer.lookup(t.text) is not None):
                continue  # "Comeaux, 49, escaped" tagged as a place the gazetteer does not know: still the man
            key = t.lower_
            known = [p for p in self.people if p.start < t.idx and _surname(p.parts) == key]
            if known:
                subject = t.dep_ in ("nsubj", "nsubjpass")
                name = self.namesake(known[-1].name, t.idx)
                out.append(Referent(t.idx, sent_index(self.doc, t.idx), name, subject, depth_of(t)))
        return out

    def _nearest_person(self, before: int, sex: Gender | None = None) -> Speaker | None:
        """The last person of ``sex`` named or heard before ``before``: the fallback of a "he" with no antecedent in
        reach and no speaker quoted lately. A surname of someone named in full and a speaker count, not only names
        in full ("Ingaldson said" four sentences back is nearer than the firm the tagger took for a person before)."""
        named = [(p.start, p.name) for p in self.people]
        # a surname of someone named in full before it; a lone word the tagger called a person ("Ashgabat") or bound
        # to a name written only later ("her YouTube channel" -> "YouTube Rewind 2013") is no one here
        named += [(r.char, r.name) for r in self._referents or [] if any(s <= r.char and n == r.name for s, n in named)]
        named += [(r.char, r.name) for r in self._heard]
        earlier = [(c, n) for c, n in named if c < before and (sex is None or self.sex(n) in (None, sex))]
        if not earlier:
            return None
        start, name = max(earlier, key=lambda cn: cn[0])
        return Speaker(Ref(start, start, ""), name, "person")

    def _named(self, ent: Span, token: Token, cue: Token | None, mention: Ref) -> Speaker:
        kind = _NAMED[ent.label_]
        if kind != "person" and len(ent) == 1 and self.full_name(ent.text, ent.start_char):
            kind = "person"  # the tagger often takes a lone surname ("Brandt said") for an organisation
        if kind != "person" and self._bound_person(ent):
            kind = "person"  # "Strauss-Kahn said" tagged as a firm, bound by the mentions to "Dominique Strauss-Kahn"
        if kind != "person" and ent.start > 0 and honorific_gender(ent.doc[ent.start - 1].lower_.rstrip(".")):
            kind = "person"  # "Mr MacFarlane said": the tagger left the courtesy title out and took him for a firm
        if (
            kind == "organisation"
            and len(ent) == 2
            and ent[0].lower_.rstrip(".") in _HONORIFICS
            and self.full_name(ent[1].text, ent.start_char)
        ):
            kind = "person"  # "Professor Varoufakis says" tagged ORG, named in full before
        if kind == "organisation" and ent.text.lower().strip(".") in _LEGAL_FORMS and ent.start > 0:
            firm = entity_of(ent.doc[ent.start - 1])  # "Chrysler LLC" tagged as two firms: one name
            if firm is not None and firm.label_ == "ORG":
                ent = Span(ent.doc, firm.start, ent.end, label="ORG")
        if kind != "person":
            name = strip_org(ent.text) if kind != "group" else ent.text
            if kind == "organisation" and _ACRONYM.fullmatch(name):
                name = self._expanded(name) or name  # "SIA said" -> Singapore Airlines, named in the article
            return Speaker(mention, name, kind)
        title, affiliation = profile(ent.root, cue)
        return self._person(Speaker(mention, self._person_name(ent), "person"), title, affiliation)

    def _expanded(self, acronym: str) -> str | None:
        """The one organisation the article names in full whose words spell ``acronym`` (see ``expands``); two
        candidates, or none, leave the acronym as written."""
        found = {
            strip_org(e.text)
            for e in doc_ents(self.doc)
            if e.label_ in ("ORG", "FAC") and not self.quoted(e.start_char)
        }
        names = {n for n in found if n != acronym and expands(acronym, n)}
        return next(iter(names)) if len(names) == 1 else None

    def _person_name(self, ent: Span) -> str:
        """Full name of a person entity: as written, or the person its surname or misspelling points back to."""
        name = _person_written(ent)
        resolved = self._mention_name(ent) if ent.label_ in ("PERSON", "") or self._bound_person(ent) else None
        if resolved:
            return self.namesake(resolved, ent.start_char, name) if len(name.split()) == 1 else resolved
        if len(name.split()) == 1 and not self._left_lone(ent):
            return self.full_name(name, ent.start_char) or name
        return name

    def _person(self, speaker: Speaker, title: str | None, affiliation: str | None) -> Speaker:
        if title or affiliation:
            self.profiles.setdefault(speaker.name, []).append((title, affiliation))
        return replace(speaker, title=title, affiliation=affiliation)

    def paragraph(self, char: int) -> int:
        """Index of the paragraph holding character ``char``."""
        return max(bisect_right(self.paragraph_starts, char) - 1, 0)

    def heard(self, speaker: Speaker, char: int, end: int | None = None) -> None:
        """Remember that ``speaker`` was quoted at ``char`` (pronouns and descriptions refer back to it), saying what
        runs to ``end``."""
        self.history.append(_Said(speaker, self.paragraph(char)))
        at = speaker.mention
        if speaker.kind == "person" and at.end > at.start:
            span = self.doc.char_span(at.start, at.end, alignment_mode="expand")
            depth = depth_of(span.root) if span is not None else 0
            self._heard.append(Referent(at.start, sent_index(self.doc, at.start), speaker.name, True, depth))
            if end is not None:
                self._said.append((char, end, speaker.name))

    def introduce(self, name: Span) -> None:
        """Count a person the tagger missed as named at ``name`` ("Team spokesman Tim Mead"), so that his surname and
        "he" later reach him."""
        parts = tuple(w.lower() for w in name.text.split() if w.strip(".-"))
        if len(parts) > 1 and not any(p.start == name.start_char for p in self.people):
            self.people.append(_Person(name.text, name.start_char, parts))
            self.people.sort(key=lambda p: p.start)

    def best_profile(self, name: str) -> tuple[str | None, str | None]:
        """The title and affiliation to show for a person across the article (see ``pick_profile``)."""
        return pick_profile(self.profiles.get(name, []))
