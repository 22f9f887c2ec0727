"""Reading a festival programme page (one film's page of a festival web site).

The page is read line by line. The film header (:data:`~dockg.ingest.layouts.HEADER_LAYOUTS`)
anchors it: a page with no header this module knows is refused. Around it, every line is
offered to the recognisers of its kind: breadcrumb and headings, premiere flags, schedule
rows, filmography entries and the showing lines beneath them, credits, the contact
address; running text goes to the synopsis, the director's statement or the director's
biography according to the heading above it. A non-blank line no recogniser takes is
reported with its number, never silently dropped.

Which festival the page belongs to is given by the caller (``--festival``), printed on the
page (``The 12th ... Festival``), or found by an acronym in the section name (``SIDOF
Choice``) among the festivals the project already knows.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone, tzinfo

from rdflib import Graph, Literal, URIRef

from dockg.ingest.builder import GraphBuilder, slug_of, year_literal
from dockg.ingest.layouts import (
    CREDIT_LAYOUTS,
    FILMOGRAPHY_LAYOUTS,
    HEADER_LAYOUTS,
    PREMIERE,
    SCHEDULE_LAYOUTS,
    FilmHeader,
    ScheduleError,
    ScheduleRow,
)
from dockg.ingest.showings import SHOWING_LINES
from dockg.ingest.text import Line, is_prose, paragraphs_literal
from dockg.iris import Kind, mint
from dockg.lookup import NameIndex
from dockg.namespaces import DOCKG, RDF, SDO, XSD
from dockg.prefixes import expand_iri


class NoLayout(ValueError):
    """The page has no film header of any known layout."""


@dataclass(frozen=True)
class FestivalContext:
    """The festival a programme page belongs to.

    Attributes:
        iri: the festival series.
        name: its name, for edition names.
        known: True if the project already describes it (then only its type is restated).
        number: the edition number printed on the page, if any.
        number_line: the line printing it.
    """

    iri: URIRef
    name: str
    known: bool
    number: int | None = None
    number_line: Line | None = None


@dataclass
class PageResult:
    """What an importer read from a page.

    Attributes:
        graph: the facts, under importer-minted IRIs.
        title: a human title for the source.
        unparsed: ``(line number, text or reason)`` of what was not read.
        subject: the film or person the page is about.
        report: what was read and chosen, and why, for the summary.
    """

    graph: Graph
    title: str
    unparsed: list[tuple[int, str]] = field(default_factory=list)
    subject: URIRef | None = None
    report: tuple[str, ...] = ()


_BREADCRUMB = re.compile(r"^\S.*\s>\s.*\S$")
_STATEMENT = re.compile(r"^(?:director'?s?[’']?s?\s+)?(?:statement|note)s?$", re.IGNORECASE)
_SYNOPSIS = re.compile(r"^(?:synopsis|summary|about the film)$", re.IGNORECASE)
_SKIPPED_HEADINGS = re.compile(
    r"^(?:screening\s+schedule|schedule|filmography|credits?|contact|"
    r"(?:date|time|theat(?:er|re)|venue|information|screen|place)"
    r"(?:\s+(?:date|time|theat(?:er|re)|venue|information|screen|place))*)$",
    re.IGNORECASE,
)
_BIO_HEADING = re.compile(r"^(?:director'?s?[’']?s?\s+)?(?:bio|biography|profile)$", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_FESTIVAL_TITLE = re.compile(
    r"^(?:The\s+)?(?P<number>\d{1,3})(?:st|nd|rd|th)\s+(?P<name>.*\bFestival\b.*)$", re.IGNORECASE
)


def find_header(lines: Sequence[Line]) -> FilmHeader | None:
    """The first film header of any known layout, or None."""
    for index in range(len(lines)):
        for layout in HEADER_LAYOUTS:
            header = layout.match(lines, index)
            if header is not None:
                return header
    return None


def festivals_of(existing: Graph) -> NameIndex:
    """A name index of the festival series the project knows."""
    festivals = set(existing.subjects(RDF.type, DOCKG.FestivalSeries))
    pruned = Graph()
    for festival in festivals:
        for p, o in existing.predicate_objects(festival):
            pruned.add((festival, p, o))
    return NameIndex.from_graph(pruned)


def known_festival(index: NameIndex, text: str) -> URIRef | None:
    """The one known festival whose name is ``text`` (whole), or None."""
    matches = [m for m in index.find(text) if m.whole] if text else []
    return matches[0].iri if len(matches) == 1 else None


def find_festival(
    lines: Sequence[Line], section: str | None, existing: Graph, given: str | None
) -> tuple[FestivalContext | None, set[int]]:
    """Decide which festival the page belongs to.

    Args:
        lines: the page.
        section: the section name from the breadcrumb, if any.
        existing: the project graph.
        given: the festival named by the caller (a name, IRI or compact IRI), if any.

    Returns:
        The festival (None if the page does not say and the caller did not) and the
        numbers of the lines that named it.

    Raises:
        ValueError: if ``given`` is an IRI no festival of the project has.
    """
    index = festivals_of(existing)
    number = number_line = printed = None
    used: set[int] = set()
    for line in lines:
        found = _FESTIVAL_TITLE.match(line.text)
        if found:
            number, printed, number_line = int(found["number"]), found["name"].strip(), line
            used.add(line.number)
            break
    candidates = [given] if given else []
    if printed:
        candidates.append(printed)
    if section:
        candidates.extend(w for w in section.split() if re.fullmatch(r"[A-Z]{3,}", w))
    for text in candidates:
        iri = known_festival(index, text)
        if iri is not None:
            return FestivalContext(iri, index.label(iri), True, number, number_line), used
    if given and expand_iri(given) is not None:
        raise ValueError(f"--festival {given}: the project has no festival with this IRI")
    name = given or printed
    if name:
        return FestivalContext(mint(Kind.FESTIVAL, name), name, False, number, number_line), used
    return None, used


class ProgrammePage:
    """The state of reading one programme page.

    Args:
        lines: the page.
        header: its film header.
        builder: where the facts go.
        utc_offset: the festival's local offset from UTC, for screening times.
    """

    def __init__(
        self,
        lines: Sequence[Line],
        header: FilmHeader,
        builder: GraphBuilder,
        utc_offset: str | tzinfo,
    ) -> None:
        self.lines = lines
        self.header = header
        self.builder = builder
        self.zone = utc_offset_zone(utc_offset) if isinstance(utc_offset, str) else utc_offset
        self.unparsed: list[tuple[int, str]] = []
        self.film = URIRef("")
        self.directors: list[URIRef] = []
        self.section: str | None = None
        self.consumed: set[int] = set()
        self.rows: list[tuple[Line, ScheduleRow]] = []
        self.premieres: list[Line] = []
        self.prose: dict[str, list[str]] = {}
        self.mode = "synopsis"
        self.entry: URIRef | None = None
        self._director_names = {n.casefold() for n in header.directors}

    @property
    def bio_person(self) -> URIRef | None:
        """The person the biography and the filmography are about: the first director."""
        return self.directors[0] if self.directors else None

    def read(self, line: Line) -> None:
        """Offer one line to each recogniser in turn; report it if none takes it."""
        if not line.text:
            self.entry = None  # a blank line ends a filmography entry
            return
        if line.number in self.consumed or line.text == self.section:
            return
        readers = (
            self._heading,
            self._schedule,
            self._showing,
            self._filmography,
            self._credit,
            self._contact,
            self._prose,
        )
        if not any(reader(line) for reader in readers):
            self.unparsed.append((line.number, line.text))

    def _heading(self, line: Line) -> bool:
        """Premiere flags and headings, which switch what running text is."""
        text = line.text
        if PREMIERE.match(text):
            self.premieres.append(line)
        elif _STATEMENT.match(text):
            self.mode = "statement"
        elif _SYNOPSIS.match(text):
            self.mode = "synopsis"
        elif _BIO_HEADING.match(text) or text.casefold() in self._director_names:
            self.mode = "biography"
        else:
            return _SKIPPED_HEADINGS.match(text) is not None
        return True

    def _schedule(self, line: Line) -> bool:
        try:
            row = self.schedule_row(line)
        except ScheduleError as error:
            self.unparsed.append((line.number, f"schedule row not imported: {error}"))
            return True
        if row is not None:
            self.rows.append((line, row))
        return row is not None

    def _showing(self, line: Line) -> bool:
        """A line under a filmography entry: where that film was shown."""
        if self.entry is None:
            return False
        location = f"line {line.number}, director's filmography"
        b, entry = self.builder, self.entry
        if not any(kind.apply(line.text, entry, b, location=location) for kind in SHOWING_LINES):
            self.unparsed.append((line.number, line.text))
        return True

    def _filmography(self, line: Line) -> bool:
        text, b, person = line.text, self.builder, self.bio_person
        listed = next((e for lay in FILMOGRAPHY_LAYOUTS if (e := lay.match(text))), None)
        if listed is None:
            return False
        if listed.role.lower() != "director" or person is None:
            self.unparsed.append((line.number, f"filmography entry not imported: {text}"))
            return True
        self.entry = entry = b.film(listed.title)
        where = f"line {line.number}, director's filmography"
        b.fact(entry, SDO.dateCreated, year_literal(listed.year), evidence=text, location=where)
        if listed.runtime:
            value = Literal(listed.runtime, datatype=XSD.duration)
            b.fact(entry, SDO.duration, value, evidence=text, location=where)
        b.add(entry, SDO.director, person)
        b.add(person, SDO.jobTitle, Literal("Director", lang="en"))
        return True

    def _credit(self, line: Line) -> bool:
        credit = next((c for lay in CREDIT_LAYOUTS if (c := lay.match(line))), None)
        if credit is None:
            return False
        for name in credit.names:
            person = self.builder.person(name)
            if person is None:
                self.unparsed.append((line.number, f"{credit.role}: not a personal name: {name}"))
            else:
                self.builder.add(self.film, credit.property, person)
        return True

    def _contact(self, line: Line) -> bool:
        email = _EMAIL.search(line.text)
        if email is None or len(line.text) >= 80:
            return False
        b, contact = self.builder, mint(Kind.CONTACT, slug_of(self.film))
        b.add(contact, RDF.type, SDO.ContactPoint)
        b.add(contact, SDO.email, Literal(email.group(0)))
        b.add(self.film, DOCKG.contactPoint, contact)
        return True

    def _prose(self, line: Line) -> bool:
        if not is_prose(line.text) or (self.mode == "biography" and self.bio_person is None):
            return False
        self.prose.setdefault(self.mode, []).append(line.text)
        return True

    def add_prose(self) -> None:
        """State the synopsis, statement and biography, paragraphs joined, language-tagged."""
        targets = {
            "synopsis": (self.film, SDO.description),
            "statement": (self.film, DOCKG.directorStatement),
            "biography": (self.bio_person, SDO.description),
        }
        for mode, paragraphs in self.prose.items():
            subject, prop = targets[mode]
            if subject is not None:
                self.builder.add(subject, prop, paragraphs_literal(paragraphs))

    def describe_film(self, festival: FestivalContext | None) -> URIRef:
        """State the header's facts about the film and its directors."""
        header, b = self.header, self.builder
        documentary = header.documentary or (
            festival is not None and "documentary" in festival.name.lower()
        )
        if header.fiction:
            film = mint(Kind.FILM, header.title)
            b.add(film, RDF.type, DOCKG.FictionFilm)
            b.add(film, SDO.name, Literal(header.title, lang="en"))
        else:
            film = b.film(header.title, documentary=documentary)
        where = f"line {header.line.number}, film header"
        for name in header.directors:
            person = b.person(name)
            if person is None:
                self.unparsed.append((header.line.number, f"director not a personal name: {name}"))
                continue
            self.directors.append(person)
            b.add(film, SDO.director, person)
        if header.year is not None:
            b.fact(
                film,
                SDO.dateCreated,
                year_literal(header.year),
                evidence=header.line.text,
                location=where,
            )
        if header.runtime is not None:
            value = Literal(header.runtime, datatype=XSD.duration)
            b.fact(film, SDO.duration, value, evidence=header.line.text, location=where)
        if header.colour is not None:
            b.add(film, DOCKG.colour, header.colour)
        for tag in header.subtitles:
            b.add(film, SDO.subtitleLanguage, Literal(tag))
        if header.country is not None:
            b.add(film, SDO.countryOfOrigin, b.place(header.country, SDO.Country))
        for text in header.unread:
            self.unparsed.append((header.line.number, f"header field not understood: {text}"))
        self.film = film
        return film

    @staticmethod
    def schedule_row(line: Line) -> ScheduleRow | None:
        """Read a schedule row.

        Raises:
            ScheduleError: if the line is a row that does not hold together.
        """
        for layout in SCHEDULE_LAYOUTS:
            row = layout.match(line.text)
            if row is not None:
                return row
        return None

    def screening(self, row: ScheduleRow, event: URIRef | None, edition: URIRef | None) -> None:
        """State one screening of the schedule."""
        b = self.builder
        start = datetime.combine(row.day, row.start, tzinfo=self.zone)
        stamp = start.isoformat(timespec="seconds")
        venue = b.screen(row.theater, row.screen) if row.screen else b.theater(row.theater)
        key = slug_of(edition) if edition is not None else "screening"
        iri = mint(
            Kind.SCREENING, key, slug_of(self.film), row.day.isoformat(), row.start.strftime("%H%M")
        )
        b.add(iri, RDF.type, DOCKG.Screening)
        b.add(iri, SDO.workPresented, self.film)
        b.add(iri, SDO.startDate, Literal(stamp, datatype=XSD.dateTime))
        b.add(iri, SDO.location, venue)
        if event is not None:
            b.add(iri, SDO.superEvent, event)
        for tag in self.header.subtitles:
            b.add(iri, SDO.subtitleLanguage, Literal(tag))
        # The header's format (DCP...) is the copy shown, so a fact of the screening:
        # schema:videoFormat applies to screenings, not to the work.
        if self.header.video_format is not None:
            b.add(iri, SDO.videoFormat, Literal(self.header.video_format))


