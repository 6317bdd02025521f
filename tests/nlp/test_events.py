"""Events: each PLOVER type, roles, lists, demonyms, possessives, nominal events, flags and dates."""

from __future__ import annotations

import csv
from datetime import date
from importlib import resources

import pytest
import spacy
from spacy.language import Language

from storyline.errors import ConfigError
from storyline.model import Event, Mention
from storyline.nlp.event_vocab import PLOVER_TYPES, load_vocabulary, parse_vocabulary
from storyline.nlp.events import extract_events
from storyline.nlp.extensions import register_extensions
from storyline.nlp.times import extract_times
from storyline.settings import DEFAULT_MODEL

PUBLISHED = date(2024, 11, 13)


@pytest.fixture(scope="module")
def nlp() -> Language:
    register_extensions()
    return spacy.load(DEFAULT_MODEL)


def _events(nlp: Language, text: str) -> tuple[Event, ...]:
    doc = nlp(text)
    doc._.times = extract_times(doc, PUBLISHED, text)
    return extract_events(doc, load_vocabulary(), text)


def _one(nlp: Language, text: str, kind: str) -> Event:
    found = [e for e in _events(nlp, text) if e.type == kind]
    assert found, f"no {kind} event in {text!r}: {_events(nlp, text)}"
    return found[0]


def _names(refs: tuple[object, ...]) -> set[str]:
    return {ref.text.replace("’s", "") for ref in refs}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "kind", "actors", "recipients"),
    [
        ("Egypt signed a peace treaty with Jordan.", "AGREE", {"Egypt"}, {"Jordan"}),
        ("Narendra Modi visited Japan.", "CONSULT", {"Narendra Modi"}, {"Japan"}),
        ("Canada praised Mexico for the reform.", "SUPPORT", {"Canada"}, {"Mexico"}),
        ("Australia and India held joint naval exercises.", "COOPERATE", {"Australia", "India"}, set()),
        ("Germany sent tanks to Ukraine.", "AID", {"Germany"}, {"Ukraine"}),
        ("Serbia conceded defeat.", "CONCEDE", {"Serbia"}, set()),
        ("Israel released prisoners to Egypt.", "RETREAT", {"Israel"}, {"Egypt"}),
        ("Kenya asked Uganda for help.", "REQUEST", {"Kenya"}, {"Uganda"}),
        ("Poland accused Belarus of aggression.", "ACCUSE", {"Poland"}, {"Belarus"}),
        ("Brazil rejected Argentina's proposal.", "REJECT", {"Brazil"}, {"Argentina"}),
        ("Iran threatened Israel with retaliation.", "THREATEN", {"Iran"}, {"Israel"}),
        ("Greek workers protested in Athens.", "PROTEST", {"Greek"}, set()),
        ("North Korea fired a ballistic missile.", "MOBILIZE", {"North Korea"}, set()),
        ("Turkey cut ties with Syria.", "SANCTION", {"Turkey"}, {"Syria"}),
        ("Italy imposed sanctions on Libya.", "COERCE", {"Italy"}, {"Libya"}),
        ("Russia invaded Ukraine.", "ASSAULT", {"Russia"}, {"Ukraine"}),
    ],
)
def test_each_plover_type(nlp: Language, text: str, kind: str, actors: set[str], recipients: set[str]) -> None:
    event = _one(nlp, text, kind)
    assert _names(event.actors) == actors
    assert _names(event.recipients) == recipients
    vocab = load_vocabulary()
    assert event.score == vocab.types[kind].score
    assert event.cameo and event.cameo.startswith(vocab.types[kind].cameo[:1])
    assert not event.negated and not event.hypothetical
    assert event.text == text  # the evidence is the sentence


def test_every_type_has_a_score_and_triggers() -> None:
    vocab = load_vocabulary()
    assert set(vocab.types) == set(PLOVER_TYPES)
    assert {t.type for entries in vocab.triggers.values() for t in entries} == set(PLOVER_TYPES)
    assert all(vocab.types[t].score > 0 for t in ("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"))
    assert all(vocab.types[t].score < 0 for t in ("ASSAULT", "COERCE", "THREATEN", "ACCUSE", "REJECT"))


