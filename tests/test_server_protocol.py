"""The SPARQL 1.1 Protocol, with SPARQLWrapper as the client of a real ``dockg serve``.

Every answer is compared with what the library computes in-process for the same query
on the same data (the seed project in an in-memory Oxigraph store, as ``dockg serve``
holds it by default), so the tests check the protocol, not a copy of the data.
"""

from __future__ import annotations

import csv
import io
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.query import Result
from SPARQLWrapper import (
    CSV,
    JSON,
    JSONLD,
    N3,
    POST,
    POSTDIRECTLY,
    RDFXML,
    TSV,
    TURTLE,
    XML,
    SPARQLWrapper,
)
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from dockg.store.oxigraph import OxigraphStore
from queries_support import seed_project
from server_support import ServerProcess, running_server, shared_seed_server
from store_support import canonical_graph

PEOPLE = """
PREFIX schema: <https://schema.org/>
SELECT ?person ?name WHERE { ?person a schema:Person ; schema:name ?name }
ORDER BY ?person ?name
"""
FILMS_GRAPH = """
PREFIX schema: <https://schema.org/>
CONSTRUCT { ?film schema:name ?title ; schema:director ?who }
WHERE { ?film a schema:Movie ; schema:name ?title . OPTIONAL { ?film schema:director ?who } }
"""
KIM = "https://w3id.org/dockg/id/person/kim-soyoung"
BIO = URIRef("https://w3id.org/dockg/graph/filmsite-im-heung-soon-bio")
CURATED = URIRef("https://w3id.org/dockg/graph/curated-general-knowledge")
SIDOF = URIRef("https://w3id.org/dockg/graph/sidof-2019-heart-of-snow-afterlife")
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def seed_server() -> ServerProcess:
    """The server on the seed project shared by every test module."""
    return shared_seed_server()


@pytest.fixture(scope="module")
def local() -> OxigraphStore:
    store = OxigraphStore(None)
    store.load_project(seed_project())
    return store


@pytest.fixture(scope="module")
def limited() -> Iterator[ServerProcess]:
    """A server with tight limits, allowed to call 127.0.0.1 with SERVICE."""
    with running_server(
        "--query-timeout",
        "1",
        "--max-results",
        "5",
        "--max-request-bytes",
        "2000",
        "--allow-service",
        "127.0.0.1",
    ) as server:
        yield server


def client(url: str, query: str, fmt: str, *, method: str = "GET") -> SPARQLWrapper:
    wrapper = SPARQLWrapper(url)
    wrapper.setQuery(query)
    wrapper.setReturnFormat(fmt)
    if method == POSTDIRECTLY:
        wrapper.setMethod(POST)
        wrapper.setRequestMethod(POSTDIRECTLY)
    else:
        wrapper.setMethod(method)
    return wrapper


def raw(wrapper: SPARQLWrapper) -> tuple[str, bytes]:
    response = wrapper.query()
    return response.info()["content-type"], response.response.read()


def rows(result: Result) -> list[tuple[str, ...]]:
    return [tuple(row) for row in result]  # type: ignore[arg-type]


@pytest.mark.parametrize("method", ["GET", POST, POSTDIRECTLY])
@pytest.mark.parametrize(
    ("fmt", "media", "parser"),
    [
        (JSON, "application/sparql-results+json", "json"),
        (XML, "application/sparql-results+xml", "xml"),
        (TSV, "text/tab-separated-values", "tsv"),
    ],
)
def test_select_results_in_every_typed_format_by_get_and_post(
    seed_server: ServerProcess, local: OxigraphStore, method: str, fmt: str, media: str, parser: str
) -> None:
    content_type, body = raw(client(seed_server.sparql, PEOPLE, fmt, method=method))
    assert content_type.split(";")[0] == media
    got = Result.parse(io.BytesIO(body), format=parser)
    expected = rows(local.query(PEOPLE))
    assert len(expected) > 3
    assert rows(got) == expected


