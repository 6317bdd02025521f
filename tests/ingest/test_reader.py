"""read_inputs end to end: every reader, metadata precedence, manifests, duplicates and every skip reason."""

from __future__ import annotations

import hashlib
import io
import json
from datetime import date
from pathlib import Path

import pytest

from storyline.errors import InputError, ManifestError
from storyline.ingest import read_inputs
from storyline.model import Article, Skip
from storyline.settings import Settings

BODY = (
    "The minister said on Monday that the talks with the neighbouring country would resume next month.\n\n"
    "Officials from both sides have met twice this year, and diplomats expect a joint statement after the next "
    "round of negotiations in the capital.\n"
)
FRENCH = (
    "Le ministre a déclaré lundi que les négociations avec le pays voisin reprendraient le mois prochain. "
    "Les responsables des deux camps se sont rencontrés deux fois cette année et les diplomates attendent "
    "une déclaration commune après la prochaine série de négociations dans la capitale."
)


def article_text(title: str = "Talks to resume", body: str = BODY) -> str:
    return f"{title}\n\n{body}"


def html_page(title: str = "Talks to resume", extra_head: str = "", body: str = BODY) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (
        f'<!DOCTYPE html><html><head><title>{title}</title><meta property="og:title" content="{title}">'
        '<meta name="author" content="Ann Lee"><meta property="og:site_name" content="Page Outlet">'
        f'<meta property="article:published_time" content="2024-03-05">{extra_head}</head>'
        f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    )


def read(*inputs: str | Path, **kwargs: object) -> list[Article | Skip]:
    return list(read_inputs([str(i) for i in inputs], **kwargs))  # type: ignore[arg-type]


def only_article(items: list[Article | Skip]) -> Article:
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


def skip_reasons(items: list[Article | Skip]) -> list[str]:
    return [item.reason for item in items if isinstance(item, Skip)]


# -- readers ----------------------------------------------------------------------------------------------


def test_plain_text_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(article_text(), encoding="utf-8")
    article = only_article(read(path))
    assert article.source == str(path)
    assert article.title == "Talks to resume"
    assert article.text == article_text()
    assert len(article.body) == len(article.text)
    assert article.language == "en"
    assert article.id == hashlib.sha256(" ".join(article.body.split()).encode()).hexdigest()[:16]
    assert article.clean_text().startswith("The minister said")


def test_html_file(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text(html_page(), encoding="utf-8")
    article = only_article(read(path))
    assert article.title == "Talks to resume"
    assert article.outlet == "Page Outlet"
    assert article.byline == ("Ann Lee",)
    assert article.published == date(2024, 3, 5)
    assert article.text.startswith("Talks to resume\n")  # trafilatura's text; the headline is dropped from the body
    assert article.dropped[0].reason == "title"
    assert "<p>" not in article.text


def test_html_with_declared_charset(tmp_path: Path) -> None:
    path = tmp_path / "a.htm"
    path.write_bytes(html_page("Café talks", '<meta charset="windows-1252">').encode("cp1252"))
    assert only_article(read(path)).title == "Café talks"


def test_jsonl_lines_with_metadata_and_a_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"text": BODY, "title": "First", "outlet": "Wire", "published": "2024-02-01", "url": "http://x/1"}),
        "{not json",
        "",
        json.dumps({"html": html_page("Second", body=BODY.replace("Monday", "Friday"))}),
        json.dumps(["a", "list"]),
        json.dumps({"title": "no text"}),
        json.dumps({"text": BODY.replace("Monday", "Tuesday"), "published": "soon"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(path)
    assert [item.source for item in items] == [f"{path}:{n}" for n in (1, 2, 4, 5, 6, 7)]
    first, second = items[0], items[2]
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.title, first.outlet, first.published, first.url) == ("First", "Wire", date(2024, 2, 1), "http://x/1")
    assert first.text == BODY  # a JSONL title is metadata: the text's first line stays body
    assert second.title == "Second" and second.outlet == "Page Outlet"
    assert skip_reasons(items) == ["malformed"] * 4
    assert "line 2" in items[1].detail  # type: ignore[union-attr]


def test_stdin_text_and_html() -> None:
    article = only_article(read("-", stdin=io.StringIO(article_text())))
    assert article.source == "-" and article.title == "Talks to resume"
    article = only_article(read("-", stdin=io.BytesIO(html_page().encode())))
    assert article.outlet == "Page Outlet"


def test_stdin_binary_and_undecodable() -> None:
    assert skip_reasons(read("-", stdin=io.BytesIO(b"\x00\x01binary"))) == ["binary"]
    assert skip_reasons(read("-", stdin=io.BytesIO("déjà vu".encode("latin-1")))) == ["undecodable"]


def test_directory_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "2.txt").write_text(article_text(body=BODY + "Two.\n"))
    (tmp_path / "a.txt").write_text(article_text(body=BODY + "One.\n"))
    (tmp_path / "c.html").write_text(html_page())
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / ".DS_Store").write_bytes(b"\x00")
    (tmp_path / ".hidden" / "x.txt").write_text(article_text())
    (tmp_path / "manifest.csv").write_text("file,outlet\n")
    items = read(tmp_path)
    assert [Path(item.source).name for item in items] == ["a.txt", "2.txt", "c.html", "notes.pdf"]
    assert skip_reasons(items) == ["unsupported"]


