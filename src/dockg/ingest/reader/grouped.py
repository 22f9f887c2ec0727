"""Rows apart from the films they show.

A schedule at a glance over the films' entries names each film after its time (``Monday,
April 8``, ``7 p.m. Free Solo *``, later the entry ``Free Solo``, ``2018 | 100 minutes``,
…): :func:`rows_naming_films` gives a row before the first entry to the one film of the
page whose title it prints, and nothing else after its time (a mark such as ``*`` aside).

Rows over groups: a schedule that prints each block's time over the films it shows::

    Thursday November 12                         a day
    6pm: Opening Night                           a block's time (and its name)
    Golden Legs | Newhall, California (MV)       its films, a line each
    Sky | Houston, Texas (NS)
    8:45pm Mother Earth                          the next block's time
    Planet Blue (Journey to Eco) | Orlando, …

Each film is shown at the time of the row over its group, as every film of a shorts
programme is shown at the programme's time (:mod:`.package`). This is read only on a page
whose films were read a line each (no film block) and none of them has a showing, and
only where the whole page has the shape: a row stands over the first film, over every
film stands a row with nothing between them but blank lines and the other films of its
group, and nothing but day lines and footnotes (``*This block runs …``) stands between a
group and the next row. A film followed by a synopsis may be a film whose rows stand under
it, and one after a line that closed its group has no row of its own: then the shape is
unsure, and nothing is read. Two groups at least must be found. A row that names a title
is no block's. The text after the time names the block or its venue
(``Opening Night``, ``Mother Earth``), and the layout does not say which: no venue is read
from it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from dockg.ingest.reader.blocks import schedule_row
from dockg.ingest.reader.dates import PrintedDate
from dockg.ingest.reader.lines import Classified, LineKind
from dockg.ingest.reader.records import FilmRecord, Note
from dockg.ingest.reader.timetable import after_time

__all__ = ["BEFORE_ANY_FILM", "rows_naming_films", "rows_over_groups"]

#: Groups a page must show before any is read.
_GROUPS = 2


def _between_groups(item: Classified) -> bool:
    """A line that may stand between a group and the next row: a day line, or a footnote
    to the block (``*This block runs to 141mins and has a short intermission``)."""
    return item.kind is LineKind.DATE or item.line.text.lstrip().startswith("*")


def _groups(
    items: Sequence[Classified], films: Sequence[FilmRecord]
) -> list[tuple[int, list[FilmRecord]]] | None:
    """Each row's index with the films of its group, or None where the page does not have
    the shape throughout."""
    by_line = {film.line: film for film in films}
    titles = [film.title.casefold() for film in films if len(film.title) >= 3]
    groups: list[tuple[int, list[FilmRecord]]] = []
    open_group = closed = False
    for index, item in enumerate(items):
        film = by_line.get(item.line.number)
        if film is not None:
            if not open_group:
                return None
            groups[-1][1].append(film)
        elif item.kind is LineKind.SCHEDULE and item.cells:
            if item.title or closed or any(t in item.line.text.casefold() for t in titles):
                return None
            groups.append((index, []))
            open_group = True
        elif item.kind is LineKind.BLANK:
            continue
        else:
            # a group's films, then a synopsis: a row under it may be the films'
            closed = closed or bool(groups and groups[-1][1] and not _between_groups(item))
            open_group = False
    found = sum(len(group) for _, group in groups)
    if found != len(films) or sum(1 for _, group in groups if group) < _GROUPS:
        return None
    return groups


def rows_over_groups(
    items: Sequence[Classified],
    films: Sequence[FilmRecord],
    dates: Sequence[PrintedDate | None],
    ambiguous: list[Note],
) -> None:
    """Give each film read a line each the showing of the row over its group (module
    docstring).

    Args:
        items: the page's classified lines.
        films: the films read, none of them with a showing.
        dates: for each line, the day printed over it.
        ambiguous: the reports of rows before any film; those of the rows read are
            withdrawn, and a row's text read as no venue is reported.
    """
    if len(films) < _GROUPS or any(film.screenings for film in films):
        return
    groups = _groups(items, films)
    if groups is None:
        return
    read = {items[index].line.number for index, group in groups if group}
    ambiguous[:] = [note for note in ambiguous if note.line not in read]
    for index, group in groups:
        if not group:
            continue
        item = items[index]
        if any(cell.venue.strip(" :–—-*") for cell in item.cells):
            note = f"the block's name or its venue, not read as a venue: {item.line.text}"
            ambiguous.append(Note(item.line.number, note))
        row = replace(item, cells=tuple(replace(cell, venue="") for cell in item.cells))
        for film in group:
            schedule_row(row, film, dates[index], ambiguous, None, slot=True)


#: What a row may print after a title: marks of a legend (``*``, ``**``, ``†``), a dash.
_MARKS = " *†‡+–—-"
#: The report of a row before the first film, which the reader files and
#: :func:`rows_naming_films` withdraws when it reads the row.
BEFORE_ANY_FILM = "schedule row before any film, not attached: "


def rows_naming_films(
    items: Sequence[Classified],
    first: int,
    films: Sequence[FilmRecord],
    dates: Sequence[PrintedDate | None],
    ambiguous: list[Note],
) -> None:
    """Give a row before the first film (index ``first``) that prints one time and a film's
    title after it, and nothing else (``7 p.m. Free Solo *``), to that film, dated by the
    day line over it. A title two films share, a row printing more, a row of several
    times, or a showing the film already has at that day and time, are left as they are.

    Args:
        items: the page's classified lines.
        first: the index of the first film's title.
        films: the films read.
        dates: for each line, the day printed over it.
        ambiguous: the reports of rows before any film; those of the rows read are
            withdrawn.
    """
    by_title: dict[str, list[FilmRecord]] = {}
    for film in films:
        by_title.setdefault(_folded(film.title), []).append(film)
    reported = {n.line for n in ambiguous if n.text.startswith(BEFORE_ANY_FILM)}
    for index, item in enumerate(items[:first]):
        if item.line.number not in reported or len(item.cells) != 1:
            continue
        cell = item.cells[0]
        after = after_time(item.line.text)
        named = by_title.get(_folded(after))
        if not after.strip(_MARKS) or named is None or len(named) != 1:
            continue
        (film,) = named
        printed = cell.date or dates[index]
        if printed is None or any(
            s.start.hour == cell.hour
            and s.start.minute == cell.minute
            and s.printed is not None
            and (s.printed.month, s.printed.day) == (printed.month, printed.day)
            for s in film.screenings
        ):
            continue
        ambiguous[:] = [n for n in ambiguous if n.line != item.line.number]
        row = replace(item, cells=(replace(cell, venue=""),))
        schedule_row(row, film, printed, ambiguous, None, slot=True)


def _folded(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip(_MARKS)).casefold()
