"""Claim groups across articles, on claims built by hand."""

from __future__ import annotations

from datetime import date

from storyline.model import Actor, ArticleAnalysis, ArticleInfo, Claim, Mention, MentionLink, MentionLinks, Ref
from storyline.resolve.actors import ActorIndex
from storyline.resolve.claims import group_claims, judge


def _info(article_id: str, outlet: str, day: int = 1) -> ArticleInfo:
    return ArticleInfo(article_id, f"{article_id}.txt", None, outlet, None, date(2024, 5, day), (), 100)


def _claim(
    sent: int,
    text: str,
    counted: str,
    value: float | None = None,
    kind: str = "exact",
    low: float | None = None,
    high: float | None = None,
    unit: str | None = None,
    source: str | None = None,
    time: str | None = None,
) -> Claim:
    ref = Ref(500 + sent, 500 + sent + len(source), source) if source else None
    start = sent * 100
    return Claim(start, start + len(text), sent, text, value, low, high, kind, None, unit, counted, ref, source, time)


def _demonym(sent: int, text: str, code: str) -> Mention:
    start = sent * 100 + 10
    return Mention(start, start + len(text), sent, text, "NORP", text, kind="demonym", code=code)


INDEX = ActorIndex(
    actors=(Actor("state:VLA", "Vlastonia", "state", code="VLA"), Actor("state:ORE", "Orestia", "state", code="ORE")),
    links=MentionLinks.of(
        (
            MentionLink("a1", 10, 20, "state:VLA"),
            MentionLink("a1", 110, 120, "state:VLA"),
            MentionLink("a2", 10, 20, "state:VLA"),
            MentionLink("a2", 210, 218, "state:ORE"),
        )
    ),
)


def test_troop_counts_across_outlets_form_one_differing_group() -> None:
    a1 = ArticleAnalysis(
        "a1",
        mentions=(_demonym(0, "Vlastonian", "VLA"), _demonym(1, "Vlastonian", "VLA")),
        claims=(
            _claim(0, "12,000 Vlastonian troops", "Vlastonian troops", 12000, source="border agencies"),
            _claim(1, "several thousand Vlastonian soldiers", "Vlastonian soldiers", kind="order", low=1000, high=1e4),
        ),
    )
    a2 = ArticleAnalysis(
        "a2",
        mentions=(_demonym(0, "Vlastonian", "VLA"),),
        claims=(
            _claim(
                0,
                "As many as 7,000 Vlastonian troops",
                "Vlastonian troops near the river",
                kind="max",
                high=7000,
                source="defence officials",
            ),
            _claim(1, "thousands of troops", "troops", kind="order", low=1000, high=1e4),
            _claim(3, "four countries", "countries", 4),
            _claim(4, "at least one frigate", "frigate", kind="min", low=1),
        ),
    )
    groups = group_claims(INDEX, [_info("a1", "Daily One"), _info("a2", "Weekly Two", 2)], [a1, a2])
    first = groups[0]
    assert first.status == "differ"
    assert first.topic == "Vlastonian troops"
    assert len(first.claims) == 4
    assert [ref.outlet for ref in first.claims] == ["Daily One", "Daily One", "Weekly Two", "Weekly Two"]
    assert {ref.claim.source_name for ref in first.claims} == {"border agencies", "defence officials", None}
    singles = [g for g in groups if g.status == "single"]
    assert sorted(g.topic for g in singles) == ["countries", "frigate"]
    assert len({g.id for g in groups}) == len(groups)


def test_troops_of_two_states_stay_apart() -> None:
    a2 = ArticleAnalysis(
        "a2",
        mentions=(_demonym(0, "Vlastonian", "VLA"), _demonym(2, "Orestian", "ORE")),
        claims=(
            _claim(0, "5,000 Vlastonian troops", "Vlastonian troops", 5000),
            _claim(2, "9,000 Orestian troops", "Orestian troops", 9000),
        ),
    )
    groups = group_claims(INDEX, [_info("a2", "Weekly Two")], [a2])
    assert len(groups) == 2 and all(g.status == "single" for g in groups)


def test_the_same_state_named_two_ways_is_one_group() -> None:
    a1 = ArticleAnalysis(
        "a1",
        mentions=(_demonym(0, "Vlastonian", "VLA"),),
        claims=(_claim(0, "5,000 Vlastonian troops", "Vlastonian troops", 5000),),
    )
    state = Mention(10, 19, 0, "Vlastonia", "GPE", "Vlastonia", code="VLA")
    a2 = ArticleAnalysis(
        "a2", mentions=(state,), claims=(_claim(0, "Vlastonia’s 6,000 troops", "Vlastonia’s troops", 6000),)
    )
    groups = group_claims(INDEX, [_info("a1", "X"), _info("a2", "Y")], [a1, a2])
    assert len(groups) == 1 and groups[0].status == "differ"