def test_explicit_file_with_other_extension_is_read_by_content(tmp_path: Path) -> None:
    path = tmp_path / "story"
    path.write_text(article_text())
    assert only_article(read(path)).title == "Talks to resume"


def test_missing_explicit_path_raises(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="no such file"):
        read(tmp_path, manifest=tmp_path / "missing.csv")


# -- metadata precedence ---------------------------------------------------------------------------------


def test_html_metadata_then_manifest_then_flags(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(html_page())
    assert only_article(read(tmp_path)).outlet == "Page Outlet"
    (tmp_path / "manifest.csv").write_text("file,outlet,published,title\na.html,Manifest Outlet,2024-04-01,\n")
    article = only_article(read(tmp_path))
    assert (article.outlet, article.published, article.title) == (
        "Manifest Outlet",
        date(2024, 4, 1),
        "Talks to resume",
    )
    article = only_article(read(tmp_path, outlet="Flag Outlet", published=date(2024, 5, 1)))
    assert (article.outlet, article.published) == ("Flag Outlet", date(2024, 5, 1))


def test_jsonl_fields_are_overridden_by_manifest(tmp_path: Path) -> None:
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": BODY, "outlet": "Line Outlet", "title": "T"}) + "\n")
    (tmp_path / "manifest.csv").write_text("file,outlet\nb.jsonl,Manifest Outlet\n")
    article = only_article(read(tmp_path / "b.jsonl"))
    assert (article.outlet, article.title) == ("Manifest Outlet", "T")


def test_manifest_title_overrides_first_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(article_text())
    (tmp_path / "manifest.csv").write_text("file,title\na.txt,Better title\n")
    article = only_article(read(tmp_path / "a.txt"))
    assert article.title == "Better title"
    assert article.dropped[0].text == "Talks to resume"


def test_explicit_manifest_and_nearest_manifest_in_subfolders(tmp_path: Path) -> None:
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "a.txt").write_text(article_text())
    (tmp_path / "manifest.csv").write_text("file,outlet,published\nsub/a.txt,Top,2024-01-01\n")
    article = only_article(read(tmp_path))
    assert (article.outlet, article.published) == ("Top", date(2024, 1, 1))
    (sub / "manifest.csv").write_text("file,outlet\na.txt,Near\n")
    article = only_article(read(tmp_path))
    assert (article.outlet, article.published) == ("Near", None)
    other = tmp_path / "other.csv"
    other.write_text("file,published\na.txt,2024-06-06\n")
    article = only_article(read(tmp_path, manifest=other))
    assert (article.outlet, article.published) == ("Near", date(2024, 6, 6))


