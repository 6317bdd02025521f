"""Title abbreviations the tokenizer keeps whole ("Sgt. Jones", "Const. Fanning"), so that their period ends no
sentence and the title stays with the name it stands before."""

from __future__ import annotations

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer

TITLE_ABBREVIATIONS = (
    "Adm.", "Brig.", "Capt.", "Cmdr.", "Col.", "Cpl.", "Lt.", "Maj.", "Pfc.", "Pvt.", "Sgt.", "Spc.",
    "Const.", "Det.", "Insp.", "Supt.", "Atty.", "Msgr.",
)  # fmt: skip
"""Abbreviated military, police and legal titles as news style writes them before a name (the AP Stylebook's
abbreviations of ranks and titles, with the Commonwealth police ranks "Const.", "Insp.", "Supt."). spaCy's English
exceptions already keep "Dr.", "Gen.", "Gov.", "Rep.", "Rev.", "Sen." whole but split these ("Sgt" + "."), and the
parser then ends a sentence after the title: '"...," Const. Fanning said.' lost its cue sentence. "Sr.", "Jr." and
"Fr." are left out: they also end a name at the end of a sentence."""


def keep_title_abbreviations(nlp: Language) -> None:
    """Make ``nlp``'s tokenizer keep each title abbreviation as one token."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):  # a custom tokenizer has no exceptions to extend
        return
    for abbreviation in TITLE_ABBREVIATIONS:
        tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
