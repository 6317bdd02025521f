"""Writes the brief of a story: brief.json (the records), brief.md and a self-contained brief.html."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import msgspec

from storyline import __version__
from storyline.atomic import atomic_file
from storyline.model import Skip, Story
from storyline.present.digest import BriefLimits, Digest, digest
from storyline.present.drawings import Drawer, DrawHere
from storyline.present.filters import article_title, source_labels
from storyline.present.jinja import html_environment, markdown_environment
from storyline.present.overview import KEYS, Overview, overview
from storyline.present.summary import Sentences
from storyline.present.why import why_merged
from storyline.store.codec import to_builtins

BRIEF_SCHEMA = "storyline.brief/1"
"""Version of brief.json's shape; later versions only add keys."""
_NOT_IN_BRIEF = ("links", "stats")
"""Story fields brief.json leaves out: mention-level links are in the knowledge base, not the brief."""

_TEMPLATES = jinja2.PackageLoader("storyline.present", "templates")
HTML = html_environment(_TEMPLATES)
"""Renders every HTML template of the brief and the index of stories, escaping whatever the file name."""
_MARKDOWN = markdown_environment(_TEMPLATES)
for _environment in (HTML, _MARKDOWN):
    _environment.globals["why_merged"] = why_merged


@dataclass(frozen=True)
class BriefFiles:
    """Paths of the files a brief consists of."""

    html: Path
    markdown: Path
    json: Path


def brief_data(story: Story, skips: Sequence[Skip] = (), sentences: Sentences | None = None) -> dict[str, Any]:
    """The brief as plain data: exactly what brief.json holds (no timestamps, so reruns are identical)."""
    data = to_builtins(story)
    for name in _NOT_IN_BRIEF:
        data.pop(name, None)
    lead = overview(story, sentences)
    data |= {key: to_builtins(getattr(lead, key)) for key in KEYS}
    return {"schema": BRIEF_SCHEMA, "storyline": __version__, **data, "skips": to_builtins(list(skips))}


def pictures(story: Story) -> dict[str, Any]:
    """Inline SVG pictures for the brief: timeline, actor network, and one per claim group (the first
    ``MAX_CHARTS``; pass the digest's ``shown_story()`` so the pictures draw what the tables list)."""
    return DrawHere().pictures(story)


def shown_story(story: Story, skips: Sequence[Skip] = (), limits: BriefLimits | None = None) -> Story:
    """What the brief's pictures draw: the story cut as its tables are."""
    return digest(story, skips, limits).shown_story()


def _context(view: Digest, lead: Overview) -> dict[str, Any]:
    story = view.story
    return {
        "story": story,
        "view": view,
        "lead": lead,
        "skips": view.skips.shown,
        "names": {actor.id: actor.name for actor in story.actors},
        "outlets": {a.id: a.outlet or article_title(a) for a in story.articles},
        "source_names": source_labels(story.articles),
        "version": __version__,
        "title": _title(story),
        "titles": {a.id: article_title(a) for a in story.articles},
        **speakers_by_outlet(lead),
    }


def speakers_by_outlet(lead: Overview) -> dict[str, Any]:
    """Whom each outlet quotes, side by side: the speakers in order of their total quotes, and per outlet the
    count of each."""
    counts = {view.outlet: dict(view.speakers) for view in lead.outlets}
    totals: dict[str, int] = {}
    for view in lead.outlets:
        for name, n in view.speakers:
            totals[name] = totals.get(name, 0) + n
    rows = sorted(totals, key=lambda name: (-totals[name], name))
    return {"speaker_rows": rows, "speaker_counts": counts}


def _title(story: Story) -> str:
    titles = [a.title for a in story.articles if a.title]
    return titles[0] if titles else "Story brief"


def render_markdown(
    story: Story, skips: Sequence[Skip] = (), limits: BriefLimits | None = None, sentences: Sentences | None = None
) -> str:
    """brief.md."""
    return _render_markdown(digest(story, skips, limits), overview(story, sentences))


def _render_markdown(view: Digest, lead: Overview) -> str:
    return _MARKDOWN.get_template("brief.md.j2").render(**_context(view, lead))


def render_html(
    story: Story,
    skips: Sequence[Skip] = (),
    limits: BriefLimits | None = None,
    sentences: Sentences | None = None,
    drawer: Drawer | None = None,
) -> str:
    """brief.html: one file, inline CSS and SVG, no scripts or requests to anywhere; every text escaped and a
    Content-Security-Policy (``jinja.FILE_CSP``) that would stop a script even if one slipped through.
    ``drawer`` draws the pictures (default: here, now)."""
    return _render_html(digest(story, skips, limits), overview(story, sentences), drawer)


def _render_html(view: Digest, lead: Overview, drawer: Drawer | None) -> str:
    drawn = (drawer or DrawHere()).pictures(view.shown_story())
    return HTML.get_template("brief.html.j2").render(**_context(view, lead), pictures=drawn)


