"""The Wikidata classes and occupations that reconciliation judges by their Q-ids.

Evidence compares Q-ids, not labels, wherever the Q-id is known: a namesake whose occupation
is labelled only in French or German is still judged right, and a label that changes on
Wikidata changes nothing here. Each Q-id below was checked against more than one stored
public source (SPARQL queries and code that name the item beside its English label); the
English name is what a reason shows when Wikidata gives the value no English or Korean
label. Anything not listed here is judged by the words of its English or Korean label, as
before (see ``dockg.wikidata.evidence``).
"""

from __future__ import annotations

from collections.abc import Mapping

from rdflib import URIRef

from dockg.namespaces import WD
from dockg.resolution.identifiers import Scheme

#: human (P31 of a person).
HUMAN = WD.Q5

#: Classes (P31) of a film.
FILM_CLASSES: Mapping[URIRef, str] = {
    WD.Q11424: "film",
    WD.Q93204: "documentary film",
}
#: Classes (P31) of a film festival.
FESTIVAL_CLASSES: Mapping[URIRef, str] = {
    WD.Q220505: "film festival",
}
#: Classes (P31) of a country.
COUNTRY_CLASSES: Mapping[URIRef, str] = {
    WD.Q6256: "country",
    WD.Q3624078: "sovereign state",
}
#: Occupations (P106) that fit the people of this project: film, documentary and art work.
FITTING_OCCUPATIONS: Mapping[URIRef, str] = {
    WD.Q2526255: "film director",
    WD.Q3455803: "director",
    WD.Q3282637: "film producer",
    WD.Q28389: "screenwriter",
    WD.Q222344: "cinematographer",
    WD.Q7042855: "film editor",
    WD.Q33999: "actor",
    WD.Q10800557: "film actor",
    WD.Q483501: "artist",
    WD.Q1028181: "painter",
}
#: Occupations (P106) known not to fit: a namesake with only these is another person.
OTHER_OCCUPATIONS: Mapping[URIRef, str] = {
    WD.Q937857: "association football player",
    WD.Q82955: "politician",
}

#: Every item named here, with its English name.
KNOWN: Mapping[URIRef, str] = {
    HUMAN: "human",
    **FILM_CLASSES,
    **FESTIVAL_CLASSES,
    **COUNTRY_CLASSES,
    **FITTING_OCCUPATIONS,
    **OTHER_OCCUPATIONS,
}

#: External identifier properties → the scheme their values are written under
#: (``schema:propertyID``). The P-numbers were read from a stored list of Wikidata's
#: external-identifier properties with their English labels: P345 "IMDb ID", P214 "VIAF ID",
#: P3704 "KMDb film ID", P3750 "KMDb documentary film ID", P8921 "KOBIS ID".
IDENTIFIER_PROPERTIES: Mapping[str, str] = {
    "P345": Scheme.IMDB,
    "P214": Scheme.VIAF,
    "P3704": Scheme.KMDB,
    "P3750": Scheme.KMDB_DOCUMENTARY,
    "P8921": Scheme.KOBIS,
}
