"""The programme-page reader: lines in, typed records out, no RDF.

:func:`read_programme` classifies each line (:mod:`.lines`), reads the page's context
(:mod:`.context`), cuts the page into film blocks (:mod:`.blocks`), reads each block's
fields (:mod:`.fields`) and schedule rows (:mod:`.dates`), then settles the edition's year
and the time zone and dates the screenings. It never guesses: a line it cannot place is
reported, a fact it cannot settle is left out and reported.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from dockg.ingest.reader.blocks import (
    Block,
    apply_meta,
    film_page_block,
    find_blocks,
    is_inline_block,
    is_section_heading,
    labels_over_titles,
    read_block,
    read_venue_lines,
    schedule_row,
    tail_lines,
)
from dockg.ingest.reader.comma_entries import mark_comma_entries
from dockg.ingest.reader.context import (
    FESTIVAL_WORD,
    Banner,
    KnownFestival,
    read_banner,
    resolve_festival,
    settle_zone,
    zone_of,
)
from dockg.ingest.reader.dates import (
    DateError,
    PrintedDate,
    find_date,
    find_range,
    find_times,
    month_of,
    zones_printed,
)
from dockg.ingest.reader.details import FilmDetails
from dockg.ingest.reader.fields import (
    CREW_LABEL,
    DIRECTOR_LABEL,
    FIELD_LABEL,
    Meta,
    country_of,
    genre_with_fields,
    in_capitals,
    read_meta,
    read_part,
)
from dockg.ingest.reader.grouped import BEFORE_ANY_FILM, rows_naming_films, rows_over_groups
from dockg.ingest.reader.labelled import mark_labelled
from dockg.ingest.reader.language import labels_language
from dockg.ingest.reader.lines import (
    STREET_ADDRESS,
    Classified,
    LineKind,
    ScheduleCell,
    bare_row,
    classify,
    join_lone_labels,
    join_wrapped,
    next_filled,
    previous_filled,
)
from dockg.ingest.reader.mentions import read_mentions
from dockg.ingest.reader.package import doors_rows, one_sitting, package_rows
from dockg.ingest.reader.pairs import paired_films
from dockg.ingest.reader.prose import (
    mark_datelines,
    mark_update_stamps,
    read_prose_screenings,
    year_of_dateline,
)
from dockg.ingest.reader.records import (
    FilmRecord,
    Note,
    PageContext,
    ProgrammeRecords,
)
from dockg.ingest.reader.showings import showing_films
from dockg.ingest.reader.stacked import mark_stacked, stacked_blocks
from dockg.ingest.reader.timetable import (
    country_row_films,
    highlight_films,
    legend_films,
    slot_films,
    timetable_films,
)
from dockg.ingest.reader.told import told_films
from dockg.ingest.reader.vetting import vet_films
from dockg.ingest.text import Line

__all__ = [
    "LOOKED_FOR",
    "KnownFestival",
    "ReadOptions",
    "read_programme",
]

#: What the reader looks for, for the message of a page with no film.
LOOKED_FOR = (
    "a film title over a line of header fields (director label such as 'Director:',"
    " 'Regie:', 'R:', '감독'; country, year, runtime such as 'Germany 2019, 90 min'),"
    " or a film named inline ('\"Title\" by NAME (Country, 2019, 90 min)')"
)


@dataclass(frozen=True)
class ReadOptions:
    """What the caller knows that the page may not say.

    Attributes:
        festival: the festival's name, if given (``--festival``).
        edition: the edition's year, if given (``--edition``): settles year conflicts.
        timezone: an IANA zone (``--timezone``): overrides the festival city's.
        known: festivals the project knows.
        profile_zone: the site profile's time zone.
        sections: section names the site profile lists.
        labels: printed labels and what they mean (from the site profile).
        venue: the venue of rows that print none (from the site profile).
        timetable: rows of a time and a text name films (a timetable), not venues.
        film_page: the page is one film's page: its first line is the film's title.
        language: the page's language and why (a site profile, the HTML ``lang``), if
            known; else the page's labels may tell it.
    """

    festival: str | None = None
    edition: int | None = None
    timezone: str | None = None
    known: tuple[KnownFestival, ...] = ()
    profile_zone: str | None = None
    sections: tuple[str, ...] = ()
    labels: dict[str, str] = field(default_factory=dict)
    venue: str | None = None
    timetable: bool = False
    film_page: bool = False
    language: tuple[str, str] | None = None


def _relabel(lines: Sequence[Line], labels: dict[str, str]) -> list[Line]:
    """Apply a profile's labels (``Realisation`` → ``Director``) at the start of lines."""
    if not labels:
        return list(lines)
    out = []
    for line in lines:
        text = line.text
        for printed, meaning in labels.items():
            if text.casefold().startswith(printed.casefold()):
                text = meaning + text[len(printed) :]
                break
        out.append(Line(line.number, text, line.raw))
    return out


_BULLET = re.compile(r"^[•▪◦·]\s*")


def _join_bullets(lines: list[Line]) -> list[Line]:
    """A run of bulleted one-field lines (``• 이길보라``, ``• Korea``, ``• 2018``) is one line
    of header fields, read on the run's first line (the others become blank)."""
    out = list(lines)
    index = 0
    while index < len(out):
        end = index
        while end < len(out) and _BULLET.match(out[end].text) and not _is_row(out[end].text):
            end += 1
        parts = [_BULLET.sub("", line.text) for line in out[index:end]]
        if end - index >= 2 and any(_an_entry(p) for p in parts):
            # a bulleted list of entries (``• Mon Amour (dir. David Teboul)``): each its line
            for number in range(index, end):
                out[number] = Line(out[number].number, parts[number - index], out[number].raw)
        elif end - index >= 2:
            first = out[index]
            out[index] = Line(first.number, " | ".join(parts), first.raw)
            for blank in range(index + 1, end):
                out[blank] = Line(out[blank].number, "", out[blank].raw)
        if end == index and _BULLET.match(out[index].text):
            bare = _BULLET.sub("", out[index].text)  # a bulleted row, read as a row
            out[index] = Line(out[index].number, bare, out[index].raw)
        index = max(end, index + 1)
    return out


def _an_entry(text: str) -> bool:
    """A bullet that is a list's entry (``Mon Amour (dir. David Teboul)``, a title in
    quotation marks), not one of a header's fields (``이길보라``, ``Italy,France``,
    ``80min``)."""
    text = text.strip()
    if text[:1] in '“„"»':
        return True  # ``• “CaveDigger” 39 minutes. Unrated.``: a title in quotation marks
    return len(text) > 40 or ("(" in text and not read_part(Meta(), text))


#: An uploaded image's file name glued by the capture to the text after it
#: (``1629729799_630_15-Films-…-InternationalKangyu Garam, …``): a timestamp, an
#: underscore, a slug, up to where a capitalised word follows a small letter.
_GLUED_FILE_NAME = re.compile(r"^\d{6,}_[\w-]*?[a-z](?=[A-Z][a-z]+[\s,])")
#: An image's file name glued by the capture to the weekday opening a row
#: (``Vaters_GartenMontag, 26. Mai 2014, 14:30 Uhr``, ``derimkerMontag, …``): one word
#: up to a small letter or an underscore right before the capitalised weekday.
_GLUED_BEFORE_DAY = re.compile(
    r"^[\w.-]*?[a-z_](?=(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+\d)"
)
#: A still's text glued by the capture to the end of a title (``퀴어의 방 스틸컷1``).
_GLUED_STILL = re.compile(r"\s+스틸컷\s*\d*$")
#: A numbered list's marker spelt out for screen readers, glued by the capture to the
#: item's text (``List Marker: Number 1The Reformist``).
_GLUED_LIST_MARKER = re.compile(r"^\s*List\s+Marker:\s*Number\s+\d+\s*")


def _unglue_file_names(lines: list[Line]) -> list[Line]:
    """Drop an image's file name or a list marker's screen-reader text glued to the start
    of a line, a still's caption to its end."""
    out = []
    for line in lines:
        text = _GLUED_FILE_NAME.sub("", _GLUED_LIST_MARKER.sub("", line.text))
        text = _GLUED_BEFORE_DAY.sub("", text)
        text = _GLUED_STILL.sub("", text)
        out.append(Line(line.number, text, line.raw) if text != line.text else line)
    return out


