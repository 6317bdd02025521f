"""Claims about the same quantity grouped across articles, and each group judged: agree, differ, incomparable."""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from storyline.model import ArticleAnalysis, ArticleInfo, Claim, ClaimGroup, ClaimRef, Mention, Ref, TimeExpr
from storyline.nlp.claim_frame import dates, pronoun_holder, time_key
from storyline.nlp.claim_sources import MEASURING_AGENCY
from storyline.resolve.actors import ActorIndex
from storyline.resolve.agencies import bare_agency, state_agency
from storyline.resolve.claim_dates import anchor_of, resolved_as
from storyline.resolve.claim_era import Span, report_day
from storyline.resolve.claim_moments import moment, narrated, running, same_moment
from storyline.resolve.claim_scene import confirmed, lead_countries, same_scene
from storyline.resolve.names import slug
from storyline.resolve.places import compatible_places, place_key
from storyline.resolve.sharing import compact, shared

# Nouns that count the same thing, folded to one key (plural and singular forms both listed).
SAME_THING: dict[str, str] = {
    **dict.fromkeys(
        ["troop", "troops", "soldier", "soldiers", "servicemen", "servicemembers", "fighters", "forces", "personnel"],
        "troop",
    ),
    **dict.fromkeys(["people", "persons", "individuals", "residents", "villagers"], "person"),
    **dict.fromkeys(["civilian", "civilians"], "civilian"),
    **dict.fromkeys(["casualty", "casualties"], "casualty"),
    **dict.fromkeys(["refugee", "refugees", "evacuees", "displaced"], "refugee"),
    **dict.fromkeys(["shell", "shells", "rounds", "munitions"], "shell"),
    **dict.fromkeys(["missile", "missiles", "rockets", "rocket"], "missile"),
    **dict.fromkeys(["country", "countries", "nations", "states"], "country"),
    # WordNet 3.0 cable.n.02 "cable, line, transmission line" (a conductor of signals or power), and the adjectives
    # of underwater.a.01's cluster (submarine.s.01 "submarine, undersea", submerged.s.01 "underwater"): "three
    # undersea cables", "three major underwater data lines" and "three submarine cables" count one thing
    **dict.fromkeys(["cable", "cables", "line", "lines"], "cable"),
    **dict.fromkeys(["underwater", "undersea", "submarine", "subsea", "sub-sea"], "underwater"),
    # What a jewel theft takes, after WordNet 3.0: the hyponyms of jewelry.n.01 ("jewellery", "ring", "necklace",
    # "bracelet", "earring", "brooch") and of gem.n.02 ("jewel, gem, precious stone", with diamond.n.02).
    **dict.fromkeys(
        [
            "jewelry", "jewellery", "jewel", "jewels", "gem", "gems", "diamond", "diamonds", "ring", "rings",
            "necklace", "necklaces", "bracelet", "bracelets", "earring", "earrings", "brooch", "brooches",
            "gemstones", "precious stones",
        ],
        "jewellery",
    ),
}
# Nouns that name people by what befell them: "ten deaths", "the death toll rose to 10", "50 injuries" count the
# people killed or injured, as "killing 10 people" and "50 were injured" do. Folded to the people counted and the
# predicate ("toll" only as a death toll).
CASUALTY_NOUNS: dict[str, str] = {
    **dict.fromkeys(["death", "deaths", "fatalities", "fatality", "dead", "killed", "toll"], "kill"),
    **dict.fromkeys(["injured", "wounded", "injuries", "injury", "hurt"], "injure"),
}
# Relational nouns: a count of children or daughters is a count of someone's, and which person's the texts
# seldom say in the counted phrase ("He leaves behind a wife and two children"). After WordNet 3.0's
# relative.n.01 hyponyms.
RELATIONAL = frozenset(
    ["child", "children", "son", "sons", "daughter", "daughters", "brother", "brothers", "sister", "sisters",
     "grandchild", "grandchildren", "sibling", "siblings", "wife", "wives", "kid", "kids", "parent", "parents"]
)
# Modifiers that do not change what is counted ("new troops", "additional soldiers").
NON_RESTRICTIVE = frozenset(
    [
        "new",
        "total",
        "estimated",
        "some",
        "about",
        "fresh",
        "around",
        "nearly",
        "many",
    ]
)
# The core noun phrase ends where its post-modifiers start.
_POST_MODIFIER = re.compile(
    r"\s+(?:near|in|on|at|to|into|from|of|for|with|by|across|along|around|inside|outside|who|that|which|during|"
    r"over|since|after|before|under|between|among|per|including|than|"
    r"deployed|sent|killed|stationed|fighting)\b.*$",
    re.IGNORECASE,
)
# Heads that name no particular kind of thing: a count of them is a count of something only with a predicate,
# a modifier or an actor. "others" ("wounding two others", "looking after seven others") names nothing but that
# they are besides someone: only what befell them says who; "range" ("a deal in the $75 million range", "in the
# range of $145 million to $175 million") says the figure is loose, not what it is of.
_BESIDES = frozenset(["other", "more", "additional", "extra", "further"])
_GENERIC_HEADS = frozenset(["person", "thing", "one", "other", "range"])
# What measures a share by asking people (WordNet 3.0 poll.n.01 "opinion poll, public opinion poll, canvass" and
# survey.n.01): a figure it gives is its own.
_POLL = re.compile(r"\b(?:poll|polls|survey|surveys|canvass)\b", re.IGNORECASE)
# What nlp.claim_identity.parents_children makes of "a mother of 12": the children of the parent the story names.
_PARENTS_OWN = re.compile(r"^(?:mother|father|parent)'s \w+$")
_PARTICIPLE = re.compile(r"^[a-z]{2,}(?:ing|ed)$")
_PLURAL = re.compile(r"^\w+[^s'’]s$", re.IGNORECASE)
_COMPLEMENT = re.compile(r"^(?:for|on|of|with)\s.*$", re.IGNORECASE)
_WITH = re.compile(r"\swith\s+(.+)$", re.IGNORECASE)
# "about", "nearly", "some" stretch a figure by a tenth either way (the numbers gold's convention): "nearly 235,000"
# and "nearly 300,000" comments are two counts, which a sixth either way made one.
_TOLERANCE = {"exact": 0.02, "approx": 0.10}
# The sentences of an article's lead (headline included) that date the story's own happening.
_LEAD_SENTENCES = 3
_STATUS_ORDER = {"differ": 0, "incomparable": 1, "agree": 2, "single": 3}


