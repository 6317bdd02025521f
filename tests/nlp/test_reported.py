"""Reported speech on hand-built parses: subjects through coordination and the passive, parenthetical cues."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from storyline.nlp.cues import load_lexicon
from storyline.nlp.reported import reports, subject


def _doc(rows: list[tuple[str, int, str, str]]) -> Doc:
    """rows: (word, head, dep, pos); lemmas: lower-cased words, a few verbs mapped by hand."""
    words = [r[0] for r in rows]
    lemmas = [{"said": "say", "wrote": "write", "told": "tell"}.get(w.lower(), w.lower()) for w in words]
    return Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        lemmas=lemmas,
    )


def test_subject_through_coordination_and_agent() -> None:
    # "Mira arrived and said ..." / "... was told by Jon"
    doc = _doc([("Mira", 1, "nsubj", "PROPN"), ("arrived", 1, "ROOT", "VERB"), ("and", 1, "cc", "CCONJ"),
                ("said", 1, "conj", "VERB")])  # fmt: skip
    assert subject(doc[3]) is not None and subject(doc[3]).text == "Mira"  # type: ignore[union-attr]
    doc = _doc([("It", 2, "nsubjpass", "PRON"), ("was", 2, "auxpass", "AUX"), ("told", 2, "ROOT", "VERB"),
                ("by", 2, "agent", "ADP"), ("Jon", 3, "pobj", "PROPN")])  # fmt: skip
    assert subject(doc[2]) is not None and subject(doc[2]).text == "Jon"  # type: ignore[union-attr]


def test_parenthetical_cue_reports_the_sentence_around_it() -> None:
    # "Prices could rise sharply , Ulla wrote , and stay high ."
    rows = [
        ("Prices", 2, "nsubj", "NOUN"), ("could", 2, "aux", "AUX"), ("rise", 2, "ROOT", "VERB"),
        ("sharply", 2, "advmod", "ADV"), (",", 6, "punct", "PUNCT"), ("Ulla", 6, "nsubj", "PROPN"),
        ("wrote", 2, "parataxis", "VERB"), (",", 6, "punct", "PUNCT"), ("and", 2, "cc", "CCONJ"),
        ("stay", 2, "conj", "VERB"), ("high", 9, "acomp", "ADJ"), (".", 2, "punct", "PUNCT"),
    ]  # fmt: skip
    doc = _doc(rows)
    (report,) = reports(doc, load_lexicon(), lambda _: False, lambda _: True)
    assert report.source.text == "Ulla" and report.cue.text == "wrote"
    assert report.content.text.startswith("Prices could rise sharply")


def test_no_report_without_a_source_or_inside_quote_marks() -> None:
    rows = [("Sales", 1, "nsubj", "NOUN"), ("said", 1, "ROOT", "VERB"), ("prices", 4, "nsubj", "NOUN"),
            ("will", 4, "aux", "AUX"), ("fall", 1, "ccomp", "VERB"), ("soon", 4, "advmod", "ADV")]  # fmt: skip
    doc = _doc(rows)
    assert len(list(reports(doc, load_lexicon(), lambda _: False, lambda _: True))) == 1
    assert list(reports(doc, load_lexicon(), lambda _: True, lambda _: True)) == []


def test_a_name_before_a_title_the_parser_made_the_subject_is_the_subject() -> None:
    # "Buzz Hargrove, the president of the union said ...": the parser hangs the name on the verb and makes the
    # title its subject; the name right before the comma is who speaks
    rows = [("Buzz", 1, "compound", "PROPN"), ("Hargrove", 8, "dep", "PROPN"), (",", 8, "punct", "PUNCT"),
            ("the", 4, "det", "DET"), ("president", 8, "nsubj", "NOUN"), ("of", 4, "prep", "ADP"),
            ("the", 7, "det", "DET"), ("union", 5, "pobj", "NOUN"), ("said", 8, "ROOT", "VERB")]  # fmt: skip
    doc = _doc(rows)
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    found = subject(doc[8])
    assert found is not None and found.text == "Hargrove"


def test_a_title_subject_with_no_name_before_it_stays_the_subject() -> None:
    rows = [("The", 1, "det", "DET"), ("president", 2, "nsubj", "NOUN"), ("said", 2, "ROOT", "VERB")]
    found = subject(_doc(rows)[2])
    assert found is not None and found.text == "president"


def test_a_possessive_marker_the_parser_made_a_clause_heads_no_content() -> None:
    # "Someone called , said city ’ s Sgt. Ana Ruiz ." with the spaced possessive parsed as a clause under "said"
    rows = [
        ("Someone", 3, "nsubj", "NOUN", "NN"), ("called", 0, "acl", "VERB", "VBD"), (",", 3, "punct", "PUNCT", ","),
        ("said", 3, "ROOT", "VERB", "VBD"), ("city", 6, "nsubj", "NOUN", "NN"), ("’", 6, "punct", "PUNCT", "''"),
        ("s", 3, "ccomp", "PART", "POS"), ("Sgt.", 9, "compound", "PROPN", "NNP"),
        ("Ana", 9, "compound", "PROPN", "NNP"), ("Ruiz", 6, "nsubj", "PROPN", "NNP"), (".", 3, "punct", "PUNCT", "."),
    ]  # fmt: skip
    words = [r[0] for r in rows]
    lemmas = [w.lower().replace("said", "say") for w in words]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
              pos=[r[3] for r in rows], tags=[r[4] for r in rows], lemmas=lemmas)  # fmt: skip
    found = list(reports(doc, load_lexicon(), lambda _: False, lambda _: True))
    assert not any("Ruiz" in report.content.text for report in found)


def test_a_clause_under_before_the_parser_made_the_complement_is_no_content() -> None:
    # "Ruiz said before the vote began ." with the "before" clause parsed as the complement of "said"; a "before"
    # clause ahead of its cue, or one that also has "that", is still the report
    rows = [
        ("Ruiz", 1, "nsubj", "PROPN"), ("said", 1, "ROOT", "VERB"), ("before", 5, "mark", "SCONJ"),
        ("the", 4, "det", "DET"), ("vote", 5, "nsubj", "NOUN"), ("began", 1, "ccomp", "VERB"),
        (".", 1, "punct", "PUNCT"),
    ]  # fmt: skip
    assert list(reports(_doc(rows), load_lexicon(), lambda _: False, lambda _: True)) == []
    rows[2] = ("that", 5, "mark", "SCONJ")  # "Ruiz said that the vote began ." still reports
    assert len(list(reports(_doc(rows), load_lexicon(), lambda _: False, lambda _: True))) == 1


def _tagged(rows: list[tuple[str, int, str, str, str]]) -> Doc:
    words = [r[0] for r in rows]
    lemmas = [{"said": "say"}.get(w.lower(), w.lower()) for w in words]
    return Doc(spacy.blank("en").vocab, words=words, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], tags=[r[4] for r in rows], lemmas=lemmas)  # fmt: skip


def test_a_whole_clause_before_the_cue_parsed_as_an_adverbial_is_the_report() -> None:
    # "Last week her son moved the boat , Hanna said ." with "moved" hung on "said" as an adverbial clause
    rows = [
        ("Last", 1, "amod", "ADJ", "JJ"), ("week", 4, "npadvmod", "NOUN", "NN"), ("her", 3, "poss", "PRON", "PRP$"),
        ("son", 4, "nsubj", "NOUN", "NN"), ("moved", 9, "advcl", "VERB", "VBD"), ("the", 6, "det", "DET", "DT"),
        ("boat", 4, "dobj", "NOUN", "NN"), (",", 9, "punct", "PUNCT", ","), ("Hanna", 9, "nsubj", "PROPN", "NNP"),
        ("said", 9, "ROOT", "VERB", "VBD"), (".", 9, "punct", "PUNCT", "."),
    ]  # fmt: skip
    (report,) = reports(_tagged(rows), load_lexicon(), lambda _: False, lambda _: True)
    assert report.source.text == "Hanna" and report.content.text.startswith("Last week her son moved the boat")
    # "Just as her son moved the boat , Hanna said ." carries its own conjunction: an adverbial, no report
    rows[0], rows[1] = ("Just", 4, "advmod", "ADV", "RB"), ("as", 4, "mark", "SCONJ", "IN")
    assert list(reports(_tagged(rows), load_lexicon(), lambda _: False, lambda _: True)) == []
