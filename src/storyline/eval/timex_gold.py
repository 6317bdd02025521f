"""Gold time expressions of a TimeML-annotated document: the records both corpus readers produce."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """One TIMEX3 of the gold annotation."""

    start: int
    """Character offset of the TIMEX3 span in ``TimexDocument.text``."""
    end: int
    text: str
    """The span as written (``text[start:end]``)."""
    type: str
    """TIMEX3 type: DATE, TIME, DURATION or SET."""
    value: str
    """TIMEX3 value ("2008-04-09", "P5Y", "PRESENT_REF"...)."""
    mod: str = ""
    """TIMEX3 mod (START, END, APPROX, MORE_THAN...), empty when the annotation has none."""
    function: str = ""
    """TIMEX3 functionInDocument: CREATION_TIME for the creation time when the text writes it (MEANTIME's
    dateline), empty otherwise."""


@dataclass(frozen=True, slots=True)
class TimexDocument:
    """A document with its creation time and gold TIMEX3 annotations."""

    id: str
    text: str
    """The document text the offsets point into."""
    published: date | None
    """Document creation time (DCT): the anchor for relative expressions."""
    timexes: tuple[GoldTimex, ...]
    """Gold TIMEX3s in text order (the DCT itself only when it is part of the text)."""
    annotated_end: int | None = None
    """Where the annotated part of the text ends (MEANTIME marks times in the first sentences only): system
    expressions starting there or later are not scored. None: the whole text is annotated."""
    group: str = ""
    """Collection the document belongs to (a MEANTIME cluster), empty when the corpus has none."""