@dataclass(frozen=True, slots=True)
class _Item:
    """A claim with the keys grouping compares (keys shared between the claims that give the same: a story of
    ten thousand articles holds tens of thousands of claims, most of them reprints)."""

    ref: ClaimRef
    head: str
    actors: frozenset[str]
    modifiers: frozenset[str]
    core: str
    words: frozenset[str]
    """The core's words, lower-cased: what the overlap score counts."""
    predicate: str
    """What happens to the counted things ("kill"); "" when the text does not say."""
    when: str
    """The date the claim's sentence gives ("september"), "" when none."""
    scope: str
    """The count the claim is taken within ("game:54"), "" when none."""
    holder: str
    """Who the counted things are of ("Manning" of his yards), as an actor id; "" when the clause names none."""
    where: str
    """Where the counted things are ("In Patras, 20,000 protesters"), as an actor id or the name's slug; "" when
    the clause names no place."""
    measurer: str
    """For a magnitude, the seismological agency the outlet gives it from ("the U. S. Geological Survey said it
    was 6.1"), as a slug; "" otherwise or when it gives none. Agencies' figures are each their own quantity."""
    scene: frozenset[str]
    """The countries the article's lead places its happening in (claim_scene.lead_countries): counts of two
    articles placed in different countries measure two happenings."""
    era: date | None = None
    """For a count of the story's own happening (no date of its own), the day its article reports from
    (claim_era.report_day): counts of two reports a month apart or more measure two happenings."""


def _core(counted: str) -> str:
    # stripped first: a counted phrase running to a headline's end ("3 DEAD due to Molotov cocktail at Bank\n\n")
    # keeps its line break, which the post-modifier pattern's end-of-text anchor does not pass
    core = _POST_MODIFIER.sub("", counted.strip()).strip()
    # a participle after a plural noun post-modifies it: "288 candidates running for 125 seats", "37 of the
    # candidates registered in the capital" count candidates, not runnings
    words = core.split()
    if len(words) > 1 and _PARTICIPLE.match(words[-1]) and _PLURAL.match(words[-2]):
        return " ".join(words[:-1])
    return core


