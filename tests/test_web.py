"""The web UI in a real browser: Debian's headless Chromium driven by Selenium.

One uvicorn server on 127.0.0.1 and one browser session for the module. Screenshots of each
page go to test-output/screenshots/.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.common.exceptions import (
    NoAlertPresentException,
    StaleElementReferenceException,
    WebDriverException,
)
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait
from webcorpus import REPORT, XSS_TITLE, build_store, pipeline_options, serve

from presslens.web import create_app

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "test-output" / "screenshots"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "corpus.duckdb"
    articles = build_store(path)
    app = create_app(path, pipeline_options())
    with serve(app) as base:
        yield base, {a.source: a for a in articles}


@pytest.fixture(scope="module")
def browser():
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        if os.environ.get("PRESSLENS_REQUIRE_BROWSER"):  # CI: a missing browser is a failure
            pytest.fail(f"{CHROMIUM} or {CHROMEDRIVER} missing and PRESSLENS_REQUIRE_BROWSER set")
        pytest.skip(
            "Debian's chromium and chromium-driver are not installed "
            "(apt-get install -y chromium chromium-driver)"
        )
    profile = tempfile.mkdtemp(prefix="presslens-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1440,1100",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    SHOTS.mkdir(parents=True, exist_ok=True)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def wait(driver, condition, timeout: float = 30):
    def settled(d):
        try:
            return condition(d)
        except WebDriverException as exc:
            # the page re-rendered the node between finding and reading it: look again
            if isinstance(
                exc, StaleElementReferenceException
            ) or "does not belong to the document" in str(exc):
                return False
            raise

    return WebDriverWait(driver, timeout).until(settled)


def shoot(driver, name: str, height: int | None = None) -> None:
    """Save a screenshot of the whole page (the window grown to the page's height)."""
    full = height or driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1440, min(max(full, 900), 4000))
    time.sleep(0.3)
    driver.save_screenshot(str(SHOTS / f"{name}.png"))
    driver.set_window_size(1440, 1100)


def csp_violations(driver) -> list[str]:
    return [
        e["message"]
        for e in driver.get_log("browser")
        if "Content Security Policy" in e["message"] or "Refused to" in e["message"]
    ]


def assert_nothing_ran(driver) -> None:
    assert driver.execute_script("return typeof window.__xss") == "undefined"
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text  # noqa: B018


def open_reader(driver, base: str, article_id: str) -> None:
    driver.get(f"{base}/articles/{article_id}")
    wait(driver, EC.presence_of_element_located((By.ID, "article-text")))


def marked_text(driver) -> list[str]:
    return driver.execute_script(
        "return [...document.querySelectorAll('#article-text .marked')].map(e => e.textContent)"
    )


def body_text(driver) -> str:
    """The reader's text without the labels of posts and boilerplate boxes."""
    return driver.execute_script(
        "const c = document.getElementById('article-text').cloneNode(true);"
        "c.querySelectorAll('.region-label').forEach(e => e.remove());"
        "return c.textContent;"
    )


def in_viewport(driver, css: str) -> bool:
    return driver.execute_script(
        "const r = document.querySelector(arguments[0]).getBoundingClientRect();"
        "return r.top >= 0 && r.bottom <= window.innerHeight;",
        css,
    )


# --- library -----------------------------------------------------------------------------


def test_library_lists_and_searches(browser, site):
    base, articles = site
    browser.get(base + "/")
    rows = browser.find_elements(By.CSS_SELECTOR, "#articles tbody tr")
    assert len(rows) == len(articles)
    titles = [e.text for e in browser.find_elements(By.CSS_SELECTOR, ".article-link")]
    assert XSS_TITLE in titles  # shown as text, not markup
    opinion = articles["test:opinion"]
    row = browser.find_element(By.CSS_SELECTOR, f'tr[data-article-id="{opinion.id}"]')
    assert "Harbour Ledger" in row.text and "2024-03-12" in row.text
    if opinion.techniques:
        assert row.find_elements(By.CSS_SELECTOR, ".chip")
    shoot(browser, "library")
    box = browser.find_element(By.ID, "q")
    box.send_keys("Kharkiv")
    box.send_keys(Keys.ENTER)
    wait(browser, EC.text_to_be_present_in_element((By.ID, "result-count"), "1 match"))
    links = browser.find_elements(By.CSS_SELECTOR, ".article-link")
    assert [e.text for e in links] == ["Putin hosts Xi for talks in Moscow"]
    Select(browser.find_element(By.NAME, "outlet")).select_by_value("Harbour Ledger")
    browser.find_element(By.ID, "q").clear()
    browser.find_element(By.CSS_SELECTOR, "#library-filters button[type=submit]").click()
    wait(browser, EC.text_to_be_present_in_element((By.ID, "result-count"), "2 matches"))
    assert_nothing_ran(browser)


