"""What a page holds that could run: inline scripts, event handlers, injected elements, script URLs."""

from __future__ import annotations

from html.parser import HTMLParser

# Elements no storyline page writes itself: one of them in a page can only come from an article.
_FOREIGN = frozenset({"img", "iframe", "object", "embed", "frame", "frameset", "base", "video", "audio", "math"})
_URL_ATTRIBUTES = frozenset({"href", "src", "xlink:href", "action", "formaction", "data"})
# The one data: URL storyline writes: matplotlib's colour bar image inside the timeline SVG.
_OWN_DATA = "data:image/png;base64,"


class _Scan(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _FOREIGN:
            self.problems.append(f"<{tag}> element")
        if tag == "link" and not (dict(attrs).get("href") or "").startswith("/static/"):
            self.problems.append(f"<link> not from /static/: {attrs!r}")
        if tag == "form" and not (dict(attrs).get("action") or "").startswith("/"):
            self.problems.append(f"<form> posting elsewhere: {attrs!r}")
        if tag == "script":
            source = dict(attrs).get("src") or ""
            if not source.startswith("/static/"):
                self.problems.append(f"<script> not from /static/: {source!r}")
            self._in_script = True
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"event handler {name}={value!r} on <{tag}>")
            if name in _URL_ATTRIBUTES and value is not None:
                scheme = value.strip().lower()
                if scheme.startswith(("javascript:", "vbscript:")) or (
                    scheme.startswith("data:") and not scheme.startswith(_OWN_DATA)
                ):
                    self.problems.append(f"{name}={value!r} on <{tag}>")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.problems.append(f"inline script {data.strip()[:60]!r}")
        self.text.append(data)


def dangers(html: str) -> list[str]:
    """Everything in ``html`` that would run or load: [] for an inert page."""
    scan = _Scan()
    scan.feed(html)
    scan.close()
    return scan.problems


def shown_text(html: str) -> str:
    """The text a reader sees (entities decoded): payloads escaped properly show up here, as text."""
    scan = _Scan()
    scan.feed(html)
    scan.close()
    return "".join(scan.text)
