"""Companies as event actors: coded as MNC with their home state (also where the actor dictionaries lack them),
orders, stakes and deliveries as trade between companies, roles the parse hides, and senses the CAMEO patterns fix.
Each sentence is written for the test and runs through the whole pipeline as its own article, as `storyline eval
--coded` does."""

from __future__ import annotations

import pytest

from storyline.eval.coded import CodedOutput
from tests.nlp.coded_helpers import code_all, one_of

SENTENCES = {
    # Companies: the description before the name, an appositive after it, the name, the actor dictionaries.
    "described": "Swedish carmaker Volvo Cars bought twenty engines from Germany.",
    "appositive": "Embraer, a Brazilian aircraft manufacturer, bought a factory.",
    "named": "Air Chile ordered twelve new airliners.",
    "listed": "Apple criticised the European Commission.",
    "legal form": "Ford Motor Company sued Mexico.",
    "pronoun": "Chilean airline LATAM said it would purchase four Boeing jets.",
    "won order": "Embraer, a Brazilian aircraft manufacturer, won an order from Qatar Airways.",
    "delivered": "Boeing delivered ten jets to Air Chile.",
    # Companies compete; they do not assault. Others still attack companies.
    "compete": "Northrop Grumman defeated Boeing to win the contract.",
    "hackers": "Hackers attacked Boeing.",
    "state": "Russia attacked Boeing.",
    # A state buying arms is still military aid from the seller.
    "state buys": "Poland bought tanks from South Korea.",
    # Roles the parse hides.
    "late agent": "The festival was banned from taking place in the square by the Turkish Ministry of Interior.",
    "decision": "The European Union made the decision to ban Russia.",
    "frame": "Kenya agreed to purchase ten Boeing aircraft.",
    "two states": "Tension rose after North and South Korea exchanged artillery fire on Monday.",
    # Verbs in the sense their object or particle gives.
    "visas": "The Syrian delegation was denied visas.",
    "turn away": "Australia maintained a policy of turning away boats of asylum seekers.",
    "turned around": "The ship was turned around by the Italian navy.",
    "turned down": "They applied twice and were turned down both times.",
    "leveled": "Accusations were leveled against the Spanish government.",
    "charges": "The scandal led to charges against Ford Motor Company.",
    # A pattern of two words fixes the sense; sport is no event.
    "alert": "The army was placed on high alert.",
    "penalty": "Japan conceded a penalty to Mexico in the final match.",
    "evacuated": "Japan evacuated 200 residents from the town.",
    "pulled money": "Investors pulled out US$3 billion from Russia.",
    "withdrew troops": "Russia withdrew its troops from Georgia.",
    # Companies news names without their home state: the actor dictionaries' extension gives it.
    "airbus sues": "Airbus sued Canada over the tender.",
    "gm receives": "Chile gave General Motors a loan of US$2 billion.",
    "apple lawsuit": "Apple Corps filed a lawsuit against Apple Computer in London.",
    "union refused": "The UAW refused to accept the offer of Mexico.",
    # Orders a company wins or receives are trade.
    "received orders": "So far, Airbus has received twelve orders from three customers for its new regional jet.",
    "secured orders": "Airbus has secured two large orders for new aircraft.",
    # A stake sold, or goods delivered to a company with no seller named: trade between companies.
    "sold stake": "Siemens has sold its stake in Chrysler, keeping only a small holding.",
    "delivered to": "The first new jet was delivered today to Qatar Airways, a year behind schedule.",
}


@pytest.fixture(scope="module")
def coded() -> dict[str, tuple[CodedOutput, ...]]:
    return code_all(SENTENCES)


def _one(coded: dict[str, tuple[CodedOutput, ...]], key: str, kind: str) -> CodedOutput:
    return one_of(coded, SENTENCES, key, kind)


@pytest.mark.parametrize(
    ("key", "kind", "source", "target"),
    [
        ("described", "COOPERATE", {"MNCSWE"}, {"DEU"}),  # a company buying trades with the seller
        ("appositive", "COOPERATE", {"MNCBRA"}, set()),
        ("named", "COOPERATE", {"MNCCHL"}, set()),  # "Air Chile": an airline of Chile, and an order is no request
        ("listed", "ACCUSE", {"MNCUSA"}, {"IGOEUR"}),  # Phoenix lists "Apple Inc."
        ("legal form", "ACCUSE", {"MNCUSA"}, {"MEX"}),  # Phoenix lists "Ford Motor"
        ("pronoun", "AGREE", {"MNCCHL"}, {"MNCUSA"}),  # "it" is LATAM, not the demonym before it
        ("won order", "COOPERATE", {"MNCBRA"}, {"MNCQAT"}),  # the seller wins the order from the buyer
        ("delivered", "COOPERATE", {"MNCUSA"}, {"MNCCHL"}),  # a company delivering jets gives no military aid
        ("hackers", "ASSAULT", set(), {"MNCUSA"}),
        ("state", "ASSAULT", {"RUS"}, {"MNCUSA"}),
        ("state buys", "AID", {"KOR"}, {"POL"}),
    ],
)
def test_companies_get_mnc_and_their_home_state(
    coded: dict[str, tuple[CodedOutput, ...]], key: str, kind: str, source: set[str], target: set[str]
) -> None:
    event = _one(coded, key, kind)
    assert (set(event.source), set(event.target)) == (source, target)


