"""TimeML (TempEval-3 style) as TIMEX3 gold: the text of <TEXT> with its inline TIMEX3s, the DCT's value."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

from storyline.errors import GoldError, Msg
from storyline.eval.timex_gold import GoldTimex, TimexDocument


def _walk(element: ET.Element, parts: list[str], found: list[GoldTimex], offset: int) -> int:
    """Append ``element``'s text (tags dropped) to ``parts``; record each TIMEX3 at its offset."""
    start = offset
    if element.text:
        parts.append(element.text)
        offset += len(element.text)
    for child in element:
        offset = _walk(child, parts, found, offset)
        if child.tail:
            parts.append(child.tail)
            offset += len(child.tail)
    if element.tag == "TIMEX3":
        found.append(
            GoldTimex(
                start=start,
                end=offset,
                text="",  # filled in once the whole text is known
                type=element.get("type", ""),
                value=element.get("value", ""),
                mod=element.get("mod", ""),
                function="CREATION_TIME" if element.get("functionInDocument") == "CREATION_TIME" else "",
            )
        )
    return offset


def _creation_time(root: ET.Element) -> date | None:
    for timex in root.iter("TIMEX3"):
        m = re.match(r"(\d{4}-\d{2}-\d{2})", timex.get("value", ""))
        if timex.get("functionInDocument") == "CREATION_TIME" and m:
            return date.fromisoformat(m[1])
    return None


def read_timeml(path: str | Path) -> TimexDocument:
    """One TimeML file: the text of its <TEXT> element, the TIMEX3s inside it, the DCT as the anchor."""
    path = Path(path)
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as e:
        raise GoldError(Msg.GOLD.format(path=path, why=e)) from e
    body = root.find(".//TEXT")
    if body is None:
        raise GoldError(Msg.GOLD.format(path=path, why="no <TEXT> element"))
    parts: list[str] = []
    found: list[GoldTimex] = []
    _walk(body, parts, found, 0)
    text = "".join(parts)
    timexes = tuple(
        GoldTimex(t.start, t.end, text[t.start : t.end], t.type, t.value, t.mod, t.function)
        for t in sorted(found, key=lambda t: (t.start, t.end))
        if t.end > t.start
    )
    docid = root.findtext(".//DOCID") or path.stem
    return TimexDocument(id=docid.strip(), text=text, published=_creation_time(root), timexes=timexes)


def read_timeml_dir(directory: str | Path) -> list[TimexDocument]:
    """Every ``*.tml`` (or ``*.xml``) file under ``directory``, in name order."""
    base = Path(directory)
    paths = sorted(p for p in base.rglob("*") if p.suffix in {".tml", ".xml"} and p.is_file())
    if not paths:
        raise GoldError(Msg.GOLD.format(path=base, why="no .tml or .xml TimeML files"))
    return [read_timeml(p) for p in paths]
