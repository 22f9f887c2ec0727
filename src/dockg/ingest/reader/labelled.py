"""Labelled showings: a film's showing printed as labelled lines, one field a line::

    Screening: Friday, 6 February 2026      the day, after its label
    Time: 8.15 PM                           the time, after its label
    Cinema: Dendy Newtown, Sydney           the venue (optional), after its label

:func:`mark_labelled` reads each such group into one schedule row (its time line carries
the day and the venue; the day and venue lines are taken), so the block reader dates it
as any row. Only a day line whose day is whole (a date), then, at most one blank line
apart, a time line holding one time and nothing else, make a showing; a venue's value
loses a town the project knows after its last comma (``Dendy Newtown, Sydney``: the
house is the venue, the town is where it stands). A day line with no such time under it
is left as it is (the block reader reports it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from dockg.ingest.reader.context import cities_in
from dockg.ingest.reader.dates import DateError, find_times
from dockg.ingest.reader.lines import Classified, LineKind, ScheduleCell, next_filled

__all__ = ["mark_labelled"]

#: The label of a showing's day (``Screening:``, ``Datum:``, ``일시:``).
_DAY_LABEL = re.compile(
    r"^(?:date|screening(?:\s+date)?|when|datum|termin|wann|일시|날짜|상영일)\s*[:：]\s*\S",
    re.IGNORECASE,
)
#: The label of a showing's time, and the time after it (``Time: 8.15 PM``).
_TIME_LABEL = re.compile(
    r"^(?:time|start|starts|begins|zeit|uhrzeit|beginn|시간|상영시간)\s*[:：]\s*(?P<time>.+)$",
    re.IGNORECASE,
)
#: The label of a showing's venue, and the venue after it (``Cinema: Dendy Newtown``).
_VENUE_LABEL = re.compile(
    r"^(?:venue|location|cinema|theatre|theater|place|ort|spielort|kino|장소|상영관)\s*[:：]\s*"
    r"(?P<venue>\S.{0,80})$",
    re.IGNORECASE,
)


def _near(items: Sequence[Classified], index: int, *, blanks: int) -> int | None:
    """The next line after ``index`` that is not blank, with at most ``blanks`` blank
    lines between; None if there is none so near."""
    after = next_filled(items, index)
    return after if after is not None and after - index - 1 <= blanks else None


def _one_time(text: str) -> tuple[int, int] | None:
    """The one time a labelled time line gives and nothing else (``8.15 PM``), or None."""
    found = _TIME_LABEL.match(text.strip())
    if found is None:
        return None
    try:
        times = find_times(found["time"])
    except DateError:
        return None
    if len(times) != 1 or found["time"][: times[0].start].strip():
        return None
    if found["time"][times[0].end :].strip(" .,;"):
        return None
    return times[0].value.hour, times[0].value.minute


def _venue(text: str) -> str:
    """The house a labelled venue line names, without a known town after its last comma."""
    found = _VENUE_LABEL.match(text.strip())
    if found is None:
        return ""
    venue = found["venue"].strip().rstrip(".")
    house, comma, town = venue.rpartition(",")
    if comma and house.strip() and cities_in(town.strip()) and len(town.split()) <= 3:
        return house.strip()
    return venue


def mark_labelled(items: list[Classified]) -> int:
    """Read the page's labelled showings into schedule rows, in place.

    Args:
        items: the classified lines of the page (changed in place).

    Returns:
        How many showings were read.
    """
    read = 0
    for index, item in enumerate(items):
        if item.kind is not LineKind.DATE or item.date is None:
            continue
        if _DAY_LABEL.match(item.line.text.strip()) is None:
            continue
        time_index = _near(items, index, blanks=1)
        if time_index is None:
            continue
        clock = _one_time(items[time_index].line.text)
        if clock is None:
            continue
        venue_index = _near(items, time_index, blanks=0)
        venue = _venue(items[venue_index].line.text) if venue_index is not None else ""
        cell = ScheduleCell(item.date, clock[0], clock[1], venue)
        items[time_index] = replace(items[time_index], kind=LineKind.SCHEDULE, cells=(cell,))
        items[index] = replace(item, kind=LineKind.HEADING)
        if venue:
            items[venue_index] = replace(items[venue_index], kind=LineKind.HEADING)  # type: ignore[index]
        read += 1
    return read
