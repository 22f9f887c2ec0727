"""Linked data over HTTP: 303 content negotiation on entity IRIs, descriptions, VoID, dumps.

Expected descriptions are computed here from the loaded dataset with rdflib's own graph
API, independently of the server's SPARQL-based code.
"""

from __future__ import annotations

import http.client
from urllib.parse import urlsplit

import httpx
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, VOID
from rdflib.term import BNode

from dockg.build import GRAPH_OUTPUTS
from dockg.export import context_document, serialize_all
from queries_support import seed_loaded
from server_support import ServerProcess, shared_seed_server

SCHEMA_NAME = URIRef("https://schema.org/name")
SCHEMA_PERSON = URIRef("https://schema.org/Person")
KIM = URIRef("https://w3id.org/dockg/id/person/kim-soyoung")
FILM = URIRef("https://w3id.org/dockg/id/film/heart-of-snow-afterlife")
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"


@pytest.fixture(scope="module")
def seed_server() -> ServerProcess:
    """The server on the seed project shared by every test module."""
    return shared_seed_server()


@pytest.fixture(scope="module")
def web(seed_server: ServerProcess) -> httpx.Client:
    return httpx.Client(base_url=seed_server.url, follow_redirects=False, timeout=30)


def expected_description(iri: URIRef) -> Dataset:
    """The entity's triples, one level of blank nodes, inverse links and source descriptions,
    each in its graph."""
    expected = Dataset()
    for graph in seed_loaded().named_graphs():
        out = expected.graph(graph.identifier)
        for _, p, o in graph.triples((iri, None, None)):
            out.add((iri, p, o))
            if isinstance(o, BNode):
                for triple in graph.triples((o, None, None)):
                    out.add(triple)
        for s, p, _ in graph.triples((None, None, iri)):
            out.add((s, p, iri))
        if len(out):
            for triple in graph.triples((graph.identifier, None, None)):
                out.add(triple)
    return expected


@pytest.mark.parametrize(
    ("accept", "location"),
    [
        ("text/html", "/page/person/kim-soyoung"),
        (BROWSER, "/page/person/kim-soyoung"),
        ("text/turtle", "/data/person/kim-soyoung.ttl"),
        ("application/n-triples", "/data/person/kim-soyoung.nt"),
        ("application/ld+json", "/data/person/kim-soyoung.jsonld"),
        ("application/rdf+xml", "/data/person/kim-soyoung.rdf"),
        ("application/trig", "/data/person/kim-soyoung.trig"),
        ("*/*", "/data/person/kim-soyoung.ttl"),
        ("text/html;q=0.5, application/ld+json", "/data/person/kim-soyoung.jsonld"),
    ],
)
def test_entity_iris_answer_303_to_a_document_by_accept(
    web: httpx.Client, accept: str, location: str
) -> None:
    response = web.get("/id/person/kim-soyoung", headers={"Accept": accept})
    assert response.status_code == 303
    assert response.headers["location"] == location
    # Origin too: the CORS header is sent only to cross-origin requests.
    assert response.headers["vary"] == "Accept, Origin"


def test_without_accept_the_entity_redirects_to_turtle(seed_server: ServerProcess) -> None:
    connection = http.client.HTTPConnection(urlsplit(seed_server.url).netloc, timeout=30)
    connection.request("GET", "/id/person/kim-soyoung", headers={})  # no Accept header
    response = connection.getresponse()
    assert (response.status, response.getheader("location")) == (
        303,
        "/data/person/kim-soyoung.ttl",
    )


@pytest.mark.parametrize(
    "accept",
    [
        "text/html",
        "text/turtle",
        "application/n-triples",
        "application/ld+json",
        "application/rdf+xml",
        "*/*",
    ],
)
@pytest.mark.parametrize(
    "path", ["/id/person/nobody-at-all", "/data/person/nobody-at-all.ttl", "/id/", "/id/film"]
)
def test_unknown_iris_get_404_in_every_media_type(
    web: httpx.Client, accept: str, path: str
) -> None:
    response = web.get(path, headers={"Accept": accept})
    assert response.status_code == 404
    if accept == "text/html":
        assert response.headers["content-type"] == "text/html; charset=utf-8"
        assert "<h1>Not found</h1>" in response.text
    else:
        assert response.headers["content-type"] == "text/plain; charset=utf-8"


def test_a_not_found_page_escapes_the_path(web: httpx.Client) -> None:
    response = web.get(
        "/id/person/%3Cscript%3Ealert(1)%3C%2Fscript%3E", headers={"Accept": "text/html"}
    )
    assert response.status_code == 404
    assert "<script>" not in response.text


@pytest.mark.parametrize(
    ("extension", "media", "parser"),
    [
        ("ttl", "text/turtle", "turtle"),
        ("nt", "application/n-triples", "nt"),
        ("rdf", "application/rdf+xml", "xml"),
    ],
)
def test_data_documents_hold_the_description_merged(
    web: httpx.Client, extension: str, media: str, parser: str
) -> None:
    response = web.get(f"/data/person/kim-soyoung.{extension}")
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media
    assert response.headers["link"] == f'<{KIM}>; rel="describes"'
    got = Graph().parse(data=response.content, format=parser)
    merged = Graph()
    for s, p, o, _ in expected_description(KIM).quads((None, None, None, None)):
        merged.add((s, p, o))
    assert len(merged) > 20
    assert (KIM, SCHEMA_NAME, Literal("Soyoung Kim")) in got
    assert isomorphic(got, merged)


