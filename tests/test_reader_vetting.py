"""The reader's last check (``dockg.ingest.reader.vetting``): what a title, a director, a
year and a running time cannot be, whatever path of the reader found them.

The rejected titles below are the wrong films of the two earlier held-out rounds (a
runtime line, a labelled year, a title read with its time range, a heading, a partner's
credit cut from a wrapped line, a page widget) and forms of the same kinds; the kept ones
are real titles of the corpus that look like something else.
"""

from __future__ import annotations

from datetime import date, time

import pytest

from dockg.ingest.reader import read_programme
from dockg.ingest.reader.records import (
    FilmRecord,
    Note,
    PageContext,
    ProgrammeRecords,
    ScreeningRecord,
)
from dockg.ingest.reader.vetting import title_problem, vet_films
from dockg.ingest.text import Line


def film(title: str, *, strong: bool = False, **fields: object) -> FilmRecord:
    """A film record; ``strong`` gives it a director and a year (a header of fields)."""
    record = FilmRecord(title=title, line=3, **fields)  # type: ignore[arg-type]
    if strong:
        record.directors.append(("Jane Doe", 4))
        record.year, record.year_line = 2019, (4, "2019")
    return record


@pytest.mark.parametrize(
    ("title", "why"),
    [
        ("90min", "it is a line of fields"),
        ("Denmark 2009", "it is a line of fields"),
        ("Jahr: 2020", "it is a line of fields"),
        ("A Northern Soul | [02:30pm to 04:00pm]", "it holds a date or a time"),
        ("A Northern Soul | [02:30pm to", "its brackets do not pair (a piece of a longer line)"),
        ("A Northern Soul | 02:30pm to 04:00pm", "it holds a date or a time"),
        ("Samstag, 15.10.", "it holds a date or a time"),
        ("In Zusammenarbeit mit CPH:DOX)", "its brackets do not pair (a piece of a longer line)"),
        ("In Zusammenarbeit mit CPH:DOX", "it credits a partner"),
        ("Presented by the Goethe-Institut", "it credits a partner"),
        ("FB Like Box", "it is a part of the web page (a widget or a network)"),
        ("Follow us on Instagram", "it is a part of the web page (a widget or a network)"),
        ("Filme", "it is a word of the page's structure"),
        ("Programme", "it is a word of the page's structure"),
        ("상영작", "it is a word of the page's structure"),
        ("Thursday", "it is a word of the page's structure"),
        ("by Jane Doe", "it is a line of fields"),
        ("Text: Jane Doe", "it is a byline"),
        ("Ancestral Visions of the Future de Lemohang Mosese", "it ends in its maker's byline"),
        ("Von Max Muster", "it is a line of fields"),
        ("Fotos: Max Muster, Jane Doe", "it is a byline"),
        ("Posted by Jane Doe", "it is a byline"),
        ("Regie: Max Muster", "it is a line of fields"),
        ("Kamera: Max Muster", "it is a labelled field"),
        ("Venue: CineStar", "it is a labelled field"),
        ("일시: 3월 23일", "it holds a date or a time"),
        ("https://example.org/film", "it is a web or e-mail address"),
        ("Norway", "it is a line of fields"),
        ("1970", "it has no letter"),
        ("90'", "it has no letter"),
        ("Internationaler Wettbewerb", "it is a section heading"),
        (
            "The film follows three families through a long winter in the north.",
            "it is a sentence",
        ),
    ],
)
def test_what_a_title_cannot_be(title: str, why: str) -> None:
    assert title_problem(film(title)) == why


@pytest.mark.parametrize(
    "title",
    [
        "Nelly & Nadine",
        "PART ONE: WHERE THERE IS A JOYOUS MOOD, THERE A COMRADE WILL APPEAR TO SHARE A GLASS"
        " OF WINE",
        "Genesis 2.0",
        "Citizen K",
        "Ein verborgenes Leben - A Hidden Life",
        "박근혜정권퇴진행동 옴니버스 프로젝트 ‘광장’",
        "Heart of Snow: afterlife",
        "Sorry We Missed You",
    ],
)
def test_real_titles_that_look_like_something_else_pass(title: str) -> None:
    assert title_problem(film(title)) is None


