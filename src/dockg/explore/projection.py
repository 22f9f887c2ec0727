"""Projections of the knowledge graph into networkx graphs, chosen by name.

A projection is declared, not coded: one SPARQL SELECT in ``explore/projections/NAME.rq``
returning ``?source ?property ?target ?graph`` (and optionally ``?via``, the node a
derived edge goes through, and ``?label``, the edge's words when the property alone does
not say it). :func:`project` runs it through a :class:`~dockg.store.base.Store`, so every
projection works on every store, and turns the rows into a
:class:`networkx.MultiDiGraph`:

* nodes are entity IRIs (strings) with ``label`` (main name), ``class`` (most specific
  class, compact), ``class_label`` and ``types`` (every class, compact, space-separated);
* edges point from ``?source`` to ``?target``, keyed by property and via, with
  ``property`` (full IRI), ``label`` (how it reads), ``inverse`` (True if the label
  reads from target to source), ``graph`` (the named graphs that state it, IRIs
  separated by spaces) and ``via``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import networkx as nx

from dockg.errors import DockgError, ExitCode, UsageError
from dockg.explore.vocabulary import Vocabulary, run
from dockg.prefixes import compact_iri
from dockg.queries import read_header
from dockg.store.base import Store

_PROJECTIONS = files("dockg.explore") / "projections"

#: The projection used when none is named.
DEFAULT_PROJECTION = "entity"


class EmptyProjection(DockgError):
    """A projection has no edge in this graph (exit code ``EMPTY_PROJECTION``)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, ExitCode.EMPTY_PROJECTION)


@dataclass(frozen=True)
class ProjectionSpec:
    """A projection as declared in its ``.rq`` file.

    Attributes:
        name: the file stem (``film-topic``).
        title: ``# title:``.
        question: ``# question:``, what the projection's edges answer.
        text: the SPARQL query.
    """

    name: str
    title: str
    question: str
    text: str


@cache
def projection_specs() -> dict[str, ProjectionSpec]:
    """Every packaged projection, by name, sorted."""
    specs = {}
    for entry in sorted(_PROJECTIONS.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            text = entry.read_text(encoding="utf-8")
            header = read_header(text)
            name = entry.name.removesuffix(".rq")
            specs[name] = ProjectionSpec(name, header["title"], header["question"], text)
    return specs


def projection_spec(name: str) -> ProjectionSpec:
    """The projection called ``name``.

    Raises:
        UsageError: if there is none; the message lists the known names.
    """
    specs = projection_specs()
    if name not in specs:
        known = ", ".join(specs)
        raise UsageError(f"unknown projection {name!r}; known projections: {known}")
    return specs[name]


@dataclass
class Projection:
    """A projected graph with what it was projected from.

    Attributes:
        spec: the projection's declaration.
        graph: the projected graph (see the module documentation for its attributes).
        vocabulary: names, classes and readings of the store it came from.
    """

    spec: ProjectionSpec
    graph: nx.MultiDiGraph
    vocabulary: Vocabulary

    def simple(self) -> nx.Graph:
        """The graph as a simple undirected graph (one edge per linked pair)."""
        return nx.Graph(self.graph)


def project(
    store: Store, name: str = DEFAULT_PROJECTION, *, vocabulary: Vocabulary | None = None
) -> Projection:
    """Project the graph in a store by a named projection.

    Args:
        store: where the graph is.
        name: a projection name (see :func:`projection_specs`).
        vocabulary: names and classes already read from ``store``; if not given, those
            of the projection's nodes are read.

    Returns:
        The projection; every node has its label and class, every edge its property and
        named graphs.

    Raises:
        UsageError: for an unknown projection name.
        EmptyProjection: if the projection has no edge.
    """
    spec = projection_spec(name)
    edges: dict[tuple[str, str, str, str], set[str]] = defaultdict(set)
    labels: dict[tuple[str, str, str, str], str] = {}
    for row in run(store, spec.text):
        via_node = row.get("via")
        key = (str(row["source"]), str(row["property"]), str(row["target"]), str(via_node or ""))
        edges[key].update(str(row["graph"]).split())
        if row.get("label") is not None:
            labels[key] = str(row["label"])
    if not edges:
        raise EmptyProjection(
            f"the {name} projection is empty: nothing in this graph answers {spec.question!r}"
        )
    if vocabulary is None:
        nodes = {key[0] for key in edges} | {key[2] for key in edges}
        vocabulary = Vocabulary.from_store(store, nodes=nodes)
    graph = nx.MultiDiGraph(projection=name)
    for (source, prop, target, via), graphs in sorted(edges.items()):
        reading = vocabulary.reading(prop)
        label = labels.get((source, prop, target, via))
        graph.add_edge(
            source,
            target,
            key=f"{compact_iri(prop)} {compact_iri(via)}".strip(),
            property=prop,
            label=label or reading.label,
            inverse=reading.inverse if label is None else False,
            graph=" ".join(sorted(graphs)),
            via=via,
        )
    for node, attributes in graph.nodes(data=True):
        cls_iri = vocabulary.main_class(node)
        attributes["label"] = vocabulary.label(node)
        attributes["class"] = compact_iri(cls_iri) if cls_iri else ""
        attributes["class_label"] = vocabulary.class_label(cls_iri)
        types = vocabulary.types.get(node, frozenset())
        attributes["types"] = " ".join(sorted(compact_iri(t) for t in types))
    return Projection(spec, graph, vocabulary)
