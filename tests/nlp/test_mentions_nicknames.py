"""Nicknamed people: a name written with a nickname in marks is one person, named without the nickname."""

from __future__ import annotations

import pytest
from spacy.language import Language

from storyline.model import Article, Mention
from storyline.nlp.pipeline import load_nlp
from storyline.settings import DEFAULT_MODEL


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp(DEFAULT_MODEL)


def people(nlp: Language, text: str) -> list[Mention]:
    article = Article(id="t", source="t", text=text, body=text, outlet=None, byline=())
    doc = nlp.make_doc(text)
    doc._.article = article
    return [m for m in nlp(doc)._.mentions if m.label == "PERSON"]


def test_a_nickname_in_marks_is_part_of_one_persons_name(nlp: Language) -> None:
    found = people(nlp, 'Harold "The Owl" Benetti, the retired gang boss, died on Sunday. Benetti was 81.')
    assert found[0].text == 'Harold "The Owl" Benetti' and found[0].name == "Harold Benetti"
    assert found[-1].text == "Benetti" and found[-1].antecedent == "Harold Benetti"


def test_the_nicknamed_man_keeps_his_surname_over_a_brother_named_later(nlp: Language) -> None:
    text = (
        "Walter 'Big Walt' Renzo was sentenced on Friday. Renzo said nothing in court.\n\n"
        "His brother, Thomas Renzo, sat in the front row."
    )
    found = people(nlp, text)
    lone = [m for m in found if m.text == "Renzo"]
    assert lone and all(m.antecedent == "Walter Renzo" for m in lone)


def test_marks_around_a_phrase_after_a_name_are_no_nickname(nlp: Language) -> None:
    found = people(nlp, "Gary Miles 'will not direct' the sequel, the studio said.")
    assert all("'" not in m.name for m in found)
    assert not any(m.name == "Gary Miles Sequel" for m in found)


def test_the_taggers_name_with_a_nickname_is_read_without_it() -> None:
    from storyline.nlp.mentions_nicknames import without_nickname

    assert without_nickname('Harold "The Owl" Benetti') == "Harold Benetti"
    assert without_nickname("Walter 'Big Walt' Renzo") == "Walter Renzo"
    assert without_nickname("Harold Benetti") == "Harold Benetti"
