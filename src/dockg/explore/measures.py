"""Network measures of a projection: centralities, PageRank, components, communities.

All measures are computed on the projection as a simple undirected graph (one edge per
linked pair): degree centrality, betweenness centrality (exact, or estimated from ``k``
sampled sources on large graphs, with a fixed seed, and the result says so), PageRank,
connected components and Louvain communities (fixed seed). Components and communities are
numbered from 1, largest first.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from dockg.explore.projection import Projection
from dockg.tables import TABLE_WIDTH, format_table

#: Above this many nodes betweenness is estimated from a sample of sources.
EXACT_BETWEENNESS_LIMIT = 2000
#: How many sources the estimate uses unless told otherwise.
DEFAULT_SAMPLE = 500
#: The seed of every random choice (betweenness sample, Louvain), so runs repeat.
SEED = 42


@dataclass(frozen=True)
class NodeMeasures:
    """The measures of one node.

    Attributes:
        node: the entity IRI.
        label: its name.
        cls: its class (compact IRI).
        degree: the number of neighbours.
        degree_centrality: degree / (n − 1).
        betweenness: normalized betweenness centrality.
        pagerank: PageRank (damping 0.85).
        component: its connected component, 1 the largest.
        community: its Louvain community, 1 the largest.
    """

    node: str
    label: str
    cls: str
    degree: int
    degree_centrality: float
    betweenness: float
    pagerank: float
    component: int
    community: int


@dataclass(frozen=True)
class Measures:
    """The measures of every node of a projection, highest PageRank first.

    Attributes:
        projection: the projection's name.
        nodes: per-node measures.
        edges: the number of linked pairs.
        components: the number of connected components.
        communities: the number of communities.
        sample: the number of sources betweenness was estimated from, or ``None`` if
            it is exact.
    """

    projection: str
    nodes: tuple[NodeMeasures, ...]
    edges: int
    components: int
    communities: int
    sample: int | None


def _numbered(groups: Iterable[Iterable[str]], label: dict[str, str]) -> dict[str, int]:
    """Node → group number, the largest group 1, ties by their first label."""
    ordered = sorted(
        (sorted(group) for group in groups),
        key=lambda g: (-len(g), min(label[n].casefold() for n in g), g),
    )
    return {node: number for number, group in enumerate(ordered, start=1) for node in group}


def compute_measures(projection: Projection, *, sample: int | None = None) -> Measures:
    """Compute every measure of a projection.

    Args:
        projection: the graph.
        sample: estimate betweenness from this many sampled sources; by default it is
            exact up to :data:`EXACT_BETWEENNESS_LIMIT` nodes, then sampled from
            :data:`DEFAULT_SAMPLE`.

    Returns:
        The measures, sorted by PageRank (highest first), then label.
    """
    graph = projection.simple()
    n = graph.number_of_nodes()
    if sample is None and n > EXACT_BETWEENNESS_LIMIT:
        sample = DEFAULT_SAMPLE
    k = min(sample, n) if sample is not None else None
    betweenness = nx.betweenness_centrality(graph, k=k, seed=SEED if k else None)
    pagerank = nx.pagerank(graph, alpha=0.85)
    degree = nx.degree_centrality(graph)
    label = {node: data["label"] for node, data in projection.graph.nodes(data=True)}
    components = _numbered(nx.connected_components(graph), label)
    communities = _numbered(nx.community.louvain_communities(graph, seed=SEED), label)
    rows = [
        NodeMeasures(
            node=node,
            label=label[node],
            cls=projection.graph.nodes[node]["class"],
            degree=graph.degree(node),
            degree_centrality=degree[node],
            betweenness=betweenness[node],
            pagerank=pagerank[node],
            component=components[node],
            community=communities[node],
        )
        for node in graph
    ]
    rows.sort(key=lambda r: (-r.pagerank, r.label.casefold(), r.node))
    return Measures(
        projection=projection.spec.name,
        nodes=tuple(rows),
        edges=graph.number_of_edges(),
        components=len(set(components.values())),
        communities=len(set(communities.values())),
        sample=k,
    )


_COLUMNS = (
    "label",
    "class",
    "degree",
    "degree_centrality",
    "betweenness",
    "pagerank",
    "component",
    "community",
)


def _cells(row: NodeMeasures) -> list[str]:
    return [
        row.label,
        row.cls,
        str(row.degree),
        f"{row.degree_centrality:.4f}",
        f"{row.betweenness:.4f}",
        f"{row.pagerank:.4f}",
        str(row.component),
        str(row.community),
    ]


def summary(measures: Measures) -> str:
    """One line: nodes, edges, components, communities and how betweenness was computed."""
    how = (
        f"estimated from {measures.sample} sampled sources (k={measures.sample}, seed {SEED})"
        if measures.sample is not None
        else "exact"
    )
    return (
        f"{measures.projection} projection: {_count(len(measures.nodes), 'node')}, "
        f"{_count(measures.edges, 'linked pair')}, "
        f"{_count(measures.components, 'connected component')}, "
        f"{_count(measures.communities, 'community', 'communities')} (Louvain, seed {SEED}); "
        f"betweenness {how}"
    )


def _count(n: int, singular: str, plural: str | None = None) -> str:
    return f"{n} {singular if n == 1 else plural or singular + 's'}"


def format_measures(measures: Measures, *, top: int | None = None) -> str:
    """The summary line and a table of the ``top`` nodes by PageRank (all if ``None``)."""
    rows = measures.nodes[:top] if top is not None else measures.nodes
    table = format_table(list(_COLUMNS), [_cells(r) for r in rows], max_width=TABLE_WIDTH)
    return f"{summary(measures)}\n\n{table}"


def measures_csv(measures: Measures) -> str:
    """Every node's measures as CSV, with the IRI and full-precision numbers."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["node", *_COLUMNS])
    for r in measures.nodes:
        writer.writerow(
            [
                r.node,
                r.label,
                r.cls,
                r.degree,
                repr(r.degree_centrality),
                repr(r.betweenness),
                repr(r.pagerank),
                r.component,
                r.community,
            ]
        )
    return out.getvalue()
