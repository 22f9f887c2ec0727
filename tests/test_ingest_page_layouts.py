"""The other programme-page layouts, each on an invented fixture page, and how the reader
reads their lines."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.compare import isomorphic

from dockg.build import build
from dockg.ingest.page import import_page
from dockg.ingest.reader import read_programme
from dockg.ingest.reader.records import FilmRecord, Note
from dockg.ingest.text import Line, parse_runtime, subtitle_languages
from dockg.namespaces import DOCKG
from dockg.project import Project
from ingest_page_support import NOW, PAGES, seed_project_copy, turtle


def lines_of(*texts: str) -> list[Line]:
    return [Line(n, t.strip(), t) for n, t in enumerate(texts, start=1)]


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seed_project_copy(tmp_path_factory.mktemp("seed"))


# -- line layouts ---------------------------------------------------------------------------


def film_of(*texts: str) -> FilmRecord:
    """The one film the reader reads from a page of ``texts``."""
    (film,) = read_programme(lines_of(*texts)).films
    return film


def test_pipe_year_header_reads_every_field() -> None:
    header = "2018 | 16min 55sec | color | DCP | English subtitles"
    film = film_of("Title", "", "Soyoung Kim", header)
    assert (film.title, film.directors, film.year, film.runtime) == (
        "Title",
        [("Soyoung Kim", 3)],
        2018,
        "PT16M55S",
    )
    assert (film.year_line, film.runtime_line) == ((4, header), (4, header))
    assert (film.colour, film.video_format, film.subtitles) == ("color", "DCP", ("en",))


def test_pipe_director_header_reads_genre_colours_and_catalogue_letters() -> None:
    film = film_of(
        "A Title",
        "World Premiere",
        "PARK Minji | 2018 | Documentary | Color+B&W | DCP | 76min 16sec (K,E)",
    )
    assert film.title == "A Title"  # the premiere flag is not the title
    assert film.premiere == (2, "World Premiere")
    assert film.directors == [("PARK Minji", 3)]
    assert film.documentary and film.colour == "Color+B&W"
    assert (film.year, film.runtime, film.subtitles) == (2018, "PT76M16S", ("ko", "en"))


def test_directed_by_header_reads_country_year_runtime_format() -> None:
    film = film_of("Letters", "Directed By: KIM Dohyun (South Korea, 2013, 79 mins, DCP)")
    assert (film.directors, film.countries, film.year, film.runtime, film.video_format) == (
        [("KIM Dohyun", 2)],
        ["South Korea"],
        2013,
        "PT79M",
        "DCP",
    )


def test_schedule_rows_of_both_layouts() -> None:
    records = read_programme(
        lines_of(
            "Letters",
            "Directed By: KIM Dohyun (South Korea, 2013, 79 mins, DCP)",
            "2019.03.23(Sat) 11:00 Lotte Cinema Hongik Univ 2",
            # "16:00 pm" is a 24-hour time with a stray meridiem; "4:30 pm" is afternoon.
            "September 18th, 2020 (Friday) | Megabox Baekseok 1 | 16:00 pm",
            "Sept 3rd, 2020 (Thu) | CGV Ilsan | 4:30 pm",
            "Date Time Theater Information",
            "2014.10.08(Mon) 19:00 CGV Centum City 2",
        )
    )
    assert [(s.day, s.start, s.venue, s.screen) for s in records.screenings] == [
        (date(2019, 3, 23), time(11, 0), "Lotte Cinema Hongik Univ", "2"),
        (date(2020, 9, 18), time(16, 0), "Megabox Baekseok", "1"),
        (date(2020, 9, 3), time(16, 30), "CGV Ilsan", None),
    ]
    assert records.unused == [
        Note(7, "schedule row not imported: 2014-10-08 is a Wednesday, not Mon")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("16min 55sec", "PT16M55S"),
        ("89min", "PT89M"),
        ("79 mins", "PT79M"),
        ("1h 30m", "PT1H30M"),
        ("DCP", None),
        ("", None),
    ],
)
def test_runtimes_keep_the_printed_units(text: str, expected: str | None) -> None:
    assert parse_runtime(text) == expected


def test_subtitle_fields() -> None:
    assert subtitle_languages("English subtitles") == ("en",)
    assert subtitle_languages("Korean & English subtitles") == ("ko", "en")
    assert subtitle_languages("(K,E)") == ("ko", "en")
    assert subtitle_languages("DCP") is None


# -- whole fixture pages --------------------------------------------------------------------

PIPE_EXPECTED = """
@prefix dockg: <https://w3id.org/dockg/ontology#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix film: <https://w3id.org/dockg/id/film/> .
@prefix person: <https://w3id.org/dockg/id/person/> .
@prefix festival: <https://w3id.org/dockg/id/festival/> .
@prefix edition: <https://w3id.org/dockg/id/edition/> .
@prefix section: <https://w3id.org/dockg/id/section/> .
@prefix selection: <https://w3id.org/dockg/id/selection/> .
@prefix screening: <https://w3id.org/dockg/id/screening/> .
@prefix venue: <https://w3id.org/dockg/id/venue/> .

