"""Rendering a validation report: a plain-text table, JSON, or a SHACL report in Turtle."""

from __future__ import annotations

import json
from enum import StrEnum

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from dockg.namespaces import DCTERMS, RDF, SH
from dockg.prefixes import bind_prefixes
from dockg.tables import format_table
from dockg.terms import display_term, json_term
from dockg.validation.report import ValidationReport, ValidationResult


class ReportFormat(StrEnum):
    """Output formats of ``dockg validate``."""

    TABLE = "table"
    JSON = "json"
    TURTLE = "turtle"


def format_report_table(report: ValidationReport) -> str:
    """Render the report as an aligned table with a closing summary line.

    Args:
        report: the report.

    Returns:
        Columns focus, path, value, message, severity, source shape (``shape:Film-colour``)
        and file; IRIs compacted.
    """
    rows = [
        [
            display_term(r.focus),
            r.path_label,
            display_term(r.value),
            r.message,
            r.severity.label,
            display_term(r.shape),
            ", ".join(r.files),
        ]
        for r in report.results
    ]
    summary = coverage_text(report) + f"{verdict(report)}: {report.summary()}\n"
    if not rows:
        return summary
    headers = ["focus", "path", "value", "message", "severity", "shape", "file"]
    return format_table(headers, rows) + "\n" + summary


def verdict(report: ValidationReport) -> str:
    """``conforms``, ``does not conform``, or ``checked nothing``."""
    if report.checked_nothing:
        return "checked nothing"
    return "conforms" if report.conforms else "does not conform"


def _shape_name(shape: Node) -> str:
    """A shape's local name (``FilmShape``), its shapes namespace being the project's."""
    text = str(shape)
    return text.rsplit("#", 1)[1] if isinstance(shape, URIRef) and "#" in text else text


def coverage_text(report: ValidationReport) -> str:
    """The coverage section of the table (empty when coverage was not measured).

    Args:
        report: the report.

    Returns:
        Nodes checked per node shape, and how many schema.org terms were read from http.
    """
    coverage = report.coverage
    if coverage is None:
        return ""
    matched = [s for s in coverage.shapes if s.checked]
    lines = [
        f"coverage: {coverage.checked:,} focus nodes checked by {len(matched)} of "
        f"{len(coverage.shapes)} node shapes"
    ]
    if matched:
        rows = [[_shape_name(s.shape), s.described, f"{s.checked:,}"] for s in matched]
        table = format_table(["shape", "targets", "nodes"], rows)
        lines.extend("  " + line for line in table.splitlines())
    if coverage.http_schema_terms:
        lines.append(
            f"{coverage.http_schema_terms:,} terms read from http://schema.org/ "
            "as https://schema.org/"
        )
    return "\n".join(lines) + "\n"


def _json_result(result: ValidationResult) -> dict[str, object]:
    return {
        "focus": json_term(result.focus),
        "path": str(result.path) if isinstance(result.path, URIRef) else result.path_label or None,
        "value": json_term(result.value),
        "message": result.message,
        "severity": result.severity.label,
        "component": str(result.component),
        "shape": json_term(result.shape),
        "files": list(result.files),
    }


def format_report_json(report: ValidationReport) -> str:
    """Render the report as JSON.

    Args:
        report: the report.

    Returns:
        An object with ``conforms``, ``counts`` per severity and the ``results``.
    """
    data: dict[str, object] = {
        "conforms": report.conforms,
        "counts": {s.label: n for s, n in report.counts().items()},
        "results": [_json_result(r) for r in report.results],
    }
    if report.coverage is not None:
        data["coverage"] = {
            "checked": report.coverage.checked,
            "shapes": [
                {
                    "shape": json_term(s.shape),
                    "targets": [str(t) for t in s.targets],
                    "nodes": s.checked,
                }
                for s in report.coverage.shapes
            ],
            "httpSchemaTerms": report.coverage.http_schema_terms,
        }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def report_graph(report: ValidationReport) -> Graph:
    """Express the report as a SHACL ``sh:ValidationReport`` graph.

    Args:
        report: the report.

    Returns:
        The graph; the files describing each focus node are ``dcterms:source`` literals.
    """
    graph = Graph()
    bind_prefixes(graph)
    root = BNode()
    graph.add((root, RDF.type, SH.ValidationReport))
    graph.add((root, SH.conforms, Literal(report.conforms)))
    for result in report.results:
        node = BNode()
        graph.add((root, SH.result, node))
        graph.add((node, RDF.type, SH.ValidationResult))
        graph.add((node, SH.focusNode, result.focus))
        graph.add((node, SH.resultSeverity, result.severity.value))
        graph.add((node, SH.sourceConstraintComponent, result.component))
        graph.add((node, SH.resultMessage, Literal(result.message)))
        optional = [
            (SH.resultPath, result.path),
            (SH.value, result.value),
            (SH.sourceShape, result.shape),
        ]
        for predicate, term in optional:
            if term is not None:
                graph.add((node, predicate, term))
        for triple in result.path_triples:
            graph.add(triple)
        for file in result.files:
            graph.add((node, DCTERMS.source, Literal(file)))
    return graph


def format_report(report: ValidationReport, *, fmt: ReportFormat = ReportFormat.TABLE) -> str:
    """Render a validation report.

    Args:
        report: the report.
        fmt: table (for people), json (for tools) or turtle (a SHACL report).

    Returns:
        The text to print.
    """
    if fmt is ReportFormat.JSON:
        return format_report_json(report)
    if fmt is ReportFormat.TURTLE:
        return report_graph(report).serialize(format="turtle")
    return format_report_table(report)
