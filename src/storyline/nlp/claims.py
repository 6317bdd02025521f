"""Extractor component: quantitative claims (a number, what it counts, its hedge, unit, source and time)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from storyline.model import Claim, Ref
from storyline.nlp.claim_frame import claim_holder, claim_scope, claim_when, claim_where
from storyline.nlp.claim_identity import (
    CASUALTY_PREDICATES,
    Distance,
    casualty_after,
    claim_predicate,
    counts_population,
    distance_of,
    magnitude_of,
    parents_children,
    whole_of,
)
from storyline.nlp.claim_measured import VALUING_VERBS, converts_us_dollars, estimated, motion_of, mover, weighed
from storyline.nlp.claim_shots import shots_of
from storyline.nlp.claim_sources import attribute, claim_time, measured_by, measuring_conjunct, names_a_source
from storyline.nlp.extensions import children_of, doc_text, doc_tokens, headline_parse, sent_index, sentence_bounds
from storyline.nlp.headline import headline_offset, parse_alone, sentence_cased
from storyline.nlp.quantities import (
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    MEASURES,
    ORDERS,
    SCALES,
    Amount,
    currency_code,
    is_ordinal,
    match_qualifier,
    parse_amount,
    parse_digits,
)

# Words that may open a number phrase: "half a million", "tens of thousands", "several thousand".
_PREFIXES = frozenset(
    ["half", "a", "an", "quarter", "tens", "hundreds", "of", "several", "few", "many", "some", "countless", "couple"]
)
# Entity labels of numbers that are not quantity claims.
_NOT_QUANTITY = frozenset({"DATE", "TIME", "ORDINAL"})
# Words after which a number is a rank or identifier ("No. 1", "Article 5", "Resolution 2231").
_IDENTIFIER_CUES = frozenset(
    [
        "no.",
        "no",
        "nos.",
        "#",
        "number",
        "num.",
        "article",
        "section",
        "resolution",
        "chapter",
        "flight",
        "route",
        "page",
        "room",
        "gate",
        "level",
        "phase",
        "category",
        "grade",
        "model",
        "version",
        "rule",
        "amendment",
        "item",
        "track",
        "episode",
        "season",
        "vol.",
        "volume",
        "part",
        "stage",
        "class",
        "type",
        "code",
        "box",
        "unit",
        "platoon",
    ]
)
_DEFINITE = frozenset(["the", "these", "those", "its", "their", "his", "her", "our", "your", "my"])
_CLOCK = frozenset(["a.m.", "p.m.", "am", "pm", "o'clock", "gmt", "utc", "et", "est", "edt", "bst", "cet", "kst"])
# "10 a. m.": a clock time whose abbreviation a tokenizer split (the ECB+ texts write it so), as "10 a.m." is
_SPLIT_CLOCK = re.compile(r"^\s*[ap]\.\s+m\.", re.IGNORECASE)
_AGE_AFTER = re.compile(r"^[\s-]*(?:year|month|week)s?[\s-]*olds?\b", re.IGNORECASE)
# A date written in figures ("04/02/07", "9 / 10 / 2010" as the ECB+ tokens split it): none of them a count.
_SLASHED_DATE = re.compile(r"\b\d{1,4}\s?/\s?\d{1,2}\s?/\s?\d{2,4}\b")
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
_PLURAL = re.compile(r"^\w+[^s'’]s$")
_PHONE = re.compile(r"\+?\(?\d{2,4}\)?[-. ]\d{3}[-. ]\d{3,4}")
_RANK_BEFORE = re.compile(r"(?:\b[Nn]os?\.|\bNo|#|\b[Nn]umber)\s*$")
_RANGE_WORDS = frozenset({"to", "-", "–", "and", "or"})
_PERCENT = frozenset({"%", "percent"})
_COUNTED_DEPS_LEFT = frozenset({"amod", "compound", "nmod", "npadvmod", "poss", "nummod"})
_COUNTED_DEPS_RIGHT = frozenset({"prep", "acl"})
_MAX_COUNTED_TOKENS = 14
# Verbs whose subject is what a number measures: "the death toll rose to 40", "the total is 11,000".
# Units a hyphened number measures its noun in ("an eight-year offer"), beyond MEASURES and the currencies.
# Length units a distance is given in.
_LENGTHS = frozenset(["km", "mi", "m", "ft"])
_UNIT_NOUNS = frozenset(
    [
        "second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century", "magnitude",
        "degree", "point", "percent", "mile", "kilometer", "kilometre", "meter", "metre", "foot", "inch", "yard",
        "acre", "hectare", "ton", "tonne", "pound", "kilogram", "gallon", "liter", "litre", "barrel",
    ]
)
_LEVEL_VERBS = frozenset(
    ["rise", "climb", "reach", "stand", "total", "number", "be", "hit", "top", "exceed", "jump", "fall", "drop", "grow"]
)


@dataclass(frozen=True)
class _Phrase:
    """A number phrase found in the doc: token range, the number read, the token it hangs on."""

    start: int
    end: int
    amount: Amount
    main: Token


def _numberish(token: Token) -> bool:
    lower = token.lower_
    return (
        token.like_num
        or token.tag_ == "CD"
        or lower in SCALES
        or lower in ORDERS
        or lower == "dozen"
        # Called for every token: a word of letters alone holds no digit, so parse_digits would say None.
        or (not lower.isalpha() and parse_digits(lower) is not None)
    ) and not is_ordinal(lower)


def _next_is_order(doc: Doc, i: int) -> bool:
    return i + 1 < len(doc) and doc[i + 1].lower_ in ORDERS


def _core(doc: Doc, i: int) -> tuple[int, int]:
    """The run of number tokens starting at ``i`` ("twenty - five", "1.5 million")."""
    end = i + 1
    while end < len(doc):
        token = doc[end]
        if (
            token.lower_ in SCALES
            or token.lower_ in ORDERS
            or token.lower_ == "dozen"
            or (token.is_alpha and _numberish(token) and (doc[end - 1].is_alpha or doc[end - 1].tag_ == "HYPH"))
            or (token.tag_ == "HYPH" and end + 1 < len(doc) and doc[end + 1].is_alpha and _numberish(doc[end + 1]))
            or (token.lower_ == "of" and doc[end - 1].lower_ in ("tens", "hundreds") and _next_is_order(doc, end))
        ):
            end += 1
        else:
            break
    return i, end


def _read(doc: Doc, i: int) -> _Phrase | None:
    start, end = _core(doc, i)
    words = [t.text for t in doc[start:end] if t.tag_ != "HYPH"]
    amount = parse_amount(words)
    if amount is None:
        return None
    # The longest left extension that still reads: "several thousand", "half a million", "tens of thousands".
    for size in (3, 2, 1):
        if start - size < 0 or not all(t.lower_ in _PREFIXES for t in doc[start - size : start]):
            continue
        extended = parse_amount([t.text for t in doc[start - size : start]] + words)
        if extended is not None:
            start, amount = start - size, extended
            break
    main = doc[end - 1]
    return _Phrase(start, end, amount, main)


def _not_a_quantity(doc: Doc, phrase: _Phrase, qualified: bool) -> bool:
    """Dates, times of day, ordinals, ages, ranks, identifiers, phone numbers, years, anaphoric 'the two'."""
    tokens = doc[phrase.start : phrase.end]
    if any(t.ent_type_ in _NOT_QUANTITY for t in tokens):
        return True
    first, main = doc[phrase.start], phrase.main
    before = doc[phrase.start - 1] if phrase.start > 0 else None
    after = doc[phrase.end] if phrase.end < len(doc) else None
    start_char, end_char = first.idx, main.idx + len(main.text)
    for time in getattr(doc._, "times", ()) or ():
        if time.start < end_char and start_char < time.end:
            return True
    if (after is not None and after.lower_ in _CLOCK) or ":" in main.text:
        return True
    if _SPLIT_CLOCK.match(doc_text(doc)[end_char : end_char + 8]):
        return True
    if _AGE_AFTER.match(doc_text(doc)[end_char : end_char + 20]):
        return True
    # A number right after a proper name names a version or model ("Windows 10", "North Korea 2.0").
    if before is not None and before.tag_ in ("NNP", "NNPS") and not qualified:
        return True
    # A number hyphenated to a proper name or capitals names a model ("AK-47 rifles", "F-16s", "MiG-29"), as
    # the ECB+ tokens split them ("AK - 47"); one-token "AK-47" is no number at all.
    if (
        before is not None and before.text in ("-", "–") and phrase.start > 1
        and (doc[phrase.start - 2].tag_ in ("NNP", "NNPS") or doc[phrase.start - 2].text.isupper())
        and not doc[phrase.start - 2].like_num
    ):
        return True
    # The second half of a score or tally ("passed 68-32"): its first half was not a claim either.
    if before is not None and before.text in ("-", "–") and phrase.start > 1 and doc[phrase.start - 2].like_num:
        return True
    if before is not None and before.lower_ in ("aged", "age", "ages"):
        return True
    if (
        after is not None and after.lower_ == "block" and phrase.end + 1 < len(doc)
        and doc[phrase.end + 1].lower_ == "of"
    ):
        return True  # "the 12200 block of East 223rd Street": an address, as police give one
    if (before is not None and before.lower_ in _IDENTIFIER_CUES) or _RANK_BEFORE.search(
        doc_text(doc)[max(start_char - 12, 0) : start_char]
    ):
        return True
    window = doc_text(doc)[max(start_char - 8, 0) : end_char + 12]
    if _PHONE.search(window):
        return True
    offset = max(start_char - 12, 0)
    for date in _SLASHED_DATE.finditer(doc_text(doc)[offset : end_char + 12]):
        if date.start() + offset <= start_char and end_char <= date.end() + offset:
            return True
    # A number hanging on a preceding noun names something ("Windows 10", "North Korea 2.0"), unless it is a sum
    # ("jewellery worth $160 million").
    if (
        not (before is not None and before.tag_ == "$")
        and main.dep_ in ("nummod", "appos", "npadvmod", "compound")
        and main.head.i < phrase.start
        and main.head.tag_ in ("NN", "NNP")
        and main.head.lower_ not in CURRENCY_WORDS
        and main.head.lower_ not in MEASURES
        and main.head.lower_ != "magnitude"  # "measuring magnitude 5.9": the measure, not a name
    ):
        return True
    value = phrase.amount.value
    # A bare four-digit number in the range of years is a year unless it counts a plural noun.
    if re.fullmatch(r"1\d{3}|20\d{2}|2100", main.text) and not (main.head.tag_ == "NNS" and main.dep_ == "nummod"):
        return True
    if main.lower_ == "one" and (
        (after is not None and after.lower_ == "of") or (main.dep_ != "nummod" and not qualified)
    ):
        return True
    # "the two leaders": a definite small number refers back to known things; it asserts no count. A number
    # before a unit measures its noun ("the 6.1-magnitude quake", "the 12-hour strike"): a claim.
    unit_after = next((t for t in doc[phrase.end : phrase.end + 2] if t.tag_ != "HYPH"), None)
    measures = unit_after is not None and unit_after.lemma_.lower() in _UNIT_NOUNS
    return bool(
        before is not None and before.lower_ in _DEFINITE and not qualified and value <= 10 and not phrase.amount.vague
        and not measures
    )


def _unit(doc: Doc, phrase: _Phrase, start: int) -> tuple[str | None, int, int]:
    """(unit, new start, new end): a currency symbol before, a percent sign or unit word after."""
    end = phrase.end
    unit = None
    if start > 0 and (doc[start - 1].text in CURRENCY_SYMBOLS or doc[start - 1].tag_ == "$"):
        unit = CURRENCY_SYMBOLS.get(doc[start - 1].text, doc[start - 1].text)
        start -= 1
    if end < len(doc):
        nxt = doc[end]
        if nxt.lower_ in _PERCENT:
            unit, end = "%", end + 1
        elif nxt.lower_ == "per" and end + 1 < len(doc) and doc[end + 1].lower_ == "cent":
            unit, end = "%", end + 2
        elif unit is None and nxt.lower_ in CURRENCY_WORDS and nxt.pos_ != "VERB":
            unit, end = currency_code(nxt.lower_), end + 1
        elif unit is None and nxt.lower_ in MEASURES:
            unit, end = MEASURES[nxt.lower_], end + 1
    return unit, start, end


def _of_object(token: Token) -> Token | None:
    for child in children_of(token):
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in children_of(child):
                if obj.dep_ == "pobj" and obj.pos_ != "PRON":
                    return obj
    return None


def _prep_object(token: Token, preposition: str) -> Token | None:
    for child in children_of(token):
        if child.dep_ == "prep" and child.lower_ == preposition:
            for obj in children_of(child):
                if obj.dep_ == "pobj" and obj.pos_ != "PRON":
                    return obj
    return None


def _valued(main: Token) -> Token | None:
    """What a sum is the value of: "diamonds valued at 85 million euros", "gems worth 85 million euros",
    "jewellery worth $160 million", "$102 million in jewelry"; a sum given again in brackets ("85 million euros
    ($108 million)") values what the first one does."""
    if main.dep_ == "appos" and (main.head.lower_ in CURRENCY_WORDS or main.head.ent_type_ == "MONEY"):
        return _valued(main.head)
    if main.dep_ == "pobj" and main.head.lower_ == "at":
        valued = main.head.head
        if valued.pos_ in ("NOUN", "PROPN"):
            return estimated(valued)  # "estimates the losses at $300,000", "at" hung on the object
        if valued.lemma_ in VALUING_VERBS:
            if valued.dep_ in ("acl", "amod"):
                return valued.head if valued.head.pos_ in ("NOUN", "PROPN") else None
            return estimated(valued)
    if main.head.lower_ == "worth" and main.head.dep_ in ("amod", "acl", "advmod"):
        return main.head.head if main.head.head.pos_ in ("NOUN", "PROPN") else None
    if main.dep_ == "nummod" and main.head.i < main.i and main.head.pos_ in ("NOUN", "PROPN"):
        between = main.doc[main.head.i + 1 : main.i]
        return main.head if any(t.lower_ == "worth" for t in between) else None
    return _prep_object(main, "in")


def _counted_head(phrase: _Phrase, unit_end: Token, money: bool = False) -> Token | None:
    """The noun the number counts: "11,000 troops", "thousands of troops", "40% of voters"; for a sum, what it is
    the value of."""
    # "per cent" is the British two-word "percent": its "cent" is the unit word, never what is counted
    per_cent = unit_end.lower_ == "cent" and unit_end.i > 0 and unit_end.nbor(-1).lower_ == "per"
    main = unit_end if per_cent or unit_end.lower_ in _PERCENT | set(MEASURES) | set(CURRENCY_WORDS) else phrase.main
    head: Token | None
    if main.dep_ in ("nummod", "quantmod") and main.head.pos_ in ("NOUN", "PROPN") and main.head.i > main.i:
        head = main.head
    elif main.dep_ == "nummod" and main.head.tag_ == "$":
        head = _of_object(main.head)
    else:
        head = _of_object(main)
    if head is not None and (head.lower_ in CURRENCY_WORDS or head.lower_ in MEASURES or head.lower_ == "worth"):
        head = _of_object(head)
    if head is None and money:
        head = _valued(main)
    if head is None and main.dep_ == "pobj" and main.head.lower_ == "of" and main.head.head.pos_ == "NOUN":
        # "a population of more than 100,000", "a magnitude of 5.9": the noun the number is the measure of
        head = main.head.head
    if head is None and main.dep_ == "pobj" and main.head.lower_ == "at":
        # "police put the crowd at 20,000": the verb's object is what the number measures.
        head = next((c for c in children_of(main.head.head) if c.dep_ == "dobj"), None)
    if head is None and main.dep_ in ("pobj", "attr", "dobj"):
        # "the death toll rose to 40": the subject of a level verb is what the number measures.
        verb = main.head.head if main.dep_ == "pobj" else main.head
        if verb.lemma_ in _LEVEL_VERBS:
            head = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
            # "Drake fell to 15-17", "Creighton improved to 25-7": a named subject is not what the number counts,
            # it is that team's record or that company's price
            head = None if head is not None and head.ent_type_ in _NAMED else head
    return head


def _compound_part(token: Token) -> bool:
    """Whether a word beside a hyphen may be part of one compound word with it ("co", "workers", "rocket",
    "propelled"); a plural noun, a function word or a number beside a dash ends a phrase ("two contributors -
    former commissioner", "three - and - out", "six-foot-five")."""
    return (
        token.is_alpha
        and token.is_lower
        and not token.is_stop
        and not token.like_num
        and not (_before_hyphen(token) and _PLURAL.match(token.text))
    )


def _before_hyphen(token: Token) -> bool:
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].text in ("-", "–")


