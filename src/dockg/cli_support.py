"""What every ``dockg`` command module shares: the project and the loaded graph of the
current invocation, the ``--store`` option and enum-backed choices (the error-reporting
group is in :mod:`dockg.cli_group`).

Command modules (``cli.py`` and ``cli_*.py``) stay thin: they parse options, call one
library function and print its result.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from dockg.atomic import remove_leftovers
from dockg.errors import ProjectError
from dockg.loading import LoadedDataset, load_dataset
from dockg.locking import project_lock
from dockg.materialize import materialize
from dockg.project import Project
from dockg.store.base import Store
from dockg.store.open import DEFAULT_STORE, StoreKind, StoreSpec, open_store

if TYPE_CHECKING:
    from dockg.ingest.output import ImportSummary


def project_of(ctx: click.Context) -> Project:
    """The project named by the top-level ``--project`` option."""
    return Project.open(ctx.find_root().obj)


def project_for_writing(ctx: click.Context, *, doing: str) -> Project:
    """The project, locked against other writing runs until this command ends.

    Temporary files that killed runs left in ``data/`` are removed once the lock is held.

    Args:
        ctx: the command's context (the lock is released when it closes).
        doing: the command, for the message another run gets, e.g. ``"dockg build"``.

    Raises:
        Busy: if another import, build or load holds the project.
    """
    project = project_of(ctx)
    ctx.with_resource(project_lock(project.root, doing=doing))
    remove_leftovers(project.data_dir)
    return project


def load_for_reading(ctx: click.Context, *, extra_files: tuple[Path, ...] = ()) -> LoadedDataset:
    """Load the project with the schema.org view, as every reading command sees it."""
    loaded = load_dataset(project_of(ctx), extra_files=extra_files)
    materialize(loaded)
    return loaded


def store_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add ``--store SPEC`` (or ``DOCKG_STORE``): where a reading command gets the graph."""
    return click.option(
        "--store",
        "store_spec",
        default=DEFAULT_STORE,
        envvar="DOCKG_STORE",
        show_default=True,
        metavar="SPEC",
        help="Where to read the graph: oxigraph (parse the project into Oxigraph in "
        "memory), memory (parse it into rdflib), oxigraph:PATH (loaded by `dockg load`), "
        "or sparql:QUERY_URL[,UPDATE_URL]. Env: DOCKG_STORE.",
    )(command)


def reading_project(ctx: click.Context, store_spec: str) -> Project:
    """The project, or a bare folder where ``--store`` names a loaded or remote store.

    Raises:
        ProjectError: if there is no project and the store is read from one.
    """
    try:
        return project_of(ctx)
    except ProjectError:
        spec = StoreSpec.parse(store_spec)
        if spec.kind is StoreKind.SPARQL or spec.path is not None:
            return Project.bare(ctx.find_root().obj)
        raise


def open_for_reading(
    ctx: click.Context, store_spec: str, *, extra_files: tuple[Path, ...] = ()
) -> Store:
    """Open the store named by ``--store``, with the schema.org view; closed at exit.

    A loaded or remote store can be read outside a project folder.
    """
    project = reading_project(ctx, store_spec)
    store = open_store(store_spec, project, extra_files=extra_files, cached=True)
    ctx.call_on_close(store.close)
    return store


def enum_choice(enum: type[StrEnum]) -> click.Choice:
    """A click choice over the values of a string enum."""
    return click.Choice([member.value for member in enum])


def echo_import(summary: ImportSummary, *, dry_run: bool) -> None:
    """Print an import's summary, and on a dry run the Turtle it would have written."""
    from dockg.ingest.output import format_summary

    click.echo(format_summary(summary), nl=False)
    if dry_run:
        click.echo()
        click.echo(summary.turtle, nl=False)
