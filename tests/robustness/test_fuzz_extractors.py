"""Fuzz the extractors: random and mutated articles never raise, and every record points into the text."""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.ingest.clean import clean
from storyline.model import Article, ArticleAnalysis
from storyline.nlp.analyze import analyze
from storyline.nlp.pipeline import load_nlp
from storyline.runner import run
from storyline.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SEEDS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "seeds").glob("*.txt"))]
MEANTIME_FILE = ROOT / "tests" / "data" / "meantime_timex" / "meantime_timex.json"
MEANTIME: list[str] = [d["text"] for d in json.loads(MEANTIME_FILE.read_text(encoding="utf-8"))]
SOURCES: list[str] = SEEDS + MEANTIME

# STORYLINE_FUZZ_EXAMPLES raises the number of examples for a long local hunt with fresh random inputs
# (tests/conftest.py derandomises the property tests otherwise).
EXAMPLES = int(os.environ.get("STORYLINE_FUZZ_EXAMPLES", "250"))

# How many generated inputs each test tried; printed at the end of the module (pytest -s shows it).
TRIED: Counter[str] = Counter()

QUOTE_MARKS = ['"', "“", "”", "‘", "’", "'", "«", "»", "„", "‹", "›", "「", "」", "＂", "``", "''"]
ODD = [
    "\u00a0",
    "\u200b",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\x00",
    "\t",
    "\r\n",
    "\n",
    "\n\n",
    "—",
    "–",
    "…",
    "é",
    "ß",
    "Ж",
    "中文",
    "🙂",
    "\u0301",
    "İ",
    "ﬁ",
    "\ufffd",
    "Ⅻ",
    "٣",
    "²",
]
NUMBERS = [
    "0",
    "1",
    "11,000",
    "3.5",
    "$5 billion",
    "27-year-old",
    "as many as 8,000",
    "at least one",
    "50%",
    "thousands",
    "1950-53",
    "2024",
    "June 30, 2019",
    "12:30",
    "1,2,3",
    "-7",
    "9" * 30,
    "one of just five",
]
WORDS = [
    "said",
    "says",
    "told",
    "according to",
    "warned",
    "Kim Jong Un",
    "Russia",
    "he",
    "she",
    "officials",
    "signed",
    "a treaty",
    "attacked",
    "on Tuesday",
    "last week",
    "troops",
    "Mr.",
    "Dr.",
    ":",
    ";",
    ",",
    ".",
    "?",
    "!",
    "(",
    ")",
    "[",
    "]",
    "-",
    "/",
    "Cha",
    "Seoul",
    "the U.S.",
    "estimate",
    "pact",
    "sanctions",
]


def source_text(index: int) -> str:
    return SOURCES[index % len(SOURCES)]


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """A window of a real article with a handful of edits: deletions, duplications, insertions."""
    base = source_text(draw(st.integers(0, len(SOURCES) - 1)))
    start = draw(st.integers(0, max(0, len(base) - 200)))
    text = base[start : start + draw(st.integers(0, 3000))]
    for _ in range(draw(st.integers(0, 8))):
        at = draw(st.integers(0, len(text)))
        op = draw(st.sampled_from(["delete", "duplicate", "quote", "odd", "number", "word", "random", "swapcase"]))
        if op in ("delete", "duplicate", "swapcase"):
            end = min(len(text), at + draw(st.integers(0, 120)))
            span = text[at:end]
            piece = "" if op == "delete" else span * 2 if op == "duplicate" else span.swapcase()
            text = text[:at] + piece + text[end:]
            continue
        pools = {"quote": QUOTE_MARKS, "odd": ODD, "number": NUMBERS, "word": WORDS}
        piece = draw(st.text(max_size=12)) if op == "random" else draw(st.sampled_from(pools[op]))
        text = text[:at] + piece + text[at:]
    return text


# Text built from news-like pieces only: the rules fire on odd combinations no article has.
PIECES = st.sampled_from(QUOTE_MARKS + ODD + NUMBERS + WORDS + [" ", " ", " "])
ASSEMBLED = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=80).map(" ".join)


@pytest.fixture(scope="module", autouse=True)
def _model() -> Any:
    load_nlp(Settings().model)  # load once, outside the timed examples
    yield
    print(f"\nfuzz inputs tried: {dict(TRIED)} (total {sum(TRIED.values())})")