def _past_hyphens(head: Token) -> Token:
    """The noun a hyphened compound ends in: "two co-workers" count workers and "one rocket-propelled grenade" a
    grenade, though the parser may hang the number on the compound's first word ("co", "rocket"); the tokenizer
    splits such words at the hyphen, in news text and in the ECB+ tokens ("co - workers") alike."""
    doc, node = head.doc, head
    while node.i + 2 < len(doc) and doc[node.i + 1].text in ("-", "–") and _compound_part(node) and (
        _compound_part(doc[node.i + 2])
    ):
        node = doc[node.i + 2]
    if node.i == head.i:
        return head
    if node.pos_ != "NOUN" and node.head.i > node.i and node.head.pos_ == "NOUN":
        return node.head  # "rocket - propelled grenade(s)": the participle modifies the noun counted
    return node if node.pos_ == "NOUN" or node.tag_ in ("NN", "NNS") else head


def _counted_span(doc: Doc, head: Token, after: int) -> Span:
    """The counted noun with its modifiers, never reaching back into the number phrase, nor forward into it from a
    noun before it ("paintings valued at 40 million euros": "paintings")."""
    if head.i < after:
        left = min((c.left_edge.i for c in head.lefts if c.dep_ in _COUNTED_DEPS_LEFT), default=head.i)
        return doc[left : head.i + 1]
    start = head.i
    for child in head.lefts:
        if child.dep_ in _COUNTED_DEPS_LEFT and child.i >= after:
            start = min(start, child.left_edge.i)
    start = max(start, after)
    while start - 2 >= after and doc[start - 1].text in ("-", "–") and _compound_part(doc[start - 2]):
        start -= 2  # the compound's first words, whatever the parser hung them on ("co - workers")
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in _COUNTED_DEPS_RIGHT and child.i == end:
            stop = child.right_edge.i + 1
            if any(t.is_punct and t.tag_ != "HYPH" for t in doc[end:stop]):
                break
            end = stop
    if end - start > _MAX_COUNTED_TOKENS:
        end = head.i + 1
    return doc[start:end]


