"""``dockg build`` and ``dockg validate``: the commands that run the shapes and checks."""

from __future__ import annotations

from pathlib import Path

import click

from dockg.build import REPORT_OUTPUT
from dockg.build import build as build_project
from dockg.cli_support import (
    enum_choice,
    open_for_reading,
    project_for_writing,
    project_of,
    store_option,
)
from dockg.errors import ExitCode
from dockg.stats import format_stats
from dockg.validation.output import ReportFormat, format_report
from dockg.validation.run import validate_on_store


@click.command()
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Output directory (default: build/ in the project).",
)
@click.pass_context
def build(ctx: click.Context, out: Path | None) -> None:
    """Load, materialize and validate; write build/ only if there is no violation."""
    result = build_project(project_for_writing(ctx, doing="dockg build"), out_dir=out)
    click.echo(format_stats(result.stats))
    details = f" (see {result.out_dir / REPORT_OUTPUT})" if result.report.results else ""
    click.echo(f"validation: {result.report.summary()}{details}")
    names = ", ".join(p.name for p in result.files)
    click.echo(f"wrote {names} to {result.out_dir}")


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=enum_choice(ReportFormat), default="table", show_default=True)
@store_option
@click.pass_context
def validate(ctx: click.Context, paths: tuple[Path, ...], fmt: str, store_spec: str) -> None:
    """Validate against the shapes and checks; exit 1 on any violation.

    PATHS are RDF files in any syntax (Turtle, N-Triples, N-Quads, TriG, JSON-LD,
    RDF/XML; .gz too) or directories, loaded with the project; when given, only results
    about nodes described in them are reported. A file need not declare its source graph:
    it is then validated as its own graph, with a violation that says how to declare it.
    """
    store = open_for_reading(ctx, store_spec, extra_files=paths)
    report = validate_on_store(store, project_of(ctx), focus_files=paths or None, coverage=True)
    click.echo(format_report(report, fmt=ReportFormat(fmt)), nl=False)
    ctx.exit(ExitCode.OK if report.conforms else ExitCode.VIOLATIONS)