def test_malformed_manifest_raises(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(article_text())
    (tmp_path / "manifest.csv").write_text("file,published\na.txt,13/11/2024\n")
    with pytest.raises(ManifestError, match=r"manifest.csv, line 2: '13/11/2024' is not a date"):
        read(tmp_path)


# -- skips ---------------------------------------------------------------------------------------------


def test_every_skip_reason(tmp_path: Path) -> None:
    files = {
        "01_empty.txt": b"",
        "02_blank.txt": b"  \n\n ",
        "03_binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00",
        "04_latin1.txt": article_text().replace("Monday", "Montag äöü").encode("latin-1"),
        "05_truncated.txt": (article_text() + "café").encode()[:-1],
        "06_large.txt": article_text(body=BODY * 50).encode(),
        "07_french.txt": article_text("Les négociations", FRENCH).encode(),
        "08_short.txt": b"Headline\n\nToo short to be an article.\n",
        "09_original.txt": article_text().encode(),
        "10_copy.txt": ("Talks to resume\n\n\n" + BODY.replace("\n\n", "\n   \n")).encode(),
        "11_page.htm": b"<html><body><nav>Home</nav></body></html>",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    items = read(tmp_path, settings=Settings(max_bytes=5_000))
    got = {Path(item.source).name: item.reason if isinstance(item, Skip) else "ok" for item in items}
    assert got == {
        "01_empty.txt": "empty",
        "02_blank.txt": "empty",
        "03_binary.txt": "binary",
        "04_latin1.txt": "undecodable",
        "05_truncated.txt": "truncated",
        "06_large.txt": "too-large",
        "07_french.txt": "not-english",
        "08_short.txt": "no-body",
        "09_original.txt": "ok",
        "10_copy.txt": "duplicate",
        "11_page.htm": "no-body",
    }
    duplicate = next(item for item in items if isinstance(item, Skip) and item.reason == "duplicate")
    assert "09_original.txt" in duplicate.detail


def test_other_languages_kept_when_english_not_required(tmp_path: Path) -> None:
    (tmp_path / "fr.txt").write_text(article_text("Les négociations", FRENCH))
    article = only_article(read(tmp_path, settings=Settings(require_english=False)))
    assert article.language == "fr"


def test_jsonl_too_large_line_and_undecodable_line(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    big = json.dumps({"text": BODY * 100})
    path.write_bytes(big.encode() + b"\n" + b'{"text": "caf\xe9"}\n' + json.dumps({"text": BODY}).encode() + b"\n")
    items = read(path, settings=Settings(max_bytes=2_000))
    assert [item.reason if isinstance(item, Skip) else "ok" for item in items] == ["too-large", "undecodable", "ok"]


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")
def test_unreadable_file(tmp_path: Path) -> None:
    # A real I/O error: /proc/self/mem is a regular file whose first page cannot be read (EIO), even by root,
    # who reads through any file permission.
    path = tmp_path / "broken.txt"
    path.symlink_to("/proc/self/mem")
    items = read(tmp_path)
    assert skip_reasons(items) == ["unreadable"]
    assert "Input/output error" in items[0].detail  # type: ignore[union-attr]


def test_duplicate_across_inputs_in_one_call(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(article_text())
    items = read(tmp_path / "a.txt", tmp_path / "a.txt")
    assert skip_reasons(items) == ["duplicate"]


def test_stdin_metadata_from_manifest_row_and_size_limit(tmp_path: Path) -> None:
    manifest = tmp_path / "meta.csv"
    manifest.write_text("file,outlet,published\n-,Piped,2024-07-07\n")
    article = only_article(read("-", stdin=io.StringIO(article_text()), manifest=manifest))
    assert (article.outlet, article.published) == ("Piped", date(2024, 7, 7))
    items = read("-", stdin=io.BytesIO(article_text().encode()), settings=Settings(max_bytes=50))
    assert skip_reasons(items) == ["too-large"]


def test_jsonl_fields_win_over_the_html_they_carry(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"html": html_page(), "outlet": "Line Outlet", "published": "2024-01-09"}) + "\n")
    article = only_article(read(path))
    assert (article.outlet, article.published, article.byline) == ("Line Outlet", date(2024, 1, 9), ("Ann Lee",))


def test_a_plain_text_stamp_dates_the_article_under_every_metadata_layer(tmp_path: Path) -> None:
    stamped = f"Talks to resume\nPublished: March 14, 2019 | Updated: March 16, 2019\n\n{BODY}"
    (tmp_path / "a.txt").write_text(stamped, encoding="utf-8")
    article = only_article(read(tmp_path))
    assert (article.title, article.published) == ("Talks to resume", date(2019, 3, 14))
    assert "Published" not in article.body
    # Front matter, a manifest row and a flag each say more than the text's stamp.
    (tmp_path / "manifest.csv").write_text("file,published\na.txt,2024-04-01\n")
    assert only_article(read(tmp_path)).published == date(2024, 4, 1)
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps({"text": stamped, "published": "2024-02-01"}) + "\n", encoding="utf-8")
    assert only_article(read(path)).published == date(2024, 2, 1)
