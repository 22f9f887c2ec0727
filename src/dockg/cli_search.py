"""``dockg search``: find entities by any written form of their names."""

from __future__ import annotations

import click

from dockg.cli_support import enum_choice, open_for_reading, store_option
from dockg.explore.search import SearchFormat, format_search, search
from dockg.explore.vocabulary import Vocabulary


@click.command(name="search")
@click.argument("text")
@click.option(
    "--type",
    "kind",
    metavar="CLASS",
    help="Only entities of this class: film, person, festival series, topic, dockg:Place...",
)
@click.option("--format", "fmt", type=enum_choice(SearchFormat), default="table", show_default=True)
@store_option
@click.pass_context
def search_command(
    ctx: click.Context, text: str, kind: str | None, fmt: str, store_spec: str
) -> None:
    """Find entities by any written form of a name, with their class and why they matched.

    Western or Korean order, hyphens, accents, Hangul, romanization variants and part of
    a name or title all match. Any command that takes an entity (query parameters,
    path, neighbours, timeline) takes the same text.
    """
    store = open_for_reading(ctx, store_spec)
    hits = search(Vocabulary.from_store(store), text, kind=kind)
    click.echo(format_search(hits, fmt=SearchFormat(fmt)), nl=False)
