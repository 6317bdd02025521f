"""Issue 17, ninth pass (after a blind block of MEANTIME business news): trade the dictionaries lack, talks held,
release on bail, currency letters and "ongoing events". Each sentence is written for the test and runs through the
whole pipeline as its own article, as `storyline eval --coded` does."""

from __future__ import annotations

import pytest

from storyline.eval.coded import CodedOutput
from tests.nlp.coded_helpers import code_all, one_of

SENTENCES = {
    # Orders a company wins or receives are trade; a count compared is a statistic; commands received are no trade.
    "received orders": "So far, Airbus has received twelve orders from three customers for its new regional jet.",
    "secured orders": "Airbus has secured two large orders for new aircraft.",
    "more orders": "Thus far, Airbus has received far more orders than Boeing this year.",
    "orders to withdraw": "The soldiers received orders to withdraw from the town.",
    # A stake sold, or goods delivered to a company with no seller named: trade between companies.
    "sold stake": "Siemens has sold its stake in Chrysler, keeping only a small holding.",
    "delivered to": "The first new jet was delivered today to Qatar Airways, a year behind schedule.",
    # "X is in talks" says talks are held, even when the other side is not named.
    "in talks": "Siemens is in talks to buy a minority stake in a Brazilian utility.",
    "in talks with": "Siemens is in talks with Chrysler about a joint venture.",
    # Bail fixes the sense of "released".
    "released on bail": "She was released on $5,000 bail on Monday.",
    "released product": "Nokia released the new phone on Monday.",
    # Currency letters before "$" name the currency, not the state.
    "US $": "The Central Bank offered to lend 60 billion rubles (US $2.6 billion) to Sberbank.",
    # "The ongoing events, including X" report X.
    "ongoing events": "Markets fell on the ongoing events in the financial world, including the bailout of the insurer "
    "by the US Federal Reserve.",
}


@pytest.fixture(scope="module")
def coded() -> dict[str, tuple[CodedOutput, ...]]:
    return code_all(SENTENCES)


@pytest.mark.parametrize("key", ["received orders", "secured orders"])
def test_orders_a_company_wins_are_trade(coded: dict[str, tuple[CodedOutput, ...]], key: str) -> None:
    event = one_of(coded, SENTENCES, key, "COOPERATE")
    assert (event.modality, event.source) == ("asserted", frozenset({"MNCFRA"}))


@pytest.mark.parametrize("key", ["more orders", "orders to withdraw"])
def test_a_comparison_or_a_command_is_no_trade(coded: dict[str, tuple[CodedOutput, ...]], key: str) -> None:
    assert not [e for e in coded[key] if e.type == "COOPERATE"]


def test_a_stake_sold_is_trade_with_the_company_it_is_in(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = one_of(coded, SENTENCES, "sold stake", "COOPERATE")
    assert (event.source, event.target) == (frozenset({"MNCDEU"}), frozenset({"MNCUSA"}))


def test_goods_delivered_to_a_company_are_trade(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = one_of(coded, SENTENCES, "delivered to", "COOPERATE")
    assert (event.source, event.target) == (frozenset(), frozenset({"MNCQAT"}))


@pytest.mark.parametrize("key", ["in talks", "in talks with"])
def test_being_in_talks_is_a_consultation(coded: dict[str, tuple[CodedOutput, ...]], key: str) -> None:
    event = one_of(coded, SENTENCES, key, "CONSULT")
    assert "MNCDEU" in event.source


def test_released_on_bail_is_a_release(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "released on bail", "RETREAT").modality == "asserted"
    assert not [e for e in coded["released product"] if e.type == "RETREAT"]


def test_currency_letters_are_not_the_state(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert not [e for e in coded["US $"] if "USA" in e.source | e.target]


def test_ongoing_events_are_no_supposition(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "ongoing events", "AID").modality == "asserted"


def test_a_claim_of_wrongdoing_accuses_whoever_the_clause_names() -> None:
    sentences = {
        "claims violated": "Siemens claims that Chrysler violated the licensing agreement between the two firms.",
        "owner answers": "Siemens argued that Chrysler's new engine plant was a breach of the licence.",
        "claims faster": "Siemens claims that its new turbine is faster than any rival's.",
    }
    coded = code_all(sentences)
    event = one_of(coded, sentences, "claims violated", "ACCUSE")
    assert (event.source, event.target) == (frozenset({"MNCDEU"}), frozenset({"MNCUSA"}))
    assert one_of(coded, sentences, "owner answers", "ACCUSE").target == frozenset({"MNCUSA"})
    assert not [e for e in coded["claims faster"] if e.type == "ACCUSE"]
