"""schema.org data embedded in a saved HTML page (JSON-LD, microdata), as reader records.

A page that carries its films as ``Movie`` items and its screenings as ``ScreeningEvent``
(or ``Event``) items with ``workPresented`` says in data what its text says in prose; those
items are imported directly (read with extruct) and the text is read only for the page's
context (festival, edition, city). Only what the items state is taken: a start without
an offset is dated by the festival's zone like a printed row, never given a guessed one.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from dockg.ingest.reader.blocks import split_screen
from dockg.ingest.reader.fields import country_of
from dockg.ingest.reader.records import FilmRecord, ScreeningRecord

#: Where a film's facts come from, for the claims' evidence.
EVIDENCE = "schema.org data of the page"
_DURATION = re.compile(r"^PT(?:\d+H)?(?:\d+M)?(?:\d+S)?$")


def _types(item: dict[str, Any]) -> set[str]:
    kinds = item.get("@type", [])
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return {str(k).rsplit("/", 1)[-1] for k in kinds}


def _walk(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, list):
        for item in value:
            yield from _walk(item)
    elif isinstance(value, dict):
        yield value
        for key, inner in value.items():
            if key != "@context":
                yield from _walk(inner)


def _text(value: Any) -> str | None:
    """The text of a value; markup a site left in it (``EXILE: <br>PART II``) is no text,
    and character references in it are read (``&amp;`` is ``&``)."""
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, list):
        value = value[0] if value else None
    if not value:
        return None
    text = html.unescape(_TAG.sub(" ", str(value)))
    return " ".join(text.split()) or None


#: An HTML tag inside a value (``<br>``, ``<em>``, ``</i>``).
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")


def _many(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def _film(item: dict[str, Any], films: dict[str, FilmRecord]) -> FilmRecord | None:
    title = _text(item.get("name"))
    if not title:
        return None
    film = films.setdefault(title.casefold(), FilmRecord(title=title, line=0))
    for person in _many(item.get("director")):
        name = _text(person)
        if name and name not in (n for n, _ in film.directors):
            film.directors.append((name, 0))
    year = re.match(
        r"(?:19|20)\d{2}", str(item.get("dateCreated") or item.get("datePublished") or "")
    )
    if year and film.year is None:
        film.year, film.year_line = int(year.group()), (0, EVIDENCE)
    duration = str(item.get("duration") or "")
    if _DURATION.match(duration) and duration != "PT" and film.runtime is None:
        film.runtime, film.runtime_line = duration, (0, EVIDENCE)
    for country in _many(item.get("countryOfOrigin")):
        name = country_of(_text(country) or "")
        if name and name not in film.countries:
            film.countries.append(name)
    return film


def _items(markup: str) -> Iterator[dict[str, Any]]:
    """Every schema.org item of a page (JSON-LD, microdata), nested ones too."""
    import extruct  # heavy: only for HTML pages

    try:
        data = extruct.extract(markup, syntaxes=["json-ld", "microdata"], uniform=True)
    except Exception:
        return iter(())
    return _walk([data.get("json-ld", []), data.get("microdata", [])])


def structured_kinds(markup: str) -> Counter[str]:
    """How many schema.org items of each type a page holds (``Event``: 5), for a report."""
    return Counter(kind for item in _items(markup) for kind in _types(item) if kind)


def structured_films(markup: str) -> list[FilmRecord]:
    """The films (and their screenings) a page states as schema.org items; [] if none."""
    films: dict[str, FilmRecord] = {}
    for item in _items(markup):
        types = _types(item)
        if "Movie" in types:
            _film(item, films)
        elif types & {"ScreeningEvent", "Event"}:
            work = item.get("workPresented") or item.get("workFeatured")
            if not isinstance(work, dict) or "Movie" not in _types(work):
                continue
            film = _film(work, films)
            start = str(item.get("startDate") or "")
            try:
                when = datetime.fromisoformat(start)
            except ValueError:
                continue
            if film is None or "T" not in start:
                continue
            venue, screen = split_screen(_text(item.get("location")) or "")
            film.screenings.append(
                ScreeningRecord(
                    0,
                    start,
                    when.date(),
                    when.time().replace(tzinfo=None),
                    venue,
                    screen,
                    start_local=when if when.utcoffset() is not None else None,
                )
            )
    return list(films.values())
