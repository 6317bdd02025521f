"""Issue 17, round ro39: roles the parse gives beyond subject and object. An event noun with a "by" agent has its
"of" phrase as who the act is done to; an organisation in apposition is the noun itself, not its possessor; any
buyer trades with who it buys from. Round ro41: a pronoun owning what is received is the receiver, not the giver; a
light verb's complement names the act's target. Each sentence is written for the test and runs through the whole
pipeline as its own article, as `storyline eval --coded` does."""

from __future__ import annotations

import pytest

from storyline.eval.coded import CodedOutput
from tests.nlp.coded_helpers import code_all, one_of

SENTENCES = {
    # "of X by Y": Y acts, X is acted on, also when the parser hangs "by" on the "of" phrase's appositive.
    "of by": "Markets rallied after the bailout of the carmaker Ford by the Canadian government.",
    "of by, reversed order": "The arrest of Ukrainian President Petro Poroshenko by Russia angered Kyiv.",
    # Without a "by" agent the noun's own reading stands ("the visit of the president": the president visits).
    "of without by": "The visit of French President Emmanuel Macron to Beijing ended on Friday.",
    # An organisation in apposition is who the noun names; its possessor is an owner.
    "appositive company": "Germany's largest lender, Deutsche Bank, sued Boeing on Monday.",
    "possessor alone": "Germany's largest lender sued Boeing on Monday.",
    "appositive before a demonym": "The Japanese retailer Takashimaya sued Boeing on Monday.",
    # A buyer that is no company trades with the seller named by "from".
    "bought from": "The Polish government bought the car factory from Daewoo Motors in 2019.",
    # What is received is "its own": the pronoun is the receiver; a named owner still gives it.
    "receives its own": "Qantas will receive its first new jets in March.",
    "receives another's": "Syria received Russia's missiles last year.",
    # The parser hangs the complement on the light verb rather than on the act's noun.
    "light verb complement": "Greenpeace brought a lawsuit against Japan over whaling.",
    "light verb complement, company": "Cisco filed a lawsuit against Apple.",
}


@pytest.fixture(scope="module")
def coded() -> dict[str, tuple[CodedOutput, ...]]:
    return code_all(SENTENCES)


def test_an_agent_makes_the_of_phrase_the_target(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = one_of(coded, SENTENCES, "of by", "AID")
    assert event.source == frozenset({"CAN"}) and event.target == frozenset({"MNCUSA"})
    event = one_of(coded, SENTENCES, "of by, reversed order", "COERCE")
    assert event.source == frozenset({"RUS"}) and event.target == frozenset({"UKR"})


def test_without_an_agent_the_of_phrase_keeps_its_reading(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "of without by", "CONSULT").source == frozenset({"FRA"})


def test_an_organisation_in_apposition_is_the_noun(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "appositive company", "ACCUSE").source == frozenset({"MNCDEU"})
    assert one_of(coded, SENTENCES, "possessor alone", "ACCUSE").source == frozenset({"DEU"})
    assert one_of(coded, SENTENCES, "appositive before a demonym", "ACCUSE").source == frozenset({"MNCJPN"})


def test_any_buyer_trades_with_the_seller(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = one_of(coded, SENTENCES, "bought from", "COOPERATE")
    assert event.source == frozenset({"POL"}) and event.target == frozenset({"MNCKOR"})


def test_a_pronoun_owning_what_is_received_is_the_receiver(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = one_of(coded, SENTENCES, "receives its own", "AGREE")
    assert event.source == frozenset() and event.target == frozenset({"MNCAUS"})
    event = one_of(coded, SENTENCES, "receives another's", "AID")
    assert event.source == frozenset({"RUS"}) and event.target == frozenset({"SYR"})


def test_a_light_verbs_complement_is_the_target(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = one_of(coded, SENTENCES, "light verb complement", "ACCUSE")
    assert event.source == frozenset({"NGOENV"}) and event.target == frozenset({"JPN"})
    event = one_of(coded, SENTENCES, "light verb complement, company", "ACCUSE")
    assert event.source == frozenset({"MNCUSA"}) and event.target == frozenset({"MNCUSA"})
