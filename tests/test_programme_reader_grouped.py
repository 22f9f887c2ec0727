"""Rows apart from their films (issue 13): a schedule printing each block's time over the films it
shows, a line each (the Reel East Texas page's shape), read on small invented pages;
and the pages whose rows may be the films' above, which are not read so.
"""

from __future__ import annotations

from rdflib import Literal

from dockg.ingest.programme_build import build_programme
from dockg.ingest.reader import ReadOptions, read_programme
from dockg.ingest.reader.records import ProgrammeRecords
from dockg.ingest.text import Line

LEGEND = "DF: Documentary Feature.    DS: Documentary Short.    NS: Narrative Short."

PAGE = f"""
2021 Screening Schedule

{LEGEND}

Friday November 12

6pm: Opening Night

Salt Road | Tyler, Texas (DF)
Quiet Water | Austin, Texas (NS)

8:45pm Night Owls

Long Field | Marshall, Texas (DS)

Saturday November 13

11am: River Stories

Three Bridges | Waco, Texas (DF)
Dry Creek | Austin, Texas (NS)

*This block runs to 120mins with an intermission
"""


def read(page: str, **options: object) -> ProgrammeRecords:
    lines = [Line(n, t.strip(), t) for n, t in enumerate(page.strip("\n").split("\n"), start=1)]
    return read_programme(lines, ReadOptions(**options))  # type: ignore[arg-type]


def shown(records: ProgrammeRecords) -> list[tuple[str, str, str | None]]:
    return [
        (f.title, s.start_local.isoformat() if s.start_local else "", s.venue)
        for f in records.films
        for s in f.screenings
    ]


def test_each_film_is_shown_at_the_time_of_the_row_over_its_group() -> None:
    records = read(PAGE, timezone="America/Chicago")
    assert shown(records) == [
        ("Salt Road", "2021-11-12T18:00:00-06:00", None),
        ("Quiet Water", "2021-11-12T18:00:00-06:00", None),
        ("Long Field", "2021-11-12T20:45:00-06:00", None),
        ("Three Bridges", "2021-11-13T11:00:00-06:00", None),
        ("Dry Creek", "2021-11-13T11:00:00-06:00", None),
    ]
    # the year is the heading's, in which the days' weekdays fall
    assert records.context.year == 2021
    # the text after a block's time names the block or a venue: reported, not a venue
    assert [n.line for n in records.ambiguous if "not read as a venue" in n.text] == [
        12,
        18,
    ]
    assert not any("before any film" in n.text and "6pm" in n.text for n in records.ambiguous)


def test_a_blocks_showing_is_stated_with_no_venue() -> None:
    from dockg.namespaces import SDO, XSD

    records = read(PAGE, timezone="America/Chicago")
    built = build_programme(
        records,
        slug="page-test",
        festival=None,
        festival_name="",
        festival_known=False,
        line_texts={},
    )
    starts = sorted(str(o) for o in built.graph.objects(None, SDO.startDate))
    assert starts == sorted(
        str(Literal(t, datatype=XSD.dateTime))
        for t in [
            "2021-11-12T18:00:00-06:00",
            "2021-11-12T18:00:00-06:00",
            "2021-11-12T20:45:00-06:00",
            "2021-11-13T11:00:00-06:00",
            "2021-11-13T11:00:00-06:00",
        ]
    )
    assert list(built.graph.objects(None, SDO.location)) == []
    assert not any("no venue printed" in n.text for n in built.notes)


def test_a_synopsis_under_a_group_leaves_the_rows_unread() -> None:
    # a film, its text, then a row: the row may be the film's, under it
    page = PAGE.replace(
        "Long Field | Marshall, Texas (DS)",
        "Long Field | Marshall, Texas (DS)\nA farm family keeps going through a dry year.",
    )
    records = read(page, timezone="America/Chicago")
    assert [f.title for f in records.films][:3] == ["Salt Road", "Quiet Water", "Long Field"]
    assert shown(records) == []


