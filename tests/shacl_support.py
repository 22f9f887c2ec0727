"""Comparing validation results from pySHACL and from the compiled engine, field by field.

Results are compared on focus node, path, value (by value: Oxigraph writes ``"PT95M"`` as
``"PT1H35M"``), constraint component, severity, source shape and message.
"""

from __future__ import annotations

from rdflib import Literal

from dockg.validation.report import ValidationReport, ValidationResult


def key(result: ValidationResult) -> tuple:
    """Every field of a result that both engines must give alike."""
    value = result.value
    if isinstance(value, Literal):
        lang = value.language.lower() if value.language else None
        plain = str(value) if value.ill_typed else value.toPython()
        value = (value.datatype, lang, plain)  # type: ignore[assignment]
    return (
        result.focus,
        result.path,
        value,
        result.component,
        result.severity,
        result.shape,
        result.message,
    )


def keys(results: list[ValidationResult]) -> set[tuple]:
    """The keys of the de-duplicated results."""
    return {key(r) for r in ValidationReport.of(results).results}
