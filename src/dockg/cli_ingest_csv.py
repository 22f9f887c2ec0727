"""``dockg ingest csv``: import a spreadsheet through a declarative mapping.

Registered on the ``ingest`` group of :mod:`dockg.cli_ingest`.
"""

from __future__ import annotations

from pathlib import Path

import click

from dockg.cli_support import echo_import, project_for_writing, project_of
from dockg.ingest.csv_import import import_csv

_FILE = click.Path(exists=True, dir_okay=False, path_type=Path)


@click.command("csv")
@click.argument("file", type=_FILE)
@click.option(
    "--mapping",
    "mapping_path",
    type=_FILE,
    required=True,
    help="The TOML mapping from columns to properties (e.g. data/mappings/*.toml).",
)
@click.option("--dry-run", is_flag=True, help="Show what would be imported; write nothing.")
@click.option("--strict", is_flag=True, help="Import nothing if any row is malformed.")
@click.pass_context
def ingest_csv(
    ctx: click.Context, file: Path, mapping_path: Path, dry_run: bool, strict: bool
) -> None:
    """Import the rows of a CSV FILE as one source graph under data/imported/."""
    project = project_of(ctx) if dry_run else project_for_writing(ctx, doing="dockg ingest csv")
    summary = import_csv(project, file, mapping_path, dry_run=dry_run, strict=strict)
    echo_import(summary, dry_run=dry_run)
