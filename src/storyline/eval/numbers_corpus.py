"""ECB+ documents rebuilt for the numbers eval: the corpus splits "6.1" and "2,000" into three tokens, which are
glued back so the text reads the way the outlet wrote it; a sub-topic (the ECB or the ECB+ half of a topic, one
happening each) is one story."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from storyline.errors import GoldError, Msg
from storyline.eval.corpus import article_text

_DIGITS = re.compile(r"^\d+$")
_THOUSANDS = re.compile(r"^\d{3}$")
# A sum's currency sign before its whole part ("$2 . 6 million") and a scale letter after its decimals ("£1 . 7m",
# "22 . 4bn") are the number's, as the outlet wrote "$2.6 million" and "£1.7m".
_CURRENCY = "$£€"
_DECIMALS = re.compile(r"^\d+(?:m|bn|k)?$")


@dataclass(frozen=True)
class CorpusText:
    """One document: its name ("20_1ecb") and the rebuilt text."""

    name: str
    text: str


def _glued(tokens: list[str]) -> list[str]:
    """Tokens with split numbers joined: "6 . 1" -> "6.1", "2 , 000" -> "2,000", "09 : 10" -> "09:10"."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        while (
            i + 2 < len(tokens)
            and _DIGITS.match(token.lstrip(_CURRENCY).replace(",", "").replace(".", ""))
            and tokens[i + 1] in (".", ",", ":")
            and (_DECIMALS if tokens[i + 1] == "." else _DIGITS).match(tokens[i + 2])
            and (tokens[i + 1] != "," or _THOUSANDS.match(tokens[i + 2]))
            and (tokens[i + 1] != ":" or len(tokens[i + 2]) == 2)
        ):
            token += tokens[i + 1] + tokens[i + 2]
            i += 2
        out.append(token)
        i += 1
    return out


def read_document(path: Path) -> CorpusText:
    """One ECB+ CAT XML document as text (the URL line of the newer documents left out)."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as e:
        raise GoldError(Msg.GOLD.format(path=path, why=e)) from e
    by_sentence: dict[int, list[str]] = defaultdict(list)
    for tok in root.iter("token"):
        by_sentence[int(tok.get("sentence", "0"))].append(tok.text or "")
    numbers = sorted(by_sentence)
    if path.stem.endswith("ecbplus") and numbers and numbers[0] == 0:
        numbers = numbers[1:]  # sentence 0 of the newer documents is the page's URL, not text
    text, _ = article_text([_glued(by_sentence[n]) for n in numbers])
    return CorpusText(path.stem, text)


def subtopic_of(name: str) -> str:
    """ "20_3ecb" -> "20ecb", "20_3ecbplus" -> "20ecbplus": one happening."""
    topic, rest = name.split("_", 1)
    return topic + ("ecbplus" if rest.endswith("ecbplus") else "ecb")


def read_subtopic(directory: str | Path, subtopic: str) -> list[CorpusText]:
    """The documents of one sub-topic ("20ecb") from the folder holding ECB+/, in document order."""
    topic = re.match(r"\d+", subtopic)
    folder = Path(directory) / "ECB+" / (topic.group(0) if topic else "")
    if topic is None or not folder.is_dir():
        raise GoldError(Msg.GOLD.format(path=folder, why=f"no ECB+ topic for {subtopic}"))
    paths = [p for p in folder.glob("*.xml") if subtopic_of(p.stem) == subtopic]
    paths.sort(key=lambda p: int(p.stem.split("_")[1].rstrip("ecbplus") or 0))
    return [read_document(p) for p in paths]
