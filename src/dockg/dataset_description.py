"""The dataset's description of itself, in DCAT and VoID: what it is, who publishes it,
under which licence, how to get it and how big it is.

``dockg build`` writes it as ``void.ttl`` beside the dumps; ``dockg serve`` answers it
at ``/.well-known/void`` (RFC 5785, VoID 7.2), ``/void`` and the dataset IRI
``{base}dataset``. The dataset is the union of the project's named graphs; each named
graph is a ``void:subset`` with its own title, licence, source and size, so the terms
of reuse of every fact can be found from the graph it is in. The description is a
document (a graph) of its own, never mixed into the data graphs it counts.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, FOAF, VOID
from rdflib.term import Node

from dockg.iris import Kind, mint
from dockg.licences import DATA_LICENSE
from dockg.namespaces import BASE, DCTERMS, DOCKG, PROV, RDF, SDO
from dockg.store.base import Store

#: The dataset's IRI (a thing; its description is a document about it).
DATASET = URIRef(BASE + "dataset")
#: Who publishes the dataset.
PUBLISHER = mint(Kind.AGENT, "dockg curators")
MEDIA_TYPES = Namespace("https://www.iana.org/assignments/media-types/")
FORMATS = Namespace("http://www.w3.org/ns/formats/")

TITLE = "dockg: a knowledge graph of documentary films"
DESCRIPTION = (
    "Documentary films, the people who make them, the festivals, selections and "
    "screenings that show them and the histories they deal with; one named graph per "
    "source document, each with its provenance (PROV-O) and licence, readable with "
    "schema.org alone."
)


@dataclass(frozen=True)
class Dump:
    """A downloadable file of the whole dataset.

    Attributes:
        name: the file name (``dockg.trig``), under ``dumps/`` on the server.
        media_type: its IANA media type.
        format_iri: the W3C format IRI (``formats:TriG``), for VoID.
    """

    name: str
    media_type: str
    format_iri: URIRef


#: The dumps ``dockg build`` writes and ``dockg serve`` offers at ``/dumps/{name}``.
DUMP_FILES = (
    Dump("dockg.trig", "application/trig", FORMATS.TriG),
    Dump("dockg.nq", "application/n-quads", FORMATS["N-Quads"]),
    Dump("dockg.ttl", "text/turtle", FORMATS.Turtle),
    Dump("dockg.jsonld", "application/ld+json", FORMATS["JSON-LD"]),
)

_GRAPHS = """
SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g
"""
_GRAPH_FACTS = """
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?g ?p ?o WHERE {
  GRAPH ?g { ?g ?p ?o }
  VALUES ?p { dcterms:title dcterms:description dcterms:license prov:wasDerivedFrom
              prov:wasAttributedTo prov:generatedAtTime }
}
"""
_TOTALS = """
SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects)
       (COUNT(DISTINCT ?p) AS ?properties) (COUNT(DISTINCT ?o) AS ?objects)
WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }
"""
_ENTITIES = """
SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {
  GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?s), ?space))
}
"""
_CLASSES = """
SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?class } }
GROUP BY ?class ORDER BY ?class
"""


def _int(value: object) -> Literal:
    return Literal(int(str(value)))


def describe_dataset(
    store: Store, *, base: str = BASE, address: str | None = None, dumps: bool = True
) -> Graph:
    """Describe the store's data with DCAT and VoID.

    Args:
        store: the data (the project's named graphs, materialized).
        base: the IRI prefix of the data; the dataset is ``{base}dataset`` and the
            entities ``{base}id/...``.
        address: where the SPARQL endpoint and the dumps are served (``{address}sparql``,
            ``{address}dumps/dockg.trig``); default ``base``, which maps to the server
            root when the dataset is published.
        dumps: whether the dumps are offered (a server on a store of someone else's
            data may have none).

    Returns:
        The description: the dataset (``dcat:Dataset`` and ``void:Dataset``) with its
        title, description, publisher, licence, vocabularies, endpoint, distributions,
        counts and class partitions, and every named graph as a subset with its title,
        licence, source and triple count.
    """
    address = address if address is not None else base
    dataset = URIRef(base + "dataset")
    endpoint = URIRef(address + "sparql")
    graph = Graph()
    for prefix, namespace in (("dcat", DCAT), ("void", VOID), ("dcterms", DCTERMS)):
        graph.bind(prefix, namespace)
    graph.bind("prov", PROV)
    graph.bind("foaf", FOAF)
    add = graph.add
    add((dataset, RDF.type, DCAT.Dataset))
    add((dataset, RDF.type, VOID.Dataset))
    add((dataset, DCTERMS.title, Literal(TITLE, lang="en")))
    add((dataset, DCTERMS.description, Literal(DESCRIPTION, lang="en")))
    add((dataset, DCTERMS.publisher, PUBLISHER))
    add((PUBLISHER, RDF.type, FOAF.Organization))
    add((PUBLISHER, FOAF.name, Literal("dockg curators", lang="en")))
    add((dataset, DCTERMS.license, DATA_LICENSE))
    add((dataset, DCTERMS.conformsTo, URIRef(str(SDO))))
    add((dataset, VOID.uriSpace, Literal(base + "id/")))
    add((dataset, VOID.rootResource, URIRef(base + "ontology")))
    for vocabulary in (str(SDO), str(DOCKG), str(PROV)):
        add((dataset, VOID.vocabulary, URIRef(vocabulary)))

    add((dataset, VOID.sparqlEndpoint, endpoint))
    service = URIRef(address + "sparql#service")
    add((dataset, DCAT.accessService, service))
    add((service, RDF.type, DCAT.DataService))
    add((service, DCTERMS.title, Literal("dockg SPARQL 1.1 endpoint", lang="en")))
    add((service, DCAT.endpointURL, endpoint))
    add((service, DCTERMS.conformsTo, URIRef("https://www.w3.org/TR/sparql11-protocol/")))
    add((service, DCAT.servesDataset, dataset))
    if dumps:
        _distributions(graph, dataset, address)

    totals = next(iter(store.query(_TOTALS)))
    triples, subjects, properties, objects = totals  # type: ignore[misc]
    add((dataset, VOID.triples, _int(triples)))
    add((dataset, VOID.distinctSubjects, _int(subjects)))
    add((dataset, VOID.properties, _int(properties)))
    add((dataset, VOID.distinctObjects, _int(objects)))
    entities = next(iter(store.query(_ENTITIES, bindings={"space": Literal(base + "id/")})))
    add((dataset, VOID.entities, _int(entities[0])))  # type: ignore[index]
    classes = list(store.query(_CLASSES))
    add((dataset, VOID.classes, Literal(len(classes))))
    for index, (cls, count) in enumerate(classes):  # type: ignore[misc]
        partition = URIRef(f"{base}dataset#class-{index}")
        add((dataset, VOID.classPartition, partition))
        add((partition, VOID["class"], cls))
        add((partition, VOID.entities, _int(count)))
    _subsets(graph, store, dataset)
    return graph


def _distributions(graph: Graph, dataset: URIRef, address: str) -> None:
    for dump in DUMP_FILES:
        url = URIRef(address + "dumps/" + dump.name)
        distribution = URIRef(f"{dataset}#{dump.name.replace('.', '-')}")
        graph.add((dataset, DCAT.distribution, distribution))
        graph.add((dataset, VOID.dataDump, url))
        graph.add((distribution, RDF.type, DCAT.Distribution))
        graph.add((distribution, DCTERMS.title, Literal(f"The whole dataset, {dump.name}")))
        graph.add((distribution, DCAT.downloadURL, url))
        graph.add((distribution, DCAT.accessURL, url))
        graph.add((distribution, DCAT.mediaType, MEDIA_TYPES[dump.media_type]))
        graph.add((distribution, DCTERMS.format, dump.format_iri))
        graph.add((distribution, DCTERMS.license, DATA_LICENSE))
        graph.add((dataset, VOID.feature, dump.format_iri))


def _subsets(graph: Graph, store: Store, dataset: URIRef) -> None:
    """Each named graph as a subset, with what the graph says of itself."""
    facts: dict[URIRef, list[tuple[Node, Node]]] = {}
    for g, p, o in store.query(_GRAPH_FACTS):  # type: ignore[misc]
        facts.setdefault(URIRef(str(g)), []).append((p, o))
    for name, size in store.query(_GRAPHS):  # type: ignore[misc]
        subset = URIRef(str(name))
        graph.add((dataset, VOID.subset, subset))
        graph.add((subset, RDF.type, VOID.Dataset))
        graph.add((subset, RDF.type, DCAT.Dataset))
        graph.add((subset, VOID.triples, _int(size)))
        graph.add((subset, DCTERMS.isPartOf, dataset))
        for p, o in facts.get(subset, ()):
            graph.add((subset, p, o))
