"""External identifiers in resolution: a shared IMDb, KMDb or VIAF record merges, two
different records of one database keep two entities apart (not even a candidate pair).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from dockg.ingest.csv_import import import_csv
from dockg.loading import load_dataset
from dockg.materialize import materialize
from dockg.namespaces import DOCKG, RDF, SDO
from dockg.project import Project
from dockg.resolution import resolve_incoming, resolve_within
from dockg.resolution.identifiers import (
    identifier_agreement,
    identifiers_of,
    normalized,
    record_url,
)
from test_ingest_csv import MAPPING, project_copy

ID = "https://w3id.org/dockg/id/"
NOW = datetime(2025, 5, 13, 12, 0, tzinfo=UTC)
#: The two rows of the Cannes competition file (../shared/data/cannes-competition/films.csv)
#: for the two films called Bird, as the file gives them.
BIRD_ROWS = (
    "year,title,original_title,director,languages,countries_of_origin,run_time,imdb_url\n"
    "1988,Bird,,Clint Eastwood,en,US,2h 41m,https://www.imdb.com/title/tt0094747/\n"
    '2024,Bird,,Andrea Arnold,en,"GB,US,FR,DE",1h 59m,https://www.imdb.com/title/tt28277817/\n'
)


def film(slug: str) -> URIRef:
    return URIRef(f"{ID}film/{slug}")


def test_bird_1988_and_bird_2024_with_different_imdb_links_are_not_proposed_as_one_film(
    tmp_path: Path,
) -> None:
    root = project_copy(tmp_path / "project")
    rows = tmp_path / "films.csv"
    rows.write_text(BIRD_ROWS, encoding="utf-8")
    summary = import_csv(Project.open(root), rows, MAPPING, now=NOW)
    assert summary.candidates == ()
    loaded = load_dataset(Project.open(root))
    materialize(loaded)
    union = loaded.union()
    assert identifiers_of(union, film("bird-1988")) == {"IMDb": frozenset({"tt0094747"})}
    found = resolve_within(union)
    pairs = {frozenset((c.incoming, c.existing)) for c in found.candidates}
    assert frozenset((film("bird-1988"), film("bird-2024"))) not in pairs


def _film(graph: Graph, slug: str, year: str, imdb: str) -> URIRef:
    iri = film(slug)
    graph.add((iri, RDF.type, DOCKG.Film))
    graph.add((iri, SDO.name, Literal("Bird")))
    graph.add((iri, SDO.dateCreated, Literal(year)))
    graph.add((iri, SDO.sameAs, URIRef(f"https://www.imdb.com/title/{imdb}/")))
    return iri


def test_a_shared_imdb_record_merges_films_that_dates_alone_would_not() -> None:
    existing, incoming = Graph(), Graph()
    ours = _film(existing, "bird", "1988", "tt0094747")
    theirs = _film(incoming, "bird-1990", "1990", "tt0094747")
    resolution = resolve_incoming(incoming, existing)
    assert [(m.incoming, m.existing) for m in resolution.merges] == [(theirs, ours)]
    assert resolution.merges[0].reasons[-1] == "same IMDb id tt0094747"


def test_identifier_agreement_in_words() -> None:
    imdb = {"IMDb": frozenset({"tt1"})}
    assert identifier_agreement(imdb, {"IMDb": frozenset({"tt1", "tt9"})}) == (
        True,
        "same IMDb id tt1",
    )
    assert identifier_agreement(imdb, {"IMDb": frozenset({"tt2"})}) == (
        False,
        "IMDb ids differ: tt1 / tt2",
    )
    assert identifier_agreement(imdb, {"VIAF": frozenset({"1"})}) == (
        None,
        "no identifier to compare",
    )


def _kmdb_film(graph: Graph, slug: str, year: str, *, page: str = "", value: str = "") -> URIRef:
    """A film called Night Fishing with a KMDb page URL or a KMDb property value."""
    iri = film(slug)
    graph.add((iri, RDF.type, DOCKG.Film))
    graph.add((iri, SDO.name, Literal("Night Fishing")))
    graph.add((iri, SDO.dateCreated, Literal(year)))
    if page:
        graph.add((iri, SDO.sameAs, URIRef(page)))
    if value:
        node = URIRef(f"{ID}claim/identifier-kmdb-{value.replace('/', '').lower()}")
        graph.add((iri, SDO.identifier, node))
        graph.add((node, RDF.type, SDO.PropertyValue))
        graph.add((node, SDO.propertyID, Literal("KMDb")))
        graph.add((node, SDO.value, Literal(value)))
    return iri


def test_a_shared_kmdb_record_merges_whether_given_as_page_or_as_value() -> None:
    existing, incoming = Graph(), Graph()
    ours = _kmdb_film(
        existing, "night-fishing", "2011", page="https://www.kmdb.or.kr/db/kor/detail/movie/K/12345"
    )
    theirs = _kmdb_film(incoming, "night-fishing-2013", "2013", value="K12345")
    assert identifiers_of(existing, ours) == identifiers_of(incoming, theirs)
    resolution = resolve_incoming(incoming, existing)
    assert [(m.incoming, m.existing) for m in resolution.merges] == [(theirs, ours)]
    assert resolution.merges[0].reasons[-1] == "same KMDb id K12345"


def test_different_kmdb_records_keep_two_films_with_one_title_and_year_apart() -> None:
    existing, incoming = Graph(), Graph()
    _kmdb_film(existing, "night-fishing", "2011", value="K12345")
    _kmdb_film(incoming, "night-fishing-b", "2011", value="K/54321")
    # without the ids, same title and year and no director to compare would merge them
    resolution = resolve_incoming(incoming, existing)
    assert resolution.merges == ()
    assert resolution.candidates == ()


def test_kmdb_codes_are_compared_joined_and_paged_only_when_their_form_is_known() -> None:
    assert normalized("KMDb", "k/15021") == "K15021"
    assert normalized("KMDb", "K15021") == "K15021"
    assert normalized("IMDb", " tt1 ") == "tt1"
    assert record_url("KMDb", "K/15021") == URIRef(
        "https://www.kmdb.or.kr/db/kor/detail/movie/K/15021"
    )
    assert record_url("KMDb", "15021") is None  # no kind letter: the page is not guessed
    assert record_url("KMDb documentary", "123") is None
    assert record_url("IMDb", "nm1") == URIRef("https://www.imdb.com/name/nm1/")
    kobis = "https://www.kobis.or.kr/kobis/business/mast/mvie/searchMovieDtl.do?code=20124079"
    assert record_url("KOBIS", "20124079", film=True) == URIRef(kobis)
    assert record_url("KOBIS", "20124079") is None  # a person's code has the same form
    assert record_url("KOBIS", "2012", film=True) is None
    assert record_url("VIAF", "99") == URIRef("https://viaf.org/viaf/99")


def test_a_kobis_film_page_is_read_as_its_film_code() -> None:
    graph = Graph()
    iri = film("night-fishing")
    page = "http://kobis.or.kr/kobis/business/mast/mvie/searchMovieDtl.do?code=20124079&sType="
    graph.add((iri, SDO.sameAs, URIRef(page)))
    assert identifiers_of(graph, iri) == {"KOBIS": frozenset({"20124079"})}
