"""The shapes on data dockg did not write: a film archive's export in schema.org terms only.

``tests/fixtures/foreign/schema-movies.ttl`` uses schema:Movie, schema:Person,
schema:ScreeningEvent and schema:Festival, its own IRIs and blank-node screenings, and
holds five known defects. Validated with the project's shapes and ontology (no dockg
build, no materialization: SHACL's subclass reading of ``sh:targetClass`` applies), both
pySHACL on an rdflib graph and the compiled engine on a pyoxigraph store must report
exactly those five, alike field by field, and nothing about the clean records.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, URIRef

from dockg import namespaces as ns
from dockg.prefixes import compact_iri
from dockg.project import Project
from dockg.store.convert import TermConverter
from dockg.validation.compiler import compile_shapes
from dockg.validation.engine import CompiledValidator, subclass_map, validate_native
from dockg.validation.reference import shacl_results
from dockg.validation.report import ValidationResult
from dockg.validation.shapes import project_shapes
from shacl_support import keys

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "foreign" / "schema-movies.ttl"
ARCHIVE = "https://archive.example.org/"

#: (focus, path, value, constraint component, severity, message) of each defect.
EXPECTED = {
    (
        "film/123",
        "schema:director",
        "",
        "MinCount",
        "VIOLATION",
        "A film needs at least one director (schema:director) who is a described person.",
    ),
    (
        "film/124",
        "schema:duration",
        "16 minutes",
        "Datatype",
        "VIOLATION",
        'A runtime must be an xsd:duration such as "PT16M55S" (16min 55sec).',
    ),
    (
        "film/125",
        "schema:dateCreated",
        "1850",
        "SPARQL",
        "VIOLATION",
        "The year 1850 is outside the years films can have (1888 to next year).",
    ),
    (
        "_:screening starting 2019-02-30",
        "schema:startDate",
        "2019-02-30",
        "Or",
        "VIOLATION",
        "An event's start (schema:startDate) must be a valid date: an xsd:dateTime, xsd:date,"
        ' xsd:gYearMonth or xsd:gYear such as "2019-03-21"^^xsd:date.',
    ),
    (
        "screening/2004-2",
        "schema:workPresented",
        "",
        "MinCount",
        "VIOLATION",
        "A screening must say which film it presents"
        " (schema:workPresented), and the film must be described.",
    ),
}


@pytest.fixture(scope="module")
def fixture() -> Graph:
    return Graph().parse(FIXTURE)


@pytest.fixture(scope="module")
def data(fixture: Graph) -> Graph:
    """The export with the ontology and the schema.org hierarchy dockg ships."""
    graph = Graph()
    graph += fixture
    for name in ("dockg.ttl", "schema-subset.ttl"):
        graph.parse(ROOT / "ontology" / name)
    return graph


def described(results: list[ValidationResult], fixture: Graph) -> set[tuple[str, ...]]:
    """The results about the export's own nodes, in words (blank nodes by their start)."""
    subjects = set(fixture.subjects())

    def name(node: object) -> str:
        if isinstance(node, BNode):
            return f"_:screening starting {fixture.value(node, ns.SDO.startDate)}"
        return str(node).replace(ARCHIVE, "")

    return {
        (
            name(r.focus),
            compact_iri(str(r.path)) if r.path is not None else "",
            str(r.value) if r.value is not None else "",
            str(r.component).replace(str(ns.SH), "").replace("ConstraintComponent", ""),
            r.severity.name,
            r.message,
        )
        for r in results
        if r.focus in subjects
    }


@pytest.fixture(scope="module")
def shapes() -> Graph:
    """One shapes graph for both engines, so they name blank-node source shapes alike."""
    return project_shapes(Project.open(ROOT))


@pytest.fixture(scope="module")
def pyshacl_results(data: Graph, shapes: Graph) -> list[ValidationResult]:
    return shacl_results(data, shapes, display="ontology/shapes.ttl")


@pytest.fixture(scope="module")
def compiled_results(data: Graph, shapes: Graph) -> list[ValidationResult]:
    native = ox.Store()
    terms = TermConverter()  # keeps blank-node labels, so both engines name them alike
    graph = URIRef(ARCHIVE + "export")
    native.extend(terms.quad_to_ox(s, p, o, graph) for s, p, o in data)
    compiled = compile_shapes(shapes, subclass_map(native))
    assert compiled.fallback == {}  # every shape is compiled, none left to pySHACL
    validator = CompiledValidator(shapes=shapes, compiled=compiled, checks=())
    return validate_native(native, validator, checks=False)


def test_pyshacl_reports_exactly_the_five_defects(
    pyshacl_results: list[ValidationResult], fixture: Graph
) -> None:
    assert described(pyshacl_results, fixture) == EXPECTED


def test_the_compiled_engine_reports_exactly_the_five_defects(
    compiled_results: list[ValidationResult], fixture: Graph
) -> None:
    assert described(compiled_results, fixture) == EXPECTED


def test_both_engines_agree_field_by_field(
    pyshacl_results: list[ValidationResult], compiled_results: list[ValidationResult]
) -> None:
    assert keys(compiled_results) == keys(pyshacl_results)


def test_the_clean_records_give_no_result(
    pyshacl_results: list[ValidationResult], fixture: Graph
) -> None:
    defective = {
        URIRef(ARCHIVE + local)
        for local in ("film/123", "film/124", "film/125", "screening/2004-2")
    }
    # Of the two blank-node screenings, only the one on 30 February is wrong.
    defective |= {
        b
        for b, start in fixture.subject_objects(ns.SDO.startDate)
        if isinstance(b, BNode) and str(start) == "2019-02-30"
    }
    clean = set(fixture.subjects()) - defective
    assert len(clean) == 8
    assert {r.focus for r in pyshacl_results} & clean == set()
