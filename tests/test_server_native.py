"""The endpoint on an Oxigraph store writes Oxigraph's answers with Oxigraph's serializers:
the documents must say what the rdflib path (convert to rdflib, rdflib's serializers)
said for the same query on the same store, compared parsed, and refuse the same way."""

from __future__ import annotations

import csv
import io
import json

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from rdflib.query import Result

from dockg.server.native import might_call_service
from dockg.server.sparql import QueryJob, QueryLimits, execute_native, execute_query
from dockg.server.workers import Reply
from dockg.store.oxigraph import OxigraphStore
from queries_support import seed_project
from store_support import canonical_graph

PEOPLE = """
PREFIX schema: <https://schema.org/>
SELECT ?person ?name ?birth WHERE {
  ?person a schema:Person ; schema:name ?name OPTIONAL { ?person schema:birthDate ?birth }
} ORDER BY ?person ?name ?birth
"""
FILMS = """
PREFIX schema: <https://schema.org/>
CONSTRUCT { ?film schema:name ?title ; schema:director ?who ; schema:duration ?d }
WHERE { ?film a schema:Movie ; schema:name ?title .
        OPTIONAL { ?film schema:director ?who } OPTIONAL { ?film schema:duration ?d } }
"""
LIMITS = QueryLimits(max_results=10_000, allowed_service_hosts=frozenset({"127.0.0.1"}))


@pytest.fixture(scope="module")
def store() -> OxigraphStore:
    loaded = OxigraphStore(None)
    loaded.load_project(seed_project())
    return loaded


def _job(text: str, fmt: str) -> QueryJob:
    return QueryJob(text, None, None, (fmt,), None)


def _both(store: OxigraphStore, text: str, fmt: str, limits: QueryLimits = LIMITS) -> list[Reply]:
    job = _job(text, fmt) if "/" not in fmt else QueryJob(text, None, None, (), fmt)
    return [run(store, limits, job) for run in (execute_native, execute_query)]


def _rows(reply: Reply, fmt: str) -> list[tuple[str | None, ...]]:
    result = Result.parse(io.BytesIO(reply.body), format=fmt)
    return [tuple(None if t is None else t.n3() for t in row) for row in result]  # type: ignore[union-attr]


@pytest.mark.parametrize("fmt", ["json", "xml", "tsv"])
def test_select_documents_hold_the_same_rows(store: OxigraphStore, fmt: str) -> None:
    native, converted = _both(store, PEOPLE, fmt)
    assert (native.status, native.media_type) == (200, converted.media_type)
    assert len(_rows(native, fmt)) > 5
    assert _rows(native, fmt) == _rows(converted, fmt)


def test_select_json_is_the_same_document_once_parsed(store: OxigraphStore) -> None:
    native, converted = _both(store, PEOPLE, "json")
    assert json.loads(native.body) == json.loads(converted.body)


def test_select_csv_has_the_same_table(store: OxigraphStore) -> None:
    native, converted = _both(store, PEOPLE, "csv")
    assert native.media_type == converted.media_type == "text/csv; charset=utf-8"
    table = list(csv.reader(io.StringIO(native.body.decode("utf-8"))))
    assert table[0] == ["person", "name", "birth"]
    assert table == list(csv.reader(io.StringIO(converted.body.decode("utf-8"))))


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_ask_answers_the_same(store: OxigraphStore, fmt: str) -> None:
    for text, expected in (("ASK { ?s ?p ?o }", True), ("ASK { <urn:x> ?p ?o }", False)):
        native, converted = _both(store, text, fmt)
        assert native.status == converted.status == 200
        for reply in (native, converted):
            assert Result.parse(io.BytesIO(reply.body), format=fmt).askAnswer is expected


@pytest.mark.parametrize(
    ("fmt", "parser"),
    [("turtle", "turtle"), ("nt", "nt"), ("json-ld", "json-ld"), ("rdf+xml", "xml")],
)
def test_construct_graphs_are_isomorphic(store: OxigraphStore, fmt: str, parser: str) -> None:
    native, converted = _both(store, FILMS, fmt)
    assert (native.status, native.media_type) == (200, converted.media_type)
    got = Graph().parse(data=native.body, format=parser)
    expected = Graph().parse(data=converted.body, format=parser)
    assert len(got) > 10
    # Oxigraph's writers give literals as stored ("@ko-latn"); the converted answer reads
    # them back as the sources wrote them ("@ko-Latn"): the same graph, canonically.
    assert isomorphic(got, canonical_graph(expected))


def test_a_construct_yielding_a_triple_twice_is_counted_and_written_once(
    store: OxigraphStore,
) -> None:
    text = "CONSTRUCT { <urn:a> <urn:p> ?n } WHERE { ?s a ?n } "
    limits = QueryLimits(max_results=10_000, allowed_service_hosts=frozenset())
    native = execute_native(store, limits, _job(text, "nt"))
    lines = native.body.decode().splitlines()
    assert len(lines) == len(set(lines)) == len(store.query(text).graph or ())


@pytest.mark.parametrize(
    ("text", "fmt", "unit"),
    [
        ("SELECT * WHERE { ?s ?p ?o } LIMIT 6", "json", "rows"),
        ("SELECT * WHERE { ?s ?p ?o } LIMIT 6", "csv", "rows"),
        ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 9", "turtle", "triples"),
    ],
)
def test_the_size_limit_counts_the_same(
    store: OxigraphStore, text: str, fmt: str, unit: str
) -> None:
    small = QueryLimits(max_results=5, allowed_service_hosts=frozenset())
    native, converted = _both(store, text, fmt, small)
    assert (native.status, native.body) == (converted.status, converted.body)
    assert native.body.decode().startswith(f"the result has {6 if unit == 'rows' else 9} {unit}")
    within = execute_native(store, small, _job("SELECT * WHERE { ?s ?p ?o } LIMIT 5", "tsv"))
    assert within.status == 200 and within.body.count(b"\n") == 6


@pytest.mark.parametrize(
    "text",
    [
        "SELECT ?s WHERE { ?s ?p }",  # malformed: rdflib's message, as before
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",  # an update: 403
        "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { \\u0053ERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "SELECT ?x WHERE { ?s ?p ?o }",  # Accept: image/png gets 406
    ],
)
def test_refusals_are_the_same(store: OxigraphStore, text: str) -> None:
    fmt = "image/png" if text.startswith("SELECT ?x") else "json"
    native, converted = _both(store, text, fmt)
    assert native.status in (400, 403, 406)
    assert (native.status, native.body) == (converted.status, converted.body)


def test_the_service_test_never_misses_the_keyword() -> None:
    assert might_call_service("select * { service <http://x/> { ?s ?p ?o } }")
    assert might_call_service("SELECT * { \\u0053ERVICE <http://x/> {} }")
    assert not might_call_service("SELECT ?s WHERE { ?s ?p ?o }")
