"""Every shape with a passing and a failing example, asserting the exact results.

Each case is a small source file validated together with the real ontology, subject
scheme and shapes (not the seed data), through the same load → materialize → validate
path as ``dockg build``. A failing case lists every result it must produce: focus node,
path, constraint component and severity, nothing more and nothing less.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from dockg.loading import load_dataset
from dockg.materialize import materialize
from dockg.namespaces import SHAPE
from dockg.prefixes import compact_iri
from dockg.project import Project
from dockg.validation.reference import reference_validate
from dockg.validation.report import ValidationReport
from dockg.validation.run import validate

ROOT = Path(__file__).resolve().parents[1]

PREFIXES = """\
@prefix dockg:     <https://w3id.org/dockg/ontology#> .
@prefix graph:     <https://w3id.org/dockg/graph/> .
@prefix agent:     <https://w3id.org/dockg/id/agent/> .
@prefix source:    <https://w3id.org/dockg/id/source/> .
@prefix claim:     <https://w3id.org/dockg/id/claim/> .
@prefix person:    <https://w3id.org/dockg/id/person/> .
@prefix film:      <https://w3id.org/dockg/id/film/> .
@prefix series:    <https://w3id.org/dockg/id/series/> .
@prefix festival:  <https://w3id.org/dockg/id/festival/> .
@prefix edition:   <https://w3id.org/dockg/id/edition/> .
@prefix section:   <https://w3id.org/dockg/id/section/> .
@prefix selection: <https://w3id.org/dockg/id/selection/> .
@prefix screening: <https://w3id.org/dockg/id/screening/> .
@prefix venue:     <https://w3id.org/dockg/id/venue/> .
@prefix place:     <https://w3id.org/dockg/id/place/> .
@prefix topic:     <https://w3id.org/dockg/id/topic/> .
@prefix event:     <https://w3id.org/dockg/id/event/> .
@prefix schema:    <https://schema.org/> .
@prefix prov:      <http://www.w3.org/ns/prov#> .
@prefix dcterms:   <http://purl.org/dc/terms/> .
@prefix skos:      <http://www.w3.org/2004/02/skos/core#> .
@prefix rdf:       <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix xsd:       <http://www.w3.org/2001/XMLSchema#> .

graph:case a dockg:SourceGraph ;
    dcterms:title "test case" ;
    prov:wasAttributedTo agent:dockg-curators .
"""

ID = "https://w3id.org/dockg/id/"
GRAPH = "https://w3id.org/dockg/graph/"
SH = "http://www.w3.org/ns/shacl#"
SCHEMA = "https://schema.org/"
DOCKG = "https://w3id.org/dockg/ontology#"
CHECK = DOCKG + "check/"

#: Records typed with schema.org classes only, as a foreign archive writes them: the
#: public shapes check them, dockg's own rules do not apply. The screening's date-time has
#: no offset, which only a dockg:Screening must give.
ARCHIVE = "https://archive.example.org/"
SCHEMA_ORG_WORLD = """
<https://archive.example.org/person/varda> a schema:Person ;
    schema:name "Agnès Varda" ;
    schema:birthDate "1928-05-30"^^xsd:date .
<https://archive.example.org/film/daguerreotypes> a schema:Movie ;
    schema:name "Daguerréotypes"@fr ;
    schema:director <https://archive.example.org/person/varda> ;
    schema:duration "PT79M"^^xsd:duration ;
    schema:dateCreated "1975-01-01"^^xsd:date .
<https://archive.example.org/place/pantheon> a schema:Place ; schema:name "Cinéma du Panthéon" .
<https://archive.example.org/screening/1975-10-01> a schema:ScreeningEvent ;
    schema:workPresented <https://archive.example.org/film/daguerreotypes> ;
    schema:startDate "1975-10-01T20:30:00"^^xsd:dateTime ;
    schema:location <https://archive.example.org/place/pantheon> .
<https://archive.example.org/festival/cannes-1975> a schema:Festival ;
    schema:name "Cannes 1975" ;
    schema:startDate "1975-05-09"^^xsd:date ;
    schema:endDate "1975-05-23"^^xsd:date .
"""

#: A complete, valid little world that uses every class the shapes target. Its festival
#: selection is a schema:ScreeningEvent with a film but no start or place: that is right.
VALID_WORLD = """
person:kim-soyoung a dockg:Person ;
    schema:name "Soyoung Kim" ;
    dockg:nameInHangul "김소영"@ko ;
    schema:birthDate "1965"^^xsd:gYear ;
    schema:birthPlace place:seoul ;
    schema:gender schema:Female .
