"""A page that is one timetable: a row per showing, each naming its venue and its film.

A cinema's or a festival's day-by-day programme often prints nothing but rows::

    Mi 08.05. 15:00 KBK 1 WACKERSDORF
    Mi 08.05. 17:30 KBK 2 IM LAND MEINER KINDER
    Do 09.05. 17:30 KBK 1 RODZINA / FAMILY / FAMILIE

What follows the time is a venue (perhaps with a screen number) and a title, with nothing
printed between them. The reader splits them only where the page itself shows the venue:
the same first word opens the text of (nearly) every row, so it is the house, and a number
after it is the screen; a row opening otherwise is reported, not split by guess. Titles
printed with translations after slashes (``RODZINA / FAMILY / FAMILIE``) keep the first as
the title and the others as its other titles.

A news page's highlights of a day may print one film a paragraph, the title, a dash, its
text, then the venue and the time (``Right to Harm – Residents of five farming …
Wilma, 6:00pm.``), under a heading that names the day (:func:`highlight_films`).

A page may instead print each showing as a row of its date and time alone over the title
alone, the film's text under it (``Saturday 17 October – 11:00``, ``The Story of
Plastic``, a synopsis): where that shape repeats, each title is its row's film
(:func:`slot_films`).

This is read only on a page where no film block was found: a page with film blocks prints
its rows under the films they belong to, and what follows their time is a venue alone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import time

from dockg.ingest.reader.blocks import split_screen
from dockg.ingest.reader.dates import DateError, PrintedDate, find_date, find_times
from dockg.ingest.reader.fields import SMALL_WORDS, country_of, is_headline
from dockg.ingest.reader.lines import Classified, LineKind, next_filled, previous_filled
from dockg.ingest.reader.records import FilmRecord, Note, ScreeningRecord, TitleRecord
from dockg.ingest.text import Line

#: Rows a timetable needs at least, and the share of them its venue word must open.
_MIN_ROWS = 3
_SHARE = 0.8
#: A screen's number after the venue word (``KBK 1``), never a year.
_SCREEN = re.compile(r"\d{1,2}")
_TRANSLATIONS = re.compile(r"\s+/\s+")


def after_time(text: str) -> str:
    """The row's text after its (last) time: the venue and the title."""
    times = find_times(text)
    return text[times[-1].end :].strip(" |,–—-") if times else ""


def _showing(row: Classified, venue: str | None, screen: str | None) -> ScreeningRecord:
    """The showing a row of one date and one time prints."""
    cell = row.cells[0]
    return ScreeningRecord(
        row.line.number,
        row.line.text,
        None,
        time(cell.hour, cell.minute),
        venue,
        screen,
        printed=cell.date,
    )


def timetable_films(items: Sequence[Classified], ambiguous: list[Note]) -> list[FilmRecord]:
    """The films and showings of a page that is one timetable of venue-and-title rows.

    Args:
        items: the page's classified lines.
        ambiguous: where rows that cannot be split are reported (and the reports of rows
            read here are withdrawn).

    Returns:
        One record per title, in page order, with its screenings; empty unless at least
        three dated rows, most of them opened by the same venue word, are found.
    """
    rows = [
        item
        for item in items
        if item.kind is LineKind.SCHEDULE and len(item.cells) == 1 and item.cells[0].date
    ]
    texts = {item.line.number: after_time(item.line.text) for item in rows}
    words = Counter(text.split()[0] for text in texts.values() if text.split())
    if len(rows) < _MIN_ROWS or not words:
        return []
    if len(set(texts.values())) == 1:
        # ``October 8, 2013 at 6:30 p.m. Red River Theatres, Concord, NH`` on every row: the
        # same words after each time are the venue's, no films'
        return []
    venue, count = words.most_common(1)[0]
    plain = venue.strip(".,:").casefold()
    if count < max(_MIN_ROWS, _SHARE * len(rows)) or plain in SMALL_WORDS or not plain.isalpha():
        return []
    films: dict[str, FilmRecord] = {}
    read: set[int] = set()
    for item in rows:
        number, tokens = item.line.number, texts[item.line.number].split()
        if not tokens or tokens[0] != venue:
            ambiguous.append(
                Note(
                    number, f"timetable row not read, it names no venue {venue!r}: {item.line.text}"
                )
            )
            read.add(number)
            continue
        screen = tokens[1] if len(tokens) > 2 and _SCREEN.fullmatch(tokens[1]) else None
        title_text = " ".join(tokens[2:] if screen else tokens[1:])
        titles = [t.strip() for t in _TRANSLATIONS.split(title_text) if t.strip()]
        if not titles:
            continue
        film = films.get(titles[0].casefold())
        if film is None:
            film = FilmRecord(title=titles[0], line=number, last_line=number)
            film.original_title = titles[1] if len(titles) > 1 else None
            film.labelled_titles = [TitleRecord(number, t, None) for t in titles[2:]]
            films[titles[0].casefold()] = film
        film.screenings.append(_showing(item, venue, screen))
        read.add(number)
    ambiguous[:] = [n for n in ambiguous if n.line not in read or "timetable row" in n.text]
    return list(films.values())


