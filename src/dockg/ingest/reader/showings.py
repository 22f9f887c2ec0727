"""Films set each as a title over its showings, and no fields (a cinema's, an agency's or
a distributor's page)::

    Alaska                              the title
    Mit Christina Große                 a cast credit (not read)

    Mo, 17.4. 19:45 Uhr, Babylon 1      its showings: a date, a time and a venue each
    Di. 18.4. 20:30 Uhr, Acud 1

    A paragraph about the film.

A short line over rows says nothing that makes it a film on its own (a day's, a venue's
or a section's heading stands over rows too), so :func:`showing_films` reads the shape
only when two entries or more repeat it. Each title must be no name, no field, no date
and no time; the lines under it must open with days and times, and one row at least
must have its date (printed on it, or by a day line over it), its time and its venue
(on it, or on the line under it: ``Where: Stadtkino``). A
line among the rows that is no such row (``Mi. 19.04, 20:45 Uhr``: a day or a time?),
and what follows the rows (``Lunch will be provided``), are left unread and reported. A
name in parentheses after a title (``The Belly Of The Whale (Morgan Bushe)``) is stated
as nothing: it may be the director's, or an original title shaped like a name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dockg.ingest.reader.blocks import VENUE_LINE, schedule_row
from dockg.ingest.reader.dates import DateError, PrintedDate, find_date, find_times
from dockg.ingest.reader.fields import (
    CREW_LABEL,
    field_only,
    looks_like_name,
    split_names,
    split_title,
)
from dockg.ingest.reader.lines import Classified, LineKind
from dockg.ingest.reader.records import FilmRecord, Note

__all__ = ["showing_films"]

#: Entries of the shape a page must repeat before any is read.
_ENTRIES = 2
#: The longest title read.
_TITLE_LENGTH = 80


def showing_films(
    items: Sequence[Classified], unused: list[Note], ambiguous: list[Note]
) -> list[FilmRecord]:
    """The films of a page of titles over their showings (module docstring).

    Args:
        items: the page's classified lines.
        unused: the notes of lines not read; those of the lines read are withdrawn.
        ambiguous: the notes of rows attached to no film; those of the rows read are
            withdrawn, and a row not read is reported here.

    Returns:
        One film per entry, with its screenings (dated once the edition's year is
        settled), in page order; empty if fewer than two entries stand on the page.
    """
    paragraphs = _paragraphs(items)
    entries: list[tuple[int, list[int]]] = []
    for number, paragraph in enumerate(paragraphs):
        title = paragraph[0]
        if not _title(items[title]):
            continue
        rows = paragraph[1:]
        while rows and _credit(items[rows[0]]):
            rows = rows[1:]  # the cast under the title
        if not rows and number + 1 < len(paragraphs):
            rows = paragraphs[number + 1]  # the showings a paragraph apart
        rows = _leading_rows(items, rows)
        if any(_full_row(items[i], day, _placed(items, i)) for i, day in _days(items, rows)):
            entries.append((title, rows))
    if len(entries) < _ENTRIES:
        return []
    films: list[FilmRecord] = []
    read: set[int] = set()
    for title, rows in entries:
        text, original = split_title(_unwrap(items[title].line.text))
        if original and all(looks_like_name(n) for n in split_names(original)):
            # ``The Belly Of The Whale (Morgan Bushe)``: its director, or an original title
            # shaped like a name (``Carry My Voice``)? Neither is stated
            original = None
        film = FilmRecord(title=text, line=items[title].line.number, original_title=original)
        read.add(film.line)
        notes: list[Note] = []
        for index, day in _days(items, rows):
            item = items[index]
            if item.kind is LineKind.DATE:
                read.add(item.line.number)  # the day of the rows under it
            elif _full_row(item, day, _placed(items, index)):
                schedule_row(item, film, day, notes, None)
                read.add(item.line.number)
            elif all(n.line != item.line.number for n in unused):
                notes.append(Note(item.line.number, f"not read as a showing: {item.line.text}"))
        film.last_line = items[rows[-1]].line.number
        ambiguous.extend(notes)
        films.append(film)
    unused[:] = [n for n in unused if n.line not in read]
    ambiguous[:] = [n for n in ambiguous if n.line not in read]
    return films


def _leading_rows(items: Sequence[Classified], lines: list[int]) -> list[int]:
    """The lines of a paragraph that open it with days, rows and times; the rest of the
    paragraph (``Lunch will be provided``) is no showing, and is left unread."""
    rows = []
    for index in lines:
        item = items[index]
        if item.kind not in (LineKind.DATE, LineKind.SCHEDULE) and not _timed(item.line.text):
            break
        rows.append(index)
    return rows


def _days(items: Sequence[Classified], rows: list[int]) -> list[tuple[int, PrintedDate | None]]:
    """Each row with the day a line over it prints (``Tuesday, February 19, 2019`` over
    ``5:00pm, Bernie Dallas Room``), or None."""
    day: PrintedDate | None = None
    found = []
    for index in rows:
        item = items[index]
        if item.kind is LineKind.DATE:
            try:
                day = find_date(item.line.text)
            except DateError:
                day = None
        found.append((index, day))
    return found


#: Marks a title may stand in, as a whole (``🎬<바람의 세월>``).
_WRAPPED = re.compile(
    r"<(?P<a>[^<>]+)>|《(?P<b>[^《》]+)》|「(?P<c>[^「」]+)」|『(?P<d>[^『』]+)』|〈(?P<e>[^〈〉]+)〉"
)


def _unwrap(text: str) -> str:
    """The title line without the signs before it (``🎬``, ``▶``) and without the angle
    brackets it stands in as a whole."""
    text = re.sub(r"^[^\w\"'„“‘«»<《「『〈(]+", "", text.strip())
    found = _WRAPPED.fullmatch(text)
    return next(g for g in found.groups() if g) if found else text


def _paragraphs(items: Sequence[Classified]) -> list[list[int]]:
    """The indexes of the page's lines, in runs between blank lines."""
    paragraphs: list[list[int]] = [[]]
    for index, item in enumerate(items):
        if item.kind is LineKind.BLANK:
            if paragraphs[-1]:
                paragraphs.append([])
        else:
            paragraphs[-1].append(index)
    return [p for p in paragraphs if p]


