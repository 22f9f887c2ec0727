"""Shortest connecting paths between two entities, explained step by step.

The path search runs on a projection taken as an undirected graph (a link counts
whichever way the triple points); each step is then explained with the links between its
two nodes: the property as it reads ("directed", "is about"), an arrow showing which way
it reads, and the named graphs that state it.

When there are several shortest paths, those through less connected nodes come first
(the sum of the logarithms of the degrees of the inner nodes): a path through a shared
subject says more than one through a country that half the graph is in.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice, pairwise

import networkx as nx

from dockg.errors import DockgError, ExitCode, UsageError
from dockg.explore.projection import Projection
from dockg.explore.vocabulary import reading_rank
from dockg.prefixes import compact_iri

#: How many shortest paths are collected before ranking (they can be many in big graphs).
PATH_CAP = 1000


class NoPath(DockgError):
    """No path within the limit (exit code ``NO_PATH``)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, ExitCode.NO_PATH)


@dataclass(frozen=True)
class Link:
    """One RDF link between two nodes of a path, as it reads.

    Attributes:
        subject: the node the reading starts from ("Soyoung Kim" for "directed").
        obj: the node it ends at.
        prop: the RDF property (IRI).
        label: the words ("directed").
        graphs: the named graphs that state it.
        via: the node a derived link goes through, or ``""``.
    """

    subject: str
    obj: str
    prop: str
    label: str
    graphs: tuple[str, ...]
    via: str


@dataclass(frozen=True)
class Step:
    """A step of a path from ``start`` to ``end``, with every link between them.

    Attributes:
        start: the node the step leaves.
        end: the node it reaches.
        links: the links between the two, the one shown in the arrow first.
    """

    start: str
    end: str
    links: tuple[Link, ...]

    @property
    def main(self) -> Link:
        """The link the step is drawn with."""
        return self.links[0]

    @property
    def forward(self) -> bool:
        """True if the main link reads from ``start`` to ``end``."""
        return self.main.subject == self.start


@dataclass(frozen=True)
class PathResult:
    """The shortest paths found between two entities.

    Attributes:
        start: the first entity.
        end: the second.
        paths: the paths shown, best first; each is a tuple of steps.
        found: how many shortest paths there are (counted up to :data:`PATH_CAP`).
        via: the class label the paths had to pass through, or ``None``.
        projection: the projection searched.
    """

    start: str
    end: str
    paths: tuple[tuple[Step, ...], ...]
    found: int
    via: str | None
    projection: Projection

    @property
    def length(self) -> int:
        """The number of steps of each path."""
        return len(self.paths[0])


def _links(projection: Projection, start: str, end: str) -> tuple[Link, ...]:
    graph = projection.graph
    links = []
    for source, target in ((start, end), (end, start)):
        for data in (graph.get_edge_data(source, target) or {}).values():
            subject, obj = (target, source) if data["inverse"] else (source, target)
            graphs = tuple(data["graph"].split())
            links.append(Link(subject, obj, data["property"], data["label"], graphs, data["via"]))
    return tuple(sorted(links, key=lambda link: (reading_rank(link.prop), link.subject)))


def _through(
    simple: nx.Graph, start: str, end: str, inner: set[str], max_steps: int
) -> Iterator[list[str]]:
    """Shortest paths from start to end that pass through a node of ``inner``."""
    from_start = nx.single_source_shortest_path_length(simple, start, cutoff=max_steps)
    from_end = nx.single_source_shortest_path_length(simple, end, cutoff=max_steps)
    lengths = {
        node: from_start[node] + from_end[node]
        for node in inner & from_start.keys() & from_end.keys()
        if node not in (start, end)
    }
    if not lengths or min(lengths.values()) > max_steps:
        return
    best = min(lengths.values())
    for node in sorted(n for n, length in lengths.items() if length == best):
        for first in nx.all_shortest_paths(simple, start, node):
            for second in nx.all_shortest_paths(simple, node, end):
                path = first + second[1:]
                if len(set(path)) == len(path):
                    yield path


