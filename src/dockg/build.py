"""``dockg build``: load, materialize, validate, and only then write the outputs.

Outputs are all-or-nothing: with any SHACL or check violation nothing is written, and a
successful build replaces every output at once (:func:`dockg.atomic.write_all_atomic`),
so ``build/`` always holds the outputs of the last good build.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from dockg.atomic import write_all_atomic
from dockg.dataset_description import describe_dataset
from dockg.errors import ValidationFailed
from dockg.export import ExportFormat, context_document, serialize_parallel
from dockg.loading import LoadedDataset, load_dataset
from dockg.materialize import MaterializationResult, materialize
from dockg.progress import working
from dockg.project import Project
from dockg.stats import Stats, compute_stats
from dockg.store.oxigraph import OxigraphStore
from dockg.validation.output import format_report_table
from dockg.validation.report import ValidationReport
from dockg.validation.run import validate_on_store

#: File name → format of the graph outputs of a build.
GRAPH_OUTPUTS = {
    "dockg.trig": ExportFormat.TRIG,
    "dockg.nq": ExportFormat.NQUADS,
    "dockg.ttl": ExportFormat.TURTLE,
    "dockg.jsonld": ExportFormat.JSONLD,
}
CONTEXT_OUTPUT = "context.jsonld"
REPORT_OUTPUT = "validation.txt"
#: The dataset's DCAT/VoID description (:mod:`dockg.dataset_description`).
DESCRIPTION_OUTPUT = "void.ttl"


class BuildFailed(ValidationFailed):
    """The build found violations and wrote nothing.

    Attributes:
        report: the validation report.
    """

    def __init__(self, report: ValidationReport, *, out_dir: Path) -> None:
        table = format_report_table(report)
        super().__init__(f"{table}\nbuild failed: nothing written to {out_dir}")
        self.report = report


@dataclass(frozen=True)
class BuildResult:
    """What a successful build wrote and found.

    Attributes:
        out_dir: the output directory.
        files: the files written.
        report: the validation report (warnings and infos only).
        stats: instances per class and triples per source.
        materialized: the schema.org triples added per graph.
    """

    out_dir: Path
    files: tuple[Path, ...]
    report: ValidationReport
    stats: Stats
    materialized: MaterializationResult


def build_outputs(
    loaded: LoadedDataset, report: ValidationReport, description: bytes
) -> dict[str, bytes]:
    """Serialize every build output.

    Args:
        loaded: the materialized, validated dataset.
        report: its validation report, written as ``validation.txt``.
        description: the dataset's description in Turtle, written as ``void.ttl``.

    Returns:
        File name → content.

    Raises:
        OutputError: if the data cannot be expressed in one of the formats.
    """
    documents = serialize_parallel(loaded, GRAPH_OUTPUTS.values())
    outputs = {name: documents[fmt] for name, fmt in GRAPH_OUTPUTS.items()}
    outputs[CONTEXT_OUTPUT] = context_document()
    outputs[REPORT_OUTPUT] = format_report_table(report).encode("utf-8")
    outputs[DESCRIPTION_OUTPUT] = description
    return outputs


def build(project: Project, *, out_dir: Path | None = None) -> BuildResult:
    """Build the knowledge graph of a project.

    Args:
        project: the project.
        out_dir: where to write (default: the project's ``build/``).

    Returns:
        What was written, the warnings, and the counts.

    Raises:
        InputError: if a source file cannot be read or parsed.
        BuildFailed: if validation finds a violation; nothing is written then.
        OutputError: if an output cannot be written; previous outputs stay intact.
    """
    out_dir = out_dir if out_dir is not None else project.build_dir
    with _checked_aside(project) as checked, working("loading the project"):
        loaded = load_dataset(project)  # rdflib: it writes the outputs, as before
        materialized = materialize(loaded)
    with working("validating"):
        report, stats, description = checked()
    if not report.conforms:
        raise BuildFailed(report, out_dir=out_dir)
    with working("writing the outputs"):
        outputs = build_outputs(loaded, report, description)
        written = write_all_atomic({out_dir / name: data for name, data in outputs.items()})
    return BuildResult(
        out_dir=out_dir,
        files=tuple(written),
        report=report,
        stats=stats,
        materialized=materialized,
    )


def check_project(project: Project) -> tuple[ValidationReport, Stats, bytes]:
    """Validate, count and describe a project on its own in-memory Oxigraph store.

    The store is loaded with Oxigraph's parser and materialized natively; literals read
    back as written, so the report is the one the rdflib-loaded dataset would give.

    Args:
        project: the project.

    Returns:
        The report (without its shapes graph), the counts, and the dataset description
        in Turtle (:func:`dockg.dataset_description.describe_dataset`).

    Raises:
        InputError: if a file does not parse or declares its graph wrongly.
    """
    store = OxigraphStore()
    store.load_project(project)
    report = validate_on_store(store, project)
    description = describe_dataset(store).serialize(format="turtle", encoding="utf-8")
    return ValidationReport.of(report.results), compute_stats(store), description


@contextlib.contextmanager
def _checked_aside(
    project: Project,
) -> Iterator[Callable[[], tuple[ValidationReport, Stats, bytes]]]:
    """Validate the project in a forked process while this one parses it with rdflib.

    Oxigraph's side (parse, materialize, validate, count: about a second for 40k
    triples) overlaps rdflib's parse, which the outputs need. Where ``fork`` is not
    available, or there is one core, it runs here when asked for.

    Yields:
        A function that returns the report and the counts (waiting for them).
    """
    if (os.cpu_count() or 1) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        yield lambda: check_project(project)
        return
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        future = pool.submit(check_project, project)
        yield future.result