# --- reader ------------------------------------------------------------------------------


def test_reader_shows_text_layers_and_regions(browser, site):
    base, articles = site
    opinion = articles["test:opinion"]
    open_reader(browser, base, opinion.id)
    assert browser.find_element(By.CSS_SELECTOR, ".article-title").text == opinion.title
    assert body_text(browser) == opinion.text  # every character, in order, nothing added
    for kind in {b.kind for b in opinion.boilerplate}:
        labels = [e.text.lower() for e in browser.find_elements(By.CSS_SELECTOR, ".region-label")]
        assert any(kind.replace("_", " ") in label for label in labels)
    # toggling a layer shows and hides its highlights
    first = browser.find_element(By.CSS_SELECTOR, "#article-text .hl-techniques")
    background = "return getComputedStyle(arguments[0]).backgroundColor"
    assert browser.execute_script(background, first) != "rgba(0, 0, 0, 0)"
    browser.find_element(By.ID, "toggle-techniques").click()
    assert "show-techniques" not in browser.find_element(By.ID, "reader").get_attribute("class")
    assert browser.execute_script(background, first) == "rgba(0, 0, 0, 0)"
    browser.find_element(By.ID, "toggle-techniques").click()
    assert browser.execute_script(background, first) != "rgba(0, 0, 0, 0)"
    # posts and boilerplate fold away and come back
    region_body = browser.find_element(By.CSS_SELECTOR, ".region-body")
    browser.find_element(By.ID, "toggle-regions").click()
    assert not region_body.is_displayed()
    browser.find_element(By.ID, "toggle-regions").click()
    assert region_body.is_displayed()
    legend = browser.find_element(By.ID, "technique-legend").text
    assert "×" in legend
    shoot(browser, "reader")


def click_item(browser, layer: str, idx: int) -> None:
    browser.find_element(By.ID, f"tab-{layer}").click()
    browser.find_element(By.CSS_SELECTOR, f'#side-list .item[data-key="{layer}:{idx}"]').click()


def test_reader_items_scroll_to_and_mark_evidence(browser, site):
    base, articles = site
    opinion = articles["test:opinion"]
    open_reader(browser, base, opinion.id)
    browser.execute_script("window.scrollTo(0, 0)")
    # a quote marks its words, its speaker and its cue
    q_idx, quote = next((i, q) for i, q in enumerate(opinion.quotes) if q.speaker)
    click_item(browser, "quotes", q_idx)
    marked = marked_text(browser)
    assert "".join(m for m in marked if m in quote.text) == quote.text
    assert quote.speaker.text in marked
    sel = browser.find_element(By.ID, "selection").text
    assert f"characters {quote.start}–{quote.end}" in sel
    # the last technique, far down the text: scrolled into view and marked
    last = len(opinion.techniques) - 1
    technique = opinion.techniques[last]
    click_item(browser, "techniques", last)
    assert "".join(marked_text(browser)) == technique.text
    wait(browser, lambda d: in_viewport(d, "#article-text .marked"), 10)
    # an event marks its clause; a hidden layer is switched on to show it
    browser.find_element(By.ID, "toggle-events").click()
    event = opinion.events[0]
    click_item(browser, "events", 0)
    assert "show-events" in browser.find_element(By.ID, "reader").get_attribute("class")
    marks = browser.find_elements(By.CSS_SELECTOR, "#article-text .marked")
    clause = "".join(m.text for m in marks if m.get_attribute("data-role") == "event")
    assert clause.replace("\n", "") == event.text.replace("\n", "")
    item = browser.find_element(By.CSS_SELECTOR, '#side-list .item[data-key="events:0"]').text
    assert f"confidence {event.confidence:.2f}" in item
    # clicking an actor mention in the text selects that actor in the panel
    actor_idx, actor = next((i, a) for i, a in enumerate(opinion.actors) if a.name == "Latvia")
    browser.find_element(By.ID, "toggle-techniques").click()  # techniques sit innermost
    browser.find_element(By.ID, "toggle-events").click()
    mention = browser.find_element(
        By.CSS_SELECTOR, f'#article-text .hl-actors[data-key="actors:{actor_idx}"]'
    )
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", mention)
    mention.click()
    selected = browser.find_element(By.CSS_SELECTOR, "#side-list .item.selected")
    assert selected.get_attribute("data-key") == f"actors:{actor_idx}"
    assert actor.name in selected.text and actor.code in selected.text
    assert marked_text(browser) == [m.text for m in actor.mentions]
    # a link to an item marks it, on load and on a change of the fragment
    browser.execute_script("window.location.hash = '#techniques:0'")
    wait(browser, lambda d: "".join(marked_text(d)) == opinion.techniques[0].text, 5)
    browser.get("about:blank")
    browser.get(f"{base}/articles/{opinion.id}#quotes:{q_idx}")
    wait(browser, lambda d: marked_text(d))
    assert quote.speaker.text in marked_text(browser)
    assert not csp_violations(browser)