def find_paths(
    projection: Projection,
    start: str,
    end: str,
    *,
    max_steps: int = 6,
    via: str | None = None,
    limit: int = 5,
) -> PathResult:
    """Find the shortest paths between two entities of a projection.

    Args:
        projection: the graph to search (as undirected).
        start: the first entity's IRI.
        end: the second entity's IRI.
        max_steps: the longest path accepted.
        via: a class (IRI, compact IRI or label, e.g. ``topic``) that some inner node
            of the path must have; the shortest such paths are returned.
        limit: how many paths to return at most.

    Returns:
        The paths, best first.

    Raises:
        UsageError: if ``via`` names no class of the graph, or ``start`` equals ``end``.
        NoPath: if an entity is not in the projection or no path has at most
            ``max_steps`` steps.
    """
    vocabulary = projection.vocabulary
    name = projection.spec.name
    if start == end:
        raise UsageError("the two entities are the same; give two different ones")
    for node in (start, end):
        if node not in projection.graph:
            raise NoPath(f"{vocabulary.label(node)} has no link in the {name} projection")
    simple = projection.simple()
    via_label = None
    if via is None:
        try:
            shortest = nx.shortest_path_length(simple, start, end)
        except nx.NetworkXNoPath:
            shortest = None
        if shortest is None or shortest > max_steps:
            more = "" if shortest is None else f" (the shortest has {shortest})"
            raise NoPath(
                f"no path of at most {max_steps} steps between {vocabulary.label(start)} "
                f"and {vocabulary.label(end)} in the {name} projection{more}"
            )
        candidates = list(islice(nx.all_shortest_paths(simple, start, end), PATH_CAP))
    else:
        classes = vocabulary.classes_matching(via)
        if not classes:
            raise UsageError(f"--via {via!r} names no class of the graph (try e.g. topic)")
        via_label = vocabulary.class_label(sorted(classes)[0])
        inner = {n for n in simple if vocabulary.types.get(n, frozenset()) & classes}
        candidates = list(islice(_through(simple, start, end, inner, max_steps), PATH_CAP))
        if not candidates:
            raise NoPath(
                f"no path of at most {max_steps} steps through a {via_label} between "
                f"{vocabulary.label(start)} and {vocabulary.label(end)} in the {name} "
                "projection"
            )

    def rank(path: list[str]) -> tuple[float, tuple[str, ...]]:
        generic = sum(math.log(simple.degree(node)) for node in path[1:-1])
        return round(generic, 9), tuple(vocabulary.label(n).casefold() for n in path)

    chosen = sorted(candidates, key=rank)[:limit]
    paths = tuple(
        tuple(Step(a, b, _links(projection, a, b)) for a, b in pairwise(path)) for path in chosen
    )
    return PathResult(start, end, paths, len(candidates), via_label, projection)


def format_chain(result: PathResult, path: tuple[Step, ...]) -> str:
    """A path on one line: ``A — directed → B — is about → C ← features — D``."""
    label = result.projection.vocabulary.label
    parts = [label(path[0].start)]
    for step in path:
        arrow = f"— {step.main.label} →" if step.forward else f"← {step.main.label} —"
        parts.append(f"{arrow} {label(step.end)}")
    return " ".join(parts)


def format_step(result: PathResult, step: Step) -> str:
    """A step as a sentence with its property and sources.

    ``Soyoung Kim directed Heart of Snow: afterlife (schema:director; also produced,
    edited; graph:sidof-2019-heart-of-snow-afterlife)``.
    """
    label = result.projection.vocabulary.label
    main = step.main
    notes = [compact_iri(main.prop)]
    if main.via:
        notes.append(f"via {label(main.via)}")
    others = [link.label for link in step.links[1:] if link.label != main.label]
    if others:
        notes.append("also " + ", ".join(dict.fromkeys(others)))
    graphs = sorted({g for link in step.links for g in link.graphs})
    notes.append(", ".join(compact_iri(g) for g in graphs))
    return f"{label(main.subject)} {main.label} {label(main.obj)} ({'; '.join(notes)})"


def format_paths(result: PathResult) -> str:
    """Every path found: a headline, then each path as a chain and as sentences."""
    label = result.projection.vocabulary.label
    count = len(result.paths)
    noun = "path" if result.found == 1 else "paths"
    steps = "step" if result.length == 1 else "steps"
    through = f" through a {result.via}" if result.via else ""
    shown = f" (showing {count})" if result.found > count else ""
    lines = [
        f"{result.found} shortest {noun}{through} of {result.length} {steps} from "
        f"{label(result.start)} to {label(result.end)} in the "
        f"{result.projection.spec.name} projection{shown}:",
    ]
    for number, path in enumerate(result.paths, start=1):
        lines.append("")
        lines.append(f"{number}. {format_chain(result, path)}")
        lines.extend(f"   - {format_step(result, step)}" for step in path)
    return "\n".join(lines) + "\n"