def _spans(obj: Any, path: str) -> list[tuple[str, Any]]:
    """Every record (or Ref) with start/end/text reachable from ``obj``, with a path for the message."""
    found = []
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        names = {f.name for f in dataclasses.fields(obj)}
        if {"start", "end", "text"} <= names:
            found.append((path, obj))
        for name in names:
            found += _spans(getattr(obj, name), f"{path}.{name}")
    elif isinstance(obj, tuple | list):
        for i, item in enumerate(obj):
            found += _spans(item, f"{path}[{i}]")
    return found


def check_analysis(article: Article, analysis: ArticleAnalysis) -> int:
    """Offsets inside the text, text equal to the slice, sentences covering the body; returns #records."""
    text, n = article.text, len(article.text)
    spans = _spans(analysis, "analysis")
    for path, rec in spans:
        assert 0 <= rec.start <= rec.end <= n, f"{path}: {rec.start}:{rec.end} outside 0:{n}"
        assert rec.text == text[rec.start : rec.end], f"{path}: {rec.text!r} != {text[rec.start : rec.end]!r}"
        if hasattr(rec, "sent"):
            assert 0 <= rec.sent < max(1, len(analysis.sentences)), f"{path}: sent {rec.sent}"
    # Sentences are in order, do not overlap, and leave only whitespace between them.
    pos = 0
    for i, sent in enumerate(analysis.sentences):
        assert sent.index == i
        assert pos <= sent.start <= sent.end <= n, f"sentence {i}: {sent.start}:{sent.end} after {pos}"
        assert article.body[pos : sent.start].strip() == "", f"sentence {i} leaves text uncovered"
        pos = sent.end
    assert article.body[pos:].strip() == ""
    return len(spans)


def article_of(text: str, published: date | None = None) -> Article:
    # The ingest cleaner's body: normalised quote marks and spaces, blanked lines, same length as text.
    return Article(id="fuzz", source="fuzz", text=text, body=clean(text).body, published=published)


# Relative times resolve against the publication date: draw it too, far into the past and the future.
DATES = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(mutated(), DATES)
def test_mutated_articles(text: str, published: date | None) -> None:
    TRIED["mutated"] += 1
    article = article_of(text, published)
    check_analysis(article, analyze(article))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(ASSEMBLED, DATES)
def test_assembled_texts(text: str, published: date | None) -> None:
    TRIED["assembled"] += 1
    article = article_of(text, published)
    check_analysis(article, analyze(article))


@pytest.mark.parametrize("index", range(len(SOURCES)))
def test_real_texts_pass_the_same_checks(index: int) -> None:
    """The unmutated texts: the checker itself must accept good analyses (and sees many records)."""
    article = article_of(source_text(index))
    assert check_analysis(article, analyze(article)) > 0


def test_normalised_characters_keep_the_original_text() -> None:
    """Regression: records took their text from the normalised body (no-break space, « », ＂)."""
    text = (
        "Seoul\u00a0officials met on\u00a0Tuesday. President\u00a0Kim\u00a0Jong\u00a0Un said «we will win» "
        "and ＂11,000 troops＂ were sent, according to South\u00a0Korean intelligence. Russia and North Korea "
        "signed a mutual\u00a0defence treaty in June."
    )
    article = article_of(text)
    analysis = analyze(article)
    assert check_analysis(article, analysis) > 3
    assert any("\u00a0" in m.text for m in analysis.mentions)


@settings(max_examples=max(10, EXAMPLES // 12), deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(mutated(), min_size=1, max_size=4), DATES)
def test_mutated_batches_through_store_and_story(texts: list[str], published: date | None) -> None:
    """A batch of mutated articles through the whole runner (ingest, analyze, store, resolve) never raises."""
    TRIED["batches"] += 1
    with tempfile.TemporaryDirectory() as folder:
        for i, text in enumerate(texts):
            Path(folder, f"{i}.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
        result = run([folder], published=published, settings=Settings(min_words=3), collect=True)
    assert result.summary.analysed + sum(result.summary.skipped.values()) == len(texts)
    by_id = {a.id: a for a in result.articles}
    for analysis in result.analyses:
        check_analysis(by_id[analysis.article_id], analysis)
    for actor in result.story.actors:
        assert actor.name


@pytest.mark.parametrize("published", [date(999, 1, 1), date(1, 1, 1), date(9999, 12, 31)])
def test_implausible_publication_date_leaves_relative_times_unresolved(published: date) -> None:
    """Regression: a mistyped publication year (0999) crashed the times extractor and so the whole run."""
    text = "Ford posts a profit\nTalks resumed on January 2. Officials met last week and will meet next year."
    article = article_of(text, published)
    analysis = analyze(article)
    check_analysis(article, analysis)
    assert analysis.times and all(t.value is None for t in analysis.times if t.relative)
