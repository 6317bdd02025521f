"""Issue 17, round ev37: an act whose subject is "no one" did not happen (a cooperative one promised so is refused);
"charge" asking a price accuses no one; a verb in the simple present heading a relative clause describes what its
noun does as a rule; an economic condition acts on no one; settling a lawsuit or a dispute is an agreement, and a
vocabulary verb whose object word is its passive subject ("the lawsuit was settled") reports the act with no party
named; a contract awarded is trade. Each sentence is written for the test and runs through the whole pipeline as its
own article, as `storyline eval --coded` does."""

from __future__ import annotations

import pytest

from storyline.eval.coded import CodedOutput
from tests.nlp.coded_helpers import code_all, one_of

SENTENCES = {
    # A subject that is no one: the act is denied, and a cooperative act "will not" be done is refused.
    "no troops will be sent": "No Norwegian engineers will be sent to Portugal to help with the repairs.",
    "troops will be sent": "Norwegian engineers will be sent to Portugal to help with the repairs.",
    "no soldiers attacked": "No Polish soldiers attacked the Russian convoy on Sunday.",
    "none were bailed out": "None of the banks were bailed out by the Irish government.",
    # "charge" asking a price ...
    "charge a fee": "Lufthansa will charge an extra fee for taking pets to Brazil.",
    "charge for costs": "Siemens cannot charge the Danish navy for the repair costs.",
    "charge more": "Regulators said Vodafone was charging customers in Ireland up to 15% more than in Spain.",
    # ... and "charge" accusing.
    "charged with": "Prosecutors charged Pierre Lacombe with fraud on Monday.",
    # What a company does as a rule, told in a relative clause ...
    "which sells": "Komatsu, which builds and sells mining equipment, issued a profit warning on Tuesday.",
    "which supply": "The Dutch government will lend money to firms which supply Fokker.",
    # ... and an act of the day in a relative clause with its own tense.
    "who attacked": "The gunmen, who attacked the embassy of Peru on Monday, were arrested by Bolivian police.",
    # What a recession or a market does is no act, nor is an economy acted on ...
    "recession hit": "The recession has hit Renault harder than its rivals in Spain.",
    "affected by sales": "Suppliers in Mexico have been affected by the falling sales of Toyota.",
    "economy hurt": "Analysts warned that the Brazilian economy would be badly hurt.",
    # ... while a state or a company that acts is coded as before.
    "state hit": "Turkish jets hit positions of the PKK in Iraq on Tuesday.",
    # Settling a lawsuit or a dispute ...
    "settled a dispute": "Nokia has settled its long patent dispute with Ericsson.",
    "lawsuit was settled": "The lawsuit was settled out of court in 1997.",
    "treaty was signed": "The border treaty was signed in Minsk on Friday.",
    # ... but not one still to come, nor settling in somewhere.
    "will be settled": "The lawsuit will be settled next year.",
    "settling in": "Her lawyer said she was settling in at the clinic in Malibu.",
    # A contract awarded is trade; a medal awarded is not.
    "awarded a contract": "The Dutch navy awarded the contract to Damen on Friday.",
    "contract was awarded": "The contract was awarded after a two-year competition.",
    "awarded a medal": "The Kenyan runners were awarded a silver medal.",
}


@pytest.fixture(scope="module")
def coded() -> dict[str, tuple[CodedOutput, ...]]:
    return code_all(SENTENCES)


def test_an_act_done_by_no_one_promised_is_refused(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert not [e for e in coded["no troops will be sent"] if e.modality == "intended"]
    assert one_of(coded, SENTENCES, "no troops will be sent", "REJECT").modality == "refused"
    assert one_of(coded, SENTENCES, "troops will be sent", "AGREE").modality == "intended"


def test_an_act_by_or_to_none_of_a_group_is_denied(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "no soldiers attacked", "ASSAULT").modality == "negated"
    assert one_of(coded, SENTENCES, "none were bailed out", "AID").modality == "negated"


@pytest.mark.parametrize("name", ["charge a fee", "charge for costs", "charge more"])
def test_a_price_charged_accuses_no_one(coded: dict[str, tuple[CodedOutput, ...]], name: str) -> None:
    assert not [e for e in coded[name] if e.type == "ACCUSE" and e.trigger.startswith("charg")]


def test_a_charge_with_a_crime_still_accuses(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    one_of(coded, SENTENCES, "charged with", "ACCUSE")


@pytest.mark.parametrize("name", ["which sells", "which supply"])
def test_what_a_company_does_as_a_rule_is_no_act(coded: dict[str, tuple[CodedOutput, ...]], name: str) -> None:
    assert not [e for e in coded[name] if e.trigger in {"sells", "builds", "supply"}]


def test_an_act_in_a_relative_clause_with_its_tense_stays(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "who attacked", "ASSAULT").trigger == "attacked"


@pytest.mark.parametrize("name", ["recession hit", "affected by sales", "economy hurt"])
def test_an_economic_condition_acts_on_no_one(coded: dict[str, tuple[CodedOutput, ...]], name: str) -> None:
    assert not coded[name]


def test_a_state_that_strikes_still_attacks(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    one_of(coded, SENTENCES, "state hit", "ASSAULT")


@pytest.mark.parametrize("name", ["settled a dispute", "lawsuit was settled", "treaty was signed"])
def test_a_settlement_or_signature_is_an_agreement(coded: dict[str, tuple[CodedOutput, ...]], name: str) -> None:
    assert one_of(coded, SENTENCES, name, "AGREE").modality == "asserted"


@pytest.mark.parametrize("name", ["will be settled", "settling in"])
def test_a_settlement_to_come_or_settling_in_is_none(coded: dict[str, tuple[CodedOutput, ...]], name: str) -> None:
    assert not [e for e in coded[name] if e.modality == "asserted"]


@pytest.mark.parametrize("name", ["awarded a contract", "contract was awarded"])
def test_a_contract_awarded_is_trade(coded: dict[str, tuple[CodedOutput, ...]], name: str) -> None:
    one_of(coded, SENTENCES, name, "COOPERATE")


def test_a_medal_awarded_is_no_trade(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert not coded["awarded a medal"]
