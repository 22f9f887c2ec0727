"""Films on a time axis with the dated histories they deal with.

Each film is placed at the year it was made (the earliest one when sources disagree; the
others are kept and shown). Each dated event it is about, depicts or features is linked
to it with the distance in years from the end of the event (its start if it has no end)
to the film. Festival selections (at the edition's date) and screenings are marks on
the film's line.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass

from rdflib import URIRef

from dockg.explore.projection import EmptyProjection
from dockg.explore.vocabulary import Vocabulary, run, support_query
from dockg.prefixes import compact_iri
from dockg.readable import datetime_text
from dockg.store.base import Store
from dockg.tables import TABLE_WIDTH, format_table

_YEAR = re.compile(r"-?\d{1,4}")


def year_of(value: str) -> int | None:
    """The year of an ``xsd:gYear``, ``xsd:date`` or ``xsd:dateTime`` lexical form."""
    match = _YEAR.match(value)
    return int(match.group()) if match else None


@dataclass(frozen=True)
class EventLink:
    """A dated event a film deals with.

    Attributes:
        event: its IRI.
        label: its name.
        link: how the film relates to it ("is about").
        start: the first year.
        end: the last year (``start`` if it has no end date).
        graphs: the named graphs stating the link.
    """

    event: str
    label: str
    link: str
    start: int
    end: int
    graphs: tuple[str, ...]

    @property
    def span(self) -> str:
        """``1860–1937``, or ``1937`` for a one-year event."""
        return str(self.start) if self.start == self.end else f"{self.start}–{self.end}"


@dataclass(frozen=True)
class Mark:
    """A festival selection or a screening of a film.

    Attributes:
        kind: ``selection`` or ``screening``.
        date: the date as written (a year, a date or a date-time with offset).
        year: its year.
        place: the edition (for a selection) or the screen or venue, by name, or ``""``.
    """

    kind: str
    date: str
    year: int
    place: str

    @property
    def position(self) -> float:
        """Where the mark goes on the axis: the year, plus the day's share if dated."""
        match = re.match(r"(-?\d{4})-(\d{2})-(\d{2})", self.date)
        if not match:
            return float(self.year)
        month, day = int(match.group(2)), int(match.group(3))
        return self.year + ((month - 1) * 30.5 + day) / 366


@dataclass(frozen=True)
class FilmEntry:
    """A film on the timeline.

    Attributes:
        film: its IRI.
        label: its title.
        year: the year it is placed at (the earliest given).
        other_years: other years sources give for it.
        events: the dated events it deals with, oldest first.
        marks: its selections and screenings, in time order.
    """

    film: str
    label: str
    year: int
    other_years: tuple[int, ...]
    events: tuple[EventLink, ...]
    marks: tuple[Mark, ...]

    def gap(self, event: EventLink) -> int:
        """Years from the end of an event to the film."""
        return self.year - event.end


@dataclass(frozen=True)
class Timeline:
    """Films and their histories in time order.

    Attributes:
        scope: what the films were chosen by ("about Koryo-saram"), or ``""`` for all.
        films: the films, oldest first.
    """

    scope: str
    films: tuple[FilmEntry, ...]


def _selected(store: Store, query: str, variable: str, node: str) -> set[str]:
    rows = run(store, support_query(query), **{variable: URIRef(node)})
    return {str(row["film"]) for row in rows}


def dated_film_years(store: Store) -> defaultdict[str, set[int]]:
    """Every dated film of the store and its years (a film may have several claimed)."""
    years: defaultdict[str, set[int]] = defaultdict(set)
    for row in run(store, support_query("timeline-films")):
        year = year_of(str(row["year"]))
        if year is not None:
            years[str(row["film"])].add(year)
    return years


def has_timeline(
    store: Store, dated: Collection[str], *, topic: str | None = None, director: str | None = None
) -> bool:
    """True if :func:`build_timeline` with the same scope has a film to show.

    Args:
        store: where the graph is.
        dated: the dated films (the keys of :func:`dated_film_years`, read once by the caller).
        topic: films dealing with this topic or a narrower one (IRI).
        director: films this person directed (IRI).

    Returns:
        Whether a dated film is in scope, found with one bound query per scope.
    """
    keep = set(dated)
    if topic is not None:
        keep &= _selected(store, "films-on-topic", "topic", topic)
    if director is not None:
        keep &= _selected(store, "films-by-director", "director", director)
    return bool(keep)


