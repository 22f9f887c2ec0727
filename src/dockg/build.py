"""``dockg build``: load, materialize, validate, and only then write the outputs.

Outputs are all-or-nothing: with any SHACL or check violation nothing is written, and a
successful build replaces every output at once, in one step a kill cannot split
(:func:`dockg.output_set.replace_output_set`), so ``build/`` always holds the outputs of
the last good build.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dockg.canonical import Snapshot
from dockg.dataset_description import describe_dataset
from dockg.errors import ValidationFailed
from dockg.export import ExportFormat, context_document, writing_aside
from dockg.materialize import MaterializationResult
from dockg.output_set import replace_output_set
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
    documents: dict[ExportFormat, bytes], report: ValidationReport, description: bytes
) -> dict[str, bytes]:
    """Name every build output.

    Args:
        documents: the graph documents by format (:data:`GRAPH_OUTPUTS`).
        report: the validation report, written as ``validation.txt``.
        description: the dataset's description in Turtle, written as ``void.ttl``.

    Returns:
        File name → content.
    """
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
    with working("loading the project"):
        store = OxigraphStore()
        store.load_project(project)
        snapshot = Snapshot.of_quads(store.quads())
    # The outputs are written in forked processes while this one validates; they are
    # thrown away if validation fails.
    with writing_aside(snapshot, GRAPH_OUTPUTS.values()) as documents:
        with working("validating"):
            report = validate_on_store(store, project)
            stats = compute_stats(store)
        if not report.conforms:
            raise BuildFailed(report, out_dir=out_dir)
        with working("writing the outputs"):
            description = describe_dataset(store).serialize(format="turtle", encoding="utf-8")
            outputs = build_outputs(documents(), report, description)
    written = replace_output_set(out_dir, outputs)
    return BuildResult(
        out_dir=out_dir,
        files=tuple(written),
        report=report,
        stats=stats,
        materialized=store.materialized,
    )
