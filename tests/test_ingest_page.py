"""Importing the real programme page (seed 003) into a copy of the seed project."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

import dockg
from dockg.build import build
from dockg.ingest.output import LISTED_ADDED, ImportSummary, format_summary
from dockg.ingest.page import import_page
from dockg.iris import Kind, kind_of, mint, mint_graph
from dockg.namespaces import DCTERMS, DOCKG, OWL, PROV, RDF, SDO, XSD
from dockg.prefixes import compact_iri, expand_iri
from dockg.project import Project
from ingest_page_support import (
    CURATED_003,
    NOW,
    PROGRAMME_SEED,
    data_snapshot,
    seed_line,
    seed_project_copy,
    turtle,
)

IMPORTED = "data/imported/page-003-81ffafb90c654928.ttl"


def iri(compact: str) -> URIRef:
    expanded = expand_iri(compact)
    assert expanded is not None, compact
    return URIRef(expanded)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ImportSummary]:
    root = seed_project_copy(tmp_path_factory.mktemp("seed"))
    summary = import_page(
        Project.open(root),
        PROGRAMME_SEED,
        source_url="https://example.org/sidof/program/heart-of-snow-afterlife",
        now=NOW,
    )
    return root, summary


@pytest.fixture(scope="module")
def imported(seeded: tuple[Path, ImportSummary]) -> Graph:
    return turtle(seeded[0] / IMPORTED)


def test_summary_lists_no_unparsed_line_and_adds_nothing_the_curators_had(
    seeded: tuple[Path, ImportSummary],
) -> None:
    root, summary = seeded
    assert summary.written and not summary.unchanged
    assert summary.path == root / IMPORTED
    assert summary.unparsed == ()
    assert summary.added == ()
    assert summary.candidates == ()
    merged = {(compact_iri(m.incoming), compact_iri(m.existing)) for m in summary.merges}
    assert (
        "festival:international-womens-film-festival",
        "festival:seoul-international-womens-film-festival",
    ) in merged
    assert (
        "festival:ebs-international-documentary-festival",
        "festival:ebs-international-documentary-film-festival",
    ) in merged


def test_header_facts_of_the_film(imported: Graph) -> None:
    film = iri("film:heart-of-snow-afterlife")
    assert set(imported.objects(film, RDF.type)) == {DOCKG.DocumentaryFilm}
    assert set(imported.objects(film, SDO.name)) == {Literal("Heart of Snow: afterlife", lang="en")}
    assert set(imported.objects(film, SDO.director)) == {iri("person:kim-soyoung")}
    assert set(imported.objects(film, SDO.dateCreated)) == {
        Literal("2018", datatype=XSD.gYear),
        Literal("2016", datatype=XSD.gYear),
    }
    assert set(imported.objects(film, SDO.duration)) == {
        Literal("PT16M55S", datatype=XSD.duration),
        Literal("PT16M", datatype=XSD.duration),
    }
    assert set(imported.objects(film, DOCKG.colour)) == {DOCKG.Colour}
    # The format is the screenings' (schema:videoFormat's domain), not the work's.
    assert set(imported.objects(film, SDO.videoFormat)) == set()
    # The schedule's screenings (the filmography's earlier showings are other copies).
    screenings = {
        s for s in imported.subjects(SDO.workPresented, film) if kind_of(str(s)) is Kind.SCREENING
    }
    assert len(screenings) == 2
    for screening in screenings:
        assert set(imported.objects(screening, SDO.videoFormat)) == {Literal("DCP")}
    assert set(imported.objects(film, SDO.subtitleLanguage)) == {Literal("en")}


def test_credits_give_roles_per_person(imported: Graph) -> None:
    film = iri("film:heart-of-snow-afterlife")
    kim, kang = iri("person:kim-soyoung"), iri("person:kang-jinseok")
    assert set(imported.objects(film, SDO.producer)) == {kim, kang}
    assert set(imported.objects(film, DOCKG.cinematographer)) == {kang}
    assert set(imported.objects(film, DOCKG.filmEditor)) == {kim, kang}
    # One person under both orders of her name.
    assert set(imported.objects(kim, DOCKG.nameInWesternOrder)) == {Literal("Soyoung Kim")}
    assert set(imported.objects(kim, DOCKG.nameInKoreanOrder)) == {Literal("Kim Soyoung")}


def test_contested_year_and_runtime_are_claims_with_evidence_and_lines(imported: Graph) -> None:
    film = iri("film:heart-of-snow-afterlife")
    rows = set()
    for claim in imported.subjects(RDF.type, DOCKG.Claim):
        if imported.value(claim, RDF.subject) != film:
            continue
        rows.add(
            (
                compact_iri(imported.value(claim, RDF.predicate)),
                str(imported.value(claim, RDF.object)),
                str(imported.value(claim, DOCKG.evidence)),
                str(imported.value(claim, DOCKG.sourceLocation)),
            )
        )
    header, filmography = seed_line(PROGRAMME_SEED, 8), seed_line(PROGRAMME_SEED, 39)
    assert rows == {
        ("schema:dateCreated", "2018", header, "line 8, film header"),
        ("schema:duration", "PT16M55S", header, "line 8, film header"),
        ("schema:dateCreated", "2016", filmography, "line 39, director's filmography"),
        ("schema:duration", "PT16M", filmography, "line 39, director's filmography"),
    }


def test_synopsis_statement_and_biography_are_kept_with_their_language(imported: Graph) -> None:
    film, kim = iri("film:heart-of-snow-afterlife"), iri("person:kim-soyoung")
    assert set(imported.objects(film, SDO.description)) == {
        Literal(seed_line(PROGRAMME_SEED, 19), lang="en")
    }
    assert set(imported.objects(film, DOCKG.directorStatement)) == {
        Literal(seed_line(PROGRAMME_SEED, 24), lang="en")
    }
    assert set(imported.objects(kim, SDO.description)) == {
        Literal(seed_line(PROGRAMME_SEED, 29), lang="en")
    }


def test_screenings_in_seoul_time_under_the_sidof_choice_section(imported: Graph) -> None:
    rows = imported.query(
        """
        SELECT ?start ?screen ?event WHERE {
            ?s a dockg:Screening ; schema:workPresented film:heart-of-snow-afterlife ;
               schema:startDate ?start ; schema:location ?screen ; schema:superEvent ?event .
            ?screen a dockg:Screen .
        } ORDER BY ?start
        """
    )
    section = "section:seoul-independent-documentary-film-festival-2019-sidof-choice"
    assert [(str(r.start), compact_iri(r.screen), compact_iri(r.event)) for r in rows] == [
        ("2019-03-23T11:00:00+09:00", "venue:lotte-cinema-hongik-univ-2", section),
        ("2019-03-27T17:00:00+09:00", "venue:lotte-cinema-hongik-univ-1", section),
    ]


def test_filmography_festival_lines_become_editions_sections_and_selections(
    imported: Graph,
) -> None:
    rows = imported.query(
        """
        SELECT ?film ?event WHERE {
            ?sel a dockg:FestivalSelection ; schema:workFeatured ?film ; schema:superEvent ?event .
        }
        """
    )
    found = {(compact_iri(r.film), compact_iri(r.event)) for r in rows}
    assert (
        "film:goodbye-my-love-north-korea",
        "section:busan-international-film-festival-2017-wide-angle-documentary-showcase",
    ) in found
    assert (
        "film:heart-of-snow-heart-of-blood",
        "section:seoul-international-womens-film-festival-2015-new-current",
    ) in found
    assert (
        "film:kim-alexs-place-ansan-tashkent",
        "edition:dmz-international-documentary-film-festival-2014",
    ) in found
    assert len(found) == 12
    showcase = iri("section:busan-international-film-festival-2017-wide-angle-documentary-showcase")
    wide_angle = iri("section:busan-international-film-festival-2017-wide-angle")
    edition = iri("edition:busan-international-film-festival-2017")
    assert imported.value(showcase, DOCKG.sectionOf) == wide_angle
    assert imported.value(wide_angle, DOCKG.sectionOf) == edition
    assert imported.value(edition, DOCKG.editionNumber) == Literal(22)
    assert imported.value(edition, SDO.startDate) == Literal("2017", datatype=XSD.gYear)


#: What the curators read into the page beyond its structure: subjects, people the film
#: shows, series, gender, alternate names. Rules do not guess these.
INTERPRETED = {
    ("contact:heart-of-snow-afterlife", "schema:contactType"),
    ("edition:seoul-international-womens-film-festival-2015", "schema:alternateName"),
    ("edition:seoul-international-womens-film-festival-2015", "schema:name"),
    ("festival:ebs-international-documentary-film-festival", "schema:alternateName"),
    ("festival:seoul-independent-documentary-film-festival", "schema:alternateName"),
    ("festival:seoul-international-womens-film-festival", "schema:alternateName"),
    ("film:goodbye-my-love-north-korea", "rdf:type"),
    ("film:heart-of-snow-heart-of-blood", "rdf:type"),
    ("film:kim-alexs-place-ansan-tashkent", "rdf:type"),
    ("film:sound-of-nomad-koryo-arirang", "rdf:type"),
    ("film:heart-of-snow-heart-of-blood", "schema:isPartOf"),
    ("film:heart-of-snow-heart-of-blood", "dockg:positionInSeries"),
    ("film:heart-of-snow-heart-of-blood", "dockg:isAbout"),
    ("person:kim-soyoung", "dockg:hasTheme"),
    ("person:kim-soyoung", "schema:gender"),
}
INTERPRETED_FILM_PROPERTIES = {
    "dockg:isSetIn",
    "dockg:recallsPerson",
    "dockg:isAbout",
    "dockg:featuresPerson",
    "dockg:featuresGroup",
    "dockg:depicts",
    "dockg:resonatesWith",
    "schema:temporalCoverage",
}


def test_recovers_the_curated_facts_under_the_same_iris(imported: Graph) -> None:
    curated = turtle(CURATED_003)
    missing = set()
    for s, p, _ in curated:
        if isinstance(s, URIRef) and (s, None, None) in imported and (s, p, None) not in imported:
            missing.add((compact_iri(s), compact_iri(p)))
        elif isinstance(s, URIRef) and (s, None, None) in imported:
            for o in curated.objects(s, p):
                if (s, p, o) not in imported:
                    missing.add((compact_iri(s), compact_iri(p)))
    film = "film:heart-of-snow-afterlife"
    expected = INTERPRETED | {(film, p) for p in INTERPRETED_FILM_PROPERTIES}
    assert missing == expected


def test_provenance_names_document_importer_and_time(imported: Graph) -> None:
    graph = iri("graph:page-003-81ffafb90c654928")
    document = iri("source:page-003-81ffafb90c654928-document")
    agent = iri("agent:dockg-ingest-programme-page-0-1-0")
    assert (graph, RDF.type, DOCKG.SourceGraph) in imported
    assert imported.value(graph, PROV.wasDerivedFrom) == document
    assert imported.value(graph, PROV.wasAttributedTo) == agent
    assert imported.value(graph, PROV.generatedAtTime) == Literal(
        "2026-11-21T12:00:00Z", datatype=XSD.dateTime
    )
    assert imported.value(document, DCTERMS.identifier) == Literal(PROGRAMME_SEED.name)
    assert imported.value(document, SDO.url) == URIRef(
        "https://example.org/sidof/program/heart-of-snow-afterlife"
    )
    assert (agent, RDF.type, PROV.SoftwareAgent) in imported
    assert imported.value(agent, SDO.softwareVersion) == Literal(dockg.__version__)
    activity = imported.value(graph, PROV.wasGeneratedBy)
    assert imported.value(activity, PROV.used) == document
    assert imported.value(activity, PROV.wasAssociatedWith) == agent
    # Merges are recorded, never applied silently.
    assert (
        iri("festival:international-womens-film-festival"),
        OWL.sameAs,
        iri("festival:seoul-international-womens-film-festival"),
    ) in imported


def test_the_seed_project_with_the_import_still_builds(
    seeded: tuple[Path, ImportSummary], tmp_path: Path
) -> None:
    root, _ = seeded
    result = build(Project.open(root), out_dir=tmp_path / "build")
    assert result.report.conforms


def test_rerun_leaves_the_file_byte_identical(seeded: tuple[Path, ImportSummary]) -> None:
    root, _ = seeded
    before = (root / IMPORTED).read_bytes()
    again = import_page(
        Project.open(root),
        PROGRAMME_SEED,
        source_url="https://example.org/sidof/program/heart-of-snow-afterlife",
    )
    assert again.unchanged and not again.written
    assert (root / IMPORTED).read_bytes() == before
    assert format_summary(again).startswith("unchanged ")


def test_dry_run_writes_nothing_and_shows_the_graph(tmp_path: Path) -> None:
    root = seed_project_copy(tmp_path / "seed")
    before = data_snapshot(root)
    summary = import_page(Project.open(root), PROGRAMME_SEED, dry_run=True, now=NOW)
    assert data_snapshot(root) == before
    assert not summary.written
    shown = Graph().parse(data=summary.turtle, format="turtle")
    summary2 = import_page(Project.open(root), PROGRAMME_SEED, now=NOW)
    assert isomorphic(shown, turtle(summary2.path))
    assert format_summary(summary).startswith("dry run: would write ")


def test_summary_names_the_first_added_entities_and_counts_the_rest() -> None:
    added = tuple(mint(Kind.FILM, f"film-{n:03}") for n in range(LISTED_ADDED + 5))
    summary = ImportSummary(
        path=Path("data/imported/x.ttl"),
        graph=mint_graph("x"),
        triples=10,
        written=True,
        added=added,
        merges=(),
        candidates=(),
        unparsed=(),
    )
    lines = format_summary(summary).splitlines()
    assert lines[2] == f"added {LISTED_ADDED + 5}"
    assert lines[3] == "  film:film-000"
    assert lines[2 + LISTED_ADDED] == f"  film:film-{LISTED_ADDED - 1:03}"
    assert lines[3 + LISTED_ADDED] == "  … and 5 more (all are in the file)"
    assert lines[4 + LISTED_ADDED] == "merged 0"
