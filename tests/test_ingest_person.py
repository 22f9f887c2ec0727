"""Importing person pages: the real seed 000 and an invented page with a "Known for" list."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from dockg.build import build
from dockg.ingest.output import ImportSummary
from dockg.ingest.page import PageKind, detect_kind, import_page
from dockg.ingest.text import read_lines
from dockg.namespaces import DOCKG, RDF, SDO, XSD
from dockg.prefixes import compact_iri
from dockg.project import Project
from ingest_page_support import (
    NOW,
    PAGES,
    PERSON_SEED,
    PROGRAMME_SEED,
    ROOT,
    seed_project_copy,
    turtle,
)

PERSON = URIRef("https://w3id.org/dockg/id/person/im-heung-soon")


def directed(graph: Graph, person: URIRef) -> list[tuple[str, str]]:
    """(film, year) of the films ``person`` directed, sorted."""
    rows = graph.query(
        "SELECT ?film ?year WHERE { ?film schema:director ?p ; schema:dateCreated ?year }",
        initBindings={"p": person},
    )
    return sorted((compact_iri(r.film), str(r.year)) for r in rows)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ImportSummary]:
    root = seed_project_copy(tmp_path_factory.mktemp("seed"))
    return root, import_page(Project.open(root), PERSON_SEED, now=NOW)


@pytest.fixture(scope="module")
def imported(seeded: tuple[Path, ImportSummary]) -> Graph:
    return turtle(seeded[1].path)


def test_kinds_are_told_apart_by_layout() -> None:
    assert detect_kind(read_lines(PERSON_SEED)) is PageKind.PERSON
    assert detect_kind(read_lines(PROGRAMME_SEED)) is PageKind.PROGRAMME
    assert detect_kind(read_lines(PAGES / "no-layout.txt")) is None


def test_name_and_role_heading(imported: Graph) -> None:
    assert (PERSON, RDF.type, DOCKG.Person) in imported
    assert set(imported.objects(PERSON, SDO.name)) == {Literal("Heung-Soon Im")}
    assert set(imported.objects(PERSON, DOCKG.nameInWesternOrder)) == {Literal("Heung-Soon Im")}
    assert set(imported.objects(PERSON, SDO.familyName)) == {Literal("Im")}
    assert set(imported.objects(PERSON, SDO.givenName)) == {Literal("Heung-Soon")}
    assert set(imported.objects(PERSON, SDO.jobTitle)) == {Literal("Director", lang="en")}


def test_born_in_year_in_place_is_a_claim_as_the_curators_wrote_it(imported: Graph) -> None:
    curated = turtle(ROOT / "data" / "sources" / "filmsite-im-heung-soon-bio.ttl")
    ours = {
        (str(imported.value(c, DOCKG.evidence)), str(imported.value(c, DOCKG.sourceLocation)))
        for c in imported.subjects(RDF.predicate, SDO.birthDate)
    }
    theirs = {
        (str(curated.value(c, DOCKG.evidence)), str(curated.value(c, DOCKG.sourceLocation)))
        for c in curated.subjects(RDF.predicate, SDO.birthDate)
    }
    assert ours == theirs == {("Born in 1970 in Seoul, South Korea", "line 9, BIO")}
    assert imported.value(PERSON, SDO.birthDate) == Literal("1970", datatype=XSD.gYear)
    seoul = imported.value(PERSON, SDO.birthPlace)
    assert compact_iri(seoul) == "place:seoul"
    assert (seoul, RDF.type, SDO.City) in imported
    assert compact_iri(imported.value(seoul, SDO.containedInPlace)) == "place:south-korea"


def test_quoted_titles_next_to_years_are_works_with_the_curated_iris(imported: Graph) -> None:
    assert directed(imported, PERSON) == [
        ("film:the-day-after", "2017"),
        ("film:the-house-of-my-mother", "2013"),
        ("film:the-last-day-of-the-year", "2015"),
    ]
    curated = turtle(ROOT / "data" / "sources" / "filmsite-im-heung-soon-bio.ttl")
    for film in ("the-day-after", "the-last-day-of-the-year", "the-house-of-my-mother"):
        iri = URIRef(f"https://w3id.org/dockg/id/film/{film}")
        assert set(imported.objects(iri, SDO.name)) == set(curated.objects(iri, SDO.name))


def test_everything_else_is_reported_as_not_extracted_with_its_line(
    seeded: tuple[Path, ImportSummary],
) -> None:
    lines = [number for number, _ in seeded[1].unparsed]
    assert lines == [9, 11, 13, 15, 17, 19]
    assert seeded[1].unparsed[0] == (
        9,
        "not extracted (2 of 3 sentences): Heung-Soon Im is a prominent South Korean "
        "documentary filmmaker known…",
    )
    assert all(text.startswith("not extracted (") for _, text in seeded[1].unparsed)


def test_the_seed_project_with_the_person_import_still_builds(
    seeded: tuple[Path, ImportSummary], tmp_path: Path
) -> None:
    assert build(Project.open(seeded[0]), out_dir=tmp_path / "build").report.conforms


def test_known_for_list_and_both_title_rules_on_an_invented_page(tmp_path: Path) -> None:
    root = seed_project_copy(tmp_path / "seed")
    summary = import_page(Project.open(root), PAGES / "person-page.txt", now=NOW)
    graph = turtle(summary.path)
    person = URIRef("https://w3id.org/dockg/id/person/park-minji")
    assert directed(graph, person) == [
        ("film:night-ferry-notes", "2015"),
        ("film:the-salt-road-ledger", "2018"),
        ("film:tidal-flats", "2012"),
    ]
    assert compact_iri(graph.value(person, SDO.birthPlace)) == "place:mokpo"
    assert summary.unparsed == (
        (
            9,
            "not extracted (1 of 2 sentences): Minji Park is a documentary director who has "
            "worked with independent…",
        ),
        (11, "not extracted (1 of 2 sentences): She teaches a directing workshop every summer."),
    )
