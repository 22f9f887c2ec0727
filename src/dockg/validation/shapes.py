"""Reading the shapes: the project's shapes graph, and how results name shapes' parts.

Both engines (compiled SPARQL and the pySHACL reference) read shapes through here, so a
result's message and path read the same whichever engine found it.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import BNode, Graph
from rdflib.collection import Collection
from rdflib.term import Node

from dockg.loading import LoadedDataset, parse_turtle_natively
from dockg.namespaces import SH
from dockg.prefixes import bind_prefixes
from dockg.project import Project
from dockg.terms import display_term
from dockg.validation.report import Severity

_PATH_SUFFIXES = {SH.zeroOrMorePath: "*", SH.oneOrMorePath: "+", SH.zeroOrOnePath: "?"}


def path_label(graph: Graph, path: Node | None) -> str:
    """Render a SHACL property path in SPARQL-like notation.

    Args:
        graph: where the path's blank nodes are described.
        path: an IRI or a blank-node path expression.

    Returns:
        e.g. ``schema:name``, ``^schema:director``, ``(dockg:isAbout / skos:broader*)``.
    """
    if path is None:
        return ""
    if not isinstance(path, BNode):
        return display_term(path)
    inverse = graph.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + path_label(graph, inverse)
    alternatives = graph.value(path, SH.alternativePath)
    if alternatives is not None:
        return "(" + " | ".join(path_label(graph, p) for p in Collection(graph, alternatives)) + ")"
    for predicate, suffix in _PATH_SUFFIXES.items():
        inner = graph.value(path, predicate)
        if inner is not None:
            return path_label(graph, inner) + suffix
    return "(" + " / ".join(path_label(graph, p) for p in Collection(graph, path)) + ")"


def bnode_closure(graph: Graph, node: Node | None) -> tuple[tuple[Node, Node, Node], ...]:
    """The triples that describe a blank node, recursively (its concise bounded description)."""
    triples: list[tuple[Node, Node, Node]] = []
    stack, seen = [node], set()
    while stack:
        current = stack.pop()
        if not isinstance(current, BNode) or current in seen:
            continue
        seen.add(current)
        for _, p, o in graph.triples((current, None, None)):
            triples.append((current, p, o))
            stack.append(o)
    return tuple(triples)


def choose_message(messages: Iterable[Node]) -> str:
    """Pick one message: English or untagged first, then the first in sorted order.

    Args:
        messages: a result's ``sh:resultMessage`` literals.

    Returns:
        The message, or ``""`` if there is none.
    """
    ordered = sorted(messages, key=str)
    preferred = [m for m in ordered if getattr(m, "language", None) in (None, "en")]
    chosen = (preferred or ordered)[:1]
    return str(chosen[0]) if chosen else ""


def message_of(graph: Graph, result: Node) -> str:
    return choose_message(graph.objects(result, SH.resultMessage))


def severity_of(iri: Node | None) -> Severity:
    """SHACL allows custom severities; dockg counts them as violations, the safe side."""
    return next((s for s in Severity if s.value == iri), Severity.VIOLATION)


def load_shapes(loaded: LoadedDataset) -> Graph:
    """Merge the project's ``ontology/shapes*.ttl`` into one shapes graph.

    Args:
        loaded: the dataset, whose project lists the shapes files.

    Returns:
        The shapes graph (empty if there are no shapes files).

    Raises:
        InputError: if a shapes file does not parse.
    """
    return project_shapes(loaded.project)


def project_shapes(project: Project) -> Graph:
    """Merge a project's ``ontology/shapes*.ttl`` into one shapes graph.

    Args:
        project: the project.

    Returns:
        The shapes graph (empty if there are no shapes files).

    Raises:
        InputError: if a shapes file does not parse.
    """
    shapes = Graph()
    bind_prefixes(shapes)
    for path in project.shape_files:
        shapes += parse_turtle_natively(path, display=project.display(path))
    return shapes