def test_a_number_or_a_section_word_is_a_title_over_a_director_and_fields() -> None:
    assert title_problem(film("1970", strong=True)) is None
    assert title_problem(film("7500", strong=True)) is None
    assert title_problem(film("The Competition", strong=True)) is None
    assert title_problem(film("The Competition")) == "it is a section heading"


def test_a_title_that_is_the_festival_the_director_or_the_venue() -> None:
    assert title_problem(film("DOK Leipzig"), festival="DOK Leipzig") == "it is the festival's name"
    named = film("Jane Doe", directors=[("Jane Doe", 4)])
    assert title_problem(named) == "it is the director's name"
    shown = film(
        "CineStar",
        screenings=[ScreeningRecord(5, "row", date(2019, 10, 30), time(19), "CineStar", None)],
    )
    assert title_problem(shown) == "it is the venue's name"


def records(*films: FilmRecord, year: int | None = 2019) -> ProgrammeRecords:
    return ProgrammeRecords(PageContext(year=year), list(films))


def test_films_that_fail_are_listed_as_not_imported_with_the_reason() -> None:
    found = records(film("90min"), film("Burma VJ", strong=True))
    vet_films(found)
    assert [f.title for f in found.films] == ["Burma VJ"]
    assert found.not_imported == [
        Note(3, "not imported as a film: '90min', because it is a line of fields")
    ]


def test_a_director_that_is_no_name_is_dropped_and_reported() -> None:
    hidden = film(
        "Ein verborgenes Leben - A Hidden Life",
        directors=[("A Hidden Life", 7), ("Terrence Malick", 7)],
    )
    korean = film("THE OTHER SIDE OF THE MOUNTAIN", directors=[("In Hak Jang", 9)])
    particles = film("Killing Time", directors=[("Jaap van Hoewijk", 11)])
    found = records(hidden, korean, particles)
    vet_films(found)
    assert hidden.directors == [("Terrence Malick", 7)]
    assert korean.directors == [("In Hak Jang", 9)]
    assert particles.directors == [("Jaap van Hoewijk", 11)]
    assert found.ambiguous == [
        Note(
            7,
            "not imported as a director of 'Ein verborgenes Leben - A Hidden Life':"
            " 'A Hidden Life', because it holds a word no name holds",
        )
    ]


def test_a_director_that_is_part_of_the_title_is_dropped() -> None:
    split = film("Zoo Lock Down Andreas Horvath", directors=[("Andreas Horvath", 5)])
    found = records(split)
    vet_films(found)
    assert split.directors == []
    assert found.ambiguous[0].text.endswith("because it is a part of the title")


def test_a_year_after_the_page_or_before_cinema_is_dropped() -> None:
    late = film("Late", year=2031, year_line=(6, "2031"))
    early = film("Early", year=1700, year_line=(8, "1700"))
    kept = film("Kept", year=2020, year_line=(9, "2020"))
    found = records(late, early, kept, year=2019)
    vet_films(found)
    assert (late.year, early.year, kept.year) == (None, None, 2020)
    assert found.ambiguous == [
        Note(
            6,
            "not imported as the year of 'Late': 2031,"
            " because it is later than the page's own dates",
        ),
        Note(8, "not imported as the year of 'Early': 1700, because it is before cinema"),
    ]


def test_a_year_is_not_judged_on_a_page_with_no_date() -> None:
    later = film("Later", year=2031, year_line=(6, "2031"))
    vet_films(records(later, year=None))
    assert later.year == 2031


def test_a_running_time_of_nothing_or_over_a_day_is_dropped() -> None:
    none = film("None", runtime="PT0M", runtime_line=(4, "0 min"))
    long = film("Long", runtime="PT1600M", runtime_line=(5, "1600 min"))
    kept = film("Kept", runtime="PT16M55S", runtime_line=(6, "16min 55sec"))
    found = records(none, long, kept)
    vet_films(found)
    assert (none.runtime, long.runtime, kept.runtime) == (None, None, "PT16M55S")
    assert [n.line for n in found.ambiguous] == [4, 5]


def test_a_page_whose_only_film_fails_has_no_film() -> None:
    """The reader ends with the check: a runtime line over fields is never a film."""
    page = ["Tickets", "", "90min", "Denmark 2009, 90 min"]
    read = read_programme([Line(n, t, t) for n, t in enumerate(page, start=1)])
    assert read.films == []
