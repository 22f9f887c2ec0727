"""Counts that tell a curator what a build holds: instances per class, triples per source."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from rdflib import URIRef
from rdflib.term import Node

from dockg.loading import LoadedDataset
from dockg.namespaces import RDF
from dockg.tables import format_table
from dockg.terms import display_term


@dataclass(frozen=True)
class ClassCount:
    """How many distinct subjects have a type (in the union of all graphs)."""

    cls: Node
    instances: int


@dataclass(frozen=True)
class GraphCount:
    """How many triples a named graph holds, and the file it was read from."""

    graph: URIRef
    file: str
    triples: int


@dataclass(frozen=True)
class Stats:
    """The counts of a dataset.

    Attributes:
        classes: per class, most instances first, then by IRI.
        graphs: per named graph, in file order.
        triples: distinct triples in the union (a triple in two graphs counts once).
    """

    classes: tuple[ClassCount, ...]
    graphs: tuple[GraphCount, ...]
    triples: int


def compute_stats(loaded: LoadedDataset) -> Stats:
    """Count instances per class and triples per named graph.

    Args:
        loaded: the dataset, normally materialized so schema.org classes are counted too.

    Returns:
        The counts.
    """
    dataset = loaded.dataset
    counts = Counter(o for _, o in set(dataset.subject_objects(RDF.type)))
    classes = tuple(
        ClassCount(cls, n) for cls, n in sorted(counts.items(), key=lambda i: (-i[1], str(i[0])))
    )
    order = {path: i for i, path in enumerate(loaded.graph_files.values())}
    graphs = tuple(
        GraphCount(iri, loaded.project.display(path), len(dataset.graph(iri)))
        for iri, path in sorted(loaded.graph_files.items(), key=lambda i: order[i[1]])
    )
    return Stats(classes=classes, graphs=graphs, triples=len(dataset))


def format_stats(stats: Stats) -> str:
    """Render the counts for a terminal.

    Args:
        stats: from :func:`compute_stats`.

    Returns:
        Two tables, instances per class then triples per source graph, and a total.
    """
    classes = format_table(
        ["class", "instances"], [[display_term(c.cls), str(c.instances)] for c in stats.classes]
    )
    graphs = format_table(
        ["graph", "file", "triples"],
        [[display_term(g.graph), g.file, str(g.triples)] for g in stats.graphs],
    )
    n = len(stats.graphs)
    total = f"{stats.triples} triples in {n} graph{'' if n == 1 else 's'}"
    return f"{classes}\n{graphs}\n{total}\n"