def _is_row(text: str) -> bool:
    try:
        return find_date(text) is not None and bool(find_times(text))
    except DateError:
        return False


def read_programme(lines: Sequence[Line], options: ReadOptions = ReadOptions()) -> ProgrammeRecords:
    """Read a programme page into records.

    Args:
        lines: the page's lines.
        options: what the caller knows.

    Returns:
        The records; ``films`` is empty when no film was recognised.

    Raises:
        ValueError: if ``options.timezone`` is not an IANA zone.
    """
    if options.timezone:
        zone_of(options.timezone)
    page = join_lone_labels(
        join_wrapped(_join_bullets(_unglue_file_names(_relabel(lines, options.labels))))
    )
    items = [classify(line) for line in page]
    _drop_slot_countries(items)
    context = PageContext()
    context.language = options.language or labels_language(
        (item.line for item in items if item.kind is LineKind.HEADING),
        " ".join(item.line.text for item in items if item.kind is LineKind.PROSE),
    )
    unused: list[Note] = []
    ambiguous: list[Note] = []
    mark_update_stamps(items)
    datelines = mark_datelines(items, context)
    banners = _banners(items, context, options)
    stacks = mark_stacked(items, ambiguous)
    mark_labelled(items)
    mark_comma_entries(items)
    sections = [*options.sections, *labels_over_titles(items)]
    options = replace(options, sections=tuple(sections))
    blocks = find_blocks(items, options.sections)
    if options.film_page and not blocks:
        blocks = film_page_block(items)
    if not blocks and stacks:
        blocks = stacked_blocks(items, stacks)
    if options.venue is None and blocks:
        where = _page_venue(items[: blocks[0].title_index])
        options = replace(options, venue=where) if where else options
    dates = _running_dates(items)
    leads = [_lead(items, block.title_index) for block in blocks]
    # Rows standing over the first film's title: the page prints each film's schedule
    # above its title (a programme by day), so rows over a title are that film's.
    # A row standing alone before the first film says the same (``19:00`` and a venue over
    # a reception's lines over the first title).
    rows_above = bool(blocks) and any(
        items[i].kind is LineKind.SCHEDULE and not items[i].title
        for i in (*leads[0], *range(blocks[0].title_index))
    )
    # Every film's day standing over its title (``Wednesday 4th March 2020`` over ``The
    # Divine Order (2017)``): a day line under a film's entry opens the next entry, and a
    # row under it is not this film's.
    days_above = len(blocks) >= 2 and all(
        any(items[i].kind is LineKind.DATE for i in lead) for lead in leads
    )
    films: list[FilmRecord] = []
    page_section: tuple[int, str] | None = None
    first = blocks[0].title_index if blocks else len(items)
    crumbs = _breadcrumb(items[:first], context)
    for index in range(first):
        if rows_above and index in leads[0]:
            continue
        if index in crumbs:
            page_section = page_section or crumbs[index]
            continue
        page_section = _outside(items[index], options, page_section, unused, ambiguous)
    headers = {i for block in blocks for i in block.header}
    block_titles = [items[b.title_index].title or items[b.title_index].line.text for b in blocks]
    for number, block in enumerate(blocks):
        film, rest = read_block(
            items,
            block,
            sections=options.sections,
            venue=options.venue,
            unused=unused,
            ambiguous=ambiguous,
            running=dates[block.title_index],
        )
        rest = [i for i in rest if i not in headers]
        following = leads[number + 1] if number + 1 < len(blocks) else set()
        if rows_above:
            rest = [i for i in rest if i not in following]
            own = [t.casefold() for t in _own_titles(film) if len(t) >= 2]
            naming = {
                i
                for i in leads[number]
                if items[i].kind is LineKind.SCHEDULE
                and any(t in items[i].line.text.casefold() for t in own)
            }
            for index in sorted(leads[number]):
                if naming and index not in naming and items[index].kind is LineKind.SCHEDULE:
                    # ``10.11(수) 19:00 단편영화 …``, ``10.12(목) 10:30 수라(게스트: …)``
                    # over ``상영작 소개: 수라``: one row names the film; the others name
                    # other films
                    text = items[index].line.text
                    note = f"a row over the title naming another, not attached: {text}"
                    ambiguous.append(Note(items[index].line.number, note))
                    continue
                if index in naming:
                    # ``10:30-13:00 수라(게스트: 황윤(영화감독)``: the text after the time
                    # names the film (and a guest), no venue
                    cells = tuple(
                        replace(c, venue="") if any(t in c.venue.casefold() for t in own) else c
                        for c in items[index].cells
                    )
                    items[index] = replace(items[index], cells=cells)
                named = items[index].title
                between = range(index + 1, block.title_index)
                if items[index].kind is LineKind.SCHEDULE and any(
                    items[j].kind is LineKind.DATE for j in between
                ):
                    # ``Saturday, April 27``, a row, ``Monday, April 8``, ``Free Solo``: a
                    # day line between the row and the title starts another day's listing
                    note = f"a row over another day's line, not attached: {items[index].line.text}"
                    ambiguous.append(Note(items[index].line.number, note))
                    continue
                if named and named.casefold() not in _own_titles(film):
                    # ``11:30 a.m. Special Presentation: Our Planet`` over ``Monday, April
                    # 8`` over ``Free Solo``: the row names its own film
                    note = f"a row naming another title, not attached: {items[index].line.text}"
                    ambiguous.append(Note(items[index].line.number, note))
                    continue
                schedule_row(items[index], film, dates[index], ambiguous, options.venue)
            _withhold_rows(
                items,
                rest,
                "schedule row under a film on a page that prints schedules over titles",
                ambiguous,
            )
        if _last_of_a_list(items, blocks, number):
            # ``Cosmog, Cindy Lo, France, 2013, 3m.`` closing a list of films a line each:
            # the rows under the list are the next programme's, not the last film's
            _withhold_rows(items, rest, "a row under a list of films", ambiguous)
        if days_above and not rows_above:
            _drop_rows_after_day(
                items, rest, leads[number + 1] if number + 1 < len(blocks) else set(), ambiguous
            )
        last = number + 1 == len(blocks)
        details = FilmDetails(film, unused, own_page=len(blocks) == 1)
        head = items[block.title_index]
        slot = head.kind is LineKind.SCHEDULE and bool(head.title)
        others = [t for i, t in enumerate(block_titles) if i != number and t]
        next_section = _read_rest(
            items, rest, dates, options, details, ambiguous, last=last, slot=slot, others=others
        )
        if film.section is not None and film.section[0] < film.line:
            page_section = film.section  # a heading over the title opens a section
        if film.section is None and page_section is not None:
            film.section = page_section
        if next_section is not None:
            # a heading the reader does not know as a section's ends the one before it
            page_section = next_section if next_section[1] else None
        films.append(film)
    last_title = blocks[-1].title_index if blocks else -1
    titles = [f.title for f in films]
    package = package_rows(items, first, len(blocks), dates, last_title, titles)
    if package and one_sitting(films):
        _show_package(items, package, films, dates, ambiguous, options.venue)
    if not blocks:
        films.extend(
            showing_films(items, unused, ambiguous)
            or timetable_films(items, ambiguous)
            or country_row_films(items, ambiguous, dates)
            or slot_films(items, ambiguous, options.venue, dates)
            or highlight_films(items)
            or legend_films(items, unused)
            or paired_films(items, unused)
            or told_films(items, unused)
        )
        rows_over_groups(items, films, dates, ambiguous)
    if options.timetable:
        _timetable_films(items, films, ambiguous)
    if options.film_page and len(blocks) == 1:
        # a film's own page: the films its text names with their makers (a talk's
        # panel, ``이원우 감독(<붕괴>)``) are films, but not of the programme
        before = {id(f) for f in films}
        _add_mentions(lines, films, ambiguous, datelines)
        for film in films:
            film.in_programme = id(film) in before
    elif all(is_inline_block(items, b) for b in blocks):
        _add_mentions(lines, films, ambiguous, datelines)
    else:
        # the introduction over the first film, and a news page's items after a film's
        # block, may name films of the programme; the blocks' own running text
        # (synopses quoting other films) is never read so
        tails = tail_lines(items, blocks, unused, ambiguous)
        outside = [*lines[: items[first].line.number - 1], *(items[i].line for i in tails)]
        _add_mentions(outside, films, ambiguous, datelines)
    if blocks:
        rows_naming_films(items, first, films, dates, ambiguous)
    _slot_rows(films, ambiguous)
    _strip_printed_labels(items, films)
    read_venue_lines(items, films, unused)
    for screening in (s for film in films for s in film.screenings):
        screening.bare = bare_row(screening.text)
    records = ProgrammeRecords(context, films, unused, ambiguous)
    _settle_year(records, banners, options, page)
    known = next((k for k in options.known if k.key == context.known_festival), None)
    venues = [
        (f"line {s.line}", _venue_and_town(s.venue or "", s.text)) for s in records.screenings
    ]
    festival_texts = [(f"line {b.line.number}", b.line.text) for b in banners]
    festival_texts += [(f"line {n}", t) for n, t in _festival_sentences(items)]
    if options.festival:
        festival_texts.append(("--festival", options.festival))
    settle_zone(
        context,
        given=options.timezone,
        profile_zone=options.profile_zone,
        festival_texts=festival_texts,
        venue_texts=venues,
        known=known,
        ambiguous=ambiguous,
        printed=[
            (item.line.number, zone)
            for item in items
            if item.cells
            for zone in zones_printed(item.line.text)
        ],
    )
    _date_screenings(records)
    vet_films(records, sections=options.sections)
    records.unused.sort(key=lambda n: n.line)
    return records