def test_select_results_as_csv(seed_server: ServerProcess, local: OxigraphStore) -> None:
    content_type, body = raw(client(seed_server.sparql, PEOPLE, CSV))
    assert content_type.split(";")[0] == "text/csv"
    table = list(csv.reader(io.StringIO(body.decode("utf-8"))))
    assert table[0] == ["person", "name"]
    assert table[1:] == [[str(p), str(n)] for p, n in rows(local.query(PEOPLE))]


def test_select_json_through_sparqlwrapper_convert(seed_server: ServerProcess) -> None:
    query = f"SELECT ?name WHERE {{ <{KIM}> <https://schema.org/name> ?name }}"
    converted = client(seed_server.sparql, query, JSON).query().convert()
    assert converted["head"]["vars"] == ["name"]  # type: ignore[index]
    assert [b["name"]["value"] for b in converted["results"]["bindings"]] == ["Soyoung Kim"]  # type: ignore[index]


@pytest.mark.parametrize("fmt", [JSON, XML])
def test_ask_in_json_and_xml(seed_server: ServerProcess, fmt: str) -> None:
    yes = client(seed_server.sparql, f"ASK {{ <{KIM}> ?p ?o }}", fmt).query().convert()
    no = client(seed_server.sparql, "ASK { <urn:nothing> ?p ?o }", fmt).query().convert()
    if fmt == JSON:
        assert (yes["boolean"], no["boolean"]) == (True, False)  # type: ignore[index]
    else:
        values = [d.getElementsByTagName("boolean")[0].firstChild.data for d in (yes, no)]  # type: ignore[union-attr]
        assert values == ["true", "false"]


@pytest.mark.parametrize("method", ["GET", POST])
@pytest.mark.parametrize(
    ("fmt", "accept", "media", "parser"),
    [
        (TURTLE, None, "text/turtle", "turtle"),
        (N3, "application/n-triples", "application/n-triples", "nt"),
        (JSONLD, None, "application/ld+json", "json-ld"),
        (RDFXML, None, "application/rdf+xml", "xml"),
    ],
)
def test_construct_in_every_rdf_format(
    seed_server: ServerProcess,
    local: OxigraphStore,
    method: str,
    fmt: str,
    accept: str | None,
    media: str,
    parser: str,
) -> None:
    wrapper = client(seed_server.sparql, FILMS_GRAPH, fmt, method=method)
    if accept:  # SPARQLWrapper has no N-Triples format: ask by conneg alone
        wrapper.setOnlyConneg(True)
        wrapper.addCustomHttpHeader("Accept", accept)
    content_type, body = raw(wrapper)
    assert content_type.split(";")[0] == media
    got = Graph().parse(data=body, format=parser)
    expected = local.query(FILMS_GRAPH).graph
    assert expected is not None and len(expected) > 5
    # The server writes literals as Oxigraph stores them ("@ko-latn"); the local store
    # reads them back as written ("@ko-Latn"): the same graph in canonical forms.
    assert isomorphic(got, canonical_graph(expected))


def test_describe_returns_the_entity(seed_server: ServerProcess) -> None:
    graph = client(seed_server.sparql, f"DESCRIBE <{KIM}>", TURTLE).query().convert()
    described = Graph().parse(data=graph, format="turtle")
    assert (URIRef(KIM), URIRef("https://schema.org/name"), None) in described


def test_default_graph_uri_limits_the_default_graph(
    seed_server: ServerProcess, local: OxigraphStore
) -> None:
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    wrapper = client(seed_server.sparql, query, JSON)
    wrapper.addDefaultGraph(str(BIO))
    converted = wrapper.query().convert()
    count = int(converted["results"]["bindings"][0]["n"]["value"])  # type: ignore[index]
    assert count == len(list(local.quads(BIO)))


