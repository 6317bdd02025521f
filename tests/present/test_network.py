"""The relations picture: an inline SVG with one identifiable element per actor, checked in a real browser."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from storyline.model import Actor, Commitment, Relation, Story
from storyline.present.network import network_svg


def _story() -> Story:
    actors = (
        Actor(id="state:AVA", name="Avalon", type="state", code="AVA", mentions=30),
        Actor(id="state:BOR", name="Borduria", type="state", code="BOR", mentions=12),
        Actor(id="state:CAR", name="Carpania", type="state", code="CAR", mentions=3),
        Actor(id="person:ana-bell", name="Ana <Bell>", type="person", mentions=5),
        Actor(id="person:nobody", name="Unrelated Person", type="person", mentions=9),
    )
    relations = (
        Relation("state:AVA", "state:BOR", 5.0, "cooperation", "rising", ("e1", "e2", "e3")),
        Relation("state:BOR", "state:CAR", -9.0, "conflict", "unknown", ("e4",)),
        Relation("state:AVA", "state:CAR", -4.5, "conflict", "unknown", ("e1", "e4"), derived=True, via=("state:BOR",)),
        Relation("person:ana-bell", "state:CAR", -2.0, "conflict", "unknown", ("e5",)),
    )
    commitment = Commitment("c1", "mutual defence", "pact", ("state:AVA", "state:BOR"), (), "2024-06", (), ())
    return Story(actors=actors, relations=relations, commitments=(commitment,))


def test_every_related_actor_is_a_titled_node_and_unrelated_ones_are_left_out() -> None:
    svg = network_svg(_story())
    assert svg.startswith("<svg") and "<?xml" not in svg
    nodes = dict(re.findall(r'<g id="node-([^"]+)">\s*<title>([^<]+)</title>', svg))
    assert nodes == {
        "state:AVA": "Avalon",
        "state:BOR": "Borduria",
        "state:CAR": "Carpania",
        "person:ana-bell": "Ana &lt;Bell&gt;",  # names are escaped
    }
    assert 'id="edge-state:AVA--state:BOR"' in svg


def test_edges_are_coloured_by_stance_and_sized_by_evidence() -> None:
    svg = network_svg(_story())

    def style(edge: str) -> str:
        match = re.search(rf'<g id="edge-{edge}">\s*<path[^>]*style="([^"]+)"', svg)
        assert match, edge
        return match.group(1)

    assert "#2a9d8f" in style("state:AVA--state:BOR")  # cooperation
    assert "#d62828" in style("state:BOR--state:CAR")  # conflict
    assert "stroke-dasharray" in style("state:AVA--state:CAR")  # derived
    width = {e: float(re.search(r"stroke-width: ([\d.]+)", style(e)).group(1)) for e in  # type: ignore[union-attr]
             ("state:AVA--state:BOR", "state:BOR--state:CAR")}  # fmt: skip
    assert width["state:AVA--state:BOR"] > width["state:BOR--state:CAR"]


def test_the_same_story_draws_the_same_svg_and_an_empty_one_draws_nothing() -> None:
    assert network_svg(_story()) == network_svg(_story())
    assert network_svg(Story(actors=_story().actors)) == ""


@pytest.mark.browser
@pytest.mark.skipif(not shutil.which("chromedriver"), reason="needs chromium and chromium-driver")
def test_the_picture_renders_in_headless_chromium_with_the_expected_nodes(tmp_path: Path) -> None:
    from selenium import webdriver
    from selenium.webdriver.common.by import By

    page = tmp_path / "network.html"
    page.write_text(f"<!doctype html><html><body style='width:800px'>{network_svg(_story())}</body></html>")
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options)
    try:
        driver.get(page.as_uri())
        svg = driver.find_element(By.CSS_SELECTOR, "svg[aria-label='Actor network']")
        assert svg.size["width"] > 500 and svg.size["height"] > 300
        titles = {
            t.get_attribute("textContent") for t in driver.find_elements(By.CSS_SELECTOR, "g[id^='node-'] > title")
        }
        assert titles == {"Avalon", "Borduria", "Carpania", "Ana <Bell>"}
        dot = driver.find_element(By.ID, "node-state:AVA")
        assert dot.size["width"] > 10  # drawn, not just present in the markup
    finally:
        driver.quit()


def test_no_node_label_covers_the_legend() -> None:
    # A big, heavily mentioned actor at the bottom of the layout puts its label low: it must not reach the legend.
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from storyline.present.network import network_figure

    story = _story()
    for width, height in ((8.0, 6.0), (5.0, 3.0)):
        figure = network_figure(story, width=width, height=height)
        renderer = FigureCanvasAgg(figure).get_renderer()
        legend = next(lg for lg in figure.legends if lg.get_gid() == "legend").get_window_extent(renderer)
        labels = [t for ax in figure.axes for t in ax.texts if (t.get_gid() or "").startswith("label-")]
        assert labels
        for label in labels:
            assert not label.get_window_extent(renderer).overlaps(legend), label.get_text()
