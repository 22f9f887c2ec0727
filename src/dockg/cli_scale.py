"""Commands for working at scale: ``dockg synth`` (a generated world) and ``dockg bench``."""

from __future__ import annotations

import json
from pathlib import Path

import click

from dockg.atomic import write_atomic
from dockg.bench import format_bench, format_scale, run_bench, run_scale
from dockg.cli_support import project_of
from dockg.errors import ExitCode, UsageError
from dockg.synth import SynthSummary, generate


def _summary_lines(summary: SynthSummary) -> str:
    counts = ", ".join(f"{n} {kind}" for kind, n in summary.counts.items())
    return (
        f"wrote {summary.triples} quads in {summary.graphs} generated graphs "
        f"(and the project's) to {summary.out}\n"
        f"{counts}\n"
        f"{len(summary.defects)} injected defects\n"
    )


@click.command()
@click.option("--triples", type=click.IntRange(min=1), required=True, help="Quads to write.")
@click.option("--seed", type=int, default=1, show_default=True, help="Random seed.")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="The N-Quads file to write.",
)
@click.option(
    "--defects",
    type=click.FloatRange(0.0, 1.0),
    default=0.0,
    show_default=True,
    help="Chance that an entity able to carry a defect gets one.",
)
@click.option(
    "--defects-json",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the injected defects and the results each must cause, as JSON.",
)
@click.pass_context
def synth(
    ctx: click.Context,
    triples: int,
    seed: int,
    out: Path,
    defects: float,
    defects_json: Path | None,
) -> None:
    """Generate a documentary world of about TRIPLES quads as N-Quads.

    The file holds the project's graphs and generated sources (films, people, festival
    editions, screenings, claims), valid against the project's shapes apart from the
    injected defects. The same seed and size always give the same file.
    """
    summary = generate(
        out, triples=triples, seed=seed, defect_rate=defects, project=project_of(ctx)
    )
    if defects_json is not None:
        listed = [
            {
                "kind": d.kind,
                "focus": d.focus,
                "results": [{"path": p, "component": c} for p, c in d.results],
            }
            for d in summary.defects
        ]
        write_atomic(defects_json, json.dumps(listed, indent=2, ensure_ascii=False) + "\n")
    click.echo(_summary_lines(summary), nl=False)


@click.command()
@click.option("--triples", type=click.IntRange(min=1), help="World size (generated).")
@click.option("--seed", type=int, default=1, show_default=True, help="Random seed.")
@click.option(
    "--repeat", type=click.IntRange(min=1), default=5, show_default=True, help="Query runs."
)
@click.option(
    "--default-path",
    is_flag=True,
    help="Measure the commands a user runs on this project (build, start-up, reading "
    "without --store) against their baselines, instead of a generated world.",
)
@click.option(
    "--foreign",
    is_flag=True,
    help="Generate an archive export of --triples quads (http schema.org, blank-node "
    "screenings, defects) and measure load, validate, profile and export against "
    "pyoxigraph alone.",
)
@click.option(
    "--programme",
    "programme_films",
    type=click.IntRange(min=1),
    help="Import a generated programme page of this many films (issue 13: 200 in < 2 s) "
    "and check it against the page's key.",
)
@click.option(
    "--csv",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="With --default-path: import this spreadsheet into the copy first.",
)
@click.option(
    "--mapping",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="With --csv: its mapping (data/mappings/*.toml).",
)
@click.option(
    "--json",
    "json_out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write every measurement as JSON.",
)
@click.option(
    "--query-budget",
    type=click.FloatRange(min=0.1),
    default=120.0,
    show_default=True,
    help="Seconds after which a baseline query is stopped (its ratio is then a lower bound).",
)
@click.option(
    "--no-baseline",
    "store_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Measure dockg alone, in a persistent Oxigraph store made in this directory "
    "(replaced): for worlds too large for rdflib (10M triples).",
)
@click.option(
    "--workdir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Where the generated world goes (default: a temporary directory).",
)
@click.pass_context
def bench(
    ctx: click.Context,
    triples: int | None,
    seed: int,
    repeat: int,
    default_path: bool,
    foreign: bool,
    programme_films: int | None,
    csv: Path | None,
    mapping: Path | None,
    json_out: Path | None,
    query_budget: float,
    store_dir: Path | None,
    workdir: Path | None,
) -> None:
    """Measure dockg's path against rdflib + pySHACL on a generated world.

    Load, full and incremental validation, each catalogue query (median of --repeat
    runs), N-Quads export and peak memory, each side in its own process; prints each
    ratio and its target. Exits 1 if the two sides disagree on any answer.

    With --no-baseline DIR, dockg alone loads, validates and answers the catalogue from a
    persistent store in DIR; exits 1 if a query is not answered within --query-budget.

    With --foreign, a generated archive export of --triples quads is loaded, validated,
    profiled and exported, against pyoxigraph's bulk load and dump.

    With --programme N, a generated programme page of N films is imported as a user would
    and checked against its key; exits 1 if anything is missed or added.

    With --default-path, the commands a user runs on a copy of this project (with --csv
    imported first) against their baselines: build against pySHACL, start-up against
    importing rdflib, reading commands against a loaded store; exits 1 if dockg and
    pySHACL disagree.
    """
    if workdir is not None:
        workdir.mkdir(parents=True, exist_ok=True)
    if programme_films is not None:
        from dockg.bench.programme import format_programme, run_programme

        measured_page = run_programme(project_of(ctx).root, films=programme_films, workdir=workdir)
        _report(
            ctx,
            json_out,
            measured_page.as_json(),
            format_programme(measured_page),
            failed=measured_page.failed,
        )
        return
    if default_path:
        from dockg.bench.default_path import format_default_path, run_default_path

        measured = run_default_path(
            project_of(ctx).root, csv=csv, mapping=mapping, repeat=repeat, workdir=workdir
        )
        _report(
            ctx,
            json_out,
            measured.as_json(),
            format_default_path(measured),
            failed=measured.failed,
        )
        return
    if triples is None:
        raise UsageError("give --triples N (a generated world) or --default-path")
    if foreign:
        from dockg.bench.foreign import format_foreign, run_foreign

        measured_foreign = run_foreign(project_of(ctx), quads=triples, seed=seed, workdir=workdir)
        _report(
            ctx,
            json_out,
            measured_foreign.as_json(),
            format_foreign(measured_foreign),
            failed=False,
        )
        return
    if store_dir is not None:
        scale = run_scale(
            triples=triples,
            seed=seed,
            repeat=repeat,
            project=project_of(ctx),
            store_dir=store_dir,
            query_budget=query_budget,
            workdir=workdir,
        )
        _report(ctx, json_out, scale.as_json(), format_scale(scale), failed=bool(scale.unanswered))
        return
    report = run_bench(
        triples=triples,
        seed=seed,
        repeat=repeat,
        project=project_of(ctx),
        query_budget=query_budget,
        workdir=workdir,
    )
    _report(ctx, json_out, report.as_json(), format_bench(report), failed=bool(report.mismatches))


def _report(
    ctx: click.Context, json_out: Path | None, data: dict, text: str, *, failed: bool
) -> None:
    """Write the JSON (if asked), print the table, and exit 1 if the run failed its check."""
    if json_out is not None:
        write_atomic(json_out, json.dumps(data, indent=2) + "\n")
    click.echo(text, nl=False)
    if failed:
        ctx.exit(ExitCode.VIOLATIONS)