@pytest.mark.parametrize("method", ["GET", POST])
def test_named_graph_uri_limits_the_named_graphs(seed_server: ServerProcess, method: str) -> None:
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"
    wrapper = client(seed_server.sparql, query, JSON, method=method)
    wrapper.addNamedGraph(str(CURATED))
    wrapper.addNamedGraph(str(BIO))
    converted = wrapper.query().convert()
    graphs = [b["g"]["value"] for b in converted["results"]["bindings"]]  # type: ignore[index]
    assert graphs == [str(CURATED), str(BIO)]


def test_without_graph_parameters_every_named_graph_is_visible(
    seed_server: ServerProcess, local: OxigraphStore
) -> None:
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"
    converted = client(seed_server.sparql, query, JSON).query().convert()
    graphs = [b["g"]["value"] for b in converted["results"]["bindings"]]  # type: ignore[index]
    assert graphs == sorted(str(g) for g in local.named_graphs())
    assert str(SIDOF) in graphs


def http_error(wrapper: SPARQLWrapper) -> urllib.error.HTTPError:
    with pytest.raises(urllib.error.HTTPError) as caught:
        wrapper.query()
    return caught.value


def test_update_is_refused_with_403_by_post(seed_server: ServerProcess) -> None:
    update = f'INSERT DATA {{ <{KIM}> <https://schema.org/name> "changed" }}'
    error = http_error(client(seed_server.sparql, update, JSON, method=POST))
    assert error.code == 403
    assert error.read().decode() == "this endpoint is read-only: SPARQL Update is not accepted\n"
    # nothing changed
    name = f"SELECT ?n WHERE {{ <{KIM}> <https://schema.org/name> ?n }}"
    converted = client(seed_server.sparql, name, JSON).query().convert()
    assert [b["n"]["value"] for b in converted["results"]["bindings"]] == ["Soyoung Kim"]  # type: ignore[index]


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("application/sparql-update", b"CLEAR ALL"),
        ("application/x-www-form-urlencoded", b"update=CLEAR+ALL"),
        ("application/sparql-query", b"DROP ALL"),  # an update sent as a query
    ],
)
def test_update_is_refused_in_every_protocol_form(
    seed_server: ServerProcess, content_type: str, body: bytes
) -> None:
    status, text = post(seed_server.sparql, body, content_type)
    assert (status, text) == (403, "this endpoint is read-only: SPARQL Update is not accepted\n")


def test_malformed_query_gets_400_with_the_parser_message(seed_server: ServerProcess) -> None:
    with pytest.raises(QueryBadFormed) as caught:
        client(seed_server.sparql, "SELECT ?s WHERE { ?s ?p }", JSON).query()
    assert "SPARQL syntax error: Expected" in str(caught.value)
    assert "(line:1, col:" in str(caught.value)


