"""The pages in a real browser: headless Chromium (Debian's ``chromium`` and
``chromium-driver``, which ``.ci/run`` installs) driven by Selenium against a real
``dockg serve`` on 127.0.0.1.

The researcher's path from the issue: open the server, search for "Kim Soyoung", land on
her page, follow a film to its screenings and subjects, see each fact's source, run a
catalogue query through its form. Screenshots of each page are saved under the test's
``tmp_path`` (``pytest --basetemp=DIR`` keeps them somewhere known).
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from server_support import ServerProcess, shared_seed_server

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")

if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
    pytest.skip(
        f"{CHROMIUM} or {CHROMEDRIVER} is missing: "
        "apt-get install chromium chromium-driver (.ci/run does)",
        allow_module_level=True,
    )

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.remote.webdriver import WebDriver  # noqa: E402
from selenium.webdriver.remote.webelement import WebElement  # noqa: E402
from selenium.webdriver.support import expected_conditions as ec  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

SOURCE = "sidof-2019-heart-of-snow-afterlife"


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    """Headless Chromium with a fresh profile and nothing that calls out of the machine."""
    profile = tempfile.mkdtemp(prefix="dockg-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
        "--window-size=1280,1000",
        "--lang=en-US",
    ):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def server() -> ServerProcess:
    """The shared ``dockg serve`` on the seed project."""
    return shared_seed_server()


def screenshot(driver: WebDriver, directory: Path, name: str) -> Path:
    """Save the whole page (the window stretched to its height) as ``name.png``."""
    height = int(driver.execute_script("return document.documentElement.scrollHeight"))
    driver.set_window_size(1280, min(max(height, 800), 6000))
    path = directory / f"{name}.png"
    assert driver.save_screenshot(str(path)), f"no screenshot {path}"
    assert path.stat().st_size > 10_000  # a rendered page, not an empty image
    driver.set_window_size(1280, 1000)
    return path


def wait_for_path(driver: WebDriver, path: str) -> None:
    WebDriverWait(driver, 30).until(ec.url_matches(f"{path}$"))


def heading(driver: WebDriver) -> str:
    return driver.find_element(By.TAG_NAME, "h1").text


def click_link(driver: WebDriver, scope: WebElement | WebDriver, text: str) -> None:
    link = scope.find_element(By.LINK_TEXT, text)
    href = link.get_attribute("href") or ""
    link.click()
    wait_for_path(driver, href.split("://", 1)[-1].split("/", 1)[-1])


def fact_sources(driver: WebDriver) -> dict[str, set[str]]:
    """Each facts-table property → the sources its rows cite, as the browser shows them."""
    found: dict[str, set[str]] = {}
    for body in driver.find_elements(By.CSS_SELECTOR, "table.facts tbody"):
        prop = body.find_element(By.CSS_SELECTOR, "th .iri").text
        for row in body.find_elements(By.TAG_NAME, "tr"):
            cites = row.find_elements(By.CSS_SELECTOR, "td:last-child a.cite")
            found.setdefault(prop, set()).update(c.text for c in cites)
    return found


def test_search_a_person_follow_a_film_to_its_screenings_and_subjects(
    browser: WebDriver, server: ServerProcess, tmp_path: Path
) -> None:
    browser.get(server.url)
    assert heading(browser) == "Documentary films, their makers, festivals and histories"
    screenshot(browser, tmp_path, "1-home")

    box = browser.find_element(By.CSS_SELECTOR, "form.search.big input[name=q]")
    box.send_keys("Kim Soyoung")
    box.submit()
    wait_for_path(browser, "/page/person/kim-soyoung")
    assert heading(browser) == "Soyoung Kim"
    variants = browser.find_element(By.CSS_SELECTOR, "p.variants").text
    assert variants == "Also written: Kim So-young · Kim Soyoung · So-young Kim · 김소영"
    sources = fact_sources(browser)
    assert sources["dockg:nameInHangul"] == {"curated-general-knowledge"}
    assert sources["schema:name"] == {SOURCE}
    assert all(sources.values()), "a fact without its source"
    screenshot(browser, tmp_path, "2-person")

    links = browser.find_element(By.ID, "links")
    click_link(browser, links, "Heart of Snow: afterlife")
    assert heading(browser) == "Heart of Snow: afterlife"
    assert browser.find_element(By.CSS_SELECTOR, "p.kind").text == "DOCUMENTARY FILM"
    sources = fact_sources(browser)
    assert set().union(*sources.values()) == {SOURCE}
    conflicts = browser.find_element(By.ID, "conflicts").text
    assert "2018 | 16min 55sec | color | DCP | English subtitles line 8, film header" in conflicts
    assert "line 39, director's filmography" in conflicts
    cited = browser.find_element(By.ID, "sources").text
    assert "derived from Home > Program > SIDOF Choice: Heart of Snow: afterlife" in cited
    assert "on Seoul Independent Documentary Film Festival web site" in cited
    screenshot(browser, tmp_path, "3-film")

    # A screening: when and where, from the programme page.
    screenings = browser.find_element(By.CSS_SELECTOR, "table.screenings").text
    assert "2019-03-23 11:00 (UTC+9) Lotte Cinema Hongik Univ 2 Seoul SIDOF Choice" in screenings
    screening = "Screening, 2019-03-23 11:00 (UTC+9), SIDOF Choice"
    click_link(browser, browser.find_element(By.ID, "links"), screening)
    assert heading(browser) == screening
    rows = browser.find_element(By.CSS_SELECTOR, "table.facts").text
    assert "2019-03-23 11:00 (UTC+9)" in rows
    assert "Lotte Cinema Hongik Univ, screen 2" in rows
    assert set().union(*fact_sources(browser).values()) == {SOURCE}
    screenshot(browser, tmp_path, "4-screening")

    # Back to the film, then one of its subjects: the films about it are listed.
    browser.back()
    wait_for_path(browser, "/page/film/heart-of-snow-afterlife")
    click_link(browser, browser.find_element(By.ID, "facts"), "North Korean defectors")
    assert heading(browser) == "North Korean defectors"
    linked = browser.find_element(By.ID, "links").text
    assert "The Last Day of the Year" in linked and "Heart of Snow: afterlife" in linked
    screenshot(browser, tmp_path, "5-topic")


def test_an_entity_iri_opened_in_a_browser_lands_on_its_page(
    browser: WebDriver, server: ServerProcess
) -> None:
    browser.get(server.url + "id/person/kim-soyoung")
    wait_for_path(browser, "/page/person/kim-soyoung")
    assert heading(browser) == "Soyoung Kim"


def test_run_a_catalogue_query_through_its_form_and_edit_it(
    browser: WebDriver, server: ServerProcess, tmp_path: Path
) -> None:
    browser.get(server.url + "queries")
    click_link(
        browser, browser.find_element(By.CSS_SELECTOR, "dl.catalogue"), "Films about a topic"
    )
    field = browser.find_element(By.CSS_SELECTOR, "form.params input[name=topic]")
    assert field.get_attribute("value") == "Koryo-saram"  # the default, by its name
    field.clear()
    field.send_keys("North Korean defectors")  # a name, not an IRI
    field.submit()
    WebDriverWait(browser, 30).until(ec.url_contains("North+Korean+defectors"))
    table = browser.find_element(By.CSS_SELECTOR, "table.results")
    header = [
        th.get_attribute("textContent") for th in table.find_elements(By.CSS_SELECTOR, "thead th")
    ]
    rows = [
        [td.text for td in tr.find_elements(By.TAG_NAME, "td")]
        for tr in table.find_elements(By.CSS_SELECTOR, "tbody tr")
    ]
    assert header == ["film", "title", "year", "subject", "subjectLabel", "link"]
    assert rows == [
        ["The Last Day of the Year", "The Last Day of the Year", "2015",
         "North Korean defectors", "North Korean defectors", "is about"],
        ["Heart of Snow: afterlife", "Heart of Snow: afterlife", "2016",
         "North Korean defectors", "North Korean defectors", "features group"],
    ]  # fmt: skip
    assert browser.find_element(By.CSS_SELECTOR, "p.result-count").text.startswith("2 rows")
    screenshot(browser, tmp_path, "6-query")

    browser.find_element(By.LINK_TEXT, "Edit this query").click()
    WebDriverWait(browser, 30).until(ec.url_contains("/edit"))
    text = browser.find_element(By.TAG_NAME, "textarea").get_attribute("value") or ""
    assert "VALUES (?topic) { (<https://w3id.org/dockg/id/topic/north-korean-defectors>) }" in text
    screenshot(browser, tmp_path, "7-edit")
    # Send the form exactly as the browser would, and read the endpoint's answer.
    answer = browser.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        const form = document.querySelector("form.sparql");
        fetch(form.action, {method: "POST", body: new URLSearchParams(new FormData(form))})
          .then(r => r.text().then(t => done([r.status, r.headers.get("content-type"), t])));
        """
    )
    status, content_type, body = answer
    assert status == 200, body
    assert content_type.startswith("application/sparql-results+json")
    films = [b["film"]["value"] for b in json.loads(body)["results"]["bindings"]]
    assert films == [
        "https://w3id.org/dockg/id/film/the-last-day-of-the-year",
        "https://w3id.org/dockg/id/film/heart-of-snow-afterlife",
    ]


