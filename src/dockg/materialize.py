"""The schema.org view: superclass types and superproperty triples, kept in their graphs.

dockg's own classes and properties are aligned to schema.org by ``rdfs:subClassOf`` and
``rdfs:subPropertyOf``. Materializing those axioms lets a consumer that only knows
schema.org (a search engine, a SPARQL user) query the graph without reasoning. Each
inferred triple goes into the named graph of the triple it was inferred from, so the
provenance of a fact does not change when it is restated in schema.org terms.

This is deliberately not full RDFS (owlrl): no domain/range typing, no ``rdfs:Resource``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import Graph, URIRef

from dockg.loading import LoadedDataset
from dockg.namespaces import OWL, RDF, RDFS

#: Superterms that hold of everything and would only add noise.
TOP_TERMS = frozenset({OWL.Thing, RDFS.Resource, OWL.topObjectProperty, OWL.topDataProperty})

Closure = dict[URIRef, frozenset[URIRef]]


def superterm_closure(graph: Graph, relation: URIRef) -> Closure:
    """Compute the transitive closure of ``rdfs:subClassOf`` or ``rdfs:subPropertyOf``.

    Only IRIs count: blank-node superclasses (OWL restrictions) are not named classes.
    A term is never its own superterm, even in a cycle, and :data:`TOP_TERMS` are left out.

    Args:
        graph: where the axioms are (the dataset's union graph works).
        relation: ``RDFS.subClassOf`` or ``RDFS.subPropertyOf``.

    Returns:
        Each subterm with at least one superterm → all its superterms.
    """
    direct: defaultdict[URIRef, set[URIRef]] = defaultdict(set)
    for sub, sup in graph.subject_objects(relation):
        if isinstance(sub, URIRef) and isinstance(sup, URIRef) and sup not in TOP_TERMS:
            direct[sub].add(sup)
    closure: Closure = {}
    for term in direct:
        seen: set[URIRef] = set()
        stack = list(direct[term])
        while stack:
            sup = stack.pop()
            if sup not in seen:
                seen.add(sup)
                stack.extend(direct.get(sup, ()))
        seen.discard(term)
        if seen:
            closure[term] = frozenset(seen)
    return closure


@dataclass(frozen=True)
class MaterializationResult:
    """What :func:`materialize` added.

    Attributes:
        added: named graph IRI → number of new triples in it (graphs with none left out).
    """

    added: dict[URIRef, int]

    @property
    def total(self) -> int:
        """All triples added."""
        return sum(self.added.values())


def _inferred(graph: Graph, classes: Closure, properties: Closure) -> Iterable[tuple]:
    """Yield the superproperty and supertype triples implied by ``graph``'s own triples."""
    for prop, supers in properties.items():
        for s, o in graph.subject_objects(prop):
            for sup in supers:
                yield (s, sup, o)
    for cls, supers in classes.items():
        for s in graph.subjects(RDF.type, cls):
            for sup in supers:
                yield (s, RDF.type, sup)


def materialize(loaded: LoadedDataset) -> MaterializationResult:
    """Add the schema.org view to every named graph, in place.

    Uses the ``rdfs:subClassOf`` / ``rdfs:subPropertyOf`` axioms of all loaded graphs.
    For each ``(s, rdf:type, C)`` adds ``(s, rdf:type, Super)``, for each ``(s, p, o)`` adds
    ``(s, superP, o)``, into the graph that holds the original triple. Types implied by a
    superproperty of ``rdf:type`` are not chained further. Running it twice adds nothing.

    Args:
        loaded: the dataset to extend.

    Returns:
        How many triples each graph gained.
    """
    dataset = loaded.dataset
    classes = superterm_closure(dataset, RDFS.subClassOf)
    properties = superterm_closure(dataset, RDFS.subPropertyOf)
    added: dict[URIRef, int] = {}
    for graph in loaded.named_graphs():
        # Collect first: adding to a graph while iterating over it is undefined.
        new = {t for t in _inferred(graph, classes, properties) if t not in graph}
        if new:
            graph.addN((s, p, o, graph) for s, p, o in new)
            added[graph.identifier] = len(new)  # type: ignore[index]
    return MaterializationResult(added=added)
