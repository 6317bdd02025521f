"""The real server driven by headless Chromium: every page, quote to sentence, search, inert injection."""

from __future__ import annotations

import json
import os
import shutil
import socket
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import uvicorn
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

from storyline.store import open_kb
from storyline.web import create_app
from tests.browser_boxes import BOXES, label_clashes
from tests.web.web_factory import EVIL_NAME

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _screenshot_dir(tmp: Path) -> Path:
    """docs/screenshots when asked to refresh the README's pictures (STORYLINE_SCREENSHOTS=1), else tmp.

    Tests should not rewrite tracked files on every run; `make screenshots` refreshes them on purpose.
    """
    return SCREENSHOTS if os.environ.get("STORYLINE_SCREENSHOTS") == "1" else tmp


PAGES = ("/", "/actors", "/quotes", "/numbers", "/timeline", "/articles", "/search?q=troops")

if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
    pytest.skip("Chromium and chromedriver are not installed (scripts/install-browser.sh)", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def serve() -> Iterator[Callable[[Path], str]]:
    """Starts the real app under uvicorn on a free localhost port, in a thread; returns its base URL."""
    servers: list[tuple[uvicorn.Server, threading.Thread]] = []

    def start(kb: Path) -> str:
        port = _free_port()
        config = uvicorn.Config(create_app(kb), host="127.0.0.1", port=port, log_level="warning")
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 10
        while not server.started:
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.02)
        servers.append((server, thread))
        return f"http://127.0.0.1:{port}"

    yield start
    for server, thread in servers:
        server.should_exit = True
        thread.join(timeout=5)


@pytest.fixture(scope="module")
def seeds_url(serve: Callable[[Path], str], seeds_kb: Path) -> str:
    return serve(seeds_kb)


@pytest.fixture(scope="module")
def hand_url(serve: Callable[[Path], str], hand_kb: Path) -> str:
    return serve(hand_kb)


