"""Validation: SHACL results and SPARQL check results, with the files they concern."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from dockg.errors import InputError
from dockg.loading import LoadedDataset, load_dataset
from dockg.materialize import materialize
from dockg.namespaces import SDO, SH, XSD
from dockg.project import Project
from dockg.validation.checks import CHECK
from dockg.validation.output import ReportFormat, format_report
from dockg.validation.report import Severity, ValidationReport
from dockg.validation.run import validate

ID = "https://w3id.org/dockg/id/"
BAD_FILE = "bad-record.ttl"


def _keys(report: ValidationReport) -> list[tuple]:
    return [
        (r.focus, r.path, r.value, r.component, r.severity, r.files[-1].rsplit("/", 1)[-1])
        for r in report.results
    ]


@pytest.fixture(scope="module")
def bad_report(bad_loaded: LoadedDataset) -> ValidationReport:
    return validate(bad_loaded)


def test_mini_conforms_with_a_warning_and_an_info(mini_loaded: LoadedDataset) -> None:
    report = validate(mini_loaded)
    assert report.conforms
    assert _keys(report) == [
        (
            URIRef(ID + "film/short-thaw"),
            SDO.duration,
            Literal("16min", datatype=XSD.duration),
            SH.DatatypeConstraintComponent,
            Severity.WARNING,
            "films.ttl",
        ),
        (
            URIRef(ID + "person/lee-min"),
            None,
            URIRef(ID + "person/lee-min"),
            SH.SPARQLConstraintComponent,
            Severity.INFO,
            "films.ttl",
        ),
    ]


def test_bad_record_gives_one_shacl_and_one_check_violation(bad_report: ValidationReport) -> None:
    assert not bad_report.conforms
    violations = [k for k in _keys(bad_report) if k[4] is Severity.VIOLATION]
    assert violations == [
        (
            URIRef(ID + "film/untitled"),
            SDO.name,
            None,
            SH.MinCountConstraintComponent,
            Severity.VIOLATION,
            BAD_FILE,
        ),
        (
            URIRef(ID + "person/too-young"),
            SDO.birthDate,
            Literal("1990-01-01", datatype=XSD.date),
            CHECK["director-born-after-film-violation"],
            Severity.VIOLATION,
            BAD_FILE,
        ),
    ]
    first = bad_report.results[0]
    assert first.message == "A film needs at least one title (schema:name)."
    assert str(first.shape) == "https://w3id.org/dockg/shapes/mini#FilmTitle"
    assert bad_report.results[1].message == "born after directing a film made in 1950"


def test_results_are_sorted_most_severe_first(bad_report: ValidationReport) -> None:
    ranks = [r.severity.rank for r in bad_report.results]
    assert ranks == sorted(ranks)
    assert bad_report.summary() == "2 violations, 1 warning, 1 info"


def test_focus_files_keep_only_results_about_nodes_described_there(
    bad_loaded: LoadedDataset, bad_dir: Path
) -> None:
    report = validate(bad_loaded, focus_files=[bad_dir / BAD_FILE])
    assert [r.focus for r in report.results] == [
        URIRef(ID + "film/untitled"),
        URIRef(ID + "person/too-young"),
    ]
    films = validate(bad_loaded, focus_files=[bad_loaded.project.root / "data" / "films.ttl"])
    assert films.conforms and len(films.results) == 2


def test_table_names_focus_path_value_message_severity_file(bad_report: ValidationReport) -> None:
    text = format_report(bad_report, fmt=ReportFormat.TABLE)
    header, _rule, first, *_ = text.splitlines()
    assert header.split() == ["focus", "path", "value", "message", "severity", "shape", "file"]
    assert first.startswith("film:untitled  ")
    assert "schema:name" in first and "Violation" in first and first.endswith(BAD_FILE)
    assert "  <https://w3id.org/dockg/shapes/mini#FilmTitle>  " in first
    assert text.endswith("does not conform: 2 violations, 1 warning, 1 info\n")


def test_json_report(bad_report: ValidationReport) -> None:
    data = json.loads(format_report(bad_report, fmt=ReportFormat.JSON))
    assert data["conforms"] is False
    assert data["counts"] == {"Violation": 2, "Warning": 1, "Info": 1}
    assert data["results"][0]["focus"] == ID + "film/untitled"
    assert data["results"][0]["component"] == str(SH.MinCountConstraintComponent)
    assert data["results"][0]["shape"] == "https://w3id.org/dockg/shapes/mini#FilmTitle"
    assert data["results"][1]["value"] == '"1990-01-01"^^<http://www.w3.org/2001/XMLSchema#date>'


def test_turtle_report_is_a_shacl_report(bad_report: ValidationReport) -> None:
    graph = Graph().parse(data=format_report(bad_report, fmt=ReportFormat.TURTLE), format="turtle")
    report = graph.value(predicate=SH.conforms, object=Literal(False))
    assert report is not None
    results = list(graph.objects(report, SH.result))
    assert len(results) == 4
    focus_nodes = {graph.value(r, SH.focusNode) for r in results}
    assert URIRef(ID + "film/untitled") in focus_nodes
    shapes = {graph.value(r, SH.sourceShape) for r in results}
    assert URIRef("https://w3id.org/dockg/shapes/mini#FilmTitle") in shapes


def _project_with(mini_copy: Path, check_name: str, text: str) -> LoadedDataset:
    (mini_copy / "ontology" / "checks" / check_name).write_text(text, encoding="utf-8")
    loaded = load_dataset(Project.open(mini_copy))
    materialize(loaded)
    return loaded


def test_check_without_focus_column_is_an_input_error(mini_copy: Path) -> None:
    loaded = _project_with(
        mini_copy, "no-focus-violation.rq", "# severity: Warning\nSELECT ?x WHERE { ?x ?p ?o }\n"
    )
    with pytest.raises(InputError, match=r"no-focus-violation.rq: a check must select \?focus"):
        validate(loaded)


def test_check_with_unknown_severity_is_an_input_error(mini_copy: Path) -> None:
    loaded = _project_with(
        mini_copy, "odd-violation.rq", "# severity: Fatal\nSELECT ?focus WHERE { ?focus ?p ?o }\n"
    )
    with pytest.raises(
        InputError, match=r"odd-violation\.rq: # severity: unknown severity 'Fatal'"
    ):
        validate(loaded)


def test_check_severity_is_taken_from_the_header(mini_copy: Path) -> None:
    loaded = _project_with(
        mini_copy,
        "untitled-person-violation.rq",
        "# title: People named Lee\n# severity: Info\n"
        "PREFIX schema: <https://schema.org/>\n"
        'SELECT ?focus WHERE { ?focus schema:name "Lee Min" }\n',
    )
    report = validate(loaded)
    (found,) = [r for r in report.results if r.component == CHECK["untitled-person-violation"]]
    assert (found.focus, found.severity, found.message) == (
        URIRef(ID + "person/lee-min"),
        Severity.INFO,
        "People named Lee",
    )


def test_broken_shapes_file_names_file_and_line(mini_copy: Path) -> None:
    (mini_copy / "ontology" / "shapes-extra.ttl").write_text("sh:x sh:y .\n", encoding="utf-8")
    loaded = load_dataset(Project.open(mini_copy))
    with pytest.raises(InputError, match=r"ontology/shapes-extra.ttl:1: Turtle syntax error"):
        validate(loaded)


def test_custom_shacl_severity_counts_as_violation(mini_copy: Path) -> None:
    shapes = mini_copy / "ontology" / "shapes-custom.ttl"
    shapes.write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        "@prefix schema: <https://schema.org/> .\n"
        "<https://example.org/Odd> a sh:NodeShape ; sh:targetClass schema:Person ;\n"
        "    sh:severity <https://example.org/Serious> ;\n"
        "    sh:property [ sh:path schema:birthDate ; sh:minCount 1 ] .\n",
        encoding="utf-8",
    )
    loaded = load_dataset(Project.open(mini_copy))
    materialize(loaded)
    report = validate(loaded)
    (odd,) = [r for r in report.results if r.component == SH.MinCountConstraintComponent]
    assert (odd.focus, odd.severity) == (URIRef(ID + "person/lee-min"), Severity.VIOLATION)
    assert not report.conforms
