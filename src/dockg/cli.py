"""The ``dockg`` command: a thin layer over the library, one function call per command.

Exit codes: 0 success (or the graph conforms), 1 validation found violations, 2 the
command could not run (bad input file, unknown query, bad parameter), 3 unknown entity,
4 ambiguous entity, 5 no path within the limit, 6 empty projection, 7 unwritable output.
"""

from __future__ import annotations

from pathlib import Path

import click

from dockg import __version__
from dockg.build import REPORT_OUTPUT
from dockg.build import build as build_project
from dockg.cli_explore import export_projection, projection_option
from dockg.cli_support import (
    DockgGroup,
    enum_choice,
    open_for_reading,
    project_of,
    reading_project,
    store_option,
)
from dockg.conflicts import ConflictFormat, find_conflicts, format_conflicts
from dockg.errors import ExitCode, UsageError
from dockg.explore.graph_export import GraphFormat
from dockg.export import ExportFormat, serialize
from dockg.export import export as export_to_file
from dockg.loading import load_dataset
from dockg.params import parse_assignments
from dockg.queries import ResultFormat, catalogue, find_query, format_catalogue, format_result
from dockg.queries import run_query as run_catalogue_query
from dockg.stats import compute_stats, format_stats
from dockg.store.open import StoreKind
from dockg.validation.output import ReportFormat, format_report
from dockg.validation.run import validate_on_store


@click.group(cls=DockgGroup)
@click.option(
    "--project",
    "project_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="The project directory (with ontology/, data/, queries/).",
)
@click.version_option(__version__, prog_name="dockg")
@click.pass_context
def cli(ctx: click.Context, project_dir: Path) -> None:
    """dockg: a knowledge graph of documentary films, festivals and histories."""
    ctx.obj = project_dir


@cli.command()
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Output directory (default: build/ in the project).",
)
@click.pass_context
def build(ctx: click.Context, out: Path | None) -> None:
    """Load, materialize and validate; write build/ only if there is no violation."""
    result = build_project(project_of(ctx), out_dir=out)
    click.echo(format_stats(result.stats))
    details = f" (see {result.out_dir / REPORT_OUTPUT})" if result.report.results else ""
    click.echo(f"validation: {result.report.summary()}{details}")
    names = ", ".join(p.name for p in result.files)
    click.echo(f"wrote {names} to {result.out_dir}")


@cli.command()
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


@cli.command()
@click.argument("name", required=False)
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind a parameter declared in the query header (repeatable).",
)
@click.option("--format", "fmt", type=enum_choice(ResultFormat), default="table", show_default=True)
@click.option("--list", "list_queries", is_flag=True, help="List the query catalogue.")
@store_option
@click.pass_context
def query(
    ctx: click.Context,
    name: str | None,
    params: tuple[str, ...],
    fmt: str,
    list_queries: bool,
    store_spec: str,
) -> None:
    """Run a catalogue query (NAME) or a .rq file, or list the catalogue.

    Any query form: SELECT prints rows (table, csv, tsv, json), ASK prints true or false
    (exit 0 either way), CONSTRUCT and DESCRIBE print RDF (turtle, ntriples, jsonld).
    With --store oxigraph:PATH or sparql:URL it runs outside a project folder.
    """
    if list_queries:
        click.echo(format_catalogue(catalogue(project_of(ctx))), nl=False)
        return
    if name is None:
        raise UsageError("give a query name or a .rq file, or --list for the catalogue")
    project = reading_project(ctx, store_spec)
    spec = find_query(project, name)
    values = parse_assignments(params)
    result = run_catalogue_query(open_for_reading(ctx, store_spec), spec, params=values)
    click.echo(format_result(result, fmt=ResultFormat(fmt)), nl=False)


@cli.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice([*(f.value for f in ExportFormat), *(f.value for f in GraphFormat)]),
    help="nquads, trig and jsonld keep one named graph per source; turtle, ntriples "
    "and rdfxml write the union of all graphs; graphml, gexf and csv-edges write a "
    "projection (see --projection) for Gephi, Cytoscape or a spreadsheet. Default: from "
    "the --output extension (.ttl .nt .nq .trig .jsonld .rdf .graphml .gexf .csv), "
    "else trig.",
)
@click.option(
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file (atomically) instead of standard output.",
)
@click.option(
    "--raw", is_flag=True, help="Leave out the materialized schema.org view (memory store)."
)
@projection_option(default=None)
@store_option
@click.pass_context
def export(
    ctx: click.Context,
    fmt: str | None,
    output: Path | None,
    raw: bool,
    projection_name: str | None,
    store_spec: str,
) -> None:
    """Write the knowledge graph in an RDF format, or a projection of it as a graph."""
    graph_fmt = GraphFormat(fmt) if fmt in set(GraphFormat) else None
    if fmt is None and output is not None:
        graph_fmt = GraphFormat.for_path(output)
    if graph_fmt is not None:
        export_projection(
            ctx,
            fmt=graph_fmt,
            output=output,
            projection_name=projection_name,
            store_spec=store_spec,
        )
        return
    if projection_name is not None:
        raise UsageError("--projection applies only to --format graphml, gexf and csv-edges")
    guessed = ExportFormat.for_path(output) if output is not None else None
    chosen = ExportFormat(fmt) if fmt else guessed or ExportFormat.TRIG
    if raw and store_spec not in (StoreKind.MEMORY, StoreKind.OXIGRAPH):
        raise UsageError(
            "--raw reads the project files: use it with --store oxigraph (the default) or memory"
        )
    source = load_dataset(project_of(ctx)) if raw else open_for_reading(ctx, store_spec)
    if output is None:
        click.echo(serialize(source, fmt=chosen), nl=False)  # bytes, written as they are
    else:
        export_to_file(source, fmt=chosen, output=output)


@cli.command()
@click.option(
    "--format", "fmt", type=enum_choice(ConflictFormat), default="table", show_default=True
)
@store_option
@click.pass_context
def conflicts(ctx: click.Context, fmt: str, store_spec: str) -> None:
    """List single-valued properties with competing values, with sources and evidence."""
    found = find_conflicts(open_for_reading(ctx, store_spec))
    click.echo(format_conflicts(found, fmt=ConflictFormat(fmt)), nl=False)


@cli.command()
@store_option
@click.pass_context
def stats(ctx: click.Context, store_spec: str) -> None:
    """Count instances per class and triples per source graph."""
    store = open_for_reading(ctx, store_spec)
    click.echo(format_stats(compute_stats(store)), nl=False)
    manifest = getattr(store, "manifest", None)
    if manifest is not None and manifest.dump is not None:
        dump = manifest.dump
        click.echo(f"loaded from a dump: {dump.path} (sha256 {dump.sha256[:16]}…)")


# Commands of other concerns live in their own modules (cli_*.py) and are added here.
from dockg.cli_serve import serve  # noqa: E402

cli.add_command(serve)

from dockg.cli_ingest import ingest  # noqa: E402
from dockg.cli_resolve import resolve  # noqa: E402

cli.add_command(ingest)
cli.add_command(resolve)
from dockg.cli_explore import measures, neighbours, path, timeline  # noqa: E402

cli.add_command(path)
cli.add_command(neighbours)
cli.add_command(timeline)
cli.add_command(measures)

from dockg.cli_scale import bench, synth  # noqa: E402

cli.add_command(synth)
cli.add_command(bench)

from dockg.cli_store import load, push  # noqa: E402

cli.add_command(load)
cli.add_command(push)


def main() -> None:
    """Entry point of the ``dockg`` script."""
    cli(prog_name="dockg")