@pytest.mark.parametrize(
    ("extension", "parser"), [("trig", "trig"), ("nq", "nquads"), ("jsonld", "json-ld")]
)
def test_data_in_trig_nquads_and_jsonld_keeps_each_triple_in_its_source_graph(
    web: httpx.Client, extension: str, parser: str
) -> None:
    response = web.get(f"/data/film/heart-of-snow-afterlife.{extension}")
    assert response.status_code == 200
    got = Dataset()
    got.parse(data=response.content, format=parser)
    expected = expected_description(FILM)
    names = {g.identifier for g in expected.graphs() if len(g)}
    assert {g.identifier for g in got.graphs() if len(g)} == names
    for name in names:
        assert isomorphic(got.graph(name), expected.graph(name)), name


@pytest.mark.parametrize(
    "path", ["/data/person/kim-soyoung.html", "/data/person/kim-soyoung", "/data/.ttl"]
)
def test_data_with_an_unknown_extension_or_no_entity_is_404(web: httpx.Client, path: str) -> None:
    assert web.get(path).status_code == 404


def test_void_describes_the_dataset_graphs_classes_endpoint_and_dumps(
    web: httpx.Client, seed_server: ServerProcess
) -> None:
    response = web.get("/void", headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    void = Graph().parse(data=response.text, format="turtle")
    dataset = URIRef("https://w3id.org/dockg/dataset")  # the same on every deployment
    loaded = seed_loaded()
    assert (dataset, RDF.type, VOID.Dataset) in void
    assert (dataset, VOID.sparqlEndpoint, URIRef(seed_server.sparql)) in void
    distinct = {triple for g in loaded.named_graphs() for triple in g}  # the RDF merge
    assert void.value(dataset, VOID.triples) == Literal(len(distinct))
    dumps = {str(d) for d in void.objects(dataset, VOID.dataDump)}
    assert dumps == {seed_server.url + "dumps/" + name for name in GRAPH_OUTPUTS}
    subsets = {s: void.value(s, VOID.triples) for s in void.objects(dataset, VOID.subset)}
    assert subsets == {g.identifier: Literal(len(g)) for g in loaded.named_graphs()}
    partitions = {
        void.value(p, VOID["class"]): void.value(p, VOID.entities)
        for p in void.objects(dataset, VOID.classPartition)
    }
    union = loaded.union()
    people = len(set(union.subjects(RDF.type, SCHEMA_PERSON)))
    assert people > 3
    assert partitions[SCHEMA_PERSON] == Literal(people)
    entities = {s for s in union.subjects() if str(s).startswith("https://w3id.org/dockg/id/")}
    assert void.value(dataset, VOID.entities) == Literal(len(entities))


def test_void_is_negotiated(web: httpx.Client) -> None:
    response = web.get("/void", headers={"Accept": "application/ld+json"})
    assert response.headers["content-type"] == "application/ld+json"
    assert len(Graph().parse(data=response.content, format="json-ld")) > 10


def test_dumps_are_the_build_outputs_byte_for_byte(web: httpx.Client) -> None:
    expected = serialize_all(seed_loaded(), GRAPH_OUTPUTS.values())
    media = {"trig": "application/trig", "nq": "application/n-quads", "ttl": "text/turtle"}
    for name, fmt in GRAPH_OUTPUTS.items():
        response = web.get(f"/dumps/{name}")
        assert response.status_code == 200, name
        assert response.content == expected[fmt], name
        suffix = name.rpartition(".")[2]
        assert response.headers["content-type"].startswith(media.get(suffix, "application/ld+json"))
    assert web.get("/dumps/context.jsonld").content == context_document()


@pytest.mark.parametrize(
    "path",
    [
        "/dumps/../pyproject.toml",
        "/dumps/..%2Fpyproject.toml",
        "/dumps/..%2f..%2fpyproject.toml",
        "/dumps/%2e%2e%2fpyproject.toml",
        "/dumps/%252e%252e%252fpyproject.toml",
        "/dumps/..",
        "/dumps/dockg.nq%00.txt",
        "/dumps/validation.txt",
        "/dumps/",
        "/id/..%2F..%2Fpyproject.toml",
        "/data/..%2F..%2Fpyproject.toml.ttl",
        "/data/person/..%2F..%2F..%2Fpyproject.toml.ttl",
    ],
)
def test_no_path_traversal_through_dumps_or_iris(seed_server: ServerProcess, path: str) -> None:
    connection = http.client.HTTPConnection(urlsplit(seed_server.url).netloc, timeout=30)
    connection.request("GET", path)  # sent as written: no client-side normalisation
    response = connection.getresponse()
    body = response.read()
    assert response.status == 404
    assert b"[project]" not in body and b"dependencies" not in body