def _names_a_kind(doc: Doc, phrase: _Phrase, head: Token) -> bool:
    """ "a 30-homer season", "a three-story building": a number hyphened to a count noun that modifies another
    noun names a kind of that noun, it counts nothing; with a unit ("an eight-year offer", "a 5.6-magnitude
    quake") it measures the noun and stays a claim."""
    return (
        head.i == phrase.end + 1
        and doc[phrase.end].tag_ == "HYPH"
        and head.dep_ in ("compound", "amod", "nmod")
        and head.head.i > head.i
        and head.head.pos_ == "NOUN"
        and head.lemma_.lower() not in _UNIT_NOUNS
        and head.lower_ not in MEASURES
        and head.lower_ not in CURRENCY_WORDS
    )


def _range_end(doc: Doc, phrase: _Phrase) -> _Phrase | None:
    """The upper number of "5,000 to 8,000", "between 5,000 and 8,000", "5,000-8,000"."""
    j = phrase.end
    if j + 1 >= len(doc) or doc[j].lower_ not in _RANGE_WORDS:
        return None
    first = phrase.start
    if first > 0 and _currency_sign(doc[first - 1]):
        first -= 1  # "between $145 million and $175 million"
    if doc[j].lower_ == "and" and not (first > 0 and doc[first - 1].lower_ == "between"):
        return None
    if (
        j + 2 < len(doc)
        and _currency_sign(doc[j + 1])
        and first < phrase.start
        and doc[j + 1].text == doc[first].text
    ):
        j += 1  # "$145 million to $175 million": the sign written again before the upper end
    if not _numberish(doc[j + 1]):
        return None
    return _read(doc, j + 1)


