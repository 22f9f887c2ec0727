"""The remote store and dockg push against a real ``oxigraph serve``, and its failures."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from dockg.errors import ExitCode, RemoteError, UsageError
from dockg.store.oxigraph import OxigraphStore
from dockg.store.push import blank_node_groups, chunks, push, staging_graph
from dockg.store.sparql import Auth, SparqlStore
from dockg.store.values import query_form
from http_fakes import HtmlSite, Proxy, silent_port
from oxigraph_server import OxigraphServer, free_port, running_server
from queries_support import seed_project
from store_support import assert_pushed, store_lines

KIM = URIRef("https://w3id.org/dockg/id/person/kim-soyoung")


@pytest.fixture
def oxigraph_server(tmp_path: Path) -> Iterator[OxigraphServer]:
    yield from running_server(tmp_path)


@pytest.fixture(scope="module")
def local() -> OxigraphStore:
    store = OxigraphStore()
    store.load_project(seed_project())
    return store


def remote(server: OxigraphServer, **options: object) -> SparqlStore:
    return SparqlStore(server.query_url, server.update_url, **options)  # type: ignore[arg-type]


def test_push_then_query(oxigraph_server: OxigraphServer, local: OxigraphStore) -> None:
    target = remote(oxigraph_server)
    summary = push(local, target)
    assert (summary.graphs, summary.triples, summary.requests) == (6, len(local), 6)
    assert_pushed(target, local)
    rows = target.query(
        "SELECT ?p WHERE { ?p <https://schema.org/name> ?n }",
        bindings={"n": Literal("Soyoung Kim")},
    )
    assert [tuple(r) for r in rows] == [(KIM,)]
    again = push(local, target)  # a second push replaces, never duplicates
    assert again.triples == summary.triples
    assert_pushed(target, local)


def test_a_query_whose_comments_name_update_keywords_is_sent_as_a_query(
    oxigraph_server: OxigraphServer, local: OxigraphStore
) -> None:
    # SPARQLWrapper strips every other line of a comment block and then guesses the form
    # from the first keyword left: "movement" made a catalogue query a MOVE update.
    target = remote(oxigraph_server)
    push(local, target)
    text = (
        "# a header of three lines, as the catalogue's have\n"
        "# naming a movement, a load of films and an insert card\n"
        "# and a third line\n"
        'SELECT ?p WHERE { ?p <https://schema.org/name> "Soyoung Kim" }'
    )
    assert [tuple(r) for r in target.query(text)] == [(KIM,)]
    assert query_form(text) == "SELECT"
    assert query_form('PREFIX s: <https://schema.org/> ASK { ?x s:name "DELETE" }') == "ASK"
    assert query_form("INSERT DATA { <a:b> <a:c> <a:d> }") is None
    with pytest.raises(UsageError, match="not a SPARQL query"):
        target.query("DROP ALL")


def test_chunked_push_goes_through_staging(
    oxigraph_server: OxigraphServer, local: OxigraphStore
) -> None:
    target = remote(oxigraph_server)
    summary = push(local, target, chunk=40)
    assert summary.requests > 40
    assert_pushed(target, local)  # blank nodes kept together: the graphs are isomorphic
    assert not any("dockg-push-staging" in g for g in target.named_graphs())


def test_chunks_keep_blank_nodes_together(local: OxigraphStore) -> None:
    graph = next(g for g in local.named_graphs() if "sidof" in g)
    triples = [q[:3] for q in local.quads(graph)]
    parts = list(chunks(triples, 10))
    assert sum(map(len, parts)) == len(triples)
    for group in blank_node_groups(triples):
        holders = {i for i, part in enumerate(parts) for t in group if t in part}
        assert len(holders) == 1


def test_server_killed_mid_push_then_rerun(
    oxigraph_server: OxigraphServer, local: OxigraphStore
) -> None:
    target = remote(oxigraph_server, timeout=5)
    pushed: list[int] = []

    def kill_after_first_graph(triples: int) -> None:
        pushed.append(triples)
        if len(pushed) == 1:
            oxigraph_server.kill()

    waits: list[float] = []
    with pytest.raises(RemoteError) as caught:
        push(local, target, retries=2, progress=kill_after_first_graph, sleep=waits.append)
    message = caught.value.message
    assert message.startswith("push stopped at graph 2 of 6")
    assert "cannot connect" in message and "run the same push again to finish" in message
    assert caught.value.exit_code == ExitCode.REMOTE
    assert waits == [0.5, 1.0]
    # The first graph arrived whole before the crash.
    restarted = OxigraphServer(oxigraph_server.location, port=oxigraph_server.port).start()
    try:
        first, *_ = local.named_graphs()
        assert target.named_graphs() == [first]
        assert store_lines(target)[first] == store_lines(local)[first]
        push(local, target)
        assert_pushed(target, local)
    finally:
        restarted.stop()


def test_http_500_mid_push_is_retried(
    oxigraph_server: OxigraphServer, local: OxigraphStore
) -> None:
    with Proxy(oxigraph_server.base, fail_updates={3}) as proxy:
        target = SparqlStore(f"{proxy.base}/query", f"{proxy.base}/update")
        waits: list[float] = []
        summary = push(local, target, chunk=100, sleep=waits.append)
        assert summary.retries == 1 and waits == [0.5]
        assert_pushed(target, local)


def test_http_500_without_retries_then_rerun(
    oxigraph_server: OxigraphServer, local: OxigraphStore
) -> None:
    with Proxy(oxigraph_server.base, fail_updates={4}) as proxy:
        target = SparqlStore(f"{proxy.base}/query", f"{proxy.base}/update")
        with pytest.raises(RemoteError, match=r"graph 4 of 6 .*server error \(HTTP 500\)"):
            push(local, target, retries=0)
        assert len(target.named_graphs()) == 3  # graphs 1-3 whole, nothing of graph 4
        push(local, target)
        assert_pushed(target, local)


@pytest.mark.parametrize(
    ("auth", "header"),
    [
        (Auth(token="s3cret"), "Bearer s3cret"),
        (Auth(user="curator", password="pw"), "Basic " + base64.b64encode(b"curator:pw").decode()),
    ],
)
def test_auth(
    oxigraph_server: OxigraphServer, local: OxigraphStore, auth: Auth, header: str
) -> None:
    with Proxy(oxigraph_server.base, required_auth=header) as proxy:
        anonymous = SparqlStore(f"{proxy.base}/query", f"{proxy.base}/update")
        with pytest.raises(RemoteError, match="unauthorized \\(HTTP 401\\); give credentials"):
            push(local, anonymous)
        target = SparqlStore(f"{proxy.base}/query", f"{proxy.base}/update", auth=auth)
        push(local, target)
        assert_pushed(target, local)
        assert header in proxy.authorizations


def test_wrong_credentials_are_said_to_be_wrong_not_missing(
    oxigraph_server: OxigraphServer, local: OxigraphStore
) -> None:
    """Regression: a wrong password got "give credentials" although they were given."""
    header = "Basic " + base64.b64encode(b"curator:pw").decode()
    with Proxy(oxigraph_server.base, required_auth=header) as proxy:
        wrong = SparqlStore(
            f"{proxy.base}/query", f"{proxy.base}/update", auth=Auth(user="curator", password="pv")
        )
        with pytest.raises(RemoteError) as caught:
            wrong.named_graphs()
        assert caught.value.message == (
            f"{proxy.base}/query: the server refused the credentials given (HTTP 401): check "
            "the user name 'curator' and password"
        )
        token = SparqlStore(f"{proxy.base}/query", auth=Auth(token="stale"))
        with pytest.raises(
            RemoteError, match=r"refused the credentials given \(HTTP 401\): check the token$"
        ):
            token.named_graphs()


def test_a_server_error_shows_the_servers_words_not_bytes(
    oxigraph_server: OxigraphServer, local: OxigraphStore
) -> None:
    """Regression: an HTTP 500 was shown as SPARQLWrapper's sentence and ``b'...'``."""
    with Proxy(oxigraph_server.base, fail_updates={1}) as proxy:
        target = SparqlStore(f"{proxy.base}/query", f"{proxy.base}/update")
        with pytest.raises(RemoteError) as caught:
            target.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    assert caught.value.message == f"{proxy.base}/update: server error (HTTP 500): injected failure"