@pytest.fixture(scope="module")
def driver() -> Iterator[WebDriver]:
    profile = tempfile.mkdtemp(prefix="storyline-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-quic",
        "--no-first-run",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    browser.set_page_load_timeout(20)
    yield browser
    browser.quit()
    shutil.rmtree(profile, ignore_errors=True)


def wait(driver: WebDriver, condition: Callable[[WebDriver], object], seconds: float = 5) -> None:
    WebDriverWait(driver, seconds).until(condition)


def severe_logs(driver: WebDriver) -> list[str]:
    """Console errors: failed requests, script errors, Content-Security-Policy violations."""
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def in_view(driver: WebDriver, element: WebElement) -> bool:
    script = "const r = arguments[0].getBoundingClientRect(); return r.bottom > 40 && r.top < window.innerHeight;"
    return bool(driver.execute_script(script, element))


def no_alert(driver: WebDriver) -> bool:
    try:
        driver.switch_to.alert.dismiss()
    except NoAlertPresentException:
        return True
    return False


def test_every_page_loads(driver: WebDriver, seeds_url: str, seeds_kb: Path) -> None:
    with open_kb(seeds_kb, readonly=True) as kb:
        story = kb.load_story()
        article_ids = kb.article_ids()
    severe_logs(driver)  # start from a clean log
    urls = [*PAGES, *(f"/articles/{i}" for i in article_ids), *(f"/actors/{a.id}" for a in story.actors[:5])]
    for url in urls:
        driver.get(seeds_url + url)
        assert driver.find_element(By.TAG_NAME, "h1").text.strip(), url
        assert driver.find_element(By.CSS_SELECTOR, "header.top nav").is_displayed()
        assert severe_logs(driver) == [], url
    driver.get(seeds_url + "/")
    assert len(driver.find_elements(By.CSS_SELECTOR, "figure.picture svg")) >= 2, "timeline and network drawn"


def test_overview_leads_with_key_developments_and_labels_do_not_clash(driver: WebDriver, seeds_url: str) -> None:
    driver.get(seeds_url + "/")
    ids = [s.get_attribute("id") for s in driver.find_elements(By.CSS_SELECTOR, "main section")]
    order = ["key-developments", "discrepancies", "single-outlet", "outlets", "sources", "timeline"]
    assert [i for i in ids if i in order] == order  # the brief's order
    items = driver.find_elements(By.CSS_SELECTOR, "#key-developments li.key-development")
    assert 3 <= len(items) <= 7
    assert driver.find_elements(By.CSS_SELECTOR, "#discrepancies .disagreement")
    table = driver.find_element(By.ID, "speakers-by-outlet")
    assert "Victor Cha" in table.text and "Worldcrunch" in table.text
    boxes = driver.execute_script(BOXES)
    assert len(boxes["timeline"]) >= 5 and boxes["labels"] and boxes["legend"]
    assert label_clashes(boxes) == []
    # A key development's source leads to its sentence in the article.
    link = items[0].find_element(By.CSS_SELECTOR, "a.src")
    sentence = link.get_attribute("title")
    fragment = link.get_attribute("href").split("#", 1)[1]
    link.click()
    wait(driver, lambda d: "/articles/" in d.current_url)
    target = driver.find_element(By.ID, fragment)
    assert " ".join(target.text.split())[:30] == " ".join(sentence.split())[:30]
    driver.get(seeds_url + "/timeline")
    assert driver.find_elements(By.CSS_SELECTOR, "td.event-text mark"), "each event's trigger is highlighted"


def test_a_wikinews_story_leads_with_its_gold_developments(
    driver: WebDriver, serve: Callable[[Path], str], tanker_kb: Path
) -> None:
    """The MEANTIME tanker story: the overview states the key developments brief.json holds, in its order, each
    with a link to every source sentence; the sections come in the brief's order."""
    url = serve(tanker_kb)
    with urllib.request.urlopen(url + "/api/brief", timeout=20) as response:  # the local test server
        key = json.loads(response.read())["key_developments"]
    driver.get(url + "/")
    ids = [s.get_attribute("id") for s in driver.find_elements(By.CSS_SELECTOR, "main section")]
    order = ["key-developments", "discrepancies", "single-outlet", "outlets", "sources", "timeline"]
    assert [i for i in ids if i in order] == order
    items = driver.find_elements(By.CSS_SELECTOR, "#key-developments li.key-development")
    assert 3 <= len(items) == len(key)
    gold = ("defeated Boeing", "upheld Boeing's protest", "re-run of the bidding", "Royal Air Force")
    for item, statement in zip(items, key, strict=True):
        assert " ".join(item.text.split()).startswith(" ".join(statement["text"].split()))
        assert any(phrase in statement["text"] for phrase in gold), statement["text"]
        links = item.find_elements(By.CSS_SELECTOR, "a.src")
        assert [a.get_attribute("title") for a in links] == [s["text"] for s in statement["sources"]]
    assert driver.find_elements(By.CSS_SELECTOR, "#discrepancies .disagreement")  # the $40bn and $10bn contracts
    assert label_clashes(driver.execute_script(BOXES)) == []
    link = items[-1].find_element(By.CSS_SELECTOR, "a.src")
    sentence, fragment = link.get_attribute("title"), link.get_attribute("href").split("#", 1)[1]
    link.click()
    wait(driver, lambda d: "/articles/" in d.current_url)
    target = driver.find_element(By.ID, fragment)
    assert " ".join(target.text.split())[:30] == " ".join(sentence.split())[:30]


def test_quote_leads_to_its_sentence(driver: WebDriver, seeds_url: str) -> None:
    driver.get(seeds_url + "/quotes?speaker=Victor+Cha")
    blocks = driver.find_elements(By.CSS_SELECTOR, "blockquote.quote")
    assert blocks, "Victor Cha is quoted"
    block = blocks[-1]
    quoted = " ".join(block.text.split())
    link = block.find_element(By.CSS_SELECTOR, "a.quote-link")
    fragment = link.get_attribute("href").split("#", 1)[1]
    assert fragment.startswith("q-")
    link.click()
    wait(driver, lambda d: "/articles/" in d.current_url)
    target = driver.find_element(By.ID, fragment)
    wait(driver, lambda d: "target" in (target.get_attribute("class") or ""))
    assert in_view(driver, target), "the quote is scrolled into view"
    assert " ".join(target.text.split())[:40] in quoted
    color = driver.execute_script("return getComputedStyle(arguments[0]).outlineStyle", target)
    assert color != "none", "the target is visibly outlined"


def test_clicking_a_fact_shows_its_record(driver: WebDriver, seeds_url: str, seeds_kb: Path) -> None:
    with open_kb(seeds_kb, readonly=True) as kb:
        article_id = next(a.id for a in kb.articles() if kb.analysis(a.id).claims)  # type: ignore[union-attr]
    driver.get(f"{seeds_url}/articles/{article_id}")
    claim = driver.find_element(By.ID, "c-0")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", claim)
    # On the claim's first characters (its number): its middle may fall on a mention nested inside it.
    dx, dy = driver.execute_script(
        "const box = arguments[0].getBoundingClientRect(), first = arguments[0].getClientRects()[0];"
        "return [first.left + 4 - (box.left + box.width / 2),"
        " first.top + first.height / 2 - (box.top + box.height / 2)];",
        claim,
    )
    ActionChains(driver).move_to_element_with_offset(claim, int(dx), int(dy)).click().perform()
    panel = driver.find_element(By.ID, "fact-box")
    wait(driver, lambda d: panel.is_displayed())
    assert driver.find_element(By.ID, "fact-title").text.startswith("c-0 · number")
    assert driver.current_url.endswith("#c-0")
    driver.find_element(By.ID, "fact-record").click()
    row = driver.find_element(By.ID, "f-c-0")
    wait(driver, lambda d: in_view(d, row))


def test_search_from_the_header(driver: WebDriver, seeds_url: str) -> None:
    driver.get(seeds_url + "/")
    box = driver.find_element(By.CSS_SELECTOR, "header.top input[name=q]")
    box.send_keys("Cha", Keys.ENTER)
    wait(driver, lambda d: "/search" in d.current_url)
    hits = driver.find_elements(By.CSS_SELECTOR, "ol.hits li")
    assert hits and "result" in driver.find_element(By.ID, "total").text
    assert driver.find_elements(By.CSS_SELECTOR, "ol.hits mark"), "matches are marked"
    quote_hit = next(h for h in hits if "quote" in (h.get_attribute("class") or ""))
    link = quote_hit.find_element(By.TAG_NAME, "a")
    fragment = link.get_attribute("href").split("#", 1)[1]
    link.click()
    wait(driver, lambda d: "/articles/" in d.current_url)
    target = driver.find_element(By.ID, fragment)
    wait(driver, lambda d: "target" in (target.get_attribute("class") or ""))


def test_injected_markup_is_inert(driver: WebDriver, hand_url: str) -> None:
    driver.get(f"{hand_url}/articles/{'c' * 16}")
    assert no_alert(driver)
    assert driver.execute_script("return window.__pwned === undefined")
    text = driver.find_element(By.ID, "text")
    assert "<script>window.__pwned = 1; alert('x')</script>" in text.text
    assert '<img src=x onerror="window.__pwned=2">' in text.text and "<b>bold</b>" in text.text
    assert text.find_elements(By.CSS_SELECTOR, "script, img, svg, b, a") == []
    assert driver.find_element(By.TAG_NAME, "h1").text == "<script>alert('t')</script>Evil"
    assert len(driver.find_elements(By.TAG_NAME, "script")) == 1, "only the app's own script"
    assert driver.find_elements(By.TAG_NAME, "img") == []
    for url in ("/", "/actors", "/actors/organisation:evil", "/numbers", "/quotes"):
        driver.get(hand_url + url)
        assert no_alert(driver), url
        assert driver.execute_script("return window.__pwned === undefined"), url
        assert driver.find_elements(By.TAG_NAME, "img") == [], url
    driver.get(hand_url + "/actors")
    assert EVIL_NAME in driver.find_element(By.TAG_NAME, "main").text


def test_screenshots_for_the_readme(driver: WebDriver, seeds_url: str, seeds_kb: Path, tmp_path: Path) -> None:
    shots = _screenshot_dir(tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    driver.set_window_size(1280, 1400)
    driver.get(seeds_url + "/")
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "figure.picture svg"))
    assert driver.save_screenshot(str(shots / "overview.png"))
    driver.get(seeds_url + "/timeline")
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "figure.picture svg"))
    assert driver.save_screenshot(str(shots / "timeline.png"))
    with open_kb(seeds_kb, readonly=True) as kb:
        article = next(a for a in kb.articles() if a.outlet == "Worldcrunch")
        analysis = kb.analysis(article.id)
    assert analysis is not None
    cha = [i for i, q in enumerate(analysis.quotes) if q.kind == "direct" and q.speaker and "Cha" in q.speaker.name]
    index = cha[0]
    driver.set_window_size(1280, 900)
    driver.get(f"{seeds_url}/articles/{article.id}#q-{index}")
    quote = driver.find_element(By.ID, f"q-{index}")
    wait(driver, lambda d: "target" in (quote.get_attribute("class") or ""))
    driver.execute_script("arguments[0].click()", quote)  # shows the quote's record in the side panel
    wait(driver, lambda d: d.find_element(By.ID, "fact-box").is_displayed())
    assert driver.save_screenshot(str(shots / "article.png"))
    driver.set_window_size(1280, 1000)
    for name in ("overview.png", "timeline.png", "article.png"):
        assert (shots / name).stat().st_size > 20_000
