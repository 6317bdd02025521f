"""Hand-built regression tests for the output items of issue 23: 1 (escaping, links, CSP, Markdown), 5 (chart
labels), 8 (atomic writes), 11 (terminal escapes), 12 (GraphML)."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

import jinja2
import networkx as nx
import pytest
from click.testing import CliRunner

from storyline.atomic import atomic_file
from storyline.cli.main import cli
from storyline.model import (
    Actor,
    ArticleInfo,
    Claim,
    ClaimGroup,
    ClaimRef,
    Relation,
    SourceRef,
    Story,
    StoryEvent,
)
from storyline.present.brief import render_html, render_markdown, write_brief
from storyline.present.claims_chart import claims_svg
from storyline.present.escape import http_url, markdown_text, terminal_text, xml_text
from storyline.present.exports import write_graphml
from storyline.present.jinja import html_environment
from storyline.present.network import network_svg
from storyline.present.timeline_chart import timeline_svg
from tests.security.conftest import Outputs
from tests.security.inert import dangers, shown_text
from tests.security.payloads import CLOSE_SCRIPT, DATA_URL, JS_URL, JS_URL_CASED, MATHTEXT, SCRIPT, TERMINAL


def _story(name: str = "Anna Berg", outlet: str = "Wire", url: str | None = "https://x.example/a") -> Story:
    info = ArticleInfo("a1", "a.txt", f"Title {SCRIPT}", outlet, url, date(2024, 11, 12), (f"By {CLOSE_SCRIPT}",), 9)
    claim = Claim(0, 5, 0, "8,000", 8000.0, counted="troops", source_name=name)
    group = ClaimGroup("claims:troops", MATHTEXT[1], "differ",
                       (ClaimRef("a1", outlet, claim), ClaimRef("a1", MATHTEXT[0], claim)))  # fmt: skip
    source = SourceRef("a1", outlet, 0, 0, 5, "text")
    actors = (Actor("person:anna", name, "person", mentions=3, articles=("a1",)),
              Actor("state:RUR", MATHTEXT[2], "state", "RUR", mentions=2, articles=("a1",)))  # fmt: skip
    event = StoryEvent("e1", "CONSULT", ("person:anna",), ("state:RUR",), None, "2024-11-12", "04", 4.0, (source,))
    relation = Relation("person:anna", "state:RUR", 4.0, "cooperation", "unknown", ("e1",))
    return Story(articles=(info,), actors=actors, claim_groups=(group,), events=(event,), relations=(relation,))


# -- item 1: HTML escapes by default, links only for http(s), a CSP; Markdown escapes -----------------


def test_every_template_is_escaped_whatever_its_file_name() -> None:
    loader = jinja2.DictLoader({name: "{{ x }}" for name in ("brief.html.j2", "page.txt", "a.md.j2", "noext")})
    env = html_environment(loader)
    for name in ("brief.html.j2", "page.txt", "a.md.j2", "noext"):
        assert env.get_template(name).render(x=SCRIPT) == "&lt;script&gt;window.name=&#39;PWNED-1&#39;&lt;/script&gt;"


_NOT_LINKS = [JS_URL, JS_URL_CASED, DATA_URL, "file:///etc/passwd", "//evil.example/x", "java\tscript:alert(1)",
              "http:no-host", "https://x.example/\x1b[2J", None, 7]  # fmt: skip


@pytest.mark.parametrize("url", _NOT_LINKS)
def test_only_http_urls_become_links(url: object) -> None:
    assert http_url(url) is None


def test_http_urls_stay_links() -> None:
    assert http_url("https://x.example/a?b=1#c") == "https://x.example/a?b=1#c"
    assert http_url("HTTP://X.example") == "HTTP://X.example"


def test_brief_html_escapes_article_text_and_links_only_http() -> None:
    for url, linked in ((JS_URL, False), (DATA_URL, False), ("https://x.example/a", True)):
        html = render_html(_story(name=CLOSE_SCRIPT, outlet=SCRIPT, url=url))
        assert dangers(html) == []
        assert (f'href="{url}"' in html) is linked
        assert SCRIPT in shown_text(html) and CLOSE_SCRIPT in shown_text(html)
        assert '<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;' in html


def test_markdown_text_escapes_html_pipes_newlines_and_links() -> None:
    assert markdown_text("a | b\nc") == "a \\| b c"
    assert markdown_text(SCRIPT) == "&lt;script&gt;window.name='PWNED-1'&lt;/script&gt;"
    assert markdown_text("[x](javascript:y) *b* `c` ~d~ \\") == "\\[x\\](javascript:y) \\*b\\* \\`c\\` \\~d\\~ \\\\"
    assert markdown_text("\x1b]0;t\x07") == "\ufffd\\]0;t\ufffd"


def test_brief_md_keeps_its_tables_and_shows_html_as_text() -> None:
    markdown = render_markdown(_story(name="A | B\nC", outlet=f"{SCRIPT} | x"))
    assert "<script>" not in markdown and "A \\| B C" in markdown
    row = next(line for line in markdown.splitlines() if line.startswith("| &lt;script"))
    assert row.replace("\\|", "").count("|") == 5  # four cells


# -- item 5: chart labels are plain text ------------------------------------------------------------------


def test_dollar_signs_in_every_chart_label_are_drawn_as_written() -> None:
    story = _story(name=MATHTEXT[3], outlet=MATHTEXT[0])
    claims = claims_svg(story.claim_groups[0])  # outlet, topic and source are labels
    assert "Make $$ Fast" in claims and "US$ 5% to US$ 6" in claims
    assert MATHTEXT[2] in network_svg(story)  # an actor named "$\frac{1}{0}$"
    assert "consultation" in timeline_svg(story) and "$x^{$" in timeline_svg(story)


def test_claims_svg_dir_writes_pictures_of_dollar_labels(poisoned: Outputs, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["claims", str(poisoned.kb), "--svg-dir", str(tmp_path / "svg")])
    assert result.exit_code == 0, result.output
    assert len(list((tmp_path / "svg").glob("*.svg"))) == len(poisoned.story().claim_groups)


# -- item 8: atomic writes ----------------------------------------------------------------------------------


def test_a_write_that_fails_midway_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "brief.json"
    target.write_text('{"old": true}\n', encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_file(target) as out:
        out.write('{"new": ')
        raise RuntimeError("killed")
    assert json.loads(target.read_text(encoding="utf-8")) == {"old": True}
    assert [p.name for p in tmp_path.iterdir()] == ["brief.json"]


def test_a_brief_killed_while_writing_leaves_the_previous_brief_whole(tmp_path: Path) -> None:
    """SIGKILL at several points while a big brief is rewritten: every file is always complete JSON/HTML."""
    out = tmp_path / "brief"
    script = textwrap.dedent(f"""
        from pathlib import Path
        from storyline.model import Actor, Story
        from storyline.present.brief import write_brief
        from storyline.present.digest import BriefLimits
        actors = tuple(Actor(f"person:{{i}}", f"Person {{i}} " + "x" * 200, "person", mentions=i) for i in range(40000))
        story = Story(actors=actors)
        print("ready", flush=True)
        while True:
            write_brief(story, Path({str(out)!r}), limits=BriefLimits(actors=5))
    """)  # fmt: skip
    write_brief(_story(), out)
    for delay in (0.2, 0.5, 0.9, 1.4):
        child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE)
        assert child.stdout is not None and child.stdout.readline().strip() == b"ready"
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        json.loads((out / "brief.json").read_text(encoding="utf-8"))
        for name in ("brief.html", "brief.md"):
            text = (out / name).read_text(encoding="utf-8")
            assert text.rstrip().endswith("</html>" if name.endswith("html") else "")


# -- item 11: terminal escapes --------------------------------------------------------------------------------


def test_terminal_text_shows_escapes_instead_of_sending_them() -> None:
    assert terminal_text(TERMINAL[0]) == "\\u001b]0;PWNED-TERM\\u0007"
    assert terminal_text("\x9b31m \u202eevil \x7f") == "\\u009b31m \\u202eevil \\u007f"
    assert terminal_text("line\n\tnext ü 中") == "line\n\tnext ü 中"
    assert json.loads(terminal_text(json.dumps({"a": "\x9b\u202e"}, ensure_ascii=False))) == {"a": "\x9b\u202e"}


# -- item 12: GraphML takes any name --------------------------------------------------------------------------


def test_graphml_replaces_what_xml_cannot_hold(tmp_path: Path) -> None:
    story = _story(name="Anna\x01Berg\ufffe\x0b")
    bad = Actor("person:x\x02\uffff", "X\x1b]0;t\x07", "person", mentions=1)
    story = Story(actors=(*story.actors, bad), relations=(*story.relations,
                  Relation("person:anna", bad.id, 1.0, "cooperation", "unknown", ())))  # fmt: skip
    graph = nx.read_graphml(write_graphml(story, tmp_path / "g.graphml"))
    names = sorted(data["name"] for _, data in graph.nodes(data=True))
    assert names == sorted([MATHTEXT[2], "Anna\ufffdBerg\ufffd\ufffd", "X\ufffd]0;t\ufffd"])
    assert "person:x\ufffd\ufffd" in graph
    assert xml_text("ok\ttab\nline\r") == "ok\ttab\nline\r"
