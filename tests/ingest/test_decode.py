"""Bytes to text: empty, binary, BOMs, UTF-8, declared HTML charsets, truncation."""

from __future__ import annotations

import codecs

import pytest

from storyline.ingest.decode import Failure, check_text, declared_charset, decode, looks_like_html, too_large


def reason(result: str | Failure) -> str:
    return result.reason if isinstance(result, Failure) else "ok"


def test_utf8_text() -> None:
    assert decode("Grüße “quoted”".encode()) == "Grüße “quoted”"


@pytest.mark.parametrize("data", [b"", b"   \n\t  "])
def test_empty(data: bytes) -> None:
    assert reason(decode(data)) == "empty"


@pytest.mark.parametrize(
    "data",
    [
        b"text\x00with nul",
        b"%PDF-1.7 some pdf",
        b"\x89PNG\r\n\x1a\n....",
        b"\x1f\x8b\x08\x00gzip",
        bytes(range(1, 32)) * 20,
    ],
)
def test_binary(data: bytes) -> None:
    assert reason(decode(data)) == "binary"


def test_not_utf8_is_undecodable() -> None:
    assert reason(decode("café au lait".encode("latin-1"))) == "undecodable"


def test_truncated_inside_a_character() -> None:
    assert reason(decode("fin du café".encode()[:-1])) == "truncated"


@pytest.mark.parametrize(
    ("bom", "codec"),
    [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")],
)
def test_bom_is_honoured_and_removed(bom: bytes, codec: str) -> None:
    assert decode(bom + "héllo wörld".encode(codec)) == "héllo wörld"


def test_html_declared_charset_is_honoured() -> None:
    page = '<html><head><meta charset="windows-1252"></head><body><p>café “x”</p></body></html>'
    data = page.encode("cp1252")
    assert reason(decode(data)) == "undecodable"
    assert "café “x”" in str(decode(data, html=True))


def test_html_declaring_utf8_must_be_utf8() -> None:
    data = '<meta charset="utf-8"><p>café</p>'.encode("latin-1")
    assert reason(decode(data, html=True)) == "undecodable"


def test_declared_charset_forms() -> None:
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">') == "iso8859-1"
    assert declared_charset(b'<?xml version="1.0" encoding="utf-8"?>') == "utf-8"
    assert declared_charset(b'<meta charset="no-such-codec">') is None


def test_check_text() -> None:
    assert check_text("fine text") is None
    assert reason(check_text("  ") or "ok") == "empty"
    assert reason(check_text("a\x00b") or "ok") == "binary"


def test_too_large() -> None:
    assert too_large(10, 10) is None
    failure = too_large(11, 10)
    assert failure is not None and failure.reason == "too-large" and "11" in failure.detail


def test_looks_like_html() -> None:
    assert looks_like_html("<!DOCTYPE html><html><body>x</body></html>")
    assert looks_like_html("  <p>one</p><p>two</p>")
    assert not looks_like_html("Plain text about x < y and y > z.")
