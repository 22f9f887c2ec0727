"""Showings a programme's films share, showings whose page prints no venue, and the rows
that the reader must not take for a film's once such showings are stated (issue 13).

A shorts programme's event page prints its showings once, at its head, over its films;
a cinema's own page often prints no venue. Stating those showings brought rows out that
the venue had kept from the graph before (a reception's time, a row of the entry above),
so each such row has a test here too, on a small invented page in the real page's shape.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from dockg.ingest.page import import_page
from dockg.ingest.reader import ReadOptions, read_programme
from dockg.ingest.reader.dates import find_date, zones_printed
from dockg.ingest.reader.fields import runtime_of
from dockg.ingest.reader.lines import LineKind, bare_row, classify, read_schedule
from dockg.ingest.reader.package import ONE_SITTING, one_sitting, seconds
from dockg.ingest.reader.records import FilmRecord, ProgrammeRecords
from dockg.ingest.text import Line
from dockg.namespaces import DOCKG, RDF, SDO
from dockg.project import Project
from ingest_page_support import NOW, seed_project_copy, turtle


def line(text: str) -> Line:
    return Line(1, text, text)


def read(page: str, **options: object) -> ProgrammeRecords:
    lines = [Line(n, t.strip(), t) for n, t in enumerate(page.strip("\n").split("\n"), start=1)]
    return read_programme(lines, ReadOptions(**options))  # type: ignore[arg-type]


def starts(records: ProgrammeRecords) -> list[tuple[str, str, str | None]]:
    return [
        (f.title, s.start_local.isoformat() if s.start_local else "", s.venue)
        for f in records.films
        for s in f.screenings
    ]


def notes(records: ProgrammeRecords) -> list[tuple[int, str]]:
    return [(n.line, n.text) for n in records.ambiguous]


# --- a shorts programme's showings --------------------------------------------------------

PROGRAMME = """
Short Documentary Competition 2022 + Q&A
Saturday, 2 July 22 - 11:45am
Queen's Film Theatre
We are glad to show this year's short films in competition.

Chair Story
Dir. Ann Walsh | {first}
A look at what people feel for the things in their homes.

