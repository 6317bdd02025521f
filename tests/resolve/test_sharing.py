"""Kept records share their strings across the articles that repeat them."""

from __future__ import annotations

from storyline.model import Quote, Ref, Speaker
from storyline.resolve.sharing import compact
from storyline.store.codec import decode, encode


def test_equal_strings_of_separately_decoded_records_become_one() -> None:
    quote = Quote(3, 40, 0, "We will never give up our weapons", "direct", Speaker(Ref(50, 53, "Kim"), "Kim Jong Un"))
    one, two = decode(encode(quote), Quote), decode(encode(quote), Quote)
    assert one.text is not two.text  # each decode makes its own copy
    a, b = compact(one), compact(two)
    assert a == quote and b == quote
    assert a.text is b.text and a.speaker is not None and b.speaker is not None
    assert a.speaker.name is b.speaker.name and a.speaker.mention.text is b.speaker.mention.text