def test_unreachable_endpoint() -> None:
    store = SparqlStore(f"http://127.0.0.1:{free_port()}/query")
    with pytest.raises(RemoteError, match=r"cannot connect .*; is the server running\?") as caught:
        store.query("ASK {}")
    assert caught.value.exit_code == ExitCode.REMOTE


def test_wrong_url(oxigraph_server: OxigraphServer) -> None:
    with pytest.raises(RemoteError, match="not found \\(HTTP 404\\); check the endpoint URL"):
        SparqlStore(f"{oxigraph_server.base}/sparql-typo").query("ASK {}")


def test_not_a_sparql_endpoint() -> None:
    with HtmlSite() as site, pytest.raises(RemoteError) as caught:
        SparqlStore(f"{site.base}/query").query("SELECT * WHERE { ?s ?p ?o }")
    assert "answered with text/html, not SPARQL results; is it a SPARQL query endpoint?" in (
        caught.value.message
    )


def test_timeout() -> None:
    with silent_port() as port, pytest.raises(RemoteError, match="no answer within 1 s"):
        SparqlStore(f"http://127.0.0.1:{port}/query", timeout=1).query("ASK {}")


def test_read_only_server_refuses_updates(tmp_path, local: OxigraphStore) -> None:
    server = OxigraphServer(tmp_path / "data").start()
    server.stop()
    read_only = OxigraphServer(tmp_path / "data", read_only=True).start()
    try:
        target = remote(read_only)
        with pytest.raises(RemoteError) as caught:
            push(local, target)
        assert caught.value.message == (
            f"{read_only.update_url}: refused the update (HTTP 403); the server is read-only "
            "or these credentials may not write"
        )
        assert target.named_graphs() == []
    finally:
        read_only.stop()


def test_no_update_url(local: OxigraphStore) -> None:
    with pytest.raises(
        UsageError, match="no update endpoint: give --store sparql:http://x/q,UPDATE_URL"
    ):
        push(local, SparqlStore("http://x/q"))


def test_staging_graph_is_a_dockg_graph() -> None:
    assert staging_graph(KIM).startswith("https://w3id.org/dockg/graph/dockg-push-staging-")
