"""HTML pages: trafilatura's text, metadata from the page, and the line cleaner run after it."""

from __future__ import annotations

from datetime import date

from storyline.ingest.html import extract

PARAS = [
    "PARIS — The minister said on Monday that the talks with the neighbouring country would resume next month.",
    "Sign up for our newsletter here.",
    "Officials from both sides have met twice this year, and diplomats expect a joint statement after the next round.",
    "The opposition criticised the plan, saying the government had offered too much and received too little in return.",
]


def page(paragraphs: list[str] = PARAS, head: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html><head><title>Talks to resume | The Daily</title>
<meta property="og:title" content="Talks to resume"><meta name="author" content="Ann Lee; Tom Brown">
<meta name="description" content="Both sides expect a statement.">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<meta property="og:site_name" content="The Daily">{head}</head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Talks to resume</h1>{body}</article><footer>© 2024 The Daily</footer></body></html>"""


def test_text_and_metadata() -> None:
    result = extract(page())
    assert result is not None
    assert result.meta.title == "Talks to resume"
    assert result.meta.outlet == "The Daily"
    assert result.meta.byline == ("Ann Lee", "Tom Brown")
    assert result.meta.published == date(2024, 3, 5)
    assert result.summary == "Both sides expect a statement."
    assert PARAS[0] in result.text and "Home" not in result.text


def test_page_without_text_gives_nothing_usable() -> None:
    for html in ("<html><body><nav>menu</nav></body></html>", "", "<<<>>>", "<html><body><p>unclosed <b><i>"):
        result = extract(html)
        assert result is None or len(result.text.split()) < 5