place:seoul a schema:City ; schema:name "Seoul"@en .
film:heart-of-snow-afterlife a dockg:DocumentaryFilm ;
    schema:name "Heart of Snow: afterlife"@en ;
    schema:director person:kim-soyoung ;
    dockg:cinematographer person:kim-soyoung ;
    schema:duration "PT16M55S"^^xsd:duration ;
    schema:dateCreated "2018"^^xsd:gYear ;
    schema:subtitleLanguage "en" ;
    dockg:colour dockg:Colour ;
    dockg:isAbout topic:koryo-saram ;
    dockg:depicts event:sinhanchon-massacre-1920 ;
    schema:isPartOf series:exile-trilogy ;
    dockg:positionInSeries 4 ;
    dockg:contactPoint [ a schema:ContactPoint ; schema:email "someone@example.org" ] .
series:exile-trilogy a dockg:FilmSeries ;
    schema:name "Exile Trilogy"@en ;
    dockg:partCount 3 ;
    schema:hasPart film:heart-of-snow-afterlife .
event:sinhanchon-massacre-1920
    schema:startDate "1920"^^xsd:gYear ;
    schema:endDate "1920"^^xsd:gYear ;
    schema:location place:vladivostok .
place:vladivostok a schema:City ; schema:name "Vladivostok"@en .
festival:sidof a dockg:FestivalSeries ;
    schema:name "Seoul Independent Documentary Film Festival"@en ;
    dockg:isAnnual true .
edition:sidof-2019 a dockg:FestivalEdition ;
    schema:name "SIDOF 2019" ;
    dockg:editionOf festival:sidof ;
    dockg:editionNumber 16 ;
    schema:startDate "2019-03-21"^^xsd:date .
edition:sidof-2018 a dockg:FestivalEdition ;
    schema:name "SIDOF 2018" ;
    dockg:editionOf festival:sidof ;
    dockg:editionNumber 15 ;
    schema:startDate "2018"^^xsd:gYear .
section:sidof-2019-choice a dockg:FestivalSection ;
    schema:name "SIDOF Choice" ;
    dockg:sectionOf edition:sidof-2019 .
selection:sidof-2019-choice-hosa a dockg:FestivalSelection ;
    schema:workFeatured film:heart-of-snow-afterlife ;
    schema:superEvent section:sidof-2019-choice .
screening:sidof-2019-hosa-1 a dockg:Screening ;
    schema:workPresented film:heart-of-snow-afterlife ;
    schema:superEvent section:sidof-2019-choice ;
    schema:startDate "2019-03-23T11:00:00+09:00"^^xsd:dateTime ;
    schema:location venue:lotte-2 ;
    schema:videoFormat "DCP" .
venue:lotte a dockg:MovieTheater ;
    schema:name "Lotte Cinema Hongik Univ" ;
    schema:containedInPlace place:seoul .
venue:lotte-2 a dockg:Screen ;
    schema:name "Lotte Cinema Hongik Univ, screen 2" ;
    schema:containedInPlace venue:lotte .
graph:case prov:wasDerivedFrom source:page .
source:page a dockg:SourceDocument ;
    dcterms:title "A programme page" ;
    dcterms:identifier "page.txt" ;
    dockg:capturedOn "2019-03-01"^^xsd:date .
claim:hosa-2018 a dockg:Claim ;
    rdf:subject film:heart-of-snow-afterlife ;
    rdf:predicate schema:dateCreated ;
    rdf:object "2018"^^xsd:gYear ;
    dockg:evidence "2018 | 16min 55sec" ;
    dockg:sourceLocation "line 8" .
