"""``dockg validate FILE``: data dockg did not write, in any syntax, declared or not.

A file without a source declaration is validated as its own graph with one provenance
violation; a run that checks nothing says so and does not conform; every syntax gives
the same results.
"""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest

from conftest import TESTS, Run
from dockg.project import Project
from dockg.store.open import open_store
from dockg.validation.coverage import NO_SOURCE_DECLARED, NOTHING_CHECKED
from dockg.validation.run import validate_on_store

FOREIGN = TESTS / "fixtures" / "foreign"
ROOT = TESTS.parent


def results(run: Run) -> list[dict[str, object]]:
    assert run.stderr == ""
    return json.loads(run.stdout)["results"]


def test_unknown_vocabulary_checks_nothing_and_says_what_it_found(dockg, tmp_path: Path) -> None:
    path = tmp_path / "unknown-vocab.ttl"
    shutil.copy(FOREIGN / "unknown-vocab.ttl", path)
    run = dockg("--project", ROOT, "validate", path)
    assert run.code == 1 and run.stderr == ""
    lines = run.stdout.splitlines()
    assert lines[-1] == "checked nothing: 1 violation, 1 warning, 0 infos"
    assert lines[-2].startswith("coverage: 0 focus nodes checked by 0 of ")
    found = (
        "No node matched any shape, so nothing was checked. Classes found: "
        "<https://cinemacontext.example.org/vocab#Venue> (2), "
        "<https://cinemacontext.example.org/vocab#Programme> (1). Namespaces found: "
        "https://cinemacontext.example.org/vocab# (6), "
        "http://www.w3.org/1999/02/22-rdf-syntax-ns# (3)."
    )
    assert any(found in line for line in lines)
    declare = (
        f"{path} does not say where its facts come from: declare its graph with "
        f"<{path.as_uri()}> a dockg:SourceGraph ; prov:wasDerivedFrom <the document or "
        "dataset it was taken from> ."
    )
    assert any(declare in line for line in lines)


def test_json_report_does_not_conform_when_nothing_was_checked(dockg) -> None:
    run = dockg("--project", ROOT, "validate", "--format", "json", FOREIGN / "unknown-vocab.ttl")
    report = json.loads(run.stdout)
    assert (run.code, report["conforms"], report["coverage"]["checked"]) == (1, False, 0)
    assert {r["component"] for r in report["results"]} == {
        str(NO_SOURCE_DECLARED),
        str(NOTHING_CHECKED),
    }


def _library_report(paths: list[Path]) -> set[tuple[object, ...]]:
    """Content results (without the file they concern) of validating paths with the seed."""
    project = Project.open(ROOT)
    report = validate_on_store(
        open_store("oxigraph", project, extra_files=paths),
        project,
        focus_files=paths,
        coverage=True,
    )
    assert report.coverage is not None
    content = {
        (r.focus, r.path, r.value, r.component, r.message)
        for r in report.results
        if r.component not in (NO_SOURCE_DECLARED, NOTHING_CHECKED)
    }
    return content | {("checked", report.coverage.checked, None, None, "")}


@pytest.mark.parametrize(
    "fixture", ["archive.jsonld", "archive.rdf", "archive.nq", "archive.nq.gz"]
)
def test_every_syntax_validates_alike(tmp_path: Path, fixture: str) -> None:
    source = FOREIGN / fixture.removesuffix(".gz")
    path = tmp_path / fixture
    if fixture.endswith(".gz"):
        path.write_bytes(gzip.compress(source.read_bytes()))
    else:
        shutil.copy(source, path)
    reference = tmp_path / "reference.rdf"
    shutil.copy(FOREIGN / "archive.rdf", reference)
    assert _library_report([path]) == _library_report([reference])


def test_each_undeclared_file_gets_one_provenance_violation(tmp_path: Path) -> None:
    paths = []
    for name in ("archive-http.ttl", "archive.trig"):
        paths.append(tmp_path / name)
        shutil.copy(FOREIGN / name, paths[-1])
    project = Project.open(ROOT)
    report = validate_on_store(
        open_store("oxigraph", project, extra_files=paths), project, focus_files=paths
    )
    found = sorted(
        (str(r.focus), r.files) for r in report.results if r.component == NO_SOURCE_DECLARED
    )
    assert found == sorted((p.as_uri(), (project.display(p),)) for p in paths)


