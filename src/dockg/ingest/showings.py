"""The lines printed beneath a filmography entry: where the film was shown.

Each class reads one kind of line and states what it says of the film:

- :class:`FestivalLine`: ``2017 The 22nd Busan International Film Festival - Wide Angle -
  Documentary Showcase``: the festival series, its edition (number and year), the
  sections nested under the edition, and the film's selection in the innermost one;
- :class:`ExhibitionLine`: ``2016 National Museum of Modern and Contemporary Art,
  exhibition & screening``: an exhibition that also screened the film;
- :class:`VenueScreeningLine`: ``2016 Ludwig Cinema, Germany - screening``;
- :class:`CollectionLine`: ``National Museum of Modern and Contemporary Art Collection``.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod

from rdflib import Literal, URIRef

from dockg.ingest.builder import GraphBuilder, year_literal
from dockg.iris import Kind, mint
from dockg.namespaces import DOCKG, RDF, SDO

_DASH = re.compile(r"\s+[-‐‑–—]\s+")
_FESTIVAL_WORD = re.compile(r"\b(?:Festival|Biennale|Film Week|Filmfest)\b", re.IGNORECASE)


class ShowingLine(ABC):
    """A way of printing where a film was shown."""

    @abstractmethod
    def apply(self, text: str, film: URIRef, builder: GraphBuilder, *, location: str) -> bool:
        """State what the line says of ``film``; return False if the line is not of this kind.

        Args:
            text: the line.
            film: the film of the filmography entry above the line.
            builder: where the facts go.
            location: where the line is, for claims (``"line 33, filmography"``).
        """


def section_name(text: str) -> str:
    """A section name as curators write it: first letter upper case (``competition``)."""
    text = text.strip()
    return text[:1].upper() + text[1:]


class FestivalLine(ShowingLine):
    """``YEAR [The] [Nth] FESTIVAL NAME[ - SECTION[ - SUB-SECTION...]]``."""

    _PATTERN = re.compile(
        r"^(?P<year>(?:19|20)\d{2})\s+(?:The\s+)?(?:(?P<number>\d{1,3})(?:st|nd|rd|th)\s+)?"
        r"(?P<rest>.+)$",
        re.IGNORECASE,
    )

    def apply(self, text: str, film: URIRef, builder: GraphBuilder, *, location: str) -> bool:
        found = self._PATTERN.match(text)
        if found is None:
            return False
        parts = _DASH.split(found["rest"].strip())
        name = parts[0].strip().replace("\u2019", "'")
        if not _FESTIVAL_WORD.search(name) or "," in name:
            return False
        year = int(found["year"])
        number = int(found["number"]) if found["number"] else None
        festival = builder.festival(name)
        event = builder.edition(festival, name, year, number, evidence=text, location=location)
        for part in parts[1:]:
            event = builder.section(event, section_name(part))
        builder.selection(event, film)
        return True


def _venue(builder: GraphBuilder, name: str) -> URIRef:
    iri = mint(Kind.VENUE, name)
    builder.add(iri, RDF.type, DOCKG.Venue)
    if re.search(r"\bMuseum\b", name):
        builder.add(iri, RDF.type, SDO.Museum)
    builder.add(iri, SDO.name, Literal(name, lang="en"))
    return iri


class ExhibitionLine(ShowingLine):
    """``YEAR VENUE, exhibition & screening`` (or ``exhibition`` alone)."""

    _PATTERN = re.compile(
        r"^(?P<year>(?:19|20)\d{2})\s+(?P<venue>[^,]+),\s*exhibition(?P<screening>\s*(?:&|and)"
        r"\s*screening)?$",
        re.IGNORECASE,
    )

    def apply(self, text: str, film: URIRef, builder: GraphBuilder, *, location: str) -> bool:
        found = self._PATTERN.match(text)
        if found is None:
            return False
        venue = _venue(builder, found["venue"].strip())
        year = int(found["year"])
        iri = mint(Kind.EXHIBITION, found["venue"], year, str(film).rsplit("/", 1)[-1])
        builder.add(iri, RDF.type, DOCKG.Exhibition)
        builder.add(iri, SDO.name, Literal(text.split(" ", 1)[1], lang="en"))
        builder.add(iri, SDO.workFeatured, film)
        builder.add(iri, SDO.startDate, year_literal(year))
        builder.add(iri, SDO.location, venue)
        if found["screening"]:
            builder.add(iri, RDF.type, DOCKG.Screening)
            builder.add(iri, SDO.workPresented, film)
        return True


class VenueScreeningLine(ShowingLine):
    """``YEAR VENUE[, COUNTRY] - screening``."""

    _PATTERN = re.compile(
        r"^(?P<year>(?:19|20)\d{2})\s+(?P<venue>[^,]+?)(?:,\s*(?P<country>[^,-]+?))?"
        r"\s+[-‐‑–—]\s+screenings?$",
        re.IGNORECASE,
    )

    def apply(self, text: str, film: URIRef, builder: GraphBuilder, *, location: str) -> bool:
        found = self._PATTERN.match(text)
        if found is None:
            return False
        name = found["venue"].strip()
        country = builder.place(found["country"].strip(), SDO.Country) if found["country"] else None
        if re.search(r"\b(?:Cinema|Kino|Theat(?:er|re)|Cinematheque)\b", name, re.IGNORECASE):
            venue = builder.theater(name, within=country)
        else:
            venue = _venue(builder, name)
            if country is not None:
                builder.add(venue, SDO.containedInPlace, country)
        year = int(found["year"])
        iri = mint(Kind.SCREENING, name, year, str(film).rsplit("/", 1)[-1])
        builder.add(iri, RDF.type, DOCKG.Screening)
        builder.add(iri, SDO.workPresented, film)
        builder.add(iri, SDO.startDate, year_literal(year))
        builder.add(iri, SDO.location, venue)
        return True


class CollectionLine(ShowingLine):
    """``INSTITUTION Collection``: the film is held in the institution's collection."""

    _PATTERN = re.compile(r"^(?P<holder>[A-Z][^,]+?)\s+Collection$")

    def apply(self, text: str, film: URIRef, builder: GraphBuilder, *, location: str) -> bool:
        found = self._PATTERN.match(text)
        if found is None:
            return False
        holder = _venue(builder, found["holder"])
        builder.add(holder, RDF.type, SDO.Organization)
        builder.add(film, DOCKG.heldInCollection, holder)
        return True


#: The kinds of showing line, tried in order.
SHOWING_LINES: tuple[ShowingLine, ...] = (
    ExhibitionLine(),
    VenueScreeningLine(),
    FestivalLine(),
    CollectionLine(),
)
