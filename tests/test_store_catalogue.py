"""The query catalogue gives the same rows on every store.

Each catalogue query runs with its default parameters on the memory store (checked
against ``tests/expected/queries/*.csv``), on an Oxigraph store, and on a real
``oxigraph serve`` reached through SPARQLWrapper after ``dockg push``. Rows are compared
as RDF terms, in order when the query has an ORDER BY. The one allowed difference is
Oxigraph's canonical form of typed literals and language tags (``"PT89M"`` →
``"PT1H29M"``, ``@ko-Latn`` → ``@ko-latn``: the same values), so the memory store's terms
are written in that form before comparing; blank nodes compare equal among themselves.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from rdflib import BNode
from rdflib.term import Node

from dockg.queries import QueryResult, run_query
from dockg.store import Store
from dockg.store.convert import canonical_terms
from dockg.store.oxigraph import OxigraphStore
from dockg.store.push import push
from dockg.store.sparql import SparqlStore
from oxigraph_server import OxigraphServer
from queries_support import (
    as_multiset,
    catalogue_files,
    catalogue_query,
    expected_path,
    from_csv,
    is_ordered,
    result_rows,
    run,
    seed_project,
)

NAMES = [path.stem for path in catalogue_files()]


@pytest.fixture(scope="module")
def oxigraph_store() -> OxigraphStore:
    store = OxigraphStore()
    store.load_project(seed_project())
    return store


@pytest.fixture(scope="module")
def sparql_store(
    tmp_path_factory: pytest.TempPathFactory, oxigraph_store: OxigraphStore
) -> Iterator[SparqlStore]:
    server = OxigraphServer(tmp_path_factory.mktemp("catalogue") / "server").start()
    try:
        store = SparqlStore(server.query_url, server.update_url)
        push(oxigraph_store, store)
        yield store
    finally:
        server.stop()


@pytest.fixture(params=["oxigraph", "sparql"])
def store(request: pytest.FixtureRequest) -> Store:
    return request.getfixturevalue(f"{request.param}_store")


Row = tuple[object, ...]


def _rows(result: QueryResult, canonical: dict[Node, Node] | None = None) -> list[Row]:
    def cell(term: Node | None) -> object:
        if isinstance(term, BNode):
            return "_:b"
        return canonical.get(term, term) if canonical and term is not None else term

    return [tuple(cell(t) for t in row) for row in result.rows]


def test_the_stores_hold_the_same_graphs(
    oxigraph_store: OxigraphStore, sparql_store: SparqlStore
) -> None:
    assert sparql_store.named_graphs() == oxigraph_store.named_graphs()
    assert len(sparql_store) == len(oxigraph_store)


@pytest.mark.parametrize("name", NAMES)
def test_same_rows_on_every_store(name: str, store: Store) -> None:
    spec = catalogue_query(name)
    memory = run(spec)
    _, expected = from_csv(expected_path(name).read_text(encoding="utf-8"))
    assert result_rows(memory) == expected or as_multiset(result_rows(memory)) == as_multiset(
        expected
    )
    got = run_query(store, spec)
    assert got.variables == memory.variables
    terms = [t for row in memory.rows for t in row if t is not None]
    want = _rows(memory, canonical_terms(terms))
    if is_ordered(spec):
        assert _rows(got) == want
    else:
        assert sorted(map(repr, _rows(got))) == sorted(map(repr, want))
