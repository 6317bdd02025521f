"""What befell the counted things (issue 20), on sentences written for these tests: object lists, participles,
a happening's participants, partitives, addresses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from storyline.model import Claim


@pytest.fixture(scope="module")
def nlp(claims_pipeline: Language) -> Language:
    return claims_pipeline


def _claim(nlp: Language, text: str, number: str) -> Claim:
    doc = nlp(text)
    [claim] = [c for c in doc._.claims if c.text.lower().startswith(number.lower())]
    return claim


def test_each_noun_of_an_object_list_takes_the_verb(nlp: Language) -> None:
    text = "After midnight, a few hundred rioters attacked a tax office, six cafes and three banks."
    assert _claim(nlp, text, "six").predicate == "attack"
    assert _claim(nlp, text, "three").predicate == "attack"


def test_a_verb_with_no_object_lends_no_predicate_to_a_later_noun(nlp: Language) -> None:
    assert _claim(nlp, "Nine people are killed and about 40 hurt.", "about 40").predicate == "injure"


def test_a_participle_before_the_noun_says_what_befell_it(nlp: Language) -> None:
    assert _claim(nlp, "By now we have 120 damaged cafes in the old town.", "120").predicate == "damage"
    assert _claim(nlp, "Medics found 20 injured people near the bridge.", "20").predicate == "injure"


def test_the_participants_of_a_happening_take_the_happening(nlp: Language) -> None:
    text = "The guard shot the boy on Monday during a clash with around 40 students near the square."
    assert _claim(nlp, text, "around 40").predicate == "clash"


def test_in_a_partitive_the_verb_befalls_the_part(nlp: Language) -> None:
    text = "Two of the boats got away, and the frigate seized nine men on three of the boats."
    assert _claim(nlp, text, "three").predicate == "confiscate"  # seize.v and confiscate.v: one WordNet synset
    assert _claim(nlp, text, "two").predicate != "confiscate"


def test_a_block_of_a_street_is_an_address(nlp: Language) -> None:
    doc = nlp("The deputy was shot in the 14300 block of West Elm Avenue, and police closed about 12 blocks.")
    assert [c.text for c in doc._.claims] == ["about 12 blocks"]


def test_shot_to_death_or_dead_is_killed(nlp: Language) -> None:
    # the killed are not the shot who lived: "shot three people, killing one" counts them apart
    text = "A local man shot to death one driver and injured three others on Sunday."
    assert _claim(nlp, text, "one driver").predicate == "kill"
    assert _claim(nlp, text, "three").predicate == "injure"
    text = "Two guards were shot dead and four inmates were beaten to death in the riot."
    assert _claim(nlp, text, "Two").predicate == "kill"
    assert _claim(nlp, text, "four").predicate == "kill"


def test_the_agent_of_a_killing_is_not_killed(nlp: Language) -> None:
    assert _claim(nlp, "The boy was shot dead by three masked officers on the bridge.", "three").predicate != "kill"


def test_what_the_counted_did_in_a_relative_clause_yields_to_what_befell_them(nlp: Language) -> None:
    assert _claim(nlp, "The coast guard detained 14 smugglers who rammed a patrol boat.", "14").predicate == "detain"
    text = "The storm killed nine campers who were sleeping in tents by the lake."
    assert _claim(nlp, text, "nine").predicate == "kill"
    # a passive relative says what befell them; a participle too
    text = "Rescuers found 12 miners who had been trapped for two days."
    assert _claim(nlp, text, "12").predicate == "trap"
    assert _claim(nlp, "There were 30 passengers injured in the crash.", "30").predicate == "injure"


def test_a_vague_order_takes_the_verb_its_preposition_hangs_on(nlp: Language) -> None:
    # "hundreds of millions of laptops": the counted noun hangs on the order word through "of", so the verb is the
    # order's, as "in 54 games" takes the verb its preposition hangs on
    text = "The update will be pushed automatically to hundreds of millions of laptops next week."
    assert _claim(nlp, text, "hundreds").predicate == "push"
    assert _claim(nlp, "The crawler browses across millions of web pages every day.", "millions").predicate == "browse"


def test_a_vague_orders_subject_or_agent_lends_it_no_verb(nlp: Language) -> None:
    # a subject's or an object's verb may be a citing one ("pointed out", "unleashed"), and "by" names the doers
    assert _claim(nlp, "The strike set off a wave of marches by thousands of nurses.", "thousands").predicate == ""
    assert _claim(nlp, "Tens of thousands of nurses have pointed out the risks.", "tens").predicate == ""