def test_a_declared_foreign_file_has_no_provenance_violation(tmp_path: Path) -> None:
    path = tmp_path / "declared.ttl"
    path.write_text(
        (FOREIGN / "unknown-vocab.ttl").read_text(encoding="utf-8")
        + "\n@prefix dockg: <https://w3id.org/dockg/ontology#> .\n"
        "@prefix prov: <http://www.w3.org/ns/prov#> .\n"
        "<https://archive.example.org/graph/venues> a dockg:SourceGraph ;\n"
        "    prov:wasDerivedFrom <https://archive.example.org/export/venues> .\n",
        encoding="utf-8",
    )
    project = Project.open(ROOT)
    report = validate_on_store(
        open_store("oxigraph", project, extra_files=[path]), project, focus_files=[path]
    )
    assert NO_SOURCE_DECLARED not in {r.component for r in report.results}


def test_rdflib_store_reads_foreign_files_alike(dockg, tmp_path: Path) -> None:
    path = tmp_path / "archive.trig"
    shutil.copy(FOREIGN / "archive.trig", path)
    default = dockg("--project", ROOT, "validate", path)
    memory = dockg("--project", ROOT, "validate", "--store", "memory", path)
    assert (memory.code, memory.stdout, memory.stderr) == (
        default.code,
        default.stdout,
        default.stderr,
    )


def test_a_project_file_still_must_declare_its_graph(dockg, tmp_path: Path) -> None:
    project = tmp_path / "p"
    shutil.copytree(TESTS / "fixtures" / "mini", project)
    (project / "data" / "undeclared.ttl").write_text(
        '@prefix schema: <https://schema.org/> .\n<urn:x:a> schema:name "A" .\n',
        encoding="utf-8",
    )
    run = dockg("--project", project, "validate")
    assert run.code == 2
    assert run.stderr == (
        "dockg: error: data/undeclared.ttl: no subject typed dockg:SourceGraph; "
        "each graph file must declare the named graph it fills\n"
    )


def test_an_archive_export_in_http_schema_org_is_checked_on_the_public_face(
    dockg, tmp_path: Path
) -> None:
    path = tmp_path / "archive-http.ttl"
    shutil.copy(FOREIGN / "archive-http.ttl", path)
    run = dockg("--project", ROOT, "validate", "--format", "json", path)
    assert run.code == 1 and run.stderr == ""
    report = json.loads(run.stdout)
    film = "https://archive.example.org/id/film-man-with-a-movie-camera"
    found = {
        (r["focus"], r["path"], r["value"], r["component"].rsplit("#", 1)[-1])
        for r in report["results"]
        if r["component"] != str(NO_SOURCE_DECLARED)
    }
    skolem = [r["focus"] for r in report["results"] if "/.well-known/genid/" in r["focus"]]
    assert len(skolem) == 2
    date_screening, filmless_screening = sorted(skolem)
    assert found == {
        (
            film,
            "https://schema.org/dateCreated",
            '"1850"^^<http://www.w3.org/2001/XMLSchema#gYear>',
            "SPARQLConstraintComponent",
        ),
        (film, "https://schema.org/director", None, "MinCountConstraintComponent"),
        (film, "https://schema.org/duration", '"79 minutes"', "DatatypeConstraintComponent"),
        (
            "https://archive.example.org/id/person-vertov",
            "https://schema.org/name",
            None,
            "MinCountConstraintComponent",
        ),
        (
            date_screening,
            "https://schema.org/startDate",
            '"1930-02-30"^^<http://www.w3.org/2001/XMLSchema#date>',
            "OrConstraintComponent",
        ),
        (
            filmless_screening,
            "https://schema.org/workPresented",
            None,
            "MinCountConstraintComponent",
        ),
    }
    assert report["coverage"]["checked"] == 15
    assert report["coverage"]["httpSchemaTerms"] == 25
