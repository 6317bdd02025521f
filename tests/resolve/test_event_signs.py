"""What a report's words say of its happening (an earlier act, a reference back), on sentences written for it."""

from __future__ import annotations

import pytest

from storyline.model import Event, Ref
from storyline.resolve.event_signs import earlier_act, kind_level, refers_back


def _event(text: str, trigger: str) -> Event:
    at = text.index(trigger)
    return Event(start=200, end=200 + len(text), sent=3, text=text, type="COERCE",
                 trigger=Ref(200 + at, 200 + at + len(trigger), trigger))  # fmt: skip


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The striker had previously been arrested after a brawl", "arrested"),
        ("He was on probation for a previous drink-driving arrest", "arrest"),
        ("The clerk has three prior arrests for theft", "arrests"),
        ("The band has twice before sued the studio", "sued"),
        ("The mayor, who was already convicted of fraud, resigned", "convicted"),
    ],
)
def test_an_earlier_act_is_marked(text: str, trigger: str) -> None:
    assert earlier_act(_event(text, trigger))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The striker was arrested after a brawl", "arrested"),
        ("Police have already arrested three men", "arrested"),  # the news of the day
        ("He had been convicted prior to his latest arrest", "arrest"),  # dated by another act
        ("He had previous convictions, was found dead in his cell", "found"),  # the mark is another phrase's
        ("Previously, the council met and the mayor resigned", "resigned"),
    ],
)
def test_an_act_of_the_day_is_not_marked(text: str, trigger: str) -> None:
    assert not earlier_act(_event(text, trigger))


def test_a_trigger_outside_its_evidence_is_not_marked() -> None:
    event = _event("previously arrested", "arrested")
    assert not earlier_act(Event(start=0, end=5, sent=0, text="short", type="COERCE", trigger=event.trigger))


@pytest.mark.parametrize(
    ("text", "trigger", "back"),
    [
        ("Witnesses said the protest began at dusk", "protest", True),
        ("This attack was the worst in years", "attack", True),
        ("A quiet protest turned into a riot", "protest", False),
        ("The clerk refused treatment", "refused", False),
    ],
)
def test_a_definite_noun_refers_back(text: str, trigger: str, back: bool) -> None:
    assert refers_back(_event(text, trigger)) is back


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Those gangs roam the estate at night, robbing old people.", "robbing"),  # a gerund, a bare plural
        ("They are out there, beating young children.", "beating"),
        ("Out here they arrest people who complain.", "arrest"),  # a present, whoever it may be
        ("The soldiers shoot anyone who climbs the fence.", "shoot"),
        ("The coastal towns are regularly flooded by storms.", "flooded"),  # an adverb of habit
        ("The mayor often criticised his rivals.", "criticised"),
        ("Residents fear that such attacks will spread.", "attacks"),  # a kind named as a kind
        ("Raids like this leave the village terrified.", "Raids"),
        ("Nobody wants to risk harming innocent villagers.", "harming"),
    ],
)
def test_a_kind_of_act_is_marked(text: str, trigger: str) -> None:
    assert kind_level(_event(text, trigger))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Riot police arrested protesters outside the ministry on Friday.", "arrested"),  # a past: one happening
        ("A gunman burst in, shooting three people.", "shooting"),  # a number
        ("The storm struck, killing at least nine villagers.", "killing"),
        ("The officer was shooting rioters when the crowd fled.", "shooting"),  # a form of "be" before it
        ("He admitted his role in robbing pensioners last spring.", "robbing"),  # a preposition before the gerund
        ("Troops began evacuating other residents.", "evacuating"),  # "other": the ones told
        ("Rebels seized the port, pelting them with stones.", "pelting"),  # the plural is no object of the trigger
        ("She spent the day visiting someone in town.", "visiting"),  # one person, not named
        ("Crowds watched the shooting of Halvard Pike.", "shooting"),  # a noun after "the"
        ("The raid began, shooting Daniels in the arm.", "shooting"),  # a name, however it ends
    ],
)
def test_a_happening_is_not_a_kind(text: str, trigger: str) -> None:
    assert not kind_level(_event(text, trigger))
