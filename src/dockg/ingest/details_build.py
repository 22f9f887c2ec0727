"""Stating the details of a film's own page: statement, biography, credits, contact, the
director's filmography and where each of those films was shown.

The records come from :mod:`dockg.ingest.reader.details`; :func:`build_details` is called by
:func:`~dockg.ingest.programme_build.build_programme` for each film it states.
"""

from __future__ import annotations

import re

from rdflib import Literal, URIRef

from dockg.ingest.builder import GraphBuilder, slug_of, year_literal
from dockg.ingest.reader.records import FilmRecord, Note, ShowingRecord
from dockg.ingest.text import colour_of
from dockg.iris import Kind, mint
from dockg.namespaces import DOCKG, RDF, SDO, XSD

#: Credit roles (:data:`~dockg.ingest.reader.details.CREDIT_ROLES`) and their properties.
ROLE_PROPERTIES: dict[str, URIRef] = {
    "director": SDO.director,
    "producer": SDO.producer,
    "cinematographer": DOCKG.cinematographer,
    "editor": DOCKG.filmEditor,
    "music": SDO.musicBy,
}


def build_details(
    b: GraphBuilder, film: FilmRecord, iri: URIRef, directors: list[URIRef], notes: list[Note]
) -> None:
    """State a film page's details of ``film`` (stated as ``iri``).

    Args:
        b: where the facts go.
        film: the film's record.
        iri: the film.
        directors: its directors as stated (the first is the one the biography is about).
        notes: where records that cannot be stated are reported.
    """
    colour = colour_of(film.colour) if film.colour else None
    if colour is not None:
        b.add(iri, DOCKG.colour, colour)
    if film.statement:
        b.add(iri, DOCKG.directorStatement, b.text(film.statement))
    person = directors[0] if directors else None
    if film.biography and person is not None:
        b.add(person, SDO.description, b.text(film.biography))
    for credit in film.credits:
        for name in credit.names:
            someone = b.person(name)
            if someone is None:
                notes.append(Note(credit.line, f"{credit.role}: not a personal name: {name}"))
            else:
                b.add(iri, ROLE_PROPERTIES[credit.role], someone)
    if film.contact is not None:
        contact = mint(Kind.CONTACT, slug_of(iri))
        b.add(contact, RDF.type, SDO.ContactPoint)
        b.add(contact, SDO.email, Literal(film.contact[1]))
        b.add(iri, DOCKG.contactPoint, contact)
    if person is not None:
        _filmography(b, film, person)


def _filmography(b: GraphBuilder, film: FilmRecord, person: URIRef) -> None:
    """State the films of ``person``'s filmography and where each was shown."""
    for entry in film.filmography:
        listed = b.film(entry.title)
        where = f"line {entry.line}, director's filmography"
        value = year_literal(entry.year)
        b.fact(listed, SDO.dateCreated, value, evidence=entry.text, location=where)
        if entry.runtime:
            runtime = Literal(entry.runtime, datatype=XSD.duration)
            b.fact(listed, SDO.duration, runtime, evidence=entry.text, location=where)
        b.add(listed, SDO.director, person)
        b.add(person, SDO.jobTitle, Literal("Director", lang="en"))
        for showing in entry.showings:
            _showing(b, showing, listed, location=f"line {showing.line}, director's filmography")


def _showing(b: GraphBuilder, showing: ShowingRecord, film: URIRef, *, location: str) -> None:
    """State where a film of the filmography was shown."""
    year = showing.year
    if showing.kind == "festival" and year is not None:
        festival = b.festival(showing.name)
        event = b.edition(
            festival, showing.name, year, showing.number, evidence=showing.text, location=location
        )
        for part in showing.sections:
            event = b.section(event, part)
        b.selection(event, film)
    elif showing.kind == "exhibition" and year is not None:
        venue = _venue(b, showing.name)
        iri = mint(Kind.EXHIBITION, showing.name, year, slug_of(film))
        b.add(iri, RDF.type, DOCKG.Exhibition)
        name = showing.text.split(" ", 1)[1]
        b.add(iri, SDO.name, Literal(name, lang=b.lang(name)))
        b.add(iri, SDO.workFeatured, film)
        b.add(iri, SDO.startDate, year_literal(year))
        b.add(iri, SDO.location, venue)
        if showing.screening:
            b.add(iri, RDF.type, DOCKG.Screening)
            b.add(iri, SDO.workPresented, film)
    elif showing.kind == "venue-screening" and year is not None:
        country = b.place(showing.country, SDO.Country) if showing.country else None
        if re.search(r"\b(?:Cinema|Kino|Theat(?:er|re)|Cinematheque)\b", showing.name, re.I):
            venue = b.theater(showing.name, within=country)
        else:
            venue = _venue(b, showing.name)
            if country is not None:
                b.add(venue, SDO.containedInPlace, country)
        iri = mint(Kind.SCREENING, showing.name, year, slug_of(film))
        b.add(iri, RDF.type, DOCKG.Screening)
        b.add(iri, SDO.workPresented, film)
        b.add(iri, SDO.startDate, year_literal(year))
        b.add(iri, SDO.location, venue)
    elif showing.kind == "collection":
        holder = _venue(b, showing.name)
        b.add(holder, RDF.type, SDO.Organization)
        b.add(film, DOCKG.heldInCollection, holder)


def _venue(b: GraphBuilder, name: str) -> URIRef:
    iri = mint(Kind.VENUE, name)
    b.add(iri, RDF.type, DOCKG.Venue)
    if re.search(r"\bMuseum\b", name):
        b.add(iri, RDF.type, SDO.Museum)
    b.add(iri, SDO.name, Literal(name, lang=b.lang(name)))
    return iri
