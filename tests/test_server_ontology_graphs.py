"""``/ontology`` and ``/graph/{slug}`` answer at the IRIs every export uses, negotiated."""

from __future__ import annotations

from html.parser import HTMLParser

import httpx
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, RDFS

from dockg.namespaces import DCTERMS, DOCKG
from dockg.ontology_doc import ontology_html
from queries_support import seed_loaded
from server_support import ServerProcess, shared_seed_server

ONTOLOGY = URIRef("https://w3id.org/dockg/ontology")
ONTOLOGY_GRAPH = URIRef("https://w3id.org/dockg/graph/ontology")
BIO = URIRef("https://w3id.org/dockg/graph/filmsite-im-heung-soon-bio")


@pytest.fixture(scope="module")
def web() -> httpx.Client:
    server: ServerProcess = shared_seed_server()
    return httpx.Client(base_url=server.url, timeout=60)


def _graph(name: URIRef) -> Graph:
    return seed_loaded().dataset.graph(name)


@pytest.mark.parametrize(
    ("accept", "fmt"),
    [("text/turtle", "turtle"), ("application/ld+json", "json-ld"), ("*/*", "turtle")],
)
def test_the_ontology_is_served_as_rdf(web: httpx.Client, accept: str, fmt: str) -> None:
    answer = web.get("/ontology", headers={"Accept": accept})
    assert answer.status_code == 200
    assert answer.headers["vary"].startswith("Accept")
    served = Graph().parse(data=answer.content, format=fmt)
    assert isomorphic(served, _graph(ONTOLOGY_GRAPH))


class _Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.ids.update(value for name, value in attrs if name == "id" and value)


def test_the_ontology_page_documents_every_term_from_its_label_and_comment(
    web: httpx.Client,
) -> None:
    answer = web.get("/ontology", headers={"Accept": "text/html,*/*;q=0.8"})
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/html")
    page = answer.text
    ontology = _graph(ONTOLOGY_GRAPH)
    parser = _Ids()
    parser.feed(page)
    terms = {
        t
        for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
        for t in ontology.subjects(RDF.type, kind)
        if str(t).startswith(str(DOCKG))
    }
    assert len(terms) > 30
    for term in terms:
        local = str(term)[len(str(DOCKG)) :]
        assert local in parser.ids, local  # the term IRI's fragment lands on its section
        comment = str(ontology.value(term, RDFS.comment))
        assert comment.replace("'", "&#x27;").replace('"', "&quot;") in page, local
    assert str(ontology.value(ONTOLOGY, DCTERMS.license)) in page


def test_the_ontology_page_escapes_what_the_ontology_says() -> None:
    graph = Graph()
    term = DOCKG.Film
    graph.add((term, RDF.type, OWL.Class))
    graph.add((term, RDFS.comment, Literal("<script>x</script>", lang="en")))
    page = ontology_html(graph, ONTOLOGY)
    assert "<script>" not in page and "&lt;script&gt;x&lt;/script&gt;" in page


def test_a_graph_is_served_with_its_triples_under_its_name(web: httpx.Client) -> None:
    answer = web.get("/graph/filmsite-im-heung-soon-bio", headers={"Accept": "application/trig"})
    assert answer.status_code == 200
    served = Dataset()
    served.parse(data=answer.content, format="trig")
    assert isomorphic(served.graph(BIO), _graph(BIO))
    turtle = web.get("/graph/filmsite-im-heung-soon-bio?format=ttl")
    assert turtle.headers["content-type"].startswith("text/turtle")
    assert isomorphic(Graph().parse(data=turtle.text, format="turtle"), _graph(BIO))


def test_a_graph_page_shows_its_provenance_and_licence(web: httpx.Client) -> None:
    answer = web.get("/graph/filmsite-im-heung-soon-bio", headers={"Accept": "text/html"})
    assert answer.status_code == 200
    page = answer.text
    assert "prov:wasDerivedFrom" in page
    assert "https://creativecommons.org/licenses/by/4.0/" in page
    assert f"{len(_graph(BIO))} triples" in page


@pytest.mark.parametrize("path", ["/graph/nothing", "/graph/..%2F..%2Fpyproject.toml"])
def test_an_unknown_graph_is_404(web: httpx.Client, path: str) -> None:
    assert web.get(path).status_code == 404


def test_an_unacceptable_format_is_406(web: httpx.Client) -> None:
    assert web.get("/ontology", headers={"Accept": "image/png"}).status_code == 406
