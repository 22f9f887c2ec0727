"""What validation found: results from SHACL shapes and from SPARQL checks, one model.

Both kinds of finding are :class:`ValidationResult` with the fields of a SHACL
``sh:ValidationResult``, plus the files that describe the focus node, so a curator knows
which Turtle file to open.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from rdflib import Graph, URIRef
from rdflib.term import Node

from dockg.namespaces import SH
from dockg.terms import term_sort_key

if TYPE_CHECKING:
    from dockg.validation.coverage import Coverage


class Severity(Enum):
    """SHACL severities, most severe first."""

    VIOLATION = SH.Violation
    WARNING = SH.Warning
    INFO = SH.Info

    @property
    def label(self) -> str:
        """``Violation``, ``Warning`` or ``Info``."""
        return str(self.value).rsplit("#", 1)[-1]

    @property
    def rank(self) -> int:
        """0 for the most severe, for sorting."""
        return list(Severity).index(self)

    @classmethod
    def from_label(cls, label: str) -> Severity:
        """Parse a severity as a check header writes it.

        Args:
            label: ``Violation``, ``Warning`` or ``Info``, in any case.

        Returns:
            The severity.

        Raises:
            ValueError: for any other text.
        """
        for severity in cls:
            if severity.label.lower() == label.strip().lower():
                return severity
        raise ValueError(f"unknown severity {label!r} (Violation, Warning or Info)")


@dataclass(frozen=True)
class ValidationResult:
    """One thing wrong (or worth knowing) about one node.

    Attributes:
        focus: the node the result is about.
        path: the property (or SHACL property path) concerned, if any.
        value: the offending value, if any.
        message: what is wrong, for a researcher.
        severity: Violation, Warning or Info.
        component: the SHACL constraint component (``sh:MinCountConstraintComponent``),
            or ``dockg:check/<stem>`` for a SPARQL check.
        shape: the source shape, or the check's IRI.
        files: the files, relative to the project, in which the focus node is a subject.
        path_label: ``path`` in SHACL path notation (``^schema:director``, ``(a / b)``).
        path_triples: the triples of a blank-node path, to write it back out.
    """

    focus: Node
    path: Node | None
    value: Node | None
    message: str
    severity: Severity
    component: URIRef
    shape: Node | None
    files: tuple[str, ...] = ()
    path_label: str = ""
    path_triples: tuple[tuple[Node, Node, Node], ...] = field(default=(), repr=False)

    def sort_key(self) -> tuple:
        """Most severe first, then by file, focus node, path, component, value, message."""
        return (
            self.severity.rank,
            self.files,
            term_sort_key(self.focus),
            self.path_label,
            str(self.component),
            term_sort_key(self.value),
            self.message,
        )


@dataclass(frozen=True)
class ValidationReport:
    """The results of validating a dataset, sorted.

    Attributes:
        results: every result, most severe first (see :meth:`ValidationResult.sort_key`).
        shapes: the shapes graph used, for readers that want to look shapes up.
        coverage: what was checked, if it was measured (``dockg validate`` measures it).
    """

    results: tuple[ValidationResult, ...]
    shapes: Graph = field(default_factory=Graph, repr=False, compare=False)
    coverage: Coverage | None = field(default=None, repr=False, compare=False)

    @classmethod
    def of(
        cls,
        results: Sequence[ValidationResult],
        *,
        shapes: Graph | None = None,
        coverage: Coverage | None = None,
    ) -> ValidationReport:
        """Build a report.

        Args:
            results: the results, in any order, possibly repeated.
            shapes: the shapes graph used.
            coverage: what was checked, if measured.

        Returns:
            The report, results de-duplicated and sorted.
        """
        unique = sorted(set(results), key=ValidationResult.sort_key)
        return cls(
            results=tuple(unique),
            shapes=shapes if shapes is not None else Graph(),
            coverage=coverage,
        )

    @property
    def checked_nothing(self) -> bool:
        """True when coverage was measured and no node matched any shape."""
        return self.coverage is not None and self.coverage.checked == 0

    @property
    def conforms(self) -> bool:
        """True when no result is a violation and, if measured, something was checked.

        Warnings and infos do not count; a run that checked nothing does not conform.
        """
        if self.checked_nothing:
            return False
        return all(r.severity is not Severity.VIOLATION for r in self.results)

    def counts(self) -> dict[Severity, int]:
        """Number of results of each severity (all severities present, maybe as 0)."""
        counted = Counter(r.severity for r in self.results)
        return {s: counted.get(s, 0) for s in Severity}

    def summary(self) -> str:
        """One line, e.g. ``2 violations, 1 warning, 0 infos``."""
        parts = []
        for severity, n in self.counts().items():
            noun = severity.label.lower()
            parts.append(f"{n} {noun}{'' if n == 1 else 's'}")
        return ", ".join(parts)
