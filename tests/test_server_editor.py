"""The query editor a browser gets at ``/sparql``; every other client keeps the protocol."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from dockg.queries import catalogue
from dockg.server.app import create_app
from dockg.server.query_editor import declare_prefixes
from dockg.store.memory import MemoryStore
from pages_support import parse_html, seed_loaded, seed_state, state_for

BROWSER = {"accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
DURATIONS = "SELECT ?film ?d WHERE { ?film schema:duration ?d } ORDER BY ?film ?d"


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    # A state of its own: create_app gives it query workers, which stop with the client.
    state = state_for(MemoryStore(seed_loaded()))
    with TestClient(create_app(state)) as running:
        yield running


def test_a_browser_gets_the_editor_with_the_catalogue_as_examples(client: TestClient) -> None:
    answer = client.get("/sparql", headers=BROWSER)
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/html")
    assert answer.headers["vary"] == "Accept, Origin"  # CORS: the answer depends on both
    page = parse_html(answer.text)
    options = [o.attrs["value"] for o in page.find("form", "examples").find_all("option")]
    assert options == [spec.name for spec in catalogue(seed_state().project)]
    assert "SELECT ?film ?title ?year" in page.find("form", "editor").find("textarea").text()
    assert "PREFIX film: <https://w3id.org/dockg/id/film/>" in page.find("details").text()


def test_an_example_loads_with_its_default_values_written_in(client: TestClient) -> None:
    page = parse_html(client.get("/sparql?example=film-card", headers=BROWSER).text)
    text = page.find("form", "editor").find("textarea").text()
    assert "VALUES (?film) { (<https://w3id.org/dockg/id/film/heart-of-snow-afterlife>) }" in text
    assert not page.find_all("table")  # loaded, not run


def test_a_query_in_the_address_shows_a_table_linking_entity_pages(client: TestClient) -> None:
    answer = client.get("/sparql", params={"query": DURATIONS}, headers=BROWSER)
    assert answer.status_code == 200
    page = parse_html(answer.text)
    table = page.find("table", "results")
    assert [th.text() for th in table.find_all("th")] == ["film", "d"]
    rows = [[td.text() for td in tr.find_all("td")] for tr in table.find_all("tr")[1:]]
    assert ["Heart of Snow: afterlife", "16 min"] in rows
    assert ["Heart of Snow: afterlife", "16 min 55 s"] in rows
    assert len(rows) == 8
    links = {a.attrs["href"] for a in table.find_all("a", "entity")}
    assert "/page/film/heart-of-snow-afterlife" in links
    assert "Declared for you: schema: ." in page.find("p", "note-line").text()


def test_downloads_are_the_endpoints_own_csv_and_json(client: TestClient) -> None:
    page = parse_html(client.get("/sparql", params={"query": DURATIONS}, headers=BROWSER).text)
    links = {a.text(): a.attrs["href"] for a in page.find_all("a", "download")}
    assert set(links) == {"Download CSV", "Download JSON"}
    csv_answer = client.get(links["Download CSV"], headers=BROWSER)
    assert csv_answer.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(csv_answer.text)))
    assert rows[0] == ["film", "d"] and len(rows) == 9
    json_answer = client.get(links["Download JSON"], headers=BROWSER)
    assert json_answer.headers["content-type"].startswith("application/sparql-results+json")
    assert len(json_answer.json()["results"]["bindings"]) == 8


def test_ask_construct_and_errors_read_on_the_page(client: TestClient) -> None:
    ask = parse_html(client.get("/sparql?query=ASK{?s ?p ?o}", headers=BROWSER).text)
    assert ask.find("strong", "boolean").text() == "yes (true)"
    graph = client.get(
        "/sparql",
        params={
            "query": "CONSTRUCT { film:kyung schema:name ?n } WHERE { film:kyung schema:name ?n }"
        },
        headers=BROWSER,
    )
    table = parse_html(graph.text).find("table", "results")
    assert [th.text() for th in table.find_all("th")] == ["subject", "predicate", "object"]
    assert [[td.text() for td in tr.find_all("td")] for tr in table.find_all("tr")[1:]] == [
        ["Kyung", "name", "Kyung ko-Latn"]
    ]
    bad = client.get("/sparql", params={"query": "SELEC nothing"}, headers=BROWSER)
    assert bad.status_code == 400
    assert "SPARQL syntax error" in parse_html(bad.text).find("p", "error").text()


def test_a_browser_form_post_gets_the_editor_too(client: TestClient) -> None:
    answer = client.post("/sparql", data={"query": DURATIONS}, headers=BROWSER)
    assert answer.status_code == 200
    assert len(parse_html(answer.text).find("table", "results").find_all("tr")) == 9


@pytest.mark.parametrize(
    "accept",
    [
        None,
        "*/*",
        "application/sparql-results+json",
        "text/html, application/sparql-results+json",  # a tie goes to the machine format
        "application/sparql-results+json, text/html;q=0.5",
        "text/*",
    ],
)
def test_machine_clients_keep_the_protocol(client: TestClient, accept: str | None) -> None:
    headers = {"accept": accept} if accept is not None else {}
    answer = client.get("/sparql", params={"query": DURATIONS}, headers=headers)
    assert answer.status_code == 200
    assert not answer.headers["content-type"].startswith("text/html")


def test_a_format_parameter_wins_over_a_browsers_accept(client: TestClient) -> None:
    answer = client.get("/sparql", params={"query": DURATIONS, "format": "csv"}, headers=BROWSER)
    assert answer.headers["content-type"].startswith("text/csv")


def test_prefixes_are_declared_only_when_used_and_undeclared() -> None:
    text, added = declare_prefixes(
        "PREFIX schema: <https://schema.org/>\n"
        "SELECT * { ?f schema:name ?n ; dockg:isAbout topic:x . ?x <http://e.org/film:y> 1 }"
    )
    assert added == ["dockg", "topic"]
    assert text.startswith(
        "PREFIX dockg: <https://w3id.org/dockg/ontology#>\n"
        "PREFIX topic: <https://w3id.org/dockg/id/topic/>\nPREFIX schema:"
    )
