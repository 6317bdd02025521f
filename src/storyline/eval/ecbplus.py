"""Reads ECB+ (CAT XML per article under ECB+/<topic>/) as coreference gold: one group per topic.

Scored for identity: the HUMAN_PART_PER and HUMAN_PART_ORG mentions (after the release's own rule that a mention
linked to an instance takes the instance's tag) in the sentences ECBplus_coreference_sentences.csv lists, the only
ones whose annotation is complete. HUMAN_PART_GPE is left out: it tags a country or city acting ("Pakistan
condemned ..."), which storyline resolves as a state by ISO code, and the issue asks for person and organisation
identity; GENERIC ("people"), MET, VEH and FAC are not persons or organisations. A mention in no coreference relation
is its own entity (a singleton). For events (``storyline eval --ecbplus DIR --events``): every ACTION_* and
NEG_ACTION_* mention in the same sentences, with the happening its coreference relations give. Topics 36-45 are the
held-back test split, as is conventional since Cybulska and Vossen (2015); dev is topics 1-35. The corpus gives no
creation dates.
"""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

from storyline.errors import GoldError, Msg
from storyline.eval.corpus import GoldArticle, GoldGroup, GoldMention, article_text, in_split, looks_like_name

TAGS = frozenset({"HUMAN_PART_PER", "HUMAN_PART_ORG"})
EVENT_TAGS = ("ACTION_", "NEG_ACTION_")
"""Event mentions: occurrences, states, reporting, perception, aspectual, causative, generic, and their negations."""
TEST_TOPICS = range(36, 46)
SENTENCES = "ECBplus_coreference_sentences.csv"


def _listed(root: Path) -> dict[str, set[int]]:
    """Document name ("1_10ecbplus") -> the sentence numbers whose annotation is complete."""
    listed: dict[str, set[int]] = defaultdict(set)
    try:
        with (root / SENTENCES).open(newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                listed[f"{row['Topic']}_{row['File']}"].add(int(row["Sentence Number"]))
    except (OSError, KeyError, ValueError) as e:
        raise GoldError(Msg.GOLD.format(path=root / SENTENCES, why=e)) from e
    return listed


def read_article(path: Path, sentences: set[int]) -> GoldArticle:
    """One ECB+ document: its text (the URL line of the newer documents left out) and its scored mentions."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as e:
        raise GoldError(Msg.GOLD.format(path=path, why=e)) from e
    name = path.stem
    by_sentence: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for tok in root.iter("token"):
        by_sentence[int(tok.get("sentence", "0"))].append((tok.get("t_id", ""), tok.text or ""))
    numbers = sorted(by_sentence)
    if name.endswith("ecbplus") and numbers and numbers[0] == 0:
        numbers = numbers[1:]  # sentence 0 of the newer documents is the page's URL, not text
    text, spans = article_text([[t for _, t in by_sentence[n]] for n in numbers])
    where = {
        t_id: (n, span)
        for n, offsets in zip(numbers, spans, strict=True)
        for (t_id, _), span in zip(by_sentence[n], offsets, strict=True)
    }
    markables = root.find("Markables")
    anchors: dict[str, list[str]] = {}
    tags: dict[str, str] = {}
    instances: dict[str, tuple[str, str]] = {}  # target m_id -> (entity, tag)
    for element in markables if markables is not None else []:
        m_id = element.get("m_id", "")
        tokens = [a.get("t_id", "") for a in element.findall("token_anchor")]
        if tokens:
            anchors[m_id], tags[m_id] = tokens, element.tag
        else:
            instances[m_id] = (element.get("instance_id") or f"{name}/{m_id}", element.tag)
    entity_of: dict[str, str] = {}
    relations = root.find("Relations")
    for relation in relations if relations is not None else []:
        target = relation.find("target")
        instance = instances.get(target.get("m_id", "") if target is not None else "")
        if instance is None:
            continue
        for source in relation.findall("source"):
            m_id = source.get("m_id", "")
            entity_of[m_id] = instance[0]
            if instance[1].startswith("HUMAN_PART"):  # the release's rule: the instance's tag wins
                tags[m_id] = instance[1]
    mentions: list[GoldMention] = []
    events: list[GoldMention] = []
    for m_id, tokens in anchors.items():
        placed = [where[t] for t in tokens if t in where]
        is_event = tags[m_id].startswith(EVENT_TAGS)
        if (tags[m_id] not in TAGS and not is_event) or not placed or placed[0][0] not in sentences:
            continue
        start, end = min(s for _, (s, _) in placed), max(e for _, (_, e) in placed)
        words = re.findall(r"\S+", text[start:end])
        entity = entity_of.get(m_id, f"{name}/m{m_id}")
        mention = GoldMention(start, end, entity, text[start:end], looks_like_name(words))
        (events if is_event else mentions).append(mention)
    mentions.sort(key=lambda m: (m.start, m.end))
    events.sort(key=lambda m: (m.start, m.end))
    return GoldArticle(name, text, tuple(mentions), events=tuple(events))


def read_ecbplus(directory: str | Path, split: str = "dev") -> list[GoldGroup]:
    """Every topic of the split as a group, in topic order."""
    root = Path(directory)
    corpus = root / "ECB+"
    if not corpus.is_dir():
        raise GoldError(Msg.GOLD.format(path=root, why="no ECB+/ folder of topics"))
    listed = _listed(root)
    groups = []
    for topic in sorted((p for p in corpus.iterdir() if p.name.isdigit()), key=lambda p: int(p.name)):
        member = "test" if int(topic.name) in TEST_TOPICS else "dev"
        if not in_split(split, member):
            continue
        paths = sorted(topic.glob("*.xml"), key=lambda p: p.stem)
        articles = tuple(read_article(p, listed.get(p.stem, set())) for p in paths)
        groups.append(GoldGroup(f"topic-{topic.name}", member, articles))
    return groups
