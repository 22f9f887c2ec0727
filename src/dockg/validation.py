"""Validating the knowledge graph: SHACL shapes, then whole-graph SPARQL checks.

pySHACL runs on one flat in-memory graph holding the union of all named graphs: given a
dataset it would validate each named graph on its own (missing links across sources), and
on an Oxigraph-backed graph it gives wrong answers (see PERFORMANCE.md). Validation uses
no inference: callers materialize the schema.org view first (:mod:`dockg.materialize`),
which is what the shapes target.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

import rdflib
from pyshacl import validate as pyshacl_validate
from rdflib import BNode, Graph
from rdflib.collection import Collection
from rdflib.term import Node

from dockg.checks import load_checks, run_check
from dockg.errors import InputError
from dockg.loading import (
    LoadedDataset,
    expand_graph_paths,
    parse_turtle,
    quiet_ill_typed_literals,
)
from dockg.namespaces import SH
from dockg.prefixes import bind_prefixes
from dockg.project import Project
from dockg.report import Severity, ValidationReport, ValidationResult
from dockg.terms import display_term

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


def _bnode_closure(graph: Graph, node: Node | None) -> tuple[tuple[Node, Node, Node], ...]:
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


def _message(graph: Graph, result: Node) -> str:
    return choose_message(graph.objects(result, SH.resultMessage))


def _severity(iri: Node | None) -> Severity:
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
        shapes += parse_turtle(path, display=project.display(path))
    return shapes


def shacl_results(data: Graph, shapes: Graph, *, display: str) -> list[ValidationResult]:
    """Run pySHACL and convert its report.

    Args:
        data: a flat graph (it is validated in place, and not changed: no inference).
        shapes: the shapes graph.
        display: how messages name the shapes files.

    Returns:
        The results, without ``files`` (the caller knows where nodes come from).

    Raises:
        InputError: if pySHACL cannot use the shapes (e.g. a malformed SHACL-SPARQL query).
    """
    try:
        with quiet_ill_typed_literals():
            _, report_graph, _ = pyshacl_validate(
                data,
                shacl_graph=shapes,
                inference="none",
                advanced=True,  # SHACL-SPARQL constraints and SHACL-AF targets
                allow_warnings=True,
                inplace=True,  # ``data`` is already a throwaway copy; cloning doubles memory
            )
    except Exception as error:  # pySHACL's errors have no common base we could catch
        raise InputError(f"{display}: SHACL shapes cannot be used: {error}") from error
    finally:
        # pySHACL switches rdflib's literal normalization back on when it returns; dockg
        # keeps literals as written (see dockg/__init__.py), so restore that.
        rdflib.NORMALIZE_LITERALS = False
    assert isinstance(report_graph, Graph)
    results = []
    for report in report_graph.subjects(SH.conforms, None):
        for node in report_graph.objects(report, SH.result):
            path = report_graph.value(node, SH.resultPath)
            severity = report_graph.value(node, SH.resultSeverity)
            component = report_graph.value(node, SH.sourceConstraintComponent)
            results.append(
                ValidationResult(
                    focus=report_graph.value(node, SH.focusNode),  # type: ignore[arg-type]
                    path=path,
                    value=report_graph.value(node, SH.value),
                    message=_message(report_graph, node),
                    severity=_severity(severity),
                    component=component,  # type: ignore[arg-type]
                    shape=report_graph.value(node, SH.sourceShape),
                    path_label=path_label(report_graph, path),
                    path_triples=_bnode_closure(report_graph, path),
                )
            )
    return results


def _with_files(loaded: LoadedDataset, result: ValidationResult) -> ValidationResult:
    files = tuple(loaded.project.display(p) for p in loaded.files_describing(result.focus))
    return replace(result, files=files)


def validate(
    loaded: LoadedDataset, *, focus_files: Iterable[Path] | None = None
) -> ValidationReport:
    """Validate a dataset against the project's shapes and checks.

    Args:
        loaded: the dataset, normally after :func:`dockg.materialize.materialize`.
        focus_files: if given, keep only results whose focus node is described (is a
            subject) in one of these files.

    Returns:
        The report; ``report.conforms`` is false when any result is a violation.

    Raises:
        InputError: if the shapes or checks cannot be read or used.
    """
    project = loaded.project
    shapes = load_shapes(loaded)
    checks = load_checks(project)
    shapes_display = ", ".join(project.display(p) for p in project.shape_files) or "shapes"
    results = shacl_results(loaded.union(), shapes, display=shapes_display) if len(shapes) else []
    for check in checks:
        results.extend(run_check(loaded, check))
    results = [_with_files(loaded, r) for r in results]
    if focus_files is not None:
        wanted = {project.display(p) for p in expand_graph_paths(focus_files)}
        results = [r for r in results if wanted.intersection(r.files)]
    return ValidationReport.of(results, shapes=shapes)
