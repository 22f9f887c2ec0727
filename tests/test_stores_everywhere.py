"""Exploration and the server read through any store: the same answers on Oxigraph as in memory."""

from __future__ import annotations

import urllib.request
from collections.abc import Callable

import pytest
from SPARQLWrapper import JSON, SPARQLWrapper

from conftest import Run
from server_support import SEED_PROJECT, running_server

Dockg = Callable[..., Run]


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The seed project loaded once into a persistent Oxigraph store."""
    from click.testing import CliRunner

    from dockg.cli import cli

    spec = f"oxigraph:{tmp_path_factory.mktemp('store') / 'seed'}"
    result = CliRunner().invoke(cli, ["--project", str(SEED_PROJECT), "load", "--store", spec])
    assert result.exit_code == 0, result.output
    return spec


@pytest.mark.parametrize(
    "command",
    [
        ["path", "Heung-Soon Im", "Kim Soyoung"],
        ["neighbours", "person:kim-soyoung", "--depth", "1"],
        ["timeline", "--topic", "North Korean defectors"],
        ["measures", "--projection", "film-topic", "--top", "5"],
        ["export", "--format", "csv-edges", "--projection", "person-film"],
        ["path", "Kim", "Heung-Soon Im"],  # ambiguous: same candidates, same exit code
    ],
)
def test_exploration_on_oxigraph_answers_like_memory(
    dockg: Dockg, seed_store: str, command: list[str]
) -> None:
    memory = dockg("--project", SEED_PROJECT, *command)
    stored = dockg("--project", SEED_PROJECT, *command, "--store", seed_store)
    assert memory.stdout or "may mean 4 entities" in memory.stderr  # an answer or candidates
    assert (stored.code, stored.stdout, stored.stderr) == (
        memory.code,
        memory.stdout,
        memory.stderr,
    )


def test_server_on_oxigraph_store(seed_store: str) -> None:
    with running_server("--store", seed_store) as server:
        client = SPARQLWrapper(server.sparql)
        client.setReturnFormat(JSON)
        client.setQuery(
            "SELECT ?name WHERE { <https://w3id.org/dockg/id/person/kim-soyoung> "
            "<https://schema.org/name> ?name }"
        )
        rows = client.queryAndConvert()["results"]["bindings"]  # type: ignore[index]
        assert [row["name"]["value"] for row in rows] == ["Soyoung Kim"]
        with urllib.request.urlopen(f"{server.url}page/person/kim-soyoung") as page:
            html = page.read().decode()
        assert "Soyoung Kim" in html and "Heart of Snow: afterlife" in html