def write_brief(
    story: Story,
    out_dir: str | Path,
    skips: Sequence[Skip] = (),
    limits: BriefLimits | None = None,
    sentences: Sentences | None = None,
    drawer: Drawer | None = None,
) -> BriefFiles:
    """Write brief.html, brief.md (both cut to ``limits``) and brief.json (everything) into ``out_dir``;
    ``sentences`` (``present.sentences.claim_sentences``) lets the key developments state claim groups too.
    ``drawer`` draws the pictures (default: here); one that works ahead starts them before the rest is written."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files = BriefFiles(out / "brief.html", out / "brief.md", out / "brief.json")
    # The digest and the lead sections, worked out once for the three files (each pass ranks every sentence).
    view = digest(story, skips, limits)
    if drawer is not None:
        drawer.start(view.shown_story())
    lead = overview(story, sentences)
    write_brief_json(story, files.json, skips, sentences, lead=lead)
    with atomic_file(files.markdown) as md:
        md.write(_render_markdown(view, lead))
    with atomic_file(files.html) as page:
        page.write(_render_html(view, lead, drawer))
    return files


_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_INDENTED = json.JSONEncoder(ensure_ascii=False, indent=2)


def _indented(data: Any) -> str:
    """``json.dumps(data, ensure_ascii=False, indent=2)``, made faster: with an indent, json encodes in Python,
    token by token (a list of one small string per token: tens of megabytes for a speaker with thousands of
    quotes); without one, in C. msgspec then only re-indents that compact text, copying every token (string
    escapes, numbers) as json wrote it."""
    try:
        return msgspec.json.format(_COMPACT.encode(data), indent=2)
    except (msgspec.DecodeError, UnicodeError):  # NaN or Infinity, or a lone surrogate: msgspec reads neither
        return "".join(_INDENTED.iterencode(data))


def write_brief_json(
    story: Story,
    path: Path,
    skips: Sequence[Skip] = (),
    sentences: Sentences | None = None,
    *,
    lead: Overview | None = None,
) -> None:
    """brief.json, byte for byte what ``json.dumps(brief_data(...), indent=2)`` gives, written one record at a
    time: the plain-data copy of a ten-thousand-article story would take several times the story's memory.
    ``lead``: ``overview(story, sentences)``, when the caller has it already."""
    fields = [f.name for f in dataclasses.fields(Story) if f.name not in _NOT_IN_BRIEF]
    top: list[tuple[str, Any]] = [("schema", BRIEF_SCHEMA), ("storyline", __version__)]
    top += [(name, getattr(story, name)) for name in fields]
    lead = lead if lead is not None else overview(story, sentences)
    top += [(key, getattr(lead, key)) for key in KEYS]
    top.append(("skips", tuple(skips)))

    with atomic_file(path) as out:
        out.write("{")
        for i, (key, value) in enumerate(top):
            out.write(("," if i else "") + f"\n  {json.dumps(key)}: ")
            _put(out.write, value, "  ", stream=True)
        out.write("\n}\n")


_LONG = 64
"""A record holding a tuple longer than this is written field by field: one outlet's view of a ten-thousand-article
story (its articles, its numbers) is some 10 MB of JSON, and its plain-data copy, compact text, indented text and
margined text would all be held at once."""


def _put(write: Callable[[str], Any], value: Any, margin: str, *, stream: bool = False) -> None:
    """``value`` as ``_indented(to_builtins(value))`` gives it, each line after the first indented by ``margin``:
    a tuple (``stream``: any, else a long one) one item at a time, a record holding a long tuple one field at a
    time (msgspec writes a record's fields in their order, under their names), anything else at once."""
    if isinstance(value, tuple) and value and (stream or len(value) > _LONG):
        write("[")
        for j, batch in enumerate(_batches(value)):
            write("," if j else "")
            if len(batch) == 1 and _long(batch[0]):
                write("\n" + margin + "  ")
                _put(write, batch[0], margin + "  ")
            else:  # "[\n  A,\n  B\n]" without its brackets: the items at two spaces, as the margin takes them
                write("\n" + margin + _indented(to_builtins(batch))[2:-2].replace("\n", "\n" + margin))
        write("\n" + margin + "]")
    elif _holds_long(value):
        inner = margin + "  "
        write("{")
        for j, f in enumerate(dataclasses.fields(value)):
            write(("," if j else "") + f"\n{inner}{json.dumps(f.name)}: ")
            _put(write, getattr(value, f.name), inner)
        write("\n" + margin + "}")
    else:
        write(_indented(to_builtins(value)).replace("\n", "\n" + margin))


def _batches(items: tuple[Any, ...]) -> Iterator[list[Any]]:
    """``items`` in lists of up to ``_LONG``, each long one (``_long``) in a list of its own: each list is encoded
    at once, which costs far less than one item at a time and holds little."""
    batch: list[Any] = []
    for item in items:
        if _long(item):
            if batch:
                yield batch
            yield [item]
            batch = []
            continue
        batch.append(item)
        if len(batch) == _LONG:
            yield batch
            batch = []
    if batch:
        yield batch


def _long(value: Any) -> bool:
    """Whether ``value`` is written piece by piece: a long tuple, or a record holding one."""
    return (isinstance(value, tuple) and len(value) > _LONG) or _holds_long(value)


def _holds_long(value: Any) -> bool:
    """Whether ``value`` is a record with a tuple field longer than ``_LONG``."""
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return False
    fields = (getattr(value, f.name) for f in dataclasses.fields(value))
    return any(isinstance(field, tuple) and len(field) > _LONG for field in fields)