def _show_package(
    items: Sequence[Classified],
    rows: Sequence[int],
    films: list[FilmRecord],
    dates: Sequence[PrintedDate | None],
    ambiguous: list[Note],
    venue: str | None,
) -> None:
    """Every film of a shorts programme's page at each of the programme's showings
    (:mod:`.package`), unless a film has showings of its own."""
    lines = {items[i].line.number for i in rows}
    if any(s.line not in lines for film in films for s in film.screenings):
        return
    doors = doors_rows(items, rows)
    if doors:
        told = {items[i].line.number for i in doors}
        ambiguous[:] = [n for n in ambiguous if n.line not in told]
        for index in doors:
            text = items[index].line.text
            note = f"the programme's time is when its doors open, not attached: {text}"
            ambiguous.append(Note(items[index].line.number, note))
        return
    ambiguous[:] = [n for n in ambiguous if n.line not in lines]
    for film in films:
        film.screenings = []
        for index in rows:
            schedule_row(items[index], film, dates[index], ambiguous, venue)


def _timetable_films(
    items: Sequence[Classified], films: list[FilmRecord], ambiguous: list[Note]
) -> None:
    """On a timetable (the site profile says so), ``13:00 쌀의 노래 |`` names a film."""
    known = {f.title.casefold() for f in films}
    for item in items:
        if item.kind is not LineKind.SCHEDULE or any(c.date for c in item.cells):
            continue
        for cell in item.cells:
            title = re.sub(r"\s*\([^()]*\)", "", cell.venue).strip(" |")
            if title and title.casefold() not in known:
                known.add(title.casefold())
                films.append(FilmRecord(title=title, line=item.line.number))
        ambiguous[:] = [n for n in ambiguous if n.line != item.line.number]
    films.sort(key=lambda f: f.line)


def _strip_printed_labels(items: Sequence[Classified], films: list[FilmRecord]) -> None:
    """A title opening with a label that the page prints alone as a heading ending in a
    colon (``The Bill Douglas Trilogy:`` over the list, then ``The Bill Douglas Trilogy:
    My Childhood (PG)``) is the label's film: the label goes, and is the film's section
    if it has none."""
    labels = {
        item.line.text.strip()[:-1].strip().casefold(): item.line.number
        for item in items
        if item.line.text.strip().endswith(":")
        and 3 <= len(item.line.text.strip()) <= 60
        and not item.cells
    }
    if not labels:
        return
    for film in films:
        head, colon, rest = film.title.partition(":")
        line = labels.get(head.strip().casefold())
        if colon and line is not None and rest.strip():
            film.title = rest.strip()
            if film.section is None:
                film.section = (line, head.strip())


def _slot_rows(films: list[FilmRecord], ambiguous: list[Note]) -> None:
    """A row whose "venue" names a film of the page is a programme slot, not a venue."""
    titles = [f.title.casefold() for f in films if len(f.title) >= 3]
    for film in films:
        for screening in film.screenings:
            venue = (screening.venue or "").casefold()
            if venue and any(t in venue for t in titles):
                ambiguous.append(
                    Note(screening.line, f"venue not read, the row names a film: {screening.text}")
                )
                screening.venue = screening.screen = None


def _add_mentions(
    lines: Sequence[Line], films: list[FilmRecord], ambiguous: list[Note], datelines: set[int]
) -> None:
    """Films named in running text, on a page with no film header (a news article), and
    the screenings the text tells for films that have none from a schedule row."""
    conflicts: list[tuple[int, str]] = []
    known = {f.title.casefold(): f for f in films}
    for mention in read_mentions(list(lines), conflicts):
        same = known.get(mention.title.casefold())
        if same is None:
            films.append(mention)
            known[mention.title.casefold()] = mention
        elif not same.directors and mention.directors:
            same.directors = mention.directors
    ambiguous.extend(Note(line, text) for line, text in conflicts)
    films.sort(key=lambda f: f.line)
    unscheduled = [f for f in films if not f.screenings]
    read_prose_screenings(lines, unscheduled, ambiguous, datelines)


#: Lines of a page's top, where a sentence naming a festival edition introduces the page.
_TOP_LINES = 5


#: A prize or a selection in parentheses closing a festival's line (``(상)``, ``(Best
#: Documentary Award)``, ``(Official Selection)``): a film's record, no page's festival.
_PRIZE_MARK = re.compile(
    r"\([^()]*(?:상|award|prize|winner|selection|nominee|preis)[^()]*\)\s*$", re.IGNORECASE
)


def _banners(
    items: Sequence[Classified], context: PageContext, options: ReadOptions
) -> list[Banner]:
    banners = []
    filled = 0
    for item in items:
        filled += 1 if item.kind is not LineKind.BLANK else 0
        if item.kind in (
            LineKind.TEXT,
            LineKind.META,
            LineKind.SCHEDULE,
            LineKind.HEADING,
            LineKind.PROSE,
        ):
            banner = read_banner(item.line, in_text=filled <= _TOP_LINES)
            if (
                banner is not None
                and not _PRIZE_MARK.search(item.line.text)
                and not _FESTIVAL_RECORD.match(item.line.text)
                and not _PRIZE_RECEIVED.search(item.line.text)
                and not (filled > _TOP_LINES and _named_with_a_prize(items, item, banner.name))
            ):
                # (``2021 Hot Docs Canadian International Documentary Festival (상)``: a
                # prize the film won at another festival, which names no festival of the
                # page's, nor its city)
                banners.append(banner)
    if options.festival:
        context.festival = (options.festival, 0)
    elif banners:
        named = banners[0]
        context.festival = (named.name, named.line.number)
    filled = 0
    for item in items:
        # the festival's dates alone on a line of the page's head (27.10.-02.11.2014), or
        # in a sentence there naming the festival (Vom 24. bis zum 29.05.2016 findet …)
        filled += 1 if item.kind is not LineKind.BLANK else 0
        text = item.line.text
        alone = len(text) <= 40 and item.kind is LineKind.TEXT
        told = filled <= _TOP_LINES and FESTIVAL_WORD.search(text) is not None
        span = find_range(text) if alone or told else None
        if span is not None and context.first_day is None:
            context.first_day, context.last_day = span.first, span.last
            if alone:
                item.kind = LineKind.HEADING
    for banner in banners:
        if banner.number is not None and context.number is None:
            context.number = (banner.number, banner.line.number)
        span = find_range(banner.line.text)
        if span and context.first_day is None:
            context.first_day, context.last_day = span.first, span.last
    if context.festival is not None:
        hit = resolve_festival(context.festival[0], options.known)
        context.known_festival = hit.key if hit else None
    # banners are context, not films: their lines are not film titles
    for banner in banners:
        for item in items:
            if item.line.number == banner.line.number:
                item.kind = LineKind.HEADING
    return banners


#: ``FESTIVALS: Denver FF, Rome FF, Terni IFF``: the festivals a film has been shown at, no
#: festival of the page's, nor its city.
_FESTIVAL_RECORD = re.compile(
    r"\s*(?:festivals?|festivalteilnahmen|selected\s+festivals|festival\s+screenings)\s*:",
    re.IGNORECASE,
)

