"""Reads GUM's coreference layer (WebAnno TSV 3.2, one file per document) as gold: one group per document.

Scored: mentions typed person or organization, with identity within the document through every coreference
relation except bridging (coref, ana, cata, appos, pred and disc chain mentions of one entity; bridge:* ties
different entities). Pronouns, titles and descriptions are included, as GUM annotates them; so are groups
("Australian children"), which storyline does not resolve. The held-back split is splits.md's test list;
everything else (its train and dev) is dev. GUM gives no creation dates.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from storyline.errors import GoldError, Msg
from storyline.eval.corpus import GoldArticle, GoldGroup, GoldMention, article_text, in_split, looks_like_name

TYPES = frozenset({"person", "organization"})
SPLITS_FILE = "splits.md"
_ANNOTATION = re.compile(r"^([^\[]+)(?:\[(\d+)\])?$")
_TARGET = re.compile(r"^(\d+-\d+(?:\.\d+)?)\[(\d+)_(\d+)\]$")

Key = tuple[str, str]
"""An entity annotation: ("id", number) when bracketed, ("tok", token id) for an unbracketed single token."""


def test_documents(root: Path) -> set[str]:
    """The document names splits.md lists under "## test"."""
    try:
        lines = (root / SPLITS_FILE).read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise GoldError(Msg.GOLD.format(path=root / SPLITS_FILE, why=e)) from e
    section, names = "", set()
    for line in lines:
        if line.startswith("## "):
            section = line[3:].strip()
        elif section == "test" and line.strip().startswith("* "):
            names.add(line.strip()[2:].strip())
    return names


class _Parents(dict[Key, Key]):
    """Union-find over entity annotations."""

    def find(self, key: Key) -> Key:
        root = key
        while self.setdefault(root, root) != root:
            root = self[root]
        while key != root:  # path compression
            self[key], key = root, self[key]
        return root

    def union(self, a: Key, b: Key) -> None:
        self[self.find(a)] = self.find(b)


def read_article(path: Path) -> GoldArticle:
    """One GUM document: its text rebuilt from the tokens and its person and organisation mentions."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise GoldError(Msg.GOLD.format(path=path, why=e)) from e
    sentences: dict[int, list[tuple[str, str]]] = defaultdict(list)
    tokens: dict[Key, list[str]] = defaultdict(list)  # entity annotation -> its token ids
    types: dict[Key, str] = {}
    parents = _Parents()
    for line in lines:
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 4:
            continue
        t_id = cols[0]
        sentences[int(t_id.split("-")[0])].append((t_id, cols[2]))
        if cols[3] == "_":
            continue
        here: dict[str, Key] = {}
        for annotation in cols[3].split("|"):
            match = _ANNOTATION.match(annotation)
            if not match:
                raise GoldError(Msg.GOLD.format(path=path, why=f"token {t_id}: entity '{annotation}'"))
            number = match.group(2)
            key: Key = ("id", number) if number else ("tok", t_id)
            tokens[key].append(t_id)
            types[key] = match.group(1)
            here[number or "0"] = key
        if len(cols) > 9 and cols[8] != "_":
            for kind, target in zip(cols[8].split("|"), cols[9].split("|"), strict=False):
                found = _TARGET.match(target)
                if kind.startswith("bridge") or not found:
                    continue
                to_token, to_id, from_id = found.groups()
                source = here.get(from_id, ("id", from_id))
                parents.union(source, ("id", to_id) if to_id != "0" else ("tok", to_token))
    order = sorted(sentences)
    text, spans = article_text([[word for _, word in sentences[n]] for n in order])
    where = {
        t_id: span
        for n, offsets in zip(order, spans, strict=True)
        for (t_id, _), span in zip(sentences[n], offsets, strict=True)
    }
    mentions = []
    for key, ids in tokens.items():
        if types[key] not in TYPES:
            continue
        start, end = where[ids[0]][0], where[ids[-1]][1]
        root = parents.find(key)
        inside = set(ids)
        words = [word for n in order for t_id, word in sentences[n] if t_id in inside]
        entity = f"{path.stem}/{root[0]}{root[1]}"
        mentions.append(GoldMention(start, end, entity, text[start:end], looks_like_name(words)))
    mentions.sort(key=lambda m: (m.start, m.end))
    return GoldArticle(path.stem, text, tuple(mentions))


def read_gum(directory: str | Path, split: str = "dev") -> list[GoldGroup]:
    """Every document of the split as its own group, by name. ``directory`` holds the .tsv files and splits.md
    (or is the corpus folder with tsv/ inside)."""
    root = Path(directory)
    folder = root / "tsv" if (root / "tsv").is_dir() else root
    files = sorted(folder.glob("*.tsv"))
    if not files:
        raise GoldError(Msg.GOLD.format(path=root, why="no .tsv documents"))
    splits_at = root if (root / SPLITS_FILE).exists() else folder
    test = test_documents(splits_at)
    groups = []
    for path in files:
        member = "test" if path.stem in test else "dev"
        if in_split(split, member):
            groups.append(GoldGroup(path.stem, member, (read_article(path),)))
    return groups
