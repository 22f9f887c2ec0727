"""``dockg push --prune``: graphs whose file left the project are listed, then dropped.

Against both real servers: ``oxigraph serve`` and Virtuoso. Only graphs that declare
themselves a ``dockg:SourceGraph`` are ever listed or dropped; other graphs on the
server (another tool's, an undeclared one under dockg's graph namespace, Virtuoso's own)
survive, and the union loses exactly the dropped graph's own triples.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from rdflib import URIRef

from conftest import Run
from dockg.project import Project
from dockg.store.oxigraph import OxigraphStore
from dockg.store.sparql import SparqlStore
from oxigraph_server import OxigraphServer, running_server
from store_support import UNION_COUNT, count, store_lines
from virtuoso_server import VirtuosoServer, running_virtuoso

Dockg = Callable[..., Run]
Server = OxigraphServer | VirtuosoServer
FESTIVAL = "https://w3id.org/dockg/graph/mini-festival"
FOREIGN = (
    URIRef("http://example.org/other-tool"),
    URIRef("https://w3id.org/dockg/graph/undeclared"),
)


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VirtuosoServer]:
    yield from running_virtuoso(tmp_path_factory.mktemp("virtuoso"))


@pytest.fixture(params=["oxigraph", "virtuoso"])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Server]:
    if request.param == "oxigraph":
        yield from running_server(tmp_path)
    else:
        server: VirtuosoServer = request.getfixturevalue("virtuoso")
        server.clear()
        yield server


def _local(project: Path) -> OxigraphStore:
    store = OxigraphStore()
    store.load_project(Project.open(project))
    return store


def _dockg_lines(target: SparqlStore) -> dict[URIRef | None, set[str]]:
    managed = set(target.managed_graphs())
    return {g: lines for g, lines in store_lines(target, canonical=True).items() if g in managed}


def test_stale_graphs_listed_then_pruned(dockg: Dockg, mini_copy: Path, server: Server) -> None:
    target = SparqlStore(server.query_url, server.update_url)
    first = dockg("--project", mini_copy, "push", "--store", server.spec)
    assert first.code == 0, first.stderr
    assert first.stdout.count("\n") == 1  # nothing stale
    for graph in FOREIGN:
        target.update(f"INSERT DATA {{ GRAPH <{graph}> {{ <{graph}> a <{graph}> }} }}")
    before = _local(mini_copy)

    (mini_copy / "data" / "festival" / "catalogue.ttl").unlink()
    listed = dockg("--project", mini_copy, "push", "--store", server.spec)
    assert listed.code == 0, listed.stderr
    assert listed.stdout.splitlines()[1:] == [
        "1 stale graphs on the server (not in the project; --prune drops them):",
        f"  {FESTIVAL}",
    ]
    assert _dockg_lines(target) == store_lines(
        before, canonical=True
    )  # nothing dropped without --prune
    assert count(target, UNION_COUNT) == count(before, UNION_COUNT)

    pruned = dockg("--project", mini_copy, "push", "--prune", "--store", server.spec)
    assert pruned.code == 0, pruned.stderr
    assert pruned.stdout.splitlines()[1:] == [f"dropped {FESTIVAL}"]
    after = _local(mini_copy)
    assert target.managed_graphs() == after.named_graphs()
    assert _dockg_lines(target) == store_lines(after, canonical=True)
    assert count(target, UNION_COUNT) == count(after, UNION_COUNT)  # its triples left the union
    graphs = {str(g) for g in store_lines(target)} | set(
        server.graphs() if isinstance(server, VirtuosoServer) else ()
    )
    assert {str(g) for g in FOREIGN} <= graphs
    if isinstance(server, VirtuosoServer):
        assert server.own_graphs <= graphs

    again = dockg("--project", mini_copy, "push", "--prune", "--store", server.spec)
    assert again.code == 0 and again.stdout.count("\n") == 1
