"""Commitment statements: offers and bids that state a contract's terms are that contract proposed between who makes
them and whom they are made to; a withdrawn or declined offer is withdrawn; an offer nobody makes is none."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from storyline.model import CommitmentStatement
from storyline.nlp.commitment_offers import maker_key, same_maker
from storyline.nlp.commitment_vocab import load_vocabulary
from storyline.nlp.extensions import register_extensions
from storyline.settings import Settings
from tests.nlp.test_commitments import _find


@pytest.fixture(scope="module")
def nlp() -> Language:
    register_extensions()
    return spacy.load(Settings().model)


def _parties(statement: CommitmentStatement) -> set[str]:
    return {r.text for r in statement.parties}


def test_a_priced_offer_is_a_contract_proposed_between_maker_and_player(nlp: Language) -> None:
    [statement] = _find(nlp, "The Portland Hawks have made Dale Brennick a six-year, $90 million offer.")
    assert statement.action == "offered" and statement.kind == "agreement"
    assert _parties(statement) == {"The Portland Hawks", "Dale Brennick"}
    vocab = load_vocabulary()
    assert vocab.states["offered"] == "proposed" and "offered" in vocab.party_actions


def test_an_instrument_offered_to_a_second_object_names_whom_it_is_offered_to(nlp: Language) -> None:
    [statement] = _find(nlp, "The Portland Hawks offered free agent Dale Brennick a six-year contract.")
    assert statement.action == "offered" and "Dale Brennick" in _parties(statement)
    [statement] = _find(nlp, "The Portland Hawks offered first baseman Dale Brennick an eight-year contract.")
    assert "Dale Brennick" in _parties(statement)


def test_a_withdrawn_or_declined_offer_is_withdrawn(nlp: Language) -> None:
    [statement] = _find(nlp, "On Sunday the Portland Hawks withdrew their contract offer to Dale Brennick.")
    assert statement.action == "withdrew"
    assert _parties(statement) == {"the Portland Hawks", "Dale Brennick"}
    [statement] = _find(nlp, "Dale Brennick declined an offer of salary arbitration from the Portland Hawks.")
    assert statement.action == "withdrew"
    # turned down, denied: refused
    [statement] = _find(nlp, "Prosecutors turned down an offer from Dale Brennick's lawyers to plead guilty.")
    assert statement.action == "withdrew" and statement.mention.text == "an offer"
    [statement] = _find(nlp, "Prosecutor Ann Vole denied a Brennick offer to plead guilty in exchange for a life term.")
    assert statement.action == "withdrew"


def test_offers_without_terms_or_sides_securities_and_attempts_are_none(nlp: Language) -> None:
    for text in (
        "The Portland Hawks made a huge offer.",  # no terms, no one it is made to
        "The Portland Hawks traded two players in a bid to win the title.",  # an attempt
        "General Motors made an exchange offer of $27 billion to bondholders.",  # securities to whoever takes them
    ):
        assert _find(nlp, text) == [], text


def test_an_offer_not_made_is_none(nlp: Language) -> None:
    for text in (
        "By then the Portland Hawks will have made the largest contract offer in their history.",
        "The Portland Hawks have not made another offer to Dale Brennick.",
    ):
        assert _find(nlp, text) == [], text


def test_a_definite_offer_refers_back_to_the_one_made(nlp: Language) -> None:
    text = "The Portland Hawks made Dale Brennick a five-year offer. Owner Carl Mott presented the offer to his agent."
    statements = _find(nlp, text)
    assert [s.mention.text for s in statements] == ["a five-year offer", "the offer"]
    assert len({s.group for s in statements}) == 1


def test_an_offer_another_team_holds_is_its_own(nlp: Language) -> None:
    text = "The Portland Hawks made Dale Brennick a five-year offer. The Denver Bears have the weakest offer."
    first, second = _find(nlp, text)
    assert first.group != second.group and _parties(second) == {"The Denver Bears"}


def test_offers_by_several_makers_are_one_offer_each(nlp: Language) -> None:
    text = "The Portland Hawks, the Denver Bears and the Austin Owls have made offers to Dale Brennick."
    statements = _find(nlp, text)
    assert len({s.group for s in statements}) == 3
    assert [_parties(s) for s in statements] == [
        {"The Portland Hawks", "Dale Brennick"},
        {"the Denver Bears", "Dale Brennick"},
        {"the Austin Owls", "Dale Brennick"},
    ]


def test_a_sum_offered_to_a_named_party_or_bid_is_an_offer(nlp: Language) -> None:
    [statement] = _find(nlp, "The Portland Hawks offered Dale Brennick $40 million.")
    assert statement.action == "offered"
    assert _parties(statement) == {"The Portland Hawks", "Dale Brennick"}
    [statement] = _find(nlp, "The Portland Hawks bid $40 million over four years.")
    assert statement.action == "offered" and _parties(statement) == {"The Portland Hawks"}
    # a sum offered to no one may be a reward
    assert _find(nlp, "Police offered $10,000 for information about the robbery.") == []


def test_the_same_deal_as_another_is_another_deal(nlp: Language) -> None:
    text = "The Denver Bears offered Dale Brennick a four-year deal. The Portland Hawks offered him the same deal."
    statements = _find(nlp, text)
    assert len({s.group for s in statements}) == 2


def test_a_bid_without_terms_is_an_attempt(nlp: Language) -> None:
    assert _find(nlp, "He worked on Senator Ross Vale's failed 1988 presidential bid.") == []
    assert _find(nlp, "The Portland Hawks' bid for the title ended in May.") == []


def test_makers_are_the_same_when_one_name_ends_in_a_word_of_the_other() -> None:
    assert same_maker(maker_key("Ford"), maker_key("Ford Motor Company"))
    assert same_maker(maker_key("the Boston Red Sox'"), maker_key("Boston"))
    assert not same_maker(maker_key("Los Angeles Angels"), maker_key("Los Angeles Dodgers"))