def _currency_sign(token: Token) -> bool:
    return token.text in CURRENCY_SYMBOLS or token.tag_ == "$"


def _bounds(
    amount: Amount, upper: _Phrase | None, hedge: str | None
) -> tuple[str, float | None, float | None, float | None]:
    """(kind, value, low, high) of a number with its hedge: "as many as 8,000" -> max, high 8000."""
    if upper is not None and not upper.amount.vague:
        return "range", None, amount.value, upper.amount.value
    if amount.vague and upper is not None:
        # "hundreds of thousands or millions": from the one order to the top of the other
        return "order", None, amount.value, upper.amount.value * 10
    if amount.vague:
        # An order of magnitude: "thousands" is at least a thousand and short of ten thousand.
        return "order", None, amount.value, amount.value * 10
    if hedge == "max":
        return "max", None, None, amount.value
    if hedge == "min":
        return "min", None, amount.value, None
    return ("approx" if hedge == "approx" else "exact"), amount.value, None, None


def _claim(doc: Doc, phrase: _Phrase) -> tuple[Claim, int] | None:
    """The claim around a number phrase, and the index of the last token it used."""
    unit, start, end = _unit(doc, phrase, phrase.start)
    if unit == "GBP" and weighed(doc[end - 1]):
        unit = "lb"  # "weighing 130 pounds": a mass, not pounds sterling
    if unit == "USD" and doc[start].text == "$" and converts_us_dollars(phrase.main):
        unit = "$"  # "$US1 million ($1.52 million)": the writer's own dollars, which are not US ones
    lookback = [t.text for t in doc[max(start - 4, sentence_bounds(doc[start])[0]) : start]]
    qualifier = match_qualifier(lookback)
    unit_before = start
    while unit_before > sentence_bounds(doc[start])[0] and (
        doc[unit_before - 1].tag_ == "HYPH" or doc[unit_before - 1].lower_ == "magnitude"
    ):
        unit_before -= 1
    if qualifier is None and unit_before < start:
        # "measuring at least magnitude 5.9": the hedge stands before the unit word the number follows
        first = max(unit_before - 4, sentence_bounds(doc[start])[0])
        qualifier = match_qualifier([t.text for t in doc[first:unit_before]])
        start = unit_before if qualifier is not None else start
    if _not_a_quantity(doc, phrase, qualified=qualifier is not None and qualifier[1] != "exact"):
        return None
    upper = _range_end(doc, phrase)
    if upper is not None and upper.amount.value <= phrase.amount.value:
        if doc[phrase.end].text in ("-", "–"):
            return None  # "approved 9-4": a score or vote tally, not a quantity
        upper = None
    amount = phrase.amount
    kind, value, low, high = _bounds(amount, upper, qualifier[1] if qualifier else None)
    if kind in ("range", "order") and upper is not None:
        unit = unit or _unit(doc, upper, upper.start)[0]
        end = _unit(doc, upper, upper.start)[2]
        if start > 0 and doc[start - 1].lower_ in ("between", "from"):
            start -= 1
    if qualifier is not None:
        start -= len(qualifier[0].split())
        start = max(start, sentence_bounds(doc[phrase.start])[0])
    qualifier_text = qualifier[0] if qualifier else None
    if amount.vague:
        qualifier_text = doc[phrase.start : phrase.end].text if qualifier is None else qualifier_text
    money = unit is not None and unit not in ("%", *MEASURES.values())
    head = _counted_head(phrase, doc[end - 1], money)
    if head is None and kind in ("range", "order") and upper is not None:
        head = _counted_head(upper, doc[end - 1], money)  # the parser hangs "5,000-8,000 cars" on the upper number
    if head is not None:
        head = _past_hyphens(head)
    if names_a_source(head if head is not None and head.i >= phrase.end else phrase.main):
        return None
    if head is not None and _names_a_kind(doc, phrase, head):
        return None
    counted = ""
    partitive = (
        head is not None and head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head == phrase.main
        and any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in children_of(head))
    )
    # "two of the skiffs got away", "capturing 26 men on three of the skiffs": the clause's verb befalls the part,
    # which is the number, not the noun of its "of"
    predicate = claim_predicate(phrase.main if partitive or head is None else head)
    casualty = casualty_after(doc[end - 1], head) if unit is None else ""
    if casualty:
        # "Ten dead", "80 hurt", "at least 50 injured": people, of whom the word after says what befell them
        head, predicate = None, casualty
    age = phrase.main.dep_ == "pobj" and phrase.main.head.lower_ == "at"  # "dies at 91", "was killed at 25"
    if head is None and unit is None and predicate in CASUALTY_PREDICATES and not age:
        # "killing 10 people and injuring 80", "50 were injured", "five hurt": a bare number that is killed or
        # injured counts people (the verbs take living things), as the noun left out says
        counted = "people"
    if head is not None:
        span = _counted_span(doc, head, end if head.i >= end else start)
        counted = span.text
        if head.i >= end and span.start <= end + 1:
            end = max(end, span.end)
    magnitude = magnitude_of(phrase.main, head) if unit is None else None
    if magnitude is not None and magnitude.generic:
        return None  # "a magnitude 6 quake can cause severe damage" measures no shock that happened
    if magnitude is not None:
        # "the 6.1-magnitude quake", "registering 6.1 on the Richter scale", "a magnitude of 5.9": the shock's
        # magnitude, whatever verb reports the shock
        counted, predicate = magnitude.counted, ""
    shots = shots_of(head) if unit is None and magnitude is None else None
    if shots is not None:
        # "shot seven times", "seven bullets hit him", "hit by seven bullets": the victim's wounds, one count
        # whatever the words; "fired 11 shots", "11 rounds were fired": the shots fired, another
        counted, predicate = shots.counted, shots.predicate
    distance = distance_of(doc[end - 1]) if unit in _LENGTHS and head is None else None
    moving: Token | None = None
    if distance is not None:
        # "1,150 kilometers southeast of Tehran": the distance from Tehran of the place lying there
        origin = doc[distance.origin.left_edge.i : distance.origin.i + 1]
        counted = " ".join([*(t.text for t in origin if t.dep_ != "det"), "distance"])
    elif head is None and not counted and unit == "lb":
        counted = "weight"
    elif head is None and not counted and unit in _LENGTHS and (motion := motion_of(doc[end - 1])) is not None:
        # "falling about 150 metres", "fell 700 meters": the distance of the fall, the one quantity both give, and
        # whose fall it is
        counted = motion.lemma_.lower()
        moving = mover(motion)
    elif head is not None and counts_population(head, predicate):
        # "home to 120,000 people", "200,000 residents", "a population of more than 100,000": one quantity
        counted = "population"
    children = parents_children(phrase.main, head) if unit is None else ""
    if children:
        # "a Brooklyn mother of 12 was killed": her children, whom neither the killing, its date nor the mother's
        # place befell
        counted, predicate = children, ""
    start_char, end_char = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    source = attribute(doc, phrase.main, start_char, end_char)
    if source is None and magnitude is not None and magnitude.shock is not None:
        source = measured_by(doc, magnitude.shock, phrase.main)
    if source is not None and magnitude is not None:
        source = measuring_conjunct(doc, source)
    times = getattr(doc._, "times", ()) or ()
    time = claim_time(doc, phrase.main, times)
    # The claim's own tokens up to its counted noun, not the noun's modifiers: in "23 missiles during 16 tests"
    # the 16 tests are the scope of the 23 missiles.
    own_end = max(phrase.end, upper.end if upper is not None else 0, head.i + 1 if head is not None else 0)
    own = range(start, own_end)
    claim = Claim(
        start=start_char,
        end=end_char,
        sent=sent_index(doc, start_char),
        text=doc_text(doc)[start_char:end_char],
        value=value,
        low=low,
        high=high,
        kind=kind,
        qualifier=qualifier_text,
        unit=unit,
        counted=counted,
        source=source.ref if source else None,
        source_name=source.name if source else None,
        time=time,
        predicate=predicate,
        whole=whole_of(phrase.main, head),
        # a magnitude with no date of its own takes the date of the clause that names its shock ("In February, a
        # quake measuring 6.4 hit Zarand")
        when="" if children else claim_when(doc, phrase.main, times)
        or (claim_when(doc, magnitude.shock, times) if magnitude and magnitude.shock else ""),
        # a thing lying at a distance ("a motorist 50 miles north of Detroit") is not the story's place: its
        # distance is measured apart
        scope=f"at:{distance.beside.lemma_.lower()}" if distance is not None and distance.beside is not None
        else f"body:{shots.part}" if shots is not None and shots.part
        else claim_scope(phrase.main, head, own),
        # the casualty word is no subject of the number's clause, whatever a headline's capitals make of it
        holder=None
        if casualty or children
        else _distance_holder(doc, distance)
        or (_span_ref(doc, moving) if moving is not None else None)
        or claim_holder(doc, phrase.main, head, own),
        # a distance is where it is measured from ("south of Tehran"): two distances from two places never compare
        where=_span_ref(doc, distance.origin) if distance is not None
        else None if children else claim_where(doc, phrase.main, head, own),
    )
    last = upper.end - 1 if upper is not None else phrase.end - 1
    return claim, last