def test_write_a_query_in_the_editor_and_follow_a_result(
    browser: WebDriver, server: ServerProcess, tmp_path: Path
) -> None:
    browser.get(server.url)
    click_link(browser, browser.find_element(By.CSS_SELECTOR, "header.site nav"), "SPARQL editor")
    wait_for_path(browser, "/sparql")
    assert heading(browser) == "SPARQL query editor"
    # Start from a catalogue example, then change it by hand.
    select = browser.find_element(By.CSS_SELECTOR, "form.examples select")
    select.find_element(By.CSS_SELECTOR, "option[value=film-card]").click()
    browser.find_element(By.CSS_SELECTOR, "form.examples button").click()
    WebDriverWait(browser, 30).until(ec.url_contains("example=film-card"))
    editor = browser.find_element(By.CSS_SELECTOR, "form.editor textarea")
    assert "VALUES (?film)" in (editor.get_attribute("value") or "")
    editor.clear()
    editor.send_keys(
        "SELECT ?film ?runtime WHERE { ?film schema:duration ?runtime } ORDER BY ?film ?runtime"
    )
    browser.find_element(By.CSS_SELECTOR, "form.editor button").click()
    WebDriverWait(browser, 30).until(
        ec.presence_of_element_located((By.CSS_SELECTOR, "table.results"))
    )
    table = browser.find_element(By.CSS_SELECTOR, "table.results")
    rows = [
        [td.text for td in tr.find_elements(By.TAG_NAME, "td")]
        for tr in table.find_elements(By.CSS_SELECTOR, "tbody tr")
    ]
    assert ["Heart of Snow: afterlife", "16 min 55 s"] in rows
    assert browser.find_element(By.CSS_SELECTOR, "p.result-count").text.startswith("8 rows")
    downloads = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "a.download")]
    assert downloads == ["Download CSV", "Download JSON"]
    screenshot(browser, tmp_path, "8-editor")
    click_link(browser, table, "Heart of Snow: afterlife")
    wait_for_path(browser, "/page/film/heart-of-snow-afterlife")
