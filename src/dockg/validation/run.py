"""Validating a project, a loaded dataset or any store: one engine for all.

Every path validates with the project's shapes compiled to SPARQL and run in an
Oxigraph store (:mod:`dockg.validation.engine`), with the project's whole-graph checks
run there too: a loaded dataset or a store of another kind is first copied into an
in-memory Oxigraph store. pySHACL (:mod:`dockg.validation.reference`) is the reference
the engine is tested against, and validates only shapes the compiler does not translate.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from dockg.loading import LoadedDataset, expand_graph_paths
from dockg.project import Project
from dockg.store.base import Store
from dockg.store.memory import MemoryStore
from dockg.store.oxigraph import OxigraphStore
from dockg.store.sources import loaded_from_store, reading
from dockg.validation.engine import compile_for, report_of, validate_native
from dockg.validation.report import ValidationReport


def validate(
    loaded: LoadedDataset, *, focus_files: Iterable[Path] | None = None
) -> ValidationReport:
    """Validate a loaded dataset against its project's shapes and checks.

    Args:
        loaded: the dataset, normally after :func:`dockg.materialize.materialize`.
        focus_files: if given, keep only results whose focus node is described (is a
            subject) in one of these files.

    Returns:
        The report; ``report.conforms`` is false when any result is a violation.

    Raises:
        InputError: if the shapes or checks cannot be read or used.
    """
    store = OxigraphStore.from_loaded(loaded)
    return validate_on_store(store, loaded.project, focus_files=focus_files)


def validate_on_store(
    store: Store, project: Project, *, focus_files: Iterable[Path] | None = None
) -> ValidationReport:
    """Validate what a store holds against the project's shapes and checks.

    An :class:`OxigraphStore` is validated in place; any other store is copied into an
    in-memory one first (a remote store is read whole).

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
        loaded = (
            store.loaded if isinstance(store, MemoryStore) else loaded_from_store(store, project)
        )
        store = OxigraphStore.from_loaded(loaded)
    _, files = reading(store)
    validator = compile_for(store.native, project)
    results = validate_native(store.native, validator, terms=store.terms)
    report = report_of(results, validator, store.native, files)
    if focus_files is None:
        return report
    wanted = {project.display(p) for p in expand_graph_paths(focus_files)}
    kept = [r for r in report.results if wanted.intersection(r.files)]
    return ValidationReport.of(kept, shapes=report.shapes)
