"""TIMEX3 gold written as TimeML (inline TIMEX3s in <TEXT>, the creation time in <DCT>): MEANTIME converted so
that `storyline eval --timeml` scores what `--meantime-timex` scores."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from storyline.errors import GoldError, Msg
from storyline.eval.timex_gold import GoldTimex, TimexDocument


def _open_tag(timex: GoldTimex, tid: int) -> str:
    attributes = {"tid": f"t{tid}", "type": timex.type, "value": timex.value}
    if timex.mod:
        attributes["mod"] = timex.mod
    if timex.function:
        attributes["functionInDocument"] = timex.function
    return "<TIMEX3 " + " ".join(f"{k}={quoteattr(v)}" for k, v in attributes.items()) + ">"


def _body(document: TimexDocument, text: str) -> str:
    """``text`` with each TIMEX3 inline; nested ones nest, crossing ones cannot be written."""
    events: list[tuple[int, int, int, str]] = []  # (offset, closes first, order, tag)
    open_stack: list[GoldTimex] = []
    for number, timex in enumerate(sorted(document.timexes, key=lambda t: (t.start, -t.end)), start=1):
        while open_stack and open_stack[-1].end <= timex.start:
            open_stack.pop()
        if open_stack and timex.end > open_stack[-1].end:
            why = f"TIMEX3s {open_stack[-1].text!r} and {timex.text!r} cross: TimeML cannot write them inline"
            raise GoldError(Msg.GOLD.format(path=document.id, why=why))
        open_stack.append(timex)
        events.append((timex.start, 1, number, _open_tag(timex, number)))
        events.append((timex.end, 0, -number, "</TIMEX3>"))
    out: list[str] = []
    position = 0
    for offset, _, _, tag in sorted(events):
        out.append(escape(text[position:offset]))
        out.append(tag)
        position = offset
    out.append(escape(text[position:]))
    return "".join(out)


def to_timeml(document: TimexDocument) -> str:
    """``document`` as a TimeML file. Text past the annotated part is left out: TimeML has no way to say
    "not annotated here", and the extractor reads forward, so the part kept reads the same."""
    text = document.text if document.annotated_end is None else document.text[: document.annotated_end]
    dct = ""
    if document.published is not None:
        day = document.published.isoformat()
        dct = (
            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{day}" temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{day}</TIMEX3></DCT>\n'
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n'
        f"<DOCID>{escape(document.id)}</DOCID>\n{dct}<TEXT>{_body(document, text)}</TEXT>\n</TimeML>\n"
    )


def write_timeml(documents: Iterable[TimexDocument], directory: str | Path) -> list[Path]:
    """Write each document as ``<id>.tml`` under ``directory`` (created if missing); the paths written."""
    base = Path(directory)
    base.mkdir(parents=True, exist_ok=True)
    written = []
    for document in documents:
        path = base / f"{document.id}.tml"
        path.write_text(to_timeml(document), encoding="utf-8")
        written.append(path)
    return written
