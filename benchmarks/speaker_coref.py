"""Speakers judged by corpus coreference: every quote's speaker on the dev articles of MEANTIME or ECB+.

    .venv/bin/python benchmarks/speaker_coref.py meantime|ecbplus [--errors]

No attribution gold is needed: the speaker as written at the cue ("he", "the company", "The coroner") is aligned to
the corpus's person or organisation mention that overlaps it most, and the resolved speaker is right when it names
(``attr_score.same_speaker``) one of the names that mention's entity has in the same article. Speakers that align
with no mention, or whose entity the article never names, are not judged. Reads the dev split only (MEANTIME: all
but the last 6 documents of each cluster; ECB+: topics 1-35), so no held-back text of any instrument is read.
Prints judged and right per kind of mention (pronoun, description, name); ``--errors`` lists the wrong ones.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from storyline.eval.attr_gold import AttrDoc
from storyline.eval.attr_run import extract
from storyline.eval.attr_score import same_speaker
from storyline.eval.corpus import GoldArticle
from storyline.eval.ecbplus import read_ecbplus
from storyline.eval.meantime import read_meantime

DEVDATA = Path(__file__).resolve().parents[2] / "shared" / "devdata"
_PRONOUNS = {"he", "she", "they", "it", "him", "her", "we", "i"}


def _kind(written: str) -> str:
    lower = written.lower()
    if lower in _PRONOUNS:
        return "pronoun"
    if re.match(r"(the|a|an|its|his|her|their) ", lower) or written[:1].islower():
        return "description"
    return "name"


def main(argv: list[str]) -> None:
    corpus = argv[0] if argv else "meantime"
    if corpus == "meantime":
        groups = read_meantime(DEVDATA / "meantime_en", "dev")
    else:
        groups = read_ecbplus(DEVDATA / "ecbplus", "dev")
    articles: dict[str, GoldArticle] = {a.id.replace("/", "_"): a for g in groups for a in g.articles}
    found = extract([AttrDoc(corpus, i, "dev", a.text, ()) for i, a in articles.items()])
    judged: Counter[str] = Counter()
    right: Counter[str] = Counter()
    errors = []
    for doc_id, quotes in found.items():
        article = articles[doc_id]
        names: dict[str, set[str]] = {}
        for m in article.mentions:
            if m.name:
                names.setdefault(m.entity, set()).add(m.text)
        for quote in quotes:
            speaker = quote.speaker
            if speaker is None or speaker.mention.end <= speaker.mention.start:
                continue
            s, e = speaker.mention.start, speaker.mention.end
            over = [m for m in article.mentions if m.start < e and s < m.end]
            if not over:
                continue
            best = max(over, key=lambda m: (min(e, m.end) - max(s, m.start), m.start - m.end))
            gold = names.get(best.entity)
            if not gold:
                continue
            kind = _kind(speaker.mention.text)
            judged[kind] += 1
            ok = any(same_speaker(n, speaker.name) for n in gold)
            right[kind] += ok
            if not ok:
                errors.append(f"{doc_id}: {speaker.mention.text!r} -> {speaker.name!r}, gold {sorted(gold)[:3]}")
    total, good = sum(judged.values()), sum(right.values())
    print(f"{corpus} dev: {len(articles)} articles, speakers judged {total}, right {good} ({good / max(total, 1):.3f})")
    for kind in ("pronoun", "description", "name"):
        print(f"  {kind:<12} {right[kind]:>4} / {judged[kind]:<4}")
    if "--errors" in argv:
        print("\n".join(errors))


if __name__ == "__main__":
    main(sys.argv[1:])