def _span_ref(doc: Doc, token: Token) -> Ref:
    """A name with its compounds ("Bandar Abbas"), as a Ref."""
    first = min((t.i for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"), default=token.i)
    start, end = doc[first].idx, token.idx + len(token.text)
    return Ref(start, end, doc_text(doc)[start:end])


def _distance_holder(doc: Doc, distance: Distance | None) -> Ref | None:
    return _span_ref(doc, distance.located) if distance is not None and distance.located is not None else None


def extract_claims(doc: Doc) -> tuple[Claim, ...]:
    """Every quantitative claim in the doc, in text order."""
    claims: list[Claim] = []
    tokens = doc_tokens(doc)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        phrase = _read(doc, i) if _numberish(token) and not token.is_space else None
        found = _claim(doc, phrase) if phrase is not None else None
        if found is None:
            i = phrase.end if phrase is not None else i + 1
            continue
        claim, last = found
        claims.append(claim)
        i = last + 1
    return tuple(claims)


def _shifted(ref: Ref | None, at: int, title: str) -> Ref | None:
    return None if ref is None else Ref(ref.start + at, ref.end + at, title[ref.start : ref.end])


def headline_claims(doc: Doc, parse: Callable[[str], Doc]) -> tuple[Claim, ...]:
    """The claims of the article's headline ("Quake hits island off south Iran, five hurt", "Five Wounded by Quake
    in Southern Iran"), which the cleaner keeps out of the body: parsed on its own, with offsets into the article's
    text. A headline gives no date, so its counts are of the story's own happening."""
    found = headline_offset(doc)
    if found is None:
        return ()
    title, at = found
    sent = sent_index(doc, at)
    cased = sentence_cased(title, doc)
    return tuple(
        replace(
            claim,
            start=claim.start + at,
            end=claim.end + at,
            sent=sent,
            text=title[claim.start : claim.end],
            counted=_as_written(claim.counted, cased, title),
            source=_shifted(claim.source, at, title),
            holder=_shifted(claim.holder, at, title),
            where=_shifted(claim.where, at, title),
        )
        for claim in extract_claims(parse(cased))
    )


def _as_written(phrase: str, cased: str, title: str) -> str:
    """A phrase of the re-cased headline as the headline writes it."""
    at = cased.find(phrase) if phrase else -1
    return title[at : at + len(phrase)] if at >= 0 else phrase


class ClaimsExtractor:
    """Adds `doc._.claims`: a tuple of Claim records, the headline's first."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.nlp = nlp

    def _parse(self, text: str) -> Doc:
        return parse_alone(self.nlp, text)

    def __call__(self, doc: Doc) -> Doc:
        doc._.claims = headline_claims(doc, lambda title: headline_parse(doc, title, self._parse)) + extract_claims(doc)
        return doc


@Language.factory("storyline_claims", default_config={})
def make_claims(nlp: Language, name: str) -> ClaimsExtractor:
    return ClaimsExtractor(nlp, name)
