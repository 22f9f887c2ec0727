"""The records the readers return for the seed pages, before any graph: a film page's
details (statement, biography, filmography and its showings, credits, contact, breadcrumb)
and a person page's facts, each with its line."""

from __future__ import annotations

from pathlib import Path

from dockg.ingest.person_page import read_person_page
from dockg.ingest.reader import read_programme
from dockg.ingest.reader.records import CreditRecord, Note, ShowingRecord
from dockg.ingest.text import Line, read_lines
from ingest_page_support import PAGES, PERSON_SEED, PROGRAMME_SEED


def lines(path: Path) -> list[Line]:
    return read_lines(path, display=path.name)


def test_the_seed_film_page_details_are_records_with_their_lines() -> None:
    records = read_programme(lines(PROGRAMME_SEED))
    (film,) = records.films
    assert records.context.breadcrumb == (1, "SIDOF Choice")
    assert film.section == (1, "SIDOF Choice")
    assert (film.colour, film.video_format, film.documentary) == ("color", "DCP", False)
    assert [p[:24] for p in film.synopsis] == ["Heart of Snow: afterlife"]
    assert [p[:24] for p in film.statement] == ["The year 1937, when depo"]
    assert [p[:24] for p in film.biography] == ["Soyoung Kim has made ‘Wo"]
    assert film.credits == [
        CreditRecord(60, "producer", ("Kim Soyoung", "Kang Jinseok")),
        CreditRecord(61, "cinematographer", ("Kang Jinseok",)),
        CreditRecord(62, "editor", ("Kim Soyoung", "Kang Jinseok")),
    ]
    assert film.contact == (65, "evank@cinemadal.com")
    assert [(e.line, e.year, e.title, e.runtime) for e in film.filmography] == [
        (31, 2017, "Goodbye My Love North Korea", "PT89M"),
        (35, 2016, "Sound of Nomad: Koryo Arirang", "PT87M"),
        (39, 2016, "Heart of Snow: afterlife", "PT16M"),
        (43, 2015, "Drifting City", "PT70M"),
        (47, 2014, "Heart of Snow, Heart of Blood", "PT98M"),
        (51, 2014, "Kim Alex’s Place: Ansan-Tashkent", "PT60M"),
        (55, 2009, "Viewfinder", "PT94M"),
    ]
    busan = film.filmography[0].showings[1]
    assert busan == ShowingRecord(
        33,
        "2017 The 22nd Busan International Film Festival - Wide Angle - Documentary Showcase",
        "festival",
        "Busan International Film Festival",
        2017,
        22,
        ("Wide Angle", "Documentary Showcase"),
    )
    kinds = [(s.line, s.kind) for s in film.filmography[2].showings]
    assert kinds == [(40, "exhibition"), (41, "collection")]
    assert film.filmography[4].showings[0].country == "Germany"
    assert records.unused == []


def test_a_line_under_a_filmography_entry_that_says_no_showing_is_reported() -> None:
    page = [
        "Title",
        "Jane Doe",
        "2018 | 16min | color",
        "",
        "Jane Doe",
        "2015 Drifting City, 70min, Director",
        "Tickets sold at the door",
        "",
        "2014 Other Film, 60min, Producer",
    ]
    records = read_programme([Line(n, t, t) for n, t in enumerate(page, start=1)])
    (film,) = records.films
    assert [e.title for e in film.filmography] == ["Drifting City"]
    assert records.unused == [
        Note(7, "Tickets sold at the door"),
        Note(9, "filmography entry not imported: 2014 Other Film, 60min, Producer"),
    ]


def test_the_person_pages_are_records_with_their_lines() -> None:
    seed = read_person_page(lines(PERSON_SEED))
    assert (seed.name.display, seed.role) == ("Heung-Soon Im", "Director")
    assert [(b.year, b.city, b.country) for b in seed.births] == [(1970, "Seoul", "South Korea")]
    invented = read_person_page(lines(PAGES / "person-page.txt"))
    assert [(w.title, w.year, w.location) for w in invented.works] == [
        ("The Salt Road Ledger", 2018, "line 11, BIO"),
        ("Night Ferry Notes", 2015, "line 11, BIO"),
        ("Tidal Flats", 2012, "line 14, Known for"),
    ]


def test_an_email_on_a_page_of_several_films_is_no_films_contact() -> None:
    page = [
        "First Film",
        "Jane Doe",
        "2018 | 16min | color",
        "",
        "Second Film",
        "John Roe",
        "2019 | 80min | color",
        "",
        "| press@festival.example",
    ]
    records = read_programme([Line(n, t, t) for n, t in enumerate(page, start=1)])
    assert [(f.title, f.contact) for f in records.films] == [
        ("First Film", None),
        ("Second Film", None),
    ]
    assert records.unused == [Note(9, "| press@festival.example")]