def test_trigger_cameo_codes_exist_in_the_cameo2plover_table() -> None:
    table = resources.files("storyline").joinpath("data/events/cameo2plover.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader((line for line in table.splitlines() if not line.startswith("#")), delimiter="\t")
    codes = {row["cameo"]: row["plover"] for row in rows}
    assert len(codes) > 200
    for entries in load_vocabulary().triggers.values():
        for trigger in entries:
            if trigger.cameo and len(trigger.cameo) > 2:
                assert trigger.cameo in codes, trigger


def test_coordinated_actors_are_expanded(nlp: Language) -> None:
    event = _one(nlp, "The U.S., South Korea and Japan staged a combined air drill.", "COOPERATE")
    assert _names(event.actors) == {"U.S.", "South Korea", "Japan"}


def test_group_nouns_take_the_places_they_belong_to(nlp: Language) -> None:
    text = "Pyongyang’s traditional foes in Seoul, Washington and Tokyo increased joint military exercises."
    event = _one(nlp, text, "COOPERATE")
    assert _names(event.actors) == {"Seoul", "Washington", "Tokyo"}


def test_demonym_owner_acts_when_troops_are_sent(nlp: Language) -> None:
    event = _one(nlp, "North Korean troops were deployed to Russia.", "AID")
    assert _names(event.actors) == {"North Korean"}
    assert _names(event.recipients) == {"Russia"}
    assert event.mode == "military"


def test_troops_sent_nowhere_are_a_mobilization(nlp: Language) -> None:
    event = _one(nlp, "Pakistan deployed thousands of troops.", "MOBILIZE")
    assert _names(event.actors) == {"Pakistan"}


def test_buying_reverses_the_roles(nlp: Language) -> None:
    event = _one(nlp, "Running low on ammunition, Russia is buying artillery shells from Iran.", "AID")
    assert _names(event.actors) == {"Iran"}
    assert _names(event.recipients) == {"Russia"}


def test_possessive_actor_of_a_received_protection(nlp: Language) -> None:
    event = _one(nlp, "Kim has pocketed Moscow’s protection at the United Nations.", "SUPPORT")
    assert _names(event.actors) == {"Moscow"}
    assert _names(event.recipients) == {"Kim"}


def test_nominal_events_with_possessor_and_dates(nlp: Language) -> None:
    event = _one(nlp, "Kim found a partner after Russia’s invasion of Ukraine in February 2022.", "ASSAULT")
    assert (_names(event.actors), _names(event.recipients), event.date) == ({"Russia"}, {"Ukraine"}, "2022-02")
    visit = _one(nlp, "The agreement was negotiated in June during Vladimir Putin’s visit to Pyongyang.", "CONSULT")
    assert _names(visit.actors) == {"Vladimir Putin"}
    assert _names(visit.recipients) == {"Pyongyang"}
    assert visit.date == "2024-06"  # from the clause above the nominal event


def test_signing_is_joint(nlp: Language) -> None:
    text = "Egypt’s alignment with Jordan, which included the signing of a mutual defense pact in June, grew."
    event = _one(nlp, text, "AGREE")
    assert _names(event.actors) == {"Egypt", "Jordan"}
    assert event.recipients == ()
    assert event.date == "2024-06"


def test_date_from_the_reporting_clause(nlp: Language) -> None:
    text = "State media revealed on Tuesday that Egypt has just ratified a new defense pact with Jordan."
    event = _one(nlp, text, "AGREE")
    assert event.date == "2024-11-12"


def test_negated_and_hypothetical_events_are_flagged(nlp: Language) -> None:
    assert _one(nlp, "Russia did not attack Finland.", "ASSAULT").negated
    assert _one(nlp, "Britain could soon attack Argentina.", "ASSAULT").hypothetical
    intended = _one(nlp, "Spain plans to recognize Palestine.", "AGREE")  # an intent, never the act itself
    assert intended.modality == "intended" and not intended.hypothetical
    assert _one(nlp, "If China invades Taiwan, Japan will respond.", "ASSAULT").hypothetical
    fact = _one(nlp, "China invaded Vietnam in 1979.", "ASSAULT")
    assert not fact.hypothetical and not fact.negated and fact.date == "1979"


def test_events_inside_quotes_are_kept(nlp: Language) -> None:
    text = "“Russia attacked Ukraine,” said the minister."
    event = _one(nlp, text, "ASSAULT")
    assert text[event.start : event.end] == event.text
    assert text[event.trigger.start : event.trigger.end] == "attacked"


def test_no_actor_no_event(nlp: Language) -> None:
    assert not [e for e in _events(nlp, "The weather improved and prices rose.")]


def test_the_vocabulary_is_user_extendable(nlp: Language) -> None:
    vocab = parse_vocabulary(
        {"types": {"PROTEST": {"cameo": "14", "score": -6.5, "triggers": [{"verbs": ["picnic"]}]}}}, "test"
    )
    doc = nlp("France picnicked in Paris.")
    events = extract_events(doc, vocab, doc.text)
    assert [e.type for e in events] == ["PROTEST"]
    with pytest.raises(ConfigError):
        parse_vocabulary({"types": {"HUG": {"cameo": "01", "score": 1}}}, "test")


def test_a_text_ratified_later_takes_the_parties_of_the_agreement_named_before(nlp: Language) -> None:
    text = "Chile signed a trade agreement with Peru in May. The Peru parliament ratified this text last week."
    ratified = [e for e in _events(nlp, text) if e.trigger.text == "ratified"]
    assert len(ratified) == 1
    assert (_names(ratified[0].actors), _names(ratified[0].recipients)) == ({"Peru"}, {"Chile"})
    assert ratified[0].date == "2024-W45"
    # A party to no earlier agreement gets no recipients guessed for it.
    other = _events(nlp, "Chile signed a trade agreement with Peru. Bolivia ratified this text.")
    assert [(_names(e.actors), e.recipients) for e in other if e.trigger.text == "ratified"] == [({"Bolivia"}, ())]
    # A new agreement ("a treaty") refers back to nothing.
    fresh = _events(nlp, "Chile signed a trade agreement with Peru. Peru ratified a treaty.")
    assert [e.recipients for e in fresh if e.trigger.text == "ratified"] == [()]
    # An agreement named long before is not what "this text" refers to.
    filler = " ".join(f"The weather was fine on day {n}." for n in range(1, 10))
    far = _events(nlp, f"Chile signed a trade agreement with Peru. {filler} The Peru parliament ratified this text.")
    assert [e.recipients for e in far if e.trigger.text == "ratified"] == [()]


def test_it_standing_for_an_agreement_makes_endorsing_an_agreement(nlp: Language) -> None:
    text = "The Peru parliament ratified the trade agreement before it was endorsed by Michelle Bachelet."
    endorsed = [e for e in _events(nlp, text) if e.trigger.text == "endorsed"]
    assert [e.type for e in endorsed] == ["AGREE"]
    assert _one(nlp, "Michelle Bachelet endorsed Gabriel Boric.", "SUPPORT")


def test_declaring_an_enemy_through_a_misparsed_as_phrase(nlp: Language) -> None:
    text = "Bolivia declared their northern neighbors as the country’s new No. 1 enemy in January."
    event = _one(nlp, text, "ACCUSE")
    assert _names(event.actors) == {"Bolivia"}
    assert event.date == "2024-01"
    # A real "as" clause is about something else: its words do not condition the trigger.
    assert _one(nlp, "Russia attacked Ukraine as the deal collapsed.", "ASSAULT")


def test_a_joint_noun_needs_both_sides(nlp: Language) -> None:
    assert not [e for e in _events(nlp, "The report mentioned nuclear talks with Colombia.") if e.type == "CONSULT"]
    event = _one(nlp, "Peace talks between Colombia and Venezuela resumed in Havana.", "CONSULT")
    assert _names(event.actors) == {"Colombia", "Venezuela"}


def test_a_noun_the_verb_entry_asks_for_is_not_a_second_event(nlp: Language) -> None:
    events = _events(nlp, "Talks between Serbia and Kosovo broke down in Brussels.")
    assert [(e.type, _names(e.actors)) for e in events] == [("REJECT", {"Serbia", "Kosovo"})]
    # A noun the verb's entry does not ask for is its own event: the invasion happened.
    condemned = _events(nlp, "Poland condemned Russia’s invasion of Ukraine.")
    assert {e.type for e in condemned} == {"ACCUSE", "ASSAULT"}
    # When the verb names no actor, the noun's own event stands.
    event = _one(nlp, "Engineers conducted North Korea’s missile test.", "MOBILIZE")
    assert _names(event.actors) == {"North Korea"}


def test_a_date_inside_a_clause_about_something_else_is_not_the_events(nlp: Language) -> None:
    text = "Egypt deployed troops to Libya near the region where Turkey launched an offensive earlier this year."
    assert _one(nlp, text, "AID").date is None
    assert _one(nlp, text, "ASSAULT").date == "2024"
    # A date in the main clause still dates the event: "in June" is the negotiation's date.
    text = "In June, Egypt signed a pact with Jordan, which it had long opposed."
    assert _one(nlp, text, "AGREE").date == "2024-06"


def test_a_bare_noun_without_target_or_time_is_a_kind_of_act_not_an_event(nlp: Language) -> None:
    assert not _events(nlp, "The allies swung behind combating Chinese aggression.")
    assert not _events(nlp, "Iran diversified away from Chinese support.")
    assert _one(nlp, "A Chinese attack hit Taiwan.", "ASSAULT")  # one act: "a", "the", a possessor
    assert _names(_one(nlp, "Iran resumed missile testing.", "MOBILIZE").actors) == {"Iran"}
    assert _one(nlp, "Chinese aggression in March 2023 alarmed Japan.", "ASSAULT").date == "2023-03"
    event = _one(nlp, "Russian aggression against Ukraine continued.", "ASSAULT")
    assert _names(event.recipients) == {"Ukraine"}


def test_support_for_names_the_supported(nlp: Language) -> None:
    event = _one(nlp, "Chinese support for Iran grew.", "SUPPORT")
    assert (_names(event.actors), _names(event.recipients)) == ({"Chinese"}, {"Iran"})


def _mention(text: str, piece: str, label: str, after: str = "", **fields: str) -> Mention:
    start = text.index(piece, text.index(after) if after else 0)
    name = fields.pop("name", piece)
    return Mention(start, start + len(piece), 0, piece, label, name, **fields)  # type: ignore[arg-type]


def test_a_leader_tied_to_a_state_is_that_state_as_a_party(nlp: Language) -> None:
    text = (
        "Brazilian President Lula da Silva signed a trade pact with Argentina in May. "
        "Brazilian lawmakers ratified this text last week."
    )
    doc = nlp(text)
    doc._.times = extract_times(doc, PUBLISHED, text)
    doc._.mentions = (
        _mention(text, "Lula da Silva", "PERSON", acts_for="BRA"),
        _mention(text, "Argentina", "GPE", code="ARG"),
        _mention(text, "Brazilian", "NORP", "Argentina", code="BRA"),
    )
    ratified = [e for e in extract_events(doc, load_vocabulary(), text) if e.trigger.text == "ratified"]
    assert [(_names(e.actors), _names(e.recipients)) for e in ratified] == [({"Brazilian"}, {"Argentina"})]


def test_warning_that_something_may_happen_reports_it_and_threatens_no_one(nlp: Language) -> None:
    events = _events(nlp, "U.S. officials warned that Russia would attack Ukraine.")
    assert "THREATEN" not in {e.type for e in events}
    event = _one(nlp, "Iran warned Israel of a harsh response.", "THREATEN")
    assert (_names(event.actors), _names(event.recipients)) == ({"Iran"}, {"Israel"})
    vocab = parse_vocabulary(
        {"types": {"THREATEN": {"cameo": "13", "score": -6, "triggers": [{"verbs": ["menace"]}]}}}, "test"
    )
    assert not [t for entries in vocab.triggers.values() for t in entries if t.needs_recipient]
