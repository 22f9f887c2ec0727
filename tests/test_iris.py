"""IRIs are minted by one function, and every entity IRI in data/ follows it."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SDO, SKOS

from dockg.iris import Kind, SlugError, kind_of, mint, mint_graph, mint_person, slugify
from dockg.namespaces import DOCKG

ROOT = Path(__file__).resolve().parents[1]


def test_person_iri_is_the_same_in_either_name_order() -> None:
    # "Soyoung Kim" (programme header) and "Kim Soyoung" (credits) are one person.
    assert mint_person("Kim", "Soyoung") == URIRef("https://w3id.org/dockg/id/person/kim-soyoung")
    assert mint_person("Im", "Heung-Soon") == URIRef(
        "https://w3id.org/dockg/id/person/im-heung-soon"
    )


def test_two_kims_stay_two_people() -> None:
    assert mint_person("Kim", "Soyoung") != mint_person("Kim", "Jonghoon")


@pytest.mark.parametrize(
    ("parts", "slug"),
    [
        (("Heart of Snow: afterlife",), "heart-of-snow-afterlife"),
        (("Kim Alex\u2019s Place: Ansan-Tashkent",), "kim-alexs-place-ansan-tashkent"),
        (
            ("Seoul International Women's Film Festival", 2015),
            "seoul-international-womens-film-festival-2015",
        ),
        (("Kŏng",), "kong"),
        # letters Unicode does not decompose are spelt out, not dropped
        (("Neiße Filmfestival",), "neisse-filmfestival"),
        (("Łódź", "Kanał"), "lodz-kanal"),
        (("Manden der tænkte ting",), "manden-der-taenkte-ting"),
    ],
)
def test_slugify(parts: tuple[str | int, ...], slug: str) -> None:
    assert slugify(*parts) == slug


def test_slugify_refuses_names_without_romanization() -> None:
    with pytest.raises(SlugError, match="romanized"):
        slugify("김소영")


def test_kind_of() -> None:
    assert kind_of(str(mint(Kind.FILM, "Viewfinder"))) is Kind.FILM
    assert kind_of("https://example.org/film/x") is None
    assert kind_of("https://w3id.org/dockg/id/nonsense/x") is None
    assert mint_graph("curated", "general knowledge").endswith("/graph/curated-general-knowledge")


@pytest.fixture(scope="module")
def data() -> Graph:
    ds = Graph()
    for path in sorted((ROOT / "data").rglob("*.ttl")):
        ds.parse(path, format="turtle")
    for path in sorted((ROOT / "ontology").glob("*.ttl")):
        ds.parse(path, format="turtle")
    return ds


def test_person_iris_follow_family_given_order(data: Graph) -> None:
    for person in set(data.subjects(RDF.type, DOCKG.Person)):
        family = data.value(person, SDO.familyName)
        given = data.value(person, SDO.givenName)
        assert family and given, person
        additional = [str(a) for a in data.objects(person, SDO.additionalName)]
        assert person == mint_person(str(family), str(given), *additional)


def test_film_series_and_festival_iris_follow_their_names(data: Graph) -> None:
    cases = [
        (DOCKG.Film, Kind.FILM),
        (DOCKG.DocumentaryFilm, Kind.FILM),
        (DOCKG.FictionFilm, Kind.FILM),
        (DOCKG.FilmSeries, Kind.SERIES),
    ]
    for cls, kind in cases:
        for entity in set(data.subjects(RDF.type, cls)):
            names = [str(n) for n in data.objects(entity, SDO.name)]
            assert mint(kind, names[0]) == entity
    for festival in set(data.subjects(RDF.type, DOCKG.FestivalSeries)):
        names = {str(n) for n in data.objects(festival, SDO.name)}
        assert any(mint(Kind.FESTIVAL, n) == festival for n in names), festival


def test_edition_section_and_selection_iris_are_derived_from_their_parents(data: Graph) -> None:
    for edition in set(data.subjects(RDF.type, DOCKG.FestivalEdition)):
        festival = data.value(edition, DOCKG.editionOf)
        year = str(data.value(edition, SDO.startDate))[:4]
        assert edition == mint(Kind.EDITION, str(festival).rsplit("/", 1)[1], year)
    for section in set(data.subjects(RDF.type, DOCKG.FestivalSection)):
        parent = data.value(section, DOCKG.sectionOf)
        name = str(data.value(section, SDO.name))
        assert section == mint(Kind.SECTION, str(parent).rsplit("/", 1)[1], name)
    for selection in set(data.subjects(RDF.type, DOCKG.FestivalSelection)):
        parent = data.value(selection, SDO.superEvent)
        film = data.value(selection, SDO.workFeatured)
        expected = mint(Kind.SELECTION, str(parent).rsplit("/", 1)[1], str(film).rsplit("/", 1)[1])
        assert selection == expected


def test_topics_have_one_iri_each(data: Graph) -> None:
    labels = [str(o) for s, o in data.subject_objects(SKOS.prefLabel) if o.language == "en"]
    assert len(labels) == len(set(labels))
