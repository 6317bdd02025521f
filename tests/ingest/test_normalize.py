"""Character normalisation keeps length and maps exotic marks one for one."""

from __future__ import annotations

from storyline.ingest.normalize import normalize


def test_exotic_quotes_become_curly_quotes_with_direction() -> None:
    assert normalize("«Oui» „Ja“ ‹a› ‚b‘ ‟c”") == "“Oui” “Ja“ ‘a’ ‘b‘ “c”"


def test_curly_and_straight_quotes_are_kept() -> None:
    text = '“He said ‘no’,” she said. "Fine" it\'s'
    assert normalize(text) == text


def test_spaces_and_controls_become_spaces() -> None:
    text = "a\u00a0b\u202fc\u2009d\re\u200bf\x07g\ufeffh\ti\x85j"
    assert normalize(text) == "a b c d e f g h i j"


def test_newlines_are_kept_and_separators_become_newlines() -> None:
    assert normalize("a\nb\u2028c\u2029d") == "a\nb\nc\nd"


def test_length_is_kept_for_every_character_class() -> None:
    text = "".join(chr(c) for c in range(0, 0x3100)) + "\U000e0001😀"
    assert len(normalize(text)) == len(text)
