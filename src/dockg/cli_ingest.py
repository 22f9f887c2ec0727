"""``dockg ingest``: import sources (programme pages, person pages, spreadsheets) into data/."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import click

from dockg.cli_group import DockgGroup
from dockg.cli_support import echo_import, enum_choice, project_for_writing, project_of
from dockg.errors import UsageError
from dockg.ingest.page import PageKind, import_page


@click.group(cls=DockgGroup)
def ingest() -> None:
    """Import a source document as a new named graph under data/imported/."""


def _captured(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError as error:
        raise UsageError(f"--captured must be a date like 2019-03-01, not {value!r}") from error


@ingest.command("page")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--source-url", help="The address the page was captured from.")
@click.option("--captured", "captured", metavar="YYYY-MM-DD", help="When it was captured.")
@click.option(
    "--kind",
    type=enum_choice(PageKind),
    default=PageKind.AUTO.value,
    show_default=True,
    help="What the page is; auto tells by its layout.",
)
@click.option("--festival", help="The festival of a programme page (name or IRI), if not on it.")
@click.option(
    "--utc-offset",
    help="A fixed local offset for screening times (+09:00); default: the city's zone.",
)
@click.option(
    "--timezone",
    metavar="AREA/CITY",
    help="The festival's IANA time zone (Europe/Berlin), if the page does not tell.",
)
@click.option(
    "--edition",
    type=int,
    metavar="YEAR",
    help="The edition's year, when the page gives none or several.",
)
@click.option(
    "--profile",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A site profile (TOML, see data/mappings/): labels, sections, time zone.",
)
@click.option("--slug", help="Graph and file name of the import (default: page-FILENAME).")
@click.option("--dry-run", is_flag=True, help="Show what would be imported; write nothing.")
@click.pass_context
def page(
    ctx: click.Context,
    file: Path,
    source_url: str | None,
    captured: str | None,
    kind: str,
    festival: str | None,
    utc_offset: str | None,
    timezone: str | None,
    edition: int | None,
    profile: Path | None,
    slug: str | None,
    dry_run: bool,
) -> None:
    """Import a festival programme page or a person page (plain text or saved HTML)."""
    project = project_of(ctx) if dry_run else project_for_writing(ctx, doing="dockg ingest page")
    summary = import_page(
        project,
        file,
        kind=PageKind(kind),
        source_url=source_url,
        captured=_captured(captured),
        festival=festival,
        utc_offset=utc_offset,
        timezone=timezone,
        edition=edition,
        profile=profile,
        slug=slug,
        dry_run=dry_run,
    )
    echo_import(summary, dry_run=dry_run)


# The spreadsheet importer lives in its own module.
from dockg.cli_ingest_csv import ingest_csv  # noqa: E402

ingest.add_command(ingest_csv)

# Wikidata lives with reconciliation, in its own module.
from dockg.cli_wikidata import ingest_wikidata  # noqa: E402

ingest.add_command(ingest_wikidata)
