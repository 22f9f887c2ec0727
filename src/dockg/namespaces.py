"""Closed namespaces for dockg's own vocabulary and the external vocabularies it uses.

``DOCKG`` is an rdflib :class:`~rdflib.namespace.DefinedNamespace` with ``_fail = True``:
a misspelt term raises ``AttributeError`` instead of silently minting a new IRI.
``tests/test_namespaces.py`` checks that the terms listed here are exactly the terms
that ``ontology/dockg.ttl`` defines.

Entity and graph IRIs are not built here: :mod:`dockg.iris` mints them.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import (
    DCTERMS,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SH,
    SKOS,
    TIME,
    XSD,
    DefinedNamespace,
)

#: The one base under which every dockg IRI lives.
BASE = "https://w3id.org/dockg/"


class DOCKG(DefinedNamespace):
    """The dockg ontology (``ontology/dockg.ttl``)."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # Classes: works
    Film: URIRef
    DocumentaryFilm: URIRef
    FictionFilm: URIRef
    FilmSeries: URIRef
    ColourFormat: URIRef
    # Classes: people and organisations
    Person: URIRef
    # Classes: festivals and showings
    FestivalSeries: URIRef
    FestivalEdition: URIRef
    FestivalSection: URIRef
    FestivalSelection: URIRef
    Screening: URIRef
    Exhibition: URIRef
    Venue: URIRef
    MovieTheater: URIRef
    Screen: URIRef
    # Classes: histories and subjects
    HistoricalEvent: URIRef
    HistoricalPeriod: URIRef
    Topic: URIRef
    # Classes: provenance and contested claims
    Claim: URIRef
    SourceDocument: URIRef
    SourceGraph: URIRef
    SingleValuedProperty: URIRef
    IdentityMatch: URIRef
    MergedMatch: URIRef
    CandidateMatch: URIRef
    ExternalMatch: URIRef

    # Individuals
    Colour: URIRef
    BlackAndWhite: URIRef
    ColourAndBlackAndWhite: URIRef

    # Film <-> history links
    isAbout: URIRef
    depicts: URIRef
    featuresPerson: URIRef
    featuresGroup: URIRef
    recallsPerson: URIRef
    isSetIn: URIRef
    # Credits
    cinematographer: URIRef
    filmEditor: URIRef
    # Works
    colour: URIRef
    positionInSeries: URIRef
    partCount: URIRef
    titleIncomplete: URIRef
    originalTitle: URIRef
    resonatesWith: URIRef
    shownAtFestival: URIRef
    heldInCollection: URIRef
    contactPoint: URIRef
    directorStatement: URIRef
    premiere: URIRef
    # Names
    nameInKoreanOrder: URIRef
    nameInWesternOrder: URIRef
    nameInHangul: URIRef
    # People
    hasTheme: URIRef
    identifiedWith: URIRef
    childOfParticipantIn: URIRef
    # Festivals
    editionOf: URIRef
    sectionOf: URIRef
    editionNumber: URIRef
    isAnnual: URIRef
    firstEditionYear: URIRef
    # Historical events
    origin: URIRef
    destination: URIRef
    perpetratedBy: URIRef
    minimumDeathToll: URIRef
    # Claims and sources
    evidence: URIRef
    sourceLocation: URIRef
    isPreferred: URIRef
    capturedOn: URIRef
    matchReason: URIRef
    site: URIRef
    # Derived by dockg build: comparable starts
    earliestStart: URIRef
    latestStart: URIRef
    # Alignment to Wikidata
    exactWikidataMatch: URIRef
    closeWikidataMatch: URIRef


