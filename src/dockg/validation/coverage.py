"""What validation checked: nodes per shape, and what the data holds when nothing matched.

"Conforms" must never mean "nothing was checked". Every report counts the focus nodes
each node shape checked; when no node matched any shape (data in a vocabulary the
shapes do not target), the report carries a warning that lists the classes and
namespaces found in the data, so a researcher sees why, and the report does not conform.
It also carries the checks that concern where data came from rather than what it says:
a file that declares no source graph.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.term import Node

from dockg.namespaces import DOCKG, PROV, RDF, SH
from dockg.terms import display_term
from dockg.validation.checks import CHECK
from dockg.validation.compiler import Compiler, Unsupported, target_patterns
from dockg.validation.report import Severity, ValidationResult

#: The constraint components of the results made here.
NOTHING_CHECKED = CHECK["nothing-checked"]
NO_SOURCE_DECLARED = CHECK["no-source-declared"]
#: How many classes and namespaces the nothing-checked warning lists.
_LISTED = 10


@dataclass(frozen=True)
class ShapeCoverage:
    """How many nodes one node shape checked.

    Attributes:
        shape: the node shape.
        targets: its target classes (none for a shape targeting subjects of a property
            or a SPARQL query's answers).
        checked: the distinct focus nodes it validated.
        described: its targets in words (``schema:Movie``, ``subjects of schema:endDate``,
            ``a SPARQL query``).
    """

    shape: Node
    targets: tuple[URIRef, ...]
    checked: int
    described: str = ""


@dataclass(frozen=True)
class Coverage:
    """What a validation run checked.

    Attributes:
        shapes: each node shape with a class target, in shape order.
        classes: the classes of the validated nodes' data with their instance counts,
            most frequent first (filled only when nothing was checked).
        namespaces: the namespaces of those classes and of the properties used, with
            counts (likewise).
        http_schema_terms: terms read from ``http://schema.org/`` as ``https``.
    """

    shapes: tuple[ShapeCoverage, ...]
    classes: tuple[tuple[URIRef, int], ...] = ()
    namespaces: tuple[tuple[str, int], ...] = ()
    http_schema_terms: int = 0

    @property
    def checked(self) -> int:
        """Focus nodes checked, counted once per shape."""
        return sum(s.checked for s in self.shapes)


def node_shapes(shapes: Graph) -> list[Node]:
    """The shapes that have targets (class, subjects-of or SPARQL-based), sorted."""
    found = {
        shape
        for target in (SH.targetClass, SH.targetSubjectsOf, SH.target)
        for shape in shapes.subjects(target, None)
    }
    return sorted(found, key=str)


def _graph_filter(graphs: Iterable[URIRef] | None, variable: str) -> str:
    if graphs is None:
        return ""
    listed = " ".join(g.n3() for g in graphs)
    return (  # EXISTS: a node described by many triples still counts once
        f"FILTER EXISTS {{ VALUES ?covered {{ {listed} }} "
        f"GRAPH ?covered {{ {variable} ?anyPredicate ?anyObject }} }}"
    )


def measure(
    native: ox.Store,
    shapes: Graph,
    subclasses: Mapping[URIRef, tuple[URIRef, ...]],
    *,
    graphs: Iterable[URIRef] | None = None,
    http_schema_terms: int = 0,
) -> Coverage:
    """Count the nodes each node shape checks, and describe the data if none.

    Every kind of target the compiler translates is counted: classes (with their
    subclasses), ``sh:targetSubjectsOf`` and SPARQL-based targets.

    Args:
        native: the store (its default graph holds the union).
        shapes: the shapes graph.
        subclasses: class → itself and its subclasses.
        graphs: count only nodes described in these graphs (the files a user named).
        http_schema_terms: passed through to the coverage.

    Returns:
        The coverage.
    """
    chosen = None if graphs is None else sorted(set(graphs), key=str)
    compiler = Compiler(shapes, dict(subclasses))
    rows: list[ShapeCoverage] = []
    for shape in node_shapes(shapes):
        classes = tuple(
            sorted(
                (c for c in shapes.objects(shape, SH.targetClass) if isinstance(c, URIRef)), key=str
            )
        )
        every = sorted({c for t in classes for c in subclasses.get(t, (t,))}, key=str)
        try:
            patterns, prefixes = target_patterns(compiler, shape)
        except Unsupported:  # validated by pySHACL: not counted here
            continue
        alternatives = list(patterns)
        if every:
            listed = " ".join(c.n3() for c in every)
            alternatives.insert(0, f"VALUES ?class {{ {listed} }} ?this a ?class .")
        union = " UNION ".join(f"{{ {a} }}" for a in alternatives)
        text = (
            f"{prefixes}SELECT (COUNT(DISTINCT ?this) AS ?n) WHERE {{ {union} "
            f"{_graph_filter(chosen, '?this')} }}"
        )
        words = [display_term(c) for c in classes]
        words += [
            f"subjects of {display_term(p)}" for p in shapes.objects(shape, SH.targetSubjectsOf)
        ]
        words += ["a SPARQL query" for _ in shapes.objects(shape, SH.target)]
        rows.append(ShapeCoverage(shape, classes, _count(native, text), ", ".join(words)))
    coverage = Coverage(shapes=tuple(rows), http_schema_terms=http_schema_terms)
    if coverage.checked:
        return coverage
    found, namespaces = _profile(native, chosen)
    return Coverage(
        shapes=tuple(rows),
        classes=found,
        namespaces=namespaces,
        http_schema_terms=http_schema_terms,
    )


def _count(native: ox.Store, text: str) -> int:
    answer = native.query(text)
    assert isinstance(answer, ox.QuerySolutions)
    for row in answer:
        value = row["n"]
        return int(value.value) if value is not None else 0
    return 0


def _profile(
    native: ox.Store, graphs: list[URIRef] | None
) -> tuple[tuple[tuple[URIRef, int], ...], tuple[tuple[str, int], ...]]:
    """The classes (with counts) and namespaces of the data, most frequent first."""
    scope = _graph_filter(graphs, "?s")
    answer = native.query(
        f"SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a ?class . {scope} }} "
        "GROUP BY ?class ORDER BY DESC(?n) ?class"
    )
    assert isinstance(answer, ox.QuerySolutions)
    classes = [
        (URIRef(row["class"].value), int(row["n"].value))
        for row in answer
        if isinstance(row["class"], ox.NamedNode)
    ]
    answer = native.query(f"SELECT ?p (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o . {scope} }} GROUP BY ?p")
    assert isinstance(answer, ox.QuerySolutions)
    namespaces: dict[str, int] = {}
    for row in answer:
        space = namespace_of(row["p"].value)
        namespaces[space] = namespaces.get(space, 0) + int(row["n"].value)
    for cls, n in classes:
        space = namespace_of(str(cls))
        namespaces[space] = namespaces.get(space, 0) + n
    ordered = sorted(namespaces.items(), key=lambda item: (-item[1], item[0]))
    return tuple(classes[:_LISTED]), tuple(ordered[:_LISTED])


def namespace_of(iri: str) -> str:
    """The namespace of an IRI: up to its last ``#`` or ``/``.

    Args:
        iri: the IRI.

    Returns:
        e.g. ``http://schema.org/`` for ``http://schema.org/Movie``.
    """
    cut = max(iri.rfind("#"), iri.rfind("/"))
    return iri[: cut + 1] if cut >= 0 else iri


def nothing_checked(coverage: Coverage, focus: URIRef, files: tuple[str, ...]) -> ValidationResult:
    """The warning of a run in which no node matched any shape.

    Args:
        coverage: the coverage, with the data's classes and namespaces.
        focus: what the warning is about (the file's graph, or the dataset).
        files: the files it concerns.

    Returns:
        A warning listing what the data holds.
    """
    classes = ", ".join(f"{display_term(c)} ({n})" for c, n in coverage.classes) or "none"
    spaces = ", ".join(f"{s} ({n})" for s, n in coverage.namespaces) or "none"
    message = (
        "No node matched any shape, so nothing was checked. Classes found: "
        f"{classes}. Namespaces found: {spaces}."
    )
    return ValidationResult(
        focus=focus,
        path=None,
        value=None,
        message=message,
        severity=Severity.WARNING,
        component=NOTHING_CHECKED,
        shape=NOTHING_CHECKED,
        files=files,
    )


def no_source_declared(graph: URIRef, file: str) -> ValidationResult:
    """The provenance violation of a file that declares no source graph.

    Args:
        graph: the graph its triples were read into (the file's own IRI).
        file: the file as messages show it.

    Returns:
        A violation that says how to declare the source.
    """
    message = (
        f"{file} does not say where its facts come from: declare its graph with "
        f"<{graph}> a {display_term(DOCKG.SourceGraph)} ; "
        f"{display_term(PROV.wasDerivedFrom)} <the document or dataset it was taken from> ."
    )
    return ValidationResult(
        focus=graph,
        path=RDF.type,
        value=None,
        message=message,
        severity=Severity.VIOLATION,
        component=NO_SOURCE_DECLARED,
        shape=NO_SOURCE_DECLARED,
        files=(file,),
        path_label=display_term(RDF.type),
    )
