"""Every HTML output of the payload corpus opened in headless Chromium: no payload ran, the CSP is enforced,
and the inline styles and SVG pictures the CSP must allow still work."""

from __future__ import annotations

import contextlib
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from storyline.present.jinja import FILE_CSP
from storyline.web import create_app
from tests.security.conftest import Outputs
from tests.security.payloads import IMG, MARKER, SVG

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not shutil.which("chromedriver"), reason="needs chromium and chromium-driver"),
]

FLAGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
    "--no-first-run", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    "--window-size=1200,900",
)  # fmt: skip
_PROBE = "var s = document.createElement('script'); s.textContent = \"window.name = 'PWNED-CSP'\"; " \
         "document.body.appendChild(s); return window.name;"  # fmt: skip


@pytest.fixture(scope="module")
def driver() -> Iterator[object]:
    from selenium import webdriver

    profile = tempfile.mkdtemp(prefix="storyline-payloads-")
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(options=options, service=webdriver.ChromeService("/usr/bin/chromedriver"))
    browser.set_page_load_timeout(30)
    yield browser
    browser.quit()
    shutil.rmtree(profile, ignore_errors=True)


def _open_and_check(driver: object, url: str) -> list[str]:
    """Open ``url`` in a clean tab state and return the console errors; fail if a payload ran."""
    from selenium.webdriver.remote.webdriver import WebDriver

    assert isinstance(driver, WebDriver)
    driver.get("about:blank")
    driver.execute_script("window.name = ''")
    driver.get_log("browser")  # drop what earlier pages logged
    driver.get(url)
    # Handlers (onerror of a broken image, onload of an svg) fire right after load: give them the time.
    driver.execute_script("return new Promise(r => setTimeout(r, 300))")
    name, title = driver.execute_script("return [window.name, document.title]")
    assert not MARKER.search(name or ""), (url, name)
    assert not MARKER.fullmatch(title or ""), (url, title)
    assert not driver.find_elements("css selector", "img, iframe, object, embed, [onerror], [onload]"), url
    assert not driver.find_elements("css selector", "a[href^='javascript' i], a[href^='data' i]"), url
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def _brief_files(*outputs: Outputs) -> list[Path]:
    return [page for out in outputs for page in sorted(out.out.rglob("*.html"))]


def test_no_payload_runs_in_any_brief_or_index(
    driver: object, one_story: Outputs, mixed_pile: Outputs, poisoned: Outputs
) -> None:
    pages = _brief_files(one_story, mixed_pile, poisoned)
    assert {p.name for p in pages} == {"brief.html", "index.html"} and len(pages) >= 6
    for page in pages:
        errors = _open_and_check(driver, page.as_uri())
        # A CSP violation (a blocked inline style or script) would be logged here.
        assert errors == [], (page, errors)


def test_the_brief_csp_is_enforced_and_lets_styles_and_pictures_work(driver: object, one_story: Outputs) -> None:
    from selenium.webdriver.remote.webdriver import WebDriver

    assert isinstance(driver, WebDriver)
    _open_and_check(driver, (one_story.out / "brief.html").as_uri())
    csp = driver.execute_script(
        "return document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content"
    )
    assert csp == FILE_CSP
    # The page's own <style> applies (inline styles are allowed) ...
    assert driver.execute_script("return getComputedStyle(document.querySelector('main')).maxWidth") == "1100px"
    # ... the inline SVG pictures draw ...
    sizes = driver.execute_script(
        "return [...document.querySelectorAll('figure svg')].map(s => s.getBoundingClientRect().width)"
    )
    assert sizes and all(width > 300 for width in sizes)
    # ... and a script added to the page does not run: the policy holds even if escaping failed.
    assert driver.execute_script(_PROBE) != "PWNED-CSP"


@contextlib.contextmanager
def _serving(kb: Path) -> Iterator[str]:
    """The real app under uvicorn on a free localhost port, as ``storyline serve`` runs it."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    server = uvicorn.Server(uvicorn.Config(create_app(kb), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=5)


@pytest.mark.parametrize("name", ["one_story", "poisoned"])
def test_no_payload_runs_in_any_web_page(driver: object, name: str, request: pytest.FixtureRequest) -> None:
    outputs: Outputs = request.getfixturevalue(name)
    story = outputs.story()
    paths = ["/", "/actors", "/quotes", "/numbers", "/timeline", "/articles", "/search?q=window"]
    paths += [f"/actors/{a.id}" for a in story.actors[:6]] + [f"/articles/{a.id}" for a in story.articles]
    with _serving(outputs.kb) as base:
        for path in paths:
            errors = _open_and_check(driver, base + path)
            assert errors == [], (path, errors)


def test_the_check_sees_a_payload_that_runs(driver: object, tmp_path: Path) -> None:
    """The checks above are not vacuous: the same payloads, unescaped and without the CSP, are caught."""
    page = tmp_path / "unsafe.html"
    page.write_text(f"<!DOCTYPE html><title>x</title><body>{IMG}</body>", encoding="utf-8")
    with pytest.raises(AssertionError):
        _open_and_check(driver, page.as_uri())
    page.write_text(f"<!DOCTYPE html><title>x</title><body>{SVG}</body>", encoding="utf-8")
    with pytest.raises(AssertionError):
        _open_and_check(driver, page.as_uri())