#: Words of a prize won: ``44회 서울독립영화제 대상 수상작``, ``award``, ``Preis``.
_PRIZE_WORD = re.compile(r"수상|상[’'”」』]?을\s*받|award|prize|winner|preis", re.IGNORECASE)
#: ``제10회 DMZ 국제다큐영화제 ‘젊은 기러기상’을 받은 데 이어``: a line telling of a prize a
#: film received at the festival it names (an earlier one), no banner of the page's.
_PRIZE_RECEIVED = re.compile(r"상[’'”」』]?[을를]\s*받(?:은|았)")


def _named_with_a_prize(items: Sequence[Classified], item: Classified, name: str) -> bool:
    """A festival named, above this line, with a prize a film won there (``44회 서울독립영화제
    대상 수상작으로 …``): a line naming it again below the page's head (``44회 서울독립영화제
    새로운``, cut off) speaks of the prize, and is no banner of the page's."""
    folded = name.casefold()
    return any(
        other.line.number < item.line.number
        and folded in other.line.text.casefold()
        and _PRIZE_WORD.search(other.line.text) is not None
        for other in items
    )


_BREADCRUMB = re.compile(r"^\S.*\s>\s.*\S$")
_NOT_SECTIONS = ("home", "program", "programme", "programm", "프로그램")


def _breadcrumb(
    items: Sequence[Classified], context: PageContext
) -> dict[int, tuple[int, str] | None]:
    """The page's breadcrumb (``Home > Program > SIDOF Choice``) over the first film, and the
    line repeating its last step: their indexes, with the section they open (None for a
    step such as ``Program``, which is no section)."""
    for index, item in enumerate(items):
        if _BREADCRUMB.match(item.line.text):
            step = item.line.text.split(">")[-1].strip()
            context.breadcrumb = (item.line.number, step)
            # ``… > 17. Festiwal Filmowy WATCH DOCS … 2018``: the festival's edition, no section
            edition = FESTIVAL_WORD.search(step) and re.search(
                r"\b(?:19|20)\d\d\b|^\d{1,3}\.", step
            )
            section = (
                None if step.casefold() in _NOT_SECTIONS or edition else (item.line.number, step)
            )
            found = {index: section}
            found.update({i: section for i, o in enumerate(items) if o.line.text == step})
            return found
    return {}


def _outside(
    item: Classified,
    options: ReadOptions,
    section: tuple[int, str] | None,
    unused: list[Note],
    ambiguous: list[Note],
) -> tuple[int, str] | None:
    """A line before the first film: a section heading, or something reported."""
    text, number = item.line.text, item.line.number
    if item.kind in (LineKind.BLANK, LineKind.HEADING):
        return section
    if item.kind is LineKind.SECTION and item.title:
        return (number, item.title)
    if item.kind is LineKind.TEXT and is_section_heading(text, options.sections):
        return (number, text)
    if item.kind in (LineKind.SCHEDULE, LineKind.DATE):
        ambiguous.append(Note(number, BEFORE_ANY_FILM + text))
    else:
        unused.append(Note(number, text))
    return section


#: The kinds of line that may be a film page's details (:mod:`.details`).
_DETAIL_KINDS = (LineKind.TEXT, LineKind.PROSE)


#: A runtime in parentheses: the fields of an entry, so a row holding one names a film.
_OTHER_ENTRY = re.compile(r"\([^()]*\b\d{1,3}\s*(?:min|mins|minutes|Min\.?|분)\b[^()]*\)", re.I)


def _names_another(item: Classified, film: FilmRecord) -> bool:
    """A row under a film's block that prints another title after its time
    (``Sunday 17 September, 5 pm: Winged Migration`` under ``The Gleaners And I``), or
    another title in quotation marks (``17:00 und 19:30 Uhr: „Die Unbeugsamen“, …``)."""
    title = item.title
    quoted = [q.strip().casefold() for q in _QUOTED_IN_ROW.findall(item.line.text)]
    if any(q and q not in _own_titles(film) for q in quoted):
        return True
    if title and re.match(r"[^\"“]{1,20},\s*[\"“]" + re.escape(title), item.line.text):
        # ``2 p.m., "Beyond Fear," screening with …``: the slot's own title in quotation
        # marks after its time
        return title.casefold() not in _own_titles(film)
    glued = _GLUED_BEFORE_DATE.match(item.line.text)
    if glued is not None and glued["title"].strip().casefold() not in _own_titles(film):
        # ``All About The LevkovichesJuly 7 and 10 at 3:30 pm.``: a title run into the day
        # (the capture glued two lines) names another film
        return True
    return (
        title is not None
        and bool(title)
        and _COLON_SLOT.search(item.line.text) is not None
        and title.casefold() not in _own_titles(film)
    )


#: Words run straight into a month's name opening a row's date (``… LevkovichesJuly 7``).
_GLUED_BEFORE_DATE = re.compile(
    r"^(?P<title>\S.*?[a-z’')])(?=(?:" + "|".join(calendar.month_name[1:]) + r")\s+\d)"
)

#: A title in quotation marks printed in a row.
_QUOTED_IN_ROW = re.compile(r"[„“»](?P<t>[^„“”»«]{1,80})[“”«]")


#: A row whose time is followed by a colon or a dash and a title.
_COLON_SLOT = re.compile(r"\d\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h)?\s*(?::|\s[–—-])\s+\S", re.IGNORECASE)


#: ``The Heat will be screened on Fri., April 27, 2018 at 8:30 p.m. at Hart House Theatre
#: and on …``: the film's showings told in one sentence that names it.
_SHOWINGS_TOLD = re.compile(
    r"^(?P<title>.{2,100}?)\s+(?:will\s+be\s+screened|will\s+screen|screens|is\s+screened|"
    r"will\s+be\s+shown|plays)\s+(?P<rest>on\s+.+)$",
    re.IGNORECASE,
)
_ON_SPLIT = re.compile(r"(?:,\s*|\s+)(?:and\s+)?(?=on\s)", re.IGNORECASE)
_SHOWING_TOLD = re.compile(r"^on\s+(?P<when>.+?)\s+at\s+(?P<venue>[^.]+?)\.?$", re.IGNORECASE)


def _tells_another(item: Classified, film: FilmRecord) -> bool:
    """A row that is a sentence telling the showings of another title than the film's
    (``Another Film will be screened on …`` under The Heat)."""
    told = _SHOWINGS_TOLD.match(item.line.text.strip())
    return told is not None and told["title"].strip().casefold() != film.title.casefold()


def _showings_told(item: Classified, film: FilmRecord) -> Classified | None:
    """A sentence under a film's header naming the film and telling its showings, each
    ``on DAY at TIME at VENUE``, read as a row of them; None unless it names this film
    and every showing gives one full date, one time and a venue."""
    told = _SHOWINGS_TOLD.match(item.line.text.strip())
    if told is None or told["title"].strip().casefold() != film.title.casefold():
        return None
    cells: list[ScheduleCell] = []
    for part in _ON_SPLIT.split(told["rest"].strip()):
        showing = _SHOWING_TOLD.match(part.strip().rstrip(",").strip())
        if showing is None:
            return None
        try:
            day, times = find_date(showing["when"]), find_times(showing["when"])
        except DateError:
            return None
        if day is None or len(times) != 1:
            return None
        clock = times[0].value
        cells.append(ScheduleCell(day, clock.hour, clock.minute, showing["venue"].strip()))
    return Classified(item.line, LineKind.SCHEDULE, cells=tuple(cells)) if cells else None


def _fields_a_paragraph_under(item: Classified, film: FilmRecord) -> bool:
    """A line of fields alone (two at least, nothing else: no names, no showing) opening
    the block under its header, for a film that has no fields yet."""
    meta = item.meta
    return (
        item.kind is LineKind.META
        and meta is not None
        and meta.signals >= 2
        and not (meta.unread or meta.directors or item.cells)
        and film.year is None
        and film.runtime is None
        and not film.countries
    )


def _labelled_fields(item: Classified) -> bool:
    """A line of labelled fields and nothing else (``Duration: 70 minutes``, ``Genre:
    Documentary (Italy/France, 2025)``): no names, no showing, nothing unread."""
    meta = item.meta
    return (
        item.kind is LineKind.META
        and meta is not None
        and not (meta.unread or meta.directors or item.cells)
        and (FIELD_LABEL.match(item.line.text) is not None or genre_with_fields(item.line.text))
    )


