"""Commitment statements: instruments, anaphora, actions with agents and dates, obligation terms, pledges."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from storyline.model import CommitmentStatement, TimeExpr
from storyline.nlp.commitments import CommitmentsExtractor
from storyline.nlp.extensions import register_extensions
from storyline.settings import Settings


@pytest.fixture(scope="module")
def nlp() -> Language:
    register_extensions()
    return spacy.load(Settings().model)


def _find(nlp: Language, text: str, times: dict[str, str] | None = None) -> list[CommitmentStatement]:
    """Run the component alone; time expressions are given by hand (phrase -> TIMEX3 value)."""
    doc = nlp(text)
    found = []
    for phrase, value in (times or {}).items():
        start = text.index(phrase)
        found.append(TimeExpr(start, start + len(phrase), 0, phrase, value))
    doc._.times = tuple(found)
    doc = CommitmentsExtractor(nlp, "storyline_commitments")(doc)
    statements: list[CommitmentStatement] = list(doc._.commitments)
    for statement in statements:
        assert text[statement.start : statement.end] == statement.text
        assert text[statement.mention.start : statement.mention.end] == statement.mention.text
        for ref in (*statement.parties, *statement.by):
            assert text[ref.start : ref.end] == ref.text
    return statements


def test_a_pact_with_a_country_ratified_by_a_leader(nlp: Language) -> None:
    text = "State media said on Monday that President Anton Weber has ratified a new security pact with France."
    [statement] = _find(nlp, text, {"on Monday": "2025-03-03"})
    assert statement.name == "security pact" and statement.kind == "defence"
    assert statement.action == "ratified" and [r.text for r in statement.by] == ["President Anton Weber"]
    assert statement.date == "2025-03-03"  # the reporting clause dates the reported ratification
    assert {r.text for r in statement.parties} >= {"France", "President Anton Weber"}


def test_anaphora_attach_to_the_instrument_introduced_earlier(nlp: Language) -> None:
    text = (
        "Germany signed a defence treaty with Poland in May. "
        "The document was approved by the Polish parliament last month. "
        "The treaty obliges both countries to defend each other against any armed attack."
    )
    statements = _find(nlp, text, {"in May": "2025-05", "last month": "2025-08"})
    assert {s.group for s in statements} == {0}
    by_action = {s.action: s for s in statements}
    assert by_action["signed"].date == "2025-05" and [r.text for r in by_action["signed"].by] == ["Germany"]
    assert by_action["ratified"].date == "2025-08" and by_action["ratified"].mention.text == "The document"
    assert by_action["obliges"].terms == ("defend each other against any armed attack",)
    assert all(s.kind == "mutual defence" for s in statements)  # the terms make the whole group mutual defence


def test_a_restrictive_relative_clause_names_another_instrument(nlp: Language) -> None:
    text = "Germany signed a trade agreement with Poland. Critics recalled the treaty that France signed in 1900."
    statements = _find(nlp, text, {"in 1900": "1900"})
    old = next(s for s in statements if s.mention.text == "the treaty")
    assert old.group != statements[0].group and old.action == "signed" and old.date == "1900"
    text = "Germany signed a trade agreement with Poland. The treaty was ratified by Poland."
    assert {s.group for s in _find(nlp, text)} == {0}


def test_parenthetical_relative_clause_and_pronoun_it(nlp: Language) -> None:
    text = (
        "Chile concluded an agreement with Peru. "
        "The agreement, which Chile had negotiated in March, was ratified by lawmakers last week "
        "before it was endorsed by President Maria Soto."
    )
    statements = _find(nlp, text, {"in March": "2025-03", "last week": "2025-W20"})
    assert {s.group for s in statements} == {0}
    actions = {(s.action, s.date) for s in statements}
    assert ("negotiated", "2025-03") in actions and ("endorsed", None) in actions
    endorsed = next(s for s in statements if s.action == "endorsed")
    assert endorsed.mention.text == "it" and [r.text for r in endorsed.by] == ["President Maria Soto"]


def test_obligation_terms_are_split_at_coordination(nlp: Language) -> None:
    text = (
        "Kenya and Uganda signed a pact in 2020. The pact requires both states to provide immediate "
        "military assistance in the event of an attack against the other and to share intelligence."
    )
    statements = _find(nlp, text)
    requires = next(s for s in statements if s.action == "requires")
    assert requires.terms == (
        "provide immediate military assistance in the event of an attack against the other",
        "share intelligence",
    )
    assert requires.kind == "mutual defence"


def test_an_alliance_of_listed_countries_and_a_possessive_alliance(nlp: Language) -> None:
    text = "North Korea tests the trilateral alliance of Japan, South Korea and the United States."
    [statement] = _find(nlp, text)
    assert statement.kind == "alliance"
    assert [r.text.removeprefix("the ") for r in statement.parties] == ["Japan", "South Korea", "United States"]
    text = "Officials believe the United States should strengthen its alliance with Australia."
    [statement] = _find(nlp, text)
    assert {r.text.removeprefix("the ") for r in statement.parties} == {"United States", "Australia"}


def test_sanctions_nobody_imposes_on_anybody_are_not_a_commitment(nlp: Language) -> None:
    assert _find(nlp, "The president urged people to brace for life under sanctions.") == []


def test_a_pledge_to_another_actor_is_a_commitment_and_a_promise_to_oneself_is_not(nlp: Language) -> None:
    [statement] = _find(nlp, "France pledged to defend Estonia in the event of an attack.")
    assert statement.kind == "defence" and statement.action == "pledged"
    assert {r.text for r in statement.parties} == {"France", "Estonia"}
    assert _find(nlp, "He often promised to revitalize the economy.") == []


def test_definite_noun_without_antecedent_that_is_not_an_instrument_is_ignored(nlp: Language) -> None:
    assert _find(nlp, "Lawmakers in Norway read this text last week.") == []


def test_a_sanctions_regime_binds_who_imposes_it_and_its_target(nlp: Language) -> None:
    [statement] = _find(nlp, "Canada imposed new sanctions on Belarus last month.", {"last month": "2025-04"})
    assert statement.kind == "sanctions" and statement.action == "imposed" and statement.date == "2025-04"
    assert [r.text for r in statement.by] == ["Canada"] and [r.text for r in statement.parties] == ["Belarus"]


def test_a_bare_instrument_noun_is_a_kind_or_a_code_not_one_commitment(nlp: Language) -> None:
    assert _find(nlp, "He had violated Camorra protocol by acting without Rossi's approval.") == []
    assert _find(nlp, "It is rare for Boston to extend contracts to older players.") == []
    # a number, a determiner or a party of its own keeps it
    assert _find(nlp, "Ford signed five-year contracts with Bosch.") != []


def test_a_memorandum_binds_only_as_one_of_understanding_or_with_a_party(nlp: Language) -> None:
    # a directive to one's own administration commits no one to another
    assert _find(nlp, "The governor signed a memorandum suspending the new fishing rules for a year.") == []
    assert _find(nlp, "Norland and Vesta signed a memorandum of understanding on Monday.") != []
    assert _find(nlp, "Norland signed a memorandum with Vesta on fishing rights.") != []
