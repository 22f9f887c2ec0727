"""The streamed CSV import: same file and summary as the graph-based writer, any size.

``dockg ingest csv`` reads rows one at a time, spills them to disk by subject and writes
the Turtle itself (:mod:`dockg.ingest.turtle_stream`); resolution sees only the rows
whose films or people share a key with the project (:mod:`dockg.resolution.sample`).
These tests hold it to the graph-based path it replaced (:func:`write_import` on the
whole graph, still used by the page importers): the same text, byte for byte, and the
same summary, with one partition or many, with a merge and a candidate. Speed and memory
are measured by ``python -m dockg.ingest.bench``, not here.
"""

from __future__ import annotations

import csv
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph, URIRef

from dockg.errors import InputError
from dockg.ingest import stream_output, turtle_stream
from dockg.ingest.csv_import import build_graph, import_csv, source_of
from dockg.ingest.csv_synth import person_name, write_cannes_csv
from dockg.ingest.mapping import load_mapping, project_terms
from dockg.ingest.output import ImportSummary, write_import
from dockg.namespaces import SDO
from dockg.project import Project
from test_ingest_csv import MAPPING, project_copy

NOW = datetime(2025, 5, 13, 12, 0, tzinfo=UTC)
ID = "https://w3id.org/dockg/id/"
HEADER = "year,title,original_title,director,languages,countries_of_origin,run_time,imdb_url\n"

#: Rows that meet the seed: Im Heung-soon's The Day After (merged: same title, same
#: director), Hong Sang-soo (a person the seed has), a title the seed has by another
#: director (a candidate), and a director named on two rows.
MEETS_THE_SEED = HEADER + (
    '2017,The Day After,,"Im Heung-soon",ko,KR,1h 20m,\n'
    "2017,Grass,,Hong Sang-soo,ko,KR,66 min,https://www.imdb.com/title/tt8000001/\n"
    "2012,The Last Day of the Year,,Anna Moreau,fr,FR,1:30,\n"
    '2013,Salt Roads,Les routes du sel,"Anna Moreau, Pierre Keller","fr,de","FR,DE",2h,\n'
)


def _graph_path(root: Path, csv_path: Path) -> ImportSummary:
    """The import as the graph-based writer makes it (dry run)."""
    project = Project.open(root)
    mapping = load_mapping(MAPPING, project_terms(project))
    built = build_graph(csv_path, mapping)
    return write_import(
        project,
        built.graph,
        source_of(csv_path, mapping),
        dry_run=True,
        unparsed=[(e.line, e.describe()) for e in built.errors],
        now=NOW,
    )


def _same(streamed: ImportSummary, graph: ImportSummary) -> None:
    assert streamed.turtle == graph.turtle
    assert (streamed.triples, streamed.added, streamed.merges, streamed.candidates) == (
        graph.triples,
        graph.added,
        graph.merges,
        graph.candidates,
    )
    assert streamed.unparsed == graph.unparsed


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return project_copy(tmp_path_factory.mktemp("stream-project"))


@pytest.mark.parametrize("partition_bytes", [stream_output.PARTITION_BYTES, 100])
def test_rows_that_meet_the_seed_give_the_graph_writers_file(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, partition_bytes: int
) -> None:
    # 100 bytes a partition: each row's subjects spread over several partitions, and the
    # merged film's triples move to the partition of the film it is merged into.
    monkeypatch.setattr(stream_output, "PARTITION_BYTES", partition_bytes)
    films = tmp_path / "films.csv"
    films.write_text(MEETS_THE_SEED, encoding="utf-8")
    streamed = import_csv(Project.open(project), films, MAPPING, dry_run=True, now=NOW)
    _same(streamed, _graph_path(project, films))
    assert [(m.incoming, m.existing) for m in streamed.merges] == [
        (URIRef(f"{ID}film/the-day-after-2017"), URIRef(f"{ID}film/the-day-after"))
    ]
    assert [(c.incoming, c.existing) for c in streamed.candidates] == [
        (
            URIRef(f"{ID}film/the-last-day-of-the-year-2012"),
            URIRef(f"{ID}film/the-last-day-of-the-year"),
        )
    ]
    assert "film:the-day-after-2017 owl:sameAs film:the-day-after" in streamed.turtle
    assert "schema:workFeatured film:the-day-after " in streamed.turtle


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory, project: Path) -> tuple[Path, Path]:
    """3,000 generated rows in the Cannes schema, and the project they go into."""
    path = tmp_path_factory.mktemp("generated") / "films.csv"
    write_cannes_csv(path, 3000, seed=7)
    return path, project


def test_generated_rows_import_with_the_exact_counts(generated: tuple[Path, Path]) -> None:
    path, root = generated
    summary = import_csv(Project.open(root), path, MAPPING, dry_run=True, now=NOW)
    assert summary.triples == 38628  # with the graph's dcterms:license
    assert len(summary.added) == 7033
    assert (len(summary.merges), len(summary.candidates)) == (0, 0)
    # one bad row in a hundred, each named by its line and row number
    assert len(summary.unparsed) == 30
    assert summary.unparsed[:4] == (
        (51, "row 50: run_time '1h 3x' is not a runtime (expected e.g. '1h 30m', '90 min' "
         "or '1:30:00')"),
        (151, "row 150: year '19x3' is not a four-digit year"),
        (251, "row 250: 6 fields where the header has 8"),
        (351, "row 350: countries_of_origin 'XX' is not a code of lookups.country in "
         "cannes-competition.toml"),
    )  # fmt: skip
    _same(summary, _graph_path(root, path))


