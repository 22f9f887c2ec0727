"""The real project: the seed graph builds clean, exports round-trip, bad input is refused.

These tests run ``dockg`` as a user would, in a subprocess, on a private copy of the
repository's ontology, data and queries.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from conftest import Run
from dockg.export import ExportFormat, serialize
from dockg.loading import LoadedDataset
from dockg.project import copy_project
from queries_support import seed_loaded

ROOT = Path(__file__).resolve().parents[1]
OUTPUTS = {
    "dockg.trig",
    "dockg.nq",
    "dockg.ttl",
    "dockg.jsonld",
    "context.jsonld",
    "validation.txt",
    "void.ttl",
}


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    return copy_project(ROOT, tmp_path / "project")


@pytest.fixture(scope="module")
def built_template(tmp_path_factory: pytest.TempPathFactory, dockg: Callable[..., Run]) -> Path:
    """A copy of the project with a finished build, made once and copied per test."""
    root = copy_project(ROOT, tmp_path_factory.mktemp("built") / "project")
    assert dockg("--project", root, "build").code == 0
    return root


@pytest.fixture
def built_copy(built_template: Path, tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(built_template, root)
    return root


@pytest.fixture(scope="module")
def seed() -> LoadedDataset:
    return seed_loaded()  # the session's one loaded seed dataset, shared with the catalogue tests


def test_fresh_build_has_zero_violations_and_writes_every_output(
    dockg: Callable[..., Run], seed_copy: Path
) -> None:
    run = dockg("--project", seed_copy, "build")
    assert run.code == 0, run.stderr
    assert "validation: 0 violations" in run.stdout
    assert "graph:sidof-2019-heart-of-snow-afterlife" in run.stdout  # counts per source
    assert "dockg:FestivalSelection" in run.stdout  # counts per class
    assert {p.name for p in (seed_copy / "build").iterdir()} == OUTPUTS


def test_every_triple_sits_in_a_described_named_graph(seed: LoadedDataset) -> None:
    ds = seed.dataset
    assert len(ds.default_graph) == 0
    for graph in seed.named_graphs():
        described = list(
            ds.query(
                "ASK { GRAPH ?g { ?g a <https://w3id.org/dockg/ontology#SourceGraph> } }",
                initBindings={"g": graph.identifier},
            )
        )
        assert described == [True], graph.identifier


@pytest.mark.parametrize("fmt", list(ExportFormat), ids=lambda f: f.value)
def test_export_round_trips_by_isomorphism(seed: LoadedDataset, fmt: ExportFormat) -> None:
    data = serialize(seed, fmt=fmt)
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    rdflib_format = fmt.rdflib_format
    union = seed.union()
    if fmt in (ExportFormat.NQUADS, ExportFormat.TRIG, ExportFormat.JSONLD):
        back = Dataset()
        back.parse(data=text, format=rdflib_format)
        names = {g.identifier for g in seed.named_graphs()}
        assert {g.identifier for g in back.graphs()} - {back.default_graph.identifier} == names
        for graph in seed.named_graphs():
            assert isomorphic(back.graph(graph.identifier), graph), graph.identifier
    else:
        back = Graph().parse(data=text, format=rdflib_format)
        assert isomorphic(back, union)


BAD_INPUTS = [
    (
        "syntax-error",
        'film:x a dockg:Film ;\n    schema:name "unterminated\n',
        2,
        "data/sources/bad.ttl:",
    ),
    (
        "unknown-prefix",
        'film:x a dockg:Film ; nonsense:title "x" .\n',
        2,
        'Prefix "nonsense:" not bound',
    ),
    (
        "wrong-datatype",
        'film:heart-of-snow-afterlife schema:duration "17 minutes" .\n',
        1,
        "A runtime must be an xsd:duration",
    ),
    (
        "broken-reference",
        "film:heart-of-snow-afterlife dockg:featuresPerson person:nobody-described .\n",
        1,
        "Broken reference",
    ),
    (
        "duplicate-entity-with-clashing-values",
        'person:kim-soyoung a dockg:Person ; schema:name "Soyoung Kim" ;'
        ' schema:birthDate "1970"^^xsd:gYear, "1971"^^xsd:gYear .\n',
        1,
        "Clashing values",
    ),
    (
        "no-source-graph",
        None,
        2,
        "dockg:SourceGraph",
    ),
]

HEADER = """\
@prefix dockg:   <https://w3id.org/dockg/ontology#> .
@prefix graph:   <https://w3id.org/dockg/graph/> .
@prefix agent:   <https://w3id.org/dockg/id/agent/> .
@prefix film:    <https://w3id.org/dockg/id/film/> .
@prefix person:  <https://w3id.org/dockg/id/person/> .
@prefix schema:  <https://schema.org/> .
@prefix prov:    <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .

graph:bad a dockg:SourceGraph ; dcterms:title "bad" ; prov:wasAttributedTo agent:dockg-curators .
"""


@pytest.mark.parametrize(
    ("name", "body", "code", "message"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS]
)
def test_bad_input_is_refused_and_build_is_kept(
    dockg: Callable[..., Run],
    built_copy: Path,
    name: str,
    body: str | None,
    code: int,
    message: str,
) -> None:
    seed_copy = built_copy
    before = {p.name: p.read_bytes() for p in (seed_copy / "build").iterdir()}

    text = (
        HEADER + body
        if body is not None
        else HEADER.split("graph:bad")[0] + "film:x a dockg:Film .\n"
    )
    (seed_copy / "data" / "sources" / "bad.ttl").write_text(text, encoding="utf-8")
    run = dockg("--project", seed_copy, "build")

    assert run.code == code, run.stdout + run.stderr
    assert message in run.stdout + run.stderr
    assert "Traceback" not in run.stderr
    after = {p.name: p.read_bytes() for p in (seed_copy / "build").iterdir()}
    assert after == before  # nothing partial, nothing lost


def test_syntax_error_names_file_and_line(dockg: Callable[..., Run], seed_copy: Path) -> None:
    text = (
        HEADER
        + 'film:x a dockg:Film ;\n    schema:name "x" ;\n'
        + "    schema:director person:kim-soyoung\n\nfilm:y a dockg:Film .\n"
    )
    (seed_copy / "data" / "sources" / "bad.ttl").write_text(text, encoding="utf-8")
    run = dockg("--project", seed_copy, "validate")
    assert run.code == 2
    line = HEADER.count("\n") + 5
    assert f"data/sources/bad.ttl:{line}:" in run.stderr
    assert "Traceback" not in run.stderr


def test_validate_reports_the_source_file(dockg: Callable[..., Run], seed_copy: Path) -> None:
    (seed_copy / "data" / "sources" / "bad.ttl").write_text(
        HEADER + "film:x a dockg:DocumentaryFilm ; schema:director person:kim-soyoung .\n",
        encoding="utf-8",
    )
    run = dockg("--project", seed_copy, "validate", seed_copy / "data" / "sources" / "bad.ttl")
    assert run.code == 1
    assert "film:x" in run.stdout
    assert "A film needs a title (schema:name), as text." in run.stdout
    assert "data/sources/bad.ttl" in run.stdout


def test_literals_stay_as_written_after_validation(seed: LoadedDataset) -> None:
    # Regression: pySHACL turns rdflib's literal normalization back on when it returns,
    # after which "PT89M" read as "PT1H29M" and "…Z" as "…+00:00".
    import rdflib

    from dockg.validation.run import validate

    validate(seed)
    assert rdflib.NORMALIZE_LITERALS is False
    assert str(rdflib.Literal("PT89M", datatype=rdflib.XSD.duration)) == "PT89M"
