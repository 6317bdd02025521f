"""A component that starts a new sentence after every line break, before the parser runs.

Headlines, subheadings and captions often lack a final full stop; without this the parser glues them
to the next paragraph's first sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("storyline_paragraphs")
def mark_paragraphs(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on the first token after a token or whitespace containing a newline."""
    after_break = False
    for token in doc:
        if token.is_space:
            after_break = after_break or "\n" in token.text
            continue
        if after_break and token.i > 0:
            token.is_sent_start = True
        after_break = "\n" in token.whitespace_
    return doc