"""

FILM_OK = """
person:d a dockg:Person ; schema:name "D" .
"""


def result_keys(report) -> set[tuple[str, str, str, str]]:
    return {
        (
            str(r.focus).replace(ID, "").replace(ARCHIVE, "ar:"),
            compact_iri(str(r.path)) if r.path is not None else "",
            str(r.component).replace(SH, "sh:").replace(CHECK, "check:"),
            r.severity.name,
        )
        for r in report.results
    }


@pytest.fixture(scope="module")
def case_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("shapes")
    shutil.copytree(ROOT / "ontology", root / "ontology")
    (root / "data").mkdir()
    return root


def run_case(project_root: Path, body: str):
    header = PREFIXES if "dockg:SourceGraph" not in body else PREFIXES.split("graph:case")[0]
    (project_root / "data" / "case.ttl").write_text(header + body, encoding="utf-8")
    loaded = load_dataset(Project.open(project_root))
    materialize(loaded)
    return validate(loaded, focus_files=[project_root / "data" / "case.ttl"])


def test_valid_world_produces_no_result_at_all(case_project: Path) -> None:
    report = run_case(case_project, VALID_WORLD)
    assert result_keys(report) == set()
    assert report.conforms


def test_valid_schema_org_world_produces_no_result_at_all(case_project: Path) -> None:
    report = run_case(case_project, SCHEMA_ORG_WORLD)
    assert result_keys(report) == set()
    assert report.conforms


CASES: list[tuple[str, str, set[tuple[str, str, str, str]]]] = [
    (
        "film-without-title-or-director",
        "film:x a dockg:DocumentaryFilm ; dockg:isAbout topic:koryo-saram .",
        {
            ("film/x", "schema:name", "sh:MinCountConstraintComponent", "VIOLATION"),
            ("film/x", "schema:director", "sh:MinCountConstraintComponent", "VIOLATION"),
        },
    ),
    (
        "film-director-not-a-person",
        FILM_OK + 'film:x a dockg:Film ; schema:name "X" ; schema:director place:nowhere ;'
        " dockg:isAbout topic:koryo-saram .\n"
        'place:nowhere a schema:Place ; schema:name "Nowhere" .',
        {("film/x", "schema:director", "sh:ClassConstraintComponent", "VIOLATION")},
    ),
    (
        "duration-written-as-text",
        FILM_OK + 'film:x a dockg:Film ; schema:name "X" ; schema:director person:d ;'
        ' schema:duration "16min" ; dockg:isAbout topic:koryo-saram .',
        {("film/x", "schema:duration", "sh:DatatypeConstraintComponent", "VIOLATION")},
    ),
    (
        "duration-ill-formed",
        FILM_OK + 'film:x a dockg:Film ; schema:name "X" ; schema:director person:d ;'
        ' schema:duration "16min 55sec"^^xsd:duration ; dockg:isAbout topic:koryo-saram .',
        {("film/x", "schema:duration", "sh:DatatypeConstraintComponent", "VIOLATION")},
    ),
    (
        "year-before-cinema",
        FILM_OK + 'film:x a dockg:Film ; schema:name "X" ; schema:director person:d ;'
        ' schema:dateCreated "1850"^^xsd:gYear ; dockg:isAbout topic:koryo-saram .',
        {("film/x", "schema:dateCreated", "sh:SPARQLConstraintComponent", "VIOLATION")},
    ),
    (
        "year-in-the-future",
        FILM_OK + 'film:x a dockg:Film ; schema:name "X" ; schema:director person:d ;'
        ' schema:dateCreated "2999"^^xsd:gYear ; dockg:isAbout topic:koryo-saram .',
        {("film/x", "schema:dateCreated", "sh:SPARQLConstraintComponent", "VIOLATION")},
    ),
    (
        "year-not-a-gyear",
        FILM_OK + 'film:x a dockg:Film ; schema:name "X" ; schema:director person:d ;'
        ' schema:dateCreated "2016" ; dockg:isAbout topic:koryo-saram .',
        {("film/x", "schema:dateCreated", "sh:OrConstraintComponent", "VIOLATION")},
    ),
    (
        "dockg-film-year-as-a-full-date",
        FILM_OK + 'film:x a dockg:Film ; schema:name "X" ; schema:director person:d ;'
        ' schema:dateCreated "2016-05-01"^^xsd:date ; dockg:isAbout topic:koryo-saram .',
        {("film/x", "schema:dateCreated", "sh:NotConstraintComponent", "VIOLATION")},
    ),
    (
        "schema-movie-with-the-public-defects",
        "<https://archive.example.org/film/x> a schema:Movie ;"
        ' schema:duration "16 minutes" ; schema:dateCreated "1850"^^xsd:gYear .',
        {
            ("ar:film/x", "schema:name", "sh:MinCountConstraintComponent", "VIOLATION"),
            ("ar:film/x", "schema:director", "sh:MinCountConstraintComponent", "VIOLATION"),
            ("ar:film/x", "schema:duration", "sh:DatatypeConstraintComponent", "VIOLATION"),
            ("ar:film/x", "schema:dateCreated", "sh:SPARQLConstraintComponent", "VIOLATION"),
        },
    ),
    (
        "schema-movie-year-that-is-no-date",
        '<https://archive.example.org/person/d> a schema:Person ; schema:name "D" .\n'
        '<https://archive.example.org/film/x> a schema:Movie ; schema:name "X" ;'
        " schema:director <https://archive.example.org/person/d> ;"
        ' schema:dateCreated "circa 1960" .',
        {("ar:film/x", "schema:dateCreated", "sh:OrConstraintComponent", "VIOLATION")},
    ),
    (
        "film-without-subject-is-a-warning",
        FILM_OK + 'film:x a dockg:Film ; schema:name "X" ; schema:director person:d .',
        {("film/x", "schema:about", "sh:MinCountConstraintComponent", "WARNING")},
    ),
    (
        "subtitle-language-not-bcp47",
        FILM_OK + 'film:x a dockg:Film ; schema:name "X" ; schema:director person:d ;'
        ' schema:subtitleLanguage "English subtitles" ; dockg:isAbout topic:koryo-saram .',
        {("film/x", "schema:subtitleLanguage", "sh:PatternConstraintComponent", "VIOLATION")},
    ),
    (
        # schema:videoFormat is the screening's (the copy shown): on a film, a warning.
        "video-format-on-the-film",
        FILM_OK + 'film:x a dockg:Film ; schema:name "X" ; schema:director person:d ;'
        ' schema:videoFormat "DCP" ; dockg:isAbout topic:koryo-saram .',
        {("film/x", "schema:videoFormat", "sh:MaxCountConstraintComponent", "WARNING")},
    ),
    (
        "colour-not-in-the-list",
        FILM_OK + 'film:x a dockg:Film ; schema:name "X" ; schema:director person:d ;'
        " dockg:colour dockg:Sepia ; dockg:isAbout topic:koryo-saram .",
        {
            ("film/x", "dockg:colour", "sh:InConstraintComponent", "VIOLATION"),
            ("film/x", "dockg:colour", "check:unknown-term-violation", "VIOLATION"),
        },
    ),
    (
        "documentary-and-fiction-at-once",
        FILM_OK + 'film:x a dockg:DocumentaryFilm, dockg:FictionFilm ; schema:name "X" ;'
        " schema:director person:d ; dockg:isAbout topic:koryo-saram .",
        {
            ("film/x", "", "sh:NotConstraintComponent", "VIOLATION"),
        },
    ),
    (
        "series-with-more-parts-than-it-has",
        FILM_OK + 'film:x a dockg:Film ; schema:name "X" ; schema:director person:d ;'
        " dockg:isAbout topic:koryo-saram .\n"
        'film:y a dockg:Film ; schema:name "Y" ; schema:director person:d ;'
        " dockg:isAbout topic:koryo-saram .\n"
        'series:s a dockg:FilmSeries ; schema:name "S" ; dockg:partCount 1 ;'
        " schema:hasPart film:x, film:y .",
        {("series/s", "", "sh:SPARQLConstraintComponent", "VIOLATION")},
    ),
    (
        "person-without-name",
        'person:nobody a dockg:Person ; dockg:nameInHangul "Kim" .',
        {
            ("person/nobody", "schema:name", "sh:MinCountConstraintComponent", "VIOLATION"),
            ("person/nobody", "dockg:nameInHangul", "sh:PatternConstraintComponent", "VIOLATION"),
        },
    ),
    (
        "schema-person-without-name-born-on-a-day-that-does-not-exist",
        "<https://archive.example.org/person/p> a schema:Person ;"
        ' schema:birthDate "1970-02-30"^^xsd:date .',
        {
            ("ar:person/p", "schema:name", "sh:MinCountConstraintComponent", "VIOLATION"),
            ("ar:person/p", "schema:birthDate", "sh:OrConstraintComponent", "VIOLATION"),
        },
    ),
    (
        "birth-date-as-text",
        'person:p a dockg:Person ; schema:name "P" ; schema:birthDate "born 1970" .',
        {("person/p", "schema:birthDate", "sh:OrConstraintComponent", "VIOLATION")},
    ),
    (
        "screening-without-film-start-or-place",
        "screening:s a dockg:Screening .",
        {
            ("screening/s", "schema:workPresented", "sh:MinCountConstraintComponent", "VIOLATION"),
            ("screening/s", "schema:startDate", "sh:MinCountConstraintComponent", "VIOLATION"),
            ("screening/s", "schema:location", "sh:MinCountConstraintComponent", "WARNING"),
        },
    ),
    (
        "schema-screening-event-without-film-start-or-place",
        "<https://archive.example.org/screening/s> a schema:ScreeningEvent .",
        {
            (
                "ar:screening/s",
                "schema:workPresented",
                "sh:MinCountConstraintComponent",
                "VIOLATION",
            ),
            ("ar:screening/s", "schema:startDate", "sh:MinCountConstraintComponent", "VIOLATION"),
            ("ar:screening/s", "schema:location", "sh:MinCountConstraintComponent", "WARNING"),
        },
    ),
    (
        "schema-screening-on-a-day-that-does-not-exist-in-no-place",
        '<https://archive.example.org/person/d> a schema:Person ; schema:name "D" .\n'
        '<https://archive.example.org/film/x> a schema:Movie ; schema:name "X" ;'
        " schema:director <https://archive.example.org/person/d> .\n"
        "<https://archive.example.org/screening/s> a schema:ScreeningEvent ;"
        " schema:workPresented <https://archive.example.org/film/x> ;"
        ' schema:startDate "2019-02-30"^^xsd:date ;'
        " schema:location <https://archive.example.org/film/x> .",
        {
            ("ar:screening/s", "schema:startDate", "sh:OrConstraintComponent", "VIOLATION"),
            ("ar:screening/s", "schema:location", "sh:ClassConstraintComponent", "VIOLATION"),
        },
    ),
    (
        "schema-screening-of-something-that-is-no-film",
        '<https://archive.example.org/place/p> a schema:Place ; schema:name "P" .\n'
        "<https://archive.example.org/screening/s> a schema:ScreeningEvent ;"
        " schema:workPresented <https://archive.example.org/place/p> ;"
        ' schema:startDate "2019-02-28"^^xsd:date ;'
        " schema:location <https://archive.example.org/place/p> .",
        {("ar:screening/s", "schema:workPresented", "sh:ClassConstraintComponent", "VIOLATION")},
    ),
    (
        "schema-festival-ending-before-it-starts",
        "<https://archive.example.org/festival/f> a schema:Festival ;"
        ' schema:startDate "2019-03-28"^^xsd:date ; schema:endDate "2019-03-21"^^xsd:date .',
        {("ar:festival/f", "schema:startDate", "sh:SPARQLConstraintComponent", "VIOLATION")},
    ),
    (
        "role-ending-before-it-starts",
        '<https://archive.example.org/person/p> a schema:Person ; schema:name "P" ;'
        " schema:memberOf <https://archive.example.org/role/r> .\n"
        "<https://archive.example.org/role/r> a schema:OrganizationRole ;"
        ' schema:startDate "2010"^^xsd:gYear ; schema:endDate "2005-06-01"^^xsd:date .',
        {("ar:role/r", "schema:startDate", "sh:SPARQLConstraintComponent", "VIOLATION")},
    ),
    (
        "schema-event-end-that-is-no-date",
        "<https://archive.example.org/event/e> a schema:Event ;"
        ' schema:startDate "2019-03-28T10:00:00Z"^^xsd:dateTime ; schema:endDate "next week" .',
        {("ar:event/e", "schema:endDate", "sh:OrConstraintComponent", "VIOLATION")},
    ),
    (
        "event-dates-compared-at-the-precision-both-have",
        "<https://archive.example.org/event/e> a schema:Event ;"
        ' schema:startDate "1937-07-07"^^xsd:date ; schema:endDate "1937"^^xsd:gYear .\n'
        "<https://archive.example.org/event/f> a schema:Event ;"
        ' schema:startDate "2019-03-23T11:00:00+09:00"^^xsd:dateTime ;'
        ' schema:endDate "2019-03-23T10:00:00+09:00"^^xsd:dateTime .\n'
        "<https://archive.example.org/event/g> a schema:Event ;"
        ' schema:startDate "2019-03-24T01:00:00+09:00"^^xsd:dateTime ;'
        ' schema:endDate "2019-03-23T17:00:00Z"^^xsd:dateTime .',
        {("ar:event/f", "schema:startDate", "sh:SPARQLConstraintComponent", "VIOLATION")},
    ),
    (
        "screening-time-without-offset",
        FILM_OK + 'film:x a dockg:Film ; schema:name "X" ; schema:director person:d ;'
        " dockg:isAbout topic:koryo-saram .\n"
        'place:p a schema:Place ; schema:name "P" .\n'
        "screening:s a dockg:Screening ; schema:workPresented film:x ;"
        ' schema:location place:p ; schema:startDate "2019-03-23T11:00:00"^^xsd:dateTime .',
        {("screening/s", "schema:startDate", "sh:OrConstraintComponent", "VIOLATION")},
    ),
    (
        "screening-video-format-not-text",
        FILM_OK + 'film:x a dockg:Film ; schema:name "X" ; schema:director person:d ;'
        " dockg:isAbout topic:koryo-saram .\n"
        'place:p a schema:Place ; schema:name "P" .\n'
        "screening:s a dockg:Screening ; schema:workPresented film:x ;"
        ' schema:location place:p ; schema:startDate "2019-03-23T11:00:00+09:00"^^xsd:dateTime ;'
        " schema:videoFormat 35 .",
        {("screening/s", "schema:videoFormat", "sh:DatatypeConstraintComponent", "VIOLATION")},
    ),
    (
        "edition-without-festival-or-date",
        'edition:e a dockg:FestivalEdition ; schema:name "E" .',
        {
            ("edition/e", "dockg:editionOf", "sh:MinCountConstraintComponent", "VIOLATION"),
            ("edition/e", "schema:startDate", "sh:MinCountConstraintComponent", "VIOLATION"),
        },
    ),
    (
        "edition-number-disagrees-with-year",
        'festival:f a dockg:FestivalSeries ; schema:name "F" ; dockg:isAnnual true .\n'
        "edition:f-2015 a dockg:FestivalEdition ; dockg:editionOf festival:f ;"
        ' dockg:editionNumber 20 ; schema:startDate "2015"^^xsd:gYear .\n'
        "edition:f-2017 a dockg:FestivalEdition ; dockg:editionOf festival:f ;"
        ' dockg:editionNumber 23 ; schema:startDate "2017"^^xsd:gYear .',
        # Two editions as many: the earliest edition's numbering is the festival's.
        {("edition/f-2017", "dockg:editionNumber", "sh:SPARQLConstraintComponent", "VIOLATION")},
    ),
    (
        "edition-numbers-of-a-non-annual-festival-are-not-checked",
        'festival:f a dockg:FestivalSeries ; schema:name "F" ; dockg:isAnnual false .\n'
        "edition:f-2015 a dockg:FestivalEdition ; dockg:editionOf festival:f ;"
        ' dockg:editionNumber 20 ; schema:startDate "2015"^^xsd:gYear .\n'
        "edition:f-2017 a dockg:FestivalEdition ; dockg:editionOf festival:f ;"
        ' dockg:editionNumber 21 ; schema:startDate "2017"^^xsd:gYear .',
        set(),
    ),
    (
        # Regression (issue 16): the ontology's range is xsd:positiveInteger and
        # schema.org allows a date-time start; the shapes refused both.
        "edition-number-as-positive-integer-and-start-as-date-time",
        'festival:f a dockg:FestivalSeries ; schema:name "F" .\n'
        "edition:f-2019 a dockg:FestivalEdition ; dockg:editionOf festival:f ;"
        ' dockg:editionNumber "22"^^xsd:positiveInteger ;'
        ' schema:startDate "2019-03-21T19:00:00+09:00"^^xsd:dateTime .',
        set(),
    ),
    (
        "edition-number-zero-gives-one-result",
        'festival:f a dockg:FestivalSeries ; schema:name "F" .\n'
        "edition:f-2019 a dockg:FestivalEdition ; dockg:editionOf festival:f ;"
        ' dockg:editionNumber 0 ; schema:startDate "2019"^^xsd:gYear .',
        {
            (
                "edition/f-2019",
                "dockg:editionNumber",
                "sh:MinInclusiveConstraintComponent",
                "VIOLATION",
            )
        },
    ),
    (
        "section-and-selection-without-parents",
        'section:s a dockg:FestivalSection ; schema:name "S" .\n'
        "selection:x a dockg:FestivalSelection .",
        {
            ("section/s", "dockg:sectionOf", "sh:MinCountConstraintComponent", "VIOLATION"),
            ("selection/x", "schema:workFeatured", "sh:MinCountConstraintComponent", "VIOLATION"),
            ("selection/x", "schema:superEvent", "sh:MinCountConstraintComponent", "VIOLATION"),
        },
    ),
    (
        # A selection is one film's place in a programme; two films are two selections.
        "selection-of-two-films",
        'person:p a schema:Person ; schema:name "P" .\n'
        'film:a a schema:Movie ; schema:name "A" ; schema:director person:p .\n'
        'film:b a schema:Movie ; schema:name "B" ; schema:director person:p .\n'
        'festival:f a dockg:FestivalSeries ; schema:name "F" .\n'
        'edition:e a dockg:FestivalEdition ; schema:name "F 2019" ; dockg:editionOf festival:f ;'
        ' schema:startDate "2019"^^xsd:gYear .\n'
        "selection:x a dockg:FestivalSelection ; schema:workFeatured film:a, film:b ;"
        " schema:superEvent edition:e .",
        {("selection/x", "schema:workFeatured", "sh:MaxCountConstraintComponent", "VIOLATION")},
    ),
    (
        "festival-without-name",
        "festival:f a dockg:FestivalSeries .",
        {("festival/f", "schema:name", "sh:MinCountConstraintComponent", "VIOLATION")},
    ),
    (
        "screen-outside-a-theatre",
        'venue:s a dockg:Screen ; schema:name "Screen 1" .',
        {("venue/s", "schema:containedInPlace", "sh:MinCountConstraintComponent", "VIOLATION")},
    ),
    (
        "venue-without-city-is-a-warning",
        'venue:v a dockg:MovieTheater ; schema:name "V" .',
        {("venue/v", "schema:containedInPlace", "sh:MinCountConstraintComponent", "WARNING")},
    ),
    (
        "exhibition-without-work-place-or-date",
        "<https://w3id.org/dockg/id/exhibition/e> a dockg:Exhibition .",
        {
            ("exhibition/e", "schema:workFeatured", "sh:MinCountConstraintComponent", "VIOLATION"),
            ("exhibition/e", "schema:location", "sh:MinCountConstraintComponent", "VIOLATION"),
            ("exhibition/e", "schema:startDate", "sh:MinCountConstraintComponent", "VIOLATION"),
        },
    ),
    (
        "topic-without-preferred-label",
        "topic:t a dockg:Topic ; skos:inScheme topic:subjects .",
        {("topic/t", "skos:prefLabel", "sh:MinCountConstraintComponent", "VIOLATION")},
    ),
    (
        "historical-event-without-date-or-place",
        'event:e a dockg:HistoricalEvent ; schema:name "E"@en .',
        {
            ("event/e", "schema:startDate", "sh:MinCountConstraintComponent", "VIOLATION"),
            ("event/e", "schema:location", "sh:MinCountConstraintComponent", "WARNING"),
        },
    ),
    (
        "historical-event-ending-before-it-starts",
        'place:p a schema:Place ; schema:name "P" .\n'
        'event:e a dockg:HistoricalPeriod ; schema:name "E"@en ; schema:location place:p ;'
        ' schema:startDate "1945"^^xsd:gYear ; schema:endDate "1910"^^xsd:gYear .',
        {("event/e", "schema:startDate", "sh:SPARQLConstraintComponent", "VIOLATION")},
    ),
    (
        "claim-about-a-fact-nobody-states",
        "claim:c a dockg:Claim ; rdf:subject film:nothing ; rdf:predicate schema:dateCreated ;"
        ' rdf:object "2016"^^xsd:gYear ; dockg:evidence "2016" ; dockg:sourceLocation "line 1" .',
        {("claim/c", "", "sh:SPARQLConstraintComponent", "VIOLATION")},
    ),
    (
        "source-document-without-identifier",
        "graph:case prov:wasDerivedFrom source:p .\n"
        'source:p a dockg:SourceDocument ; dcterms:title "P" .',
        {
            ("source/p", "dcterms:identifier", "sh:MinCountConstraintComponent", "VIOLATION"),
            ("source/p", "dockg:capturedOn", "sh:MinCountConstraintComponent", "INFO"),
        },
    ),
    (
        "source-graph-without-title-or-provenance",
        "graph:case a dockg:SourceGraph .",
        {
            (GRAPH + "case", "", "sh:OrConstraintComponent", "VIOLATION"),
            (GRAPH + "case", "dcterms:title", "sh:MinCountConstraintComponent", "VIOLATION"),
        },
    ),
    (
        "clashing-values-without-claims",
        FILM_OK + 'film:x a dockg:Film ; schema:name "X" ; schema:director person:d ;'
        " dockg:isAbout topic:koryo-saram ;"
        ' schema:dateCreated "2016"^^xsd:gYear, "2018"^^xsd:gYear .',
        {
            ("film/x", "schema:dateCreated", "check:undocumented-conflict-violation", "VIOLATION"),
        },
    ),
    (
        "broken-reference",
        FILM_OK + 'film:x a dockg:Film ; schema:name "X" ; schema:director person:d ;'
        " dockg:isAbout topic:koryo-saram ; dockg:featuresPerson person:nobody-described .",
        {
            ("film/x", "dockg:featuresPerson", "check:broken-reference-violation", "VIOLATION"),
            ("film/x", "schema:about", "check:broken-reference-violation", "VIOLATION"),
            ("film/x", "dockg:featuresPerson", "sh:ClassConstraintComponent", "VIOLATION"),
            ("film/x", "schema:about", "sh:OrConstraintComponent", "VIOLATION"),
        },
    ),
    (
        "misspelt-ontology-term",
        FILM_OK + 'film:x a dockg:Film ; schema:name "X" ; schema:director person:d ;'
        " dockg:isAbuot topic:koryo-saram .",
        {
            ("film/x", "dockg:isAbuot", "check:unknown-term-violation", "VIOLATION"),
            ("film/x", "schema:about", "sh:MinCountConstraintComponent", "WARNING"),
        },
    ),
]


@pytest.mark.parametrize(("name", "body", "expected"), CASES, ids=[c[0] for c in CASES])
def test_failing_example(
    case_project: Path, name: str, body: str, expected: set[tuple[str, str, str, str]]
) -> None:
    report = run_case(case_project, body)
    assert result_keys(report) == expected
    assert report.conforms == all(severity != "VIOLATION" for *_, severity in expected)


def test_messages_are_for_researchers(case_project: Path) -> None:
    report = run_case(case_project, CASES[0][1])
    messages = sorted(r.message for r in report.results)
    assert messages == [
        "A film needs a title (schema:name), as text.",
        "A film needs at least one director (schema:director) who is a described person.",
    ]
    assert all(r.files == ("data/case.ttl",) for r in report.results)


def test_edition_message_names_the_festivals_numbering(case_project: Path) -> None:
    body = next(c[1] for c in CASES if c[0] == "edition-number-disagrees-with-year")
    report = run_case(case_project, body)
    messages = {str(r.focus).rsplit("/", 1)[1]: r.message for r in report.results}
    assert messages == {
        "f-2017": "Edition 23 in 2017 breaks the numbering of this annual festival: by the "
        "numbering its other editions follow (1 of them), it would be edition 22."
    }


SIX_EDITIONS = (
    'festival:f a dockg:FestivalSeries ; schema:name "F" ; dockg:isAnnual true .\n'
    + "".join(
        f"edition:f-{year} a dockg:FestivalEdition ; dockg:editionOf festival:f ;"
        f' dockg:editionNumber {number} ; schema:startDate "{year}"^^xsd:gYear .\n'
        for year, number in [(2014, 11), (2015, 12), (2016, 13), (2017, 7), (2018, 15), (2019, 16)]
    )
)


def both_engines(project_root: Path, body: str) -> tuple[ValidationReport, ValidationReport]:
    """The case validated by the compiled engine and by pySHACL (the reference)."""
    run_case(project_root, body)
    loaded = load_dataset(Project.open(project_root))
    materialize(loaded)
    return validate(loaded), reference_validate(loaded)


def test_one_wrong_edition_number_gives_one_result_on_both_engines(case_project: Path) -> None:
    """Regression (issue 16): one wrong number among six editions gave ten results (the
    edition against each other, and each other against it); now one, on the wrong one."""
    for report in both_engines(case_project, SIX_EDITIONS):
        found = [r for r in report.results if "edition/" in str(r.focus)]
        assert [
            (str(r.focus), r.path, r.value, str(r.component), r.shape, r.message) for r in found
        ] == [
            (
                ID + "edition/f-2017",
                URIRef(DOCKG + "editionNumber"),
                Literal(7),
                SH + "SPARQLConstraintComponent",
                SHAPE.FestivalEditionShape,
                "Edition 7 in 2017 breaks the numbering of this annual festival: by the "
                "numbering its other editions follow (5 of them), it would be edition 14.",
            )
        ]


def test_a_property_shape_result_names_its_shape_on_both_engines(case_project: Path) -> None:
    body = next(c[1] for c in CASES if c[0] == "edition-number-zero-gives-one-result")
    for report in both_engines(case_project, body):
        found = [r for r in report.results if "edition/" in str(r.focus)]
        assert [(str(r.focus), r.value, r.shape, r.message) for r in found] == [
            (
                ID + "edition/f-2019",
                Literal(0),
                SHAPE["FestivalEdition-editionNumber"],
                "An edition number is one whole number from 1.",
            )
        ]


def test_every_property_shape_has_an_iri() -> None:
    """Results name their source shape by a stable IRI, never a blank node (issue 16)."""
    from rdflib import BNode, Graph
    from rdflib.namespace import SH as SHNS

    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    property_shapes = set(shapes.objects(None, SHNS.property)) | set(
        shapes.subjects(SHNS.path, None)
    )
    assert [s for s in property_shapes if isinstance(s, BNode)] == []
    assert all(str(s).startswith(str(SHAPE._NS)) for s in property_shapes)


def test_shape_namespace_module_matches_the_shapes() -> None:
    from rdflib import Graph

    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    named = {
        str(n)
        for n in shapes.all_nodes()
        if isinstance(n, URIRef) and str(n).startswith(str(SHAPE._NS))
    }
    declared = {str(SHAPE._NS) + name for name in [*SHAPE.__annotations__, *SHAPE._extras]}
    assert declared == named
    with pytest.raises(AttributeError):
        _ = SHAPE["Film-color"]  # a misspelt shape must not mint an IRI


def test_every_shape_target_class_has_examples() -> None:
    """Every node shape in shapes.ttl is exercised by the valid world and a failing case."""
    from rdflib import Graph
    from rdflib.namespace import SH as SHNS

    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    targets = {str(t) for t in shapes.objects(None, SHNS.targetClass)}
    text = VALID_WORLD + SCHEMA_ORG_WORLD + "".join(body for _, body, _ in CASES)
    local = {t.rsplit("#", 1)[-1].rsplit("/", 1)[-1] for t in targets}
    # A class counts as exercised when a case types a node with it (or a subclass we list).
    subclass_users = {
        "Film": "DocumentaryFilm",
        "Venue": "MovieTheater",
        "Place": "City",
        "Organization": "MovieTheater",
        "SingleValuedProperty": "dateCreated",
        "ColourFormat": "Colour",
        "ContactPoint": "ContactPoint",
    }
    missing = [
        name
        for name in sorted(local)
        if name not in text and subclass_users.get(name, "\0") not in text
    ]
    assert missing == []
    assert URIRef(DOCKG + "Claim") in {URIRef(t) for t in targets}