#: Slots a page must print for the shape to be its layout.
_MIN_SLOTS = 2
_TITLE_LENGTH = 80


#: ``To the Boats (United Kingdom)``: a title and its countries in parentheses.
_TITLE_COUNTRIES = re.compile(r"(?P<title>[^(),]{2,80}?)\s*\((?P<countries>[^()]{2,60})\)")
#: Rows of titles and countries a page must print before any is read.
_COUNTRY_ROWS = 3
#: Words that make a row's text an event's, not a film's.
_EVENT_WORDS = re.compile(
    r"\b(?:ceremony|reception|panel|talk|q\s*&\s*a|workshop|party|gala|awards?|showcase|"
    r"programme|program|shorts|films)\b",
    re.IGNORECASE,
)


def _titles_with_countries(text: str) -> list[tuple[str, list[str]]] | None:
    """``Adnan Far From Home (USA), Coffin Decolleté (Egypt)`` → each title with its
    countries; None unless the whole text is such entries, each country one the reader
    knows."""
    entries: list[tuple[str, list[str]]] = []
    position = 0
    for found in _TITLE_COUNTRIES.finditer(text):
        if text[position : found.start()].strip(" ,") or len(entries) >= 3:
            return None
        countries = [country_of(c) for c in re.split(r"\s*[/,]\s*", found["countries"])]
        title = found["title"].strip()
        if not all(countries) or _EVENT_WORDS.search(title) or not re.search(r"[^\W\d]", title):
            return None
        entries.append((title, [c for c in countries if c]))
        position = found.end()
    return entries if entries and not text[position:].strip(" .") else None


