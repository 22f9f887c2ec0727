"""Serving data dockg did not write: search and a page for every IRI, never a 500."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest

from conftest import TESTS
from dockg.project import Project
from dockg.store.oxigraph import load_directory
from server_support import ServerProcess, running_server

FOREIGN = TESTS / "fixtures" / "foreign"
FILM = "https://archive.example.org/id/film-nanook"


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=60) as answer:
            return answer.status, answer.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> ServerProcess:
    store = tmp_path_factory.mktemp("foreign") / "store"
    load_directory(store, Project.open(TESTS.parent), dump=FOREIGN / "archive-http.ttl")
    with running_server("--store", f"oxigraph:{store}") as running:
        yield running


def test_search_finds_an_archive_film_and_links_its_page(server: ServerProcess) -> None:
    status, page = _get(server.url + "search?q=Nanook")
    assert status == 200
    assert f'href="/resource?iri={quote(FILM, safe="")}"' in page


def test_every_iri_has_a_page_with_its_facts(server: ServerProcess) -> None:
    status, page = _get(server.url + "resource?iri=" + quote(FILM, safe=""))
    assert status == 200
    assert "Nanook of the North" in page and "1922" in page
    assert 'href="/data/' not in page  # no data document for a foreign IRI
    links = {part.split('"')[0] for part in page.split('href="/resource?iri=')[1:]}
    assert quote("https://archive.example.org/id/person-flaherty", safe="") in links
    screenings = [link for link in links if "genid" in link]
    assert len(screenings) == 1  # the blank-node screening, under its stable IRI
    for link in links:
        status, _ = _get(server.url + "resource?iri=" + link)
        assert status == 200


@pytest.mark.parametrize(
    "iri", ["", "not an iri", "<script>alert(1)</script>", "https://archive.example.org/nothing"]
)
def test_a_bad_or_unknown_iri_is_a_404(server: ServerProcess, iri: str) -> None:
    status, page = _get(server.url + "resource?iri=" + quote(iri, safe=""))
    assert status == 404
    assert "<script>alert" not in page


def test_dockg_data_has_no_resource_pages(tmp_path: Path) -> None:
    with running_server() as seed:
        status, _ = _get(seed.url + "resource?iri=" + quote(FILM, safe=""))
    assert status == 404