class SHAPE(DefinedNamespace):
    """The shapes (``ontology/shapes.ttl``): node shapes ``<Name>Shape``, property shapes
    ``<Class>-<property>`` (``SHAPE["Film-colour"]``), so a result's source shape is stable."""

    _NS = Namespace(BASE + "shapes#")
    _fail = True

    ClaimShape: URIRef
    ColourFormatShape: URIRef
    ContactPointShape: URIRef
    DatesInOrderShape: URIRef
    DockgPersonShape: URIRef
    DocumentaryFilmShape: URIRef
    EventShape: URIRef
    ExhibitionShape: URIRef
    FestivalEditionShape: URIRef
    FestivalSectionShape: URIRef
    FestivalSelectionShape: URIRef
    FestivalSeriesShape: URIRef
    FictionFilmShape: URIRef
    FilmSeriesShape: URIRef
    FilmShape: URIRef
    HistoricalEventShape: URIRef
    HistoricalPeriodShape: URIRef
    MovieShape: URIRef
    MovieTheaterShape: URIRef
    OrganizationShape: URIRef
    PersonShape: URIRef
    PlaceShape: URIRef
    ScreenShape: URIRef
    ScreeningEventShape: URIRef
    ScreeningShape: URIRef
    ScreeningShowingShape: URIRef
    SingleValuedPropertyShape: URIRef
    SourceDocumentShape: URIRef
    SourceGraphShape: URIRef
    TopicShape: URIRef
    VenueShape: URIRef
    YearPattern: URIRef

    # Property shapes: their names have a hyphen, so they are read as SHAPE["Film-colour"].
    _extras = [  # noqa: RUF012 - rdflib reads this class attribute as it is
        "Claim-evidence",
        "Claim-isPreferred",
        "Claim-object",
        "Claim-predicate",
        "Claim-sourceLocation",
        "Claim-subject",
        "ColourFormat-label",
        "ContactPoint-email",
        "DockgPerson-alumniOf",
        "DockgPerson-birthPlace",
        "DockgPerson-gender",
        "DockgPerson-nameInHangul",
        "Event-endDate",
        "Event-startDate",
        "Exhibition-location",
        "Exhibition-startDate",
        "Exhibition-workFeatured",
        "FestivalEdition-editionNumber",
        "FestivalEdition-editionOf",
        "FestivalEdition-startDate",
        "FestivalSection-name",
        "FestivalSection-sectionOf",
        "FestivalSelection-superEvent",
        "FestivalSelection-workFeatured",
        "FestivalSeries-firstEditionYear",
        "FestivalSeries-isAnnual",
        "FestivalSeries-name",
        "Film-about",
        "Film-about-required",
        "Film-cinematographer",
        "Film-colour",
        "Film-dateCreated",
        "Film-featuresPerson",
        "Film-filmEditor",
        "Film-isPartOf",
        "Film-isSetIn",
        "Film-positionInSeries",
        "Film-producer",
        "Film-recallsPerson",
        "Film-subtitleLanguage",
        "Film-videoFormat",
        "FilmSeries-creator",
        "FilmSeries-hasPart",
        "FilmSeries-name",
        "FilmSeries-partCount",
        "HistoricalEvent-location",
        "HistoricalEvent-location-required",
        "HistoricalEvent-startDate",
        "HistoricalPeriod-endDate",
        "Movie-director",
        "Movie-duration",
        "Movie-name",
        "MovieTheater-containedInPlace",
        "Organization-name",
        "Person-birthDate",
        "Person-deathDate",
        "Person-name",
        "Place-containedInPlace",
        "Place-name",
        "Screen-containedInPlace",
        "Screen-name",
        "Screening-startDate",
        "Screening-videoFormat",
        "ScreeningEvent-location",
        "ScreeningEvent-workPresented",
        "ScreeningShowing-location",
        "ScreeningShowing-startDate",
        "SourceDocument-capturedOn",
        "SourceDocument-capturedOn-required",
        "SourceDocument-identifier",
        "SourceDocument-site",
        "SourceDocument-title",
        "SourceGraph-attribution",
        "SourceGraph-derivation",
        "SourceGraph-title",
        "SourceGraph-wasDerivedFrom",
        "Topic-broader",
        "Topic-inScheme",
        "Topic-prefLabel",
        "Venue-containedInPlace",
        "Venue-name",
    ]


#: Wikidata entities (``wd:Q…``) and direct properties (``wdt:P…``), used for alignment only.
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
#: The rest of Wikidata's RDF as the public dump writes it (statements, qualifiers,
#: references, value nodes and the wikibase ontology), read by :mod:`dockg.wikidata`.
WDP = Namespace("http://www.wikidata.org/prop/")
WDPS = Namespace("http://www.wikidata.org/prop/statement/")
WDPSV = Namespace("http://www.wikidata.org/prop/statement/value/")
WDPQ = Namespace("http://www.wikidata.org/prop/qualifier/")
WDPR = Namespace("http://www.wikidata.org/prop/reference/")
WIKIBASE = Namespace("http://wikiba.se/ontology#")
#: Wikidata's descriptions use schema.org under http, as the dump writes it.
SDO_HTTP = Namespace("http://schema.org/")

__all__ = [
    "BASE",
    "DCTERMS",
    "DOCKG",
    "OWL",
    "PROV",
    "RDF",
    "RDFS",
    "SDO",
    "SDO_HTTP",
    "SH",
    "SHAPE",
    "SKOS",
    "TIME",
    "WD",
    "WDP",
    "WDPQ",
    "WDPR",
    "WDPS",
    "WDPSV",
    "WDT",
    "WIKIBASE",
    "XSD",
]
