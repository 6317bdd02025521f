"""Pledges and threats on sentences written for these tests (issue 20): a unilateral promise with a start date is
a commitment of one party; a promise of harm is a threat, never a commitment."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from storyline.nlp.commitments import hostile_lemmas
from storyline.nlp.extensions import register_extensions
from storyline.settings import Settings
from tests.nlp.test_commitments import _find


@pytest.fixture(scope="module")
def nlp() -> Language:
    register_extensions()
    return spacy.load(Settings().model)


def test_a_threat_is_never_a_commitment(nlp: Language) -> None:
    assert _find(nlp, "Pyongyang vowed to retaliate against the United States and Guam.") == []
    assert _find(nlp, "Iran promised to strike Israel if the talks failed.") == []


def test_a_unilateral_pledge_with_a_start_date_binds_its_one_party(nlp: Language) -> None:
    text = "North Korea pledged to stop nuclear and missile tests from April 21 and to close its test site."
    [statement] = _find(nlp, text, {"April 21": "2018-04-21"})
    assert statement.kind == "pledge" and statement.action == "pledged"
    assert [r.text for r in statement.parties] == ["North Korea"]
    assert any("stop nuclear and missile tests" in term for term in statement.terms)


def test_a_promise_to_oneself_without_a_start_date_is_still_not_a_commitment(nlp: Language) -> None:
    assert _find(nlp, "North Korea promised to modernise its economy.") == []


def test_harm_comes_from_the_event_vocabulary() -> None:
    hostile = hostile_lemmas()
    assert {"attack", "retaliate", "threaten"} <= hostile
    assert not {"defend", "stop", "sign", "help"} & hostile


def test_a_pledge_records_the_date_it_starts_from(nlp: Language) -> None:
    text = "North Korea pledged to halt all missile launches starting Saturday, its foreign ministry said."
    [statement] = _find(nlp, text, {"Saturday": "2018-04-21"})
    assert statement.starts == "2018-04-21"
    [other] = _find(nlp, "France promised to help Mali rebuild the port of Gao.")
    assert other.starts is None


def test_agreeing_to_do_something_for_another_party_is_a_pledge(nlp: Language) -> None:
    [statement] = _find(nlp, "Cerberus agreed to take on the pension costs of Chrysler workers.")
    assert statement.kind == "pledge" and statement.action == "agreed"


def test_an_agreement_asked_for_alleged_or_hypothetical_is_no_pledge(nlp: Language) -> None:
    assert _find(nlp, "Senators insisted that the union agree to wage cuts at Chrysler.") == []
    assert _find(nlp, "France would agree to help Mali if the talks went well.") == []


def test_an_alleged_violation_moves_no_state(nlp: Language) -> None:
    text = "Apple Corps claims that Apple Computer violated the agreement reached with Apple Corps in 1991."
    assert all(statement.action != "violated" for statement in _find(nlp, text))


def test_a_cancelled_contract_is_withdrawn(nlp: Language) -> None:
    statements = _find(nlp, "General Motors said it was cancelling a contract with Magna to sell Opel.")
    assert [s.action for s in statements] == ["withdrew"]


def test_a_pledge_without_a_pledge_verb_binds_its_one_party(nlp: Language) -> None:
    text = "Vlastonia will stop its missile tests from April 21 and close its northern test site."
    [statement] = _find(nlp, text, {"April 21": "2018-04-21"})
    assert (statement.kind, statement.action, statement.starts) == ("pledge", "pledged", "2018-04-21")
    assert [r.text for r in statement.parties] == ["Vlastonia"]
    assert any("close its northern test site" in term for term in statement.terms)


def test_a_reported_pledge_without_a_pledge_verb_is_its_speakers(nlp: Language) -> None:
    text = "Vlastonia said it would halt all missile launches starting Saturday."
    [statement] = _find(nlp, text, {"Saturday": "2018-04-21"})
    assert [r.text for r in statement.parties] == ["Vlastonia"]


@pytest.mark.parametrize(
    "text",
    [
        "Vlastonia will modernise its economy.",  # no start date: a plan
        "Vlastonia will not stop its missile tests from April 21.",  # negated
        "Vlastonia will attack the border posts from April 21.",  # harm: a threat
        "Two more plants will close from April 21.",  # no named party
    ],
)
def test_a_future_act_is_no_pledge_without_a_party_a_start_date_or_with_harm(nlp: Language, text: str) -> None:
    assert _find(nlp, text, {"April 21": "2018-04-21"} if "April 21" in text else None) == []


def test_officials_from_a_named_actor_pledge_for_it(nlp: Language) -> None:
    [statement] = _find(nlp, "Officials from Brazil agreed to help Paraguay rebuild the dam at Itaipu.")
    assert statement.kind == "pledge" and [r.text for r in statement.by] == ["Brazil"]
    assert {r.text for r in statement.parties} >= {"Brazil", "Paraguay"}


def test_agreeing_to_buy_or_lease_binds_a_party_to_an_unnamed_seller(nlp: Language) -> None:
    [statement] = _find(nlp, "Qantas had initially agreed to lease 12 tankers.")
    assert statement.kind == "pledge" and statement.action == "agreed"
    assert [r.text for r in statement.parties] == ["Qantas"]
    # not an exchange: a promise to oneself; hypothetical: no promise made
    assert _find(nlp, "Qantas agreed to stay out of the freight business.") == []
    assert _find(nlp, "Qantas would agree to buy 12 tankers if the price fell.") == []


def test_an_agreement_that_would_remain_is_in_force(nlp: Language) -> None:
    text = "The union said the wage agreement with Renault would remain."
    statements = _find(nlp, text)
    assert [s.action for s in statements] == ["remained"] and statements[0].by == ()
    negated = _find(nlp, "The union said the wage agreement with Renault would not remain.")
    assert all(s.action != "remained" for s in negated)


def test_remaining_puts_a_commitment_in_force() -> None:
    from storyline.nlp.commitment_vocab import load_vocabulary

    assert load_vocabulary().states["remained"] == "in force"


def test_agreeing_with_an_argument_is_concurring_not_a_pledge(nlp: Language) -> None:
    assert _find(nlp, "Judge Mann agreed with Sony's argument that the logo did not mislead Toshiba buyers.") == []


def test_a_pledge_someone_is_got_or_tried_to_make_is_not_made(nlp: Language) -> None:
    assert _find(nlp, "Prosecutors tried to get Smith to agree to testify against Jones.") == []


def test_a_relative_clauses_date_is_not_the_start_of_a_declared_act(nlp: Language) -> None:
    text = "Maria Lopez will replace Admiral Reyes, who has served as acting chief since October 2007."
    assert _find(nlp, text, {"October 2007": "2007-10"}) == []


def test_parties_that_agree_with_each_other_make_an_agreement_between_them(nlp: Language) -> None:
    [statement] = _find(nlp, "Darrow Records and Quillon Systems agreed to share the costs of the study.")
    assert statement.kind == "agreement" and statement.action == "agreed"
    assert {r.text for r in statement.parties} == {"Darrow Records", "Quillon Systems"}
    # one subject naming two actors is one party, agreeing to a promise to itself
    assert _find(nlp, "Darrow Records chief Anna Velk agreed to share the costs of the study.") == []


def test_the_parties_that_agree_are_the_two_the_article_is_about(nlp: Language) -> None:
    text = (
        "Darrow Records sued Quillon Systems in Ohio. Darrow Records says Quillon Systems broke its word. "
        "In May the parties agreed to have the case heard by the English court."
    )
    [statement] = _find(nlp, text)
    assert {r.text for r in statement.by} == {"Darrow Records", "Quillon Systems"}
    assert {r.text for r in statement.parties} == {"Darrow Records", "Quillon Systems"}
    # parties each named once are no pair the article is about
    text = (
        "The Blue Party and the Green Party lost seats in Varnia. Analysts said the parties agreed to oppose the "
        "budget."
    )
    assert _find(nlp, text) == []


def test_being_committed_to_invest_is_a_pledge_to_an_unnamed_counterparty(nlp: Language) -> None:
    [statement] = _find(nlp, "Tarvo Motors is still committed to invest $300 million into the plant.")
    assert statement.kind == "pledge" and statement.action == "committed"
    assert [r.text for r in statement.parties] == ["Tarvo Motors"]
    # a commitment to oneself, and a hypothetical one, are none
    assert _find(nlp, "Tarvo Motors is still committed to expand its range of trucks.") == []
    assert _find(nlp, "Tarvo Motors would be committed to invest $300 million into the plant.") == []


def test_committed_reads_as_signed() -> None:
    from storyline.nlp.commitment_vocab import load_vocabulary

    assert load_vocabulary().states["committed"] == "signed"


def test_a_promise_named_by_its_verb_is_no_deal_a_later_the_deal_means(nlp: Language) -> None:
    text = (
        "Darrow Air promised Pell Aviation that spare parts would be provided to Pell Aviation. "
        "Pell Aviation says the deal does not affect its plans."
    )
    statements = _find(nlp, text)
    assert [s.kind for s in statements] == ["pledge"]  # "the deal" has no instrument to refer back to


def test_what_a_party_agreed_to_is_the_agreement_a_later_sentence_means(nlp: Language) -> None:
    text = "Officials from Vesta agreed to buy 40 Darrow Air jets. The preliminary agreement covers spare parts."
    statements = _find(nlp, text)
    assert [s.mention.text for s in statements] == ["agreed", "The preliminary agreement"]
    assert len({s.group for s in statements}) == 1


def test_a_promise_of_a_thing_with_a_deadline_is_a_pledge_that_records_it(nlp: Language) -> None:
    text = "Samsung has promised a working driver for the new tablets before the end of the month."
    [statement] = _find(nlp, text, {"the end of the month": "2025-06"})
    assert statement.kind == "pledge" and statement.action == "promised"
    assert [r.text for r in statement.parties] == ["Samsung"]
    assert statement.deadline == "2025-06" and statement.starts is None
    assert any("a working driver" in term for term in statement.terms)


def test_a_pledge_to_act_by_a_date_records_its_deadline(nlp: Language) -> None:
    text = "Venezuela pledged to close its test site by May 1, its foreign ministry said."
    [statement] = _find(nlp, text, {"May 1": "2025-05-01"})
    assert statement.deadline == "2025-05-01" and statement.starts is None


def test_a_promise_of_a_thing_without_a_date_or_of_harm_is_no_pledge(nlp: Language) -> None:
    assert _find(nlp, "The governor promised 4,000 new jobs in the valley.") == []
    assert _find(nlp, "Samsung promised a fix for the flaw.") == []
    threat = "Hamas vowed retaliation against Israel before the end of the week."
    assert _find(nlp, threat, {"the end of the week": "2025-W23"}) == []
