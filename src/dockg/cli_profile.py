"""``dockg profile``: a first look at any store (in its own module: it reads the validation
package's namespace table, which the other reading commands do not need at start-up)."""

from __future__ import annotations

import click

from dockg.cli_support import enum_choice, open_for_reading, store_option
from dockg.profile import HUB_MINIMUM, ProfileFormat, format_profile
from dockg.profile import profile as profile_store


@click.command()
@click.option(
    "--format", "fmt", type=enum_choice(ProfileFormat), default="table", show_default=True
)
@click.option(
    "--top", type=click.IntRange(min=1), default=50, show_default=True, help="Rows per table."
)
@click.option(
    "--hub-minimum",
    type=click.IntRange(min=2),
    default=HUB_MINIMUM,
    show_default=True,
    help="The fewest values of one property on one subject that can make a suspicious hub.",
)
@store_option
@click.pass_context
def profile(ctx: click.Context, fmt: str, top: int, hub_minimum: int, store_spec: str) -> None:
    """Profile the data: classes, properties, namespaces, datatypes and suspicious hubs.

    Works on any store, in or outside a project folder with --store oxigraph:PATH or
    sparql:URL: the first look at an export dockg never saw.
    """
    found = profile_store(open_for_reading(ctx, store_spec), hub_minimum=hub_minimum)
    click.echo(format_profile(found, fmt=ProfileFormat(fmt), top=top), nl=False)
