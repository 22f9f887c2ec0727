"""resolve_incoming / apply_resolution: the contract importers rely on."""

from __future__ import annotations

from rdflib import Literal
from rdflib.compare import isomorphic

from dockg.namespaces import DOCKG, OWL, RDF, SDO
from dockg.resolution import Merge, Resolution, apply_resolution, resolve_incoming
from queries_support import seed_loaded
from resolution_support import candidates, iri, merges, turtle

EXISTING = turtle("""
person:kim-soyoung a dockg:Person ; schema:name "Soyoung Kim" .
film:drifting-city a dockg:DocumentaryFilm ; schema:name "Drifting City" ;
    schema:director person:kim-soyoung ; schema:dateCreated "2015"^^xsd:gYear .
""")


def test_same_iri_is_not_reported() -> None:
    incoming = turtle('person:kim-soyoung a dockg:Person ; schema:name "Kim Soyoung" .')
    assert resolve_incoming(incoming, EXISTING) == Resolution()


def test_merge_by_name_and_shared_film() -> None:
    incoming = turtle("""
    person:kim-so-young a dockg:Person ; schema:name "KIM So-young" .
    film:drifting-city-2015 a dockg:Film ; schema:name "Drifting city" ;
        schema:director person:kim-so-young ; schema:dateCreated "2015"^^xsd:gYear .
    """)
    found = resolve_incoming(incoming, EXISTING)
    assert merges(found) == {
        "film:drifting-city-2015": (
            "film:drifting-city",
            (
                "same title 'Drifting City'",
                "director of the same name 'Soyoung Kim'",
                "same year 2015",
            ),
        ),
        "person:kim-so-young": (
            "person:kim-soyoung",
            ("same name 'Soyoung Kim'", "both credited as director of film:drifting-city"),
        ),
    }
    assert candidates(found) == {}


def test_apply_replaces_iris_and_records_the_merge() -> None:
    incoming = turtle("""
    person:kim-so-young a dockg:Person ; schema:name "KIM So-young" .
    film:new-film a dockg:Film ; schema:name "New Film" ; schema:director person:kim-so-young .
    """)
    resolution = Resolution(
        merges=(Merge(iri("person:kim-so-young"), iri("person:kim-soyoung"), ("same name",)),)
    )
    applied = apply_resolution(incoming, resolution)
    record = iri("claim:same-as-person-kim-so-young-person-kim-soyoung")
    expected = turtle("""
    person:kim-soyoung a dockg:Person ; schema:name "KIM So-young" .
    film:new-film a dockg:Film ; schema:name "New Film" ; schema:director person:kim-soyoung .
    person:kim-so-young owl:sameAs person:kim-soyoung .
    """)
    for triple in [
        (record, RDF.type, DOCKG.MergedMatch),
        (record, RDF.subject, iri("person:kim-so-young")),
        (record, RDF.predicate, OWL.sameAs),
        (record, RDF.object, iri("person:kim-soyoung")),
        (record, DOCKG.matchReason, Literal("same name")),
    ]:
        expected.add(triple)
    assert isomorphic(applied, expected)
    assert (iri("person:kim-so-young"), SDO.name, None) not in applied
    assert len(incoming) == 5  # the input is left as it was


def test_clashing_single_valued_facts_are_claimed_once() -> None:
    existing = turtle("""
    schema:dateCreated a dockg:SingleValuedProperty .
    film:river-songs a dockg:Film ; schema:name "River Songs" ; schema:dateCreated "2012" .
    film:stone-garden a dockg:Film ; schema:name "Stone Garden" ; schema:dateCreated "2020" .
    <https://w3id.org/dockg/id/claim/c> a dockg:Claim ; rdf:subject film:river-songs ;
        rdf:predicate schema:dateCreated ; rdf:object "2012" .
    """)
    incoming = turtle("""
    film:river-songs a dockg:Film ; schema:dateCreated "2013" .
    film:stone-garden a dockg:Film ; schema:dateCreated "2020" .
    """)
    applied = apply_resolution(incoming, Resolution(), existing=existing)
    added = {
        (str(applied.value(c, RDF.subject)), str(applied.value(c, RDF.object)))
        for c in applied.subjects(RDF.type, DOCKG.Claim)
    }
    # 2012 is claimed already; Stone Garden's year agrees: only 2013 needs a claim.
    assert added == {(str(iri("film:river-songs")), "2013")}
    claim = iri("claim:clash-film-river-songs-datecreated-2013")
    assert applied.value(claim, DOCKG.sourceLocation) == Literal("value stated in this import")
    assert applied.value(claim, DOCKG.evidence) == Literal("2013")


def test_the_issues_festival_cases_against_the_seed() -> None:
    incoming = turtle("""
    festival:iwff a dockg:FestivalSeries ; schema:name "International Women's Film Festival" .
    edition:iwff-17 a dockg:FestivalEdition ;
        schema:name "The 17th International Women's Film Festival" ;
        dockg:editionOf festival:iwff ; schema:startDate "2015"^^xsd:gYear .
    festival:siff a dockg:FestivalSeries ; schema:name "Seoul Independent Film Festival" .
    edition:siff-43 a dockg:FestivalEdition ; dockg:editionOf festival:siff ;
        schema:name "The 43rd Seoul Independent Film Festival" .
    """)
    found = resolve_incoming(incoming, seed_loaded().union())
    assert {k: v[0] for k, v in merges(found).items()} == {
        "festival:iwff": "festival:seoul-international-womens-film-festival",
        "edition:iwff-17": "edition:seoul-international-womens-film-festival-2015",
        "festival:siff": "festival:seoul-independent-film-festival",
        "edition:siff-43": "edition:seoul-independent-film-festival-2017",
    }
    assert candidates(found) == {}
