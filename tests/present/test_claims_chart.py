"""The claim-group picture: an inline, offline SVG with one row per claim."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from storyline.model import Claim, ClaimGroup, ClaimRef, Ref
from storyline.present.claims_chart import MAX_ROWS, claims_svg

SVG = "{http://www.w3.org/2000/svg}"


def _ref(outlet: str, source: str | None, **fields: object) -> ClaimRef:
    values: dict[str, object] = {"value": None, **fields}
    source_ref = Ref(0, len(source), source) if source else None
    claim = Claim(0, 5, 0, "12345", source=source_ref, source_name=source, **values)  # type: ignore[arg-type]
    return ClaimRef("a-" + outlet, outlet, claim)


GROUP = ClaimGroup(
    id="claims:vlastonian-troops",
    topic="Vlastonian troops",
    status="differ",
    claims=(
        _ref("Daily One", "border agencies", value=12000.0),
        _ref("Weekly Two", "defence officials", kind="max", high=7000.0),
        _ref("Weekly Two", None, kind="order", low=1000.0, high=10000.0),
        _ref("Daily One", "the ministry", kind="min", low=3000.0),
        _ref("Daily One", "a survey", kind="approx", value=9000.0),
        _ref("Weekly Two", "analysts", kind="range", low=5000.0, high=8000.0),
    ),
)


def _texts(svg: str) -> list[str]:
    root = ET.fromstring(svg)
    return ["".join(node.itertext()) for node in root.iter(f"{SVG}text")]


def test_inline_svg_with_a_row_per_claim() -> None:
    svg = claims_svg(GROUP)
    assert svg.startswith("<svg")
    texts = " ".join(_texts(svg))
    for source in ("border agencies", "defence officials", "the outlet", "the ministry", "a survey", "analysts"):
        assert source in texts
    assert "Weekly Two" in texts and "Daily One" in texts
    assert "differ" in texts and "Vlastonian troops" in texts


def test_offline_and_script_free() -> None:
    svg = claims_svg(GROUP)
    # Namespaces and RDF identifiers are names, never fetched; links and url() must stay inside the file.
    assert all(link.startswith("#") for link in re.findall(r'href="([^"]*)"', svg))
    assert all(ref.startswith("#") for ref in re.findall(r"url\(([^)]*)\)", svg))
    assert "<script" not in svg and "@font-face" not in svg and "<image" not in svg


def test_bounds_are_arrows_and_orders_are_bands() -> None:
    single_max = ClaimGroup("g", "ships", "single", (_ref("X", "navy", kind="max", high=40.0),))
    single_order = ClaimGroup("g", "ships", "single", (_ref("X", None, kind="order", low=100.0, high=1000.0),))
    single_exact = ClaimGroup("g", "ships", "single", (_ref("X", None, value=40.0),))
    arrow, band, dot = claims_svg(single_max), claims_svg(single_order), claims_svg(single_exact)
    assert 'id="patch' in band and band.count("<path") > dot.count("<path")  # the band is a filled patch
    assert arrow.count("<path") > dot.count("<path")  # the arrow adds its shaft and head


def test_deterministic_and_wide_ranges_on_a_log_axis() -> None:
    assert claims_svg(GROUP) == claims_svg(GROUP)
    wide = ClaimGroup(
        "g", "dollars", "differ", (_ref("X", None, value=5e6, unit="USD"), _ref("Y", None, value=5e9, unit="USD"))
    )
    texts = ["".join(t.split()) for t in _texts(claims_svg(wide))]
    assert "dollars (USD)" in [" ".join(t.split()) for t in _texts(claims_svg(wide))]
    assert {"107", "108", "109"} <= set(texts)  # powers of ten: a log axis


def test_empty_group_does_not_crash() -> None:
    assert claims_svg(ClaimGroup("g", "nothing", "single", ())).startswith("<svg")


def test_a_number_many_outlets_repeat_is_one_row_with_its_count() -> None:
    reprints = tuple(_ref("Wire", "officials", value=8000.0) for _ in range(500))
    group = ClaimGroup("g", "troops", "differ", (*reprints, _ref("Daily One", "intelligence", value=11000.0)))
    texts = " ".join(" ".join(t.split()) for t in _texts(claims_svg(group)))
    assert "Wire ×500" in texts and "Daily One" in texts and "×1" not in texts


def test_a_chart_draws_at_most_max_rows() -> None:
    many = tuple(_ref(f"Outlet {i}", None, value=float(1000 + i)) for i in range(MAX_ROWS + 5))
    texts = " ".join(" ".join(t.split()) for t in _texts(claims_svg(ClaimGroup("g", "troops", "differ", many))))
    assert f"first {MAX_ROWS} of {MAX_ROWS + 5}" in texts
    assert f"Outlet {MAX_ROWS - 1}" in texts and f"Outlet {MAX_ROWS}" not in texts


def test_only_groups_two_articles_give_are_charted() -> None:
    """A "single" claim stays in the JSON and the brief's table of numbers one source gives, never in a chart."""
    from storyline.present.claims_chart import claims_pictures
    from storyline.present.drawings import charted_groups

    single = ClaimGroup("claims:ships", "ships", "single", (_ref("Daily One", None, value=40.0),))
    one_article = ClaimGroup(
        "claims:boats", "boats", "agree", (_ref("Daily One", None, value=4.0), _ref("Daily One", "navy", value=4.0))
    )
    assert charted_groups([single, one_article, GROUP]) == [GROUP]
    assert list(claims_pictures([single, one_article, GROUP])) == [GROUP.id]
