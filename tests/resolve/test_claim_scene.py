"""Issue 20: a pile holding two happenings of one kind (two office shootings, riots in two countries) never compares
the counts of articles whose leads place their happenings in different countries; built by hand."""

from __future__ import annotations

from datetime import date

from storyline.model import ArticleAnalysis, ArticleInfo, Claim, Mention, MentionLinks
from storyline.resolve.actors import ActorIndex
from storyline.resolve.claim_scene import confirmed, lead_countries, same_scene
from storyline.resolve.claims import group_claims

INDEX = ActorIndex(actors=(), links=MentionLinks.of(()))


def _place(sent: int, name: str) -> Mention:
    return Mention(sent * 100, sent * 100 + len(name), sent, name, "GPE", name)


def _shot(sent: int, text: str, value: float) -> Claim:
    start = sent * 100 + 20
    return Claim(start, start + len(text), sent, text, value, counted="people", predicate="shoot")


def _article(article_id: str, place: str | None, claim: Claim) -> ArticleAnalysis:
    mentions = (_place(0, place),) if place else ()
    return ArticleAnalysis(article_id, mentions=mentions, claims=(claim,))


def _groups(*analyses: ArticleAnalysis) -> list[tuple[str, list[str]]]:
    infos = [
        ArticleInfo(a.article_id, f"{a.article_id}.txt", None, a.article_id.upper(), None, date(2024, 5, 1), (), 90)
        for a in analyses
    ]
    return sorted((g.status, sorted(r.claim.text for r in g.claims)) for g in group_claims(INDEX, infos, analyses))


def test_a_lead_is_placed_by_its_cities_and_states() -> None:
    assert lead_countries([_place(0, "Vancouver")]) == {"CAN"}
    assert lead_countries([_place(1, "Athens"), _place(2, "Greece")]) == {"GRC"}
    # past the lead, a place is background ("the worst since the Chicago fire"); a name no gazetteer knows is none
    assert lead_countries([_place(5, "Chicago"), _place(0, "Glenwick Flats")]) == frozenset()
    # a dateline's city beside the happening's country: one scene shares a country with a lead naming Iran alone
    dubai = lead_countries([_place(0, "Dubai"), _place(1, "Iran")])
    assert same_scene(dubai, lead_countries([_place(1, "Iran")]))
    assert not same_scene(frozenset({"CAN"}), frozenset({"USA"})) and same_scene(frozenset(), frozenset({"USA"}))


def test_a_country_one_lead_alone_names_places_nothing() -> None:
    # "Florence, Colo." read as Italy's Florence in one lead is no second happening
    scenes = {"a": frozenset({"USA"}), "b": frozenset({"USA"}), "c": frozenset({"ITA"})}
    assert confirmed(scenes) == {"a": {"USA"}, "b": {"USA"}, "c": frozenset()}


def test_counts_of_happenings_placed_in_two_countries_are_not_compared() -> None:
    a = _article("a", "Vancouver", _shot(2, "one person", 1))
    b = _article("b", "Vancouver", _shot(3, "one person", 1))
    c = _article("c", "Detroit", _shot(2, "three people", 3))
    d = _article("d", "Detroit", _shot(3, "three people", 3))
    assert _groups(a, b, c, d) == [("agree", ["one person", "one person"]), ("agree", ["three people", "three people"])]


def test_counts_of_one_country_still_disagree() -> None:
    a = _article("a", "Detroit", _shot(2, "two people", 2))
    b = _article("b", "Detroit", _shot(3, "three people", 3))
    assert _groups(a, b) == [("differ", ["three people", "two people"])]


def test_a_count_whose_article_names_no_place_joins_neither_of_two_scenes() -> None:
    a = _article("a", "Vancouver", _shot(2, "one person", 1))
    b = _article("b", "Canada", _shot(3, "one person", 1))
    c = _article("c", "Detroit", _shot(2, "three people", 3))
    d = _article("d", "Detroit", _shot(2, "three people", 3))
    e = _article("e", None, _shot(2, "four people", 4))
    assert _groups(a, b, c, d, e) == [
        ("agree", ["one person", "one person"]),
        ("agree", ["three people", "three people"]),
        ("single", ["four people"]),
    ]