def utc_offset_zone(offset: str) -> timezone:
    """The time zone of a fixed offset from UTC.

    Args:
        offset: ``+09:00``, ``-0330``...

    Returns:
        The zone.

    Raises:
        ValueError: if it is not an offset, or not one any place uses (-12:00 to +14:00).
    """
    found = re.fullmatch(r"([+-])(\d{2}):?(\d{2})", offset.strip())
    if found is None:
        raise ValueError(f"not a UTC offset: {offset!r} (write it like +09:00)")
    delta = timedelta(hours=int(found[2]), minutes=int(found[3]))
    delta = -delta if found[1] == "-" else delta
    if int(found[3]) >= 60 or not timedelta(hours=-12) <= delta <= timedelta(hours=14):
        raise ValueError(
            f"not a UTC offset: {offset!r} (offsets run from -12:00 to +14:00, "
            "minutes below 60; write it like +09:00)"
        )
    return timezone(delta)


def parse_programme(
    lines: Sequence[Line],
    *,
    slug: str,
    existing: Graph,
    festival: str | None = None,
    utc_offset: str | tzinfo = "+09:00",
) -> PageResult:
    """Read a programme page into a graph.

    Args:
        lines: the page.
        slug: the import's slug (for claim IRIs).
        existing: the project graph, to recognise the festival by name or acronym.
        festival: the festival the page belongs to, if the caller names it.
        utc_offset: the festival's local offset (``+09:00`` for Korea) or time zone.

    Returns:
        The facts read, the page title and the unparsed lines.

    Raises:
        NoLayout: if the page has no film header of a known layout.
        ValueError: if ``utc_offset`` is not an offset.
    """
    header = find_header(lines)
    if header is None:
        raise NoLayout("no film header of a known layout")
    builder = GraphBuilder(slug)
    page = ProgrammePage(lines, header, builder, utc_offset)
    consumed = set(header.consumed)

    crumbs = next((ln for ln in lines if _BREADCRUMB.match(ln.text)), None)
    section = crumbs.text.split(">")[-1].strip() if crumbs else None
    if crumbs is not None:
        consumed.add(crumbs.number)
    context, used = find_festival(lines, section, existing, festival)
    consumed |= used
    film = page.describe_film(context)

    page.section = section
    page.consumed = consumed
    for line in lines:
        page.read(line)
    page.add_prose()
    _festival_facts(page, context, section, page.rows, page.premieres)
    page.unparsed.sort()
    return PageResult(
        builder.graph, f"{section or 'Programme'}: {header.title}", page.unparsed, film
    )


