"""Whole-graph checks: ``ontology/checks/*-violation.rq`` SPARQL queries.

Some rules span records in a way SHACL expresses badly (a director born after the film
was made). Each such rule is a SELECT query whose rows are the problems: an empty result
means the check passes. Besides the usual query header, a check declares
``# severity: Violation|Warning|Info``. Columns: ``?focus`` (required), ``?path``,
``?value`` and ``?message`` (optional).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from rdflib import Namespace, URIRef
from rdflib.term import Node

from dockg.errors import InputError
from dockg.loading import LoadedDataset
from dockg.namespaces import DOCKG
from dockg.project import Project
from dockg.queries import QuerySpec, load_query, run_query
from dockg.terms import display_term
from dockg.validation.report import Severity, ValidationResult

#: Checks are named ``dockg:check/<file stem>``; they are not ontology terms, so they live
#: outside the closed ``DOCKG`` namespace, under its IRI.
CHECK = Namespace(f"{DOCKG._NS}check/")


@dataclass(frozen=True)
class Check:
    """One whole-graph check.

    Attributes:
        iri: ``dockg:check/<file stem>``, reported as the constraint component.
        severity: the severity of every row it returns.
        spec: the query.
    """

    iri: URIRef
    severity: Severity
    spec: QuerySpec


def load_check(path: Path, *, display: str) -> Check:
    """Read one check file.

    Args:
        path: a ``*-violation.rq`` file.
        display: how messages name it.

    Returns:
        The check.

    Raises:
        InputError: if the query does not parse, has a bad or missing severity, or does
            not select ``?focus``.
    """
    spec = load_query(path, display=display)
    try:
        severity = Severity.from_label(spec.header.get("severity", "Violation"))
    except ValueError as error:
        raise InputError(f"{display}: # severity: {error}") from error
    if "focus" not in spec.variables:
        raise InputError(f"{display}: a check must select ?focus, the node that is wrong")
    return Check(iri=CHECK[path.stem], severity=severity, spec=spec)


def load_checks(project: Project) -> list[Check]:
    """Load every check of the project, sorted by file name.

    Args:
        project: the project whose ``ontology/checks/*-violation.rq`` are read.

    Returns:
        The checks.

    Raises:
        InputError: if a check file is malformed.
    """
    return [load_check(p, display=project.display(p)) for p in project.check_files]


def run_check(loaded: LoadedDataset, check: Check) -> list[ValidationResult]:
    """Run one check on the dataset and turn its rows into results.

    Args:
        loaded: the dataset (normally materialized).
        check: the check.

    Returns:
        One result per row with a bound ``?focus``; ``files`` is left empty for the caller.

    Raises:
        InputError: if the query fails while running.
    """
    result = run_query(loaded, check.spec)
    rows = (dict(zip(result.variables, row, strict=True)) for row in result.rows)
    return [r for r in (result_of_row(check, cells) for cells in rows) if r is not None]


def result_of_row(check: Check, cells: Mapping[str, Node | None]) -> ValidationResult | None:
    """Turn one row of a check into a result.

    Args:
        check: the check.
        cells: variable name → value (``focus``, and optionally ``path``, ``value``,
            ``message``).

    Returns:
        The result (``files`` left empty), or ``None`` if ``?focus`` is unbound.
    """
    focus, path, message = cells.get("focus"), cells.get("path"), cells.get("message")
    if focus is None:
        return None
    return ValidationResult(
        focus=focus,
        path=path,
        value=cells.get("value"),
        message=str(message) if message is not None else check.spec.title,
        severity=check.severity,
        component=check.iri,
        shape=check.iri,
        path_label=display_term(path),
    )
