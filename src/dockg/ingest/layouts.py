"""The line layouts of festival programme pages, one small class per way of printing a thing.

A programme page says the same things on every festival site (which film, by whom, when
and where it screens, who made it) but prints them differently. Each class here recognises
one printing of one thing and returns what it read:

- film headers: :class:`PipeYearHeader` (``2018 | 16min 55sec | color | DCP | English
  subtitles`` under the title and the director), :class:`PipeDirectorHeader`
  (``DIRECTOR | 2018 | Documentary | Color+B&W | DCP | 76min 16sec (K,E)``) and
  :class:`DirectedByHeader` (``Directed By: NAME (South Korea, 2013, 79 mins, DCP)``);
- schedule rows: :class:`DottedDateRow` (``2019.03.23(Sat) 11:00 Lotte Cinema Hongik Univ 2``)
  and :class:`LongDateRow` (``September 18th, 2020 (Friday) | Megabox Baekseok 1 | 16:00 pm``);
- credits: :class:`SpacedCredits` (``Producer     Kim Soyoung  Kang Jinseok``) and
  :class:`ColonCredits` (``Editor: Lee Hana, Cho Minsu``);
- filmography entries: :class:`CommaFilmographyEntry` (``2015 Drifting City, 70min, Director``).

Supporting a new site is adding a class to the tuple of its kind at the end of the module.
"""

from __future__ import annotations

import calendar
import re
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time

from rdflib import URIRef

from dockg.ingest.text import (
    Line,
    colour_of,
    is_video_format,
    parse_runtime,
    subtitle_languages,
)
from dockg.namespaces import DOCKG, SDO

# ---------------------------------------------------------------------------
# Film headers
# ---------------------------------------------------------------------------


@dataclass
class FilmHeader:
    """What a film header says.

    Attributes:
        title: the film's title.
        directors: the director names as printed.
        line: the header line (the evidence for year and runtime).
        consumed: numbers of the lines the header takes up (title, director, header).
        year: the year printed.
        runtime: the runtime as an ``xsd:duration`` lexical form.
        colour: the dockg colour individual.
        video_format: ``DCP``, ``35mm``...
        subtitles: subtitle language tags.
        documentary: True if the header calls the film a documentary.
        fiction: True if the header calls it fiction.
        country: the country of production, as printed.
        unread: header fields not understood.
    """

    title: str
    directors: tuple[str, ...]
    line: Line
    consumed: tuple[int, ...]
    year: int | None = None
    runtime: str | None = None
    colour: URIRef | None = None
    video_format: str | None = None
    subtitles: tuple[str, ...] = ()
    documentary: bool = False
    fiction: bool = False
    country: str | None = None
    unread: list[str] = field(default_factory=list)


_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_TRAILING_PARENS = re.compile(r"^(?P<main>.*?)\s*(?P<parens>\([^()]*\))$")


def _read_fields(header: FilmHeader, fields: Sequence[str]) -> None:
    """Fill a header from its printed fields, whatever their order."""
    for raw in fields:
        text = raw.strip()
        if not text:
            continue
        tail = _TRAILING_PARENS.match(text)
        if tail and tail.group("main") and subtitle_languages(tail.group("parens")):
            header.subtitles = subtitle_languages(tail.group("parens")) or ()
            text = tail.group("main")
        if _YEAR.match(text):
            header.year = int(text)
        elif (runtime := parse_runtime(text)) is not None:
            header.runtime = runtime
        elif (colour := colour_of(text)) is not None:
            header.colour = colour
        elif is_video_format(text):
            header.video_format = text
        elif (languages := subtitle_languages(text)) is not None:
            header.subtitles = languages
        elif text.lower() in ("documentary", "doc", "docu"):
            header.documentary = True
        elif text.lower() in ("fiction", "drama", "narrative"):
            header.fiction = True
        else:
            header.unread.append(text)


def _names(text: str) -> tuple[str, ...]:
    """Split ``"A, B & C"`` into names."""
    return tuple(n.strip() for n in re.split(r"\s*(?:,|&|\band\b)\s*", text) if n.strip())


