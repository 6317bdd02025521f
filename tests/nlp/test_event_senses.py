"""Uses of a trigger word that report no act (``storyline.nlp.event_senses`` and the sense checks of the coder): help as
a purpose, appointments, a text that says, a price charged, a company's habit, an economic condition, a word of a name,
a fight with no one fought, a stay checked into, a person fired, a body found dead, a thing demonstrated, harm in a
crash or a storm, a plant opened "in" a place, "according to" and sport words, each beside the same word used for an
act. Each sentence is written for the test and runs through the whole pipeline as its own article, as `storyline eval
--coded` does."""

from __future__ import annotations

import pytest

from storyline.eval.coded import CodedOutput
from tests.nlp.coded_helpers import code_all, one_of

SENTENCES = {
    # Help named as the purpose of another act is a goal, not aid given; aid given stays.
    "in order to help": "Chile requested donations in order to help Peru with its debts.",
    "to help with": "To help with the deficit, Chile will lower the export duty on copper.",
    "helped": "Japan helped Kenya with a loan.",
    "purchase as purpose": "Ryanair exercised its options with Boeing to purchase five jets.",
    # Appointments are no event: neither a request nor a meeting.
    "asked to serve": "The President asked the senator to serve as ambassador to Japan.",
    "approached to fill": "The governor was approached by the White House to fill the post of Secretary of Labor.",
    # What "says" is a text, not an act: a press release releases no one.
    "release said": "A Defence Ministry release said the navy had captured the ship.",
    # A protest named as a topic is none.
    "protest as topic": "The minister spoke about protest in general.",
    # A count of orders compared is a statistic; commands received are no trade.
    "more orders": "Thus far, Airbus has received far more orders than Boeing this year.",
    "orders to withdraw": "The soldiers received orders to withdraw from the town.",
    # Bail fixes the sense of "released".
    "released on bail": "She was released on $5,000 bail on Monday.",
    "released product": "Nokia released the new phone on Monday.",
    # "according to" (lemma "accord") is no agreement that rules out force ("struck a deal" is no attack).
    "killed according to": "The Riverton man killed his brother and a neighbour, according to investigators.",
    "attacked according to": "According to a statement posted online, the ministry's servers were attacked by a "
    "group of hackers.",
    "struck a deal": "The two carmakers struck a deal on engines, according to the newspaper.",
    # An arrest in a sentence that names a match or a playoff is still an arrest ...
    "arrested before a game": "Hawks forward Dario Mendes was arrested on suspicion of assault on Friday, two days "
    "before a decisive playoff game.",
    "apprehended in a league story": "Police apprehended goalkeeper Tomas Brandt after the league match and charged "
    "him with drink driving.",
    # ... while the sport's own acts stay uncoded.
    "booked for a foul": "The striker was booked for a foul late in the cup final.",
    "defeated in a match": "Norway defeated Chile 2-0 in the opening match of the tournament.",
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
    # A word of a name ...
    "charity name": "Dogs Protection, a charity in Leeds, said on Monday that it had lost its savings.",
    "agency name": "The Norwegian Environmental Protection Agency says the fjord is cleaner than in 1990.",
    "studio name": "The director and the film studio Summit Pictures parted ways in March.",
    # ... and the same word as an act, or a named event.
    "protection given": "Denmark gave protection to the Iraqi interpreters.",
    # Fighting no one ...
    "fight to stem": "The Hungarian government is fighting to stop a run on its banks.",
    "battled illness": "The singer battled depression for a decade.",
    "battled blaze": "Firefighters from Bergen battled the blaze for six hours.",
    "fight accusations": "Fighting accusations of delaying the loan, the Dutch minister said the talks would go on.",
    # ... and fighting someone, or two sides fighting.
    "fighting rebels": "The Malian army is still fighting Tuareg rebels in the north.",
    "two sides fought": "Armenia and Azerbaijan fought over Nagorno-Karabakh in the 1990s.",
    # Checking into a place is a stay, not an inspection; checking a place stays one.
    "checked into clinic": "Actress Mary Stone checked into a rehabilitation clinic in Oregon on Tuesday.",
    "checked herself into": "Singer Ann Lee checked herself into a treatment centre in Arizona last week.",
    "checked into hospital": "Senator John Doe checked into a hospital in Boston after a fall.",
    "checked reactor": "United Nations inspectors checked the Iranian reactor on Monday.",
    # Firing a person is a dismissal; firing at people, or a weapon, stays an attack.
    "fired coach": "The Chicago Bulls fired coach Tim Ward on Saturday.",
    "was fired": "Tim Ward was fired by the Chicago Bulls on Saturday.",
    "fired at": "Israeli soldiers fired at Palestinian protesters near Gaza.",
    "fired upon": "Gunmen fired upon a convoy of Pakistani soldiers.",
    # The finder of a body is no attacker; a verdict found with the same verb is a conviction.
    "was found dead": "Marco Bellini, a reputed crime boss, was found dead in his cell in Naples on Sunday.",
    "found him dead": "Guards found Marco Bellini dead in his cell on Sunday.",
    "jury found guilty": "A jury in Leeds found Daniel Croft guilty of arson on Thursday.",
    "was found guilty": "Daniel Croft was found guilty of arson on Thursday.",
    # Demonstrating a thing is showing it; demonstrating with no object is a protest.
    "demonstrated features": "Samsung demonstrated the features of its new tablet at the fair in Berlin.",
    "demonstrated in": "Thousands of Chilean students demonstrated in Santiago against the tuition fees.",
    # Harm in a crash, a collision or bad weather is no one's act; harm in an attack stays one.
    "hurt in crash": "Six passengers were hurt in the crash near Lyon on Sunday.",
    "killed in collision": "Two Polish soldiers were killed in a collision with a lorry.",
    "injured in storm": "Dozens of fishermen were injured in the storm off Bangladesh.",
    "hurt in attack": "Six passengers were hurt in the attack on the bus near Kabul.",
    "hurt in a loss": "Their striker was hurt on Sunday in a 3-1 loss to Boca.",
    "hurt in riots": "Nine policemen were hurt in the riots in Lyon.",
    # Opening, launching or starting something "in" a place is no military cooperation (CAMEO 062 asks for an
    # exercise); joint drills started are.
    "opened in": "Toyota opened a second plant in Poland in 2004.",
    "launched in": "Nokia launched its music store in Germany last week.",
    "started drills": "India and Russia started joint naval drills in the Bay of Bengal.",
    # Harm done by a blaze, the weather or a quake is no one's attack; fire someone aims stays one.
    "fire damaged": "A fire has badly damaged the Tesco store in Leeds.",
    "quake killed": "The earthquake killed forty villagers in Peru.",
    "destroyed by fire": "The Shell depot in Lagos was destroyed by fire on Monday.",
    "artillery fire killed": "Artillery fire killed three Syrian soldiers near Idlib.",
    "rebels destroyed": "Houthi rebels destroyed a Saudi checkpoint near the border.",
}