def post(url: str, body: bytes, content_type: str, accept: str = "*/*") -> tuple[int, str]:
    request = urllib.request.Request(
        url, data=body, headers={"Content-Type": content_type, "Accept": accept}
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def get(url: str, accept: str = "*/*", **params: str) -> tuple[int, str, str]:
    full = url + ("?" + urllib.parse.urlencode(params) if params else "")
    request = urllib.request.Request(full, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers["content-type"], response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["content-type"], error.read().decode()


def test_other_body_types_get_415(seed_server: ServerProcess) -> None:
    status, text = post(seed_server.sparql, b"{}", "application/json")
    assert status == 415
    assert "not application/json" in text


def test_a_relative_graph_iri_gets_400(seed_server: ServerProcess) -> None:
    status, _, text = get(seed_server.sparql, query="ASK {}", **{"default-graph-uri": "graph/bio"})
    assert (status, text) == (400, "default-graph-uri must be an absolute IRI: 'graph/bio'\n")


def test_accept_with_q_values_and_the_format_parameter(seed_server: ServerProcess) -> None:
    query = "SELECT ?x WHERE { VALUES ?x { 1 } }"
    accept = "application/sparql-results+json;q=0.5, text/csv;q=0.9, */*;q=0.1"
    assert get(seed_server.sparql, accept, query=query)[1].startswith("text/csv")
    assert get(seed_server.sparql, accept, query=query, format="xml")[1].startswith(
        "application/sparql-results+xml"
    )
    status, _, text = get(seed_server.sparql, "image/png", query=query)
    assert status == 406
    assert text.startswith("no acceptable format for this query; this endpoint writes")


def test_service_description_on_get_without_query(seed_server: ServerProcess) -> None:
    status, content_type, text = get(seed_server.sparql, "text/turtle")
    assert (status, content_type.split(";")[0]) == (200, "text/turtle")
    description = Graph().parse(data=text, format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    endpoint = URIRef(seed_server.sparql)
    assert (endpoint, URIRef(sd + "endpoint"), endpoint) in description
    assert (endpoint, URIRef(sd + "supportedLanguage"), URIRef(sd + "SPARQL11Query")) in description
    names = set(description.objects(None, URIRef(sd + "name")))
    assert {BIO, CURATED, SIDOF} <= names


def test_service_to_a_host_not_allowed_is_refused(seed_server: ServerProcess) -> None:
    query = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
    error = http_error(client(seed_server.sparql, query, JSON))
    assert error.code == 403
    assert (
        error.read()
        .decode()
        .startswith(
            "SERVICE http://example.org/sparql is not allowed: this endpoint calls no outside"
        )
    )


def test_service_to_an_allowed_host_is_federated(
    limited: ServerProcess, seed_server: ServerProcess
) -> None:
    query = (
        f"SELECT ?name WHERE {{ SERVICE <{seed_server.sparql}> "
        f"{{ <{KIM}> <https://schema.org/name> ?name }} }}"
    )
    converted = client(limited.sparql, query, JSON).query().convert()
    assert [b["name"]["value"] for b in converted["results"]["bindings"]] == ["Soyoung Kim"]  # type: ignore[index]


def test_a_slow_query_is_stopped_at_the_time_limit(limited: ServerProcess) -> None:
    started = time.monotonic()
    error = http_error(client(limited.sparql, SLOW, JSON))
    elapsed = time.monotonic() - started
    assert error.code == 503
    assert error.read().decode() == (
        "the query was stopped: it ran longer than this endpoint's time limit of 1 s\n"
    )
    assert elapsed < 6
    # the workers were replaced: the endpoint still answers, and stops the next slow one too
    for _ in range(2):
        assert http_error(client(limited.sparql, SLOW, JSON)).code == 503
    ok = client(limited.sparql, "ASK { ?s ?p ?o }", JSON).query().convert()
    assert ok["boolean"] is True  # type: ignore[index]


def test_a_result_over_the_size_limit_gets_422(limited: ServerProcess) -> None:
    error = http_error(client(limited.sparql, "SELECT * WHERE { ?s ?p ?o } LIMIT 6", JSON))
    assert error.code == 422
    assert error.read().decode() == (
        "the result has 6 rows, more than this endpoint's limit of 5; add a LIMIT "
        "(or ask the operator for --max-results)\n"
    )
    within = client(limited.sparql, "SELECT * WHERE { ?s ?p ?o } LIMIT 5", JSON).query().convert()
    assert len(within["results"]["bindings"]) == 5  # type: ignore[index]
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 9"
    assert http_error(client(limited.sparql, construct, TURTLE)).code == 422


def test_a_request_over_the_size_limit_gets_413(limited: ServerProcess) -> None:
    padding = "x" * 2100
    query = f'SELECT * WHERE {{ BIND("{padding}" AS ?x) }}'
    for method in (POST, POSTDIRECTLY):
        assert http_error(client(limited.sparql, query, JSON, method=method)).code == 413
    status, text = post(limited.sparql, query.encode(), "application/sparql-query")
    assert (status, text) == (
        413,
        "the request is larger than this endpoint's limit of 2000 bytes\n",
    )
    status, _, text = get(limited.sparql, query=query)
    assert (status, text) == (
        414,
        "the query string is larger than this endpoint's limit of 2000 bytes\n",
    )
