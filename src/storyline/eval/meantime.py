"""Reads MEANTIME (English, CAT XML) as coreference gold: one group per story cluster (airbus, apple, gm, stock).

Scored: entity mentions that refer to a PER or ORG entity, with identity across the cluster's articles through
the cross-document instance ids (an entity without one is local to its article); for events (``--events``) every
event mention, with the happening it refers to the same way. A mention is a name when the
corpus marks it NAM or PRE.NAM. Each article's creation time is its DCT (the dateline when the DCT is missing
or not ISO). Held back: the last 6 documents by numeric id of each cluster (24 of 120); dev is the other 96.
The text is laid out as ``examples/mixed/make_meantime.py`` writes it: headline, then one paragraph per
sentence, the dateline sentence left out.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from storyline.errors import GoldError, Msg
from storyline.eval.corpus import GoldArticle, GoldGroup, GoldMention, article_text, in_split

TYPES = frozenset({"PER", "ORG"})
NAME_TYPES = frozenset({"NAM", "PRE.NAM"})
HELD_BACK = 6
"""Documents per cluster held back as the test split (the last ones by numeric document id)."""
_DATELINE = re.compile(r"[A-Z][a-z]+ \d{1,2}, \d{4}")


@dataclass(frozen=True)
class Rebuilt:
    """A MEANTIME document's text as storyline reads it, and where each token landed."""

    title: str
    text: str
    dct: str
    """The creation time as given (ISO date), or from the dateline; "" when neither says."""
    where: dict[str, tuple[int, int]]
    """Token id -> (start, end) in ``text``; tokens of the left-out dateline are absent."""


def rebuild(root: ET.Element) -> Rebuilt:
    """The text of a parsed document: headline, blank line, then one paragraph per sentence."""
    sentences: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for tok in root.iter("token"):
        sentences[int(tok.get("sentence", "0"))].append((tok.get("t_id", ""), tok.text or ""))
    dct = ""
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = timex.get("value", "")
    order = sorted(sentences)
    if len(order) > 1:
        second = " ".join(word for _, word in sentences[order[1]]).replace(" ,", ",")
        if _DATELINE.fullmatch(second):
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dct):  # missing or DD-MM-YYYY creation time: the dateline
                dct = datetime.strptime(second, "%B %d, %Y").date().isoformat()
            order.pop(1)
    text, spans = article_text([[word for _, word in sentences[n]] for n in order])
    where = {
        t_id: span
        for n, offsets in zip(order, spans, strict=True)
        for (t_id, _), span in zip(sentences[n], offsets, strict=True)
    }
    return Rebuilt(text.split("\n", 1)[0], text, dct, where)


def _date(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def read_article(path: Path, cluster: str) -> GoldArticle:
    """One MEANTIME document with its person and organisation mentions."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as e:
        raise GoldError(Msg.GOLD.format(path=path, why=e)) from e
    doc_id = root.get("doc_id") or path.stem.split("_")[0]
    rebuilt = rebuild(root)
    markables = root.find("Markables")
    anchors: dict[str, tuple[list[str], bool]] = {}
    entities: dict[str, tuple[str, str]] = {}  # ENTITY or EVENT m_id -> (identity, type; "EVENT" for events)
    event_mentions: list[str] = []
    for element in markables if markables is not None else []:
        m_id = element.get("m_id", "")
        if element.tag in {"ENTITY_MENTION", "EVENT_MENTION"}:
            tokens = [a.get("t_id", "") for a in element.findall("token_anchor")]
            anchors[m_id] = (tokens, element.get("syntactic_type", "") in NAME_TYPES)
            if element.tag == "EVENT_MENTION":
                event_mentions.append(m_id)
        elif element.tag in {"ENTITY", "EVENT"}:
            identity = element.get("instance_id") or f"{cluster}/{doc_id}/{m_id}"
            entities[m_id] = (identity, "EVENT" if element.tag == "EVENT" else element.get("ent_type", ""))

    def placed(m_id: str, identity: str) -> GoldMention | None:
        tokens, name = anchors.get(m_id, ([], False))
        spans = [rebuilt.where[t] for t in tokens if t in rebuilt.where]
        if not spans:
            return None
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        return GoldMention(start, end, identity, rebuilt.text[start:end], name)

    mentions: list[GoldMention] = []
    happening: dict[str, str] = {}  # event mention m_id -> the event it refers to
    relations = root.find("Relations")
    for relation in relations if relations is not None else []:
        target = relation.find("target")
        entity = entities.get(target.get("m_id", "") if target is not None else "")
        if relation.tag != "REFERS_TO" or entity is None:
            continue
        for source in relation.findall("source"):
            if entity[1] == "EVENT":
                happening[source.get("m_id", "")] = entity[0]
            elif entity[1] in TYPES and (mention := placed(source.get("m_id", ""), entity[0])) is not None:
                mentions.append(mention)
    # An event mention that refers to no event instance is its own happening.
    events = [m for m_id in event_mentions if (m := placed(m_id, happening.get(m_id, f"{cluster}/{doc_id}/e{m_id}")))]
    mentions.sort(key=lambda m: (m.start, m.end))
    events.sort(key=lambda m: (m.start, m.end))
    return GoldArticle(f"{cluster}/{doc_id}", rebuilt.text, tuple(mentions), _date(rebuilt.dct), tuple(events))


def read_meantime(directory: str | Path, split: str = "dev") -> list[GoldGroup]:
    """Each cluster's documents of the split as one group. ``directory`` is the corpus folder (with
    intra_cross-doc_annotation/) or that folder itself."""
    root = Path(directory)
    base = root / "intra_cross-doc_annotation" if (root / "intra_cross-doc_annotation").is_dir() else root
    clusters = sorted(p for p in base.glob("corpus_*") if p.is_dir())
    if not clusters:
        raise GoldError(Msg.GOLD.format(path=root, why="no corpus_* cluster folders"))
    groups = []
    for folder in clusters:
        cluster = folder.name.removeprefix("corpus_")
        paths = sorted(folder.glob("*.xml"), key=lambda p: int(re.match(r"\d*", p.stem).group() or 0))  # type: ignore[union-attr]
        for member, part in (("dev", paths[:-HELD_BACK]), ("test", paths[-HELD_BACK:])):
            if in_split(split, member) and part:
                groups.append(GoldGroup(f"{cluster}-{member}", member, tuple(read_article(p, cluster) for p in part)))
    return groups