def country_row_films(
    items: Sequence[Classified],
    ambiguous: list[Note],
    running: Sequence[PrintedDate | None] = (),
) -> list[FilmRecord]:
    """The films of a schedule printed as a time, then titles each with its countries in
    parentheses (``1 pm To the Boats (United Kingdom)``, ``1:30 pm Adnan Far From Home
    (USA), Coffin Decolleté (Egypt)``), under lines of the day.

    The countries say the row names films (an event's row, ``6:00 pm Awards Ceremony``,
    has none). Read only where three rows at least have that shape. A time printed
    without ``am`` or ``pm`` on a page that prints them (``2:15 Tic (USA)``) may be
    either: the film is read, its showing reported. Showings print no venue: they are
    reported by the build unless a site profile gives the venue.

    Args:
        items: the page's classified lines.
        ambiguous: where rows whose time is not sure are reported.
        running: for each line, the day a line above it prints, if any.

    Returns:
        One record per title, in page order, with its showing where its time is sure.
    """
    rows = []
    for index, item in enumerate(items):
        text = item.line.text.strip()
        try:
            times = find_times(text)
        except DateError:
            continue
        if not times or times[0].start != 0:
            continue
        entries = _titles_with_countries(text[times[0].end :].strip(" –—-:|"))
        if entries:
            rows.append((index, times[0], entries))
    if len(rows) < _COUNTRY_ROWS:
        return []
    half_days = [_MERIDIEM.search(items[i].line.text[: t.end]) for i, t, _ in rows]
    read = {items[i].line.number for i, _, _ in rows}
    ambiguous[:] = [n for n in ambiguous if n.line not in read]  # the rows read here
    films = []
    for (index, printed, entries), half in zip(rows, half_days, strict=True):
        item = items[index]
        day = running[index] if index < len(running) else None
        sure = half is not None or printed.value.hour > 12 or not any(half_days)
        if not sure:
            note = f"a time without am or pm, not imported: {item.line.text}"
            ambiguous.append(Note(item.line.number, note))
        elif day is None:
            note = f"a time with no day over it, not imported: {item.line.text}"
            ambiguous.append(Note(item.line.number, note))
        for title, countries in entries:
            film = FilmRecord(title=title, line=item.line.number)
            film.countries = countries
            if sure and day is not None:
                film.screenings.append(
                    ScreeningRecord(
                        item.line.number,
                        item.line.text,
                        None,
                        printed.value,
                        None,
                        None,
                        printed=day,
                    )
                )
            films.append(film)
    return films


#: ``pm``, ``a.m.``, ``Uhr`` after a time: which half of the day it is, or a 24-hour clock.
_MERIDIEM = re.compile(r"\d\s*(?:[ap]\.?m\.?|uhr|h)\b", re.IGNORECASE)


def _sentence_like(row: Classified, title: Classified) -> bool:
    """A row that ends as a sentence does (``… 릴레이 상영.``), or a line under it with a
    comma (``상영 후 감독, 주인공과 만나는 …``): running text, not a row over a title."""
    return row.line.text.rstrip().endswith((".", "。", "다")) or "," in title.line.text


def _row_stands_apart(items: Sequence[Classified], index: int) -> bool:
    """A dated row with its venue (``7:30 pm Wed. September 18, 2013 @ Studio on the
    Square``) stands over the next title only with a blank over it and, over the blank,
    no line that may be a title (a paragraph, a heading or a sentence instead): under a
    title (``Film A``, its row, ``Film B``), the row would be the film's above."""
    if index == 0 or items[index - 1].kind is not LineKind.BLANK:
        return False
    above = next((i for i in range(index - 1, -1, -1) if items[i].kind is not LineKind.BLANK), None)
    if above is None:
        return True
    item = items[above]
    return item.kind in (LineKind.PROSE, LineKind.HEADING) or (
        item.kind is LineKind.TEXT and item.line.text.rstrip().endswith((".", "!", "?", "…"))
    )


#: ``3pm: Then Then Then``: a time, a colon, the title (the day a line above prints).
_TIME_COLON_TITLE = re.compile(
    r"^\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|uhr|h)?\s*:\s+(?P<title>\S.{0,79})$",
    re.IGNORECASE,
)


def _same_title(item: Classified, title: str) -> bool:
    """A line that prints the slot's title again, alone."""
    return (
        item.kind is LineKind.TEXT and item.line.text.strip().casefold() == title.strip().casefold()
    )


