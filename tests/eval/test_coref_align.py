"""Aligning gold mentions to storyline's links, and the scores of one aligned group."""

from __future__ import annotations

from storyline.eval.coref import Aligned, align, head_word, score_alignment
from storyline.eval.corpus import GoldMention, looks_like_name

TEXT = "Professor Ann Vale, director of the Tide Trust, said the head of Tide Trust would resign."


def mention(text: str, entity: str, nth: int = 0) -> GoldMention:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(text, start + 1)
    return GoldMention(start, start + len(text), entity, text, looks_like_name(text.split()))


def span(text: str) -> tuple[int, int]:
    start = TEXT.index(text)
    return start, start + len(text)


def test_head_word_stops_at_the_first_post_modifier() -> None:
    m = mention("Professor Ann Vale, director of the Tide Trust", "vale")
    assert TEXT[slice(*head_word(TEXT, m.start, m.end))] == "Vale"
    m = mention("the head of Tide Trust", "head")
    assert TEXT[slice(*head_word(TEXT, m.start, m.end))] == "head"


def test_exact_then_head_then_none() -> None:
    links = [(*span("Ann Vale"), "person:ann-vale"), (*span("Tide Trust"), "org:tide-trust")]
    assert align(TEXT, mention("Ann Vale", "vale"), links) == ("person:ann-vale", "exact")
    assert align(TEXT, mention("Professor Ann Vale", "vale"), links) == ("person:ann-vale", "head")
    # The organisation inside a description of a person is not that person.
    assert align(TEXT, mention("the head of Tide Trust", "head"), links) == (None, "none")


def test_a_longer_link_aligns_only_by_a_possessive_or_the() -> None:
    text = "Vale's Corps of Engineers met."
    links = [(0, 6, "person:vale"), (7, 25, "org:corps")]
    assert align(text, GoldMention(0, 4, "vale", "Vale", True), links) == ("person:vale", "head")
    assert align(text, GoldMention(16, 25, "eng", "Engineers", True), links) == (None, "none")


def test_a_coordination_gets_no_head() -> None:
    text = "Tide Trust and Vale Corp, and the head of Tide Trust and Vale Corp."
    links = [(0, 10, "org:tide"), (15, 24, "org:vale")]
    group = GoldMention(0, 24, "both", text[0:24], False)
    assert align(text, group, links) == (None, "none")
    head = GoldMention(30, 67, "head", text[30:67], False)  # "and" after "of" is inside the post-modifier
    assert align(text, head, links) == (None, "none")
    assert align(text, GoldMention(15, 24, "vale", "Vale Corp", True), links) == ("org:vale", "exact")


def test_scores_count_wrong_merges_and_unlinked_singletons() -> None:
    gold = [mention("Ann Vale", "vale"), mention("Tide Trust", "trust"), mention("Tide Trust", "trust", 1)]
    aligned = [
        Aligned("a", gold[0], "x", "exact"),
        Aligned("a", gold[1], "x", "exact"),  # a person and an organisation in one actor: a wrong merge
        Aligned("a", gold[2], None, "none"),
    ]
    s = score_alignment(aligned)
    assert (s.gold_pairs, s.system_pairs, s.right_pairs, s.wrong_merges, s.wrong_entity_pairs) == (1, 1, 0, 1, 1)
    assert s.link_recall == 0.0 and s.mentions == 3 and s.exact == 2


def test_names_are_told_from_descriptions_and_pronouns() -> None:
    assert looks_like_name(["Bank", "of", "America"]) and looks_like_name(["the", "Tide", "Trust"])
    assert not looks_like_name(["The", "company"]) and not looks_like_name(["He"])