def _title(item: Classified) -> bool:
    """A line that may be a title: short text that is no name, field, date or time."""
    text = item.line.text.strip()
    if item.kind is not LineKind.TEXT or not text or len(text) > _TITLE_LENGTH:
        return False
    if looks_like_name(text) or field_only(text) is not None or _timed(text) or _credit(item):
        return False
    try:
        return find_date(text) is None
    except DateError:
        return False


def _timed(text: str) -> bool:
    """True if the line prints a time of day (or one that does not exist)."""
    try:
        return bool(find_times(text))
    except DateError:
        return True


#: A cast credit under a title, its label without a colon (``Mit Christina Große``,
#: ``Starring NAME``): read here only, where the line stands under a title.
_CAST = re.compile(
    r"^(?:mit|with|starring|featuring|cast|darsteller(?:innen)?|출연)\s+(?=[A-ZÀ-Þ\uac00-\ud7a3])",
    re.IGNORECASE,
)


def _credit(item: Classified) -> bool:
    """A cast or crew credit under a title (``Mit Christina Große``, ``Kamera: NAME``)."""
    text = item.line.text.strip()
    return item.kind is LineKind.TEXT and (
        CREW_LABEL.match(text) is not None or _CAST.match(text) is not None
    )


def _full_row(item: Classified, day: PrintedDate | None = None, placed: bool = False) -> bool:
    """A schedule row whose every showing has its date (its own, or ``day``, a line's
    over it), its time and its venue (``placed``: one showing, its venue on the line
    under it, ``Where: Stadtkino``)."""
    placed = placed and len(item.cells) == 1
    return (
        item.kind is LineKind.SCHEDULE
        and bool(item.cells)
        and all((c.date is not None or day is not None) and (c.venue or placed) for c in item.cells)
    )


def _placed(items: Sequence[Classified], index: int) -> bool:
    """Whether the line right under a row names its venue (``Where: Top Kino``)."""
    return index + 1 < len(items) and VENUE_LINE.match(items[index + 1].line.text) is not None