def _fold(word: str) -> str:
    word = word.lower().strip(".,'’")
    if word in SAME_THING:
        return SAME_THING[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _actors_in(index: ActorIndex, article_id: str, claim: Claim, core: str, mentions: Sequence[Mention]) -> set[str]:
    """Actors named in the counted phrase's core ("North Korean troops" -> the state North Korea)."""
    found: set[str] = set()
    for mention in mentions:
        if mention.sent != claim.sent or not mention.text or mention.text not in core:
            continue
        ref = Ref(mention.start, mention.end, mention.text)
        actor = index.resolve(article_id, ref=ref, name=mention.antecedent or mention.name)
        found.add(actor or (f"code:{mention.code}" if mention.code else slug(mention.name)))
    return found


def _item(
    index: ActorIndex, ref: ClaimRef, mentions: Sequence[Mention], pool: dict[Hashable, Any], scene: frozenset[str]
) -> _Item | None:
    core = _core(ref.claim.counted)
    words = core.split()
    if not words:
        return None
    # Actors of the core and of a "with" phrase, which names who the counted things are shared with: "54 games
    # with the Angels" are not "157 games with the Angels and Braves" (a side that names none stays compatible
    # with both). Places ("troops near the Russian front lines") say where, not whose.
    partners = _WITH.search(ref.claim.counted)
    named = f"{core} {_core(partners.group(1))}" if partners else core
    actors = _actors_in(index, ref.article_id, ref.claim, named, mentions)
    # Modifiers are the words left once the actors are taken out ("Vlastonia's new troops" -> {}).
    rest = core
    for mention in mentions:
        if mention.sent == ref.claim.sent and mention.text:
            rest = rest.replace(mention.text, " ")
    modifiers = frozenset(
        _fold(w)
        for w in rest.split()[:-1]
        if any(ch.isalnum() for ch in w) and w.lower() not in NON_RESTRICTIVE and w.lower() not in ("'s", "’s")
    )
    head = _fold(words[-1])
    predicate = ref.claim.predicate
    casualty = CASUALTY_NOUNS.get(words[-1].lower().strip(".,'’"), "")
    if casualty and (words[-1].lower() != "toll" or "death" in modifiers) and predicate in ("", casualty):
        # "ten deaths", "the death toll" are the people killed: one identity with "killing 10 people"
        head, predicate = "person", casualty
        modifiers = modifiers - {"death"}
    if ref.claim.whole is not None:
        head += "/part"  # "six of the eleven nations" counts a part: never the same quantity as the whole
    # What befell the counted things tells counts apart ("killing seven people", "injuring five people", "met six
    # times", "spoke 20 times", "killing one male employee"); a count its actors already pin down keeps one
    # identity whatever verb reports it ("deployed 11,000 North Korean troops", "8,000 North Korean troops could
    # enter").
    predicate = predicate if not actors else ""
    holder = ref.claim.holder
    holder_id = ""
    if holder is not None and pronoun_holder(holder):
        # a "he" the text does not resolve: someone, its own holder, which no other claim's is
        holder_id = f"?{ref.article_id}:{holder.start}"
    elif holder is not None:
        holder_id = index.resolve(ref.article_id, ref=holder) or slug(holder.text)
    where = ref.claim.where
    # a shock's magnitude is one quantity wherever each outlet says the shock struck (the island, the country)
    where_id = place_key(where.text) if where is not None and head != "magnitude" else ""
    keys = (
        head, frozenset(actors), modifiers, core, frozenset(core.lower().split()), predicate, ref.claim.when,
        ref.claim.scope, holder_id, where_id, _measurer(index, ref) if head == "magnitude" else _poll(ref.claim), scene,
    )
    return _Item(ref, *(pool.setdefault(key, key) for key in keys))


def _measurer(index: ActorIndex, ref: ClaimRef) -> str:
    """The agency a magnitude is attributed to when the source names one, as its actor ("the U. S. Geological
    Survey" and "the United States Geological Survey" are one) or, unresolved, the name's slug without its place
    ("the U. S. Geological Survey in Golden, Colo." -> "usa-geological-survey"); state media or officials relay a
    figure, they do not measure it."""
    claim = ref.claim
    name = claim.source_name or ""
    if not MEASURING_AGENCY.search(name):
        return ""
    actor = index.resolve(ref.article_id, ref=claim.source) if claim.source is not None else None
    # an agency named after its state is that state's whatever spelling ("U. S.", "United States"), which the
    # actor index may resolve to two actors
    return state_agency(name) or actor or slug(bare_agency(name))


def _poll(claim: Claim) -> str:
    """For a share a poll or survey gives ("An opinion poll for the Kathimerini newspaper found that 68 per cent of
    Greeks believe ..."), that poll as its source names it: two polls ask two questions of two samples, so their
    shares are two quantities, as two agencies' magnitudes are; "" for any other claim."""
    name = claim.source_name or ""
    if claim.unit != "%" or not _POLL.search(name):
        return ""
    return slug(re.sub(r"^(?:an?|the|another)\s+", "", name, flags=re.IGNORECASE))


def _interval(claim: Claim) -> tuple[float, float]:
    """The values a claim allows."""
    if claim.value is not None:
        margin = abs(claim.value) * _TOLERANCE.get(claim.kind, _TOLERANCE["exact"])
        if claim.kind == "exact" and not float(claim.value).is_integer():
            # a number written with decimals is exact to under half its last digit: magnitude 5.9 is not 6.1, and
            # 7.5 is not 7.6 (half a digit each way would make the two meet at 7.55)
            decimals = len(f"{claim.value:.6g}".partition(".")[2])
            margin = min(margin, 0.499 * 10.0 ** -decimals)
        return claim.value - margin, claim.value + margin
    low = claim.low if claim.low is not None else 0.0
    high = claim.high if claim.high is not None else math.inf
    if claim.kind == "order":
        high -= 1e-9  # "thousands" stops short of ten thousand
    return low, high


def _clash(intervals: Sequence[tuple[float, float]], places: Sequence[Hashable]) -> bool:
    """Whether two intervals from different places (article and sentence) fail to overlap. One pass: the
    interval with the smallest upper end against the largest lower end among the other places, and the reverse,
    find any clashing pair there is."""
    low_at = max(range(len(intervals)), key=lambda i: intervals[i][0])
    high_at = min(range(len(intervals)), key=lambda i: intervals[i][1])
    top_other = max((lo for (lo, _), p in zip(intervals, places, strict=True) if p != places[high_at]), default=None)
    bottom_other = min((hi for (_, hi), p in zip(intervals, places, strict=True) if p != places[low_at]), default=None)
    return (top_other is not None and intervals[high_at][1] < top_other) or (
        bottom_other is not None and bottom_other < intervals[low_at][0]
    )


def _enumerates(intervals: Sequence[tuple[float, float]], places: Sequence[Hashable]) -> bool:
    """Whether one place (one sentence) gives two values that cannot both hold: "seven life sentences and four
    sentences of life without parole" counts two things, so the group mixes quantities and its clashes across
    articles say nothing."""
    by_place: dict[Hashable, list[tuple[float, float]]] = {}
    for interval, place in zip(intervals, places, strict=True):
        by_place.setdefault(place, []).append(interval)
    return any(
        len(held) > 1 and min(high for _, high in held) < max(low for low, _ in held) for held in by_place.values()
    )


def judge(claims: Sequence[Claim], places: Sequence[Hashable] | None = None) -> str:
    """agree, differ, incomparable (different units or times) or single.

    Two claims clash when their intervals do not overlap. A set of intervals holds a clash exactly when its
    smallest upper end lies below its largest lower end, so each check is one pass however many outlets
    repeat a number (pairwise comparison grew with the square of a group's size). ``places`` (one per claim,
    e.g. (article, sentence)) says which claims may clash: numbers one sentence gives together enumerate
    ("met six times ... spoken 20 times"), they never disagree.
    """
    if len(claims) < 2:
        return "single"
    if len({c.unit for c in claims}) > 1:
        return "incomparable"
    intervals = [_interval(c) for c in claims]
    top_low = max(low for low, _ in intervals)
    bottom_high = min(high for _, high in intervals)
    if not bottom_high < top_low:
        return "agree"
    if places is not None and len(set(places)) > 1 and not _clash(intervals, places):
        return "agree"
    if places is not None and len(set(places)) == 1:
        return "agree"
    if places is not None and _enumerates(intervals, places):
        return "incomparable"
    # Numbers given for two different dates may both be right: that is change, not contradiction. So it is a
    # discrepancy only when an undated claim clashes with any other, or two claims of the same date clash.
    for claim, (low, high) in zip(claims, intervals, strict=True):
        if not claim.time and (high < top_low or low > bottom_high):
            return "differ"
    by_time: dict[str, list[tuple[float, float]]] = {}
    for claim, interval in zip(claims, intervals, strict=True):
        if claim.time:
            by_time.setdefault(claim.time, []).append(interval)
    for same_time in by_time.values():
        if min(high for _, high in same_time) < max(low for low, _ in same_time):
            return "differ"
    return "incomparable"


def _topic(items: Sequence[_Item]) -> str:
    """What the group counts in short: the most frequent core naming actors, then the shortest."""
    with_actors = [i for i in items if i.actors] or list(items)
    counts = Counter(i.core for i in with_actors)
    return min(counts, key=lambda c: (-counts[c], len(c.split()), c))


_Signature = tuple[frozenset[str], frozenset[str], str, str, str]
_Description = tuple[frozenset[str], frozenset[str], str, str, str]


@dataclass
class _Bucket:
    """A claim group being built, with the summaries placing a claim needs.

    Compatibility depends only on an item's (actors, modifiers) signature and the overlap score only on its
    core phrase, so both are computed over the distinct signatures and cores seen so far, not over every
    member: placing a claim costs the same in a group of ten thousand as in a group of ten.
    """

    items: list[_Item]
    signatures: set[_Signature]
    scenes: set[frozenset[str]]
    """The countries each member's article lead names: a happening in Vancouver is not one in Troy, Michigan."""
    era: Span
    """The first and last days the members' articles report from: the Qeshm quake of 2005 is not the one of 2008."""
    cores: Counter[frozenset[str]]
    any_actors: bool

    @classmethod
    def of(cls, item: _Item) -> _Bucket:
        bucket = cls([], set(), set(), Span(), Counter(), False)
        bucket.add(item)
        return bucket

    def add(self, item: _Item) -> None:
        self.items.append(item)
        self.signatures.add((item.actors, item.modifiers, item.predicate, item.holder, item.where))
        self.scenes.add(item.scene)
        self.era = self.era.widened(item.era)
        self.cores[item.words] += 1
        self.any_actors = self.any_actors or bool(item.actors)

    def accepts(self, item: _Item) -> bool:
        """Counts the same thing as every member: actors and modifiers equal or one side unspecified (head, unit,
        date and scope are equal already: they key the bucket)."""
        mine = (item.actors, item.modifiers, item.predicate, item.holder, item.where)
        return (
            all(_compatible(mine, signature) for signature in self.signatures)
            and all(same_scene(item.scene, scene) for scene in self.scenes)
            and self.era.admits(item.era)
        )

    def conflicts(self, other: _Bucket) -> bool:
        """Whether some member of one counts something another member of the other cannot."""
        return (
            any(not _compatible(a, b) for a in self.signatures for b in other.signatures)
            or any(not same_scene(a, b) for a in self.scenes for b in other.scenes)
            or self.era.clashes(other.era)
        )

    def score(self, item: _Item) -> float:
        overlap = sum(len(item.words & core) * n for core, n in self.cores.items())
        return overlap + (2 if self.any_actors and item.actors else 0) + len(self.items) / 100


def _compatible(a: _Signature, b: _Signature) -> bool:
    actors_a, modifiers_a, predicate_a, holder_a, where_a = a
    actors_b, modifiers_b, predicate_b, holder_b, where_b = b
    if holder_a and holder_b and holder_a != holder_b:
        return False  # Manning's yards are not Garrard's
    if not compatible_places(where_a, where_b):
        return False  # Patras' 20,000 protesters are not Heraklion's 10,000
    if actors_a and actors_b and actors_a != actors_b:
        return False
    if not (modifiers_a <= modifiers_b or modifiers_b <= modifiers_a):
        return False
    if ("and" in modifiers_a or "and" in modifiers_b) and modifiers_a != modifiers_b:
        return False  # "Somali and Yemeni pirates" count a union: "Yemeni pirates" are a part of it
    if modifiers_a & _BESIDES != modifiers_b & _BESIDES:
        # "three other rifles", "two more times", "5,000 additional troops": those besides the ones counted
        # before, never all of them
        return False
    return not (predicate_a and predicate_b and predicate_a != predicate_b)


def _place(buckets: dict[Hashable, list[_Bucket]], item: _Item, era: str) -> _Bucket | None:
    """Into the compatible group sharing most words with it (the first such group on a tie), else a new one,
    which is returned. ``era`` is the claim's date when it is not the story's own: a count of September's quake
    is only ever compared with other counts of September."""
    if item.core.split()[-1].lower() in RELATIONAL and not item.actors and not _PARENTS_OWN.match(item.core):
        # whose children: unknown, so compared with no other count; "a mother of 12" says whose (the story's mother)
        return _Bucket.of(item)
    if item.head == "magnitude" and not item.modifiers:
        return _Bucket.of(item)  # a magnitude whose shock is not said: the main shock's or an aftershock's
    if item.head in _GENERIC_HEADS and not (item.actors or item.modifiers or item.predicate):
        # "home to 120,000 people", "one talented person", "thousands of people": people counted with nothing
        # said of what befell them or which they are could be any people.
        return _Bucket.of(item)
    same_kind = buckets.setdefault((item.head, item.ref.claim.unit, era, item.scope, item.measurer), [])
    accepting = [bucket for bucket in same_kind if bucket.accepts(item)]
    mine = (item.actors, item.modifiers, item.predicate, item.holder, item.where)
    # A group holding a claim of exactly this description is where it belongs, whatever else would take it.
    accepting = [bucket for bucket in accepting if mine in bucket.signatures] or accepting
    if any(a.conflicts(b) for i, a in enumerate(accepting) for b in accepting[i + 1 :]):
        # "five people" with no verb saying what befell them fits the killed and the injured alike, "four games"
        # the 54 games with the Angels and the 157 with the Angels and Braves: which one it counts is unknown,
        # so it is compared with neither, nor with the next claim as vague as itself: a group of such claims
        # would gather every player's "101 yards", "91 yards", "605 yards" the parser names no subject for.
        return _Bucket.of(item)
    best, best_score = None, -1.0
    for bucket in accepting:
        score = bucket.score(item)
        if score > best_score:
            best, best_score = bucket, score
    if best is not None:
        best.add(item)
        return None
    same_kind.append(_Bucket.of(item))
    return same_kind[-1]


def _places(refs: Sequence[ClaimRef]) -> list[tuple[str, int]]:
    return [(r.article_id, r.claim.sent) for r in refs]


def _description(item: _Item, named: frozenset[str] = frozenset()) -> _Description:
    """What a claim says of what it counts, for telling a disagreement. A place the clause gives ("In Salonika,
    50,000 marched") may be left unsaid on one side, the group already keeps two named places apart; a place the
    counted noun is named with ("two countries on the coast of the Gulf of Aden") says which things are counted,
    so it must be said alike. A distance whose place lying there is unnamed ("the island is 940 miles south of
    Tehran") is the story's place. ``named`` are the places other claims name their counted things with: the clause
    saying one of them says it alike ("three undersea cables were damaged in the Mediterranean", "two undersea
    cables in the Mediterranean")."""
    claim = item.ref.claim
    where = claim.where
    placed = where is not None and (_named_with(item) or item.where in named)
    restrictive = item.where if placed else ""
    holder = "" if item.head == "distance" else item.holder
    rest = claim.counted[len(item.core) :].strip() if claim.counted.startswith(item.core) else ""
    # "20 carries for 91 yards", "three touchdowns on punt runbacks": a complement says which ones are counted, and
    # so may a participle the core left out ("51 wins coming by way of knockout" are not described as "58 wins")
    said = rest.split() if _COMPLEMENT.match(rest) or (rest and _PARTICIPLE.match(rest.split()[0])) else []
    complement = frozenset(_fold(w) for w in said)
    # modifiers and what befell the counted are left to the group, which holds only claims whose modifiers nest
    # and whose verbs agree or one says nothing ("fired 23 missiles during 16 tests", "conducted over 20 missile
    # tests"); but people are people whatever they are: only what befell them says which ones are counted ("one
    # talented person" and "32 million people tuning in" are no two counts of anyone)
    befell = item.predicate if item.head in _GENERIC_HEADS else ""
    return item.actors, complement, holder, restrictive, befell


def _named_with(item: _Item) -> bool:
    """Whether the counted phrase names the claim's place ("two countries on the coast of the Gulf of Aden")."""
    where = item.ref.claim.where
    return where is not None and where.text in item.ref.claim.counted


def _described_alike_differ(items: Sequence[_Item]) -> bool:
    """Whether two claims the texts describe alike clash. A group takes a claim that leaves a detail unsaid beside
    one that says it ("23 pirates", "11 Yemeni pirates"; "106 carries", Bush's "six carries"): they may count one
    thing, but the one that says less may as well count the whole, another player or another night, so a clash
    between them is no evidence of a disagreement. A disagreement needs what is counted, by whom, where and what
    befell it said alike on both sides."""
    alike: dict[_Description, list[_Item]] = {}
    named = frozenset(i.where for i in items if i.where and _named_with(i))
    for item in items:
        alike.setdefault(_description(item, named), []).append(item)
    return any(_outlets_disagree(told) for same in alike.values() for told in _told_alike(same))


def _told_alike(items: list[_Item]) -> tuple[list[_Item], list[_Item]]:
    """The claims a bare count may be set against, and those a count whose verb says what befell it may: "three
    pirate ships intercepted" and "about a dozen ships", "162 animals listed" and "1,247 animals" say nothing alike of
    which ones they count, so their clash is no disagreement; a modifier may say it as a verb does ("12 worst-hit
    villages", "seven villages flattened")."""
    unsaid = [i for i in items if not i.predicate]
    said = [i for i in items if i.predicate or i.modifiers]
    return unsaid, said


def _outlets_disagree(items: list[_Item]) -> bool:
    return (
        len(items) > 1
        and judge([i.ref.claim for i in items], _places([i.ref for i in items])) == "differ"
        and _outlets_clash([i.ref for i in items])
    )


def _one_outlet_clashes(refs: Sequence[ClaimRef]) -> bool:
    """Whether one article gives two values of the group that cannot both hold: then the group's description
    covers two quantities (two shocks of one morning, two nights of arrests, a part and its whole), and which one
    another outlet's figure counts is unknown. A vague order beside a figure ("several thousand soldiers" and
    "11,000 troops") is the same count told loosely, not a second one; nor is a parent's children counted twice."""
    by_article: dict[str, list[ClaimRef]] = {}
    for ref in refs:
        # a parent has one number of children: an article giving two ("a mother of 12", "the mother of 13")
        # contradicts itself, it does not count two things
        if ref.claim.kind != "order" and not _PARENTS_OWN.match(_core(ref.claim.counted)):
            by_article.setdefault(ref.article_id, []).append(ref)
    return any(
        len(held) > 1 and _clash([_interval(r.claim) for r in held], [r.claim.sent for r in held])
        for held in by_article.values()
    )


def _outlets_clash(refs: Sequence[ClaimRef]) -> bool:
    """Whether two articles give clashing values. Two values one article gives in different sentences are two
    quantities it tells apart in words the claim's identity does not read ("stealing almost $2 million of
    jewelry" at the film festival, "days later a $2.5 million necklace was lifted"), or a count it updates; an
    outlet does not disagree with itself, so a disagreement is between outlets."""
    return _clash([_interval(r.claim) for r in refs], [r.article_id for r in refs])


def story_dates(times: Iterable[TimeExpr]) -> set[str]:
    """The dates an article's lead gives (each counted once per article): what the story's happening is dated."""
    return {key for t in dates(times) if t.sent < _LEAD_SENTENCES and (key := time_key(t))}


def _own_dates(lead_dates: Counter[str]) -> frozenset[str]:
    """The story's own dates: those that two leads or more give, else the most frequent lead dates. A number
    dated otherwise ("a 6.1 quake in September") counts another happening than the story's."""
    if not lead_dates:
        return frozenset()
    top = max(lead_dates.values())
    return frozenset(key for key, n in lead_dates.items() if n >= 2 or n == top)


def _built(order_made: list[_Bucket], loose: list[ClaimRef]) -> Iterator[tuple[list[ClaimRef], str, list[_Item]]]:
    """Each group to judge: (its claims, its topic, its items), the buckets in the order made, then the loose
    claims alone; each bucket is let go once judged, so its items do not outlive it."""
    order_made.reverse()
    while order_made:
        bucket = order_made.pop()
        yield [i.ref for i in bucket.items], _topic(bucket.items), bucket.items
    for ref in loose:
        yield [ref], ref.claim.text, []


def group_claims(
    index: ActorIndex, articles: Sequence[ArticleInfo], analyses: Iterable[ArticleAnalysis]
) -> tuple[ClaimGroup, ...]:
    """Claim groups, discrepancies first; claims counting nothing nameable stand alone."""
    outlets = {a.id: a.outlet for a in articles}
    order = {a.id: i for i, a in enumerate(articles)}
    items: list[_Item] = []
    loose: list[ClaimRef] = []
    pool: dict[Hashable, Any] = {}
    lead_dates: Counter[str] = Counter()
    moments: dict[tuple[str, int], str] = {}
    scenes: dict[str, frozenset[str]] = {}
    published = {a.id: a.published for a in articles}
    reported: dict[str, date | None] = {}
    for analysis in analyses:
        lead_dates.update(story_dates(analysis.times))
        narration = narrated(analysis.times)
        countries = lead_countries(analysis.mentions)
        scenes[shared(analysis.article_id)] = pool.setdefault(countries, countries)
        day = reported[shared(analysis.article_id)] = report_day(published.get(analysis.article_id), analysis.times)
        day_key = shared(day.isoformat()) if day else ""  # one string for the article's claims, not one each
        for claim in analysis.claims:
            ref = ClaimRef(shared(analysis.article_id), outlets.get(analysis.article_id), compact(claim))
            held = moment(ref, narration, day_key)
            key = (ref.article_id, claim.start)
            if held or key in moments:  # read with "" for a claim missing: most hold for no day
                moments[key] = held
            item = _item(index, ref, analysis.mentions, pool, frozenset())
            if item is None:
                loose.append(ref)
            else:
                items.append(item)
    placed = confirmed(scenes)
    del scenes
    for n, item in enumerate(items):  # in place: a second list would hold every item twice
        scene = placed[item.ref.article_id]
        if scene:
            items[n] = dataclasses.replace(item, scene=pool.setdefault(scene, scene))
    del placed
    # Specific claims first, so an unspecified "thousands of troops" joins the group its details fit.
    items.sort(key=lambda i: (-len(i.actors), -len(i.modifiers), not i.predicate))
    # "Sunday" in an undated report is the "2005-11-27" a dated report resolves it to
    as_resolved = resolved_as([*lead_dates, *(i.when for i in items)], anchor_of(lead_dates))
    for n, item in enumerate(items):  # in place, as the scenes above
        if item.when in as_resolved:
            items[n] = dataclasses.replace(item, when=as_resolved[item.when])
    resolved_leads: Counter[str] = Counter()
    for written, count in lead_dates.items():
        resolved_leads[as_resolved.get(written, written)] += count
    own_dates = _own_dates(resolved_leads)
    # a count dated otherwise ("In December 2003, 31,000 were killed") is keyed by its date, whoever reports it
    for n, item in enumerate(items):  # in place, as the scenes above
        era = reported.get(item.ref.article_id)
        # a parent's children are the parent's, whichever happening the report tells ("a mother of 12")
        if era and (not item.when or item.when in own_dates) and not _PARENTS_OWN.match(item.core):
            items[n] = dataclasses.replace(item, era=era)
    buckets: dict[Hashable, list[_Bucket]] = {}
    order_made: list[_Bucket] = []
    for item in items:
        made = _place(buckets, item, "" if item.when in own_dates else item.when)
        if made is not None:
            order_made.append(made)
    del items, buckets, pool  # the buckets in order_made hold the items now
    result = []
    for refs, topic, bucket_items in _built(order_made, loose):
        refs.sort(key=lambda r: (order.get(r.article_id, len(order)), r.article_id, r.claim.start))
        status = judge([r.claim for r in refs], _places(refs))
        # a toll given for two days is an update: only counts held for one day can disagree
        days = (
            same_moment(refs, moments)
            if running((i.predicate for i in bucket_items), (i.head for i in bucket_items))
            else [refs]
        )
        if status == "differ" and not (
            any(_outlets_clash(day) for day in days)
            and _described_alike_differ(bucket_items)
            and not _one_outlet_clashes(refs)
        ):
            status = "incomparable"
        result.append((status, topic, tuple(refs)))
    result.sort(key=lambda g: (_STATUS_ORDER[g[0]], -len(g[2]), g[1]))
    seen: dict[str, int] = {}
    groups_out = []
    for status, topic, members in result:
        base = f"claims:{slug(topic) or 'quantity'}"
        seen[base] = seen.get(base, 0) + 1
        group_id = base if seen[base] == 1 else f"{base}-{seen[base]}"
        groups_out.append(ClaimGroup(id=group_id, topic=topic, status=status, claims=members))
    return tuple(groups_out)
