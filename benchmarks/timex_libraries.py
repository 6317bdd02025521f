"""Time libraries against the hand grammar on MEANTIME dev gold TIMEX3s: dateparser, python-dateutil, storyline.

Each gold expression (its text alone, the document creation time as the base) is read by each; a reading counts
when it gives the gold value at the gold's grain. Run: `python benchmarks/timex_libraries.py MEANTIME_DIR`.
dateparser is not a dependency of storyline: install it to run this.
"""

from __future__ import annotations

import re
import sys
import warnings
from datetime import datetime

import dateparser  # type: ignore[import-not-found]
from dateutil import parser as dateutil_parser  # type: ignore[import-untyped]

from storyline.eval.meantime_timex import read_meantime
from storyline.nlp.timex import normalize


def at_grain(value: str, moment: datetime | None) -> str | None:
    """``moment`` written at the grain of the gold ``value`` (day, month, year); None for any other grain."""
    if moment is None:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return moment.date().isoformat()
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return f"{moment.year:04d}-{moment.month:02d}"
    if re.fullmatch(r"\d{4}", value):
        return f"{moment.year:04d}"
    return None


def kind(gold_type: str, text: str, value: str) -> str:
    if gold_type not in {"DATE", "TIME"}:
        return "durations and sets"
    if re.search(r"\d{4}", text):
        return "dates with a written year"
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return "days, months, years without one"
    return "weeks, quarters, parts of day, PRESENT_REF..."


def main(directory: str) -> None:
    warnings.filterwarnings("ignore")  # dateparser warns about its own settings on every call
    counts: dict[str, list[int]] = {}
    for document in read_meantime(directory, "dev"):
        if document.published is None:
            continue
        base = datetime(document.published.year, document.published.month, document.published.day, 12)
        for gold in document.timexes:
            row = counts.setdefault(kind(gold.type, gold.text, gold.value), [0, 0, 0, 0])
            row[0] += 1
            settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
            row[1] += at_grain(gold.value, dateparser.parse(gold.text, settings=settings)) == gold.value
            try:
                parsed = dateutil_parser.parse(gold.text, default=base)
            except (ValueError, OverflowError):
                parsed = None
            row[2] += at_grain(gold.value, parsed) == gold.value
            found = normalize(gold.text, document.published)
            row[3] += bool(found and found.value == gold.value)
    print("| gold TIMEX3s (MEANTIME dev) | n | dateparser | python-dateutil | storyline |")
    print("|---|---|---|---|---|")
    for name, (n, by_dateparser, by_dateutil, ours) in counts.items():
        print(f"| {name} | {n} | {by_dateparser} | {by_dateutil} | {ours} |")


if __name__ == "__main__":
    main(sys.argv[1])