def slot_films(
    items: Sequence[Classified],
    ambiguous: list[Note],
    venue: str | None = None,
    running: Sequence[PrintedDate | None] = (),
) -> list[FilmRecord]:
    """The films of a page that prints each showing as a dated row with nothing but its
    date and time, over a title alone, over the film's running text; or as a time and
    the title on one line (``3pm: Then Then Then``) over the text, under a line of the day.

    Args:
        items: the page's classified lines.
        ambiguous: where the reports of rows read here are withdrawn.
        venue: the venue of rows that print none (a site profile's), if known.
        running: for each line, the day a line above it prints, if any.

    Returns:
        One record per slot, in page order; empty unless the shape is printed at least
        twice (once could be anything: a heading over an introduction).
    """
    slots: list[tuple[Classified, Classified]] = []
    with_venue: list[tuple[Classified, Classified]] = []  # the slots whose rows name venues
    for index, item in enumerate(items):
        if item.kind is not LineKind.SCHEDULE or len(item.cells) != 1:
            continue
        cell = item.cells[0]
        inline = _TIME_COLON_TITLE.match(item.line.text)
        day = running[index] if index < len(running) else None
        if cell.date is None and inline is not None and day is not None:
            after = next_filled(items, index)
            if after is not None and _same_title(items[after], inline["title"]):
                # ``18:00: Die Rüden`` over ``Die Rüden`` over the text: the title repeated
                after = next_filled(items, after)
                while after is not None and items[after].kind is LineKind.TEXT:
                    after = next_filled(items, after)  # a subtitle under the title
            if after is not None and items[after].kind is LineKind.PROSE:
                dated = Classified(item.line, item.kind, cells=(replace(cell, date=day),))
                title = Line(item.line.number, inline["title"].strip(), item.line.raw)
                slots.append((dated, Classified(title, LineKind.TEXT)))
            continue
        if cell.date is None or (cell.venue and not _row_stands_apart(items, index)):
            continue
        title_at = next_filled(items, index)
        if title_at is None or items[title_at].kind is not LineKind.TEXT:
            continue
        text = items[title_at].line.text.strip()
        below = next_filled(items, title_at)
        if len(text) > _TITLE_LENGTH or below is None or items[below].kind is not LineKind.PROSE:
            continue
        slots.append((item, items[title_at]))
        if cell.venue:
            with_venue.append((item, items[title_at]))
    if any(_sentence_like(row, title) for row, title in with_venue) or (
        0 < len(with_venue) < _MIN_SLOTS
    ):
        # a row with its venue over a line is the shape only where it repeats: once, the
        # line under it may be anything (``상영 후 감독, 주인공과 만나는 …``)
        slots = [slot for slot in slots if slot not in with_venue]
        with_venue = []
    if len(slots) < _MIN_SLOTS:
        return []
    films = []
    glued: list[Note] = []
    index_of = {item.line.number: i for i, item in enumerate(items)}
    closing = _rows_close_entries(items, index_of[slots[0][0].line.number])
    for row, heading in slots:
        film = FilmRecord(title=heading.line.text.strip(), line=heading.line.number)
        own, screen = (
            split_screen(row.cells[0].venue) if (row, heading) in with_venue else (None, None)
        )
        at = index_of[row.line.number]
        if heading.line.number != row.line.number and (
            closing or (at and items[at - 1].kind is LineKind.PROSE)
        ):
            # ``… Bewohner zeigt.`` right over ``1. Oktober, 17:00`` over the title: the row
            # closes the paragraph above, so it may be that entry's, not this title's
            text = row.line.text
            glued.append(Note(row.line.number, f"a row closing a paragraph, not attached: {text}"))
        else:
            film.screenings.append(_showing(row, own or venue, screen))
        films.append(film)
    read = {row.line.number for row, _ in slots}
    ambiguous[:] = [n for n in ambiguous if n.line not in read]
    ambiguous.extend(glued)
    return films


def _rows_close_entries(items: Sequence[Classified], first_row: int) -> bool:
    """True if the first dated row stands a paragraph under an entry of its own (a title
    over running text, no row over it): rows may close the entries over them, the page
    laid out with a blank line between every two."""
    prose = previous_filled(items, first_row)
    if prose is None or items[prose].kind is not LineKind.PROSE:
        return False
    title = previous_filled(items, prose)
    if title is None or items[title].kind is not LineKind.TEXT:
        return False
    over = previous_filled(items, title)
    return over is None or items[over].kind not in (LineKind.SCHEDULE, LineKind.DATE)


