"""A programme's showings printed once over all its films (a shorts programme's event page).

A box office's or a festival's page for one programme of short films prints the
programme's showings at its head and then the films it holds, each a block of its own::

    Short Irish Documentary Competition 2022 + Q&A     the programme
    Saturday, 2 July 22 - 11:45am                      its showing(s)
    @Queen's Film Theatre

    Mam's Old Chair                                    its films
    Dir. Sheena Walsh | 2:27 mins
    …
    Mount Trenchard
    Dir. Jamie Goldrick | 17:23 mins

Every film of the programme is shown at each of those showings. The shape is read only
where the page says nothing else: two film blocks or more, every schedule row of the page
standing over the first film and none under it (no film has showings of its own), the
first of them in the page's head (:data:`HEAD_LINES` lines that are not blank), none
naming a title. The films must also fit one sitting: each prints its runtime, and together
they last at most :data:`ONE_SITTING`. A festival's line-up under its opening night's time
(features, or films with no runtime printed) fails that test, and its rows are reported as
before, not attached to every film by guess. So are rows whose time the page gives as
its doors' (``Doors open at 6:15pm, light refreshments …``): the films start later, at a
time not printed. A paragraph of prose between two of the rows makes each row an item of
its own (an event and its text), not the programme's showings.

A row that names something after its time (``7 PM | Google New York``) is the
programme's unless it names one of the page's films; what it names is read as a venue only
where the row's reader takes it for one. A day line under the last film starts the next
programme's listing (its name and row, its films cut off by the capture): what stands from
it on is left out of the shape.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from dockg.ingest.reader.dates import PrintedDate, find_times
from dockg.ingest.reader.lines import Classified, LineKind
from dockg.ingest.reader.records import FilmRecord

#: How many lines that are not blank the page's head holds: the programme's name, a
#: label (``Showings``), a date over the row (``2 Nov``) and the like.
HEAD_LINES = 6

#: The longest a programme shown in one sitting lasts, in seconds (four hours).
ONE_SITTING = 4 * 3600

_DURATION = re.compile(r"^PT(?:(?P<h>\d+)H)?(?:(?P<m>\d+)M)?(?:(?P<s>\d+)S)?$")


def seconds(duration: str) -> int | None:
    """The seconds of an ``xsd:duration`` lexical form of hours, minutes and seconds
    (``PT1H30M``, ``PT17M23S``); None for another form."""
    found = _DURATION.match(duration)
    if found is None or not any(found.groupdict().values()):
        return None
    hours, minutes, secs = (int(found[k] or 0) for k in ("h", "m", "s"))
    return hours * 3600 + minutes * 60 + secs


def _next_days(items: Sequence[Classified], first: int, last: int) -> int:
    """Where the next programme's listing starts: a day line under the last film
    (``Saturday, October 17`` over the next programme's name and row, its films cut off
    by the capture); the page's end if there is none."""
    return next(
        (i for i in range(max(first, last) + 1, len(items)) if items[i].kind is LineKind.DATE),
        len(items),
    )


def package_rows(
    items: Sequence[Classified],
    first: int,
    blocks: int,
    dates: Sequence[PrintedDate | None],
    last: int = -1,
    titles: Collection[str] = (),
) -> list[int]:
    """The indexes of the programme's rows when the page's lines have the shape (see the
    module's text) and each of their showings has its day, else an empty list. A day line
    under the last film starts the next programme's listing: what stands from it on is
    not this programme's (its rows are reported as before).

    Args:
        items: the classified lines.
        first: the index of the first film's title.
        blocks: how many film blocks the page has.
        last: the index of the last film's title.
        titles: the titles of the page's films: a row naming one is that film's, not the
            programme's (a row naming anything else after its time names the programme
            or its venue, and is read with no venue).
        dates: for each line, the day printed over it, if any.
    """
    if blocks < 2:
        return []
    end = _next_days(items, first, last)
    rows = [i for i, item in enumerate(items[:end]) if item.kind is LineKind.SCHEDULE]
    if not rows or rows[-1] >= first:
        return []
    if any(items[i].kind in (LineKind.DATE, LineKind.BAD_SCHEDULE) for i in range(first, end)):
        return []
    if any(not items[i].cells or _names_a_film(items[i].title, titles) for i in rows):
        return []
    if any(not (cell.date or dates[i]) for i in rows for cell in items[i].cells):
        return []
    if any(items[i].kind is LineKind.PROSE for i in range(rows[0], rows[-1])):
        # ``9.11. 11:00-13:00 Duisburger Klassik``, its text, ``8.11. 15:00-16:30 …``, its
        # text: each row heads an item of its own, not the showings of the films below
        return []
    filled = [i for i, item in enumerate(items) if item.kind is not LineKind.BLANK]
    if rows[0] not in filled[:HEAD_LINES]:
        return []
    return rows


def _names_a_film(title: str | None, titles: Collection[str]) -> bool:
    """True if a row's text after its time names one of the page's films (or is missing
    the titles to tell)."""
    if not title:
        return False
    folded = title.casefold()
    return not titles or any(t.casefold() in folded or folded in t.casefold() for t in titles)


def one_sitting(films: Sequence[FilmRecord]) -> bool:
    """True if every film prints its runtime and together they last one sitting at most."""
    lengths = [seconds(f.runtime) if f.runtime else None for f in films]
    known = [n for n in lengths if n is not None]
    return len(known) == len(lengths) and sum(known) <= ONE_SITTING


#: A line telling when the doors open or a reception starts (the evening's first time,
#: not the films').
_DOORS = re.compile(
    r"\b(?:doors?|einlass|reception|empfang|apéro|apero|drinks|refreshments)\b", re.IGNORECASE
)


def doors_rows(items: Sequence[Classified], rows: Sequence[int]) -> list[int]:
    """The rows among ``rows`` whose time a line of the page gives as when its doors open
    (or a reception starts)."""
    doors = {
        (clock.value.hour, clock.value.minute)
        for item in items
        if _DOORS.search(item.line.text)
        for clock in find_times(item.line.text)
    }
    return [i for i in rows if any((c.hour, c.minute) in doors for c in items[i].cells)]