def _previous_text(lines: Sequence[Line], index: int, skip: re.Pattern[str]) -> int | None:
    """Index of the nearest non-blank line before ``index`` not matching ``skip``."""
    for back in range(index - 1, -1, -1):
        text = lines[back].text
        if text and not skip.match(text):
            return back
    return None


#: Lines printed between a title and its header that are not the title (premiere flags).
PREMIERE = re.compile(
    r"^(?:World|International|Asian|Asia|Korean|National|European|North American)\s+Premiere$",
    re.IGNORECASE,
)
_NOTHING = re.compile(r"(?!)")


class HeaderLayout(ABC):
    """A way of printing a film's header."""

    @abstractmethod
    def match(self, lines: Sequence[Line], index: int) -> FilmHeader | None:
        """Read the header if ``lines[index]`` is its key line, else return None."""


class PipeYearHeader(HeaderLayout):
    """``2018 | 16min 55sec | color | DCP | English subtitles``, director above, title above it."""

    def match(self, lines: Sequence[Line], index: int) -> FilmHeader | None:
        line = lines[index]
        fields = [f.strip() for f in line.text.split("|")]
        if len(fields) < 3 or not _YEAR.match(fields[0]):
            return None
        if not any(parse_runtime(f) for f in fields[1:]):
            return None
        director = _previous_text(lines, index, _NOTHING)
        title = None if director is None else _previous_text(lines, director, PREMIERE)
        if director is None or title is None:
            return None
        header = FilmHeader(
            title=lines[title].text,
            directors=_names(lines[director].text),
            line=line,
            consumed=(lines[title].number, lines[director].number, line.number),
        )
        _read_fields(header, fields)
        return header


class PipeDirectorHeader(HeaderLayout):
    """``DIRECTOR | 2018 | Documentary | Color+B&W | DCP | 76min 16sec (K,E)``, title above."""

    def match(self, lines: Sequence[Line], index: int) -> FilmHeader | None:
        line = lines[index]
        fields = [f.strip() for f in line.text.split("|")]
        if len(fields) < 3 or not _YEAR.match(fields[1]) or _YEAR.match(fields[0]):
            return None
        if not re.fullmatch(r"[A-Za-z][A-Za-z .,&'-]+", fields[0]):
            return None
        title = _previous_text(lines, index, PREMIERE)
        if title is None:
            return None
        header = FilmHeader(
            title=lines[title].text,
            directors=_names(fields[0]),
            line=line,
            consumed=(lines[title].number, line.number),
        )
        _read_fields(header, fields[1:])
        return header


class DirectedByHeader(HeaderLayout):
    """``Directed By: NAME (South Korea, 2013, 79 mins, DCP)``, title above."""

    _PATTERN = re.compile(
        r"^Directed\s+by\s*:?\s*(?P<names>[^()]+?)\s*\((?P<fields>[^()]*)\)$", re.IGNORECASE
    )

    def match(self, lines: Sequence[Line], index: int) -> FilmHeader | None:
        line = lines[index]
        found = self._PATTERN.match(line.text)
        if found is None:
            return None
        title = _previous_text(lines, index, PREMIERE)
        if title is None:
            return None
        header = FilmHeader(
            title=lines[title].text,
            directors=_names(found.group("names")),
            line=line,
            consumed=(lines[title].number, line.number),
        )
        fields = [f.strip() for f in found.group("fields").split(",")]
        if fields and not _YEAR.match(fields[0]) and parse_runtime(fields[0]) is None:
            header.country = fields.pop(0)
        _read_fields(header, fields)
        return header


# ---------------------------------------------------------------------------
# Schedule rows
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ScheduleRow:
    """One screening in a schedule table.

    Attributes:
        day: the date.
        start: the local start time.
        theater: the cinema's name.
        screen: the screen's number or name within the cinema, if printed.
    """

    day: date
    start: time
    theater: str
    screen: str | None


class ScheduleError(ValueError):
    """A line looks like a schedule row but does not hold together (a wrong weekday)."""


