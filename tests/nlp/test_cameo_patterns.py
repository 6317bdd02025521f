"""CAMEO verb patterns read as PETRARCH2 reads them: a prepositional phrase of a pattern ("placed * (ON ALERT)")
must be a phrase of the verb or of its object, not a phrase buried further down."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from storyline.nlp.cameo_verbs import match_cameo, particles_of, small_clause


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    lemmas = [w.lower().removesuffix("d") if w == "placed" else w.lower() for w in words]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def test_a_phrase_of_the_verb_matches_its_pattern() -> None:
    # They placed troops on alert
    doc = _doc(
        ["They", "placed", "troops", "on", "alert"],
        [1, 1, 1, 1, 3],
        ["nsubj", "ROOT", "dobj", "prep", "pobj"],
        ["PRON", "VERB", "NOUN", "ADP", "NOUN"],
    )
    found = match_cameo(doc[1])
    assert found is not None and found[1] == "152" and found[2] == 2


def test_a_phrase_buried_in_another_does_not() -> None:
    # They placed troops in a camp on alert: "on alert" belongs to the camp, the placing is no alert
    doc = _doc(
        ["They", "placed", "troops", "in", "a", "camp", "on", "alert"],
        [1, 1, 1, 1, 5, 3, 5, 6],
        ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "prep", "pobj"],
        ["PRON", "VERB", "NOUN", "ADP", "DET", "NOUN", "ADP", "NOUN"],
    )
    found = match_cameo(doc[1])
    assert found is not None and found[1] != "152"


def test_a_particle_parsed_as_an_adverb_is_a_particle() -> None:
    doc = Doc(
        spacy.blank("en").vocab, words=["boats", "were", "turned", "around", "twice"], heads=[2, 2, 2, 2, 2],
        deps=["nsubjpass", "auxpass", "ROOT", "advmod", "advmod"], pos=["NOUN", "AUX", "VERB", "ADV", "ADV"],
    )  # fmt: skip
    assert [t.text for t in particles_of(doc[2])] == ["around"]


def _with_lemmas(words: list[str], heads: list[int], deps: list[str], pos: list[str], lemmas: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def test_a_verbless_small_clause_is_the_verbs_object_and_complement() -> None:
    # The panel found Novak guilty: the parser hangs "Novak guilty" as a clause; FOUND * GUILTY reads it (173)
    words = ["The", "panel", "found", "Novak", "guilty"]
    doc = _with_lemmas(
        words, [1, 2, 2, 4, 2], ["det", "nsubj", "ROOT", "nsubj", "ccomp"], ["DET", "NOUN", "VERB", "PROPN", "ADJ"],
        ["the", "panel", "find", "novak", "guilty"],
    )  # fmt: skip
    clause = small_clause(doc[2])
    assert clause is not None and clause.i == 4
    found = match_cameo(doc[2])
    assert found is not None and found[1] == "173"


def test_a_clause_with_its_own_verb_is_no_small_clause() -> None:
    # The panel found that Novak was guilty: a finding reported, not the pattern's object and complement
    words = ["The", "panel", "found", "that", "Novak", "was", "guilty"]
    doc = _with_lemmas(
        words, [1, 2, 2, 6, 6, 6, 2], ["det", "nsubj", "ROOT", "mark", "nsubj", "cop", "ccomp"],
        ["DET", "NOUN", "VERB", "SCONJ", "PROPN", "AUX", "ADJ"],
        ["the", "panel", "find", "that", "novak", "be", "guilty"],
    )  # fmt: skip
    assert small_clause(doc[2]) is None
