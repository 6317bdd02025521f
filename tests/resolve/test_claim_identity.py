"""Issue 20: claims are compared only when they measure one happening (the same date or the story's own, the same
scope, a known owner for counts of relatives, one reading when two groups would take them); built by hand."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from storyline.model import ArticleAnalysis, ArticleInfo, Claim, Mention, MentionLinks, Ref, TimeExpr
from storyline.resolve.actors import ActorIndex
from storyline.resolve.claims import group_claims

INDEX = ActorIndex(actors=(), links=MentionLinks.of(()))


def _info(article_id: str) -> ArticleInfo:
    return ArticleInfo(article_id, f"{article_id}.txt", None, article_id.upper(), None, date(2024, 5, 1), (), 100)


def _claim(sent: int, text: str, counted: str, value: float | None, **extra: Any) -> Claim:
    start = sent * 100
    claim = Claim(start, start + len(text), sent, text, value, counted=counted, unit=extra.pop("unit", None))
    return dataclasses.replace(claim, **extra)


def _lead(word: str) -> TimeExpr:
    return TimeExpr(5, 5 + len(word), 1, word, None)


def _groups(*analyses: ArticleAnalysis) -> list[tuple[str, list[str]]]:
    groups = group_claims(INDEX, [_info(a.article_id) for a in analyses], analyses)
    return sorted((g.status, sorted(r.claim.text for r in g.claims)) for g in groups)


def test_a_count_of_another_date_is_not_the_storys() -> None:
    a = ArticleAnalysis(
        "a",
        times=(_lead("Sunday"),),
        claims=(
            _claim(1, "five people", "people", 5, predicate="injure", when="sunday"),
            _claim(6, "40 people", "people", 40, predicate="injure", when="september"),
        ),
    )
    b = ArticleAnalysis(
        "b", times=(_lead("Sunday"),), claims=(_claim(2, "two people", "people", 2, predicate="injure"),)
    )
    assert _groups(a, b) == [("differ", ["five people", "two people"]), ("single", ["40 people"])]


def test_counts_of_one_other_date_still_compare() -> None:
    a = ArticleAnalysis("a", times=(_lead("Sunday"),), claims=(_claim(6, "40 homes", "homes", 40, when="may"),))
    b = ArticleAnalysis("b", times=(_lead("Sunday"),), claims=(_claim(6, "50 homes", "homes", 50, when="may"),))
    assert _groups(a, b) == [("differ", ["40 homes", "50 homes"])]


def test_a_count_taken_within_another_is_not_the_whole_count() -> None:
    a = ArticleAnalysis("a", claims=(_claim(3, "13 goals", "goals", 13, scope="match:20"),))
    b = ArticleAnalysis("b", claims=(_claim(3, "31 goals", "goals", 31),))
    c = ArticleAnalysis("c", claims=(_claim(3, "14 goals", "goals", 14, scope="match:20"),))
    assert _groups(a, b, c) == [("differ", ["13 goals", "14 goals"]), ("single", ["31 goals"])]


def test_whose_children_is_unknown() -> None:
    a = ArticleAnalysis("a", claims=(_claim(3, "two children", "children", 2),))
    b = ArticleAnalysis("b", claims=(_claim(3, "three children", "children", 3),))
    assert [status for status, _ in _groups(a, b)] == ["single", "single"]


def test_a_claim_two_groups_would_take_stands_apart() -> None:
    a = ArticleAnalysis("a", claims=(_claim(3, "5 people", "people", 5, predicate="kill"),))
    b = ArticleAnalysis("b", claims=(_claim(3, "9 people", "people", 9, predicate="injure"),))
    c = ArticleAnalysis("c", claims=(_claim(3, "7 people", "people", 7),))
    assert [status for status, _ in _groups(a, b, c)] == ["single", "single", "single"]


def test_jewels_rings_and_diamonds_are_one_haul() -> None:
    a = ArticleAnalysis("a", claims=(_claim(1, "$137 million of diamonds", "diamonds", 137e6, unit="USD"),))
    b = ArticleAnalysis("b", claims=(_claim(1, "$108 million worth", "diamond rings", 108e6, unit="USD"),))
    c = ArticleAnalysis("c", claims=(_claim(1, "$102 million in jewelry", "jewelry", 102e6, unit="USD"),))
    [(status, texts)] = _groups(a, b, c)
    assert status == "differ" and len(texts) == 3


def test_people_of_whom_nothing_is_said_are_any_people() -> None:
    a = ArticleAnalysis("a", claims=(_claim(3, "120,000 people", "people", 120000),))
    b = ArticleAnalysis("b", claims=(_claim(3, "200,000 people", "people", 200000),))
    assert [status for status, _ in _groups(a, b)] == ["single", "single"]


def test_values_one_sentence_gives_together_count_different_things() -> None:
    a = ArticleAnalysis(
        "a", claims=(_claim(2, "seven sentences", "sentences", 7), _claim(2, "four sentences", "sentences", 4))
    )
    b = ArticleAnalysis("b", claims=(_claim(5, "seven sentences", "sentences", 7),))
    [(status, _)] = _groups(a, b)
    assert status == "incomparable"


def test_a_union_is_not_its_part() -> None:
    a = ArticleAnalysis("a", claims=(_claim(3, "23 Somali and Yemeni pirates", "Somali and Yemeni pirates", 23),))
    b = ArticleAnalysis("b", claims=(_claim(3, "11 Yemeni pirates", "Yemeni pirates", 11),))
    assert [status for status, _ in _groups(a, b)] == ["single", "single"]


def test_other_things_are_not_the_things() -> None:
    a = ArticleAnalysis("a", claims=(_claim(3, "three other rifles", "other rifles", 3),))
    b = ArticleAnalysis("b", claims=(_claim(3, "nine rifles", "rifles", 9),))
    assert [status for status, _ in _groups(a, b)] == ["single", "single"]


def test_two_holders_counts_are_two_quantities() -> None:
    a = ArticleAnalysis("a", claims=(_claim(3, "364 yards", "yards", 364, holder=Ref(0, 7, "Manning")),))
    b = ArticleAnalysis("b", claims=(_claim(3, "329 yards", "yards", 329, holder=Ref(0, 7, "Garrard")),))
    assert [status for status, _ in _groups(a, b)] == ["single", "single"]


def test_claims_that_stood_apart_do_not_gather() -> None:
    # a box score whose parser names no subject: "101 yards", "91 yards", "605 yards" each fit both players'
    # groups, so each stands alone, never in a group of their own
    a = ArticleAnalysis("a", claims=(_claim(3, "364 yards", "yards", 364, holder=Ref(0, 7, "Manning")),))
    b = ArticleAnalysis("b", claims=(_claim(3, "329 yards", "yards", 329, holder=Ref(0, 7, "Garrard")),))
    c = ArticleAnalysis("c", claims=(_claim(3, "101 yards", "yards", 101),))
    d = ArticleAnalysis("d", claims=(_claim(3, "91 yards", "yards", 91),))
    e = ArticleAnalysis("e", claims=(_claim(3, "605 yards", "yards", 605),))
    assert [status for status, _ in _groups(a, b, c, d, e)] == ["single"] * 5


def test_the_whole_is_not_the_part() -> None:
    # "completed 28 of 41 passes" / "completed 28 passes": the 41 are every pass thrown
    a = ArticleAnalysis("a", claims=(_claim(3, "41 passes", "passes", 41, predicate="complete", scope="whole"),))
    b = ArticleAnalysis("b", claims=(_claim(3, "28 passes", "passes", 28, predicate="complete"),))
    assert [status for status, _ in _groups(a, b)] == ["single", "single"]


def test_a_counted_phrase_ending_a_headline_keeps_its_head() -> None:
    a = ArticleAnalysis("a", claims=(_claim(1, "3 DEAD", "DEAD due to fire at Bank\n\n", 3),))
    b = ArticleAnalysis("b", claims=(_claim(3, "dozens of banks", "banks", 40),))
    assert [status for status, _ in _groups(a, b)] == ["single", "single"]


def test_counts_of_two_places_are_two_quantities() -> None:
    a = ArticleAnalysis("a", claims=(_claim(3, "30,000 marchers", "marchers", 30000, where=Ref(3, 9, "Lyon")),))
    b = ArticleAnalysis("b", claims=(_claim(4, "8,000 marchers", "marchers", 8000, where=Ref(3, 12, "Marseille")),))
    assert [status for status, _ in _groups(a, b)] == ["single", "single"]


def test_a_count_of_no_stated_place_compares_with_a_placed_one() -> None:
    a = ArticleAnalysis("a", claims=(_claim(3, "30,000 marchers", "marchers", 30000, where=Ref(3, 9, "Lyon")),))
    b = ArticleAnalysis("b", claims=(_claim(4, "8,000 marchers", "marchers", 8000),))
    assert _groups(a, b) == [("differ", ["30,000 marchers", "8,000 marchers"])]


def test_one_place_written_two_ways_is_one_place() -> None:
    # GeoNames lists "Lyons" among Lyon's names, and an island is the place it is named after
    a = ArticleAnalysis("a", claims=(_claim(3, "30,000 marchers", "marchers", 30000, where=Ref(3, 9, "Lyon")),))
    b = ArticleAnalysis("b", claims=(_claim(4, "8,000 marchers", "marchers", 8000, where=Ref(3, 9, "Lyons")),))
    assert _groups(a, b) == [("differ", ["30,000 marchers", "8,000 marchers"])]


def test_a_city_is_not_its_country() -> None:
    a = ArticleAnalysis("a", claims=(_claim(3, "30,000 marchers", "marchers", 30000, where=Ref(3, 9, "Lyon")),))
    b = ArticleAnalysis("b", claims=(_claim(4, "90,000 marchers", "marchers", 90000, where=Ref(3, 9, "France")),))
    assert [status for status, _ in _groups(a, b)] == ["single", "single"]


def test_deaths_and_a_death_toll_are_the_people_killed() -> None:
    a = ArticleAnalysis("a", claims=(_claim(1, "12 people", "people", 12, predicate="kill"),))
    b = ArticleAnalysis("b", claims=(_claim(1, "nine deaths", "deaths", 9),))
    c = ArticleAnalysis("c", claims=(_claim(1, "12", "death toll", 12),))
    d = ArticleAnalysis("d", claims=(_claim(1, "40 injuries", "injuries", 40),))
    assert _groups(a, b, c, d) == [("differ", ["12", "12 people", "nine deaths"]), ("single", ["40 injuries"])]


def test_a_toll_of_something_else_is_no_death_count() -> None:
    a = ArticleAnalysis("a", claims=(_claim(1, "12 people", "people", 12, predicate="kill"),))
    b = ArticleAnalysis("b", claims=(_claim(1, "$3", "toll", 3),))
    assert _groups(a, b) == [("single", ["$3"]), ("single", ["12 people"])]


def test_magnitudes_of_one_agency_compare_and_of_two_do_not() -> None:
    survey = "the National Geological Survey in Reston, Va."
    a = ArticleAnalysis("a", claims=(_claim(1, "6.1", "earthquake magnitude", 6.1, source_name=survey),))
    b = ArticleAnalysis("b", claims=(
        _claim(1, "5.9", "earthquake magnitude", 5.9, source_name="Vell's seismological centre"),
        _claim(3, "5.8", "earthquake magnitude", 5.8, source_name="National Geological Survey"),
    ))
    c = ArticleAnalysis("c", claims=(_claim(1, "6.0", "earthquake magnitude", 6.0, source_name="state media"),))
    assert _groups(a, b, c) == [
        ("differ", ["5.8", "6.1"]), ("single", ["5.9"]), ("single", ["6.0"])
    ]


def test_magnitudes_written_with_decimals_differ_by_a_tenth() -> None:
    a = ArticleAnalysis("a", claims=(_claim(1, "6.1", "earthquake magnitude", 6.1, where=Ref(0, 4, "Vell")),))
    b = ArticleAnalysis("b", claims=(_claim(1, "5.9", "earthquake magnitude", 5.9, where=Ref(0, 4, "Chile")),))
    assert _groups(a, b) == [("differ", ["5.9", "6.1"])]  # where each says the shock struck is no other shock


def test_magnitudes_a_tenth_apart_do_not_meet_at_their_half_digit() -> None:
    # 7.5 and 7.6 are each exact to under half their last digit: they never meet at 7.55
    a = ArticleAnalysis("a", claims=(_claim(1, "7.6", "earthquake magnitude", 7.6),))
    b = ArticleAnalysis("b", claims=(_claim(1, "7.5", "earthquake magnitude", 7.5),))
    c = ArticleAnalysis("c", claims=(_claim(1, "7.6", "earthquake magnitude", 7.6),))
    assert _groups(a, b, c) == [("differ", ["7.5", "7.6", "7.6"])]


def test_a_magnitude_of_an_unsaid_shock_compares_with_none() -> None:
    a = ArticleAnalysis("a", claims=(_claim(1, "6.1", "earthquake magnitude", 6.1),))
    b = ArticleAnalysis("b", claims=(_claim(1, "3.8", "magnitude", 3.8),))
    c = ArticleAnalysis("c", claims=(_claim(1, "4.0", "aftershock magnitude", 4.0),))
    assert _groups(a, b, c) == [("single", ["3.8"]), ("single", ["4.0"]), ("single", ["6.1"])]


def test_populations_compare() -> None:
    a = ArticleAnalysis("a", claims=(_claim(1, "120,000 people", "population", 120_000, where=Ref(0, 4, "Vell")),))
    b = ArticleAnalysis("b", claims=(_claim(1, "about 200,000 residents", "population", 200_000, kind="approx"),))
    assert _groups(a, b) == [("differ", ["120,000 people", "about 200,000 residents"])]


def test_an_unresolved_part_of_a_day_is_the_day_and_today_is_the_storys() -> None:
    from storyline.nlp.claim_frame import time_key

    assert time_key(TimeExpr(0, 22, 0, "early Sunday afternoon", None)) == "sunday"
    assert time_key(TimeExpr(0, 5, 0, "today", None)) == ""
    assert time_key(TimeExpr(0, 9, 0, "last week", None)) == "last week"


def test_a_count_with_a_detail_left_unsaid_is_no_disagreement() -> None:
    # "23 pirates" may be all of them, "11 Yemeni pirates" a part: grouped, never a disagreement
    a = ArticleAnalysis("a", claims=(_claim(3, "23 pirates", "pirates", 23),))
    yemeni = Mention(303, 309, 3, "Yemeni", "NORP", "Yemeni", kind="demonym", code="YEM")
    b = ArticleAnalysis("b", mentions=(yemeni,), claims=(_claim(3, "11 Yemeni pirates", "Yemeni pirates", 11),))
    c = ArticleAnalysis("c", claims=(_claim(3, "25 pirates", "pirates", 25),))
    assert _groups(a, b) == [("incomparable", ["11 Yemeni pirates", "23 pirates"])]
    assert _groups(a, c) == [("differ", ["23 pirates", "25 pirates"])]


def test_a_players_count_against_an_unowned_one_is_no_disagreement() -> None:
    a = ArticleAnalysis("a", claims=(_claim(3, "140 carries", "carries", 140, holder=Ref(0, 5, "Okoro")),))
    b = ArticleAnalysis("b", claims=(_claim(3, "seven carries", "carries", 7),))
    assert _groups(a, b) == [("incomparable", ["140 carries", "seven carries"])]


def test_a_distance_from_one_origin_needs_no_named_destination() -> None:
    # "the island is 940 miles south of Tehran" / "Qeshm, 700 miles southeast of Tehran": the story's place
    where = Ref(0, 6, "Tehran")
    a = ArticleAnalysis("a", claims=(_claim(3, "940 miles", "Tehran distance", 940, unit="mi", where=where),))
    qeshm = Ref(0, 5, "Qeshm")
    b = ArticleAnalysis(
        "b", claims=(_claim(3, "700 miles", "Tehran distance", 700, unit="mi", where=where, holder=qeshm),)
    )
    assert _groups(a, b) == [("differ", ["700 miles", "940 miles"])]


def test_a_place_naming_the_counted_must_be_said_on_both_sides() -> None:
    # a clause's place may be unsaid on one side ("In Lyon, 30,000 marched" / "8,000 marched", above); a place
    # the noun is named with says which things are counted
    coast = Ref(20, 40, "the Gulf of Aden")
    a = ArticleAnalysis(
        "a", claims=(_claim(3, "two countries", "countries on the coast of the Gulf of Aden", 2, where=coast),)
    )
    b = ArticleAnalysis("b", claims=(_claim(3, "25 countries", "countries", 25),))
    assert _groups(a, b) == [("incomparable", ["25 countries", "two countries"])]


def test_a_complement_says_which_are_counted() -> None:
    # "20 runs for 91 metres" is one player's line, "8 runs" anyone's
    a = ArticleAnalysis("a", claims=(_claim(3, "20 runs for 91 metres", "runs for 91 metres", 20),))
    b = ArticleAnalysis("b", claims=(_claim(3, "8 runs", "runs", 8),))
    c = ArticleAnalysis("c", claims=(_claim(3, "22 runs for 91 metres", "runs for 91 metres", 22),))
    assert _groups(a, b) == [("incomparable", ["20 runs for 91 metres", "8 runs"])]
    assert _groups(a, c)[0][0] == "differ"



def test_counts_of_unresolved_pronouns_are_no_disagreement() -> None:
    # "He ran for 91 yards" / "He ran for 101 yards": two players, perhaps; nor is a "he" the named player
    a = ArticleAnalysis("a", claims=(_claim(3, "91 yards", "yards", 91, holder=Ref(300, 302, "He")),))
    b = ArticleAnalysis("b", claims=(_claim(3, "101 yards", "yards", 101, holder=Ref(300, 302, "he")),))
    c = ArticleAnalysis("c", claims=(_claim(3, "140 yards", "yards", 140, holder=Ref(0, 5, "Okoro")),))
    assert all(status != "differ" for status, _ in _groups(a, b, c))


def test_a_resolved_pronoun_holds_as_the_name_does() -> None:
    # "Okoro started. He ran for 91 yards": the claim's holder is the name the "he" stands for
    a = ArticleAnalysis("a", claims=(_claim(3, "91 yards", "yards", 91, holder=Ref(0, 5, "Okoro")),))
    b = ArticleAnalysis("b", claims=(_claim(3, "101 yards", "yards", 101, holder=Ref(0, 5, "Okoro")),))
    assert _groups(a, b) == [("differ", ["101 yards", "91 yards"])]


def test_an_outlet_does_not_disagree_with_itself() -> None:
    # the film festival's "almost $3 million of jewels" and, days later, a "$4.5 million necklace": one article
    # tells two thefts apart in words the identity does not read
    a = ArticleAnalysis(
        "a",
        claims=(
            _claim(2, "almost $3 million of jewels", "jewels", 3e6, unit="USD", kind="approx"),
            _claim(3, "a $4.5 million necklace", "necklace", 4.5e6, unit="USD"),
        ),
    )
    [(status, _)] = _groups(a)
    assert status != "differ"


def test_a_group_one_article_gives_two_values_of_covers_two_quantities() -> None:
    # "22 points" in one game and "31 points" in another: the paper that gives both tells two nights apart, so
    # a third paper's 25 points is no disagreement with either
    a = ArticleAnalysis(
        "a", claims=(_claim(2, "22 points", "points", 22, predicate="score"), _claim(6, "31 points", "points", 31))
    )
    b = ArticleAnalysis("b", claims=(_claim(3, "25 points", "points", 25, predicate="score"),))
    [(status, _)] = _groups(a, b)
    assert status == "incomparable"


def test_a_vague_order_beside_a_figure_is_the_same_count_told_loosely() -> None:
    a = ArticleAnalysis(
        "a",
        claims=(
            _claim(2, "several thousand sailors", "sailors", None, kind="order", low=1000, high=1e4),
            _claim(5, "14,000 sailors", "sailors", 14000),
        ),
    )
    b = ArticleAnalysis("b", claims=(_claim(3, "as many as 9,000 sailors", "sailors", None, kind="max", high=9000),))
    [(status, _)] = _groups(a, b)
    assert status == "differ"


def test_two_polls_shares_are_two_quantities() -> None:
    # "An opinion poll for the Ledger found 68 per cent of Valdorians ..." and another poll's 83 per cent answer two
    # questions of two samples; two outlets citing one poll still compare
    def share(sent: int, text: str, value: float, poll: str) -> Claim:
        return _claim(sent, text, "Valdorians", value, unit="%", source_name=poll)

    a = ArticleAnalysis("a", claims=(share(1, "83 percent of Valdorians", 83, "An opinion poll for the Courier"),))
    b = ArticleAnalysis("b", claims=(share(1, "68 per cent of Valdorians", 68, "A survey for the Ledger"),))
    assert [status for status, _ in _groups(a, b)] == ["single", "single"]
    d = ArticleAnalysis("d", claims=(share(1, "60 percent of Valdorians", 60, "A survey for the Ledger"),))
    assert _groups(b, d) == [("differ", ["60 percent of Valdorians", "68 per cent of Valdorians"])]


def test_a_participle_after_the_counted_noun_is_no_part_of_it() -> None:
    # "288 candidates running for 125 seats" count candidates: one group with "250 candidates running for 125 seats"
    # and with "250 candidates", which says less of them, so only the first pair can disagree
    a = ArticleAnalysis("a", claims=(_claim(1, "288 candidates", "candidates running for 125 seats", 288),))
    b = ArticleAnalysis("b", claims=(_claim(1, "250 candidates", "candidates running for 125 seats", 250),))
    c = ArticleAnalysis("c", claims=(_claim(1, "250 candidates", "candidates", 250),))
    assert _groups(a, b) == [("differ", ["250 candidates", "288 candidates"])]
    assert _groups(a, c) == [("incomparable", ["250 candidates", "288 candidates"])]


def test_a_participle_that_says_which_ones_is_no_disagreement() -> None:
    # "41 wins coming by knockout" share the group of "48 wins" but are not described alike
    a = ArticleAnalysis("a", claims=(_claim(1, "41 wins", "wins coming by knockout", 41),))
    b = ArticleAnalysis("b", claims=(_claim(1, "48 wins", "wins", 48),))
    assert _groups(a, b) == [("incomparable", ["41 wins", "48 wins"])]


def test_a_parents_children_compare_and_an_outlet_giving_two_counts_contradicts_itself() -> None:
    a = ArticleAnalysis(
        "a",
        claims=(
            _claim(1, "9", "mother's children", 9),
            _claim(7, "10", "mother's children", 10),
        ),
    )
    b = ArticleAnalysis("b", claims=(_claim(2, "9", "mother's children", 9),))
    c = ArticleAnalysis("c", claims=(_claim(3, "10", "mother's children", 10),))
    [(status, members)] = _groups(a, b, c)
    assert (status, len(members)) == ("differ", 4)
    # children whose parent is unsaid still compare with nothing
    d = ArticleAnalysis("d", claims=(_claim(2, "two children", "children", 2),))
    e = ArticleAnalysis("e", claims=(_claim(2, "three children", "children", 3),))
    assert [status for status, _ in _groups(d, e)] == ["single", "single"]


def test_people_disagree_only_when_both_sides_say_what_befell_them() -> None:
    a = ArticleAnalysis("a", claims=(_claim(1, "one gifted person", "gifted person", 1),))
    b = ArticleAnalysis("b", claims=(_claim(2, "40 million people", "people", 40e6, predicate="watch"),))
    assert [status for status, _ in _groups(a, b)] == ["incomparable"]
    c = ArticleAnalysis("c", claims=(_claim(2, "12 people", "people", 12, predicate="kill"),))
    d = ArticleAnalysis("d", claims=(_claim(2, "15 people", "people", 15, predicate="kill"),))
    assert [status for status, _ in _groups(c, d)] == ["differ"]


def test_others_are_told_apart_only_by_what_befell_them() -> None:
    # "the injury of two others" says nothing the parser reads of what befell them; "looking after seven others"
    # does: no two counts of one thing
    a = ArticleAnalysis("a", claims=(_claim(3, "two others", "others", 2),))
    b = ArticleAnalysis("b", claims=(_claim(3, "seven others", "others", 7, predicate="look"),))
    assert [status for status, _ in _groups(a, b)] == ["single", "single"]
    # "wounding two others" and "wounding three others": the same others, a disagreement
    c = ArticleAnalysis("c", claims=(_claim(3, "two others", "others", 2, predicate="injure"),))
    d = ArticleAnalysis("d", claims=(_claim(3, "three others", "others", 3, predicate="injure"),))
    assert _groups(c, d) == [("differ", ["three others", "two others"])]


def test_a_bare_count_is_no_disagreement_with_one_whose_verb_says_which() -> None:
    # "three pirate ships were intercepted" against "about a dozen ships": which ships the dozen are, nothing says
    a = ArticleAnalysis("a", claims=(_claim(3, "three pirate ships", "pirate ships", 3, predicate="intercept"),))
    b = ArticleAnalysis("b", claims=(_claim(3, "12 ships", "ships", 12),))
    assert [status for status, _ in _groups(a, b)] == ["incomparable"]
    # a modifier may say it as the verb does: "12 worst-hit villages" against "seven villages flattened"
    c = ArticleAnalysis("c", claims=(_claim(3, "12 worst-hit villages", "worst-hit villages", 12),))
    d = ArticleAnalysis("d", claims=(_claim(3, "seven villages", "villages", 7, predicate="flatten"),))
    assert [status for status, _ in _groups(c, d)] == ["differ"]
    # two bare counts, and two counts the verb says alike, still disagree
    e = ArticleAnalysis("e", claims=(_claim(3, "15 ships", "ships", 15),))
    assert [status for status, _ in _groups(b, e)] == ["differ"]
    f = ArticleAnalysis("f", claims=(_claim(3, "five pirate ships", "pirate ships", 5, predicate="intercept"),))
    assert [status for status, _ in _groups(a, f)] == ["differ"]


def test_a_range_says_the_figure_is_loose_not_what_it_is_of() -> None:
    # "a deal in the $75 million range" for one pitcher, "in the $140 million to $160 million range" for another
    a = ArticleAnalysis("a", claims=(_claim(3, "$75 million range", "range", 75e6, unit="USD"),))
    b = ArticleAnalysis("b", claims=(_claim(3, "$160 million range", "range", 160e6, unit="USD"),))
    assert [status for status, _ in _groups(a, b)] == ["single", "single"]


def test_a_place_the_clause_gives_says_alike_what_the_counted_phrase_names() -> None:
    # "two power lines under the Baltic" names its place in the counted phrase; "three power lines were cut in the
    # Baltic" says it in its clause: both count the lines under one sea
    named = Ref(3, 20, "the Baltic")
    a = ArticleAnalysis(
        "a", claims=(_claim(3, "two power lines under the Baltic", "power lines under the Baltic", 2, where=named),)
    )
    b = ArticleAnalysis("b", claims=(_claim(4, "three power lines", "power lines", 3, where=Ref(4, 30, "Baltic")),))
    assert _groups(a, b) == [("differ", ["three power lines", "two power lines under the Baltic"])]
    # a place the other side leaves unsaid is still not said alike
    c = ArticleAnalysis("c", claims=(_claim(4, "three power lines", "power lines", 3),))
    assert _groups(a, c) == [("incomparable", ["three power lines", "two power lines under the Baltic"])]


def test_an_agency_named_after_its_state_is_one_agency_however_the_state_is_written() -> None:
    a = ArticleAnalysis("a", claims=(
        _claim(1, "6.1", "earthquake magnitude", 6.1, source_name="the U. S. Geological Survey in Reston, Va."),
    ))
    b = ArticleAnalysis("b", claims=(
        _claim(1, "5.8", "earthquake magnitude", 5.8, source_name="United States Geological Survey"),
    ))
    assert _groups(a, b) == [("differ", ["5.8", "6.1"])]
