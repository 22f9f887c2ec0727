"""The seed dataset, its N-Quads export and the query catalogue, as the tests use them.

Everything goes through the library, the way ``dockg build``, ``dockg query`` and
``dockg export`` do it: :func:`dockg.loading.load_dataset` (one named graph per file),
:func:`dockg.materialize.materialize` (the schema.org view, in each triple's graph),
:func:`dockg.queries.run_query` (parameters typed by the query header and bound with
``initBindings``) and :func:`dockg.export.serialize`. This module only adds what the tests
need on top: caching, reading expected CSV files, comparing rows.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path

from rdflib import Dataset, Graph

from dockg.export import ExportFormat, serialize
from dockg.loading import LoadedDataset, load_dataset
from dockg.materialize import materialize
from dockg.project import Project
from dockg.queries import (
    QueryResult,
    QuerySpec,
    ResultFormat,
    format_result,
    load_query,
    run_query,
)

PROJECT_ROOT = Path(__file__).resolve().parents[1]
EXPECTED_DIR = PROJECT_ROOT / "tests" / "expected" / "queries"


@cache
def seed_project() -> Project:
    """The dockg project itself (its ontology, data and queries)."""
    return Project.open(PROJECT_ROOT)


@cache
def seed_loaded() -> LoadedDataset:
    """The project's dataset, loaded and materialized once per session. Read only."""
    loaded = load_dataset(seed_project())
    materialize(loaded)
    return loaded


@cache
def seed_export() -> Dataset:
    """The N-Quads export of the seed dataset, parsed back into a fresh dataset. Read only.

    This is what a consumer of ``dockg export --format nquads`` gets: only what survived
    serialization, with the union of all graphs as the default graph for SPARQL.
    """
    data = serialize(seed_loaded(), fmt=ExportFormat.NQUADS)
    dataset = Dataset(default_union=True)
    dataset.parse(data=data.decode("utf-8"), format="nquads")
    return dataset


@cache
def seed_export_union() -> Graph:
    """The seed export's graphs merged into one, as a consumer of ``dockg.ttl`` reads
    them (graph names gone). Read only."""
    union = Graph()
    for s, p, o, _ in seed_export().quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def catalogue_files() -> list[Path]:
    """Every ``queries/*.rq`` of the project, sorted by name."""
    return list(seed_project().query_files)


def catalogue_query(name: str) -> QuerySpec:
    """Load catalogue query ``name`` (the file stem) with its header."""
    return load_query(seed_project().queries_dir / f"{name}.rq")


def run(spec: QuerySpec, params: Mapping[str, str] | None = None) -> QueryResult:
    """Run a catalogue query on the seed dataset; ``params`` are raw values, as on the CLI."""
    return run_query(seed_loaded(), spec, params=params)


def is_ordered(spec: QuerySpec) -> bool:
    """Whether the query's outermost solution sequence is sorted by an ORDER BY."""
    node = spec.query.algebra["p"]
    while node.name in ("Project", "Distinct", "Reduced", "Slice", "ToMultiSet"):
        node = node["p"]
    return node.name == "OrderBy"


# ---------------------------------------------------------------------------
# SPARQL 1.1 CSV results
# ---------------------------------------------------------------------------


def to_csv(result: QueryResult) -> str:
    """The result as ``dockg query --format csv`` prints it (SPARQL 1.1 CSV)."""
    return format_result(result, fmt=ResultFormat.CSV)


def _cell(text: str) -> str:
    # Blank node labels are arbitrary (and change between runs): all compare equal.
    return "_:b" if text.startswith("_:") else text


def from_csv(text: str) -> tuple[list[str], list[list[str]]]:
    """Read a SPARQL CSV result: the header and the rows as text cells.

    Returns:
        The column names and the rows; blank nodes are all written ``_:b``.
    """
    reader = csv.reader(io.StringIO(text, newline=""))
    header, *body = list(reader)
    return header, [[_cell(c) for c in row] for row in body]


def result_rows(result: QueryResult) -> list[list[str]]:
    """The rows of a result as the cells of its CSV form."""
    return from_csv(to_csv(result))[1]


def expected_path(name: str) -> Path:
    """Where the expected result of catalogue query ``name`` is kept."""
    return EXPECTED_DIR / f"{name}.csv"


def as_multiset(rows: Iterable[Sequence[str]]) -> list[tuple[str, ...]]:
    """Rows in a canonical order, to compare results whose order does not matter."""
    return sorted(tuple(r) for r in rows)
