"""The protocol's dataset parameters replace the query's FROM / FROM NAMED (regressions).

SPARQL 1.1 Protocol 2.1.4: ``default-graph-uri`` and ``named-graph-uri`` give the whole
dataset, over any ``FROM``/``FROM NAMED`` in the query; the graphs not named are not in
it. Checked on both query paths of the endpoint (Oxigraph's, the server's default, and
rdflib's for the other stores) with the seed project, and once over HTTP.
"""

from __future__ import annotations

import json
from functools import cache

import httpx
import pytest

from dockg.loading import load_dataset
from dockg.materialize import materialize
from dockg.server.sparql import QueryJob, QueryLimits, execute_native, execute_query
from dockg.store.base import Store
from dockg.store.memory import MemoryStore
from dockg.store.oxigraph import OxigraphStore
from queries_support import seed_project
from server_support import ServerProcess, shared_seed_server

GRAPH = "https://w3id.org/dockg/graph/"
SUBJECTS, BIO, CURATED = (
    GRAPH + "subjects",
    GRAPH + "filmsite-im-heung-soon-bio",
    GRAPH + ("curated-general-knowledge"),
)
LIMITS = QueryLimits(max_results=100_000, allowed_service_hosts=frozenset())


@cache
def oxigraph() -> OxigraphStore:
    store = OxigraphStore(None)
    store.load_project(seed_project())
    return store


@cache
def memory() -> MemoryStore:
    loaded = load_dataset(seed_project())
    materialize(loaded)
    return MemoryStore(loaded)


def ask(
    store: Store, query: str, default: tuple[str, ...] | None, named: tuple[str, ...] | None
) -> list[dict[str, str]]:
    """Run ``query`` as the endpoint would, return its JSON bindings as plain values."""
    job = QueryJob(query, default, named, ("json",), None, base_iri="http://127.0.0.1/sparql")
    reply = (
        execute_native(store, LIMITS, job)
        if isinstance(store, OxigraphStore)
        else execute_query(store, LIMITS, job)
    )
    assert reply.status == 200, reply.body
    rows = json.loads(reply.body)["results"]["bindings"]
    return [{name: cell["value"] for name, cell in row.items()} for row in rows]


STORES = pytest.mark.parametrize("store", [oxigraph, memory], ids=["oxigraph", "memory"])
GRAPHS_SEEN = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"


@STORES
def test_default_graph_uri_overrides_from(store: object) -> None:
    query = f"SELECT (COUNT(*) AS ?n) FROM <{SUBJECTS}> WHERE {{ ?s ?p ?o }}"
    by_protocol = ask(store(), query, (BIO,), None)  # type: ignore[operator]
    bio_only = ask(store(), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", (BIO,), None)  # type: ignore[operator]
    from_clause = ask(store(), query, None, None)  # type: ignore[operator]
    assert by_protocol == bio_only
    assert by_protocol != from_clause


@STORES
def test_named_graph_uri_overrides_from_named(store: object) -> None:
    query = f"SELECT DISTINCT ?g FROM NAMED <{SUBJECTS}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"
    assert ask(store(), query, None, (BIO,)) == [{"g": BIO}]  # type: ignore[operator]
    assert ask(store(), query, None, None) == [{"g": SUBJECTS}]  # type: ignore[operator]


@STORES
def test_default_graph_uri_alone_gives_no_named_graphs(store: object) -> None:
    assert ask(store(), GRAPHS_SEEN, (BIO,), None) == []  # type: ignore[operator]


@STORES
def test_named_graph_uri_alone_gives_an_empty_default_graph(store: object) -> None:
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert ask(store(), query, None, (BIO, CURATED)) == [{"n": "0"}]  # type: ignore[operator]
    assert ask(store(), GRAPHS_SEEN, None, (BIO, CURATED)) == [{"g": CURATED}, {"g": BIO}]  # type: ignore[operator]


def test_w3c_query_multiple_dataset_on_the_seed_server() -> None:
    server: ServerProcess = shared_seed_server()
    query = (
        f"ASK FROM <{SUBJECTS}> {{ GRAPH ?g1 {{ ?a ?b ?c }} GRAPH ?g2 {{ ?d ?e ?f }} "
        f"FILTER(?g1 = <{BIO}> && ?g2 = <{CURATED}>) }}"
    )
    answer = httpx.post(
        server.sparql,
        params=[("named-graph-uri", BIO), ("named-graph-uri", CURATED)],
        content=query.encode(),
        headers={"content-type": "application/sparql-query", "accept": "application/json"},
        timeout=60,
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["boolean"] is True
