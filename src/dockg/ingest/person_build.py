"""Turning the records of a person page into a graph: the one place its facts become RDF."""

from __future__ import annotations

from rdflib import Literal

from dockg.ingest.builder import GraphBuilder, year_literal
from dockg.ingest.page_result import PageResult
from dockg.ingest.person_records import PersonRecords
from dockg.namespaces import SDO


def build_person(records: PersonRecords, *, slug: str) -> PageResult:
    """State a person page's records.

    Args:
        records: what the reader read.
        slug: the import's slug (for claim IRIs).

    Returns:
        The graph, the page's title (name and role), the lines not read, the person.
    """
    b = GraphBuilder(slug, language=records.language[0] if records.language else None)
    person = b.person(records.name)
    assert person is not None  # the reader read the name as a personal name
    if records.role is not None:
        b.add(person, SDO.jobTitle, Literal(records.role, lang=b.lang(records.role)))
    for birth in records.births:
        where = {"evidence": birth.evidence, "location": birth.location}
        b.fact(person, SDO.birthDate, year_literal(birth.year), **where)
        country = b.place(birth.country, SDO.Country) if birth.country else None
        b.fact(person, SDO.birthPlace, b.place(birth.city, SDO.City, within=country), **where)
    for work in records.works:
        film = b.film(work.title.strip())
        b.add(film, SDO.director, person)
        if work.year is not None:
            value = year_literal(work.year)
            b.fact(film, SDO.dateCreated, value, evidence=work.evidence, location=work.location)
    if records.biography:
        b.add(person, SDO.description, b.text(records.biography))
    name = records.name
    title = f"{name.display}" + (f": {records.role}" if records.role else "")
    unparsed = sorted((n.line, n.text) for n in records.unused)
    return PageResult(b.graph, title, unparsed, person)
