"""What every ``dockg`` command module shares: the error-reporting group, the project and
the loaded graph of the current invocation, and enum-backed choices.

Command modules (``cli.py`` and ``cli_*.py``) stay thin: they parse options, call one
library function and print its result.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Any

import click

from dockg.errors import DockgError, ExitCode
from dockg.loading import LoadedDataset, load_dataset
from dockg.materialize import materialize
from dockg.project import Project


class DockgGroup(click.Group):
    """Report :class:`DockgError` as a message and an exit code, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DockgError as error:
            prefix = "" if error.exit_code is ExitCode.VIOLATIONS else "dockg: error: "
            click.echo(f"{prefix}{error.message}", err=True)
            ctx.exit(error.exit_code)


def project_of(ctx: click.Context) -> Project:
    """The project named by the top-level ``--project`` option."""
    return Project.open(ctx.find_root().obj)


def load_for_reading(ctx: click.Context, *, extra_files: tuple[Path, ...] = ()) -> LoadedDataset:
    """Load the project with the schema.org view, as every reading command sees it."""
    loaded = load_dataset(project_of(ctx), extra_files=extra_files)
    materialize(loaded)
    return loaded


def enum_choice(enum: type[StrEnum]) -> click.Choice:
    """A click choice over the values of a string enum."""
    return click.Choice([member.value for member in enum])
