"""The schema.org view uses schema.org terms as schema.org defines them.

Every ``schema:`` triple of the export is checked against the vocabulary (domains,
ranges, subclasses; see ``tests/schema_vocabulary.py``), and each misuse issue 16 found
has its regression test.
"""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, RDF, SKOS, XSD

from dockg.namespaces import DOCKG
from queries_support import seed_export_union
from schema_vocabulary import SCHEMA, misuses

EDITION = URIRef("https://w3id.org/dockg/id/edition/busan-international-film-festival-2017")


def test_every_schema_org_term_of_the_export_is_used_within_its_definition() -> None:
    assert misuses(seed_export_union()) == []


def test_the_check_finds_a_misuse() -> None:
    graph = Graph()
    graph.add((EDITION, RDF.type, SCHEMA.Festival))
    graph.add((EDITION, SCHEMA.position, Literal(22)))
    graph.add((EDITION, SCHEMA.startDate, Literal("2017", datatype=XSD.gYear)))
    graph.add((EDITION, SCHEMA.publisher, EDITION))
    graph.add((EDITION, SCHEMA.nosuchTerm, Literal("x")))
    found = {line.split(" ", 1)[1] for line in misuses(graph)}  # without the subject
    schema = "https://schema.org/"
    assert found == {
        f'<{schema}position> "22"^^<http://www.w3.org/2001/XMLSchema#integer>:'
        " the subject is none of the domain",
        f'<{schema}nosuchTerm> "x": schema.org has no property <{schema}nosuchTerm>',
        f"<{schema}publisher> <{EDITION}>: the subject is none of the domain",
        f"<{schema}publisher> <{EDITION}>: the object is none of the range",
    }


def test_festival_editions_have_no_schema_position() -> None:
    festivals = set(seed_export_union().subjects(RDF.type, SCHEMA.Event))
    assert festivals
    assert not [f for f in festivals if (f, SCHEMA.position, None) in seed_export_union()]


def test_series_are_movie_series_without_number_of_items() -> None:
    series = set(seed_export_union().subjects(RDF.type, DOCKG.FilmSeries))
    assert series
    for one in series:
        assert (one, RDF.type, SCHEMA.MovieSeries) in seed_export_union()
        assert (one, SCHEMA.numberOfItems, None) not in seed_export_union()


def test_the_video_format_is_the_screenings() -> None:
    for thing in seed_export_union().subjects(SCHEMA.videoFormat, None):
        assert (thing, RDF.type, SCHEMA.ScreeningEvent) in seed_export_union(), thing


def test_occupations_are_occupations_and_publishers_are_agents() -> None:
    for occupation in seed_export_union().objects(None, SCHEMA.hasOccupation):
        assert (occupation, RDF.type, SCHEMA.Occupation) in seed_export_union()
    for publisher in seed_export_union().objects(None, SCHEMA.publisher):
        assert {SCHEMA.Organization, SCHEMA.Person} & set(
            seed_export_union().objects(publisher, RDF.type)
        )


def test_no_holding_archive_or_contact_point_on_works() -> None:
    for prop in (SCHEMA.holdingArchive, SCHEMA.contactPoint):
        for subject in seed_export_union().subjects(prop, None):
            assert (subject, RDF.type, SCHEMA.CreativeWork) not in seed_export_union(), subject


def test_selections_are_events_featuring_a_film_and_every_screening_event_has_a_time() -> None:
    union = seed_export_union()
    selections = set(union.subjects(RDF.type, DOCKG.FestivalSelection))
    assert len(selections) == 12
    for selection in selections:
        assert (selection, RDF.type, SCHEMA.Event) in union
        assert (selection, RDF.type, SCHEMA.ScreeningEvent) not in union
        assert len(set(union.objects(selection, SCHEMA.workFeatured))) == 1
        assert (selection, SCHEMA.workPresented, None) not in union
    # What remains a schema:ScreeningEvent is a showing, with its start and its place.
    screenings = set(union.subjects(RDF.type, SCHEMA.ScreeningEvent))
    assert screenings
    for screening in screenings:
        assert (screening, SCHEMA.startDate, None) in union, screening
        assert (screening, SCHEMA.location, None) in union, screening


def test_a_subject_heading_and_the_event_it_is_about_are_two_resources() -> None:
    union = seed_export_union()
    concepts = set(union.subjects(RDF.type, SKOS.Concept))
    events = set(union.subjects(RDF.type, SCHEMA.Event))
    assert concepts and events
    assert concepts & events == set()
    headings = {(c, e) for c, e in union.subject_objects(FOAF.focus)}
    assert len(headings) == 6
    for concept, event in headings:
        assert concept in concepts and (event, RDF.type, DOCKG.HistoricalEvent) in union
        # the film's subject is the heading; its dates are the event's
        assert (concept, SCHEMA.startDate, None) not in union
        assert (event, SCHEMA.startDate, None) in union