_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)} | {
    name.lower(): i for i, name in enumerate(calendar.day_abbr)
}


def _month(word: str) -> int | None:
    """The month a name or abbreviation of three letters or more stands for (``Sept`` → 9)."""
    word = word.lower().rstrip(".")
    if len(word) < 3:
        return None
    found = [i for i, name in enumerate(calendar.month_name) if name.lower().startswith(word)]
    return found[0] if len(found) == 1 else None


def _checked_day(year: int, month: int, day_of_month: int, weekday: str) -> date:
    try:
        day = date(year, month, day_of_month)
    except ValueError as error:
        raise ScheduleError(f"no such date: {error}") from error
    expected = _WEEKDAYS.get(weekday.lower().rstrip("."))
    if expected is not None and expected != day.weekday():
        raise ScheduleError(
            f"{day.isoformat()} is a {calendar.day_name[day.weekday()]}, not {weekday}"
        )
    return day


def _clock(hour: int, minute: int, meridiem: str | None) -> time:
    """A 24-hour time; ``pm`` only shifts hours before 12 (sites print ``16:00 pm``)."""
    if meridiem and meridiem.lower() == "pm" and hour < 12:
        hour += 12
    elif meridiem and meridiem.lower() == "am" and hour == 12:
        hour = 0
    if not (0 <= hour < 24 and 0 <= minute < 60):
        raise ScheduleError(f"no such time: {hour:02d}:{minute:02d}")
    return time(hour, minute)


def _theater_and_screen(text: str) -> tuple[str, str | None]:
    """``Lotte Cinema Hongik Univ 2`` → (``Lotte Cinema Hongik Univ``, ``2``)."""
    found = re.fullmatch(r"(?P<theater>.+?)\s+(?:(?:screen|hall|관)\s*)?(?P<screen>\d{1,2})", text)
    if found is None:
        return text.strip(), None
    return found.group("theater"), found.group("screen")


class ScheduleLayout(ABC):
    """A way of printing one row of a screening schedule."""

    @abstractmethod
    def match(self, text: str) -> ScheduleRow | None:
        """Read a row, or return None if the line is not one.

        Raises:
            ScheduleError: if the line is a row whose parts disagree.
        """


class DottedDateRow(ScheduleLayout):
    """``2019.03.23(Sat) 11:00 Lotte Cinema Hongik Univ 2``."""

    _PATTERN = re.compile(
        r"^(?P<y>\d{4})[.-](?P<m>\d{1,2})[.-](?P<d>\d{1,2})\.?\s*\((?P<wd>[A-Za-z]{2,9})\)\s+"
        r"(?P<h>\d{1,2}):(?P<min>\d{2})\s+(?P<venue>.+)$"
    )

    def match(self, text: str) -> ScheduleRow | None:
        found = self._PATTERN.match(text)
        if found is None:
            return None
        day = _checked_day(int(found["y"]), int(found["m"]), int(found["d"]), found["wd"])
        theater, screen = _theater_and_screen(found["venue"])
        return ScheduleRow(day, _clock(int(found["h"]), int(found["min"]), None), theater, screen)


class LongDateRow(ScheduleLayout):
    """``September 18th, 2020 (Friday) | Megabox Baekseok 1 | 16:00 pm``."""

    _PATTERN = re.compile(
        r"^(?P<month>[A-Za-z]+)\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\s*"
        r"\((?P<wd>[A-Za-z]+)\)\s*\|\s*(?P<venue>[^|]+?)\s*\|\s*"
        r"(?P<h>\d{1,2}):(?P<min>\d{2})\s*(?P<ampm>[ap]\.?m\.?)?$",
        re.IGNORECASE,
    )

    def match(self, text: str) -> ScheduleRow | None:
        found = self._PATTERN.match(text)
        month = _month(found["month"]) if found is not None else None
        if found is None or month is None:
            return None
        day = _checked_day(int(found["y"]), month, int(found["d"]), found["wd"])
        meridiem = found["ampm"].replace(".", "") if found["ampm"] else None
        theater, screen = _theater_and_screen(found["venue"])
        return ScheduleRow(
            day, _clock(int(found["h"]), int(found["min"]), meridiem), theater, screen
        )


