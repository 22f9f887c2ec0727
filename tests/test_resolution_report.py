"""``dockg resolve --report`` on a small project of invented people and films."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Run
from dockg.loading import load_dataset
from dockg.materialize import materialize
from dockg.namespaces import DOCKG, RDF
from dockg.project import Project
from dockg.resolution import apply_resolution, resolve_incoming
from dockg.resolution.report import resolution_report
from dockg.store.memory import MemoryStore
from dockg.validation.run import validate
from resolution_support import ID, PREFIXES, iri, turtle

ROOT = Path(__file__).resolve().parents[1]

HEADER = """\
@prefix graph: <https://w3id.org/dockg/graph/> .
@prefix agent: <https://w3id.org/dockg/id/agent/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
graph:{name} a dockg:SourceGraph ; dcterms:title "{name}" ;
    prov:wasAttributedTo agent:dockg-curators .
"""

CURATED = """
person:kim-minji a dockg:Person ; schema:name "Minji Kim" .
film:river-songs a dockg:DocumentaryFilm ; schema:name "River Songs" ;
    schema:director person:kim-minji ; schema:dateCreated "2012"^^xsd:gYear .
person:kim-min-ji a dockg:Person ; schema:name "Kim Min-ji" .
film:stone-garden a dockg:DocumentaryFilm ; schema:name "Stone Garden" ;
    schema:director person:kim-min-ji ; schema:dateCreated "2021"^^xsd:gYear .
person:shin-suwon a dockg:Person ; schema:name "Shin Su-won" .
person:sin-suwon a dockg:Person ; schema:name "Sin Su-won" ;
    owl:differentFrom person:shin-suwon .
"""

INCOMING = """
person:minji-kim a dockg:Person ; schema:name "KIM Minji" .
film:river-songs-2013 a dockg:Film ; schema:name "River songs" ;
    schema:director person:minji-kim ; schema:dateCreated "2013"^^xsd:gYear .
person:lee-jin a dockg:Person ; schema:name "Lee Jin" .
person:yi-jin a dockg:Person ; schema:name "Yi Jin" .
"""


def _write(path: Path, name: str, body: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(PREFIXES + HEADER.format(name=name) + body, encoding="utf-8")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "ontology", tmp_path / "ontology")
    _write(tmp_path / "data" / "curated" / "people.ttl", "curated-people", CURATED)
    # Importing: resolve against the project as it is, write the result as its own graph.
    loaded = load_dataset(Project.open(tmp_path))
    materialize(loaded)
    incoming = turtle(INCOMING)
    existing = loaded.union()
    result = apply_resolution(incoming, resolve_incoming(incoming, existing), existing=existing)
    result += turtle(HEADER.format(name="import-a"))
    (tmp_path / "data" / "imported").mkdir()
    result.serialize(tmp_path / "data" / "imported" / "import-a.ttl", format="turtle")
    return tmp_path


EXPECTED_TABLE = """\
status     entity                 same as           recorded in     reasons
---------  ---------------------  ----------------  --------------  ------------------------------------------------------------------------------------------------
merged     film:river-songs-2013  film:river-songs  graph:import-a  director of the same name 'Minji Kim'; same title 'River Songs'; years 2013 and 2012 differ by 1
merged     person:minji-kim       person:kim-minji  graph:import-a  both credited as director of film:river-songs; same name 'Minji Kim'
candidate  person:kim-min-ji      person:kim-minji  (found now)     same name 'KIM Minji'; no shared film, festival, birth year or Hangul name
candidate  person:lee-jin         person:yi-jin     (found now)     romanization variant: 'Lee Jin' / 'Yi Jin'; no shared film, festival, birth year or Hangul name

2 merges, 2 unresolved candidates (2 found now among entities already in the graph)
"""  # noqa: E501


def test_report_table(project: Path, dockg: Callable[..., Run]) -> None:
    run = dockg("--project", project, "resolve", "--report")
    assert (run.code, run.stderr, run.stdout) == (0, "", EXPECTED_TABLE)


def test_report_json_and_csv(project: Path, dockg: Callable[..., Run]) -> None:
    run = dockg("--project", project, "resolve", "--report", "--format", "json")
    assert run.code == 0
    data = json.loads(run.stdout)
    assert [(d["status"], d["entity"][len(ID) :], d["same_as"][len(ID) :]) for d in data] == [
        ("merged", "film/river-songs-2013", "film/river-songs"),
        ("merged", "person/minji-kim", "person/kim-minji"),
        ("candidate", "person/kim-min-ji", "person/kim-minji"),
        ("candidate", "person/lee-jin", "person/yi-jin"),
    ]
    assert data[1] == {
        "status": "merged",
        "entity": ID + "person/minji-kim",
        "same_as": ID + "person/kim-minji",
        "graph": "https://w3id.org/dockg/graph/import-a",
        "reasons": ["both credited as director of film:river-songs", "same name 'Minji Kim'"],
    }
    assert data[2]["graph"] is None
    run = dockg("--project", project, "resolve", "--report", "--format", "csv")
    lines = run.stdout.splitlines()
    assert lines[0] == "status,entity,same_as,graph,reasons"
    assert lines[3] == (
        f"candidate,{ID}person/kim-min-ji,{ID}person/kim-minji,,"
        "\"same name 'KIM Minji'; no shared film, festival, birth year or Hangul name\""
    )


def test_recorded_only_leaves_out_what_is_found_now(project: Path) -> None:
    loaded = load_dataset(Project.open(project))
    materialize(loaded)
    matches = resolution_report(MemoryStore(loaded), look_now=False)
    assert [(m.status.value, m.graph is not None) for m in matches] == [
        ("merged", True),
        ("merged", True),
    ]


def test_a_settled_candidate_is_not_listed(project: Path) -> None:
    # Sin Su-won / Shin Su-won would be a candidate, but a curator said owl:differentFrom.
    loaded = load_dataset(Project.open(project))
    materialize(loaded)
    pairs = {(m.entity, m.other) for m in resolution_report(MemoryStore(loaded))}
    assert not {frozenset(p) for p in pairs} & {
        frozenset((iri("person:sin-suwon"), iri("person:shin-suwon")))
    }
    assert len(pairs) == 4


def test_the_import_with_its_records_validates(project: Path) -> None:
    loaded = load_dataset(Project.open(project))
    materialize(loaded)
    report = validate(loaded)
    # The copied ontology alone has findings (its events are dated by the seed data);
    # the data files, the import with its merges, records and claims, have none.
    in_data = [
        (r.focus, r.message)
        for r in report.results
        if r.severity.name == "VIOLATION" and any(f.startswith("data/") for f in r.files)
    ]
    assert in_data == []


def test_clashing_years_of_a_merged_film_are_claimed(project: Path) -> None:
    loaded = load_dataset(Project.open(project))
    claims = {
        (str(o), str(loaded.dataset.value(c, DOCKG.sourceLocation)))
        for c in loaded.dataset.subjects(RDF.type, DOCKG.Claim)
        for o in loaded.dataset.objects(c, RDF.object)
    }
    assert claims == {
        ("2012", "value stated in the graph before this import"),
        ("2013", "value stated in this import"),
    }


def test_report_needs_the_flag(project: Path, dockg: Callable[..., Run]) -> None:
    run = dockg("--project", project, "resolve")
    assert (run.code, run.stdout) == (2, "")
    assert run.stderr == (
        "dockg: error: give --report (merges are made by imports, never by rewriting sources)\n"
    )