@pytest.fixture(scope="module")
def coded() -> dict[str, tuple[CodedOutput, ...]]:
    return code_all(SENTENCES)


@pytest.mark.parametrize("key", ["in order to help", "to help with"])
def test_help_as_a_purpose_is_no_aid(coded: dict[str, tuple[CodedOutput, ...]], key: str) -> None:
    assert not [e for e in coded[key] if e.trigger == "help"], coded[key]


def test_help_given_is_aid(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    event = one_of(coded, SENTENCES, "helped", "AID")
    assert (set(event.source), set(event.target)) == ({"JPN"}, {"KEN"})


def test_a_purchase_as_the_purpose_of_a_light_verb_stays(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "purchase as purpose", "COOPERATE").source


@pytest.mark.parametrize("key", ["asked to serve", "approached to fill"])
def test_an_appointment_is_no_event(coded: dict[str, tuple[CodedOutput, ...]], key: str) -> None:
    assert not coded[key], coded[key]


def test_a_text_that_says_is_no_act(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert not [e for e in coded["release said"] if e.trigger == "release"], coded["release said"]


def test_a_protest_as_a_topic_is_no_event(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert not coded["protest as topic"], coded["protest as topic"]


@pytest.mark.parametrize("key", ["more orders", "orders to withdraw"])
def test_a_comparison_or_a_command_is_no_trade(coded: dict[str, tuple[CodedOutput, ...]], key: str) -> None:
    assert not [e for e in coded[key] if e.type == "COOPERATE"]


def test_released_on_bail_is_a_release(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "released on bail", "RETREAT").modality == "asserted"
    assert not [e for e in coded["released product"] if e.type == "RETREAT"]


@pytest.mark.parametrize("name", ["killed according to", "attacked according to"])
def test_according_to_names_the_source_not_the_act(coded: dict[str, tuple[CodedOutput, ...]], name: str) -> None:
    one_of(coded, SENTENCES, name, "ASSAULT")


def test_a_deal_struck_is_still_no_attack(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert not [e for e in coded["struck a deal"] if e.type == "ASSAULT"]


@pytest.mark.parametrize("name", ["arrested before a game", "apprehended in a league story"])
def test_an_arrest_is_coded_beside_sport_words(coded: dict[str, tuple[CodedOutput, ...]], name: str) -> None:
    one_of(coded, SENTENCES, name, "COERCE")


@pytest.mark.parametrize("name", ["booked for a foul", "defeated in a match"])
def test_the_sports_own_acts_stay_uncoded(coded: dict[str, tuple[CodedOutput, ...]], name: str) -> None:
    assert not coded[name]


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


@pytest.mark.parametrize("key", ["charity name", "agency name", "studio name"])
def test_a_word_of_a_name_is_no_act(coded: dict[str, tuple[CodedOutput, ...]], key: str) -> None:
    assert not [e for e in coded[key] if e.type in {"SUPPORT", "CONSULT"}], coded[key]


def test_the_same_word_as_an_act_is_coded(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "protection given", "SUPPORT").source == frozenset({"DNK"})


@pytest.mark.parametrize("key", ["fight to stem", "battled illness", "battled blaze", "fight accusations"])
def test_fighting_no_one_is_no_attack(coded: dict[str, tuple[CodedOutput, ...]], key: str) -> None:
    assert not [e for e in coded[key] if e.type in {"ASSAULT", "THREATEN"}], coded[key]


def test_fighting_someone_is_an_attack(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "fighting rebels", "ASSAULT").source == frozenset({"MLI"})
    assert one_of(coded, SENTENCES, "two sides fought", "ASSAULT").source == frozenset({"ARM", "AZE"})


@pytest.mark.parametrize("key", ["checked into clinic", "checked herself into", "checked into hospital"])
def test_checking_into_a_place_is_no_inspection(coded: dict[str, tuple[CodedOutput, ...]], key: str) -> None:
    assert not coded[key], coded[key]


def test_checking_a_place_is_an_inspection(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    found = one_of(coded, SENTENCES, "checked reactor", "ACCUSE")
    assert (found.source, found.target) == (frozenset({"IGOUNO"}), frozenset({"IRN"}))


@pytest.mark.parametrize("key", ["fired coach", "was fired"])
def test_a_person_fired_is_no_attack(coded: dict[str, tuple[CodedOutput, ...]], key: str) -> None:
    assert not [e for e in coded[key] if e.type == "ASSAULT"], coded[key]


def test_firing_at_people_is_an_attack(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "fired at", "ASSAULT").source == frozenset({"ISR"})
    assert one_of(coded, SENTENCES, "fired upon", "ASSAULT").target == frozenset({"PAK"})


def test_the_finder_of_a_body_is_no_attacker(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert not [e for e in coded["found him dead"] if e.type == "ASSAULT"], coded["found him dead"]


def test_a_body_found_dead_stays_the_death_reported(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    # Other reports of the death join on it (ECB+ merging); no finder is named as its source.
    assert not one_of(coded, SENTENCES, "was found dead", "ASSAULT").source


@pytest.mark.parametrize("key", ["jury found guilty", "was found guilty"])
def test_found_guilty_is_a_conviction(coded: dict[str, tuple[CodedOutput, ...]], key: str) -> None:
    assert one_of(coded, SENTENCES, key, "COERCE").trigger == "found"


def test_a_thing_demonstrated_is_no_protest(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert not [e for e in coded["demonstrated features"] if e.type == "PROTEST"], coded["demonstrated features"]


def test_demonstrating_with_no_object_is_a_protest(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    one_of(coded, SENTENCES, "demonstrated in", "PROTEST")


@pytest.mark.parametrize("key", ["hurt in crash", "killed in collision", "injured in storm"])
def test_harm_in_a_mishap_is_no_attack(coded: dict[str, tuple[CodedOutput, ...]], key: str) -> None:
    assert not [e for e in coded[key] if e.type == "ASSAULT"], coded[key]


def test_harm_in_an_attack_is_one(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    one_of(coded, SENTENCES, "hurt in attack", "ASSAULT")


def test_harm_in_a_setting_that_is_no_act_is_none(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert not coded["hurt in a loss"], coded["hurt in a loss"]


def test_harm_in_riots_is_a_violent_protest(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    # CAMEO's "HURT * (IN &DEMONSTRATION) [145]", now that the set names protests rather than anything at all
    one_of(coded, SENTENCES, "hurt in riots", "PROTEST")


@pytest.mark.parametrize("key", ["opened in", "launched in"])
def test_opening_something_in_a_place_is_no_cooperation(coded: dict[str, tuple[CodedOutput, ...]], key: str) -> None:
    assert not [e for e in coded[key] if e.type == "COOPERATE"], coded[key]


def test_joint_drills_started_are_military_cooperation(coded: dict[str, tuple[CodedOutput, ...]]) -> None:
    assert one_of(coded, SENTENCES, "started drills", "COOPERATE").source == frozenset({"IND", "RUS"})


@pytest.mark.parametrize("key", ["fire damaged", "quake killed", "destroyed by fire"])
def test_harm_done_by_a_cause_with_no_actor_is_no_attack(
    coded: dict[str, tuple[CodedOutput, ...]], key: str
) -> None:
    assert not [e for e in coded[key] if e.type == "ASSAULT"], coded[key]


@pytest.mark.parametrize("key", ["artillery fire killed", "rebels destroyed"])
def test_harm_done_by_someone_stays_an_attack(coded: dict[str, tuple[CodedOutput, ...]], key: str) -> None:
    one_of(coded, SENTENCES, key, "ASSAULT")
