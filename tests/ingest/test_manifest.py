"""Manifests: parsing, lookup by relative path or basename, and errors that name the file and line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from storyline.errors import ManifestError
from storyline.ingest.manifest import load_manifest


def write(tmp_path: Path, content: str) -> Path:
    path = tmp_path / "manifest.csv"
    path.write_text(content, encoding="utf-8")
    return path


def test_rows_by_basename_and_relative_path(tmp_path: Path) -> None:
    path = write(
        tmp_path, "file,outlet,published,url,title\na.txt,Daily,2024-01-02,http://x/a,A title\nsub/b.txt,Weekly,,,\n"
    )
    manifest = load_manifest(path)
    a = manifest.lookup(tmp_path / "a.txt")
    assert a is not None
    assert (a.outlet, a.published, a.url, a.title) == ("Daily", date(2024, 1, 2), "http://x/a", "A title")
    b = manifest.lookup(tmp_path / "sub" / "b.txt")
    assert b is not None and b.outlet == "Weekly" and b.published is None
    # By basename from elsewhere (e.g. the file was copied).
    assert manifest.lookup(Path("/elsewhere/a.txt")) == a
    assert manifest.lookup(tmp_path / "c.txt") is None


def test_shared_basename_matches_only_by_path(tmp_path: Path) -> None:
    manifest = load_manifest(write(tmp_path, "file,outlet\nx/a.txt,One\ny/a.txt,Two\n"))
    assert manifest.lookup(tmp_path / "y" / "a.txt").outlet == "Two"  # type: ignore[union-attr]
    assert manifest.lookup(Path("/elsewhere/a.txt")) is None


def test_column_order_case_bom_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "manifest.csv"
    path.write_text("\ufeffOutlet,File\n\nDaily,a.txt\n", encoding="utf-8")
    assert load_manifest(path).lookup(tmp_path / "a.txt").outlet == "Daily"  # type: ignore[union-attr]


def test_byline_column(tmp_path: Path) -> None:
    manifest = load_manifest(write(tmp_path, "file,byline\na.txt,Ann Lee; Tom Brown\n"))
    assert manifest.lookup(tmp_path / "a.txt").byline == ("Ann Lee", "Tom Brown")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("content", "line", "words"),
    [
        ("outlet,published\nDaily,2024-01-02\n", 1, "'file' column"),
        ("file,published\na.txt,2024-01-02\nb.txt,yesterday\n", 3, "'yesterday' is not a date"),
        ("file,outlet\na.txt,Daily,extra\n", 2, "3 columns where the header has 2"),
        ("file,outlet\na.txt\n", 2, "1 columns"),
        ("file,outlet\n,Daily\n", 2, "'file' column is empty"),
        ("", 1, "empty"),
    ],
)
def test_malformed_manifest_names_file_and_line(tmp_path: Path, content: str, line: int, words: str) -> None:
    path = write(tmp_path, content)
    with pytest.raises(ManifestError) as error:
        load_manifest(path)
    message = str(error.value)
    assert str(path) in message and f"line {line}" in message and words in message


def test_missing_manifest(tmp_path: Path) -> None:
    with pytest.raises(ManifestError, match="no such file"):
        load_manifest(tmp_path / "nope.csv")