def build_timeline(
    store: Store,
    vocabulary: Vocabulary,
    *,
    topic: str | None = None,
    director: str | None = None,
) -> Timeline:
    """The films (all, on a topic, or by a director) with their histories and marks.

    Args:
        store: where the graph is.
        vocabulary: names and classes of the store.
        topic: keep films dealing with this topic or a narrower one (IRI).
        director: keep films this person directed (IRI).

    Returns:
        The timeline.

    Raises:
        EmptyProjection: if no dated film is left.
    """
    years = dated_film_years(store)
    scope = []
    if topic is not None:
        keep = _selected(store, "films-on-topic", "topic", topic)
        years = defaultdict(set, {f: y for f, y in years.items() if f in keep})
        scope.append(f"about {vocabulary.label(topic)}")
    if director is not None:
        keep = _selected(store, "films-by-director", "director", director)
        years = defaultdict(set, {f: y for f, y in years.items() if f in keep})
        scope.append(f"directed by {vocabulary.label(director)}")
    if not years:
        wanted = " and ".join(scope) or "in this graph"
        raise EmptyProjection(f"no dated film {wanted}")
    events: dict[str, dict[tuple[str, str], set[str]]] = defaultdict(lambda: defaultdict(set))
    spans: dict[str, tuple[int, int]] = {}
    for row in run(store, support_query("timeline-events")):
        film = str(row["film"])
        start = year_of(str(row["start"]))
        if film not in years or start is None:
            continue
        end = year_of(str(row["end"])) if row["end"] is not None else None
        event = str(row["event"])
        spans[event] = (start, end if end is not None else start)
        events[film][(event, str(row["property"]))].add(str(row["graph"]))
    marks: dict[str, set[Mark]] = defaultdict(set)
    for row in run(store, support_query("timeline-marks")):
        film, date = str(row["film"]), str(row["date"])
        year = year_of(date)
        if film in years and year is not None:
            place = vocabulary.label(str(row["place"])) if row["place"] is not None else ""
            marks[film].add(Mark(str(row["kind"]), date, year, place))
    entries = []
    for film, film_years in years.items():
        links = tuple(
            sorted(
                (
                    EventLink(
                        event,
                        vocabulary.label(event),
                        vocabulary.reading(prop).label,
                        *spans[event],
                        tuple(sorted(graphs)),
                    )
                    for (event, prop), graphs in events[film].items()
                ),
                key=lambda e: (e.start, e.end, e.label),
            )
        )
        ordered = sorted(film_years)
        entries.append(
            FilmEntry(
                film,
                vocabulary.label(film),
                ordered[0],
                tuple(ordered[1:]),
                links,
                tuple(sorted(marks[film], key=lambda m: (m.position, m.kind, m.place))),
            )
        )
    entries.sort(key=lambda e: (e.year, e.label.casefold(), e.film))
    return Timeline(" and ".join(scope), tuple(entries))


def _years(n: int) -> str:
    return f"{n} year{'' if abs(n) == 1 else 's'}"


def format_timeline(timeline: Timeline) -> str:
    """The timeline as a table: each film on a line of its own (its title spans the row),
    then its events (with the gap) and marks, in 120 columns."""
    rows: list[tuple[str, ...]] = []
    titles: dict[int, str] = {}  # row → the film line that replaces it
    for entry in timeline.films:
        also = (
            f" (also dated {', '.join(map(str, entry.other_years))})" if entry.other_years else ""
        )
        titles[len(rows)] = f"{entry.year}  {entry.label}{also}"
        rows.append((str(entry.year), "", "", "", ""))
        for event in entry.events:
            gap = entry.gap(event)
            when = "later" if gap < 0 else "before"
            rows.append(("", event.link, event.label, event.span, f"{_years(abs(gap))} {when}"))
        for mark in entry.marks:
            link = "selected at" if mark.kind == "selection" else "screened"
            rows.append(("", link, mark.place, datetime_text(mark.date) or mark.date, ""))
    count = len(timeline.films)
    scope = f" {timeline.scope}" if timeline.scope else ""
    headline = f"{count} film{'' if count == 1 else 's'}{scope}, oldest first:"
    lines = format_table(
        ["year", "link", "what", "when", "gap to film"], rows, max_width=TABLE_WIDTH
    ).splitlines()
    for row, title in titles.items():
        lines[2 + row] = title  # after the header and its rule
    table = "\n".join(lines) + "\n"
    return f"{headline}\n\n{table}"


def film_ids(timeline: Timeline) -> list[str]:
    """The films' compact IRIs, in timeline order (for tests and scripts)."""
    return [compact_iri(entry.film) for entry in timeline.films]
