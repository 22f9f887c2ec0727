"""Comparing what different stores hold: graphs as sets of stably labelled N-Triples lines.

``rdflib.compare.isomorphic`` answered False for two graphs with equal triple sets here
(rdflib 7.6, a blank node with a gYear literal), so graphs are compared by relabelling
blank nodes from their content (:func:`dockg.canonical.bnode_labels`) and comparing the
resulting line sets: equal sets after a bijective relabelling prove isomorphism.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rdflib import BNode, Graph, URIRef
from rdflib.term import Node

from dockg.canonical import bnode_labels
from dockg.store import Quad, Store
from dockg.store.convert import canonical_terms
from dockg.terms import nt_term


def graph_lines(triples: Iterable[tuple[Node, Node, Node]]) -> set[str]:
    """One graph's triples as N-Triples lines with content-derived blank node labels."""
    triples = list(triples)
    labels = bnode_labels(triples)

    def term(t: Node) -> str:
        return nt_term(labels.get(t, t) if isinstance(t, BNode) else t)

    return {f"{term(s)} {term(p)} {term(o)}" for s, p, o in triples}


def dataset_lines(
    quads: Iterable[Quad], *, canonical: bool = False
) -> dict[URIRef | None, set[str]]:
    """Each named graph's lines; ``canonical`` writes typed literals as Oxigraph stores them."""
    quads = list(quads)
    forms = canonical_terms(q[2] for q in quads) if canonical else {}
    graphs: defaultdict[URIRef | None, list[tuple[Node, Node, Node]]] = defaultdict(list)
    for s, p, o, g in quads:
        graphs[g].append((s, p, forms.get(o, o)))
    return {g: graph_lines(triples) for g, triples in graphs.items()}


def store_lines(store: Store, *, canonical: bool = False) -> dict[URIRef | None, set[str]]:
    """What a store holds, graph by graph."""
    return dataset_lines(store.quads(), canonical=canonical)


UNION_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
DISTINCT_COUNT = (
    "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"
)


def count(store: Store, query: str) -> int:
    """The number a ``SELECT (COUNT(*) AS ?n)`` query answers."""
    [(n,)] = store.query(query)  # type: ignore[misc]
    return int(n)


def assert_pushed(target: Store, local: Store) -> None:
    """The server holds exactly the local graphs, and its union is their union, as a set.

    Compared in Oxigraph's canonical forms: the local store reads literals back as the
    sources wrote them (``@ko-Latn``), a server may store them normalized (``@ko-latn``).
    """
    assert target.named_graphs() == local.named_graphs()
    assert store_lines(target, canonical=True) == store_lines(local, canonical=True)
    assert count(target, UNION_COUNT) == count(target, DISTINCT_COUNT) == count(local, UNION_COUNT)


def canonical_graph(graph: Graph) -> Graph:
    """The graph with its terms as Oxigraph stores them (typed literals canonical,
    language tags lower-cased)."""
    forms = canonical_terms(o for _, _, o in graph)
    out = Graph()
    for s, p, o in graph:
        out.add((s, p, forms.get(o, o)))
    return out
