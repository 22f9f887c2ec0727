"""``dockg serve``: publish the project as linked data with a SPARQL endpoint and pages."""

from __future__ import annotations

import click

from dockg.cli_support import project_of, store_option
from dockg.server.config import DEFAULT_HOST, DEFAULT_PORT, ServerConfig


@click.command()
@click.option("--host", default=DEFAULT_HOST, show_default=True, help="Interface to bind.")
@click.option("--port", default=DEFAULT_PORT, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--base-url",
    default=ServerConfig.base_iri,
    show_default=True,
    help="IRI prefix served at the server root ({base}id/... → /id/...).",
)
@click.option(
    "--public-url", default="", help="Address clients reach the server at (behind a proxy)."
)
@click.option(
    "--query-timeout",
    default=ServerConfig.query_timeout,
    show_default=True,
    type=click.FloatRange(min=0, min_open=True),
    help="Seconds a SPARQL query may run.",
)
@click.option(
    "--max-results",
    default=ServerConfig.max_results,
    show_default=True,
    type=click.IntRange(min=1),
    help="Rows or triples a SPARQL query may return.",
)
@click.option(
    "--max-request-bytes",
    default=ServerConfig.max_request_bytes,
    show_default=True,
    type=click.IntRange(min=1),
    help="Largest request body or query string.",
)
@click.option(
    "--workers",
    "query_workers",
    default=ServerConfig.query_workers,
    show_default=True,
    type=click.IntRange(min=1),
    help="Processes that run SPARQL queries.",
)
@click.option(
    "--allow-service",
    "allowed_service_hosts",
    multiple=True,
    metavar="HOST",
    help="Host a query may call with SERVICE (repeatable); none by default.",
)
@click.option(
    "--dumps-dir",
    type=click.Path(file_okay=False),
    default="",
    help="Where the dumps are written on first request [default: build/server-dumps].",
)
@store_option
@click.pass_context
def serve(
    ctx: click.Context,
    store_spec: str,
    host: str,
    port: int,
    base_url: str,
    public_url: str,
    query_timeout: float,
    max_results: int,
    max_request_bytes: int,
    query_workers: int,
    allowed_service_hosts: tuple[str, ...],
    dumps_dir: str,
) -> None:
    """Serve the graph: SPARQL endpoint, dereferenceable IRIs, VoID, dumps and pages."""
    # The web stack (starlette, uvicorn, jinja2, matplotlib for pictures) costs about a
    # second to import: only when serving, not for `dockg serve --help`.
    from dockg.server.run import open_state, serve_forever

    config = ServerConfig(
        host=host,
        port=port,
        base_iri=base_url,
        public_url=public_url,
        query_timeout=query_timeout,
        max_results=max_results,
        max_request_bytes=max_request_bytes,
        query_workers=query_workers,
        allowed_service_hosts=frozenset(allowed_service_hosts),
        build_dir=dumps_dir,
    )
    state = open_state(project_of(ctx), config, store_spec)
    scope = (
        f"bound to {config.host} only: reachable from this machine alone; "
        "give --host 0.0.0.0 to open it to the network"
        if config.local_only
        else f"bound to {config.host}: reachable from the network"
    )
    click.echo(f"dockg: serving {state.project.root} at {config.address}")
    click.echo(f"dockg: {scope}")
    click.echo(f"dockg: SPARQL endpoint {config.address}sparql")
    serve_forever(state)