def test_companies_competing_is_no_assault(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert "ASSAULT" not in {e.type for e in coded["compete"]}


@pytest.mark.parametrize(
    ("key", "kind", "source", "target"),
    [
        ("late agent", "COERCE", {"TUR"}, set()),  # "by" hung on "the square", not on "banned"
        ("decision", "COERCE", {"IGOEUR"}, {"RUS"}),  # who made the decision to ban bans
        ("frame", "AGREE", {"KEN"}, {"MNCUSA"}),  # the intended act's other party is the target
        ("two states", "ASSAULT", {"KOR", "PRK"}, set()),  # "North and South Korea" names two states
    ],
)
def test_roles_the_parse_hides(
    coded: dict[str, tuple[CodedOutput, ...]], key: str, kind: str, source: set[str], target: set[str]
) -> None:
    event = _one(coded, key, kind)
    assert (set(event.source), set(event.target)) == (source, target)


@pytest.mark.parametrize(
    ("key", "kind", "modality", "source", "target"),
    [
        ("visas", "REJECT", "refused", set(), {"SYR"}),  # denying visas refuses a request
        ("turn away", "COERCE", "asserted", {"AUS"}, set()),  # who holds the policy turns the boats away
        ("turned around", "COERCE", "asserted", {"ITA"}, set()),  # "around" parsed as an adverb is the particle
        ("turned down", "REJECT", "refused", set(), set()),
        ("leveled", "ACCUSE", "asserted", set(), {"ESP"}),  # the target hangs on the passive light verb
        ("charges", "ACCUSE", "asserted", set(), {"MNCUSA"}),  # charges against someone, not a fee
    ],
)
def test_verbs_in_the_sense_their_object_gives(
    coded: dict[str, tuple[CodedOutput, ...]], key: str, kind: str, modality: str, source: set[str], target: set[str]
) -> None:
    event = _one(coded, key, kind)
    assert (event.modality, set(event.source), set(event.target)) == (modality, source, target)


def test_a_two_word_pattern_fixes_the_sense(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert _one(coded, "alert", "MOBILIZE").modality == "asserted"


def test_evacuating_residents_or_pulling_out_money_is_no_retreat(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert "RETREAT" not in {e.type for key in ("evacuated", "pulled money") for e in coded[key]}
    assert _one(coded, "withdrew troops", "RETREAT").source == frozenset({"RUS"})


def test_sport_holds_back_vocabulary_triggers_too(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert coded["penalty"] == ()


@pytest.mark.parametrize(
    ("key", "kind", "source", "target"),
    [
        ("airbus sues", "ACCUSE", {"MNCFRA"}, {"CAN"}),
        ("apple lawsuit", "ACCUSE", {"MNCGBR"}, {"MNCUSA"}),  # two companies of one name, two homes
        ("union refused", "REJECT", {"USA"}, set()),  # a national union is its state's
    ],
)
def test_companies_the_dictionaries_lacked(
    coded: dict[str, tuple[CodedOutput, ...]], key: str, kind: str, source: set[str], target: set[str]
) -> None:
    event = one_of(coded, SENTENCES, key, kind)
    assert (set(event.source), set(event.target)) == (source, target)


def test_a_company_given_aid_is_its_target(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert "MNCUSA" in {code for e in coded["gm receives"] for code in e.target}


@pytest.mark.parametrize("key", ["received orders", "secured orders"])
def test_orders_a_company_wins_are_trade(coded: dict[str, tuple[CodedOutput, ...]], key: str) -> None:
    event = one_of(coded, SENTENCES, key, "COOPERATE")
    assert (event.modality, event.source) == ("asserted", frozenset({"MNCFRA"}))


def test_a_stake_sold_is_trade_with_the_company_it_is_in(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = one_of(coded, SENTENCES, "sold stake", "COOPERATE")
    assert (event.source, event.target) == (frozenset({"MNCDEU"}), frozenset({"MNCUSA"}))


def test_goods_delivered_to_a_company_are_trade(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = one_of(coded, SENTENCES, "delivered to", "COOPERATE")
    assert (event.source, event.target) == (frozenset(), frozenset({"MNCQAT"}))
