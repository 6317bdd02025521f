from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import storyline.present.brief as brief
from storyline.model import Actor, ArticleInfo, Commitment, OutletView, Skip, SourceRef, Story
from storyline.present.brief import BRIEF_SCHEMA, _indented, brief_data, write_brief, write_brief_json
from storyline.runner import RunResult, run

SECTIONS = ("articles", "actors", "speakers", "claim_groups", "events", "relations", "commitments", "skips")


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path) -> RunResult:
    return run([str(seeds_dir)])


def test_brief_json_carries_every_section(seeds: RunResult, tmp_path: Path) -> None:
    files = write_brief(seeds.story, tmp_path, [Skip("x.bin", "binary", "the input is binary, not text")])
    data = json.loads(files.json.read_text(encoding="utf-8"))
    assert data["schema"] == BRIEF_SCHEMA
    for section in SECTIONS:
        assert section in data, section
    assert data["skips"] == [{"source": "x.bin", "reason": "binary", "detail": "the input is binary, not text"}]
    assert {a["outlet"] for a in data["articles"]} == {"Worldcrunch", "Mint (The Wall Street Journal)"}
    expected = brief_data(seeds.story, [Skip("x.bin", "binary", "the input is binary, not text")])
    # Written record by record, yet the same bytes as dumping the whole brief at once.
    assert files.json.read_text(encoding="utf-8") == json.dumps(expected, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("long", [0, 1, 2, 3])
def test_brief_json_written_piece_by_piece_is_the_same(
    seeds: RunResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, long: int
) -> None:
    # Records holding tuples longer than _LONG are written field by field and long tuples in batches; with a
    # short limit every record of the seeds takes that path, nested in each other, and the bytes stay the same.
    monkeypatch.setattr(brief, "_LONG", long if long else 10**9)
    path = tmp_path / "brief.json"
    write_brief_json(seeds.story, path, [Skip("x.bin", "binary", "detail")])
    expected = brief_data(seeds.story, [Skip("x.bin", "binary", "detail")])
    assert path.read_text(encoding="utf-8") == json.dumps(expected, ensure_ascii=False, indent=2) + "\n"


def test_long_record_nested_in_a_tuple(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A long record among short ones, an empty tuple and a tuple of pairs inside it, a float beside them.
    monkeypatch.setattr(brief, "_LONG", 2)
    long = OutletView("Wire", ("a", "b", "c"), (("a", "op-ed"), ("b", "x"), ("c", "y")), (), (("Kim", 2),), ())
    short = OutletView("Daily", ("d",), (), (), (), ())
    pieces: list[str] = []
    brief._put(pieces.append, (short, long, short, 1.5, ()), "  ", stream=True)
    expected = json.dumps(brief.to_builtins([short, long, short, 1.5, ()]), ensure_ascii=False, indent=2)
    assert "".join(pieces) == expected.replace("\n", "\n  ")
    story = Story(articles=(ArticleInfo("a", "a.txt", None, "Wire", None, None, (), 10),) * 3)
    write_brief_json(story, tmp_path / "b.json")
    assert (tmp_path / "b.json").read_text(encoding="utf-8") == json.dumps(
        brief_data(story), ensure_ascii=False, indent=2
    ) + "\n"


def test_brief_is_the_same_when_written_twice(seeds: RunResult, tmp_path: Path) -> None:
    one, two = write_brief(seeds.story, tmp_path / "a"), write_brief(seeds.story, tmp_path / "b")
    for name in ("html", "markdown", "json"):
        assert getattr(one, name).read_bytes() == getattr(two, name).read_bytes(), name


def test_html_is_self_contained_with_pictures(seeds: RunResult, tmp_path: Path) -> None:
    html = write_brief(seeds.story, tmp_path).html.read_text(encoding="utf-8")
    assert "<script" not in html
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", html), "the brief must load nothing from the network"
    assert 'id="timeline-chart"' in html and 'id="network-chart"' in html
    assert html.count("<svg") >= 3  # timeline, network and at least one claims chart
    for heading in ("Sources", "Actors", "Who said what", "Numbers", "Timeline", "Relations"):
        assert f">{heading}</h2>" in html


def test_markdown_has_every_section(seeds: RunResult, tmp_path: Path) -> None:
    md = write_brief(seeds.story, tmp_path).markdown.read_text(encoding="utf-8")
    for heading in ("## Sources", "## Actors", "## Who said what", "## Numbers", "## Timeline", "## Relations"):
        assert heading in md
    assert "Victor Cha" in md and "11,000" in md


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(_JSON_VALUES)
def test_indented_is_json_dumps_byte_for_byte(value: object) -> None:
    # brief.json's records go through the C encoder and msgspec's re-indenting: the bytes json.dumps gives,
    # escapes, float spellings, empty containers, NaN (which msgspec cannot read) and all.
    assert _indented(value) == json.dumps(value, ensure_ascii=False, indent=2)


@pytest.mark.parametrize(
    "value",
    [
        {"a": [], "b": {}, "c": [[]], "d": [{}]},
        "line\u2028sep \x1f \" \\ \t é 😀",
        ["a lone \ud800 surrogate"],
        [1e16, 1.5e-07, -0.0, 10**30, float("nan"), float("inf")],
    ],
)
def test_indented_on_awkward_values(value: object) -> None:
    assert _indented(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_a_commitment_shows_its_state_and_a_pledge_its_deadline() -> None:
    source = SourceRef("a", "Wire", 0, 0, 10, "Avalon pledged to close the port by May 1.")
    pledge = Commitment("c1", "pledge", "pledge", ("state:AVA",), ("close the port",), None, (), (source,),
                        state="signed", deadline="2025-05-01")  # fmt: skip
    story = Story(
        articles=(ArticleInfo("a", "a.txt", None, "Wire", None, None, (), 10),),
        actors=(Actor(id="state:AVA", name="Avalon", type="state", code="AVA"),),
        commitments=(pledge,),
    )
    md = brief.render_markdown(story)
    assert "(pledge, signed) between Avalon" in md and "to be done by" in md
    assert json.loads(json.dumps(brief_data(story)))["commitments"][0]["deadline"] == "2025-05-01"
