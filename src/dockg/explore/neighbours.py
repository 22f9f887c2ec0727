"""The neighbourhood of an entity: every node within a number of steps, with its links."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from dockg.explore.projection import EmptyProjection, Projection
from dockg.prefixes import compact_iri
from dockg.readable import plural
from dockg.tables import TABLE_WIDTH, format_table


@dataclass(frozen=True)
class Neighbourhood:
    """An entity and the nodes around it.

    Attributes:
        centre: the entity's IRI.
        depth: the number of steps looked at.
        distance: node → its distance from the centre (the centre itself is 0).
        graph: the projection restricted to these nodes, with every link among them.
        projection: the projection it was taken from.
    """

    centre: str
    depth: int
    distance: dict[str, int]
    graph: nx.MultiDiGraph
    projection: Projection


def neighbourhood(projection: Projection, centre: str, *, depth: int = 2) -> Neighbourhood:
    """The nodes of a projection within ``depth`` steps of an entity, either way.

    Args:
        projection: the graph.
        centre: the entity's IRI.
        depth: how many steps (links are followed in both directions).

    Returns:
        The neighbourhood.

    Raises:
        EmptyProjection: if the entity has no link in the projection.
    """
    if centre not in projection.graph:
        label = projection.vocabulary.label(centre)
        raise EmptyProjection(
            f"{label} has no link in the {projection.spec.name} projection, so no neighbours"
        )
    distance = nx.single_source_shortest_path_length(
        projection.graph.to_undirected(as_view=True), centre, cutoff=depth
    )
    graph = projection.graph.subgraph(distance).copy()
    return Neighbourhood(centre, depth, dict(distance), graph, projection)


def reading_ends(data: dict[str, object], source: str, target: str) -> tuple[str, str]:
    """The (subject, object) an edge reads between: swapped if its reading is inverse."""
    return (target, source) if data["inverse"] else (source, target)


def format_neighbourhood(found: Neighbourhood) -> str:
    """A headline and one row per link: depth, subject, relation, object, source."""
    graph = found.graph
    label = found.projection.vocabulary.label
    rows = []
    for source, target, data in graph.edges(data=True):
        subject, obj = reading_ends(data, source, target)
        depth = max(found.distance[source], found.distance[target])
        graphs = ", ".join(compact_iri(g) for g in str(data["graph"]).split())
        rows.append((depth, label(subject), str(data["label"]), label(obj), graphs))
    rows.sort(key=lambda r: (r[0], r[1].casefold(), r[2], r[3].casefold(), r[4]))
    headline = (
        f"{plural(graph.number_of_nodes() - 1, 'entity', 'entities')} within "
        f"{plural(found.depth, 'step')} of {label(found.centre)} in the "
        f"{found.projection.spec.name} projection, {plural(graph.number_of_edges(), 'link')}:"
    )
    table = format_table(
        ["depth", "subject", "relation", "object", "source"],
        [(str(d), *rest) for d, *rest in rows],
        max_width=TABLE_WIDTH,
        cut_first=(4,),  # the source graphs give way before the names
    )
    return f"{headline}\n\n{table}"
