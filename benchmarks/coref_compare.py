"""Compare two `storyline eval --CORPUS DIR --split all --json` outputs: each figure before, after and the change.

    .venv/bin/python benchmarks/coref_compare.py benchmarks/coref/gum-before.json out/gum-after.json
"""

from __future__ import annotations

import json
import sys
from typing import Any

FIGURES = (
    ("MUC F1", lambda s: s["muc"]["f1"]),
    ("B3 F1", lambda s: s["b3"]["f1"]),
    ("CEAF-e F1", lambda s: s["ceaf_e"]["f1"]),
    ("CoNLL F1", lambda s: s["conll_f1"]),
    ("link P", lambda s: s["link_precision"]),
    ("link R", lambda s: s["link_recall"]),
    ("wrong merges", lambda s: s["wrong_merges"]),
)


def main(before_path: str, after_path: str) -> None:
    with open(before_path, encoding="utf-8") as f:
        before: dict[str, Any] = json.load(f)
    with open(after_path, encoding="utf-8") as f:
        after: dict[str, Any] = json.load(f)
    print(f"{before['corpus']}: {before_path} -> {after_path}")
    for split in before["splits"]:
        for variant in ("all", "names"):
            b, a = before["splits"][split][variant], after["splits"].get(split, {}).get(variant)
            if a is None:
                continue
            print(f"[{split}, {variant}] {b['mentions']} -> {a['mentions']} gold mentions")
            for name, get in FIGURES:
                x, y = get(b), get(a)
                print(f"  {name:<13} {x:>8} {y:>8} {y - x:+.4f}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
