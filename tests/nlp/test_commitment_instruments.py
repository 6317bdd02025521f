"""Commitment statements: settlements, partnerships and purchase orders as instruments, the two parties an article
is about, and the acts that conclude, hold, end or replace an instrument."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from storyline.nlp.extensions import register_extensions
from storyline.settings import Settings
from tests.nlp.test_commitments import _find


@pytest.fixture(scope="module")
def nlp() -> Language:
    register_extensions()
    return spacy.load(Settings().model)


def test_the_two_companies_are_the_two_the_article_names_most(nlp: Language) -> None:
    text = (
        "Darrow Records sued Quillon Systems in London. Darrow Records says Quillon Systems broke its word. "
        "Halbrook Bank was not involved. Darrow Records cited the 1998 settlement reached between the two companies."
    )
    [statement] = _find(nlp, text)
    assert statement.name == "settlement" and statement.action == "signed"
    assert {r.text for r in statement.parties} == {"Darrow Records", "Quillon Systems"}


def test_the_two_companies_name_no_one_when_a_third_is_named_as_often(nlp: Language) -> None:
    text = (
        "Darrow Records met Quillon Systems and Halbrook Bank. Darrow Records, Quillon Systems and Halbrook Bank "
        "talked. Observers recalled the 1998 settlement reached between the two companies."
    )
    assert _find(nlp, text) == []
    # named once, Halbrook Bank is no party the article is about
    text = "Darrow Records met Halbrook Bank. Darrow Records recalled the 1998 settlement between the two companies."
    assert _find(nlp, text) == []


def test_a_partnership_ended_and_an_agreement_replaced_are_withdrawn(nlp: Language) -> None:
    text = "Quillon Systems will switch suppliers, ending its ten-year partnership with Darrow Chips and Pell Motors."
    assert [s.action for s in _find(nlp, text)] == ["withdrew"]
    text = (
        "Darrow Records and Quillon Systems met in May. Darrow Records praised Quillon Systems. "
        "A new accord replaces the 1998 agreement between the two companies."
    )
    old = next(s for s in _find(nlp, text) if s.mention.text == "the 1998 agreement")
    assert old.action == "withdrew"


def test_entering_into_a_deal_and_a_deal_going_through_conclude_it(nlp: Language) -> None:
    [statement] = _find(nlp, "Last week Halbrook Bank entered into a $20 million lending agreement.")
    assert statement.action == "signed" and [r.text for r in statement.by] == ["Halbrook Bank"]
    [statement] = _find(nlp, "Despite the strike, the merger deal with Pell Motors went through on Tuesday.")
    assert statement.action == "signed" and statement.by == ()  # the deal is the subject, not a party
    assert [r.text for r in statement.parties] == ["Pell Motors"]


def test_a_breach_only_argued_moves_no_state(nlp: Language) -> None:
    text = "Darrow Records argued that the store was a breach of the settlement it had reached with Quillon Systems."
    assert all(statement.action != "violated" for statement in _find(nlp, text))


def test_an_order_is_an_agreement_when_it_counts_what_is_bought_or_is_won(nlp: Language) -> None:
    text = "Darrow Air has a standing order for 12 of Pell Aviation's new turboprops."
    [statement] = _find(nlp, text)
    assert statement.name == "order" and statement.action == "held"  # held: in force
    text = "Pell Aviation announced 14 new orders from Darrow Air. These orders are worth $900 million."
    statements = _find(nlp, text)
    assert {s.group for s in statements} == {0} and statements[0].action == "signed"
    assert "Darrow Air" in {r.text for r in statements[0].parties}
    text = "Pell Aviation has won an order from Darrow Air. The order is its largest this year."
    assert {s.group for s in _find(nlp, text)} == {0}


def test_an_order_that_is_a_command_or_a_purpose_is_no_agreement(nlp: Language) -> None:
    assert _find(nlp, "Trading stopped after an order of the Vestan finance ministry.") == []
    assert _find(nlp, "Pell Aviation cut 500 jobs in order to save $40 million.") == []
    assert _find(nlp, "He violated two restraining orders issued by a Vestan court.") == []


def test_holding_an_instrument_is_in_force_unless_denied_or_hypothetical(nlp: Language) -> None:
    [statement] = _find(nlp, "Darrow Air has a ten-year contract with Pell Aviation for engine repairs.")
    assert statement.action == "held"
    assert all(s.action != "held" for s in _find(nlp, "Darrow Air does not have a contract with Pell Aviation."))
    assert all(s.action != "held" for s in _find(nlp, "Darrow Air has no contract with Pell Aviation."))
    assert all(s.action != "held" for s in _find(nlp, "Darrow Air could have a contract with Pell Aviation."))


def test_an_act_a_modal_leaves_pending_has_not_happened(nlp: Language) -> None:
    statements = _find(nlp, "Darrow Air said the contract with Pell Aviation may be signed next week.")
    assert [s.action for s in statements] == ["negotiated"]  # a proposal: negotiated, not signed
    assert [s.action for s in _find(nlp, "Darrow Air will sign a deal with Pell Aviation.")] == ["negotiated"]
    assert all(s.action != "withdrew" for s in _find(nlp, "Vesta will withdraw from its treaty with Norland."))
    # an offer is a proposal whenever it is made
    assert [s.action for s in _find(nlp, "Darrow Air will offer a new contract to Pell Aviation.")] == ["offered"]


def test_a_contract_that_expires_later_is_in_force(nlp: Language) -> None:
    from storyline.nlp.commitment_vocab import load_vocabulary

    text = "Its future is uncertain as Kestrel Aviation's contract to build the engines expires in 2031."
    [statement] = _find(nlp, text)
    assert statement.action == "expires" and statement.by == ()
    assert load_vocabulary().states["expires"] == "in force"
    assert [s.action for s in _find(nlp, "Kestrel Aviation's contract with Nordwind Air will expire in 2031.")] == [
        "expires"
    ]
    # one that expired, or does not expire, is read no state from the verb
    for text in (
        "Kestrel Aviation's contract with Nordwind Air expired in 2021.",
        "Kestrel Aviation's contract with Nordwind Air does not expire.",
    ):
        assert [s.action for s in _find(nlp, text)] == [None]


def test_a_deal_the_parties_failed_to_reach_is_off_and_binds_who_tried(nlp: Language) -> None:
    from storyline.nlp.commitment_vocab import load_vocabulary

    assert load_vocabulary().states["failed"] == "withdrawn"
    [statement] = _find(nlp, "Universal Pictures and Steven Spielberg failed to reach a deal on the new film.")
    assert statement.action == "failed"
    assert [r.text for r in statement.by] == ["Universal Pictures", "Steven Spielberg"]
    [unable] = _find(nlp, "Director Steven Spielberg was unable to reach a deal to direct the sequel.")
    assert unable.action == "failed" and [r.text for r in unable.by] == ["Director Steven Spielberg"]
    text = "Spielberg was in talks with Universal, but was not able to come to an agreement over his fee."
    [copula] = _find(nlp, text)
    assert copula.action == "failed" and [r.text for r in copula.by] == ["Spielberg"]
    # reaching one is signing it; being able to is no failure
    assert [s.action for s in _find(nlp, "Universal Pictures and Steven Spielberg reached a deal.")] == ["signed"]
    assert [s.action for s in _find(nlp, "Spielberg was able to reach a deal with Universal.")] != ["failed"]


def test_a_persons_contract_is_in_force_and_an_expired_deal_is_over(nlp: Language) -> None:
    [held] = _find(nlp, "The club also pays for Tom Brady's contract and two new coaches.")
    assert held.action == "held" and [r.text for r in held.by] == ["Tom Brady"]
    [ended] = _find(nlp, "The exceptions are Peyton Manning's expired deal and a few others.")
    assert ended.action == "withdrew" and [r.text for r in ended.parties] == ["Peyton Manning's"]
    # a state's or a company's deal says nothing of its state; "no contract" is none
    assert [s.action for s in _find(nlp, "Analysts doubt Iran's nuclear deal with France.")] != ["held"]
    assert all(s.action != "held" for s in _find(nlp, "Tom Brady has no contract with Denver."))


def test_a_contract_that_runs_through_a_year_is_in_force(nlp: Language) -> None:
    [statement] = _find(nlp, "Tom Brady's contract runs through 2031, the club said.")
    assert statement.action == "expires"


def test_a_deal_with_no_sides_of_its_own_is_negotiated_between_who_its_sentence_says_negotiate(nlp: Language) -> None:
    text = "Sony executives are in negotiations with Universal Pictures to arrange the deal."
    [named, negotiated] = _find(nlp, text)
    assert {r.text for r in named.parties} == {"Sony executives", "Universal Pictures"}
    assert negotiated.action == "negotiated"
    assert {r.text for r in negotiated.by} == {"Sony executives", "Universal Pictures"}
    # a deal its own phrase gives sides keeps them; negotiations denied, or none, add nothing
    assert all(s.action != "negotiated" for s in _find(nlp, "Sony signed a deal with Universal Pictures."))
    assert _find(nlp, "Sony is not in negotiations with Universal Pictures, and a deal is far off.") == []


def test_a_negation_the_text_splits_is_still_one(nlp: Language) -> None:
    held = _find(nlp, "Tom Brady doesn ’ t have a contract with Denver.")
    assert all(s.action != "held" for s in held)


def test_a_deal_that_remains_unsigned_is_not_in_force(nlp: Language) -> None:
    text = "According to Universal Pictures, the deal with Tom Hanks remains unsigned."
    assert all(s.action != "remained" for s in _find(nlp, text))
    assert [s.action for s in _find(nlp, "The deal with Tom Hanks remains in place.")] == ["remained"]


def test_no_deal_signed_or_reached_moves_no_state(nlp: Language) -> None:
    for text in (
        "Sony said no deal with Universal Pictures has been signed yet.",
        "No deal with Universal Pictures was reached, Sony said.",
        "Sony has signed no contract with Universal Pictures.",
    ):
        assert all(s.action is None for s in _find(nlp, text)), text


def test_a_deal_one_hopes_or_wants_to_conclude_is_sought_not_signed(nlp: Language) -> None:
    [hoped] = _find(nlp, "Sony hopes to reach an agreement with Universal Pictures.")
    assert hoped.action == "sought" and [r.text for r in hoped.by] == ["Sony"]
    [wanted] = _find(nlp, "Sony wants to sign a deal with Universal Pictures.")
    assert wanted.action == "sought"
    # a deal signed is no wish
    assert all(s.action != "sought" for s in _find(nlp, "Sony signed a deal with Universal Pictures."))