Quarry Lane
Dir. Tom Byrne | {second}
A careful film about a village beside a quarry.
"""


def test_a_shorts_programmes_showing_at_its_head_is_every_films() -> None:
    records = read(
        PROGRAMME.format(first="2:27 mins", second="17:23 mins"), timezone="Europe/London"
    )
    assert [(f.title, f.runtime) for f in records.films] == [
        ("Chair Story", "PT2M27S"),
        ("Quarry Lane", "PT17M23S"),
    ]
    assert starts(records) == [
        ("Chair Story", "2022-07-02T11:45:00+01:00", "Queen's Film Theatre"),
        ("Quarry Lane", "2022-07-02T11:45:00+01:00", "Queen's Film Theatre"),
    ]
    assert not [n for n in notes(records) if n[0] == 2]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("120 mins", "130 mins"),  # more than one sitting: a line-up, not one programme
        ("12 mins", "Ireland"),  # a film's length not printed
    ],
)
def test_films_that_may_not_share_one_sitting_leave_the_head_row_reported(
    first: str, second: str
) -> None:
    records = read(PROGRAMME.format(first=first, second=second), timezone="Europe/London")
    # the row over the first title is that film's, as on any page printing rows over
    # titles; the other film is not given it
    assert starts(records) == [("Chair Story", "2022-07-02T11:45:00+01:00", "Queen's Film Theatre")]


def test_a_programmes_time_that_is_when_its_doors_open_is_no_films_start() -> None:
    page = PROGRAMME.format(first="12 mins", second="17 mins") + "\nDoors open at 11:45am.\n"
    records = read(page, timezone="Europe/London")
    assert [s[0] for s in starts(records)] == ["Chair Story"]
    assert (
        2,
        "the programme's time is when its doors open, not attached: Saturday, 2 July 22 - 11:45am",
    ) in notes(records)


def test_a_row_below_the_pages_head_is_no_programmes_showing() -> None:
    head = "\n".join(f"A line of the page's introduction, number {n}." for n in range(6))
    records = read(head + PROGRAMME.format(first="12 mins", second="17 mins"))
    assert [s[0] for s in starts(records)] == ["Chair Story"]


def test_one_sitting_is_four_hours_of_printed_runtimes() -> None:
    assert (seconds("PT1H30M"), seconds("PT17M23S"), seconds("P1D")) == (5400, 1043, None)
    fits = [FilmRecord(title="A", line=1, runtime="PT2H"), FilmRecord("B", 2, runtime="PT2H")]
    assert one_sitting(fits) and ONE_SITTING == 4 * 3600
    assert not one_sitting([*fits, FilmRecord(title="C", line=3, runtime="PT1M")])
    assert not one_sitting([FilmRecord(title="D", line=1)])


# --- runtimes, days and rows -------------------------------------------------------------


def test_runtimes_in_minutes_and_seconds() -> None:
    assert [runtime_of(t) for t in ("17:23 mins", "2:27 mins", "21'28\"", "4’50”")] == [
        "PT17M23S",
        "PT2M27S",
        "PT21M28S",
        "PT4M50S",
    ]
    assert runtime_of("1:30 h") is None  # an hour and a half, or a time: not read


def test_a_year_after_a_comma_and_a_two_digit_year_after_a_weekday() -> None:
    assert find_date("Sat 9 July, 2016, 12:00pm").year == 2016  # type: ignore[union-attr]
    assert find_date("Saturday, 2 July 22 - 11:45am").year == 2022  # type: ignore[union-attr]
    # a number after the day that no weekday fits, or an hour, is no year
    assert find_date("Sat 9 July 12 Uhr").year is None  # type: ignore[union-attr]
    assert find_date("Saturday 2 July 10 am").year is None  # type: ignore[union-attr]


def test_a_weekday_in_parentheses_after_the_date_makes_a_days_line() -> None:
    item = classify(line("23rd March 2018 (Friday)"))
    assert item.kind is LineKind.DATE
    assert (item.date.year, item.date.weekday) == (2018, 4)  # type: ignore[union-attr]


def test_a_time_before_the_date_is_no_title_and_a_year_no_venue() -> None:
    item = classify(line("12:00pm, Sat 9 July, 2016"))
    assert item.kind is LineKind.SCHEDULE and item.title is None
    assert [(c.hour, c.venue, c.date.year) for c in item.cells] == [(12, "", 2016)]  # type: ignore[union-attr]


def test_what_a_showing_costs_and_the_times_zone_are_no_venue() -> None:
    assert [c.venue for c in read_schedule("7.11.2024, 16:30, Maxx 1, Eintritt frei")] == ["Maxx 1"]
    assert [c.venue for c in read_schedule("Fri, Nov 2, 2018 at 6:30 pm PT")] == [""]
    assert zones_printed("Fri, Nov 2, 2018 at 6:30 pm PT") == ["PT"]
    assert zones_printed("The ET team meets at 6 pm") == []


def test_a_row_that_prints_nothing_else_is_bare() -> None:
    bare = ["Friday, April 5, 2pm", "Fri, Nov 2, 2018 at 6:30 pm PT", "7:00 PM FREE"]
    named = ["5:00pm Doors open for reception", "19:30 Uhr Filmgespräch"]
    assert [bare_row(t) for t in bare + named] == [True, True, True, False, False]


# --- time zones printed with the times ----------------------------------------------------

PT_PAGE = """
New Op-Docs Evening
Fri, Nov 2, 2018 at 6:30 pm {zone}
Description

Dulce
Angela Faccini, Colombia/USA, 11 min
A mother teaches her daughter to swim.

Earthrise
Emma Vaughan, USA, 30 min
Astronauts remember a photograph.
"""


def test_a_zone_printed_after_the_time_sets_the_offset() -> None:
    records = read(PT_PAGE.format(zone="PT"))
    assert records.context.zone == "America/Los_Angeles"
    assert records.context.zone_why == "'PT' printed after the time on line 2"
    assert starts(records) == [
        ("Dulce", "2018-11-02T18:30:00-07:00", None),
        ("Earthrise", "2018-11-02T18:30:00-07:00", None),
    ]


def test_rows_printing_two_zones_set_none() -> None:
    records = read(PT_PAGE.format(zone="PT") + "\nSat, Nov 3, 2018 at 6:30 pm ET\n")
    assert records.context.zone is None
    assert (0, "time zone not chosen, the rows print several zones: ET, PT; give --timezone") in (
        notes(records)
    )


# --- rows that are not the film's ---------------------------------------------------------


def test_a_row_closing_the_fields_above_is_not_the_next_titles() -> None:
    records = read(
        """