# ---------------------------------------------------------------------------
# Credits
# ---------------------------------------------------------------------------

#: Credit roles and the properties that state them.
ROLES: dict[str, URIRef] = {
    "director": SDO.director,
    "directed by": SDO.director,
    "producer": SDO.producer,
    "produced by": SDO.producer,
    "cinematographer": DOCKG.cinematographer,
    "cinematography": DOCKG.cinematographer,
    "director of photography": DOCKG.cinematographer,
    "editor": DOCKG.filmEditor,
    "editing": DOCKG.filmEditor,
    "edited by": DOCKG.filmEditor,
    "music": SDO.musicBy,
    "music by": SDO.musicBy,
}


@dataclass(frozen=True)
class Credit:
    """One credit line: a role and the names under it.

    Attributes:
        role: the role as printed.
        property: the property stating it.
        names: the names, as printed.
    """

    role: str
    property: URIRef
    names: tuple[str, ...]


class CreditLayout(ABC):
    """A way of printing a credit line."""

    @abstractmethod
    def match(self, line: Line) -> Credit | None:
        """Read a credit line, or return None."""


class SpacedCredits(CreditLayout):
    """``Producer     Kim Soyoung  Kang Jinseok``: role and names apart by runs of spaces."""

    def match(self, line: Line) -> Credit | None:
        parts = [p for p in re.split(r"\s{2,}|\t+", line.raw.strip()) if p]
        if len(parts) < 2 or parts[0].lower() not in ROLES:
            return None
        return Credit(parts[0], ROLES[parts[0].lower()], tuple(parts[1:]))


class ColonCredits(CreditLayout):
    """``Editor: Lee Hana, Cho Minsu``."""

    def match(self, line: Line) -> Credit | None:
        role, colon, names = line.text.partition(":")
        if not colon or role.strip().lower() not in ROLES or "(" in names:
            return None
        found = _names(names)
        if not found:
            return None
        return Credit(role.strip(), ROLES[role.strip().lower()], found)


# ---------------------------------------------------------------------------
# Filmography entries
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FilmographyEntry:
    """A film in a director's filmography.

    Attributes:
        year: the year printed.
        title: the title.
        runtime: the runtime as an ``xsd:duration`` lexical form, if printed.
        role: the person's role (``Director``).
    """

    year: int
    title: str
    runtime: str | None
    role: str


class FilmographyLayout(ABC):
    """A way of printing a filmography entry."""

    @abstractmethod
    def match(self, text: str) -> FilmographyEntry | None:
        """Read an entry, or return None."""


class CommaFilmographyEntry(FilmographyLayout):
    """``2014 Heart of Snow, Heart of Blood, 98min, Director`` (titles may hold commas)."""

    _PATTERN = re.compile(
        r"^(?P<year>(?:19|20)\d{2})\s+(?P<title>.+),\s*(?P<runtime>\d+\s*(?:min|mins|minutes|')"
        r"(?:\s*\d+\s*(?:sec|secs|s))?)\s*,\s*(?P<role>[A-Za-z][A-Za-z /&-]*)$"
    )

    def match(self, text: str) -> FilmographyEntry | None:
        found = self._PATTERN.match(text)
        if found is None:
            return None
        return FilmographyEntry(
            int(found["year"]),
            found["title"].strip(),
            parse_runtime(found["runtime"]),
            found["role"].strip(),
        )


#: The layouts tried, in order, for each kind of line.
HEADER_LAYOUTS: tuple[HeaderLayout, ...] = (
    PipeYearHeader(),
    PipeDirectorHeader(),
    DirectedByHeader(),
)
SCHEDULE_LAYOUTS: tuple[ScheduleLayout, ...] = (DottedDateRow(), LongDateRow())
CREDIT_LAYOUTS: tuple[CreditLayout, ...] = (SpacedCredits(), ColonCredits())
FILMOGRAPHY_LAYOUTS: tuple[FilmographyLayout, ...] = (CommaFilmographyEntry(),)
