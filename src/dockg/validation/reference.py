"""The reference validator: pySHACL on an rdflib graph, checks with rdflib's SPARQL.

dockg validates with compiled SPARQL on Oxigraph (:mod:`dockg.validation.engine`); this
module is what it is checked against (differential tests, ``dockg bench``) and what
validates the few shapes the compiler does not translate (:attr:`CompiledShapes.fallback`).

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
from rdflib import Graph

from dockg.errors import InputError
from dockg.loading import LoadedDataset, expand_graph_paths, quiet_ill_typed_literals
from dockg.namespaces import SH
from dockg.validation.checks import load_checks, run_check
from dockg.validation.report import ValidationReport, ValidationResult
from dockg.validation.shapes import (
    bnode_closure,
    load_shapes,
    message_of,
    path_label,
    severity_of,
)


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
                    message=message_of(report_graph, node),
                    severity=severity_of(severity),
                    component=component,  # type: ignore[arg-type]
                    shape=report_graph.value(node, SH.sourceShape),
                    path_label=path_label(report_graph, path),
                    path_triples=bnode_closure(report_graph, path),
                )
            )
    return results


def _with_files(loaded: LoadedDataset, result: ValidationResult) -> ValidationResult:
    files = tuple(loaded.project.display(p) for p in loaded.files_describing(result.focus))
    return replace(result, files=files)


def reference_validate(
    loaded: LoadedDataset, *, focus_files: Iterable[Path] | None = None
) -> ValidationReport:
    """Validate a dataset the plain way: pySHACL on rdflib, checks with rdflib's SPARQL.

    dockg itself validates with :func:`dockg.validation.run.validate`; this is the
    reference that tests and ``dockg bench`` compare it with.

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
