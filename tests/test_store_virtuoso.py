"""dockg push and the remote store against a real Virtuoso 7.2 (``virtuoso-t``), and its failures.

One server for the module (it starts in about 2 s), emptied of dockg's graphs before each
test. The query catalogue on Virtuoso is in ``test_store_catalogue.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from rdflib import RDF, BNode, Literal, URIRef

from conftest import Run
from dockg.errors import ExitCode, RemoteError
from dockg.namespaces import DOCKG
from dockg.project import Project
from dockg.store.oxigraph import OxigraphStore
from dockg.store.push import push
from dockg.store.sparql import UNION_GRAPH, VIRTUOSO, SparqlStore
from queries_support import seed_project
from store_support import assert_pushed, store_lines
from virtuoso_server import VirtuosoServer, running_virtuoso

Dockg = Callable[..., Run]
DURATION = URIRef("http://www.w3.org/2001/XMLSchema#duration")
KIM = URIRef("https://w3id.org/dockg/id/person/kim-soyoung")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VirtuosoServer]:
    yield from running_virtuoso(tmp_path_factory.mktemp("virtuoso"))


@pytest.fixture
def virtuoso(server: VirtuosoServer) -> VirtuosoServer:
    server.clear()
    server.allow_updates()
    return server


@pytest.fixture(scope="module")
def local() -> OxigraphStore:
    store = OxigraphStore()
    store.load_project(seed_project())
    return store


def remote(server: VirtuosoServer) -> SparqlStore:
    return SparqlStore(server.query_url, server.update_url)


def test_detected_as_virtuoso(virtuoso: VirtuosoServer) -> None:
    assert remote(virtuoso).dialect is VIRTUOSO
    assert virtuoso.startup_seconds < 30


def test_push_then_query(virtuoso: VirtuosoServer, local: OxigraphStore) -> None:
    target = remote(virtuoso)
    summary = push(local, target)
    assert (summary.graphs, summary.triples, summary.requests) == (6, len(local), 6)
    assert_pushed(target, local)
    # Durations (stored by Virtuoso as seconds) and booleans (as 1/0) read back canonical.
    rows = target.query(
        "SELECT ?d WHERE { ?f <https://schema.org/duration> ?d ; <https://schema.org/name> ?n }",
        bindings={"n": Literal("Heart of Snow: afterlife", lang="en")},
    )
    assert sorted(str(d) for (d,) in rows) == ["PT16M", "PT16M55S"]  # type: ignore[misc]
    assert target.query("ASK { ?f <https://w3id.org/dockg/ontology#isAnnual> true }").askAnswer
    rows = target.query(
        "SELECT ?p WHERE { ?p <https://schema.org/name> ?n }",
        bindings={"n": Literal("Soyoung Kim")},
    )
    assert [tuple(r) for r in rows] == [(KIM,)]
    assert push(local, target).triples == summary.triples  # replaces, never duplicates
    assert_pushed(target, local)
    # Virtuoso's own graphs are untouched and not among dockg's.
    assert virtuoso.own_graphs <= set(virtuoso.graphs())
    assert str(UNION_GRAPH) in virtuoso.graphs()


def test_chunked_push_goes_through_staging(virtuoso: VirtuosoServer, local: OxigraphStore) -> None:
    target = remote(virtuoso)
    summary = push(local, target, chunk=40)
    assert summary.requests > 40
    assert_pushed(target, local)
    assert not any("dockg-push-staging" in g for g in virtuoso.graphs())


class _OneGraph:
    """The least a push reads from a source: one graph declaring itself, plus triples."""

    graph = URIRef("https://w3id.org/dockg/graph/durations")

    def __init__(self, *objects: Literal) -> None:
        self.triples = [(self.graph, RDF.type, DOCKG.SourceGraph)]
        node = BNode()
        self.triples += [
            (node, URIRef(f"https://example.org/p{i}"), o) for i, o in enumerate(objects)
        ]

    def named_graphs(self) -> list[URIRef]:
        return [self.graph]

    def quads(self, graph: URIRef | None = None) -> Iterator[tuple]:
        yield from ((s, p, o, self.graph) for s, p, o in self.triples)


def test_day_time_durations_round_trip(virtuoso: VirtuosoServer) -> None:
    source = _OneGraph(
        *(Literal(text, datatype=DURATION) for text in ("PT55S", "PT1.5S", "P2DT1H", "-PT5S"))
    )
    target = remote(virtuoso)
    push(source, target)  # type: ignore[arg-type]
    rows = target.query("SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER ISLITERAL(?o) }")
    assert sorted(str(o) for (o,) in rows) == ["-PT5S", "P2DT1H", "PT1.5S", "PT55S"]  # type: ignore[misc]


def test_year_month_duration_is_refused(virtuoso: VirtuosoServer) -> None:
    source = _OneGraph(Literal("P1Y2M", datatype=DURATION))
    with pytest.raises(RemoteError) as caught:
        push(source, remote(virtuoso))  # type: ignore[arg-type]
    assert caught.value.message == (
        f'cannot push "P1Y2M"^^<{DURATION}> in graph {_OneGraph.graph} to Virtuoso: it '
        "stores durations as seconds, and this one is not a day-time duration"
    )
    assert caught.value.exit_code == ExitCode.REMOTE


def test_cli_push_and_commands(dockg: Dockg, mini_copy: Path, virtuoso: VirtuosoServer) -> None:
    run = dockg("--project", mini_copy, "push", "--store", virtuoso.spec)
    assert run.code == 0, run.stderr
    assert run.stdout.startswith("pushed 3 graphs, ")
    local = OxigraphStore()
    local.load_project(Project.open(mini_copy))
    assert store_lines(remote(virtuoso), canonical=True) == store_lines(local, canonical=True)
    commands = (["query", "films-made-in"], ["query", "people-named"], ["stats"], ["conflicts"])
    for command in commands:
        memory = dockg("--project", mini_copy, *command)
        on_virtuoso = dockg("--project", mini_copy, *command, "--store", virtuoso.spec)
        assert (on_virtuoso.code, on_virtuoso.stdout) == (memory.code, memory.stdout)
    # A FILTER inside OPTIONAL does not see the ?lang parameter bound outside it on
    # Virtuoso, so the optional title is left out (dockg help stores, "SPARQL servers
    # known to work").
    on_virtuoso = dockg(
        "--project", mini_copy, "query", "films-about-topic", "--wide", "--store", virtuoso.spec
    )
    assert on_virtuoso.stdout.splitlines()[2:] == [
        "film:heart-of-snow         topic:koryo-saram",
        "film:short-thaw            topic:deportation-1937",
    ]


def test_read_only_endpoint(dockg: Dockg, mini_copy: Path, virtuoso: VirtuosoServer) -> None:
    virtuoso.allow_updates(False)
    run = dockg("--project", mini_copy, "push", "--store", virtuoso.spec)
    assert run.code == 9
    assert run.stderr == (  # no progress bar in a pipe: the message alone
        f"dockg: error: {virtuoso.update_url}: refused the update (HTTP 500, Virtuoso: no "
        "permission); the server is read-only or these credentials may not write\n"
    )
    assert remote(virtuoso).named_graphs() == []


def test_wrong_url(dockg: Dockg, mini_copy: Path, virtuoso: VirtuosoServer) -> None:
    run = dockg("--project", mini_copy, "stats", "--store", f"sparql:{virtuoso.base}/sparql-typo")
    assert run.code == 9
    assert run.stderr == (
        f"dockg: error: {virtuoso.base}/sparql-typo: not found (HTTP 404); check the endpoint URL\n"
    )


def test_not_a_sparql_endpoint(dockg: Dockg, mini_copy: Path, virtuoso: VirtuosoServer) -> None:
    page = f"{virtuoso.base}/index.html"
    run = dockg("--project", mini_copy, "query", "people-named", "--store", f"sparql:{page}")
    assert (run.code, run.stderr) == (
        9,
        f"dockg: error: queries/people-named.rq: {page}: HTTP 406 Unacceptable: it has no "
        "SPARQL results to offer; is it a SPARQL query endpoint?\n",
    )
