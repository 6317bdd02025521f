"""The packed mention links: the records they hold, in order, and a round trip through the codec."""

from __future__ import annotations

from storyline.model import MentionLink, MentionLinks
from storyline.store.codec import decode, encode

LINKS = [
    MentionLink("b", 40, 45, "state:PRK"),
    MentionLink("a", 30, 34, "person:kim"),
    MentionLink("a", 2, 8, "state:RUS"),
    MentionLink("a", 30, 34, "state:PRK"),  # the same span twice: kept, after the first
]


def test_links_come_back_in_article_then_text_order() -> None:
    packed = MentionLinks.of(LINKS)
    assert len(packed) == 4
    assert list(packed) == [LINKS[2], LINKS[1], LINKS[3], LINKS[0]]
    assert packed.in_article("a") == [(2, 8, "state:RUS"), (30, 34, "person:kim"), (30, 34, "state:PRK")]
    assert packed.in_article("b") == [(40, 45, "state:PRK")]
    assert packed.in_article("c") == [] and packed.in_article("") == []


def test_packing_numbers_ids_in_sorted_order_whatever_the_given_order() -> None:
    # Indices into the given lists, in any order: the packed form is the same as from records.
    flat = [1, 40, 45, 0, 0, 30, 34, 1, 0, 2, 8, 2, 0, 30, 34, 0]
    packed = MentionLinks.pack(["a", "b"], ["state:PRK", "person:kim", "state:RUS"], flat)
    assert packed == MentionLinks.of(LINKS)
    assert packed.actors == ("person:kim", "state:PRK", "state:RUS")


def test_empty_links() -> None:
    assert list(MentionLinks()) == [] and len(MentionLinks()) == 0 and MentionLinks.of([]) == MentionLinks()


def test_links_survive_the_codec() -> None:
    packed = MentionLinks.of(LINKS)
    assert decode(encode(packed), MentionLinks) == packed
