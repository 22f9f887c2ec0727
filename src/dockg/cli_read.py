"""``dockg query``, ``conflicts`` and ``stats``: read the graph and print a result."""

from __future__ import annotations

import click
from rdflib import URIRef

from dockg.cli_support import (
    enum_choice,
    open_for_reading,
    project_of,
    reading_project,
    store_option,
)
from dockg.conflicts import ConflictFormat, find_conflicts, format_conflicts
from dockg.errors import UsageError
from dockg.params import parse_assignments
from dockg.queries import ResultFormat, catalogue, find_query, format_catalogue, format_result
from dockg.queries import run_query as run_catalogue_query
from dockg.stats import compute_stats, format_stats


@click.command()
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
@click.option(
    "--wide",
    is_flag=True,
    help="Table: every column whole, entities as compact IRIs (default: names, 120 columns).",
)
@store_option
@click.pass_context
def query(
    ctx: click.Context,
    name: str | None,
    params: tuple[str, ...],
    fmt: str,
    list_queries: bool,
    wide: bool,
    store_spec: str,
) -> None:
    """Run a catalogue query (NAME) or a .rq file, or list the catalogue.

    Any query form: SELECT prints rows (table, csv, tsv, json), ASK prints true or false
    (exit 0 either way), CONSTRUCT and DESCRIBE print RDF (turtle, ntriples, jsonld).
    An entity parameter takes a name in any written form, an IRI or a compact IRI.
    The table shows names and readable values in 120 columns (--wide: everything);
    csv, tsv and json keep the data's own terms.
    With --store oxigraph:PATH or sparql:URL it runs outside a project folder.
    """
    if list_queries:
        click.echo(format_catalogue(catalogue(project_of(ctx))), nl=False)
        return
    if name is None:
        raise UsageError("give a query name or a .rq file, or --list for the catalogue")
    spec = find_query(reading_project(ctx, store_spec), name)
    values = parse_assignments(params)
    store = open_for_reading(ctx, store_spec)
    result = run_catalogue_query(store, spec, params=values)
    if ResultFormat(fmt) is ResultFormat.TABLE and result.variables:
        from dockg.result_table import readable_table, result_labels

        labels = {} if wide else result_labels(store, result)
        click.echo(readable_table(result, labels=labels, wide=wide), nl=False)
        return
    click.echo(format_result(result, fmt=ResultFormat(fmt)), nl=False)


@click.command()
@click.option(
    "--format",
    "fmt",
    type=enum_choice(ConflictFormat),
    default="text",
    show_default=True,
    help="text: for reading, by fact; table: one row per value, cells whole; json.",
)
@store_option
@click.pass_context
def conflicts(ctx: click.Context, fmt: str, store_spec: str) -> None:
    """List single-valued properties with competing values, with sources and evidence."""
    store = open_for_reading(ctx, store_spec)
    found = find_conflicts(store)
    labels = None
    if ConflictFormat(fmt) is ConflictFormat.TEXT:
        from dockg.result_table import labels_of

        terms = [(c.subject, c.predicate, *(v.value for v in c.values)) for c in found]
        labels = labels_of(store, (t for row in terms for t in row if isinstance(t, URIRef)))
    click.echo(format_conflicts(found, fmt=ConflictFormat(fmt), labels=labels), nl=False)


@click.command()
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
