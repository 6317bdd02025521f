"""Attributions beyond the speech verb (issue 19), each kind once, on text written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from storyline.model import Quote
from storyline.nlp import paragraphs, quotes  # noqa: F401  (registers the components)
from storyline.nlp.extensions import register_extensions
from storyline.nlp.quote_marks import find_quote_spans
from storyline.settings import DEFAULT_MODEL


@pytest.fixture(scope="module")
def nlp() -> Language:
    register_extensions()
    pipeline = spacy.load(DEFAULT_MODEL)
    pipeline.add_pipe("storyline_paragraphs", before="parser")
    pipeline.add_pipe("storyline_quotes")
    return pipeline


def _quotes(nlp: Language, text: str) -> tuple[Quote, ...]:
    found = nlp(text)._.quotes
    for quote in found:
        assert text[quote.start : quote.end] == quote.text
        assert all(text[p.start : p.end] == p.text for p in quote.parts)
    return found


def _one(found: tuple[Quote, ...], words: str) -> Quote:
    hits = [q for q in found if words in q.text]
    assert len(hits) == 1, [q.text for q in found]
    return hits[0]


def test_a_split_direct_quote_is_one_attribution_with_two_parts(nlp: Language) -> None:
    text = '"We will rebuild the bridge," Mayor Anna Berg said, "and we will do it before winter."\n'
    found = _quotes(nlp, text)
    assert len(found) == 1
    quote = found[0]
    assert [p.text for p in quote.parts] == ["We will rebuild the bridge", "and we will do it before winter."]
    assert quote.speaker is not None and quote.speaker.name == "Anna Berg"
    assert quote.cue_class == "speech"


def test_a_quote_over_one_sentence_paragraphs_is_one_quote(nlp: Language) -> None:
    text = (
        'Coach Lena Holt said, "We trained hard all winter.\n\nThe players never gave up.\n\n'
        'We deserved this win. "\n'
    )
    assert [(m.start, m.close_mark is not None) for m in find_quote_spans(text)] == [(text.index("We trained"), True)]
    quote = _one(_quotes(nlp, text), "We trained")
    assert "We deserved this win." in quote.text
    assert quote.speaker is not None and quote.speaker.name == "Lena Holt"


def test_a_closing_mark_typed_after_a_space_closes(nlp: Language) -> None:
    text = '"Prices will keep rising for a while, "said Omar Diaz, an economist at the bank.\n'
    quote = _one(_quotes(nlp, text), "Prices will keep rising")
    assert quote.kind == "direct" and "said" not in quote.text
    assert quote.speaker is not None and quote.speaker.name == "Omar Diaz"


def test_the_cue_after_a_closing_question_takes_the_quote(nlp: Language) -> None:
    text = (
        'Is the recovery real?\n\n"Who can tell whether growth will last this year?"\n\n'
        "said Maria Lopez, an analyst at the bank.\n"
    )
    quote = _one(_quotes(nlp, text), "Who can tell")
    assert quote.speaker is not None and quote.speaker.name == "Maria Lopez"


def test_a_participle_cue_speaks_for_its_clause_subject(nlp: Language) -> None:
    text = "The union rejected the offer on Monday, saying the pay rise was far too small for its members.\n"
    quote = _one(_quotes(nlp, text), "the pay rise was far too small")
    assert quote.kind == "indirect" and quote.cue is not None and quote.cue.text == "saying"
    assert quote.speaker is not None and quote.speaker.name == "The union"


def test_evidential_sources_and_not_events(nlp: Language) -> None:
    text = (
        "The study found that most rivers in the region carry plastic waste.\n\n"
        "The drop shows that buyers are cautious about the new model.\n"
    )
    found = _quotes(nlp, text)
    quote = _one(found, "most rivers in the region")
    assert quote.cue_class == "evidential"
    assert not any("buyers are cautious" in q.text for q in found)


def test_intention_and_belief_cues_have_their_class(nlp: Language) -> None:
    text = (
        "Delta Air Lines plans to open six new routes to Asia next spring.\n\n"
        "Analyst Tom Reed believes that fuel prices will fall sharply by summer.\n"
    )
    found = _quotes(nlp, text)
    assert _one(found, "to open six new routes").cue_class == "intention"
    assert _one(found, "fuel prices will fall").cue_class == "belief"


def test_a_document_source_makes_a_document_cue(nlp: Language) -> None:
    text = "The report says that the dam was never inspected after the flood of 2010.\n"
    assert _one(_quotes(nlp, text), "the dam was never inspected").cue_class == "document"


def test_a_partial_quote_inside_its_report_is_one_mixed_attribution(nlp: Language) -> None:
    text = 'Minister Eva Lind said the new law was "a historic step" for the country\'s workers.\n'
    found = _quotes(nlp, text)
    assert len(found) == 1, [q.text for q in found]
    assert found[0].kind == "mixed" and "a historic step" in found[0].text


def test_a_fragment_that_ends_the_report_with_its_full_stop_is_one_mixed_attribution(nlp: Language) -> None:
    # the full stop stands inside the closing mark, so the fragment runs one character past the report it ends
    text = 'Outside court, the defence lawyer Ivo Brandt said his client is "not coping very well."\n'
    found = _quotes(nlp, text)
    assert len(found) == 1, [q.text for q in found]
    assert found[0].kind == "mixed" and "not coping" in found[0].text


def test_quoted_titles_and_names_are_not_quotes(nlp: Language) -> None:
    text = (
        'Senator Ruth Kane told "Meet the Press" that the vote would be close.\n\n'
        'The company said its new phone, the "Nova Lite", would ship in May.\n'
    )
    found = _quotes(nlp, text)
    assert not any(q.text in ("Meet the Press", "Nova Lite") for q in found)
    assert _one(found, "the vote would be close").speaker is not None


def test_an_interview_topic_is_not_reported_speech(nlp: Language) -> None:
    text = "In an interview focused on foreign policy, the envoy spoke for an hour about trade.\n"
    assert _quotes(nlp, text) == ()


def test_marks_closing_a_reported_clause_make_one_mixed_attribution(nlp: Language) -> None:
    text = 'Berg said that although the river has flooded before, "nobody has planned for a flood this size".\n'
    found = _quotes(nlp, text)
    assert len(found) == 1
    assert found[0].kind == "mixed" and found[0].text.startswith("although the river")


def test_a_quote_left_open_at_a_paragraph_end_is_one_attribution(nlp: Language) -> None:
    text = (
        'The mayor, Anna Berg, said: "We will rebuild the bridge before winter.\n\n'
        '"The ferry will run until then, and it will be free."\n'
    )
    found = _quotes(nlp, text)
    assert len(found) == 1
    assert [p.text for p in found[0].parts] == [
        "We will rebuild the bridge before winter.",
        "The ferry will run until then, and it will be free.",
    ]
    assert found[0].speaker is not None and found[0].speaker.name == "Anna Berg"


def test_closed_quote_paragraphs_stay_separate_attributions(nlp: Language) -> None:
    text = (
        '"We will rebuild the bridge before winter," Anna Berg said.\n\n'
        '"The ferry will run until then, and it will be free."\n'
    )
    assert len(_quotes(nlp, text)) == 2


def test_lower_case_fragments_after_a_comma_are_partial_not_direct(nlp: Language) -> None:
    text = 'Anna Berg called the new bridge "the finest in the region", and, "cheap".\n'
    found = _quotes(nlp, text)
    assert [q.kind for q in found] == ["partial"]
    assert [p.text for p in found[0].parts] == ["the finest in the region", "cheap"]
    text = 'The form, which has forty questions, "must be filled in by hand", the council recommending "black ink".\n'
    assert all(q.kind != "direct" for q in _quotes(nlp, text))


def test_a_lower_case_quote_right_after_its_cue_stays_direct(nlp: Language) -> None:
    text = 'The council reasoned, "because the bridge is old, the repairs cost more than a new one".\n'
    found = _quotes(nlp, text)
    assert [q.kind for q in found] == ["direct"]


def test_a_noun_cue_with_an_of_phrase(nlp: Language) -> None:
    text = "Anna Berg's claims of fraud were rejected by the court.\n\nThe senator voiced fears of a recession.\n"
    found = _quotes(nlp, text)
    claim, fear = _one(found, "fraud"), _one(found, "recession")
    assert (claim.text, claim.cue_class) == ("fraud", "speech")
    assert (fear.text, fear.cue_class) == ("a recession", "belief")
    assert _quotes(nlp, "Officials rejected claims of fraud.\n\nFears of Iran grew in the region.\n") == ()


def test_a_gerund_after_admit_or_deny_is_the_content(nlp: Language) -> None:
    text = (
        "At the hearing, the driver admitted taking the van without asking, but denied drinking before the crash.\n"
    )
    found = _quotes(nlp, text)
    assert _one(found, "taking the van").text == "taking the van without asking"
    assert _one(found, "drinking").text == "drinking before the crash"


def test_a_noun_after_deny_or_a_passive_admit_is_no_content(nlp: Language) -> None:
    text = "The minister denied wrongdoing on Monday. The boy was admitted to hospital after the crash.\n"
    assert _quotes(nlp, text) == ()


def test_a_that_clause_after_a_possessed_cue_noun_is_the_possessor_s(nlp: Language) -> None:
    # "agreed with Acme's defence that ...": what the clause says is Acme's, not the judge's
    found = _quotes(nlp, "Judge Anna Moss agreed with Acme Computer's defence that, while the store is branded, "
                         "the music it sells is not.\n")
    quote = _one(found, "the music it sells is not")
    assert quote.speaker is not None and quote.speaker.name == "Acme Computer"
    assert quote.text.startswith("while")