def test_a_film_over_the_first_row_leaves_the_rows_unread() -> None:
    page = PAGE.replace(
        "Friday November 12", "Early Light | Tyler, Texas (DS)\n\nFriday November 12"
    )
    assert shown(read(page, timezone="America/Chicago")) == []


def test_one_group_is_not_enough() -> None:
    page = PAGE.split("8:45pm")[0]
    records = read(page, timezone="America/Chicago")
    assert [f.title for f in records.films] == ["Salt Road", "Quiet Water"]
    assert shown(records) == []


def test_a_row_naming_a_title_is_no_blocks_time() -> None:
    page = PAGE.replace("8:45pm Night Owls", "8:45pm: “Long Field”")
    assert shown(read(page, timezone="America/Chicago")) == []


GLANCE = """
GEFF 2019 Schedule

Monday, April 8

7 p.m. Salt Road *

Tuesday, April 9

4:30 p.m. Quiet Water
7 p.m. Salt Road **

* offsite venue

Monday, April 8

Salt Road

2018 | 100 minutes
Directed by Ana Ruiz
"""


def test_a_row_at_a_glance_naming_a_films_entry_is_its_showing() -> None:
    records = read(GLANCE, timezone="America/New_York")
    assert shown(records) == [
        ("Salt Road", "2019-04-08T19:00:00-04:00", None),
        ("Salt Road", "2019-04-09T19:00:00-04:00", None),
    ]
    assert all(s.slot for s in records.films[0].screenings)
    # the row naming no entry's film stays reported
    assert any(n.line == 9 and "before any film" in n.text for n in records.ambiguous)


def test_a_row_at_a_glance_printing_more_than_the_title_is_not_read() -> None:
    page = GLANCE.replace("7 p.m. Salt Road *", "7 p.m. Salt Road with a talk", 1)
    records = read(page, timezone="America/New_York")
    assert shown(records) == [("Salt Road", "2019-04-09T19:00:00-04:00", None)]


def test_an_entry_printing_its_showing_on_its_own_line_is_stated_with_no_venue() -> None:
    # ``Sunday 20 October, 2:30pm Swing Kids (R13, 133mins)``: the row names its film, so
    # its showing is one even where no venue is printed
    records = read(
        "Korean Film Festival 2019\n\nSunday 20 October, 2:30pm Swing Kids (R13, 133mins)\n",
        timezone="Pacific/Auckland",
    )
    assert shown(records) == [("Swing Kids", "2019-10-20T14:30:00+13:00", None)]
    assert [s.slot for f in records.films for s in f.screenings] == [True]


# --- a newspaper's listing of a festival's day --------------------------------------------

DAY_LISTING = """
Saturday Oct. 11, 2008

11 a.m., "Making Films Cheaply," Southern Stage, panel discussion

12:30 p.m., "Small Arrivals," Arts Center, documentary feature

2 p.m., "Family Matters: Short Program," Arts Center

2 p.m., "Without Fear," screening with "A Sentence," Prytania Theater, documentary feature

3 p.m., "The Leavers," Canal Cinema, docudrama
"""


def test_a_day_listing_of_a_time_a_quoted_title_its_venue_and_its_kind() -> None:
    records = read(DAY_LISTING, timezone="America/Chicago")
    # the panel, the programme and the row of two films are no film's showing, nor are
    # they given to the films beside them
    assert shown(records) == [
        ("Small Arrivals", "2008-10-11T12:30:00-05:00", "Arts Center"),
        ("The Leavers", "2008-10-11T15:00:00-05:00", "Canal Cinema"),
    ]


def test_a_slot_naming_its_own_title_under_a_films_entry_is_not_that_films() -> None:
    page = """
Saturday Oct. 11, 2008

Small Arrivals (USA, 2008, 85 min)

12:30 p.m., Arts Center

2 p.m., "Without Fear," screening with "A Sentence," Prytania Theater
"""
    records = read(page, timezone="America/Chicago")
    assert shown(records) == [("Small Arrivals", "2008-10-11T12:30:00-05:00", "Arts Center")]
    assert any("Without Fear" in n.text for n in records.ambiguous)
