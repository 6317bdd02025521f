"""The highlighted article text: escaped, well-formed, every fact anchored once, nothing lost."""

from __future__ import annotations

import html
from html.parser import HTMLParser

from storyline.web.highlight import Mark, highlight, marks
from tests.web.web_factory import article_a, injection_article


class _Walker(HTMLParser):
    """Collects text, tags and ids, and checks that every tag is closed in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.stack: list[str] = []
        self.tags: list[str] = []
        self.ids: list[str] = []
        self.facts: dict[str, int] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append(tag)
        self.tags.append(tag)
        values = dict(attrs)
        if values.get("id"):
            self.ids.append(str(values["id"]))
        fact = values.get("data-fact")
        if fact:
            self.facts[fact] = self.facts.get(fact, 0) + 1

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag, f"unbalanced </{tag}>"

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def walk(markup: str) -> _Walker:
    walker = _Walker()
    walker.feed(markup)
    walker.close()
    assert walker.stack == []
    return walker


def test_text_is_kept_exactly_and_escaped() -> None:
    article, analysis = injection_article()
    out = highlight(article.text, marks(article, analysis))
    walker = walk(str(out))
    assert "".join(walker.text) == article.text
    assert set(walker.tags) == {"span"}, "only our spans are elements; the article's tags are text"
    assert "<script>" not in out and "&lt;script&gt;" in out


def test_every_fact_has_one_anchor() -> None:
    article, analysis = article_a()
    walker = walk(str(highlight(article.text, marks(article, analysis))))
    assert len(walker.ids) == len(set(walker.ids))
    expected = {f"q-{i}" for i in range(len(analysis.quotes))} | {f"c-{i}" for i in range(len(analysis.claims))}
    expected |= {f"m-{i}" for i in range(len(analysis.mentions))} | {f"t-{i}" for i in range(len(analysis.times))}
    expected |= {f"e-{i}" for i in range(len(analysis.events))} | {f"s-{s.index}" for s in analysis.sentences}
    expected |= {"d-0", "d-1", "k-0"}
    assert expected == set(walker.ids)


def test_nested_marks_nest() -> None:
    text = "He said 8,000 troops."
    out = highlight(text, [Mark(0, 21, "s-0", "sent"), Mark(8, 20, "q-0", "quote"), Mark(8, 13, "c-0", "claim")])
    assert str(out) == (
        '<span id="s-0" class="sent" data-fact="s-0">He said '
        '<span id="q-0" class="quote" data-fact="q-0"><span id="c-0" class="claim" data-fact="c-0">8,000</span>'
        " troops</span>.</span>"
    )


def test_crossing_marks_are_split_with_one_id() -> None:
    text = "abcdefghij"
    out = highlight(text, [Mark(0, 6, "a", "quote"), Mark(3, 9, "b", "claim")])
    walker = walk(str(out))
    assert "".join(walker.text) == text
    assert walker.ids.count("b") == 1 and walker.facts == {"a": 1, "b": 2}


def test_out_of_range_and_empty_marks_are_ignored() -> None:
    text = "a < b"
    out = highlight(text, [Mark(3, 2, "x", "claim"), Mark(0, 99, "y", "quote"), Mark(2, 2, "z", "time")])
    assert str(out) == html.escape(text, quote=True).replace("&#x27;", "&#39;")


def test_titles_are_escaped() -> None:
    out = highlight("x", [Mark(0, 1, "m-0", "mention", title='"><img src=x onerror=alert(1)>', href='/actors/a"b')])
    assert "<img" not in str(out) and "&#34;&gt;&lt;img" in str(out)
