"""Importing a programme page: read it (text or HTML) into records, build, report.

Every page, the seed sites' film pages included, is read by the field reader
(:mod:`dockg.ingest.reader`) into records, which :mod:`.programme_build` turns into the
graph. The report says what was read, which edition year and time zone were chosen, and why.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from rdflib import Graph, URIRef

from dockg.ingest.builder import mint_named
from dockg.ingest.html_page import html_language, html_lines, read_markup
from dockg.ingest.known_festivals import (
    festival_by_acronym,
    festivals_of,
    known_festival,
    known_festivals,
)
from dockg.ingest.mapping import is_language_tag
from dockg.ingest.offsets import utc_offset_zone
from dockg.ingest.output import derived_from
from dockg.ingest.page_result import NoLayout, PageResult
from dockg.ingest.programme_build import build_programme
from dockg.ingest.reader import LOOKED_FOR, ReadOptions, read_programme
from dockg.ingest.reader.records import FilmRecord, Note, ProgrammeRecords
from dockg.ingest.site_profile import SiteProfile, load_profile, matching_profile
from dockg.ingest.structured import structured_films, structured_kinds
from dockg.ingest.text import Line, read_lines
from dockg.iris import Kind
from dockg.namespaces import DOCKG, RDF
from dockg.prefixes import compact_iri, expand_iri


def is_html(path: Path) -> bool:
    """True for a saved HTML page."""
    return path.suffix.lower() in (".html", ".htm")


def read_page_lines(path: Path, *, display: str) -> list[Line]:
    """The lines of a page: a text file as it is, an HTML page as its main text.

    Raises:
        InputError: if the file cannot be read.
    """
    if is_html(path):
        return html_lines(path, display=display)
    return read_lines(path, display=display)


def page_films(path: Path, *, display: str) -> list[FilmRecord]:
    """The films a saved HTML page states as schema.org items ([] for text pages)."""
    if not is_html(path):
        return []
    return structured_films(read_markup(path, display=display))


def page_items_note(path: Path, *, display: str) -> str:
    """What schema.org items a saved HTML page holds, when none gave a film, for the
    message that refuses it ('' for text pages and pages with none)."""
    if not is_html(path):
        return ""
    kinds = structured_kinds(read_markup(path, display=display))
    if not kinds:
        return ""
    held = ", ".join(f"{kind} ×{n}" for kind, n in sorted(kinds.items()))
    return (
        f"; its schema.org data holds {held}, and none is a Movie, nor an Event or"
        " ScreeningEvent presenting one (workPresented): an event's name is not read as a"
        " film's title"
    )


def page_language(path: Path, *, display: str) -> tuple[str, str] | None:
    """The language a saved HTML page states (``<html lang="de">``), and why; None for text
    pages and pages that state none (or no valid tag)."""
    if not is_html(path):
        return None
    tag = html_language(read_markup(path, display=display))
    if tag is None or not is_language_tag(tag):
        return None
    return tag, "the page's HTML lang attribute"


def read_programme_page(
    lines: Sequence[Line],
    *,
    slug: str,
    existing: Graph,
    festival: str | None = None,
    utc_offset: str | None = None,
    timezone: str | None = None,
    edition: int | None = None,
    profile: Path | None = None,
    mappings: Path | None = None,
    source_url: str | None = None,
    structured: Sequence[FilmRecord] = (),
    language: tuple[str, str] | None = None,
    display: str = "",
) -> PageResult:
    """Read a programme page into a graph, with the report of what was read and chosen.

    Args:
        lines: the page.
        slug: the import's slug.
        existing: the project graph (known festivals).
        festival: the festival, if the caller names it.
        utc_offset: a fixed offset for screening times, if given.
        timezone: an IANA zone for screening times, if given.
        edition: the edition's year, if given.
        profile: a site profile.
        mappings: where site profiles are found by the page's address.
        source_url: the page's address.
        structured: films the page states as schema.org items (HTML): imported as they
            are, the text read only for the page's context.
        language: the page's language and why (its HTML ``lang``), if it states one; a
            site profile's language comes first.
        display: how messages name the page.

    Returns:
        The graph, title, lines not imported and the report.

    Raises:
        NoLayout: if the page has no recognisable film.
        ValueError: for a bad offset, zone, or a festival IRI the project lacks.
        InputError: for a profile that cannot be read.
    """
    fixed = utc_offset_zone(utc_offset) if utc_offset else None
    if profile is not None:
        site = load_profile(profile)
    else:
        matched = matching_profile(mappings, source_url) if mappings is not None else None
        site = matched or SiteProfile()
    options = ReadOptions(
        festival=festival or site.festival,
        edition=edition,
        timezone=timezone,
        known=derived_from(existing, "known festivals", known_festivals),
        profile_zone=site.timezone,
        sections=site.sections,
        labels=site.labels,
        venue=site.venue,
        timetable=site.timetable,
        film_page=site.film_page,
        language=(site.language, f"site profile {site.name or site.path}")
        if site.language
        else language,
    )
    records = read_programme(lines, options)
    if structured:
        _use_structured(records, structured)
    if not records.films:
        raise NoLayout(
            f"matches no known page layout: no film found; looked for {LOOKED_FOR}; nothing written"
        )
    if fixed is not None:
        for screening in records.screenings:
            if screening.day is not None:
                screening.start_local = datetime.combine(
                    screening.day, screening.start, tzinfo=fixed
                )
        records.context.zone, records.context.zone_why = str(fixed), "given with --utc-offset"
    index = derived_from(existing, "festival names", festivals_of)
    iri: URIRef | None = None
    known = False
    crumb = records.context.breadcrumb
    if records.context.festival is None and crumb is not None:
        # a section named by the festival's acronym (``Home > Program > SIDOF Choice``)
        by_acronym = festival_by_acronym(index, crumb[1])
        if by_acronym is not None:
            records.context.festival = (index.label(by_acronym), crumb[0])
    name = records.context.festival[0] if records.context.festival else ""
    if name:
        iri = known_festival(index, name)
        if iri is None and records.context.known_festival:
            iri = URIRef(records.context.known_festival)
        known = iri is not None
        if iri is None and festival and expand_iri(festival) is not None:
            raise ValueError(f"--festival {festival}: the project has no festival with this IRI")
        if iri is None:
            iri = mint_named(Kind.FESTIVAL, name)
        else:
            name = index.label(iri) or name
    line_texts = {line.number: line.text for line in lines}
    built = build_programme(
        records,
        slug=slug,
        festival=iri,
        festival_name=name,
        festival_known=known,
        line_texts=line_texts,
    )
    if not built.films:
        # films read, none stated (``ТрећИИИ``: no romanized title to name it by)
        why = "; ".join(
            f"line {n.line}: {n.text}" for n in built.notes if n.text.startswith("film not")
        )
        raise NoLayout(f"films found, but none could be stated ({why}); nothing written")
    notes = [*records.unused, *records.ambiguous, *records.not_imported, *built.notes]
    unparsed = sorted({(n.line, n.text) for n in notes})
    first = records.films[0].title
    more = f" and {len(records.films) - 1} more" if len(records.films) > 1 else ""
    heading = crumb[1] if crumb is not None else name or "Programme"
    return PageResult(
        built.graph,
        f"{heading}: {first}{more}",
        unparsed,
        built.films[0] if built.films else None,
        report=_report(records, built.graph, iri, site),
    )


def _use_structured(records: ProgrammeRecords, films: Sequence[FilmRecord]) -> None:
    """Put the page's schema.org films in place of what the text gave; a start without
    an offset is dated in the zone the text settled, or left without its time."""
    stated = {f.title.casefold() for f in films} | {
        f.original_title.casefold() for f in films if f.original_title
    }
    # what the text read is not imported, but a film it names is reported, not dropped
    unread = [
        Note(
            f.line,
            f"a film the page's text names, not imported (its schema.org items"
            f" are read instead): {f.title}",
        )
        for f in records.films
        if f.title.casefold() not in stated
    ]
    records.films = list(films)
    records.unused, records.not_imported = [], unread
    records.ambiguous = [n for n in records.ambiguous if n.line == 0]
    zone = ZoneInfo(records.context.zone) if records.context.zone else None
    for screening in records.screenings:
        if screening.start_local is None and screening.day is not None and zone is not None:
            screening.start_local = datetime.combine(screening.day, screening.start, tzinfo=zone)


def _report(
    records: ProgrammeRecords, graph: Graph, festival: URIRef | None, site: SiteProfile
) -> tuple[str, ...]:
    context = records.context
    films = len(list(graph.subjects(RDF.type, DOCKG.DocumentaryFilm))) + len(
        list(graph.subjects(RDF.type, DOCKG.Film))
    )
    screenings = len(set(graph.subjects(RDF.type, DOCKG.Screening)))
    selections = len(set(graph.subjects(RDF.type, DOCKG.FestivalSelection)))
    people = len(set(graph.subjects(RDF.type, DOCKG.Person)))
    lines = [
        f"read {len(records.films)} films, {len(records.screenings)} screenings;"
        f" stated {films} films, {screenings} screenings, {selections} selections, {people} people"
    ]
    if site.path is not None:
        lines.append(f"site profile {site.path.name}")
    if festival is not None and context.festival is not None:
        given = "the site profile" if context.festival[0] == site.festival else "--festival"
        where = f"line {context.festival[1]}" if context.festival[1] else given
        lines.append(f"festival {compact_iri(festival)} (from {where})")
    else:
        lines.append("festival: none named")
    if context.language is not None:
        lines.append(f"language {context.language[0]} (from {context.language[1]})")
    else:
        lines.append("language: none known (Latin-script names stated without a language tag)")
    if context.year is not None:
        lines.append(f"edition year {context.year} (from {context.year_why})")
    else:
        lines.append("edition year: not settled (year-less dates are not imported)")
    if context.zone is not None:
        lines.append(f"time zone {context.zone} (from {context.zone_why})")
    elif records.screenings and all(s.start_local for s in records.screenings):
        lines.append("time zone: none needed (every start has its UTC offset on the page)")
    else:
        lines.append("time zone: none known (screenings dated without their time; give --timezone)")
    return tuple(lines)