#: ``Title – text. Venue, 6:00pm.``: a title, a dash, the film's text, its venue and time.
_HIGHLIGHT = re.compile(
    r"^(?P<title>[^–—]{2,80}?)\s[–—]\s(?P<text>\S.{19,}?[.!?])\s+"
    r"(?P<venue>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}),\s*"
    r"(?P<time>\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?)\.?$"
)
#: A heading naming the day is short (``Daily Highlights – Sunday Feb 24``).
_HEADING_LENGTH = 60


def highlight_films(items: Sequence[Classified]) -> list[FilmRecord]:
    """The films of a day's highlights: paragraphs ``Title – text. Venue, 6:00pm.`` under a
    short heading that names the day.

    Returns:
        One record per paragraph, in page order; empty unless two paragraphs at least
        have the shape under a heading with a date.
    """
    day: PrintedDate | None = None
    films: list[FilmRecord] = []
    for item in items:
        text = item.line.text.strip()
        if len(text) <= _HEADING_LENGTH:
            try:
                printed = find_date(text)
            except DateError:
                printed = None
            day = printed or day
            continue
        found = _HIGHLIGHT.match(text)
        if found is None or day is None or not is_headline(found["title"]):
            continue
        clock = find_times(found["time"])
        if len(clock) != 1:
            continue
        film = FilmRecord(title=found["title"].strip(), line=item.line.number)
        start = clock[0].value
        film.screenings.append(
            ScreeningRecord(
                item.line.number,
                text,
                None,
                time(start.hour, start.minute),
                found["venue"],
                None,
                printed=day,
            )
        )
        films.append(film)
    return films if len(films) >= _MIN_SLOTS else []


#: ``DF: Documentary Feature.``: one code of a legend the page prints for the kinds of
#: film in its rows.
_LEGEND_ITEM = re.compile(
    r"(?<![\w:])(?P<code>[A-Z]{2,4}):\s+(?P<kind>[A-Z][\w -]{2,40}?)(?:\.(?=\s|$)|$)"
)
#: ``Talking to the Wind | San Pedro, California (DF)``: a title, where its maker comes
#: from, and the code of its kind.
_CODED_ROW = re.compile(
    r"^(?P<title>[^|]{1,100}?)\s*\|\s*(?P<where>[^|()]{2,80}?)\s*\((?P<code>[A-Z]{2,4})\)$"
)
_ROW_BY = re.compile(r"^(?P<title>.+?)\s+by\s+[A-Z].*$")


def legend_films(items: Sequence[Classified], unused: list[Note]) -> list[FilmRecord]:
    """The films of a schedule whose rows end in a code of the kind of film that a legend
    on the page defines (``DAN: Dance Film.  DF: Documentary Feature.  NS: Narrative
    Short.``): each such row names one film (``Title | Hometown, State (DF)``).

    The place in the row is where its maker comes from, not the film's country: it is not
    read. A ``by`` in the title names a maker or a band (a music video's): the title ends
    there and no director is read. Empty unless the legend has three codes and two rows
    use them; the rows read are withdrawn from ``unused``. The programme's times (``6pm:
    Opening Night`` over its rows) are read by :func:`.grouped.rows_over_groups`.
    """
    legend: dict[str, str] = {}
    for item in items:
        found = _LEGEND_ITEM.findall(item.line.text)
        if len(found) >= 3:
            legend = dict(found)
            break
    if not legend:
        return []
    films: list[FilmRecord] = []
    for item in items:
        row = _CODED_ROW.match(item.line.text.strip())
        if row is None or row["code"] not in legend:
            continue
        title = row["title"].strip()
        by = _ROW_BY.match(title)
        film = FilmRecord(title=by["title"].strip() if by else title, line=item.line.number)
        film.documentary = "documentary" in legend[row["code"]].casefold()
        films.append(film)
    if len(films) < 2:
        return []
    read = {f.line for f in films}
    unused[:] = [n for n in unused if n.line not in read]
    return films