def test_restrictive_modifiers_keep_different_things_apart() -> None:
    a1 = ArticleAnalysis("a1", claims=(_claim(0, "40 civilian deaths", "civilian deaths", 40),))
    a2 = ArticleAnalysis("a2", claims=(_claim(0, "90 military deaths", "military deaths", 90),))
    groups = group_claims(INDEX, [_info("a1", "X"), _info("a2", "Y")], [a1, a2])
    assert len(groups) == 2


def test_close_numbers_agree() -> None:
    a1 = ArticleAnalysis("a1", claims=(_claim(0, "500 houses", "houses", 500),))
    a2 = ArticleAnalysis("a2", claims=(_claim(0, "about 520 houses", "houses", 520, kind="approx"),))
    (group,) = group_claims(INDEX, [_info("a1", "X"), _info("a2", "Y")], [a1, a2])
    assert group.status == "agree" and len(group.claims) == 2


def test_discrepancies_come_first() -> None:
    a1 = ArticleAnalysis("a1", claims=(_claim(0, "500 soldiers", "soldiers", 500), _claim(1, "3 ships", "ships", 3)))
    a2 = ArticleAnalysis(
        "a2", claims=(_claim(0, "520 troops", "troops", 520, kind="approx"), _claim(1, "9 ships", "ships", 9))
    )
    groups = group_claims(INDEX, [_info("a1", "X"), _info("a2", "Y")], [a1, a2])
    assert [g.status for g in groups] == ["differ", "agree"]
    assert groups[0].topic == "ships"


def test_claims_counting_nothing_stand_alone() -> None:
    a1 = ArticleAnalysis("a1", claims=(_claim(0, "$5 billion", "", 5e9, unit="USD"),))
    a2 = ArticleAnalysis("a2", claims=(_claim(0, "$9 billion", "", 9e9, unit="USD"),))
    groups = group_claims(INDEX, [_info("a1", "X"), _info("a2", "Y")], [a1, a2])
    assert [g.status for g in groups] == ["single", "single"]


def test_judge() -> None:
    exact = _claim(0, "11,000", "troops", 11000)
    at_most = _claim(0, "up to 8,000", "troops", kind="max", high=8000)
    order = _claim(0, "thousands", "troops", kind="order", low=1000, high=10000)
    at_least = _claim(0, "at least 9,000", "troops", kind="min", low=9000)
    assert judge([exact]) == "single"
    assert judge([exact, at_most]) == "differ"
    assert judge([at_most, order]) == "agree"
    assert judge([exact, at_least]) == "agree"
    assert judge([order, exact]) == "differ"  # "thousands" stops short of ten thousand
    share = _claim(0, "40%", "voters", 40, unit="%")
    assert judge([share, _claim(0, "2,000 voters", "voters", 2000)]) == "incomparable"
    january = _claim(0, "5,000", "refugees", 5000, time="2024-01")
    march = _claim(0, "9,000", "refugees", 9000, time="2024-03")
    assert judge([january, march]) == "incomparable"
    assert judge([january, _claim(0, "9,000", "refugees", 9000)]) == "differ"


def test_judge_big_groups_by_dates() -> None:
    january = [_claim(0, "5,000", "refugees", 5000, time="2024-01")] * 2000
    march = [_claim(0, "9,000", "refugees", 9000, time="2024-03")] * 2000
    assert judge([*january, *march]) == "incomparable"  # change over time, however many outlets repeat it
    march_clash = _claim(0, "2,000", "refugees", 2000, time="2024-03")
    assert judge([*january, *march, march_clash]) == "differ"  # two March figures clash
    assert judge([*january, _claim(0, "about 5,200", "refugees", 5200, kind="approx")]) == "agree"


def test_a_group_many_outlets_repeat_is_one_group() -> None:
    claim = _claim(0, "11,000", "North Korean troops", 11000)
    analyses = [ArticleAnalysis(f"a{i}", claims=(claim,)) for i in range(300)]
    groups = group_claims(INDEX, [_info(f"a{i}", f"Outlet {i}") for i in range(300)], analyses)
    assert len(groups) == 1 and len(groups[0].claims) == 300 and groups[0].status == "agree"


def test_about_a_figure_allows_a_tenth_either_side() -> None:
    # the gold's hedge convention, and how far "about" and "nearly" stretch in news: "nearly 240,000 letters" and
    # "nearly 310,000 letters" are two counts, "about 240,000" and "250,000" one
    nearly = _claim(0, "nearly 240,000 letters", "letters", 240_000, kind="approx")
    assert judge([nearly, _claim(0, "nearly 310,000 letters", "letters", 310_000, kind="approx")]) == "differ"
    assert judge([nearly, _claim(0, "250,000 letters", "letters", 250_000)]) == "agree"