def _credits_director(item: Classified) -> bool:
    """A line that labels the director and names nothing else (``Directed by: A, B``)."""
    return (
        item.kind is LineKind.META
        and item.meta is not None
        and bool(item.meta.directors)
        and not item.meta.unread
        and DIRECTOR_LABEL.match(item.line.text) is not None
    )


def _under_captioned_title(items: Sequence[Classified], index: int) -> bool:
    """True for a row right under a line that a picture's caption over it repeats with its
    credit (``LEAVING PARADISE ©Cinemax Productions Ltd`` over ``Leaving Paradise`` over
    the row): that line is a film's title."""
    over = previous_filled(items, index)
    if over is None or items[over].kind is not LineKind.TEXT:
        return False
    title = items[over].line.text.strip().casefold()
    above = previous_filled(items, over)
    for _ in range(3):
        if above is None:
            return False
        text = items[above].line.text.strip().casefold()
        if "©" in text and text.split("©")[0].strip() == title:
            return True
        above = previous_filled(items, above)
    return False


def _last_of_a_list(items: Sequence[Classified], blocks: Sequence[Block], number: int) -> bool:
    """True for the last of two films or more named a line each, one right under the
    other (blank lines between at most): a list, whose rows under it are not its last's."""

    def adjacent(upper: Block, lower: Block) -> bool:
        between = range(upper.title_index + 1, lower.title_index)
        return (
            is_inline_block(items, upper)
            and is_inline_block(items, lower)
            and all(items[i].kind is LineKind.BLANK for i in between)
        )

    if number == 0 or not adjacent(blocks[number - 1], blocks[number]):
        return False
    return number + 1 == len(blocks) or not adjacent(blocks[number], blocks[number + 1])


def _drop_rows_after_day(
    items: Sequence[Classified], rest: list[int], following: set[int], ambiguous: list[Note]
) -> None:
    """On a page printing each film's day over its title, the rows under a day line that
    stands under a film's entry (and over no title of the page's) are another entry's: a
    talk's, an event's. They are reported and taken out of ``rest``."""
    day = next((i for i in rest if items[i].kind is LineKind.DATE and i not in following), None)
    if day is not None:
        why = "a row under a day line after the film's entry"
        _withhold_rows(items, rest, why, ambiguous, after=day)


def _withhold_rows(
    items: Sequence[Classified],
    rest: list[int],
    why: str,
    ambiguous: list[Note],
    *,
    after: int = -1,
) -> None:
    """Take the schedule rows of ``rest`` (those after index ``after``) out of it, each
    reported as not attached, ``why``."""
    for index in [i for i in rest if i > after and items[i].kind is LineKind.SCHEDULE]:
        text = items[index].line.text
        ambiguous.append(Note(items[index].line.number, f"{why}, not attached: {text}"))
        rest.remove(index)


def _dates_a_row(items: Sequence[Classified], index: int) -> bool:
    """True when a time with no day of its own stands under the date line at ``index``
    before the next date line: the date is that time's day."""
    for item in items[index + 1 :]:
        if item.kind is LineKind.DATE:
            return False
        if any(cell.date is None for cell in item.cells):
            return True
    return False


def _taken(item: Classified, details: FilmDetails) -> bool:
    """A heading, a date line or a film page's detail (:mod:`.details`): nothing left to do."""
    if item.kind in (LineKind.HEADING, LineKind.TEXT) and details.heading(item.line.text):
        return True
    if item.kind in (LineKind.HEADING, LineKind.DATE):
        return True
    return item.kind in _DETAIL_KINDS and details.take(item.line)


def _read_rest(
    items: Sequence[Classified],
    rest: list[int],
    dates: list[PrintedDate | None],
    options: ReadOptions,
    details: FilmDetails,
    ambiguous: list[Note],
    *,
    last: bool,
    slot: bool = False,
    others: Sequence[str] = (),
) -> tuple[int, str] | None:
    """Read the lines of a block after its header; return a section heading for later films.
    ``slot``: the film's title stands in a row with its time (``11:10 am – Title``), a slot
    of a programme; a row under its block is another slot's, not this film's. ``others``:
    the page's other films' titles; a line opening with one heads that film's text, so
    what follows it is not this film's."""
    next_section: tuple[int, str] | None = None
    film, unused = details.film, details.unused
    tail = _tail_heading(items, rest, options.sections) if not last else None
    first = next((i for i in rest if items[i].kind is not LineKind.BLANK), None)
    another = False  # another film's fields stood in the block: the rows after are not sure
    fields_only = True  # nothing but blank lines and fields yet under the header
    between = _between_credits(items, rest)
    for index in rest:
        item = items[index]
        text, number = item.line.text, item.line.number
        kind = item.kind
        if kind not in (LineKind.BLANK, LineKind.META) and not (
            kind is LineKind.TEXT and CREW_LABEL.match(text)
        ):
            # ``DIRECTOR: NAME``, ``WRITER: NAME``, ``CAST: A, B``, ``COUNTRY: Ireland``, a
            # paragraph each: a credit the reader does not state ends no run of fields
            fields_only = False
        if _fields_of_another(item, film):
            another = True
        if kind is LineKind.TEXT and not another and _heads_another(text, film, others):
            # ``The Drover's Boy - 10mins`` under the list's last film, ``Brooms``: the
            # paragraphs after it describe that film, not this one
            another = True
            ambiguous.append(Note(number, f"another film's heading under {film.title!r}: {text}"))
            continue
        if kind is LineKind.PROSE and not another and _tells_of_another(text, film, others):
            # ``At 1:15 Conviction has its 2nd screening …`` under ``Toxic Beauty``, ``DER
            # PRINZ UND DER DYBUK von …``: another film's paragraph or entry
            another = True
        if kind is LineKind.PROSE and another:
            ambiguous.append(
                Note(number, f"text after another film's heading, not attached: {text}")
            )
            continue
        if kind is LineKind.SCHEDULE and between[0] < index < between[1]:
            # ``Directed by Milos Forman. …``, rows, a paragraph, ``Directed by Steve
            # McQueen. …``: two entries' credits in one block (a heading left out); the
            # rows between them may be the second's
            ambiguous.append(
                Note(number, f"a row between two films' credit lines, not attached: {text}")
            )
        elif kind is LineKind.SCHEDULE and _over_fields_of_another(items, index, film):
            # ``Full Time``, ``(26 September 2023 at 19.45)``, blank, ``Éric Gravel | France
            # | 2021``: the row stands over another film's fields (its title not read), so it
            # is that film's, not this one's
            ambiguous.append(
                Note(number, f"a row over another film's fields, not attached: {text}")
            )
        elif kind is LineKind.SCHEDULE and dates[index] and _labelled_time(items, index, film):
            # ``Opening Night Party`` over ``5:00-7:00 pm`` in a film's block: the time of
            # what the line over it names, not a showing of the film
            ambiguous.append(
                Note(number, f"a time under a line naming something else, not attached: {text}")
            )
        elif kind is LineKind.SCHEDULE and _under_captioned_title(items, index):
            # ``LEAVING PARADISE ©Cinemax …`` twice, ``Leaving Paradise``, ``Mittwoch,
            # 15.06. 19:00``: the row is under another film's title, its picture's caption
            # over it, though that title was not read as a film
            ambiguous.append(Note(number, f"a row under another title, not attached: {text}"))
        elif kind is LineKind.SCHEDULE and another:
            # ``MÜLLERS BÜRO``, a note, ``R: Niki List, A 1986, 95 Min`` under the film's
            # block: the row under those fields is that film's, not this one's
            ambiguous.append(
                Note(number, f"a row after another film's fields, not attached: {text}")
            )
        elif index == first and _fields_a_paragraph_under(item, film):
            # ``Director: NAME``, blank, ``France 2019 / 78 min.``: the block's fields
            apply_meta(film, item, item.meta, ambiguous)  # type: ignore[arg-type]
        elif fields_only and _labelled_fields(item):
            # ``Directors: A, B``, blank, ``Duration: 70 minutes``, blank, ``Genre:
            # Documentary (Italy/France, 2025)``: labelled fields, a paragraph each
            apply_meta(film, item, item.meta, ambiguous)  # type: ignore[arg-type]
        elif index == tail:
            next_section = (number, text)
        elif kind is LineKind.BLANK:
            details.blank()
        elif kind is LineKind.DATE and not _dates_a_row(items, index):
            # ``STARTING 19 SEPT`` under the fields, and no time under it: not a showing
            ambiguous.append(Note(number, f"a day with no time, not imported: {text}"))
        elif _taken(item, details):
            continue
        elif kind is LineKind.SCHEDULE and _OTHER_ENTRY.search(text):
            # ``… 4.00pm: The Art of Tea (G, 13mins) & Innocent Witness (M, 129mins)``: the
            # row names films with their own fields, not this film's showing
            ambiguous.append(Note(number, f"a row naming other films, not attached: {text}"))
        elif kind is LineKind.SCHEDULE and (
            _tells_another(item, film) or _names_another(item, film)
        ):
            ambiguous.append(Note(number, f"a row naming another title, not attached: {text}"))
        elif kind is LineKind.SCHEDULE and slot:
            # ``12:00 am – The Hidden Life …``, its synopsis, ``12:10 am – A Talk``: the
            # film has its slot; the next row is the programme's next slot
            ambiguous.append(Note(number, f"a row of another slot, not attached: {text}"))
        elif kind is LineKind.SCHEDULE:
            schedule_row(item, film, dates[index], ambiguous, options.venue)
        elif _credits_director(item) and not film.directors and not another:
            # ``Directed by: NAME`` a paragraph under the fields: the film's director
            film.directors.extend((n, number) for n in item.meta.directors)  # type: ignore[union-attr]
        elif kind is LineKind.BAD_SCHEDULE:
            unused.append(Note(number, f"schedule row not imported: {item.error}"))
        elif kind is LineKind.PROSE and (told := _showings_told(item, film)) is not None:
            schedule_row(told, film, None, ambiguous, options.venue)
        elif kind is LineKind.PROSE:
            details.prose(text)
        elif kind is LineKind.SECTION and item.title:
            if film.section is not None and film.section[1] != item.title:
                ambiguous.append(Note(number, f"a second section for {film.title!r}: {text}"))
            else:
                film.section = (number, item.title)
        elif kind is LineKind.PREMIERE and film.premiere is None:
            film.premiere = (number, text)
        else:
            unused.append(Note(number, text))
    if next_section is None and not last and _ends_in_heading(items, rest):
        next_section = (0, "")
    return next_section


