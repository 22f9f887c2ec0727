"""``dockg resolve``: the merges imports made and the candidate pairs left to curators."""

from __future__ import annotations

import click

from dockg.cli_support import enum_choice, load_for_reading
from dockg.errors import UsageError
from dockg.resolution.report import ReportFormat, format_report, resolution_report
from dockg.store.memory import MemoryStore


@click.command()
@click.option(
    "--report",
    is_flag=True,
    help="List every recorded merge and every unresolved candidate pair.",
)
@click.option(
    "--format",
    "fmt",
    type=enum_choice(ReportFormat),
    default=ReportFormat.TABLE.value,
    show_default=True,
    help="Output format.",
)
@click.option(
    "--recorded-only",
    is_flag=True,
    help="Only what imports recorded; do not look for candidates among existing entities.",
)
@click.pass_context
def resolve(ctx: click.Context, report: bool, fmt: str, recorded_only: bool) -> None:
    """Report entity resolution: merges with their reasons and source graph, open candidates.

    Merges are recorded by imports (owl:sameAs and a dockg:MergedMatch record) and never
    applied to source files. A candidate pair is settled by stating owl:sameAs or
    owl:differentFrom between the two in a curated file.
    """
    if not report:
        raise UsageError("give --report (merges are made by imports, never by rewriting sources)")
    store = MemoryStore(load_for_reading(ctx))
    matches = resolution_report(store, look_now=not recorded_only)
    click.echo(format_report(matches, fmt=ReportFormat(fmt)), nl=False)
