"""Turning the records of a programme page into a graph: the one place page facts become RDF.

:func:`build_programme` states each film (title, directors, countries, year, runtime,
subtitles, synopsis), the festival, its edition and sections, each film's selection, and
each screening with its local start and offset. A record that cannot become a fact (a
Hangul-only title or venue that has no IRI slug, a screening with no venue) is reported,
never stated half.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef

from dockg.ingest.builder import GraphBuilder, mint_named, name_language, slug_of, year_literal
from dockg.ingest.details_build import build_details
from dockg.ingest.reader.records import FilmRecord, Note, ProgrammeRecords, ScreeningRecord
from dockg.iris import Kind, SlugError, mint
from dockg.namespaces import DOCKG, RDF, SDO, XSD


@dataclass
class BuiltProgramme:
    """The graph of a programme page and what could not be stated.

    Attributes:
        graph: the facts, under minted IRIs.
        films: the IRIs of the films stated, in page order.
        notes: records not stated, with their lines and why.
    """

    graph: Graph
    films: list[URIRef] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)


def build_programme(
    records: ProgrammeRecords,
    *,
    slug: str,
    festival: URIRef | None,
    festival_name: str,
    festival_known: bool,
    line_texts: dict[int, str],
) -> BuiltProgramme:
    """State the records as a graph.

    Args:
        records: what the reader read.
        slug: the import's slug (for claim IRIs).
        festival: the festival series (known or minted), or None if the page names none.
        festival_name: its name, for edition names.
        festival_known: True if the project already describes it.
        line_texts: the page's lines by number (the evidence of claims).

    Returns:
        The graph, the films and the notes of what was not stated.
    """
    context = records.context
    b = GraphBuilder(slug, language=context.language[0] if context.language else None)
    built = BuiltProgramme(b.graph)
    edition = None
    if festival is not None and context.year is not None:
        b.add(festival, RDF.type, DOCKG.FestivalSeries)
        if not festival_known:
            b.add(festival, SDO.name, Literal(festival_name, lang=b.lang(festival_name)))
        number = context.number[0] if context.number else None
        line = context.number[1] if context.number else 0
        edition = b.edition(
            festival,
            festival_name,
            context.year,
            number,
            evidence=line_texts.get(line, "") if number is not None else "",
            location=f"line {line}, festival title" if number is not None else "",
        )
    elif records.films:
        why = "no festival named" if festival is None else "no edition year settled"
        first = records.films[0]
        # reported on the first line that would have dated or flagged the selection
        lines = [s.line for s in first.screenings]
        if first.premiere is not None:
            lines.append(first.premiere[0])
        at = min(lines, default=first.line)
        built.notes.append(Note(at, f"festival selection not recorded: {why}"))
    documentary = (
        "documentary" in festival_name.casefold() or "dokumentar" in festival_name.casefold()
    )
    minted: dict[str, FilmRecord] = {}
    for film in records.films:
        same = minted.get(_key(film.title))
        if same is not None and _differ(same, film):
            built.notes.append(
                Note(
                    film.line,
                    f"film not imported: another film of the page (line {same.line}) has the"
                    f" title {film.title!r} but other directors or year",
                )
            )
            continue
        minted.setdefault(_key(film.title), film)
        try:
            iri = _film(b, film, documentary or film.documentary, built.notes)
        except SlugError:
            built.notes.append(
                Note(film.line, f"film not imported: no romanized title for {film.title!r}")
            )
            continue
        built.films.append(iri)
        event = edition if film.in_programme else None
        if film.section is not None and not any(c.isalnum() for c in film.section[1]):
            # ``-``: punctuation where a section's name would stand names none
            built.notes.append(Note(film.section[0], f"no section: {film.section[1]!r}"))
            film.section = None
        if event is not None and edition is not None and film.section is not None:
            try:
                event = b.section(edition, film.section[1])
            except SlugError:
                built.notes.append(
                    Note(film.section[0], f"section has no romanized name: {film.section[1]}")
                )
        if event is not None:
            selection = b.selection(event, iri)
            if film.premiere is not None:
                b.add(selection, DOCKG.premiere, Literal(film.premiere[1]))
        elif film.premiere is not None:
            built.notes.append(
                Note(film.premiere[0], "premiere flag not imported: no festival edition")
            )
        for screening in film.screenings:
            _screening(b, screening, iri, film, event, edition, built.notes)
    return built


def _key(title: str) -> str:
    """The key two films of one page share when they would get one IRI; a title with no
    romanized form (``ТрећИИИ``) keys by itself (its film is then reported, not built)."""
    try:
        return str(mint_named(Kind.FILM, title.replace("\u2019", "'")))
    except SlugError:
        return title.casefold()


def _differ(one: FilmRecord, other: FilmRecord) -> bool:
    """Two films of one title that cannot be one film (other directors or year)."""
    names = {n for n, _ in one.directors}, {n for n, _ in other.directors}
    years = one.year, other.year
    return (all(names) and names[0] != names[1]) or (None not in years and years[0] != years[1])


def _film(
    b: GraphBuilder,
    film: FilmRecord,
    documentary: bool,
    notes: list[Note],
) -> URIRef:
    same = [t.language for t in film.labelled_titles if t.title == film.title and t.language]
    iri = b.film(film.title, documentary=documentary, language=same[0] if same else None)
    if film.original_title:
        b.add(iri, SDO.alternateName, Literal(film.original_title))
    for labelled in film.labelled_titles:
        if labelled.title != film.title:
            tag = labelled.language or name_language(labelled.title, None)
            b.add(iri, SDO.alternateName, Literal(labelled.title, lang=tag))
    directors = []
    for name, line in film.directors:
        person = b.person(name)
        if person is None:
            notes.append(Note(line, f"director not imported, not a personal name: {name}"))
            continue
        directors.append(person)
        b.add(iri, SDO.director, person)
    if film.year is not None and film.year_line is not None:
        line, text = film.year_line
        b.fact(
            iri,
            SDO.dateCreated,
            year_literal(film.year),
            evidence=text,
            location=f"line {line}, film header",
        )
    if film.runtime is not None and film.runtime_line is not None:
        line, text = film.runtime_line
        value = Literal(film.runtime, datatype=XSD.duration)
        b.fact(iri, SDO.duration, value, evidence=text, location=f"line {line}, film header")
    for country in film.countries:
        b.add(iri, SDO.countryOfOrigin, b.place(country, SDO.Country))
    for tag in film.subtitles:
        b.add(iri, SDO.subtitleLanguage, Literal(tag))
    if film.synopsis:
        b.add(iri, SDO.description, b.text(film.synopsis))
    build_details(b, film, iri, directors, notes)
    return iri


def _screening(
    b: GraphBuilder,
    screening: ScreeningRecord,
    film_iri: URIRef,
    film: FilmRecord,
    event: URIRef | None,
    edition: URIRef | None,
    notes: list[Note],
) -> None:
    if screening.day is None:
        return
    # A showing whose page prints no venue is still a showing (an event page of the
    # cinema's own): it is stated without a place, which validation warns of, when its
    # row prints nothing else (``Friday, April 5, 2pm``); a row naming something else
    # (``5:00pm Doors open for reception``) is not surely a showing, unless it names the
    # film or the block over the films it shows (``7 p.m. Free Solo``, ``6pm: Opening
    # Night``).
    if not screening.venue and not screening.bare and not screening.slot:
        notes.append(
            Note(screening.line, f"screening not imported: no venue printed: {screening.text}")
        )
        return
    venue: URIRef | None = None
    try:
        if screening.venue:
            venue = (
                b.screen(screening.venue, screening.screen)
                if screening.screen
                else b.theater(screening.venue)
            )
    except SlugError:
        notes.append(
            Note(
                screening.line,
                f"screening not imported: no romanized venue name: {screening.venue}",
            )
        )
        return
    key = slug_of(edition) if edition is not None else "screening"
    iri = mint(
        Kind.SCREENING,
        key,
        slug_of(film_iri),
        screening.day.isoformat(),
        screening.start.strftime("%H%M"),
    )
    b.add(iri, RDF.type, DOCKG.Screening)
    b.add(iri, SDO.workPresented, film_iri)
    if screening.start_local is not None:
        stamp = screening.start_local.isoformat(timespec="seconds")
        b.add(iri, SDO.startDate, Literal(stamp, datatype=XSD.dateTime))
    else:
        b.add(iri, SDO.startDate, Literal(screening.day.isoformat(), datatype=XSD.date))
        notes.append(
            Note(
                screening.line,
                f"start time {screening.start:%H:%M} not imported: no time zone known",
            )
        )
    if venue is not None:
        b.add(iri, SDO.location, venue)
    if event is not None:
        b.add(iri, SDO.superEvent, event)
    for tag in film.subtitles:
        b.add(iri, SDO.subtitleLanguage, Literal(tag))
    # The header's format (DCP...) is the copy shown, so a fact of the screening:
    # schema:videoFormat applies to screenings, not to the work.
    if film.video_format is not None:
        b.add(iri, SDO.videoFormat, Literal(film.video_format))
