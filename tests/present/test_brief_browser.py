"""The seeds' brief opened in headless Chromium: the pictures render with the expected actors."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from storyline.present.brief import write_brief
from storyline.runner import run
from tests.browser_boxes import BOXES, label_clashes

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not shutil.which("chromedriver"), reason="needs chromium and chromium-driver"),
]

FLAGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
    "--no-first-run", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    "--window-size=1200,900",
)  # fmt: skip


def test_brief_pictures_render_with_the_expected_nodes(tmp_path: Path, seeds_dir: Path) -> None:
    from selenium import webdriver
    from selenium.webdriver.common.by import By

    files = write_brief(run([str(seeds_dir)]).story, tmp_path)
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in (*FLAGS, f"--user-data-dir={tempfile.mkdtemp(prefix='storyline-brief-')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService("/usr/bin/chromedriver"))
    try:
        driver.get(files.html.as_uri())
        network = driver.find_element(By.CSS_SELECTOR, "#network-chart svg")
        assert network.size["width"] > 400 and network.size["height"] > 250
        for node in ("node-state:PRK", "node-state:RUS", "node-state:KOR", "node-state:UKR", "node-state:USA"):
            assert driver.find_element(By.ID, node).size["width"] > 5, node  # drawn, not only in the markup
        timeline = driver.find_element(By.CSS_SELECTOR, "#timeline-chart svg")
        assert timeline.size["width"] > 400
        assert driver.find_elements(By.CSS_SELECTOR, ".claims-chart svg")
        boxes = driver.execute_script(BOXES)
        assert len(boxes["timeline"]) >= 5 and boxes["labels"] and boxes["legend"]
        assert label_clashes(boxes) == []  # as Chromium draws them, with its own fonts
        # The brief leads with what happened, then disagreements, one-outlet news and the outlets.
        ids = [s.get_attribute("id") for s in driver.find_elements(By.CSS_SELECTOR, "main > section")]
        assert ids[:5] == ["key-developments", "disagreements", "single-outlet", "outlets", "sources"]
        items = driver.find_elements(By.CSS_SELECTOR, "#key-developments li.key-development")
        assert 3 <= len(items) <= 7
        for item in items:
            links = item.find_elements(By.CSS_SELECTOR, "a.source")
            assert links and all(a.get_attribute("title") for a in links)  # each source sentence, on hover
            target = links[0].get_attribute("href").split("#", 1)[1]
            assert driver.find_elements(By.ID, target)
        assert driver.find_elements(By.CSS_SELECTOR, "#timeline td.event-text mark")  # the trigger, highlighted
        driver.save_screenshot(str(tmp_path / "brief.png"))
    finally:
        driver.quit()
