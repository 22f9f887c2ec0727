"""The server's shared state: IRI ↔ path mapping, the name index, configuration, startup."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import URIRef

from conftest import Run
from dockg.errors import UsageError
from dockg.lookup import NameIndex
from dockg.server.config import ServerConfig
from dockg.server.state import ServerState, name_index
from dockg.store import MemoryStore
from queries_support import seed_loaded, seed_project
from server_support import ServerProcess, shared_seed_server


@pytest.fixture(scope="module")
def seed_server() -> ServerProcess:
    """The server on the seed project shared by every test module."""
    return shared_seed_server()


@pytest.fixture(scope="module")
def state() -> ServerState:
    loaded = seed_loaded()
    store = MemoryStore(loaded)
    config = ServerConfig()
    return ServerState(
        seed_project(),
        store,
        name_index(store, base=config.base_iri + "id/"),
        config,
    )


def test_local_path_maps_entity_iris_under_the_base_to_server_paths(state: ServerState) -> None:
    iri = URIRef("https://w3id.org/dockg/id/person/kim-soyoung")
    assert state.local_path(iri) == "/id/person/kim-soyoung"
    assert state.iri_for_path("/id/person/kim-soyoung") == iri


def test_iris_outside_the_entity_base_have_no_local_path(state: ServerState) -> None:
    assert state.local_path(URIRef("https://w3id.org/dockg/ontology#Film")) is None
    assert state.local_path(URIRef("http://www.wikidata.org/entity/Q1")) is None
    assert state.local_path(URIRef("https://w3id.org/dockg/id/")) is None


@pytest.mark.parametrize(
    "path",
    [
        "/id/../etc/passwd",
        "/id/person/..",
        "/id/%2e%2e/x",
        "/id//x",
        "/dumps/x",
        "/id/a%20b",
        "/id/a%3Cb",
    ],
)
def test_paths_that_climb_out_or_are_not_iris_name_no_entity(state: ServerState, path: str) -> None:
    assert state.iri_for_path(path) is None


def test_name_index_from_the_store_equals_the_one_from_the_graph(state: ServerState) -> None:
    from_graph = NameIndex.from_graph(seed_loaded().union())
    for text in ["Kim Soyoung", "김소영", "Heart of Snow", "im heung-soon", "SIDOF"]:
        assert state.names.find(text) == from_graph.find(text), text


def test_config_refuses_a_base_that_is_not_an_http_iri_prefix() -> None:
    with pytest.raises(UsageError, match="base IRI must be an http"):
        ServerConfig(base_iri="urn:dockg:")
    with pytest.raises(UsageError, match="query timeout must be positive"):
        ServerConfig(query_timeout=0)


def test_config_address_defaults_to_host_and_port_and_honours_a_public_url() -> None:
    assert ServerConfig(port=9000).address == "http://127.0.0.1:9000/"
    assert (
        ServerConfig(public_url="https://dockg.example.org").address == "https://dockg.example.org/"
    )


def test_serve_says_where_it_serves_and_that_it_binds_the_loopback_only(
    seed_server: ServerProcess,
) -> None:
    lines = seed_server.output().splitlines()
    assert f"dockg: SPARQL endpoint {seed_server.url}sparql" in lines
    assert any(
        line.startswith("dockg: serving ") and line.endswith(f" at {seed_server.url}")
        for line in lines
    )
    assert (
        "dockg: bound to 127.0.0.1 only: reachable from this machine alone; "
        "give --host 0.0.0.0 to open it to the network"
    ) in lines


def test_serve_refuses_a_directory_that_is_not_a_project(
    dockg: Callable[..., Run], tmp_path: Path
) -> None:
    run = dockg("--project", tmp_path, "serve", "--port", "0")
    assert run.code == 2
    assert (
        run.stderr
        == f"dockg: error: {tmp_path} is not a dockg project: it has no ontology/ directory\n"
    )


def test_serve_refuses_a_base_url_that_is_not_an_http_prefix(
    dockg: Callable[..., Run], mini_project_dir: Path
) -> None:
    run = dockg("--project", mini_project_dir, "serve", "--base-url", "urn:dockg:")
    assert run.code == 2
    assert run.stderr == (
        "dockg: error: the base IRI must be an http(s) IRI ending in '/' or '#': 'urn:dockg:'\n"
    )
    assert "Traceback" not in run.stderr