def _labelled_time(items: Sequence[Classified], index: int, film: FilmRecord) -> bool:
    """A row of a time alone (no day, nothing else) under a short line that is not the
    film's title (right under it, or a blank line between)."""
    item = items[index]
    if index == 0 or any(c.date for c in item.cells) or not bare_row(item.line.text):
        return False
    above = index - 1
    if above > 0 and items[above].kind is LineKind.BLANK:
        above -= 1
    over = items[above]
    return (
        over.kind is LineKind.TEXT
        and len(over.line.text) <= 60
        and over.line.text.strip().casefold() not in _own_titles(film)
    )


#: A credit line: ``Directed by NAME``, ``Dir. NAME``, ``Regie: NAME`` opening a line.
_CREDIT_LINE = re.compile(
    r"^(?:directed\s+by|dir\.|director:|regie:?|réalisation:?)\s+(?P<names>[^.,;|/]+)",
    re.IGNORECASE,
)


def _between_credits(items: Sequence[Classified], rest: Sequence[int]) -> tuple[int, int]:
    """The first and the last of a block's credit lines when they credit other people (two
    films' entries in one block), else an empty span."""
    credits = [
        (i, found["names"].strip().casefold())
        for i in rest
        if (found := _CREDIT_LINE.match(items[i].line.text.strip())) is not None
    ]
    if len({names for _, names in credits}) < 2:
        return (0, 0)
    return (credits[0][0], credits[-1][0])


def _heads_another(text: str, film: FilmRecord, others: Sequence[str]) -> bool:
    """Whether a line opens with another film's title of the page (and is not this film's
    own title repeated)."""
    folded = text.casefold().strip()
    if any(folded.startswith(t) for t in _own_titles(film)):
        return False
    for title in others:
        wanted = title.casefold().strip()
        if len(wanted) >= 4 and folded.startswith(wanted):
            after = folded[len(wanted) : len(wanted) + 1]
            if not after or not after.isalnum():
                return True
    return False


#: ``DER PRINZ UND DER DYBUK von Elwira Niewiera …``: a film's entry, its title in capitals
#: before its makers (``COWSPIRACY – Das Geheimnis der Nachhaltigkeit von …``: a subtitle
#: after a dash in lower case too).
_CAPS_HEAD = re.compile(
    r"^(?P<title>[A-ZÄÖÜ0-9][A-ZÄÖÜ0-9 ,.'’:&!?–-]{2,}?)"
    r"(?:\s+[–—]\s+[A-ZÄÖÜ][\w'’,.!? ]{1,60}?)?\s+(?:von|by)\s+[A-ZÄÖÜ][\w`'’-]+"
)


#: A year in parentheses and a director's label: the credit of a film's entry.
_ENTRY_CREDIT = re.compile(
    r"\(\s*(?:19|20)\d{2}\s*\)\s*,?\s*(?:dirs?\.|directed\s+by|regie:?|r:)\s+[A-ZÀ-Þ]",
    re.IGNORECASE,
)


def _tells_of_another(text: str, film: FilmRecord, others: Sequence[str]) -> bool:
    """Whether a paragraph under a film is another film's: it opens with another film's
    entry (a title in capitals and its makers), or names another film of the page and not
    this one."""
    entry = _ENTRY_CREDIT.search(text)
    if entry is not None and not any(_holds(text.casefold(), t) for t in _own_titles(film)):
        return True  # ``Speaking in Tongues, (2009) Dirs. NAME and NAME``: another film's entry
    head = _CAPS_HEAD.match(text)
    if (
        head is not None
        and sum(c.isalpha() for c in head["title"]) >= 4
        and head["title"].strip(" ,.:").casefold() not in _own_titles(film)
    ):
        return True
    folded = text.casefold()
    if any(_holds(folded, t) for t in _own_titles(film)):
        return False
    return any(len(t) >= 6 and _holds(folded, t.casefold()) for t in others)


def _own_titles(film: FilmRecord) -> set[str]:
    return {film.title.casefold(), (film.original_title or "").casefold()} - {""}


def _holds(folded: str, title: str) -> bool:
    """Whether ``folded`` names ``title`` as a whole phrase."""
    if title not in folded:
        return False  # the common case, found without building a pattern
    return re.search(r"(?<!\w)" + re.escape(title) + r"(?!\w)", folded) is not None


#: ``LOS MOSQUITOS (14 min, Costa Rica)``: a title, its runtime and a place in parentheses.
_RUNTIME_PLACE = re.compile(
    r"(?P<title>[^()]{2,80}?)\s*\(\s*\d{1,3}\s*(?:min|mins|minutes|')\.?\s*,\s*"
    r"(?P<place>[^(),]{2,40})\)"
)


def _drop_slot_countries(items: Sequence[Classified]) -> None:
    """``DIA TEMIDA (12 min, San Marcos)`` beside ``LOS MOSQUITOS (14 min, Costa Rica)``:
    where the page puts a town or a state in the place after the runtime, a country
    there may say where the maker comes from as well as where the film was made, so no
    entry's country from that place is stated."""
    shaped = [(item, _RUNTIME_PLACE.fullmatch(item.line.text.strip())) for item in items]
    entries = [(item, found) for item, found in shaped if found is not None]
    if not any(not read_part(Meta(), found["place"].strip()) for _, found in entries):
        return
    for item, found in entries:
        country = country_of(found["place"].strip())
        if item.meta is not None and country is not None and country in item.meta.countries:
            item.meta.countries.remove(country)


def _over_fields_of_another(items: Sequence[Classified], index: int, film: FilmRecord) -> bool:
    """True for a row whose next line that is not blank is another film's fields."""
    under = next_filled(items, index)
    return under is not None and _fields_of_another(items[under], film)


#: A runtime and a year opening a paragraph (``48 minutes. 2007Strong Coffee…``).
_FIELDS_OPENING = re.compile(
    r"(?P<fields>\d{1,3}\s*(?:minutes?|mins?)\.?,?\s*(?:19|20)\d{2})(?!\d)", re.IGNORECASE
)


