"""Property tests: random and mutated inputs never raise, and offsets always point into the text."""

from __future__ import annotations

import io
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.ingest import read_inputs
from storyline.ingest.clean import clean
from storyline.model import Article, Skip
from storyline.settings import Settings

SEED_TEXT = (Path(__file__).resolve().parents[2] / "examples" / "seeds" / "002_a9eaf120916f3366.txt").read_text()

# Text made of news-like pieces, exotic characters and line structure, so the rules actually fire.
PIECES = st.sampled_from(
    [
        "\n",
        "\n\n",
        " ",
        "—",
        "–",
        "-",
        "«",
        "»",
        "„",
        "“",
        "”",
        "‘",
        "’",
        '"',
        "\u00a0",
        "\u200b",
        "\r",
        "\t",
        "\x00",
        "\x1b",
        "\u2028",
        "\ufeff",
        "\ud800",
        "Photo: ",
        "Getty Images",
        "/",
        ", AFP",
        "TOKYO — ",
        "SEOUL—",
        "Sign up here.",
        "-Analysis-",
        "Summary",
        "more",
        "topics",
        "By Ann Lee",
        "Translated by:",
        "Write to A B at a@b.c",
        "The minister said on Monday that talks would resume.",
        "Officials met twice this year.",
        "Kim",
        ".",
        "?",
    ]
)
TEXTS = st.one_of(st.text(max_size=400), st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=60).map("".join))


def check_article(article: Article) -> None:
    assert len(article.body) == len(article.text)
    # Line structure is kept: a newline in the body is a line break in the text.
    assert all(article.text[i] in "\n\u2028\u2029" for i, ch in enumerate(article.body) if ch == "\n")
    for dropped in article.dropped:
        assert 0 <= dropped.start <= dropped.end <= len(article.text)
        assert article.text[dropped.start : dropped.end] == dropped.text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_cleaner_keeps_length_and_offsets(text: str) -> None:
    cleaned = clean(text)
    assert len(cleaned.body) == len(text)
    for dropped in cleaned.dropped:
        assert text[dropped.start : dropped.end] == dropped.text
        assert cleaned.body[dropped.start : dropped.end].strip() == ""


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_read_inputs_never_raises_on_text(text: str) -> None:
    items = list(read_inputs(["-"], stdin=io.StringIO(text), settings=Settings(min_words=3)))
    assert len(items) == 1
    if isinstance(items[0], Article):
        check_article(items[0])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600))
def test_read_inputs_never_raises_on_bytes(data: bytes) -> None:
    items = list(read_inputs(["-"], stdin=io.BytesIO(data), settings=Settings(min_words=3)))
    assert len(items) == 1
    if isinstance(items[0], Article):
        check_article(items[0])


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, len(SEED_TEXT) - 1), st.binary(min_size=0, max_size=8)), max_size=12))
def test_mutated_seed_never_raises(mutations: list[tuple[int, bytes]]) -> None:
    data = bytearray(SEED_TEXT.encode())
    for at, chunk in mutations:
        data[at : at + len(chunk)] = chunk
    for item in read_inputs(["-"], stdin=io.BytesIO(bytes(data))):
        assert isinstance(item, Article | Skip)
        if isinstance(item, Article):
            check_article(item)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(TEXTS, st.builds(lambda t: json.dumps({"text": t}), TEXTS)), max_size=6))
def test_jsonl_never_raises(tmp_path_factory: object, lines: list[str]) -> None:
    folder = tmp_path_factory.mktemp("jsonl")  # type: ignore[attr-defined]
    path = folder / "x.jsonl"
    path.write_text("\n".join(line.replace("\n", " ") for line in lines), encoding="utf-8", errors="surrogatepass")
    for item in read_inputs([str(path)], settings=Settings(min_words=3)):
        if isinstance(item, Article):
            check_article(item)