def test_stored_script_payloads_run_nothing(browser, site):
    base, articles = site
    xss = articles["test:xss"]
    browser.get(base + "/")
    assert_nothing_ran(browser)
    open_reader(browser, base, xss.id)
    assert browser.find_element(By.CSS_SELECTOR, ".article-title").text == XSS_TITLE
    assert body_text(browser) == xss.text
    active = browser.execute_script(
        "return document.querySelectorAll('#reader script, #reader img, #reader svg, "
        "#reader iframe, #reader [onerror], #reader [onload], #reader [onmouseover]').length"
    )
    assert active == 0
    hrefs = [a.get_attribute("href") or "" for a in browser.find_elements(By.CSS_SELECTOR, "a")]
    assert not any(h.lower().startswith("javascript:") for h in hrefs)
    click_item(browser, "techniques", 0)
    assert "".join(marked_text(browser)) == xss.techniques[0].text
    for item in browser.find_elements(By.CSS_SELECTOR, "#side-list .item"):
        item.click()
    # hover the outlet and title in the library, where the payloads are attributes-to-be
    browser.get(base + "/")
    for link in browser.find_elements(By.CSS_SELECTOR, ".article-link"):
        webdriver.ActionChains(browser).move_to_element(link).perform()
    time.sleep(0.5)
    assert_nothing_ran(browser)
    browser.get(base + "/dashboard")
    wait(browser, EC.presence_of_element_located((By.CSS_SELECTOR, "body[data-ready=true]")))
    assert_nothing_ran(browser)
    shoot(browser, "reader-xss", 1100)


# --- dashboard ---------------------------------------------------------------------------


def chart_option(driver, chart_id: str) -> dict:
    return driver.execute_script(
        "const o = window.presslensCharts[arguments[0]].getOption();"
        "return JSON.parse(JSON.stringify({series: o.series, xAxis: o.xAxis, yAxis: o.yAxis}));",
        chart_id,
    )


def test_dashboard_charts_and_filters(browser, site):
    base, articles = site
    browser.get(base + "/dashboard")
    wait(browser, EC.presence_of_element_located((By.CSS_SELECTOR, "body[data-ready=true]")))
    assert browser.execute_script("return typeof window.echarts") == "object"
    total_events = sum(len(a.events) for a in articles.values())
    timeline = chart_option(browser, "chart-events")
    assert sum(sum(s["data"]) for s in timeline["series"]) == total_events
    months = chart_option(browser, "chart-tech-month")
    assert sum(sum(s["data"]) for s in months["series"]) == sum(
        len(a.techniques) for a in articles.values()
    )
    outlets = chart_option(browser, "chart-tech-outlet")["yAxis"][0]["data"]
    with_techniques = {a.outlet for a in articles.values() if a.techniques and a.outlet}
    assert set(outlets) == with_techniques and "Harbour Ledger" in outlets
    network = chart_option(browser, "chart-network")["series"][0]
    names = {n["name"] for n in network["data"]}
    assert "Vladimir Putin" in names or "Russia" in names
    colours = {link["lineStyle"]["color"] for link in network["links"]}
    assert colours <= {"#4caf7a", "#1f7a4d", "#f0a040", "#d64545"} and colours
    speakers = browser.find_element(By.ID, "speakers").text
    for a in articles.values():
        for q in a.quotes:
            if q.speaker:
                assert q.speaker.name in speakers
    time.sleep(1.5)  # let the charts' opening animation finish before the picture
    shoot(browser, "dashboard")
    # untick a quad class: its edges leave the network
    quads = {link["quad"] for link in network["links"]}
    dropped = min(quads)
    browser.find_element(By.CSS_SELECTOR, f'#quad-filter input[value="{dropped}"]').click()
    network = chart_option(browser, "chart-network")["series"][0]
    assert dropped not in {link["quad"] for link in network["links"]}
    # a date range narrows every chart to May 2024 (the summit report)
    for field, value in (("d-from", "05/01/2024"), ("d-to", "05/31/2024")):
        browser.find_element(By.ID, field).send_keys(value)
    browser.find_element(By.CSS_SELECTOR, "#dash-filters button[type=submit]").click()
    wait(
        browser,
        lambda d: chart_option(d, "chart-tech-month")["xAxis"][0]["data"] in ([], ["2024-05"]),
    )
    cards = browser.find_element(By.ID, "cards").text
    assert cards.startswith("1\nARTICLES")
    assert not csp_violations(browser)
    # clicking an actor in the network opens the library filtered by that actor
    node = chart_option(browser, "chart-network")["series"][0]["data"][0]["name"]
    x, y = browser.execute_script(
        "const c = window.presslensCharts['chart-network'];"
        "const data = c.getModel().getSeriesByIndex(0).getData();"
        "return c.convertToPixel({seriesIndex: 0}, data.getItemLayout(data.indexOfName(arguments[0])));",
        node,
    )
    canvas = browser.find_element(By.CSS_SELECTOR, "#chart-network canvas")
    size = canvas.size
    webdriver.ActionChains(browser).move_to_element_with_offset(
        canvas, int(x - size["width"] / 2), int(y - size["height"] / 2)
    ).click().perform()
    wait(browser, EC.presence_of_element_located((By.ID, "result-count")))
    assert "actor=" in browser.current_url and "from=2024-05-01" in browser.current_url
    expected = {
        a.id
        for a in articles.values()
        if any(node.lower() in x.name.lower() or x.code == node.upper() for x in a.actors)
        and a.published >= "2024-05-01"
        and a.published <= "2024-05-31"
    }
    rows = {
        r.get_attribute("data-article-id")
        for r in browser.find_elements(By.CSS_SELECTOR, "#articles tbody tr")
    }
    assert rows == expected and rows