def test_a_director_repeated_across_rows_is_one_person(generated: tuple[Path, Path]) -> None:
    path, root = generated
    summary = import_csv(Project.open(root), path, MAPPING, dry_run=True, now=NOW)
    graph = Graph().parse(data=summary.turtle, format="turtle")
    director = person_name(0)  # the most frequent draw of the skewed pool: "Anna Beraaa"
    bad_lines = {line for line, _ in summary.unparsed}
    with path.open(encoding="utf-8", newline="") as handle:
        # no cell spans lines: data row n is on line n + 1
        lines = [
            n
            for n, record in enumerate(csv.reader(handle), start=1)
            if n > 1 and len(record) > 3 and director in record[3].split(", ")
        ]
    good = [n for n in lines if n not in bad_lines]
    assert len(good) > 20
    person = URIRef(f"{ID}person/beraaa-anna")
    assert {s for s, o in graph.subject_objects(SDO.name) if str(o) == director} == {person}
    assert len(set(graph.subjects(SDO.director, person))) == len(good)


def test_a_bad_row_in_the_middle_is_reported_by_its_row(project: Path, tmp_path: Path) -> None:
    films = tmp_path / "films.csv"
    rows = [f"2001,Film {n},,Ann Lee,en,FR,1h,\n" for n in range(1, 6)]
    rows[2] = "2001,Film 3,,Ann Lee,en,FR,1h 3x,\n"
    films.write_text(HEADER + "".join(rows), encoding="utf-8")
    summary = import_csv(Project.open(project), films, MAPPING, dry_run=True, now=NOW)
    assert summary.unparsed == (
        (4, "row 3: run_time '1h 3x' is not a runtime (expected e.g. '1h 30m', '90 min' or "
         "'1:30:00')"),
    )  # fmt: skip
    assert "film:film-2-2001" in summary.turtle and "film:film-4-2001" in summary.turtle
    assert "film-3-2001" not in summary.turtle


def test_bytes_that_are_not_text_far_into_the_file_name_their_line(
    project: Path, tmp_path: Path
) -> None:
    # the file is read in a stream: the bad byte is met after thousands of good rows
    films = tmp_path / "films.csv"
    good = "".join(f"2001,Film {n},,Ann Lee,en,FR,1h,\n" for n in range(1, 5001))
    films.write_bytes((HEADER + good).encode() + b"2001,Caf\xe9,,Ann Lee,fr,FR,1h,\n")
    before = sorted(p.name for p in (project / "data").rglob("*"))
    with pytest.raises(InputError) as caught:
        import_csv(Project.open(project), films, MAPPING)
    assert caught.value.message == (
        "films.csv, line 5002: not utf-8-sig text (set csv.encoding in cannes-competition.toml)"
    )
    assert sorted(p.name for p in (project / "data").rglob("*")) == before


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the blocks are shared out by os.fork")
def test_blocks_rendered_by_two_processes_make_the_same_file(
    generated: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # ~10 partitions: every other one is rendered by a forked process into its own file
    path, root = generated
    monkeypatch.setattr(stream_output, "PARTITION_BYTES", 20_000)
    parts: list[int] = []
    split = turtle_stream._RenderJob.render_split

    def counted(job: turtle_stream._RenderJob, *args: Any) -> list[Any]:
        found = split(job, *args)
        parts.append(len(found))
        return found

    monkeypatch.setattr(turtle_stream._RenderJob, "render_split", counted)
    summaries = {}
    for workers in (1, 2):
        monkeypatch.setattr(turtle_stream, "_workers", lambda asked, n=workers: n)
        summaries[workers] = import_csv(Project.open(root), path, MAPPING, dry_run=True, now=NOW)
    assert parts == [2]  # both halves were used, not the serial fallback
    _same(summaries[2], summaries[1])


def test_a_failed_fork_falls_back_to_one_process(
    generated: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, root = generated
    monkeypatch.setattr(stream_output, "PARTITION_BYTES", 20_000)
    serial = import_csv(Project.open(root), path, MAPPING, dry_run=True, now=NOW)

    def no_fork() -> int:
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(turtle_stream, "_workers", lambda asked: 2)
    monkeypatch.setattr(os, "fork", no_fork, raising=False)
    _same(import_csv(Project.open(root), path, MAPPING, dry_run=True, now=NOW), serial)


def test_one_core_or_no_fork_renders_in_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "fork", lambda: 0, raising=False)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0}, raising=False)
    assert turtle_stream._workers(None) == 1
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2}, raising=False)
    assert (turtle_stream._workers(None), turtle_stream._workers(1)) == (2, 1)
    monkeypatch.delattr(os, "fork")
    assert (turtle_stream._workers(None), turtle_stream._workers(2)) == (1, 1)
