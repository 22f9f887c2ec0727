"""The festivals the project already knows, to resolve the festival a page names."""

from __future__ import annotations

import re

from rdflib import Graph, URIRef

from dockg.ingest.reader import KnownFestival
from dockg.lookup import NameIndex
from dockg.namespaces import DOCKG, RDF, SDO


def festivals_of(existing: Graph) -> NameIndex:
    """A name index of the festival series the project knows."""
    festivals = set(existing.subjects(RDF.type, DOCKG.FestivalSeries))
    pruned = Graph()
    for festival in festivals:
        for p, o in existing.predicate_objects(festival):
            pruned.add((festival, p, o))
    return NameIndex.from_graph(pruned)


def known_festival(index: NameIndex, text: str) -> URIRef | None:
    """The one known festival whose name is ``text`` (whole), or None."""
    matches = [m for m in index.find(text) if m.whole] if text else []
    return matches[0].iri if len(matches) == 1 else None


def festival_by_acronym(index: NameIndex, text: str) -> URIRef | None:
    """The known festival an acronym in ``text`` names (``SIDOF Choice`` → SIDOF), or None."""
    for word in text.split():
        if re.fullmatch(r"[A-Z]{3,}", word) and (iri := known_festival(index, word)):
            return iri
    return None


def known_festivals(existing: Graph) -> tuple[KnownFestival, ...]:
    """The festivals of the project, with their names and the editions they number."""
    found = []
    for festival in sorted(set(existing.subjects(RDF.type, DOCKG.FestivalSeries)), key=str):
        names = tuple(
            str(n) for p in (SDO.name, SDO.alternateName) for n in existing.objects(festival, p)
        )
        editions: dict[int, int] = {}
        for edition in existing.subjects(DOCKG.editionOf, festival):
            number = existing.value(edition, DOCKG.editionNumber)
            start = existing.value(edition, SDO.startDate)
            if str(number).isdigit() and str(start)[:4].isdigit():
                editions[int(str(number))] = int(str(start)[:4])
        found.append(KnownFestival(str(festival), names, None, editions))
    return tuple(found)
