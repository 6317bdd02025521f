"""Whose a written source is (issue 19): the author a statement, letter or report names, and "the statement" after it;
on text written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.speaker_helpers import speaker_of


@pytest.fixture
def nlp(speakers_pipeline: Language) -> Language:
    return speakers_pipeline


def test_a_statement_from_a_body_is_that_body(nlp: Language) -> None:
    text = "A statement from the Halden Harbour Authority said the ferry would sail again on Friday.\n"
    assert speaker_of(nlp, text, "ferry would sail") == "Halden Harbour Authority"


def test_said_in_a_statement_gives_the_statement_its_author(nlp: Language) -> None:
    text = (
        "The Halden Harbour Authority said in a statement that the pier was safe.\n\n"
        "Divers from Marlow Retail inspected it on Tuesday.\n\n"
        "The ferry will sail again on Friday, the statement said.\n"
    )
    assert speaker_of(nlp, text, "ferry will sail") == "Halden Harbour Authority"


def test_the_statement_is_the_one_issued_before(nlp: Language) -> None:
    text = (
        "Kestrel Foods issued a statement on Monday about the recall.\n\n"
        "Shops run by Marlow Retail took the pies off their shelves on Tuesday.\n\n"
        "The recall covers four kinds of frozen pie, the statement said.\n"
    )
    assert speaker_of(nlp, text, "frozen pie") == "Kestrel Foods"


def test_the_statement_goes_back_to_the_last_one_whose_author_is_named(nlp: Language) -> None:
    text = (
        "The two patrol boats reached the trawler at dawn, according to a statement from the Norwegian government.\n\n"
        "The crew of the trawler was safe, the statement added.\n\n"
        "Fishermen from Hammerfest Seafood had raised the alarm on Saturday.\n\n"
        "Both boats would return to Tromso on Sunday, the Norwegian statement said.\n"
    )
    assert speaker_of(nlp, text, "crew of the trawler") == "Norwegian government"
    assert speaker_of(nlp, text, "Both boats") == "Norwegian government"


def test_a_statement_with_no_author_named_stays_unnamed(nlp: Language) -> None:
    text = "Heavy rain closed the coast road on Tuesday.\n\nA statement said the road would open again on Thursday.\n"
    assert speaker_of(nlp, text, "road would open") == "A statement"


def test_two_letters_are_no_one_body_s(nlp: Language) -> None:
    text = (
        "The Arlen Trust sent a letter to the minister on Monday, and the Marsh Society sent another.\n\n"
        "The two letters say the wetland plan should be dropped.\n"
    )
    assert speaker_of(nlp, text, "wetland plan") not in ("Arlen Trust", "Marsh Society")
