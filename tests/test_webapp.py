"""The desk's web app in a real browser: Playwright driving Debian's Chromium (no browser download) against
`eventwire serve` on the sample database. Loads the map and the timeline, filters by country, opens an incident,
sees its evidence, corrects its killed count with the token, reloads and sees the correction and its audit entry.
Screenshots of the map and the review panel go to build/test-output/ (and to docs/img/ with
EVENTWIRE_DOCS_SCREENSHOTS=1, which is how the README's are made)."""
from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
OUTPUT = REPO / "build" / "test-output"
DOCS_IMG = REPO / "docs" / "img"
TOKEN = "webapp-test-token"
#: Debian's package; $EVENTWIRE_CHROMIUM overrides
CHROMIUM = os.environ.get("EVENTWIRE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
#: seconds for the page to draw the map, timeline and list (a cold Chromium on a loaded CI box)
READY_MS = 30000

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _eventwire() -> list[str]:
    return [sys.executable, "-m", "eventwire"]


@pytest.fixture(scope="module")
def chromium() -> str:
    if not Path(CHROMIUM).exists():
        message = f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return CHROMIUM


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory):
    """`eventwire serve` on the sample articles ingested into a fresh SQLite file; yields its URL."""
    db = Path(tmp_path_factory.mktemp("webapp")) / "sample.db"
    subprocess.run([*_eventwire(), "ingest", str(SAMPLES), "--db", str(db), "-q"], check=True, capture_output=True)
    port = _free_port()
    env = {**os.environ, "EVENTWIRE_TOKEN": TOKEN}
    server = subprocess.Popen([*_eventwire(), "serve", "--db", str(db), "--port", str(port)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{url}/api/meta", timeout=2):
                break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                out = server.stdout.read().decode() if server.stdout else ""
                raise RuntimeError(f"eventwire serve did not start: {out[-2000:]}")
            time.sleep(0.2)
    yield url
    server.terminate()
    server.wait(10)


@pytest.fixture(scope="module")
def browser(chromium: str):
    from playwright.sync_api import sync_playwright

    # Chromium's sandbox needs user namespaces, which a root CI container does not give
    args = ["--no-sandbox"] if os.geteuid() == 0 else []
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=args)
        yield b
        b.close()


def _shot(page, name: str) -> None:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUTPUT / name))
    if os.environ.get("EVENTWIRE_DOCS_SCREENSHOTS"):
        DOCS_IMG.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(DOCS_IMG / name))