def _festival_facts(
    page: ProgrammePage,
    context: FestivalContext | None,
    section: str | None,
    rows: list[tuple[Line, ScheduleRow]],
    premieres: list[Line],
) -> None:
    """The selection of the film, its screenings and premiere flags."""
    b = page.builder
    edition = event = None
    years = Counter(row.day.year for _, row in rows)
    year = years.most_common(1)[0][0] if years else None
    if context is not None and year is not None:
        b.add(context.iri, RDF.type, DOCKG.FestivalSeries)
        if not context.known:
            b.add(context.iri, SDO.name, Literal(context.name, lang="en"))
        printed = context.number_line
        edition = event = b.edition(
            context.iri,
            context.name,
            year,
            context.number,
            evidence=printed.text if printed else "",
            location=f"line {printed.number}, festival title" if printed else "",
        )
        if section and section.lower() not in ("program", "programme", "home"):
            event = b.section(edition, section)
        selection = b.selection(event, page.film)
        for line in premieres:
            b.add(selection, DOCKG.premiere, Literal(line.text))
    else:
        why = "no festival named" if context is None else "no screening date gives its year"
        for line in premieres:
            page.unparsed.append((line.number, f"premiere flag not imported: {why}"))
        if rows or premieres:
            at = min(line.number for line in [*(line for line, _ in rows), *premieres])
            page.unparsed.append((at, f"festival selection not recorded: {why}"))
    for _, row in rows:
        page.screening(row, event, edition)
