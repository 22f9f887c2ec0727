"""Films told one a paragraph in German prose, each with its showings (a news entry, an
association's notice)::

    Last Shelter (A 2015) von Gerald Igor Hauzenberger folgt … Gezeigt wird der Film am
    24.10. um 21:00 Uhr im Stadtkino im Künstlerhaus, und am 26.10. um 18:00 Uhr im
    Gartenbaukino.

A paragraph opens with the title and its fields in parentheses (a country's code and a
year at least, nothing else); ``von NAME`` right after them names the director. Its
showings are read from sentences with a verb or label of showing (``gezeigt``,
``läuft``, ``zu sehen``, ``Termine``), each ``am DAY um TIME [Uhr] im|in der VENUE``. A
paragraph that names another title in quotation marks or another entry's fields is not
read for showings: whose they are is not sure. :func:`told_films` reads the shape only
when two paragraphs or more have it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import time

from dockg.ingest.reader.dates import DateError, find_date
from dockg.ingest.reader.fields import looks_like_name, read_meta, split_names
from dockg.ingest.reader.lines import Classified, LineKind
from dockg.ingest.reader.records import FilmRecord, Note, ScreeningRecord

__all__ = ["told_films"]

#: Paragraphs of the shape a page must have before any is read.
_ENTRIES = 2

#: ``Last Shelter (A 2015) von Gerald Igor Hauzenberger folgt …``
_LEAD = re.compile(
    r"^(?P<title>[^()„“\"»«]{2,80}?)\s+\((?P<fields>[^()]{4,60})\)"
    r"(?:\s+von\s+(?P<names>[A-ZÄÖÜ][\w.'’-]+(?:\s+(?:und\s+)?[A-ZÄÖÜ][\w.'’-]+){1,5}))?"
)
#: A word or label that says a sentence tells showings.
_SHOWN = re.compile(
    r"\b(?:gezeigt|läuft|laufen|zu\s+sehen|termine?|vorführung(?:en)?|spielt)\b", re.IGNORECASE
)
#: ``am 24.10. um 21:00 Uhr im Stadtkino im Künstlerhaus``, ``am Fr, 30.10. um 15:30 in der
#: Urania``
_SHOWING = re.compile(
    r"\bam\s+(?:(?P<wd>[A-Za-zÄÖÜäöü]{2,10})\.?,?\s+)?"
    r"(?P<day>\d{1,2}\.\s?\d{1,2}\.(?:\s?(?:19|20)\d{2})?)\s+um\s+"
    r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:\s*Uhr)?\s+(?:im|in\s+der|in\s+den|ins|in)\s+"
    r"(?P<venue>[A-ZÄÖÜ][^,.;]{1,60}?)(?=\s*(?:[,.;]|\s+und\s|$))"
)
#: Another film named in the paragraph: a title in quotation marks.
_OTHER_TITLE = re.compile(r"[„“\"»«][^„“”\"»«]{2,80}[“”\"«»]")


def told_films(items: Sequence[Classified], unused: list[Note]) -> list[FilmRecord]:
    """The films of a page of paragraphs each telling one film and its showings (module
    docstring); empty unless two paragraphs have the shape. The paragraphs read are
    withdrawn from ``unused``."""
    films: list[FilmRecord] = []
    for item in items:
        if item.kind not in (LineKind.PROSE, LineKind.TEXT):
            continue
        film = _entry(item)
        if film is not None:
            films.append(film)
    if len(films) < _ENTRIES:
        return []
    read = {f.line for f in films}
    unused[:] = [n for n in unused if n.line not in read]
    return films


def _entry(item: Classified) -> FilmRecord | None:
    text, number = item.line.text.strip(), item.line.number
    lead = _LEAD.match(text)
    if lead is None:
        return None
    title = lead["title"].strip()
    meta = read_meta(lead["fields"])
    if meta.unread or meta.year is None or not meta.countries:
        return None
    if looks_like_name(title) and not lead["names"]:
        return None  # ``Angela Summereder (A 2015)``: a maker's name with her fields
    film = FilmRecord(title=title, line=number)
    film.year, film.year_line = meta.year, (number, text)
    film.countries = list(meta.countries)
    names = split_names(lead["names"]) if lead["names"] else []
    if names and all(looks_like_name(n) for n in names):
        film.directors = [(n, number) for n in names]
    rest = text[lead.end() :]
    if _OTHER_TITLE.search(rest) or _LEAD.search(rest):
        return film  # another film named: whose the showings are is not sure
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ])", rest):
        if not _SHOWN.search(sentence):
            continue
        for showing in _SHOWING.finditer(sentence):
            try:
                # the weekday printed before the day is checked against it
                day = find_date(sentence[showing.start() : showing.start("hour")])
                clock = time(int(showing["hour"]), int(showing["minute"]))
            except (DateError, ValueError):
                continue
            if day is None:
                continue
            film.screenings.append(
                ScreeningRecord(
                    number,
                    showing.group(0),
                    None,
                    clock,
                    showing["venue"].strip(),
                    None,
                    printed=day,
                )
            )
    return film
