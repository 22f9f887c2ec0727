"""``dockg reconcile wikidata`` and ``dockg ingest wikidata``: the project and Wikidata.

Both ask a SPARQL endpoint holding Wikidata's RDF (the public Wikidata Query Service by
default) through :mod:`dockg.wikidata`; answers are cached under ``build/wikidata-cache/``.
``ingest wikidata`` is registered on the ``ingest`` group of :mod:`dockg.cli_ingest`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from dockg.cli_group import DockgGroup
from dockg.cli_support import echo_import, project_of
from dockg.errors import UsageError
from dockg.project import Project

if TYPE_CHECKING:
    from dockg.wikidata.client import WikidataClient


def _endpoint_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--endpoint`` and ``--no-cache``, shared by both commands."""
    from dockg.wikidata.client import DEFAULT_ENDPOINT

    command = click.option(
        "--no-cache",
        is_flag=True,
        help="Ask the endpoint again instead of reusing answers in build/wikidata-cache/.",
    )(command)
    return click.option(
        "--endpoint",
        default=DEFAULT_ENDPOINT,
        show_default=True,
        envvar="DOCKG_WIKIDATA_ENDPOINT",
        help="A SPARQL endpoint holding Wikidata's RDF. Env: DOCKG_WIKIDATA_ENDPOINT.",
    )(command)


def _client(project: Project, endpoint: str, no_cache: bool) -> WikidataClient:
    from dockg.wikidata.client import WikidataClient

    cache = None if no_cache else project.build_dir / "wikidata-cache"
    return WikidataClient(endpoint, cache_dir=cache)


@click.group(cls=DockgGroup)
def reconcile() -> None:
    """Link the project's entities to another dataset's, on evidence beyond the name."""


@reconcile.command("wikidata")
@_endpoint_options
@click.option(
    "--types",
    default="person,film,festival,place,event,topic",
    show_default=True,
    help="Which kinds of entity to reconcile, separated by commas.",
)
@click.option("--dry-run", is_flag=True, help="Show what would be linked; write nothing.")
@click.pass_context
def reconcile_wikidata(
    ctx: click.Context, endpoint: str, no_cache: bool, types: str, dry_run: bool
) -> None:
    """Link people, films, festivals, places, events and topics to Wikidata items.

    Links with their evidence go to data/reconciled/wikidata.ttl; namesakes whose facts
    contradict are never linked, and candidates with equal evidence are reported.
    """
    from dockg.wikidata.candidates import EntityType
    from dockg.wikidata.links import format_summary
    from dockg.wikidata.links import reconcile as run

    kinds = []
    for name in filter(None, (t.strip() for t in types.split(","))):
        try:
            kinds.append(EntityType(name))
        except ValueError as error:
            known = ", ".join(k.value for k in EntityType)
            raise UsageError(f"--types: unknown kind {name!r} (known: {known})") from error
    if not kinds:
        raise UsageError("--types: name at least one kind")
    project = project_of(ctx)
    summary = run(project, _client(project, endpoint, no_cache), kinds=kinds, dry_run=dry_run)
    click.echo(format_summary(summary), nl=False)


@click.command("wikidata")
@_endpoint_options
@click.option("--items", multiple=True, metavar="Q…", help="Wikidata items (Q42, or Q1,Q2).")
@click.option(
    "--query",
    "query_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A SPARQL SELECT file whose answers name the items.",
)
@click.option("--linked", is_flag=True, help="Every item the project is linked to.")
@click.option("--dry-run", is_flag=True, help="Show what would be imported; write nothing.")
@click.pass_context
def ingest_wikidata(
    ctx: click.Context,
    endpoint: str,
    no_cache: bool,
    items: tuple[str, ...],
    query_file: Path | None,
    linked: bool,
    dry_run: bool,
) -> None:
    """Import what Wikidata states of linked or named items, each fact sourced."""
    from dockg.wikidata.ingest import ingest_wikidata as run
    from dockg.wikidata.ingest import parse_items

    if not (items or query_file or linked):
        raise UsageError("give --items Q…, --query FILE.rq or --linked")
    project = project_of(ctx)
    summary = run(
        project,
        _client(project, endpoint, no_cache),
        items=parse_items(items),
        query=query_file,
        linked=linked,
        dry_run=dry_run,
    )
    echo_import(summary, dry_run=dry_run)