Ein Tag ohne Frauen
Was geschieht, wenn alle Frauen eines Landes einen Tag lang nicht arbeiten? Ein Film erzählt es.
- ISL, USA / 2024 / 71 min / FSK 0 / Regie: Pamela Hogan
- Fr 05.12.2025 / 19:30 Uhr
Ausgsting
Den Alltag hinter sich lassen: davon träumen viele, und ein Filmemacher geht los.
- DEU / 2025 / 94 min / FSK 12 / Regie: Julian Wittmann
- Di 10.02.2026 / 20:15 Uhr
""",
        timezone="Europe/Berlin",
    )
    assert "Ausgsting" in [f.title for f in records.films]
    assert starts(records) == []


def test_rows_between_two_films_credit_lines_are_not_the_first_films() -> None:
    records = read(
        """
APRIL 4, 2024–JUNE 30, 2024

HAIR (1979)

Thursday, April 4

7pmRegistration encouraged.

Stay on after the gallery evening for a free screening of the musical in our theater!

Directed by Milos Forman. US. 1979. 2 hours 1 minute. Rated PG.

This series is made possible by a foundation's support.


Friday, April 5, 2pm

Saturday, April 6, 2pm

Free with museum admission.

A film sets the streets of a city today against what happened at the same addresses in the war.

Directed by Steve McQueen. UK, Netherlands, US. 4 hours 6 minutes with intermission.
""",
        timezone="America/New_York",
    )
    assert starts(records) == []
    assert (18, "a row between two films' credit lines, not attached: Saturday, April 6, 2pm") in (
        notes(records)
    )
    assert (16, "a row between two films' credit lines, not attached: Friday, April 5, 2pm") in (
        notes(records)
    )


def test_a_time_under_a_line_naming_an_event_is_not_the_films() -> None:
    records = read(
        """
Friday, March 1, 2019

You Are Here: A Story

Canada, Feature Documentary, 2018, 84 min
A story of strangers taken in by a small town.

PROGRAM LONG-01 Friday, 3:00pm

Opening Night Party
5:00-7:00 pm
""",
        timezone="America/Denver",
    )
    assert starts(records) == []
    assert (11, "a time under a line naming something else, not attached: 5:00-7:00 pm") in (
        notes(records)
    )


def test_rows_closing_paragraphs_are_not_the_titles_under_them() -> None:
    records = read(
        """
Die Deutsch-Russischen Dokumentarfilmtage

Koktebel Stones

Ein Film folgt einem kleinen Ort an der Küste, an dem sich einst viele Dichter trafen und schrieben.
1. Oktober 2015, 12:00

Hotel Bellevue

Ein Familienhotel in einer Kleinstadt an der Elbe blickt auf Jahrzehnte voller Gäste zurück.
2. Oktober 2015, 12:00

Der Fährmann

Ein altes Ehepaar lebt an einem kleinen Fluss, und der Mann setzt dort seit Jahrzehnten über.
2. Oktober 2015, 12:25
""",
        timezone="Europe/Berlin",
    )
    assert [f.title for f in records.films] == ["Hotel Bellevue", "Der Fährmann"]
    assert starts(records) == []
    assert (6, "a row closing a paragraph, not attached: 1. Oktober 2015, 12:00") in notes(records)


# --- a showing with no venue printed, in the graph -----------------------------------------


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seed_project_copy(tmp_path_factory.mktemp("seed"))


def test_a_bare_rows_showing_is_stated_without_a_place_and_a_row_naming_more_is_not(
    seed: Path, tmp_path: Path
) -> None:
    page = tmp_path / "op-docs.txt"
    page.write_text(PT_PAGE.format(zone="PT"), encoding="utf-8")
    summary = import_page(Project.open(seed), page, now=NOW)
    graph: Graph = turtle(summary.path)
    shown = sorted(
        (str(graph.value(s, SDO.workPresented)), str(graph.value(s, SDO.startDate)))
        for s in graph.subjects(RDF.type, DOCKG.Screening)
        if graph.value(s, SDO.location) is None
    )
    assert shown == [
        ("https://w3id.org/dockg/id/film/dulce", "2018-11-02T18:30:00-07:00"),
        ("https://w3id.org/dockg/id/film/earthrise", "2018-11-02T18:30:00-07:00"),
    ]
    other = tmp_path / "reception.txt"
    row = "Sat, Nov 3, 2018, 5:00 pm PT Reception for the makers"
    other.write_text(
        "Dulce\nAngela Faccini, Colombia/USA, 11 min\nA mother teaches her daughter to swim.\n"
        + row
        + "\n",
        encoding="utf-8",
    )
    summary = import_page(Project.open(seed), other, now=NOW)
    assert (4, f"screening not imported: no venue printed: {row}") in summary.unparsed
    assert not list(turtle(summary.path).subjects(RDF.type, DOCKG.Screening))