film:the-salt-road-ledger a dockg:DocumentaryFilm ;
    schema:name "The Salt Road Ledger"@en ;
    schema:director person:park-minji ;
    schema:dateCreated "2018"^^xsd:gYear ;
    schema:duration "PT76M16S"^^xsd:duration ;
    dockg:colour dockg:ColourAndBlackAndWhite ;
    schema:subtitleLanguage "ko", "en" ;
    schema:producer person:park-minji, person:seo-dahye ;
    dockg:filmEditor person:lee-hana, person:cho-minsu .

festival:hangang-documentary-film-festival a dockg:FestivalSeries ;
    schema:name "Hangang Documentary Film Festival"@en .

edition:hangang-documentary-film-festival-2020 a dockg:FestivalEdition ;
    schema:name "7th Hangang Documentary Film Festival"@en ;
    dockg:editionOf festival:hangang-documentary-film-festival ;
    dockg:editionNumber 7 ;
    schema:startDate "2020"^^xsd:gYear .

section:hangang-documentary-film-festival-2020-korean-competition a dockg:FestivalSection ;
    schema:name "Korean Competition"@en ;
    dockg:sectionOf edition:hangang-documentary-film-festival-2020 .

selection:hangang-documentary-film-festival-2020-korean-competition-the-salt-road-ledger
    a dockg:FestivalSelection ;
    schema:workFeatured film:the-salt-road-ledger ;
    schema:superEvent section:hangang-documentary-film-festival-2020-korean-competition ;
    dockg:premiere "World Premiere" .

screening:hangang-documentary-film-festival-2020-the-salt-road-ledger-2020-09-18-1600
    a dockg:Screening ;
    schema:workPresented film:the-salt-road-ledger ;
    schema:superEvent section:hangang-documentary-film-festival-2020-korean-competition ;
    schema:startDate "2020-09-18T16:00:00+09:00"^^xsd:dateTime ;
    schema:location venue:megabox-baekseok-1 ;
    schema:subtitleLanguage "ko", "en" ;
    schema:videoFormat "DCP" .

screening:hangang-documentary-film-festival-2020-the-salt-road-ledger-2020-09-20-1030
    a dockg:Screening ;
    schema:workPresented film:the-salt-road-ledger ;
    schema:superEvent section:hangang-documentary-film-festival-2020-korean-competition ;
    schema:startDate "2020-09-20T10:30:00+09:00"^^xsd:dateTime ;
    schema:location venue:megabox-baekseok-3 ;
    schema:subtitleLanguage "ko", "en" ;
    schema:videoFormat "DCP" .
"""


def _entities_only(graph: Graph, expected: Graph) -> Graph:
    """The triples of ``graph`` about the subjects and properties ``expected`` mentions."""
    kept = Graph()
    for s, p in {(s, p) for s, p, _ in expected}:
        kept += ((s, p, o) for o in graph.objects(s, p))
    return kept


def test_pipe_director_layout_with_premiere_and_long_dates(seed: Path) -> None:
    summary = import_page(Project.open(seed), PAGES / "pipe-header-premiere.txt", now=NOW)
    assert summary.unparsed == ()
    imported = turtle(summary.path)
    expected = Graph().parse(data=PIPE_EXPECTED, format="turtle")
    assert isomorphic(_entities_only(imported, expected), expected)
    film = next(iter(expected.subjects(DOCKG.colour, None)))
    synopsis = imported.value(film, DOCKG.directorStatement)
    assert isinstance(synopsis, Literal) and synopsis.language == "en"
    assert str(synopsis).startswith("I wanted to know who had written the ledger")


def test_directed_by_layout_imports_the_rest_and_lists_unparsed_lines(seed: Path) -> None:
    summary = import_page(
        Project.open(seed),
        PAGES / "directed-by-partial.txt",
        festival="Busan International Film Festival",
        now=NOW,
    )
    assert summary.unparsed == (
        (7, "schedule row not imported: 2014-10-08 is a Wednesday, not Mon"),
        (8, "Tickets ~ sold out ~ ask at the counter"),
        (14, "Gaffer     Noh Sera"),
    )
    imported = turtle(summary.path)
    rows = imported.query(
        """
        SELECT ?start ?venue ?event ?country ?camera WHERE {
            ?s a dockg:Screening ; schema:startDate ?start ; schema:location ?venue ;
               schema:superEvent ?event ; schema:workPresented ?film .
            ?film schema:countryOfOrigin/schema:name ?country ;
                  dockg:cinematographer ?camera ; schema:director person:kim-dohyun .
        }
        """
    )
    assert [tuple(map(str, r)) for r in rows] == [
        (
            "2014-10-05T14:30:00+09:00",
            "https://w3id.org/dockg/id/venue/cgv-centum-city-4",
            "https://w3id.org/dockg/id/section/busan-international-film-festival-2014-wide-angle",
            "South Korea",
            "https://w3id.org/dockg/id/person/yoon-jaeho",
        )
    ]


def test_every_fixture_import_keeps_the_seed_project_valid(seed: Path, tmp_path: Path) -> None:
    project = seed_project_copy(tmp_path / "all")
    festivals = {
        "pipe-header-premiere.txt": None,
        "directed-by-partial.txt": "Busan International Film Festival",
        "person-page.txt": None,
    }
    for name, festival in festivals.items():
        import_page(Project.open(project), PAGES / name, festival=festival, now=NOW)
    result = build(Project.open(project), out_dir=tmp_path / "build")
    assert result.report.conforms
