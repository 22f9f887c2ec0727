"""What the programme-page reader returns: typed records, each with the line it came from.

The records know nothing of RDF: :mod:`dockg.ingest.programme_build` turns them into a graph,
and answer-key tests compare them directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from dockg.ingest.reader.dates import PrintedDate


@dataclass(frozen=True)
class Note:
    """A line of the page the report must show: not used, ambiguous, or not imported.

    Attributes:
        line: the 1-based line number.
        text: the line, or what went wrong with it.
    """

    line: int
    text: str


@dataclass
class ScreeningRecord:
    """One screening of a film.

    Attributes:
        line: the line of the schedule row.
        text: the row as printed.
        day: the local date (None when its year could not be settled).
        start: the local start time.
        venue: the cinema or venue, as printed.
        screen: the screen's number within the venue, if printed.
        printed: the date as printed (the year perhaps missing).
        start_local: the start with its UTC offset, once the time zone is known.
        bare: the row prints nothing but its date and time (:func:`.lines.bare_row`): with
            no venue, still a showing; a row with other text and no venue is not stated.
        slot: the row's text after its time names its film or the block it is shown in
            (``7 p.m. Free Solo``, ``6pm: Opening Night``; :mod:`.grouped`): with no
            venue, still a showing.
    """

    line: int
    text: str
    day: date | None
    start: time
    venue: str | None
    screen: str | None
    printed: PrintedDate | None = None
    start_local: datetime | None = None
    bare: bool = False
    slot: bool = False


@dataclass(frozen=True)
class TitleRecord:
    """A title printed with a label naming it (``English title: Night Fishers``).

    Attributes:
        line: the line.
        title: the title, the label removed.
        language: the language the label names (``en``), or None (``Original title``).
    """

    line: int
    title: str
    language: str | None


@dataclass(frozen=True)
class CreditRecord:
    """A credit line: a role and the names printed under it.

    Attributes:
        line: the line.
        role: the role as printed, lower case (``producer``, ``editor``).
        names: the names as printed.
    """

    line: int
    role: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class ShowingRecord:
    """A line under a filmography entry: where that film was shown.

    Attributes:
        line: the line; ``text`` the line as printed.
        kind: ``festival`` (an edition, perhaps its sections), ``exhibition``,
            ``venue-screening`` or ``collection``.
        year: the year printed.
        name: the festival, venue or holding institution, as printed.
        number: the edition number printed (festivals).
        sections: the sections named after the festival, outermost first.
        country: the venue's country (venue screenings).
        screening: True if an exhibition also screened the film.
    """

    line: int
    text: str
    kind: str
    name: str
    year: int | None = None
    number: int | None = None
    sections: tuple[str, ...] = ()
    country: str | None = None
    screening: bool = False


@dataclass
class FilmographyRecord:
    """A film of the biography's filmography, and the lines under it.

    Attributes:
        line: the entry's line; ``text`` the entry as printed.
        year: the year printed.
        title: the title.
        runtime: an ``xsd:duration`` lexical form, if printed.
        role: the person's role, as printed (``Director``).
        showings: where the film was shown.
    """

    line: int
    text: str
    year: int
    title: str
    runtime: str | None
    role: str
    showings: list[ShowingRecord] = field(default_factory=list)


@dataclass
class FilmRecord:
    """One film block of a programme page.

    Attributes:
        title: the title as printed (quotes removed).
        line: the title's line.
        original_title: a title in another language printed beside it.
        directors: director names as printed, with their lines.
        countries: English country names.
        year: the year printed; ``year_line`` its evidence line.
        runtime: an ``xsd:duration`` lexical form; ``runtime_line`` its line.
        subtitles: subtitle language tags.
        premiere: the premiere flag as printed.
        section: the section the film is shown in, with its line.
        synopsis: running text of the block.
        screenings: its screenings.
        last_line: the block's last line.
        in_programme: False for a film the page only names (a film page's talk lists its
            panel's films): no festival selection is stated for it.
        colour: the colour field as printed (``color``, ``Color+B&W``).
        video_format: the format of the copy shown (``DCP``): a fact of the screenings.
        documentary: True if the header calls the film a documentary.
        statement: running text under a director's statement heading.
        biography: running text under a biography heading (of the first director).
        filmography: the first director's filmography printed in the block.
        credits: credit lines.
        contact: the contact e-mail address, and its line.
        labelled_titles: titles printed with a label naming them (and perhaps their
            language).
        conflicts: how many lines of the block gave a second, other year or runtime.
    """

    title: str
    line: int
    original_title: str | None = None
    directors: list[tuple[str, int]] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    year: int | None = None
    year_line: tuple[int, str] | None = None
    runtime: str | None = None
    runtime_line: tuple[int, str] | None = None
    subtitles: tuple[str, ...] = ()
    premiere: tuple[int, str] | None = None
    section: tuple[int, str] | None = None
    synopsis: list[str] = field(default_factory=list)
    screenings: list[ScreeningRecord] = field(default_factory=list)
    last_line: int = 0
    in_programme: bool = True
    colour: str | None = None
    video_format: str | None = None
    documentary: bool = False
    statement: list[str] = field(default_factory=list)
    biography: list[str] = field(default_factory=list)
    filmography: list[FilmographyRecord] = field(default_factory=list)
    credits: list[CreditRecord] = field(default_factory=list)
    contact: tuple[int, str] | None = None
    labelled_titles: list[TitleRecord] = field(default_factory=list)
    conflicts: int = 0


@dataclass
class PageContext:
    """What the page says of itself: festival, edition, dates, city, time zone.

    Attributes:
        festival: the festival's name as printed (or given), and its line (0 if given).
        number: the edition number printed, and its line.
        year: the edition's year, once settled; ``year_why`` says from what.
        first_day: the festival's first day, if a date range is printed.
        last_day: its last day.
        zone: the IANA time zone of the screenings; ``zone_why`` says from what.
        known_festival: the key of a festival the project knows (its IRI), if resolved.
        published: the date of a news page's date line, and its line.
        language: the page's language tag and the evidence for it (a site profile, the
            HTML ``lang``, the page's labels), if any.
        breadcrumb: the last step of the page's breadcrumb (``Home > Program > SIDOF
            Choice``), and its line: the section of a film page.
    """

    festival: tuple[str, int] | None = None
    number: tuple[int, int] | None = None
    year: int | None = None
    year_why: str = ""
    first_day: date | None = None
    last_day: date | None = None
    zone: str | None = None
    zone_why: str = ""
    known_festival: str | None = None
    published: tuple[date, int] | None = None
    breadcrumb: tuple[int, str] | None = None
    language: tuple[str, str] | None = None


@dataclass
class ProgrammeRecords:
    """Everything read from a programme page.

    Attributes:
        context: the page's context.
        films: the film blocks read, in page order.
        unused: lines no reader took.
        ambiguous: lines that could belong to more than one film, or whose facts conflict.
        not_imported: films the page names that were not imported, and why.
        looked_for: what the reader looked for, for the report of a page with no film.
    """

    context: PageContext
    films: list[FilmRecord]
    unused: list[Note] = field(default_factory=list)
    ambiguous: list[Note] = field(default_factory=list)
    not_imported: list[Note] = field(default_factory=list)

    @property
    def screenings(self) -> list[ScreeningRecord]:
        """Every screening of every film, in page order."""
        return [s for film in self.films for s in film.screenings]
