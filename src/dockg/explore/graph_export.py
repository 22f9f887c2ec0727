"""Writing a projection for Gephi, Cytoscape and spreadsheets: GraphML, GEXF, CSV edges.

Nodes carry ``label``, ``class``, ``class_label`` and ``types``; edges carry
``property`` (IRI), ``label`` (how it reads), ``inverse``, ``graph`` (the named graphs
that state it, space-separated) and ``via``. Files are written atomically.
"""

from __future__ import annotations

import csv
import io
from enum import StrEnum
from pathlib import Path

import networkx as nx

from dockg.atomic import write_atomic
from dockg.explore.projection import Projection


class GraphFormat(StrEnum):
    """The graph formats ``dockg export`` writes for a projection."""

    GRAPHML = "graphml"
    GEXF = "gexf"
    CSV_EDGES = "csv-edges"

    @property
    def suffix(self) -> str:
        """The usual file extension, with its dot."""
        return {"graphml": ".graphml", "gexf": ".gexf", "csv-edges": ".csv"}[self.value]

    @classmethod
    def for_path(cls, path: Path) -> GraphFormat | None:
        """The format a file name's extension stands for, or ``None``."""
        return next((fmt for fmt in cls if fmt.suffix == path.suffix.lower()), None)


_EDGE_COLUMNS = (
    "source",
    "source_label",
    "property",
    "label",
    "target",
    "target_label",
    "graph",
    "via",
)


def _csv_edges(projection: Projection) -> bytes:
    graph = projection.graph
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(_EDGE_COLUMNS)
    for source, target, data in graph.edges(data=True):
        writer.writerow(
            [
                source,
                graph.nodes[source]["label"],
                data["property"],
                data["label"],
                target,
                graph.nodes[target]["label"],
                data["graph"],
                data["via"],
            ]
        )
    return out.getvalue().encode("utf-8")


def graph_bytes(projection: Projection, *, fmt: GraphFormat) -> bytes:
    """Serialize a projection.

    Args:
        projection: the graph.
        fmt: the format.

    Returns:
        The file's content (UTF-8).
    """
    if fmt is GraphFormat.CSV_EDGES:
        return _csv_edges(projection)
    out = io.BytesIO()
    if fmt is GraphFormat.GRAPHML:
        nx.write_graphml(projection.graph, out, encoding="utf-8")
    else:
        nx.write_gexf(projection.graph, out, encoding="utf-8")
    return out.getvalue()


def export_graph(projection: Projection, *, fmt: GraphFormat, output: Path) -> None:
    """Write a projection to a file atomically.

    Raises:
        OutputError: if the file cannot be written (nothing is then changed).
    """
    write_atomic(output, graph_bytes(projection, fmt=fmt))