# --- analyse -----------------------------------------------------------------------------


def test_dashboard_counts_only_confident_events_when_asked(browser, site):
    base, articles = site
    browser.get(base + "/dashboard")
    wait(browser, EC.presence_of_element_located((By.CSS_SELECTOR, "body[data-ready=true]")))
    events = [e for a in articles.values() for e in a.events]
    sure = sum(1 for e in events if e.confidence >= 0.5)
    assert 0 < sure < len(events)
    Select(browser.find_element(By.ID, "d-confidence")).select_by_value("0.5")
    browser.find_element(By.CSS_SELECTOR, "#dash-filters button[type=submit]").click()
    wait(
        browser,
        lambda d: sum(sum(s["data"]) for s in chart_option(d, "chart-events")["series"]) == sure,
    )
    assert f"{sure}\nEVENTS" in browser.find_element(By.ID, "cards").text
    assert not csp_violations(browser)


def test_analyse_page_text_and_refused_url(browser, site, http_server):
    base, _ = site
    browser.get(base + "/analyze")
    text = REPORT.split("\n\n")[1]
    area = browser.find_element(By.ID, "in-text")
    area.send_keys(text)
    browser.find_element(By.ID, "in-title").send_keys("Talks in Moscow")
    browser.find_element(By.ID, "in-store").click()
    browser.find_element(By.ID, "analyze-button").click()
    wait(browser, EC.presence_of_element_located((By.ID, "article-text")), 60)
    assert body_text(browser) == text
    assert browser.find_element(By.CSS_SELECTOR, ".article-title").text == "Talks in Moscow"
    assert "Analysed in" in browser.find_element(By.ID, "analyze-status").text
    shoot(browser, "analyze")
    tabs = browser.find_elements(By.CSS_SELECTOR, "#side-panel .side-tab")
    assert tabs
    link = browser.find_element(By.CSS_SELECTOR, "#saved-note a")
    link.click()
    wait(browser, EC.presence_of_element_located((By.ID, "article-text")))
    assert body_text(browser) == text
    # a URL on this machine is refused by the SSRF guard, and the page says why
    browser.get(base + "/analyze")
    browser.find_element(By.ID, "mode-url").click()
    browser.find_element(By.ID, "in-url").send_keys(f"{http_server}/article.html")
    browser.find_element(By.ID, "analyze-button").click()
    error = wait(browser, EC.visibility_of_element_located((By.CSS_SELECTOR, ".notice.error")))
    assert "loopback address" in error.text
    # an empty paste is caught before any request
    browser.find_element(By.ID, "mode-text").click()
    browser.find_element(By.ID, "analyze-button").click()
    assert "Paste the text" in browser.find_element(By.ID, "analyze-status").text


def test_api_reference_page(browser, site):
    base, _ = site
    browser.get(base + "/api-docs")
    paths = [e.text for e in browser.find_elements(By.CSS_SELECTOR, ".endpoint h2 code")]
    for path in (
        "/api/articles",
        "/api/analyze/text",
        "/api/analyze/url",
        "/api/stats/events",
        "/api/export/articles",
    ):
        assert path in paths
    shoot(browser, "api")


def test_unknown_article_page(browser, site):
    base, _ = site
    browser.get(base + "/articles/<img src=x onerror=alert(1)>")
    assert "no article with id" in browser.find_element(By.ID, "error-message").text
    assert_nothing_ran(browser)
