"""``dockg validate`` on any store: compiled on Oxigraph, pySHACL on an rdflib copy else."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from dockg.loading import expand_graph_paths
from dockg.project import Project
from dockg.report import ValidationReport
from dockg.shacl.engine import compile_for, report_of, validate_native
from dockg.store.base import Store
from dockg.store.oxigraph import OxigraphStore
from dockg.store.sources import loaded_from_store, reading
from dockg.validation import validate


def validate_on_store(
    store: Store, project: Project, *, focus_files: Iterable[Path] | None = None
) -> ValidationReport:
    """Validate what a store holds against the project's shapes and checks.

    On an :class:`OxigraphStore` the shapes run as compiled SPARQL queries in the store
    (:mod:`dockg.shacl.engine`); on other stores the data is copied into rdflib and
    validated with pySHACL (:func:`dockg.validation.validate`). Both give the same report.

    Args:
        store: the store.
        project: the project with the shapes and checks.
        focus_files: if given, keep only results about nodes described in these files.

    Returns:
        The report.

    Raises:
        InputError: if the shapes or checks cannot be read or used.
    """
    if not isinstance(store, OxigraphStore):
        return validate(loaded_from_store(store, project), focus_files=focus_files)
    _, files = reading(store)
    validator = compile_for(store.native, project)
    report = report_of(validate_native(store.native, validator), validator, store.native, files)
    if focus_files is None:
        return report
    wanted = {project.display(p) for p in expand_graph_paths(focus_files)}
    kept = [r for r in report.results if wanted.intersection(r.files)]
    return ValidationReport.of(kept, shapes=report.shapes)
