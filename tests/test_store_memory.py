"""The memory store: SPARQL with bindings and dataset views, quads, errors."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef

from dockg.errors import InputError, UsageError
from dockg.namespaces import BASE
from dockg.store import MemoryStore, Store
from queries_support import seed_loaded

SUBJECTS = URIRef(f"{BASE}graph/subjects")
KIM = URIRef(f"{BASE}id/person/kim-soyoung")


@pytest.fixture(scope="module")
def store() -> MemoryStore:
    return MemoryStore(seed_loaded())


def test_is_a_store(store: MemoryStore) -> None:
    assert isinstance(store, Store)
    assert len(store) == sum(1 for _ in store.quads())
    assert SUBJECTS in store.named_graphs()


def test_bindings_are_bound_not_pasted(store: MemoryStore) -> None:
    query = "SELECT ?p WHERE { ?p <https://schema.org/name> ?n }"
    rows = [tuple(row) for row in store.query(query, bindings={"n": Literal("Soyoung Kim")})]
    assert rows == [(KIM,)]
    hostile = Literal('x" } ?p ?q ?n { "')
    assert list(store.query(query, bindings={"n": hostile})) == []


def test_default_graph_restricted_to_given_graphs(store: MemoryStore) -> None:
    count = "SELECT (COUNT(*) AS ?c) WHERE { ?s ?p ?o }"
    [(n,)] = store.query(count, default_graphs=[SUBJECTS])
    assert int(n) == sum(1 for _ in store.quads(SUBJECTS))


def test_named_graphs_restricted(store: MemoryStore) -> None:
    rows = store.query(
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", named_graphs=[SUBJECTS]
    )
    assert [tuple(r) for r in rows] == [(SUBJECTS,)]


def test_ask_and_construct(store: MemoryStore) -> None:
    assert store.query("ASK { ?s ?p ?o }").askAnswer is True
    graph = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 5").graph
    assert graph is not None and len(graph) == 5


def test_syntax_error_is_a_usage_error(store: MemoryStore) -> None:
    with pytest.raises(UsageError, match="SPARQL syntax error"):
        store.query("SELEC ?x WHERE {}")


def test_evaluation_error_is_an_input_error(store: MemoryStore) -> None:
    with pytest.raises(InputError, match="query failed"):
        # Nothing listens on the discard port of the loopback interface.
        store.query("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
