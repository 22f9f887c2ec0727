"""Every fact of the two seed documents can be found, with schema.org terms, in the export.

Each row of :data:`FACTS` is one statement a seed document makes, written as a SPARQL
graph pattern in schema.org terms (dockg, PROV or Dublin Core only where schema.org has
no term: colour, perpetrator, death toll, claims...). The test asks it of the N-Quads
export of the seed dataset, parsed back as a consumer would, and requires the match to
come from the named graph that was taken from that very document::

    ASK { GRAPH ?g { PATTERN } ?g prov:wasDerivedFrom ?doc .
          ?doc dcterms:identifier "003_81ffafb90c654928.txt" }

So a fact that only the curators' general knowledge states, or that only exists in dockg
terms (the schema.org view was not materialized or not exported), fails here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from queries_support import seed_export

SIDOF = "003_81ffafb90c654928.txt"  # SIDOF 2019 programme page of Heart of Snow: afterlife
BIO = "000_0b806d82987d41b6.txt"  # a film site's biography of Heung-Soon Im

PREFIXES = """\
PREFIX schema: <https://schema.org/>
PREFIX dockg: <https://w3id.org/dockg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX person: <https://w3id.org/dockg/id/person/>
PREFIX film: <https://w3id.org/dockg/id/film/>
PREFIX topic: <https://w3id.org/dockg/id/topic/>
PREFIX event: <https://w3id.org/dockg/id/event/>
"""

#: dockg terms a fact may use because schema.org has none for them.
DOCKG_WITHOUT_SCHEMA_TERM = frozenset(
    {
        "colour",  # Wikidata P462; schema.org has no colour property
        "cinematographer",  # schema.org has only schema:contributor
        "Colour",
        "perpetratedBy",
        "minimumDeathToll",
        "childOfParticipantIn",
        "resonatesWith",
        "shownAtFestival",
        "titleIncomplete",
        # schema:position is for works and list items, not events (issue 16)
        "editionNumber",
        # schema:numberOfItems is for ItemLists, not series (issue 16)
        "partCount",
        # schema:holdingArchive's range is ArchiveOrganization, not a museum (issue 16)
        "heldInCollection",
        # schema:contactPoint is not for creative works (issue 16)
        "contactPoint",
        # a community a person belongs to is not the person's dcterms:subject (issue 16)
        "identifiedWith",
    }
)


@dataclass(frozen=True)
class Fact:
    """One statement of a seed document.

    Attributes:
        name: a short id for the test.
        doc: the ``dcterms:identifier`` of the document that states it.
        where: where the document states it (line numbers of the seed file).
        pattern: the statement as a SPARQL graph pattern in schema.org terms.
    """

    name: str
    doc: str
    where: str
    pattern: str


def festival_line(
    name: str,
    where: str,
    film: str,
    *,
    festival: str,
    year: str,
    number: int | None = None,
    sections: tuple[str, ...] = (),
) -> Fact:
    """A filmography line "YEAR The Nth FESTIVAL - SECTION - SUBSECTION" under a film.

    The festival is matched by its name or an alternate name, so the shortened names the
    page prints ("International Women's Film Festival") must be recorded as such.
    """
    lines = [
        "?showing a schema:Event ;",
        f"  schema:workFeatured film:{film} ;",
        "  schema:superEvent ?e0 .",
    ]
    # Innermost section first: "Wide Angle - Documentary Showcase" nests the showcase.
    for depth, section in enumerate(reversed(sections)):
        lines.append(f'?e{depth} schema:name "{section}"@en ; schema:superEvent ?e{depth + 1} .')
    edition = f"?e{len(sections)}"
    lines.append(f'{edition} a schema:Festival ; schema:startDate "{year}"^^xsd:gYear ;')
    if number is not None:
        lines.append(f"  dockg:editionNumber {number} ;")
    lines.append("  schema:superEvent ?festival .")
    lines.append(
        f'?festival a schema:EventSeries ; schema:name|schema:alternateName "{festival}"@en .'
    )
    return Fact(name, SIDOF, where, "\n".join(lines))


def filmography_film(
    name: str, where: str, film: str, *, title: str, year: str, minutes: int
) -> Fact:
    """A filmography line "YEAR TITLE, Nmin, Director" of Soyoung Kim's biography.

    The runtime is compared by value: rdflib rewrites "PT89M" as "PT1H29M" when it
    parses, so a triple pattern with the lexical form the source implies finds nothing.
    """
    escaped = title.replace('"', '\\"')
    return Fact(
        name,
        SIDOF,
        where,
        f'film:{film} a schema:Movie ; schema:name "{escaped}"@en ;'
        f' schema:dateCreated "{year}"^^xsd:gYear ; schema:director person:kim-soyoung ;'
        f" schema:duration ?runtime ."
        f' FILTER (?runtime = "PT{minutes}M"^^xsd:duration)',
    )


FACTS: list[Fact] = [
    # --- 000: biography of Heung-Soon Im ----------------------------------------------
    Fact(
        "im-is-a-person-named-heung-soon-im",
        BIO,
        "lines 1, 3",
        'person:im-heung-soon a schema:Person ; schema:name "Heung-Soon Im" ;'
        ' schema:familyName "Im" ; schema:givenName "Heung-Soon" .',
    ),
    Fact(
        "im-name-in-western-order",
        BIO,
        "line 1",
        'person:im-heung-soon schema:alternateName "Heung-Soon Im" .',
    ),
    Fact(
        "im-is-a-director-and-documentary-filmmaker",
        BIO,
        "lines 5, 9",
        'person:im-heung-soon schema:jobTitle "Director"@en ;'
        " schema:hasOccupation ?job ; schema:gender schema:Male ."
        ' ?job a schema:Occupation ; schema:name "documentary filmmaker"@en .',
    ),
    Fact(
        "im-is-south-korean",
        BIO,
        "line 9",
        "person:im-heung-soon schema:nationality ?country ."
        ' ?country a schema:Country ; schema:name "South Korea"@en .',
    ),
    Fact(
        "im-born-1970",
        BIO,
        "line 9",
        'person:im-heung-soon schema:birthDate "1970"^^xsd:gYear .',
    ),
    Fact(
        "im-born-in-seoul-south-korea",
        BIO,
        "line 9",
        "person:im-heung-soon schema:birthPlace ?seoul . ?seoul a schema:City ;"
        ' schema:name "Seoul"@en ; schema:containedInPlace ?korea .'
        ' ?korea a schema:Country ; schema:name "South Korea"@en .',
    ),
    Fact(
        "im-birth-year-is-a-claim-with-evidence",
        BIO,
        "line 9",
        "?claim a rdf:Statement ; rdf:subject person:im-heung-soon ;"
        ' rdf:predicate schema:birthDate ; rdf:object "1970"^^xsd:gYear ;'
        ' prov:value "Born in 1970 in Seoul, South Korea" .',
    ),
    Fact(
        "im-studied-at-korean-national-university-of-arts",
        BIO,
        "line 9",
        "person:im-heung-soon schema:alumniOf ?school . ?school a schema:CollegeOrUniversity ;"
        ' schema:name "Korean National University of Arts"@en .',
    ),
    Fact(
        "im-themes-societal-issues-cultural-identity-human-rights",
        BIO,
        "line 11",
        "person:im-heung-soon schema:knowsAbout topic:social-issues, topic:cultural-identity,"
        " topic:human-rights .",
    ),
    Fact(
        "the-day-after-2017-by-im",
        BIO,
        "line 13",
        'film:the-day-after a schema:Movie ; schema:name "The Day After"@en ;'
        ' schema:director person:im-heung-soon ; schema:dateCreated "2017"^^xsd:gYear .',
    ),
    Fact(
        "the-day-after-is-about-the-sewol-ferry-disaster",
        BIO,
        "line 13",
        "film:the-day-after schema:about topic:sewol-ferry-disaster .",
    ),
    Fact(
        "sewol-ferry-disaster-killed-over-300",
        BIO,
        "line 13",
        "event:sewol-ferry-disaster dockg:minimumDeathToll 300 .",
    ),
    Fact(
        "the-last-day-of-the-year-2015-by-im",
        BIO,
        "line 15",
        'film:the-last-day-of-the-year a schema:Movie ; schema:name "The Last Day of the Year"@en ;'
        ' schema:director person:im-heung-soon ; schema:dateCreated "2015"^^xsd:gYear .',
    ),
    Fact(
        "the-last-day-of-the-year-is-about-defectors-in-south-korea",
        BIO,
        "line 15",
        "film:the-last-day-of-the-year schema:about topic:north-korean-defectors ;"
        ' schema:contentLocation [ schema:name "South Korea"@en ] .',
    ),
    Fact(
        "the-day-after-and-last-day-are-feature-length-documentaries",
        BIO,
        "lines 13-17",
        'film:the-day-after schema:genre "feature-length documentary"@en .'
        ' film:the-last-day-of-the-year schema:genre "feature-length documentary"@en .',
    ),
    Fact(
        "the-house-of-my-mother-2013-short-by-im",
        BIO,
        "line 17",
        'film:the-house-of-my-mother a schema:Movie ; schema:name "The House of My Mother"@en ;'
        ' schema:director person:im-heung-soon ; schema:dateCreated "2013"^^xsd:gYear ;'
        ' schema:genre "short film"@en .',
    ),
    Fact(
        "the-house-of-my-mother-is-about-family-relationships",
        BIO,
        "line 17",
        "film:the-house-of-my-mother schema:about topic:family-relationships .",
    ),
    Fact(
        "bio-page-is-about-im",
        BIO,
        "lines 1-7",
        '?page schema:about person:im-heung-soon ; dcterms:identifier "000_0b806d82987d41b6.txt" ;'
        " schema:isPartOf [ a schema:WebSite ] .",
    ),
    # --- 003: SIDOF 2019 programme page, film header (lines 1-8) ------------------------
    Fact(
        "afterlife-is-a-film-named-heart-of-snow-afterlife",
        SIDOF,
        "line 5",
        'film:heart-of-snow-afterlife a schema:Movie ; schema:name "Heart of Snow: afterlife"@en .',
    ),
    Fact(
        "afterlife-directed-by-soyoung-kim",
        SIDOF,
        "line 7",
        "film:heart-of-snow-afterlife schema:director ?director ."
        ' ?director a schema:Person ; schema:name "Soyoung Kim" .',
    ),
    Fact(
        "afterlife-made-2018-per-header",
        SIDOF,
        "line 8",
        'film:heart-of-snow-afterlife schema:dateCreated "2018"^^xsd:gYear .',
    ),
    Fact(
        "afterlife-runs-16min-55sec-per-header",
        SIDOF,
        "line 8",
        'film:heart-of-snow-afterlife schema:duration "PT16M55S"^^xsd:duration .',
    ),
    Fact(
        "afterlife-is-in-colour",
        SIDOF,
        "line 8",
        "film:heart-of-snow-afterlife dockg:colour dockg:Colour .",
    ),
    Fact(
        "afterlife-is-a-dcp",
        SIDOF,
        "line 8",
        '?screening schema:workPresented film:heart-of-snow-afterlife ; schema:videoFormat "DCP" .',
    ),
    Fact(
        "afterlife-has-english-subtitles",
        SIDOF,
        "line 8",
        'film:heart-of-snow-afterlife schema:subtitleLanguage "en" .',
    ),
    Fact(
        "header-year-and-runtime-are-claims-with-evidence",
        SIDOF,
        "line 8",
        "?year a rdf:Statement ; rdf:subject film:heart-of-snow-afterlife ;"
        ' rdf:predicate schema:dateCreated ; rdf:object "2018"^^xsd:gYear ;'
        ' prov:value "2018 | 16min 55sec | color | DCP | English subtitles" .'
        " ?runtime a rdf:Statement ; rdf:subject film:heart-of-snow-afterlife ;"
        ' rdf:predicate schema:duration ; rdf:object "PT16M55S"^^xsd:duration .',
    ),
    Fact(
        "afterlife-selected-for-sidof-choice-of-sidof-2019",
        SIDOF,
        "lines 1-3",
        "?selection a schema:Event ; schema:workFeatured film:heart-of-snow-afterlife ;"
        ' schema:superEvent ?section . ?section schema:name "SIDOF Choice"@en ;'
        " schema:superEvent ?edition . ?edition a schema:Festival ;"
        ' schema:startDate "2019"^^xsd:gYear ; schema:superEvent ?festival .'
        ' ?festival a schema:EventSeries ; schema:alternateName "SIDOF" .',
    ),
    # --- 003: screening schedule (lines 11-15) -----------------------------------------
    Fact(
        "screening-2019-03-23-11h-lotte-cinema-hongik-univ-screen-2",
        SIDOF,
        "line 14",
        "?screening a schema:ScreeningEvent ; schema:workPresented film:heart-of-snow-afterlife ;"
        ' schema:startDate "2019-03-23T11:00:00+09:00"^^xsd:dateTime ; schema:location ?screen .'
        ' ?screen a schema:Place ; schema:identifier "2" ; schema:containedInPlace ?theatre .'
        ' ?theatre a schema:MovieTheater ; schema:name "Lotte Cinema Hongik Univ"@en .',
    ),
    Fact(
        "screening-2019-03-27-17h-lotte-cinema-hongik-univ-screen-1",
        SIDOF,
        "line 15",
        "?screening a schema:ScreeningEvent ; schema:workPresented film:heart-of-snow-afterlife ;"
        ' schema:startDate "2019-03-27T17:00:00+09:00"^^xsd:dateTime ; schema:location ?screen .'
        ' ?screen a schema:Place ; schema:identifier "1" ; schema:containedInPlace ?theatre .'
        ' ?theatre a schema:MovieTheater ; schema:name "Lotte Cinema Hongik Univ"@en .',
    ),
    Fact(
        "both-screenings-are-in-sidof-choice-with-english-subtitles",
        SIDOF,
        "lines 3, 8, 14-15",
        "?first schema:workPresented film:heart-of-snow-afterlife ;"
        ' schema:startDate "2019-03-23T11:00:00+09:00"^^xsd:dateTime ;'
        ' schema:superEvent ?section ; schema:subtitleLanguage "en" .'
        " ?second schema:workPresented film:heart-of-snow-afterlife ;"
        ' schema:startDate "2019-03-27T17:00:00+09:00"^^xsd:dateTime ;'
        ' schema:superEvent ?section ; schema:subtitleLanguage "en" .'
        ' ?section schema:name "SIDOF Choice"@en .',
    ),
    # --- 003: synopsis (line 19) -------------------------------------------------------
    Fact(
        "afterlife-resonates-with-the-exile-trilogy",
        SIDOF,
        "line 19",
        "film:heart-of-snow-afterlife dockg:resonatesWith ?trilogy ."
        ' ?trilogy a schema:CreativeWorkSeries ; schema:name "Exile Trilogy"@en .',
    ),
    Fact(
        "exile-trilogy-is-three-feature-length-documentaries-by-kim",
        SIDOF,
        "lines 19, 29",
        '?trilogy schema:name "Exile Trilogy"@en ; dockg:partCount 3 ;'
        ' schema:genre "feature-length documentary"@en ;'
        ' schema:creator [ schema:name "Soyoung Kim" ] .',
    ),
    Fact(
        "heart-of-snow-heart-of-blood-is-the-first-of-the-exile-trilogy",
        SIDOF,
        "line 19",
        '?trilogy schema:name "Exile Trilogy"@en ;'
        " schema:hasPart film:heart-of-snow-heart-of-blood ."
        " film:heart-of-snow-heart-of-blood schema:isPartOf ?trilogy ; schema:position 1 .",
    ),
    Fact(
        "exile-trilogy-and-afterlife-trace-koryo-people",
        SIDOF,
        "lines 19, 29",
        '?trilogy schema:name "Exile Trilogy"@en ; schema:about topic:koryo-saram .'
        " film:heart-of-snow-afterlife schema:about topic:koryo-saram .",
    ),
    Fact(
        "afterlife-captures-the-vladivostok-massacre",
        SIDOF,
        "lines 19, 24",
        "film:heart-of-snow-afterlife schema:about event:sinhanchon-massacre-1920 ;"
        " schema:contentLocation ?city . event:sinhanchon-massacre-1920 schema:location ?city ."
        ' ?city a schema:City ; schema:name "Vladivostok"@en ;'
        ' schema:containedInPlace [ a schema:Country ; schema:name "Russia"@en ] .',
    ),
    Fact(
        "afterlife-deals-with-the-deportation-to-central-asia",
        SIDOF,
        "line 19",
        "film:heart-of-snow-afterlife schema:about topic:deportation-of-koreans-1937 ;"
        " schema:contentLocation ?asia . event:deportation-of-koreans-1937 schema:location ?asia ."
        ' ?asia schema:name "Central Asia"@en .',
    ),
    Fact(
        "afterlife-recalls-alexandra-petrovna-kim",
        SIDOF,
        "lines 19, 24",
        "film:heart-of-snow-afterlife schema:about ?kim . ?kim a schema:Person ;"
        ' schema:name "Alexandra Petrovna Kim" ; schema:alternateName "Alexandra Petrovna Kim" ;'
        ' schema:familyName "Kim" ; schema:givenName "Alexandra" ;'
        ' schema:additionalName "Petrovna" ; schema:gender schema:Female .',
    ),
    Fact(
        "alexandra-kim-was-a-revolutionary-political-activist",
        SIDOF,
        "line 19",
        'person:kim-alexandra-petrovna schema:jobTitle "revolutionary political activist"@en .',
    ),
    Fact(
        "alexandra-kim-joined-the-bolsheviks-in-1916",
        SIDOF,
        "line 19",
        "person:kim-alexandra-petrovna schema:memberOf ?role . ?role a schema:OrganizationRole ;"
        ' schema:startDate "1916"^^xsd:gYear ; schema:memberOf ?party .'
        ' ?party a schema:Organization ; schema:name "Bolsheviks"@en .',
    ),
    Fact(
        "alexandra-kim-first-korean-communist-executed-after-the-revolution",
        SIDOF,
        "lines 19, 24",
        "person:kim-alexandra-petrovna schema:description ?text ;"
        " dockg:identifiedWith topic:koryo-saram ."
        ' FILTER (CONTAINS(?text, "first Korean communist") && CONTAINS(?text, "executed"))',
    ),
    # --- 003: director's statement (line 24) -------------------------------------------
    Fact(
        "deportation-in-1937-by-the-stalin-regime",
        SIDOF,
        "line 24",
        'event:deportation-of-koreans-1937 schema:startDate "1937"^^xsd:gYear ;'
        ' dockg:perpetratedBy [ schema:name "Stalin regime"@en ] .',
    ),
    Fact(
        "koryo-people-moved-to-the-russian-far-east-from-1860",
        SIDOF,
        "line 24",
        'event:koryo-settlement-russian-far-east schema:startDate "1860"^^xsd:gYear ;'
        ' schema:location ?east . ?east schema:name "Russian Far East"@en ;'
        ' schema:containedInPlace [ schema:name "Russia"@en ] .'
        " film:heart-of-snow-afterlife schema:about topic:koryo-settlement-russian-far-east .",
    ),
    Fact(
        "afterlife-looks-back-at-the-1910s-and-1920s",
        SIDOF,
        "line 24",
        'film:heart-of-snow-afterlife schema:temporalCoverage "1910/1929" .',
    ),
    Fact(
        "afterlife-represents-two-north-korean-defectors",
        SIDOF,
        "line 24",
        "film:heart-of-snow-afterlife schema:about topic:north-korean-defectors, ?choi, ?kim ."
        ' ?choi a schema:Person ; schema:name "Kuk-in Choi" ; schema:familyName "Choi" ;'
        ' schema:givenName "Kuk-in" ; dockg:identifiedWith topic:north-korean-defectors .'
        ' ?kim a schema:Person ; schema:name "Jonghoon Kim" ; schema:familyName "Kim" ;'
        ' schema:givenName "Jonghoon" ; dockg:identifiedWith topic:north-korean-defectors .',
    ),
    Fact(
        "afterlife-represents-haklim-kae-son-of-an-independence-activist",
        SIDOF,
        "line 24",
        "film:heart-of-snow-afterlife schema:about ?kae . ?kae a schema:Person ;"
        ' schema:name "Haklim Kae" ; schema:familyName "Kae" ; schema:givenName "Haklim" ;'
        " dockg:childOfParticipantIn event:korean-independence-movement .",
    ),
    # --- 003: the director's biography (lines 28-29) -----------------------------------
    Fact(
        "soyoung-kim-is-a-person-in-western-order",
        SIDOF,
        "lines 7, 28",
        'person:kim-soyoung a schema:Person ; schema:name "Soyoung Kim" ;'
        ' schema:alternateName "Soyoung Kim" ; schema:familyName "Kim" ;'
        ' schema:givenName "Soyoung" ; schema:gender schema:Female .',
    ),
    Fact(
        "soyoung-kim-credited-in-korean-order-as-kim-soyoung",
        SIDOF,
        "lines 60, 62",
        'person:kim-soyoung schema:alternateName "Kim Soyoung" .',
    ),
    Fact(
        "womens-history-trilogy-by-kim-screened-at-yamagata",
        SIDOF,
        "line 29",
        '?trilogy a schema:CreativeWorkSeries ; schema:name "Women\'s History Trilogy"@en ;'
        " schema:creator person:kim-soyoung ; dockg:partCount 3 ;"
        " schema:about topic:womens-history ; dockg:shownAtFestival ?yamagata ."
        " ?yamagata a schema:EventSeries ;"
        ' schema:name "Yamagata International Documentary Film Festival"@en .',
    ),
    Fact(
        "womens-history-trilogy-titles-are-unknown-not-empty",
        SIDOF,
        "line 29",
        '?trilogy schema:name "Women\'s History Trilogy"@en .'
        " FILTER NOT EXISTS { ?trilogy schema:hasPart ?part }",
    ),
    Fact(
        "kyung-2010-feature-length-fiction-by-kim",
        SIDOF,
        "line 29",
        'film:kyung a schema:Movie ; schema:name "Kyung"@ko-Latn ;'
        ' schema:director person:kim-soyoung ; schema:dateCreated "2010"^^xsd:gYear ;'
        ' schema:genre "feature-length fiction"@en ; dockg:titleIncomplete true .',
    ),
    Fact(
        "kim-made-a-documentary-about-african-traders-in-guangzhou",
        SIDOF,
        "line 29",
        "person:kim-soyoung schema:knowsAbout topic:african-traders-in-guangzhou .",
    ),
    Fact(
        "kim-works-on-koryo-people-and-womens-history",
        SIDOF,
        "line 29",
        "person:kim-soyoung schema:knowsAbout topic:koryo-saram, topic:womens-history ;"
        ' schema:jobTitle "Director"@en .',
    ),
    # --- 003: filmography, each film with year, runtime and credit (lines 31-57) --------
    filmography_film(
        "goodbye-my-love-north-korea-2017-89min",
        "line 31",
        "goodbye-my-love-north-korea",
        title="Goodbye My Love North Korea",
        year="2017",
        minutes=89,
    ),
    festival_line(
        "goodbye-43rd-seoul-independent-ff-special-invitation-feature",
        "line 32",
        "goodbye-my-love-north-korea",
        festival="Seoul Independent Film Festival",
        year="2017",
        number=43,
        sections=("Special Invitation Feature",),
    ),
    festival_line(
        "goodbye-22nd-busan-wide-angle-documentary-showcase",
        "line 33",
        "goodbye-my-love-north-korea",
        festival="Busan International Film Festival",
        year="2017",
        number=22,
        sections=("Wide Angle", "Documentary Showcase"),
    ),
    filmography_film(
        "sound-of-nomad-koryo-arirang-2016-87min",
        "line 35",
        "sound-of-nomad-koryo-arirang",
        title="Sound of Nomad: Koryo Arirang",
        year="2016",
        minutes=87,
    ),
    festival_line(
        "sound-of-nomad-6th-toronto-korean-ff",
        "line 36",
        "sound-of-nomad-koryo-arirang",
        festival="Toronto Korean Film Festival",
        year="2017",
        number=6,
    ),
    festival_line(
        "sound-of-nomad-14th-ebs-korean-documentary-panorama",
        "line 37",
        "sound-of-nomad-koryo-arirang",
        festival="EBS International Documentary Film Festival",
        year="2017",
        number=14,
        sections=("Korean Documentary Panorama",),
    ),
    Fact(
        "afterlife-2016-16min-per-filmography",
        SIDOF,
        "line 39",
        'film:heart-of-snow-afterlife schema:dateCreated "2016"^^xsd:gYear ;'
        ' schema:duration "PT16M"^^xsd:duration ; schema:director person:kim-soyoung .',
    ),
    Fact(
        "filmography-year-and-runtime-are-claims-with-evidence",
        SIDOF,
        "line 39",
        "?year a rdf:Statement ; rdf:subject film:heart-of-snow-afterlife ;"
        ' rdf:predicate schema:dateCreated ; rdf:object "2016"^^xsd:gYear ;'
        ' prov:value "2016 Heart of Snow: afterlife, 16min, Director" .'
        " ?runtime a rdf:Statement ; rdf:subject film:heart-of-snow-afterlife ;"
        ' rdf:predicate schema:duration ; rdf:object "PT16M"^^xsd:duration .',
    ),
    Fact(
        "afterlife-exhibited-and-screened-at-mmca-2016",
        SIDOF,
        "line 40",
        "?show a schema:ExhibitionEvent, schema:ScreeningEvent ;"
        " schema:workFeatured film:heart-of-snow-afterlife ;"
        ' schema:startDate "2016"^^xsd:gYear ; schema:location ?museum .'
        " ?museum a schema:Museum ;"
        ' schema:name "National Museum of Modern and Contemporary Art"@en .',
    ),
    Fact(
        "afterlife-in-the-mmca-collection",
        SIDOF,
        "line 41",
        "film:heart-of-snow-afterlife dockg:heldInCollection ?museum ."
        ' ?museum schema:name "National Museum of Modern and Contemporary Art"@en .',
    ),
    filmography_film(
        "drifting-city-2015-70min",
        "line 43",
        "drifting-city",
        title="Drifting City",
        year="2015",
        minutes=70,
    ),
    festival_line(
        "drifting-city-20th-busan-wide-angle",
        "line 44",
        "drifting-city",
        festival="Busan International Film Festival",
        year="2015",
        number=20,
        sections=("Wide Angle",),
    ),
    festival_line(
        "drifting-city-seoul-independent-ff-competition",
        "line 45",
        "drifting-city",
        festival="Seoul Independent Film Festival",
        year="2015",
        sections=("Competition",),
    ),
    filmography_film(
        "heart-of-snow-heart-of-blood-2014-98min",
        "line 47",
        "heart-of-snow-heart-of-blood",
        title="Heart of Snow, Heart of Blood",
        year="2014",
        minutes=98,
    ),
    Fact(
        "heart-of-snow-heart-of-blood-screened-at-ludwig-cinema-germany-2016",
        SIDOF,
        "line 48",
        "?screening a schema:ScreeningEvent ;"
        " schema:workPresented film:heart-of-snow-heart-of-blood ;"
        ' schema:startDate "2016"^^xsd:gYear ; schema:location ?cinema .'
        ' ?cinema a schema:MovieTheater ; schema:name "Ludwig Cinema"@en ;'
        ' schema:containedInPlace [ a schema:Country ; schema:name "Germany"@en ] .',
    ),
    festival_line(
        "heart-of-snow-heart-of-blood-17th-international-womens-ff-new-current",
        "line 49",
        "heart-of-snow-heart-of-blood",
        festival="International Women's Film Festival",  # as printed, shortened
        year="2015",
        number=17,
        sections=("New Current",),
    ),
    Fact(
        "17th-international-womens-ff-as-printed",
        SIDOF,
        "line 49",
        "?edition a schema:Festival ;"
        ' schema:alternateName "17th International Women\'s Film Festival"@en ;'
        ' dockg:editionNumber 17 ; schema:startDate "2015"^^xsd:gYear .',
    ),
    filmography_film(
        "kim-alexs-place-ansan-tashkent-2014-60min",
        "line 51",
        "kim-alexs-place-ansan-tashkent",
        title="Kim Alex's Place: Ansan-Tashkent",
        year="2014",
        minutes=60,
    ),
    festival_line(
        "kim-alexs-place-dmz-international-documentary-ff-2014",
        "line 52",
        "kim-alexs-place-ansan-tashkent",
        festival="DMZ International Documentary Film Festival",
        year="2014",
    ),
    festival_line(
        "kim-alexs-place-ebs-international-documentary-festival-2014",
        "line 53",
        "kim-alexs-place-ansan-tashkent",
        festival="EBS International Documentary Festival",  # as printed in 2014
        year="2014",
    ),
    filmography_film(
        "viewfinder-2009-94min",
        "line 55",
        "viewfinder",
        title="Viewfinder",
        year="2009",
        minutes=94,
    ),
    festival_line(
        "viewfinder-12th-seoul-international-womens-ff-new-current",
        "line 56",
        "viewfinder",
        festival="Seoul International Women's Film Festival",
        year="2010",
        number=12,
        sections=("New Current",),
    ),
    festival_line(
        "viewfinder-14th-busan-korean-cinema-today",
        "line 57",
        "viewfinder",
        festival="Busan International Film Festival",
        year="2009",
        number=14,
        sections=("Korean Cinema Today",),
    ),
    # --- 003: credits and contact (lines 60-65) ----------------------------------------
    Fact(
        "producers-kim-soyoung-and-kang-jinseok",
        SIDOF,
        "line 60",
        "film:heart-of-snow-afterlife schema:producer person:kim-soyoung, ?kang ."
        ' ?kang a schema:Person ; schema:name "Kang Jinseok" ;'
        ' schema:alternateName "Kang Jinseok" ;'
        ' schema:familyName "Kang" ; schema:givenName "Jinseok" .',
    ),
    Fact(
        "cinematographer-kang-jinseok",
        SIDOF,
        "line 61",
        "film:heart-of-snow-afterlife schema:contributor ?kang ; dockg:cinematographer ?kang ."
        ' ?kang schema:name "Kang Jinseok" .',
    ),
    Fact(
        "editors-kim-soyoung-and-kang-jinseok",
        SIDOF,
        "line 62",
        "film:heart-of-snow-afterlife schema:editor person:kim-soyoung, ?kang ."
        ' ?kang schema:name "Kang Jinseok" .',
    ),
    Fact(
        "contact-e-mail",
        SIDOF,
        "line 65",
        "film:heart-of-snow-afterlife dockg:contactPoint ?contact ."
        ' ?contact a schema:ContactPoint ; schema:email "evank@cinemadal.com" .',
    ),
    Fact(
        "programme-page-is-about-afterlife-on-the-sidof-web-site",
        SIDOF,
        "lines 1-5",
        "?page schema:about film:heart-of-snow-afterlife ;"
        ' dcterms:identifier "003_81ffafb90c654928.txt" ; schema:isPartOf ?site .'
        " ?site a schema:WebSite ; schema:about [ a schema:EventSeries ] .",
    ),
]


def ask_query(pattern: str, doc: str) -> str:
    """The ASK for a pattern that must hold in the named graph taken from document ``doc``."""
    return (
        f"{PREFIXES}\nASK {{\n  GRAPH ?g {{\n{pattern}\n  }}\n"
        f'  ?g prov:wasDerivedFrom ?doc .\n  ?doc dcterms:identifier "{doc}" .\n}}\n'
    )


def holds(pattern: str, doc: str) -> bool:
    """Whether the export states ``pattern`` in the graph of document ``doc``."""
    return bool(seed_export().query(ask_query(pattern, doc)).askAnswer)


def test_fact_table_covers_both_documents():
    assert 60 <= len(FACTS) <= 90
    assert len({f.name for f in FACTS}) == len(FACTS), "fact names must be unique"
    assert {f.doc for f in FACTS} == {SIDOF, BIO}
    assert sum(f.doc == BIO for f in FACTS) >= 15


@pytest.mark.parametrize("fact", FACTS, ids=lambda f: f.name)
def test_fact_is_in_its_documents_graph_in_schema_org_terms(fact: Fact):
    assert holds(fact.pattern, fact.doc), (
        f"{fact.doc} {fact.where} is not found in the export:\n{ask_query(fact.pattern, fact.doc)}"
    )


@pytest.mark.parametrize("fact", FACTS, ids=lambda f: f.name)
def test_fact_uses_dockg_only_where_schema_org_has_no_term(fact: Fact):
    used = set(re.findall(r"\bdockg:(\w+)", fact.pattern))
    assert used <= DOCKG_WITHOUT_SCHEMA_TERM, (
        f"use schema.org for {sorted(used - DOCKG_WITHOUT_SCHEMA_TERM)}"
    )


# ---------------------------------------------------------------------------
# The test can fail: false facts, facts from the wrong document, dockg-only terms
# ---------------------------------------------------------------------------


def _fact(name: str) -> str:
    """The pattern of the fact called ``name``."""
    (fact,) = (f for f in FACTS if f.name == name)
    return fact.pattern


_BUSAN_2017 = "goodbye-22nd-busan-wide-angle-documentary-showcase"


def _swap(text: str, a: str, b: str) -> str:
    return text.replace(a, "\0").replace(b, a).replace("\0", b)


@pytest.mark.parametrize(
    "pattern",
    [
        # True facts with one thing changed.
        _fact("afterlife-runs-16min-55sec-per-header").replace("PT16M55S", "PT17M"),
        _fact("viewfinder-2009-94min").replace('"2009"', '"2010"'),
        _fact(_BUSAN_2017).replace("dockg:editionNumber 22", "dockg:editionNumber 23"),
        _swap(_fact(_BUSAN_2017), '"Wide Angle"', '"Documentary Showcase"'),
        _swap(
            _fact("screening-2019-03-23-11h-lotte-cinema-hongik-univ-screen-2"),
            'schema:identifier "2"',
            'schema:identifier "1"',
        ),
        # The same wall-clock time in UTC is another instant.
        _fact("screening-2019-03-23-11h-lotte-cinema-hongik-univ-screen-2").replace(
            "11:00:00+09:00", "11:00:00Z"
        ),
    ],
    ids=[
        "runtime-17min",
        "viewfinder-2010",
        "23rd-busan",
        "sections-inverted",
        "wrong-screen",
        "time-in-utc",
    ],
)
def test_false_fact_is_not_found(pattern: str):
    assert not holds(pattern, SIDOF)


def test_fact_from_the_other_document_is_not_found():
    # Both facts are true, but each document states only one of them.
    sidof = '?s schema:workPresented film:heart-of-snow-afterlife ; schema:videoFormat "DCP" .'
    bio = 'person:im-heung-soon schema:birthDate "1970"^^xsd:gYear .'
    assert holds(sidof, SIDOF) and holds(bio, BIO)
    assert not holds(sidof, BIO)
    assert not holds(bio, SIDOF)


def test_curated_knowledge_is_not_attributed_to_a_seed_document():
    # 1969 is the curators' value, kept in a graph derived from no document.
    pattern = 'person:im-heung-soon schema:birthDate "1969"^^xsd:gYear .'
    assert not holds(pattern, BIO)
    assert not holds(pattern, SIDOF)
    curated = (
        f"ASK {{ GRAPH ?g {{ {pattern} }} FILTER NOT EXISTS {{ ?g prov:wasDerivedFrom ?d }} }}"
    )
    assert seed_export().query(PREFIXES + curated).askAnswer


def test_schema_org_view_is_what_makes_facts_findable():
    # The source says dockg:isAbout; only the materialized schema:about is asked for above,
    # so the same question without materialization must fail.
    from rdflib import Dataset

    from queries_support import seed_loaded

    raw = Dataset(default_union=True)
    for graph in seed_loaded().named_graphs():
        target = raw.graph(graph.identifier)
        for s, p, o in graph:
            if str(p) != "https://schema.org/about":
                target.add((s, p, o))
    pattern = "film:the-day-after schema:about topic:sewol-ferry-disaster ."
    assert holds(pattern, BIO)
    assert not raw.query(ask_query(pattern, BIO)).askAnswer
