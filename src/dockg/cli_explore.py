"""The exploration commands: ``dockg path``, ``neighbours``, ``timeline`` and ``measures``.

Each reads the graph through a :class:`~dockg.store.base.Store`, calls one function of
:mod:`dockg.explore` and prints its result (or draws it). The drawing module is imported
only when a picture is asked for: matplotlib takes longer to import than most commands
take to run.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import click

from dockg.atomic import write_atomic
from dockg.cli_support import open_for_reading, store_option
from dockg.explore.graph_export import GraphFormat, export_graph, graph_bytes
from dockg.explore.measures import compute_measures, format_measures, measures_csv
from dockg.explore.neighbours import format_neighbourhood, neighbourhood
from dockg.explore.paths import find_paths, format_paths
from dockg.explore.projection import DEFAULT_PROJECTION, project, projection_specs
from dockg.explore.timeline import build_timeline, format_timeline
from dockg.explore.vocabulary import Vocabulary
from dockg.store import Store
from dockg.store.open import DEFAULT_STORE

EXIT_CODES = """\b
Exit codes: 0 done; 2 bad option; 3 unknown entity; 4 ambiguous entity (the candidates
are listed); 5 no path within the limit; 6 empty projection; 7 unwritable output."""


def projection_option(
    default: str | None = DEFAULT_PROJECTION,
) -> Callable[[click.decorators.FC], click.decorators.FC]:
    """``--projection NAME``, a choice of the packaged projections."""
    return click.option(
        "--projection",
        "projection_name",
        type=click.Choice(sorted(projection_specs())),
        default=default,
        show_default=True,
        help="The projection of the graph to work on.",
    )


def picture_options(function: click.decorators.FC) -> click.decorators.FC:
    """``--png FILE`` and ``--svg FILE``: draw the result as well as printing it."""
    for suffix in ("svg", "png"):
        function = click.option(
            f"--{suffix}",
            type=click.Path(dir_okay=False, path_type=Path),
            help=f"Also draw the result as {suffix.upper()} into this file (atomically).",
        )(function)
    return function


def open_store(ctx: click.Context, store_spec: str) -> tuple[Store, Vocabulary]:
    """The store of this invocation (``--store``) and the names and classes in it."""
    store = open_for_reading(ctx, store_spec)
    return store, Vocabulary.from_store(store)


@click.command(epilog=EXIT_CODES)
@click.argument("first")
@click.argument("second")
@click.option(
    "--max",
    "max_steps",
    type=click.IntRange(min=1),
    default=6,
    show_default=True,
    help="The longest path accepted, in steps.",
)
@click.option(
    "--via",
    metavar="TYPE",
    help="Only paths through an entity of this class (topic, dockg:HistoricalEvent...).",
)
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=5,
    show_default=True,
    help="Show at most this many of the shortest paths.",
)
@projection_option()
@store_option
@click.pass_context
def path(
    ctx: click.Context,
    store_spec: str,
    first: str,
    second: str,
    max_steps: int,
    via: str | None,
    limit: int,
    projection_name: str,
) -> None:
    """The shortest paths between two entities, each step explained with its source.

    FIRST and SECOND are names in any written form (Korean or Western order, Hangul,
    alternate names), IRIs or compact IRIs (person:kim-soyoung).
    """
    store, vocabulary = open_store(ctx, store_spec)
    start = str(vocabulary.names.resolve(first))
    end = str(vocabulary.names.resolve(second))
    projection = project(store, projection_name, vocabulary=vocabulary)
    found = find_paths(projection, start, end, max_steps=max_steps, via=via, limit=limit)
    click.echo(format_paths(found), nl=False)


def _pictures(png: Path | None, svg: Path | None) -> list[tuple[Path, str]]:
    return [(path, fmt) for path, fmt in ((png, "png"), (svg, "svg")) if path is not None]


@click.command(epilog=EXIT_CODES)
@click.argument("entity")
@click.option(
    "--depth",
    type=click.IntRange(min=1),
    default=2,
    show_default=True,
    help="How many steps around the entity.",
)
@projection_option()
@picture_options
@store_option
@click.pass_context
def neighbours(
    ctx: click.Context,
    store_spec: str,
    entity: str,
    depth: int,
    projection_name: str,
    png: Path | None,
    svg: Path | None,
) -> None:
    """The entities around ENTITY and their links, as a table and as a picture.

    ENTITY is a name in any written form, an IRI or a compact IRI.
    """
    store, vocabulary = open_store(ctx, store_spec)
    centre = str(vocabulary.names.resolve(entity))
    projection = project(store, projection_name, vocabulary=vocabulary)
    found = neighbourhood(projection, centre, depth=depth)
    for output, fmt in _pictures(png, svg):
        from dockg.explore.draw import PictureFormat, draw_neighbourhood

        draw_neighbourhood(found, output, fmt=PictureFormat(fmt))
    click.echo(format_neighbourhood(found), nl=False)


@click.command(epilog=EXIT_CODES)
@click.option("--topic", metavar="TOPIC", help="Only films on this topic or a narrower one.")
@click.option("--director", metavar="PERSON", help="Only films this person directed.")
@picture_options
@store_option
@click.pass_context
def timeline(
    ctx: click.Context,
    store_spec: str,
    topic: str | None,
    director: str | None,
    png: Path | None,
    svg: Path | None,
) -> None:
    """Films on a time axis with the dated histories they deal with.

    Each film is linked to its events with the years between them; festival selections
    and screenings are marks on the film's line. TOPIC and PERSON are names, IRIs or
    compact IRIs.
    """
    store, vocabulary = open_store(ctx, store_spec)
    topic_iri = str(vocabulary.names.resolve(topic)) if topic else None
    director_iri = str(vocabulary.names.resolve(director)) if director else None
    found = build_timeline(store, vocabulary, topic=topic_iri, director=director_iri)
    for output, fmt in _pictures(png, svg):
        from dockg.explore.draw import PictureFormat, draw_timeline

        draw_timeline(found, output, fmt=PictureFormat(fmt))
    click.echo(format_timeline(found), nl=False)


@click.command(epilog=EXIT_CODES)
@projection_option()
@click.option(
    "--csv",
    "csv_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write every node's measures to this CSV file (atomically).",
)
@click.option(
    "--top",
    type=click.IntRange(min=1),
    default=20,
    show_default=True,
    help="Print the nodes with the highest PageRank only.",
)
@click.option(
    "--sample",
    type=click.IntRange(min=1),
    help="Estimate betweenness from K sampled sources (default: exact up to 2000 nodes, else 500).",
    metavar="K",
)
@store_option
@click.pass_context
def measures(
    ctx: click.Context,
    store_spec: str,
    projection_name: str,
    csv_path: Path | None,
    top: int,
    sample: int | None,
) -> None:
    """Degree, betweenness, PageRank, components and communities of a projection."""
    store, vocabulary = open_store(ctx, store_spec)
    found = compute_measures(project(store, projection_name, vocabulary=vocabulary), sample=sample)
    if csv_path is not None:
        write_atomic(csv_path, measures_csv(found))
    click.echo(format_measures(found, top=top), nl=False)


def export_projection(
    ctx: click.Context,
    *,
    fmt: GraphFormat,
    output: Path | None,
    projection_name: str | None,
    store_spec: str = DEFAULT_STORE,
) -> None:
    """``dockg export --format graphml|gexf|csv-edges``: write a projection as a graph."""
    store, vocabulary = open_store(ctx, store_spec)
    projection = project(store, projection_name or DEFAULT_PROJECTION, vocabulary=vocabulary)
    if output is None:
        click.echo(graph_bytes(projection, fmt=fmt), nl=False)
    else:
        export_graph(projection, fmt=fmt, output=output)
