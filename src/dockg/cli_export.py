"""``dockg export``: the graph in an RDF format, or a projection of it as a graph file."""

from __future__ import annotations

from pathlib import Path

import click

from dockg.cli_explore import export_projection, projection_option
from dockg.cli_support import open_for_reading, project_of, store_option
from dockg.errors import UsageError
from dockg.explore.graph_export import GraphFormat
from dockg.export import ExportFormat, HttpSchemaView, export_native, is_native, serialize
from dockg.export import export as export_to_file
from dockg.loading import LoadedDataset, load_dataset
from dockg.store.base import Store
from dockg.store.open import StoreKind


@click.command()
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
    "--raw", is_flag=True, help="Leave out the materialized schema.org view (project files)."
)
@click.option(
    "--schema-http",
    is_flag=True,
    help="Write schema.org terms as http://schema.org/ (what schema.org's own JSON-LD "
    "context uses) instead of https.",
)
@click.option(
    "--preferred",
    is_flag=True,
    help="One value per fact: a contested single-valued fact keeps only the value a "
    "claim marks dockg:isPreferred, or none if no curator ranked it (project files).",
)
@projection_option(default=None)
@store_option
@click.pass_context
def export(
    ctx: click.Context,
    fmt: str | None,
    output: Path | None,
    raw: bool,
    schema_http: bool,
    preferred: bool,
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
    if preferred and store_spec not in (StoreKind.MEMORY, StoreKind.OXIGRAPH):
        raise UsageError(
            "--preferred reads the project files: use it with --store oxigraph (the "
            "default) or memory"
        )
    source: LoadedDataset | Store
    if preferred:
        source = preferred_view(ctx, raw=raw)
    else:
        source = load_dataset(project_of(ctx)) if raw else open_for_reading(ctx, store_spec)
    if output is None and is_native(source):  # a loaded store: streamed by Oxigraph
        stdout = click.get_binary_stream("stdout")  # type: ignore[operator]
        export_native(source, fmt=chosen, output=stdout, http_schema=schema_http)  # type: ignore[arg-type]
    elif output is None:
        view = HttpSchemaView(source) if schema_http else source
        click.echo(serialize(view, fmt=chosen), nl=False)  # type: ignore[arg-type]
    else:
        export_to_file(source, fmt=chosen, output=output, http_schema=schema_http)


def preferred_view(ctx: click.Context, *, raw: bool) -> LoadedDataset:
    """The project with one value per contested fact (:func:`dockg.preferred.prefer`);
    the facts left without a value are listed on standard error."""
    from dockg.materialize import materialize
    from dockg.preferred import prefer
    from dockg.terms import display_term

    loaded = load_dataset(project_of(ctx))
    if not raw:
        materialize(loaded)
    view = prefer(loaded)
    for conflict in view.unsettled:
        click.echo(
            f"dockg: no preferred value of {display_term(conflict.predicate)} for "
            f"{display_term(conflict.subject)}: left out "
            f"({len(conflict.values)} values, none ranked; mark one dockg:isPreferred)",
            err=True,
        )
    return loaded
