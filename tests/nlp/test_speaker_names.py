"""Speaker phrases, titles and name resolution, on Docs built by hand."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from storyline.nlp.cues import load_lexicon
from storyline.nlp.extensions import register_extensions
from storyline.nlp.speakers import SpeakerResolver, phrase, profile, strip_name


def _doc(rows: list[tuple[str, int, str, str, str]], ents: list[str] | None = None) -> Doc:
    """rows: (word, head index, dep, pos, tag); lemmas are the lower-cased words."""
    register_extensions()
    words = [r[0] for r in rows]
    return Doc(
        spacy.blank("en").vocab,  # a blank English vocab: lower-case forms and other lexical attributes
        words=words,
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        tags=[r[4] for r in rows],
        lemmas=[w.lower() for w in words],
        ents=ents or ["O"] * len(rows),
    )


# "Lena Vik, a marine biology professor at Nordland University, said ..."
_APPOS = [
    ("Lena", 1, "compound", "PROPN", "NNP"), ("Vik", 11, "nsubj", "PROPN", "NNP"), (",", 1, "punct", "PUNCT", ","),
    ("a", 6, "det", "DET", "DT"), ("marine", 5, "amod", "ADJ", "JJ"), ("biology", 6, "compound", "NOUN", "NN"),
    ("professor", 1, "appos", "NOUN", "NN"), ("at", 6, "prep", "ADP", "IN"),
    ("Nordland", 9, "compound", "PROPN", "NNP"), ("University", 7, "pobj", "PROPN", "NNP"),
    (",", 1, "punct", "PUNCT", ","), ("said", 11, "ROOT", "VERB", "VBD"),
]  # fmt: skip
_APPOS_ENTS = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "O", "O"]


def test_strip_name() -> None:
    assert strip_name("the Harbour Trust") == "Harbour Trust"
    assert strip_name("Vik’s") == "Vik"
    assert strip_name("Dr. Lena Vik") == "Lena Vik"
    assert strip_name("President") == "President"


def test_title_and_affiliation_from_an_appositive() -> None:
    doc = _doc(_APPOS, _APPOS_ENTS)
    assert profile(doc[1], doc[11]) == ("marine biology professor", "Nordland University")
    assert phrase(doc[1]).text == "Lena Vik"


def test_affiliation_from_a_preposition_on_the_verb() -> None:
    # "says Ole Dahl from the Fjord Institute": the parser hangs "from" on the verb
    rows = [
        ("says", 0, "ROOT", "VERB", "VBZ"), ("Ole", 2, "compound", "PROPN", "NNP"),
        ("Dahl", 0, "nsubj", "PROPN", "NNP"), ("from", 0, "prep", "ADP", "IN"), ("the", 6, "det", "DET", "DT"),
        ("Fjord", 6, "compound", "PROPN", "NNP"),
        ("Institute", 3, "pobj", "PROPN", "NNP"),
    ]  # fmt: skip
    doc = _doc(rows, ["O", "B-PERSON", "I-PERSON", "O", "B-ORG", "I-ORG", "I-ORG"])
    assert profile(doc[2], doc[0]) == (None, "Fjord Institute")


def test_group_phrase_repairs_a_lost_last_conjunct() -> None:
    # "Officials from Oslo and elsewhere believe": the parser hung "elsewhere" on the verb
    rows = [
        ("Officials", 5, "nsubj", "NOUN", "NNS"), ("from", 0, "prep", "ADP", "IN"), ("Oslo", 1, "pobj", "PROPN", "NNP"),
        ("and", 0, "cc", "CCONJ", "CC"), ("elsewhere", 5, "advmod", "ADV", "RB"), ("believe", 5, "ROOT", "VERB", "VBP"),
    ]  # fmt: skip
    doc = _doc(rows)
    assert phrase(doc[0]).text == "Officials from Oslo and elsewhere"


def _resolver(text_rows: list[tuple[str, int, str, str, str]], ents: list[str]) -> SpeakerResolver:
    doc = _doc(text_rows, ents)
    return SpeakerResolver(doc, load_lexicon(), [0])


def test_surnames_family_names_and_misspellings() -> None:
    rows = [
        ("Karl", 1, "compound", "PROPN", "NNP"), ("Russel", 1, "ROOT", "PROPN", "NNP"), ("and", 1, "cc", "CCONJ", "CC"),
        ("Park", 4, "compound", "PROPN", "NNP"), ("Min-jun", 1, "conj", "PROPN", "NNP"),
        ("and", 4, "cc", "CCONJ", "CC"), ("Eva", 7, "compound", "PROPN", "NNP"), ("Lund", 4, "conj", "PROPN", "NNP"),
    ]  # fmt: skip
    ents = ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON"]
    resolver = _resolver(rows, ents)
    end = len(resolver.doc.text) + 1
    assert resolver.full_name("Russel", end) == "Karl Russel"
    assert resolver.full_name("Russell", end) == "Karl Russel"  # an obvious misspelling
    assert resolver.full_name("Park", end) == "Park Min-jun"  # family name first
    assert resolver.full_name("Lind", end) is None  # too far from "Lund" to be a slip
    assert resolver.full_name("Lund", 5) is None  # never to a person introduced later