def _fields_of_another(item: Classified, film: FilmRecord) -> bool:
    """A line of fields naming directors other than the film's (and the film has some),
    or giving another year and another runtime; a short line taken for running text
    counts when it reads as fields and nothing else (``Deutschland 2014, Regie: Gertrud
    Schulte Westenberg und Matthias Coers``)."""
    meta = item.meta
    opening = _FIELDS_OPENING.match(item.line.text) if item.kind is LineKind.PROSE else None
    if opening is not None:
        # ``48 minutes. 2007Strong CoffeeGlobal coffee …``: the fields opening a paragraph
        # that runs into another film's title and text (the capture glued them)
        meta = read_meta(opening["fields"])
    elif item.kind is LineKind.PROSE and len(item.line.text) < 120:
        read = read_meta(item.line.text)
        meta = read if read.signals >= 2 and not read.unread else None
    elif item.kind is not LineKind.META:
        return False
    if (
        meta is not None
        and meta.year
        and meta.runtime
        and film.year
        and film.runtime
        and meta.year != film.year
        and meta.runtime != film.runtime
    ):
        # ``D 2013 – S/W – 128 min`` under ``A 1979 – S/W – 16mm – 40 min``'s synopsis:
        # another year and another length, another film's
        return True
    if meta is None or not meta.directors or not film.directors:
        return False
    return not {n.casefold() for n in meta.directors} & {n.casefold() for n, _ in film.directors}


def _ends_in_heading(items: Sequence[Classified], rest: list[int]) -> bool:
    """A block that ends in a short line in capitals (``ICONS``) over the next film: a
    heading of some kind, so the section over the films before it may not go on."""
    filled = [i for i in rest if items[i].kind is not LineKind.BLANK]
    if not filled:
        return False
    last = items[filled[-1]]
    text = last.line.text
    return last.kind in (LineKind.TEXT, LineKind.HEADING) and len(text) <= 60 and in_capitals(text)


def _festival_sentences(items: Sequence[Classified]) -> list[tuple[int, str]]:
    """Lines of the page's head that speak of a festival (where its city is named)."""
    return [
        (item.line.number, item.line.text)
        for item in _head(items, _TOP_LINES)
        if FESTIVAL_WORD.search(item.line.text)
        and not _FESTIVAL_RECORD.match(item.line.text)
        and (item.kind is not LineKind.PROSE or _FESTIVAL_IN_PROSE.search(item.line.text))
        and not _PRIZE_MARK.search(item.line.text)  # a prize won at another festival
    ]


#: A festival named in running text: ``fest`` only ends a capitalised name (``Filmfest``,
#: ``DOK.fest``), never a German word (``… hält fest, was …``, ``festhalten``), so that a
#: synopsis set in another city sets no time zone.
_FESTIVAL_IN_PROSE = re.compile(
    r"(?i:\w*festival|festspiele|\w*filmwochen?|\w*filmtage|film\s+week|berlinale|"
    r"viennale|biennale|\S*영화제)|\b[A-Z][\w.]*fest\b|\b[A-Z]{1,4}FF\b|\bDocs\b"
)


def _head(items: Sequence[Classified], count: int) -> list[Classified]:
    """The first ``count`` lines of the page that are not blank."""
    return [item for item in items if item.kind is not LineKind.BLANK][:count]


#: ``Wo?: GEH8, Gehestraße 8, 01127 Dresden``: the one venue of a whole programme,
#: printed with a label over it.
_WHERE = re.compile(
    r"^(?:wo\??|ort|venue|location|spielort|veranstaltungsort|장소)\s*\??\s*[:：]\s*"
    r"(?P<venue>[^,|]+?)\s*(?:[,|]|$)",
    re.IGNORECASE,
)


def _page_venue(head: Sequence[Classified]) -> str | None:
    """The venue a labelled line over the first film gives the whole programme, if one does."""
    found = {m["venue"] for item in head if (m := _WHERE.match(item.line.text))}
    return found.pop() if len(found) == 1 else None


def _running_dates(items: Sequence[Classified]) -> list[PrintedDate | None]:
    """For each line, the date of the last date line above it (a programme by day). A
    short line that prints a date but is no day's heading (``23rd March 2018 (Friday)``
    under ``HF (2018-03-15)``, a post's date) ends the day above: which day the rows
    under it have is no longer sure."""
    out: list[PrintedDate | None] = []
    current = None
    for item in items:
        if item.kind is LineKind.DATE:
            current = item.date
        elif (
            item.kind in (LineKind.TEXT, LineKind.HEADING)
            and len(item.line.text) <= 60
            and find_date(item.line.text) is not None
        ):
            current = None
        out.append(current)
    return out


def _lead(items: Sequence[Classified], title: int) -> set[int]:
    """The schedule and date lines standing right over a title (blank lines between), and
    over up to two short lines on the title (a strand, ``präsentiert von …``, a premiere
    flag) under a time (``13.00 Uhr``, ``Sonntagskino: Filme für die Stadt``, the title)."""
    found: set[int] = set()
    index = title - 1
    passed: list[int] = []
    while index >= 0:
        kind = items[index].kind
        if kind in (LineKind.SCHEDULE, LineKind.DATE):
            found.add(index)
        elif kind in (LineKind.TEXT, LineKind.PREMIERE) and not found and len(passed) < 2:
            if len(items[index].line.text) > 60:
                break
            passed.append(index)
        elif kind is not LineKind.BLANK:
            break
        index -= 1
    if passed and not any(items[i].kind is LineKind.SCHEDULE for i in found):
        return set()  # a short line right over the title, and no time over it
    if (
        found
        and index >= 0
        and index == min(found) - 1
        and items[index].kind is LineKind.META
        and items[index].meta
    ):
        # ``- ISL, USA / 2024 / 71 min / Regie: …`` right over ``- Fr 05.12.2025 / 19:30
        # Uhr`` over the title: the rows are the entry's above, whose fields they close
        return set()
    return found


def _tail_heading(
    items: Sequence[Classified], rest: list[int], sections: Sequence[str]
) -> int | None:
    """The index of a section heading standing last in a block, before the next film."""
    filled = [i for i in rest if items[i].kind is not LineKind.BLANK]
    if not filled:
        return None
    last = items[filled[-1]]
    if last.kind is LineKind.TEXT and is_section_heading(last.line.text, sections):
        before = filled[-1] - 1
        if before < 0 or items[before].kind is LineKind.BLANK:
            return filled[-1]
    return None


def _settle_year(
    records: ProgrammeRecords,
    banners: list[Banner],
    options: ReadOptions,
    page: Sequence[Line] = (),
) -> None:
    """Settle the edition's year from the evidence, or report the conflict; with no
    evidence, from the years the page prints that its weekdays fit."""
    context = records.context
    if options.edition is not None:
        context.year, context.year_why = options.edition, "given with --edition"
        return
    signals: dict[int, list[str]] = {}
    for screening in records.screenings:
        printed = screening.printed
        if printed is not None and printed.year is not None:
            signals.setdefault(printed.year, []).append(f"the date on line {screening.line}")
    for banner in banners:
        if banner.year is not None:
            signals.setdefault(banner.year, []).append(f"the banner on line {banner.line.number}")
    if context.first_day is not None:
        signals.setdefault(context.first_day.year, []).append("the festival's dates")
    known = next((k for k in options.known if k.key == context.known_festival), None)
    if known is not None and context.number is not None and known.editions:
        number, line = context.number
        base_number, base_year = min(known.editions.items(), key=lambda kv: abs(kv[0] - number))
        year = base_year + number - base_number
        signals.setdefault(year, []).append(
            f"edition {number} on line {line}, counted from edition {base_number} in {base_year}"
        )
    if not signals and context.published is not None:
        year_of_dateline(records)
        return
    if not signals:
        _year_by_weekdays(records, page)
        return
    if len(signals) == 1:
        year, why = next(iter(signals.items()))
        misfit = _weekdays_misfit(records, page, year)
        if misfit:
            # ``Fr, 28.10.`` rows of 2011 under a site banner for the 2018 festival
            records.ambiguous.append(
                Note(
                    0,
                    f"edition year not chosen: {year} ({why[0]}), but the weekdays of"
                    f" {misfit} rows do not fall in it; give --edition",
                )
            )
            return
        context.year, context.year_why = year, why[0]
    elif len(signals) > 1:
        listed = "; ".join(f"{y} ({w[0]})" for y, w in sorted(signals.items()))
        records.ambiguous.append(
            Note(0, f"edition year not chosen, the page gives several: {listed}; give --edition")
        )


