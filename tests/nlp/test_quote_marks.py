"""Quote marks: curly, straight, mixed, unbalanced, across paragraphs, single."""

from __future__ import annotations

import random

from storyline.nlp.quote_marks import find_quote_spans


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quote_spans(text)]


def test_curly_and_straight_pairs() -> None:
    text = '“The harbour is closed,” said the mayor. He added: "We will reopen it soon."'
    assert _texts(text) == ["The harbour is closed,", "We will reopen it soon."]


def test_mismatched_marks_pair_by_position() -> None:
    text = '“Prices will fall next spring," the minister said. “Not before."'
    assert _texts(text) == ["Prices will fall next spring,", "Not before."]


def test_multi_paragraph_quote_continues() -> None:
    text = "“The first part runs on without a closing mark.\n\n“And the second part ends it,” she said.\n"
    spans = find_quote_spans(text)
    assert [text[s.start : s.end] for s in spans] == [
        "The first part runs on without a closing mark.",
        "And the second part ends it,",
    ]
    assert spans[0].close_mark is None and not spans[0].continues
    assert spans[1].continues


def test_odd_marks_never_crash_and_stay_in_paragraph() -> None:
    text = "He wrote “one, “two” and three.\n\nA stray ” mark here and an opening “ at the end\nNext line."
    spans = find_quote_spans(text)
    assert _texts(text)[0] == "two"
    for span in spans:
        assert "\n" not in text[span.start : span.end]


def test_unclosed_short_quote_is_dropped() -> None:
    assert _texts('He is 5\'11" tall and "fit.') == []


def test_single_marks_but_not_apostrophes() -> None:
    text = "The farmers’ union called it ‘a betrayal of the countryside’ and the mayor’s office agreed."
    assert _texts(text) == ["a betrayal of the countryside"]


def test_random_marks_never_raise() -> None:
    rng = random.Random(7)
    alphabet = "ab “”\"‘’'«»\n.,"
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        for span in find_quote_spans(text):
            assert 0 <= span.start <= span.end <= len(text)


def test_quote_over_a_hard_line_break_is_one_span() -> None:
    text = '"Shops are empty.\nPeople stay home," said the owner.\n'
    assert _texts(text) == ["Shops are empty.\nPeople stay home,"]


def test_a_quote_over_paragraphs_closes_at_the_odd_mark_typed_with_a_space() -> None:
    # the closing mark of the quote is typed after a space, and the paragraph also quotes a title
    text = (
        '"Ten years ago, the tram came to town.\n\n'
        "It ran every hour.\n\n"
        'Now it is time to say goodbye, "the council says on "The Last Tram".\n'
    )
    assert _texts(text)[0] == (
        "Ten years ago, the tram came to town.\n\nIt ran every hour.\n\nNow it is time to say goodbye, "
    )
    assert "The Last Tram" in _texts(text)


def test_two_apostrophes_typed_for_a_double_mark() -> None:
    text = "The memo read: ''We will cut the fares by half,'' the mayor said. Mr O''Neill isn't sure."
    assert _texts(text) == ["We will cut the fares by half,"]


def test_a_continued_quote_over_one_sentence_paragraphs_keeps_continuing() -> None:
    # the third paragraph opens the quote again and runs on, unmarked, into the fourth where it closes: it still
    # carries on the quote left open in the first two
    text = (
        "“The first part is open.\n\nIt runs on here.\n\n"
        "“The second part opens again.\n\nAnd closes here, ” she went on.\n"
    )
    spans = find_quote_spans(text)
    assert len(spans) == 2
    assert not spans[0].continues and spans[0].close_mark is None
    assert spans[1].continues and text[spans[1].start : spans[1].end].strip().endswith("closes here,")


def test_a_stray_mark_left_open_is_no_quote_the_next_paragraph_carries_on() -> None:
    # the title's marks are typed with odd spaces, so its closing mark reads as an opening one left open at the
    # paragraph's end; the quote that opens the next paragraph is a new one, not its continuation
    text = (
        '"It was a fine piece of work," Ridley wrote in" The Quiet Years "(2009).\n\n'
        '"The report gave him cover for months.\n\nNobody suspected a thing. "\n'
    )
    spans = find_quote_spans(text)
    second = [s for s in spans if text[s.start : s.end].startswith("The report")]
    assert len(second) == 1 and not second[0].continues
