"""``dockg load`` and ``dockg push``: filling a persistent or a remote store."""

from __future__ import annotations

import os
from pathlib import Path

import click

from dockg.cli_support import project_for_writing, project_of
from dockg.errors import UsageError
from dockg.progress import progress
from dockg.store.open import StoreKind, StoreSpec, auth_from_environment
from dockg.store.oxigraph import OxigraphStore, load_directory
from dockg.store.push import DEFAULT_CHUNK, drop_graphs, stale_graphs
from dockg.store.push import push as push_graphs
from dockg.store.sparql import Auth, SparqlStore


@click.command()
@click.option(
    "--store",
    "store_spec",
    required=True,
    envvar="DOCKG_STORE",
    metavar="oxigraph:PATH",
    help="The Oxigraph directory to (re)load. Env: DOCKG_STORE.",
)
@click.option("--raw", is_flag=True, help="Leave out the materialized schema.org view.")
@click.option(
    "--from",
    "dump",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Load this dump as it is, not the project's files: N-Quads (dockg export, dockg "
    "synth), TriG, N-Triples, Turtle, JSON-LD or RDF/XML, .gz too; http://schema.org/ is "
    "read as https.",
)
@click.pass_context
def load(ctx: click.Context, store_spec: str, raw: bool, dump: Path | None) -> None:
    """Load the project into a persistent Oxigraph store, replacing what it held.

    Later commands given the same --store read it without parsing Turtle, and refuse
    (exit 8) once a graph file (or the dump given with --from) has changed, until it is
    loaded again. The project's shapes, checks and queries apply to it either way.
    """
    spec = StoreSpec.parse(store_spec)
    if spec.kind is not StoreKind.OXIGRAPH or spec.path is None:
        raise UsageError(
            f"dockg load fills an Oxigraph directory: --store oxigraph:PATH, not {store_spec}"
        )
    if dump is not None and raw:
        raise UsageError("--raw applies to the project's files; a --from dump is taken as it is")
    project = project_for_writing(ctx, doing="dockg load")
    summary = load_directory(spec.path, project, materialized=not raw, dump=dump)
    click.echo(
        f"loaded {summary.graphs} graphs, {summary.quads} quads into {spec.path} "
        f"in {summary.seconds:.1f} s"
    )
    if summary.http_schema_terms:
        click.echo(f"{summary.http_schema_terms:,} terms read from http://schema.org/ as https")


@click.command()
@click.option(
    "--store",
    "store_spec",
    required=True,
    metavar="sparql:QUERY_URL,UPDATE_URL",
    help="The remote store to upload to.",
)
@click.option("--user", help="HTTP basic auth user (or DOCKG_SPARQL_USER).")
@click.option(
    "--password",
    help="HTTP basic auth password (better: DOCKG_SPARQL_PASSWORD, kept out of shell history).",
)
@click.option("--token", help="Bearer token (or DOCKG_SPARQL_TOKEN).")
@click.option(
    "--chunk",
    type=click.IntRange(min=1),
    default=DEFAULT_CHUNK,
    show_default=True,
    help="Most triples per request; larger graphs go through a staging graph.",
)
@click.option(
    "--retries",
    type=click.IntRange(min=0),
    default=4,
    show_default=True,
    help="Attempts after a failure that may pass (no connection, timeout, HTTP 5xx).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=120.0,
    show_default=True,
    help="Seconds to wait for each answer.",
)
@click.option(
    "--prune",
    is_flag=True,
    help="Then drop the server's dockg graphs that the project no longer has.",
)
@click.pass_context
def push(
    ctx: click.Context,
    store_spec: str,
    user: str | None,
    password: str | None,
    token: str | None,
    chunk: int,
    retries: int,
    timeout: float,
    prune: bool,
) -> None:
    """Upload each source's named graph to a SPARQL store, replacing it atomically.

    The project is loaded (with the schema.org view) and every graph replaced on the
    server by one update request, or staged in chunks and moved in by one request, so
    readers never see half a graph. After a failure, run the same command again.

    Graphs pushed before whose file has left the project are listed as stale; --prune
    drops them (only graphs that declare themselves a dockg:SourceGraph, never others).
    """
    spec = StoreSpec.parse(store_spec)
    if spec.kind is not StoreKind.SPARQL or spec.query_url is None:
        raise UsageError(
            "dockg push uploads to a SPARQL store: "
            f"--store sparql:QUERY_URL,UPDATE_URL, not {store_spec}"
        )
    if spec.update_url is None:
        raise UsageError(
            f"dockg push needs an update URL: --store sparql:{spec.query_url},UPDATE_URL"
        )
    auth = auth_from_environment()
    if user or token:
        auth = Auth(
            user=user, password=password or os.environ.get("DOCKG_SPARQL_PASSWORD"), token=token
        )
    target = SparqlStore(spec.query_url, spec.update_url, auth=auth, timeout=timeout)
    local = OxigraphStore()
    local.load_project(project_of(ctx))
    total = len(local)
    with progress("pushing", total=total, unit="triple") as shown:
        summary = push_graphs(local, target, chunk=chunk, retries=retries, progress=shown.advance)
    for graph in summary.staging_dropped:
        click.echo(f"dropped {graph} (staging graph of an interrupted push)")
    retried = f", {summary.retries} retried" if summary.retries else ""
    click.echo(
        f"pushed {summary.graphs} graphs, {summary.triples} triples in {summary.requests} "
        f"requests{retried} to {spec.update_url} in {summary.seconds:.1f} s"
    )
    stale = stale_graphs(local, target)
    if prune:
        for graph in drop_graphs(target, stale):
            click.echo(f"dropped {graph}")
    elif stale:
        click.echo(
            f"{len(stale)} stale graphs on the server (not in the project; --prune drops them):"
        )
        for graph in stale:
            click.echo(f"  {graph}")