def _venue_and_town(venue: str, row: str) -> str:
    """A row's venue, with the town the row prints after the venue's street address
    (``Whitney Humanities Center, 53 Wall Street, New Haven``): where to look for the
    city of the screenings' time zone."""
    start = row.find(venue) if venue else -1
    if start < 0:
        return venue
    parts = [p.strip() for p in re.split(r"\s*(?:,|–|—|\|)\s*", row[start + len(venue) :])]
    for index, part in enumerate(parts[:-1]):
        if STREET_ADDRESS.fullmatch(part) and parts[index + 1]:
            return f"{venue}, {parts[index + 1]}"
    return venue


def _weekdays_misfit(records: ProgrammeRecords, page: Sequence[Line], year: int) -> int:
    """How many of the page's year-less days with a weekday (its rows, attached to a film
    or not; each day once) do not have that weekday in ``year``, when they are two at least
    and more than half of such days (one misprint does not outvote the evidence); else 0."""
    days = {
        (s.printed.month, s.printed.day, s.printed.weekday): s.printed
        for s in records.screenings
        if s.printed is not None and s.printed.weekday is not None and s.printed.year is None
    }
    for printed in _printed_dates(page):
        if printed.weekday is not None and printed.year is None:
            days.setdefault((printed.month, printed.day, printed.weekday), printed)
    misfit = 0
    for printed in days.values():
        try:
            printed.on(year)
        except DateError:
            misfit += 1
    return misfit if misfit >= 2 and 2 * misfit > len(days) else 0


#: Rows with a weekday that the year of a page's full dates must fit before it is their year.
_WEEKDAY_ROWS = 2


def _printed_dates(page: Sequence[Line]) -> Iterator[PrintedDate]:
    """The first date each line of the page prints."""
    for line in page:
        try:
            found = find_date(line.text)
        except DateError:
            continue
        if found is not None:
            yield found


def _full_date_years(page: Sequence[Line]) -> set[int]:
    """The years of the full dates the page prints anywhere (``19 October 2020``)."""
    return {found.year for found in _printed_dates(page) if found.year is not None}


def _year_by_weekdays(records: ProgrammeRecords, page: Sequence[Line]) -> None:
    """``Saturday 17 October – 11:00`` rows and ``… from 19 October 2020`` in the text: when
    the page's full dates all fall in one year, and every weekday its rows print falls on
    its date in that year, that is the screenings' year. Two rows with weekdays at least;
    full dates of several years, or weekdays that do not fit, settle nothing (a year
    fits a page's weekdays by chance one time in seven)."""
    dated = [s.printed for s in records.screenings if s.printed and s.printed.weekday is not None]
    if len(dated) < _WEEKDAY_ROWS:
        return
    page_years = _full_date_years(page)  # read only here: a page's every line is searched
    heading = _heading_year(page) if not page_years else None
    month = _month_heading(page) if not page_years and heading is None else None
    if heading is not None:
        page_years = {heading[0]}
    elif month is not None:
        if any(printed.month != month[1] for printed in dated):
            return  # ``Films – May 2019`` over a row of June: the heading is not its
        heading = (month[0], month[2])
        page_years = {month[0]}
    if len(page_years) != 1:
        return
    (year,) = page_years
    try:
        for printed in dated:
            printed.on(year)
    except DateError:
        return
    context = records.context
    context.year = year
    context.year_why = (
        f"the year of the page's heading on line {heading[1]}"
        if heading is not None
        else "the year of the page's full dates"
    ) + f", in which the weekdays of its {len(dated)} rows fall"


#: ``Films – May 2019``, ``Programm Oktober 2021``, ``Spielplan: März 2020``: a heading of
#: a month's programme, its month and its year, and no other words.
_MONTH_HEADING = re.compile(
    r"(?:films?|filme|programme|program|programm|kinoprogramm|schedule|screenings|calendar|"
    r"kalender|spielplan|monatsprogramm)\s*[|:–—-]?\s*(?P<month>[A-Za-zä]{3,9}\.?)\s+"
    r"(?P<year>(?:19|20)\d{2})",
    re.IGNORECASE,
)


def _month_heading(page: Sequence[Line]) -> tuple[int, int, int] | None:
    """The year and month of a heading such as ``Films – May 2019`` among the page's first
    lines, and its line number, when the page prints no full date: the heading names one
    month's programme, so it dates rows of that month whose weekdays fit."""
    filled = [line for line in page if line.text.strip(" |")][:_TOP_LINES]
    found = []
    for line in filled:
        heading = _MONTH_HEADING.fullmatch(line.text.strip())
        month = month_of(heading["month"]) if heading else None
        if heading is not None and month is not None:
            found.append((int(heading["year"]), month, line.number))
    return found[0] if len({(y, m) for y, m, _ in found}) == 1 else None


#: ``2023 FESTIVAL PROGRAMME BY DATE``, ``Programm 2019``, ``2020 Screening Schedule``: a
#: heading of the page's programme with its year, and no other words than those.
_PROGRAMME_HEADING = re.compile(
    r"(?:(?:19|20)\d{2}|festival|film|programme|program|programm|schedule|screenings?|line-?up|"
    r"by|date|day|the|full|[|:–—-])(?:\s+(?:(?:19|20)\d{2}|festival|film|programme|program|"
    r"programm|schedule|screenings?|line-?up|by|date|day|the|full|[|:–—-]))*\s*[|:]?",
    re.IGNORECASE,
)


def _heading_year(page: Sequence[Line]) -> tuple[int, int] | None:
    """The year of a heading such as ``2023 FESTIVAL PROGRAMME BY DATE`` among the page's
    first lines, and its line number, when the page prints no full date: the heading
    names the programme's year and nothing else."""
    filled = [line for line in page if line.text.strip(" |")][:_TOP_LINES]
    found = []
    for line in filled:
        text = line.text.strip()
        years = re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", text)
        if (
            len(years) == 1
            and _PROGRAMME_HEADING.fullmatch(text)
            and re.search(r"programm|schedule|line-?up", text, re.IGNORECASE)
        ):
            found.append((int(years[0]), line.number))
    return found[0] if len({y for y, _ in found}) == 1 else None


def _across_the_year(
    line: int,
    printed: PrintedDate,
    year: int,
    full: Sequence[tuple[int, int | None, int, int]],
) -> str | None:
    """Why a day printed with no year (nor weekday) may not be in ``year``: a day printed
    with that year further down the page falls earlier in the year (``13. Dezember``
    over ``17. Januar 2023``: a season across the new year), or one printed further up
    falls later; else None. ``full`` holds the rows' lines and days printed with a year."""
    own = (printed.month, printed.day)
    for other, other_year, month, day in full:
        if other_year != year:
            continue
        if other > line and (month, day) < own:
            return f"printed over {day}.{month}.{other_year} on line {other}, later in the year"
        if other < line and (month, day) > own:
            return f"printed under {day}.{month}.{other_year} on line {other}, earlier in the year"
    return None


def _date_screenings(records: ProgrammeRecords) -> None:
    """Give each screening its date and offset, or report why it has none."""
    context = records.context
    zone = zone_of(context.zone) if context.zone else None
    full = sorted(
        {
            (s.line, s.printed.year, s.printed.month, s.printed.day)
            for s in records.screenings
            if s.printed is not None and s.printed.year is not None
        }
    )
    for film in records.films:
        kept = []
        for screening in film.screenings:
            printed = screening.printed
            assert printed is not None
            year = printed.year if printed.year is not None else context.year
            if year is None:
                records.ambiguous.append(
                    Note(screening.line, f"screening not dated, no edition year: {screening.text}")
                )
                continue
            if printed.year is None and printed.weekday is None:
                crossed = _across_the_year(screening.line, printed, year, full)
                if crossed is not None:
                    note = (
                        f"screening not dated, its year is not sure ({crossed}): {screening.text}"
                    )
                    records.ambiguous.append(Note(screening.line, note))
                    continue
            try:
                screening.day = printed.on(year)
            except DateError as error:
                records.unused.append(Note(screening.line, f"schedule row not imported: {error}"))
                continue
            if zone is not None:
                screening.start_local = datetime.combine(
                    screening.day, screening.start, tzinfo=zone
                )
            kept.append(screening)
        film.screenings = kept