def test_map_timeline_filter_review_and_correct(desk: str, browser) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    external: list[str] = []
    page.on("request", lambda r: None if r.url.startswith(desk) or r.url.startswith("data:")
            else external.append(r.url))
    page.goto(desk + "/")
    page.wait_for_selector("body[data-ready='1']", timeout=READY_MS)

    # the basemap (Natural Earth countries), points on it and bars on the timeline
    assert page.locator("#map path.leaflet-interactive, #map svg path").count() > 100
    assert int(page.get_attribute("#map", "data-points") or 0) == 10
    assert page.locator(".leaflet-marker-icon, #map .leaflet-marker-pane *, #map path.leaflet-interactive").count()
    assert page.locator("#timeline rect.bar").count() >= 5
    assert page.locator("#list tbody tr").count() == 10
    _shot(page, "desk-map.png")

    # filter by country: the list, the map and the URL follow
    page.fill("#filters input[name=country]", "Nigeria")
    page.click("#filters button[type=submit]")
    expect(page.locator("#list tbody tr")).to_have_count(3, timeout=READY_MS)
    countries = page.locator("#list tbody tr td:nth-child(2)").all_inner_texts()
    assert set(countries) == {"NG"}
    assert "country=Nigeria" in page.url
    expect(page.locator("#map")).to_have_attribute("data-points", "3", timeout=READY_MS)

    # open the Maiduguri bombing: its evidence is highlighted in the article text
    page.locator("#list tbody tr", has_text="Maiduguri").click()
    page.wait_for_selector("#panel:not([hidden])")
    killed_marks = page.locator("mark.ev[data-fields~='killed']")
    assert killed_marks.count() >= 1
    assert "killed at least 12 people" in "".join(killed_marks.all_inner_texts())  # pieces where spans overlap
    assert page.input_value("#f-killed") == "12"
    page.hover("label[data-field='killed']")
    assert page.locator("mark.ev.active").count() >= 1

    # correct the killed count with the token
    page.fill("#user", "Ann")
    page.dispatch_event("#user", "change")
    page.fill("#token", TOKEN)
    page.dispatch_event("#token", "change")
    page.fill("#f-killed", "14")
    page.fill("#f-reason", "hospital count")
    page.click("#p-save")
    expect(page.locator("#p-message")).to_have_text(re.compile("^saved"))

    # reload: the URL holds the filter and the open incident; the correction and its audit entry are there
    page.reload()
    page.wait_for_selector("#panel:not([hidden])", timeout=READY_MS)
    assert page.input_value("#filters input[name=country]") == "Nigeria"
    assert page.input_value("#f-killed") == "14"
    assert page.inner_text("#p-review") == "corrected"
    audit = page.locator("#p-history li.audit").all_inner_texts()
    assert any("Ann correct killed: 12 → 14 (hospital count)" in a for a in audit), audit
    _shot(page, "desk-review.png")

    # keyboard: k moves to the previous incident (Maiduguri is the last of the list), a accepts it
    first = page.inner_text("#p-title")
    page.locator("body").press("k")
    expect(page.locator("#p-title")).not_to_have_text(first)
    page.locator("body").press("a")
    expect(page.locator("#p-review")).to_have_text("accepted")

    assert not errors, errors
    assert not external, f"the app fetched from elsewhere: {external}"
    page.close()


def test_without_token_edits_are_refused_in_the_page(desk: str, browser) -> None:
    page = browser.new_page(viewport={"width": 1200, "height": 800})
    page.goto(desk + "/?country=AF")
    page.wait_for_selector("body[data-ready='1']", timeout=READY_MS)
    assert page.locator("#list tbody tr").count() == 2
    page.locator("#list tbody tr").first.click()
    page.wait_for_selector("#panel:not([hidden])")
    page.fill("#token", "")
    page.dispatch_event("#token", "change")
    page.fill("#f-killed", "99")
    page.click("#p-save")
    expect(page.locator("#p-message")).to_have_class("error")
    assert "token" in page.inner_text("#p-message")
    page.close()


def test_brushing_the_timeline_filters_the_list_and_the_map(desk: str, browser) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(desk + "/")
    page.wait_for_selector("body[data-ready='1']", timeout=READY_MS)
    box = page.locator("#timeline").bounding_box()
    assert box is not None
    # drag across the last tenth of the timeline (the sample incidents from 2020 on)
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.9, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.95, y)
    page.mouse.move(box["x"] + box["width"] - 1, y)
    page.mouse.up()
    expect(page).to_have_url(re.compile(r"from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}"))
    date_from = page.input_value("#filters input[name=from]")
    date_to = page.input_value("#filters input[name=to]")
    assert "2019-01-01" < date_from < date_to
    rows = page.locator("#list tbody tr")
    expect(rows).not_to_have_count(10, timeout=READY_MS)
    dates = page.locator("#list tbody tr td:nth-child(1)").all_inner_texts()
    # incidents whose date window meets the period: the 1990 and 2019 ones are gone
    assert dates and all(d >= "2020-01-01" for d in dates)
    expect(page.locator("#map")).to_have_attribute("data-points", str(len(dates)), timeout=READY_MS)
    assert page.locator("#timeline rect.bar.in").count() >= 1
    # a double click clears the dates
    page.locator("#timeline").dblclick()
    expect(rows).to_have_count(10, timeout=READY_MS)
    page.close()
