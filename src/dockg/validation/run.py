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

from rdflib import URIRef

from dockg.loading import LoadedDataset, expand_graph_paths
from dockg.project import Project
from dockg.store.base import Store, is_memory_store
from dockg.store.oxigraph import OxigraphStore
from dockg.store.sources import loaded_from_store, reading
from dockg.validation.coverage import measure, no_source_declared, nothing_checked
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
    store: Store,
    project: Project,
    *,
    focus_files: Iterable[Path] | None = None,
    coverage: bool = False,
) -> ValidationReport:
    """Validate what a store holds against the project's shapes and checks.

    An :class:`OxigraphStore` is validated in place; any other store is copied into an
    in-memory one first (a remote store is read whole). Files loaded without a source
    declaration get a provenance violation each (:func:`coverage.no_source_declared`).

    Args:
        store: the store.
        project: the project with the shapes and checks.
        focus_files: if given, keep only results about nodes described in these files.
        coverage: measure what was checked (:mod:`dockg.validation.coverage`); a run
            that checked nothing then gets a warning and does not conform.

    Returns:
        The report.

    Raises:
        InputError: if the shapes or checks cannot be read or used.
    """
    if not isinstance(store, OxigraphStore):
        copied = store.loaded if is_memory_store(store) else None  # type: ignore[attr-defined]
        store = OxigraphStore.from_loaded(copied or loaded_from_store(store, project))
    _, files = reading(store)
    validator = compile_for(store.native, project)
    found = validate_native(store.native, validator, terms=store.terms)
    results = report_of(found, validator, store.native, files).results
    results += tuple(no_source_declared(g, shown) for g, shown in store.undeclared.items())
    wanted = None
    if focus_files is not None:
        wanted = {project.display(p) for p in expand_graph_paths(focus_files)}
        results = tuple(r for r in results if wanted.intersection(r.files))
    measured = None
    if coverage:
        graphs = None if wanted is None else [g for g, shown in files.items() if shown in wanted]
        measured = measure(
            store.native,
            validator.shapes,
            validator.subclasses,
            graphs=graphs,
            http_schema_terms=store.http_schema_terms,
        )
        if measured.checked == 0:
            about = graphs[0] if graphs else URIRef(project.root.as_uri())
            shown = tuple(sorted(wanted)) if wanted else ()
            results += (nothing_checked(measured, about, shown),)
    return ValidationReport.of(results, shapes=validator.shapes, coverage=measured)
