"""Issue 23, items 2 and 12: unsafe characters in any field are replaced one for one and recorded, never stored."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from storyline.ingest import read_inputs
from storyline.ingest.sanitize import display_path, scrub, scrub_text
from storyline.model import Article, Skip
from storyline.runner import run
from storyline.settings import Settings
from tests.ingest.test_reader import BODY, article_text, html_page

UNSAFE = "\x00\x01\x1b\x7f\x85\ud800\udfff\ufffe\uffff\ufdd0\U0001fffe\U0010ffff"
SAFE = "a\tb\nc\rd “e” \u00a0 \ufeff 😀 \ue000"
"""Tab, newline and CR stay (the cleaner turns them into breaks and spaces), and so does every character a
text may hold: quote marks, no-break space, the BOM, emoji, private use."""


def read(*inputs: str | Path, **kwargs: object) -> list[Article | Skip]:
    return list(read_inputs([str(i) for i in inputs], **kwargs))  # type: ignore[arg-type]


def unsafe_in(value: str) -> bool:
    return scrub(value).count > 0


def assert_clean(article: Article) -> None:
    fields = [article.text, article.body, article.source, *article.byline]
    fields += [v for v in (article.title, article.outlet, article.url, article.summary) if v]
    for value in fields:
        assert not unsafe_in(value), repr(value)
        value.encode("utf-8")  # a lone surrogate would raise
    assert len(article.body) == len(article.text)
    for line in article.dropped:
        assert article.text[line.start : line.end] == line.text


def test_scrub_replaces_each_unsafe_character_one_for_one_and_keeps_the_rest() -> None:
    text = f"x{UNSAFE}y{SAFE}"
    scrubbed = scrub(text)
    assert scrubbed.text == "x" + "\ufffd" * len(UNSAFE) + "y" + SAFE
    assert scrubbed.count == len(UNSAFE)
    assert scrubbed.counts() == {"control-character": 5, "surrogate": 2, "noncharacter": 5}
    assert scrub(SAFE).runs == ()


def test_every_noncharacter_is_replaced() -> None:
    planes = range(0, 0x110000, 0x10000)
    nonchars = [chr(c) for c in range(0xFDD0, 0xFDF0)] + [chr(p + e) for p in planes for e in (0xFFFE, 0xFFFF)]
    assert len(nonchars) == 66
    assert scrub("".join(nonchars)).counts() == {"noncharacter": 66}


def test_text_runs_are_recorded_as_dropped_runs_at_their_offsets() -> None:
    text, dropped = scrub_text("ab\x00\x01cd\ufffeef")
    assert text == "ab\ufffd\ufffdcd\ufffdef"
    assert [(d.start, d.end, d.reason) for d in dropped] == [(2, 4, "control-character"), (6, 7, "noncharacter")]


def test_jsonl_lone_surrogate_url_is_replaced_and_the_next_line_still_read(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    bad = (
        '"url": "http://x/\\ud800", "title": "Talks\\u0000 to \\ufffe resume", "outlet": "Out\\u001b]0;x\\u0007let",'
        ' "byline": "Ann\\udfffLee"'
    )
    lines = [
        f'{{"text": {json.dumps(BODY)}, {bad}}}',
        json.dumps({"text": BODY.replace("minister", "president"), "url": "http://x/2"}),
    ]
    path.write_text("\n".join(lines) + "\n")
    first, second = read(path)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.url == "http://x/\ufffd"
    assert first.title == "Talks\ufffd to \ufffd resume"
    assert first.outlet == "Out\ufffd]0;x\ufffdlet"
    assert first.byline == ("Ann\ufffdLee",)
    reasons = sorted(d.reason for d in first.dropped if d.start == d.end == 0)
    assert reasons == [
        "control-character in outlet: 2",
        "control-character in title: 1",
        "noncharacter in title: 1",
        "surrogate in byline: 1",
        "surrogate in url: 1",
    ]
    assert_clean(first)


def test_control_characters_in_the_text_are_replaced_and_offsets_stay(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(article_text(body=BODY.replace("Monday", "Mon\x1b[31mday\x07").replace("talks", "talks\ufffe")))
    article = read(path)[0]
    assert isinstance(article, Article)
    assert "Mon\ufffd[31mday\ufffd" in article.text
    runs = [d for d in article.dropped if d.reason in ("control-character", "noncharacter")]
    assert [article.text[d.start : d.end] for d in runs] == ["\ufffd", "\ufffd", "\ufffd"]
    assert all(article.body[d.start : d.end].strip() == "" for d in runs), "the body reads them as spaces"
    assert_clean(article)


def test_html_metadata_and_manifest_values_are_scrubbed(tmp_path: Path) -> None:
    page = html_page(title="Talks &#1; to resume", extra_head='<meta name="description" content="Sum\x0bmary">')
    (tmp_path / "a.html").write_text(page.replace("Page Outlet", "Page\x1b Outlet"))
    (tmp_path / "manifest.csv").write_text("file,outlet,byline\na.html,Wire\x07 Service,Bo\x01b\n")
    article = read(tmp_path, outlet=None)[0]
    assert isinstance(article, Article), article
    assert article.title == "Talks \ufffd to resume"
    assert article.outlet == "Wire\ufffd Service" and article.byline == ("Bo\ufffdb",)
    reasons = {d.reason for d in article.dropped if d.start == d.end == 0}
    assert {"control-character in outlet: 1", "control-character in byline: 1"} <= reasons
    assert "character-reference in html: 3" in reasons  # <title>, og:title and <h1>
    assert_clean(article)


def test_flags_are_scrubbed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(article_text())
    article = read(tmp_path, outlet="Bad\x1b[2J Outlet")[0]
    assert isinstance(article, Article) and article.outlet == "Bad\ufffd[2J Outlet"
    assert "control-character in outlet: 1" in {d.reason for d in article.dropped}


def test_a_nul_in_the_head_is_binary_and_a_stray_nul_later_is_replaced(tmp_path: Path) -> None:
    filler = (BODY * 200)[:20_000]
    (tmp_path / "head.txt").write_bytes(b"\x00" + article_text(body=filler).encode())
    (tmp_path / "late.txt").write_bytes(article_text(body=filler).encode() + b"\x00tail")
    (tmp_path / "late.jsonl").write_text(json.dumps({"text": "Jsonl. " + filler + "\x00tail"}) + "\n")
    items = read(tmp_path)
    assert [(Path(i.source).name, i.reason) for i in items if isinstance(i, Skip)] == [("head.txt", "binary")]
    articles = [i for i in items if isinstance(i, Article)]
    assert len(articles) == 2
    for article in articles:
        assert "\x00" not in article.text and "\ufffdtail" in article.text
        assert any(d.reason == "control-character" for d in article.dropped)


def test_unsafe_skip_details_and_file_names_are_stored(tmp_path: Path) -> None:
    # A non-UTF-8 file name (Python holds it as a lone surrogate) and a bad date quoting control characters.
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text(article_text())
    odd = folder / Path(b"caf\xe9\x1b.txt".decode("utf-8", "surrogateescape"))
    odd.write_text("")
    (folder / "bad.jsonl").write_text(json.dumps({"text": BODY, "published": "20\x0024-\ud800"}) + "\n")
    kb = tmp_path / "kb.db"
    result = run([str(folder)], kb=kb, settings=Settings())
    assert result.summary.analysed == 1
    names = {Path(s.source).name: s for s in result.skips}
    assert "caf\\xe9\ufffd.txt" in names and names["caf\\xe9\ufffd.txt"].reason == "empty"
    assert names["bad.jsonl:1"].reason == "malformed" and not unsafe_in(names["bad.jsonl:1"].detail)
    assert display_path(odd).endswith("caf\\xe9\ufffd.txt")
    with sqlite3.connect(kb) as conn:
        assert conn.execute("SELECT count(*) FROM skips").fetchone()[0] == 2


def test_a_surrogate_url_does_not_stop_the_run(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    second = BODY.replace("minister", "president")
    path.write_text(
        f'{{"text": {json.dumps(BODY)}, "url": "http://x/\\ud800"}}\n{json.dumps({"text": second})}\n'
    )
    kb = tmp_path / "kb.db"
    result = run([str(path)], kb=kb)
    assert result.summary.analysed == 2 and not result.skips
    with sqlite3.connect(kb) as conn:
        urls = [r[0] for r in conn.execute("SELECT url FROM articles ORDER BY url")]
    assert urls == [None, "http://x/\ufffd"]
