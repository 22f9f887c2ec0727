"""What each line of a programme page is, before blocks are formed.

A line is blank, a heading (``Synopsis``, ``Termine``, ``상영일정``), a festival banner, a
schedule row (a date and a time), a date standing alone over time rows, a line of header
fields, a film named inline (``"Title" by Name (Country, 2019, 90 min)``), a section label,
a premiere flag, running text, or short text (a title, a name, a heading we do not know).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from dockg.ingest.reader.dates import (
    WEEKDAYS,
    ZONE_ABBREVIATION,
    ZONE_AFTER_TIME,
    DateError,
    PrintedDate,
    PrintedTime,
    find_date,
    find_times,
    prints_date_or_time,
)
from dockg.ingest.reader.fields import (
    AGE_RATING,
    CAPS_COMMA,
    DIRECTOR_LABEL,
    FIELD_LABEL,
    SECTION_LABEL,
    TITLE_FIELDS_DIR,
    Meta,
    field_only,
    genre_with_fields,
    in_capitals,
    is_headline,
    is_premiere,
    looks_like_name,
    read_caps_credit,
    read_caps_directed,
    read_caps_entry,
    read_credit_first,
    read_list_entry,
    read_meta,
    read_part,
    read_quoted_entry,
    read_spaced_fields,
    read_title_bar_directed,
    read_title_by_fields,
    read_title_dir,
    read_title_dot_director,
    read_title_fields_dir,
    read_title_names_fields,
    read_title_names_slashed,
    read_title_names_year,
    read_title_then_slashed,
    split_names,
    split_title_director,
)
from dockg.ingest.text import Line, is_prose


class LineKind(StrEnum):
    """The kinds of line of a programme page."""

    BLANK = "blank"
    HEADING = "heading"
    SCHEDULE = "schedule"
    BAD_SCHEDULE = "bad-schedule"
    DATE = "date"
    META = "meta"
    INLINE = "inline"
    SECTION = "section"
    PREMIERE = "premiere"
    PROSE = "prose"
    TEXT = "text"


_HEADINGS = re.compile(
    r"^(?:synopsis|summary|about the film|screening\s+schedule|screenings?|schedule|dates?|"
    r"showtimes?|tickets?|credits?|filmography|filmografie|filmographie|biografie|biographie|"
    r"contact|director'?s?[’']?s?\s+(?:statement|note)|"
    r"biography|bio|inhalt|termine?|vorführungen|spielzeiten|spieltermine|stab|"
    r"시놉시스|줄거리|상영\s*일정|상영\s*시간표|상영정보|감독\s*소개|크레딧|"
    r"(?:date|time|theat(?:er|re)|venue|information|screen|place|datum|zeit|kino|ort)"
    r"(?:\s*[|/]?\s*(?:date|time|theat(?:er|re)|venue|information|screen|place|datum|zeit|kino|ort))*)"
    r"(?:\s*\([^()]*\))?\s*:?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ScheduleCell:
    """One screening read from a row: its printed date, time and venue text."""

    date: PrintedDate | None
    hour: int
    minute: int
    venue: str


@dataclass
class Classified:
    """A line and what it is.

    Attributes:
        line: the line.
        kind: its kind.
        meta: the fields read, for META and INLINE lines.
        cells: the screenings of a SCHEDULE line.
        date: the date of a DATE line.
        title: the title of an INLINE line.
        other: its other title, if printed.
        error: why a BAD_SCHEDULE line cannot be read.
    """

    line: Line
    kind: LineKind
    meta: Meta | None = None
    cells: tuple[ScheduleCell, ...] = ()
    date: PrintedDate | None = None
    title: str | None = None
    error: str = ""
    other: str | None = None


_INLINE = re.compile(
    r"^[\"“„«‘'](?P<title>[^\"“”„«»‘’]+)[\"”“»’']\s*,?\s*"
    r"(?:\((?P<paren>[^()]*)\)|(?P<rest>(?:by|directed by|dir\.|von|regie:?)\s+.+))\s*$",
    re.IGNORECASE,
)
#: ``Ceuta's Gate (19 min)``: a title with its runtime (and year, country) in parentheses.
#: ``- TEEN REGIME (Japan, 2022, 49 Min.): Die Handlung …``: a list's entry, its fields in
#: parentheses, a colon and its synopsis.
_FIELDS_THEN_GLOSS = re.compile(
    r"^[-–•*]\s+(?P<title>[^()\-–:][^():]{1,80}?)\s*\((?P<fields>[^()]*\d[^()]*)\):\s+\S"
)
_TITLE_RUNTIME = re.compile(r"(?P<title>[^()]{2,80}?)\s*\((?P<fields>[^()]*\d[^()]*)\)")
#: ``Lost Ones Dir. Andrew McVicar. UK 2024. 13 min.``: a title, then ``Dir.`` (capital
#: D) and the director and fields.
_TITLE_THEN_DIR = re.compile(r"^(?P<title>[^|,;:]{2,80}?)\s+(?:Dir|DIR)\.?\s+(?P<rest>[A-ZÀ-Þ].*)$")
#: ``93Queen, Dir. Paula Eiselt``, ``Behind the Curve Dir. Daniel J. Clark``
_TITLE_DIR_CREDIT = re.compile(
    r"(?P<title>.+?),?\s+(?:dir\.|directed\s+by)\s+(?P<names>[A-ZÀ-Þ].*)", re.IGNORECASE
)
#: A line naming a programme of several films, not a film (``Sechs Filme für Kids ab 8``).
_PROGRAMME_WORDS = re.compile(
    r"\b(?:filme|films|kurzfilme|shorts|programm|programme|program|단편\s*모음)\b", re.IGNORECASE
)
#: A link to read more after a line's last field, its runtime (``… 4 Min. mehr``).
_MORE_AFTER_FIELDS = re.compile(
    r"(?P<body>.*\d\s*(?:min|mins|minuten|minutes|min\.)\.?)\s*[»›>]?\s*"
    r"(?:mehr|more|read\s+more|weiterlesen|mehr\s+erfahren|details|info)\s*[»›>]?$",
    re.IGNORECASE,
)
#: Words that stand alone between a row's times or days: no venue (``5pm and 7:30pm``).
_LONE_PREPOSITIONS = frozenset(
    ["at", "um", "in", "im", "@", "à", "ab", "and", "und", "or", "oder", "&", "sowie", "및"]
)
_PREPOSITION = re.compile(r"^(?:(?:in\s+den|in\s+der|im|in|at\s+the|at)\s+|@\s*)", re.IGNORECASE)
#: The labels of a row's time or place (``Beginn:``, ``Uhrzeit:``, ``Ort:``), no part of a
#: venue's name.
_TIME_OR_PLACE_LABEL = re.compile(
    r"(?:^|(?<=\s))(?:beginn|start|starts|begins|einlass|uhrzeit|zeit|time|doors(?:\s+open)?|"
    r"ort|spielort|venue|location|where|wo)\s*:(?=\s|$)",
    re.IGNORECASE,
)
#: Words naming what a row's time is (``Doors 6pm, Screening 6:30pm``), no venue's.
_TIME_WORDS = frozenset(
    {
        "doors",
        "doors open",
        "screening",
        "screenings",
        "film",
        "show",
        "showtime",
        "beginn",
        "einlass",
        "einlaß",
        "start",
        "vorstellung",
        "vorführung",
        "filmbeginn",
    }
)
#: The copy's version after a row's time (``6pm in OV with English subtitles``, once what
#: comes with it is cut): no venue.
_VERSION_FLAG = re.compile(
    r"(?:in\s+(?:the\s+)?)?(?:OV|OF|OmU|OmeU|OmdU|OmenglU|OV/OmU|DF|Originalfassung|"
    r"original\s+version|original\s+language)",
    re.IGNORECASE,
)
#: What joins a row's cells or its showings (``@ Vancity & 12 May …``): no part of a venue.
_VENUE_SEPARATORS = re.compile(r"^[\s|,/–—&·•∙>»›-]+|[\s|,/–—&·•∙>»›-]+$")


#: ``Theatre 1``, ``Cinema 3`` (a generic word: the screen is its ``number``), ``Saal 2``,
#: ``Red Hall`` (the ``screen`` is the hall's name), ``NFT2`` (the BFI Southbank's screens,
#: once the National Film Theatre's): a hall of the house named before it.
HALL = (
    r"(?:(?:theat(?:re|er)|screen|kino|cinema)\s+(?P<number>\d{1,2})|"
    r"(?P<screen>(?:[\w’'-]+\s+){0,2}(?:hall|saal|room|studio|salle|sala)(?:\s+\d{1,2})?|"
    r"NFT\s?\d))"
)
_HALL_PART = re.compile(HALL, re.IGNORECASE)
#: ``GFT /``, ``Filmhaus |``: a short venue before a row's date, a slash or a bar after it.
_LEAD_VENUE = re.compile(r"[A-ZÄÖÜ][\w.’'&-]*(?:\s[A-ZÄÖÜ][\w.’'&-]*){0,3}\s*[/|]")


def _venue_text(text: str) -> str:
    """What is left of a row once date and time are removed: the venue (empty when what is
    left holds a year or a runtime, which no venue name does). Remarks in parentheses
    (``(GV: …)``, ``(mit Werkstattgespräch)``) and a leading ``in den``/``im``/``at`` go."""
    # ``Picturehouse (FACT) Liverpool``: an acronym in parentheses inside the name is the
    # name's; other parentheses hold remarks
    text = re.sub(r"\((?![A-Z]{3,6}\)\s+\w)[^()]*\)", " ", text)
    text = re.sub(r"\s{2,}", " ", text)
    # ``BFI Southbank, NFT2.``: the sentence's stop, not the name's (``Main St.`` keeps it)
    text = re.sub(r"(?<![\s.])(?<!\b(?:St|Rd|Co))(?<!\b(?:Ave|Str|Inc|Ltd))\.\s*$", "", text)
    text = re.sub(r"(?:^|\s)\+.*$", "", text)  # ``+GV``, ``+ Filmgespräch``: an event added
    # ``(Einlaß ab 19:00h)``, ``doors open 6pm``: when the doors open, no venue
    text = re.sub(r"\(?\s*\b(?:einla(?:ss|ß)|doors?\s+open)\b.*$", "", text, flags=re.I)
    # ``with Q&A``, ``mit Filmgespräch``: what comes with the showing, no venue
    text = re.sub(r"(?:^|\s)(?:with|mit|followed\s+by|gefolgt\s+von)\s.*$", "", text, flags=re.I)
    text = re.sub(r"\s*(?:\||,|/|–|—|\s-\s)\s*", " | ", text)
    parts = [p.strip() for p in text.split("|")]
    parts = [p for p in parts if p and not re.fullmatch(r"[\s.,:;()\[\]~-]*", p)]
    # ``Mon. Apr. 29 at 12:45 p.m. at the Hart House``: the ``at`` before the time is none
    parts = [p for p in parts if p.casefold() not in _LONE_PREPOSITIONS]
    # ``Termin: Fr., 1.2.2019, Beginn: 18:30``: the time's label is no venue, nor is the
    # venue's own label before its name (``Ort: Kino Example``)
    parts = [_TIME_OR_PLACE_LABEL.sub("", p).strip() for p in parts]
    # ``Doors 6pm, Screening 6:30pm``: the words naming what each time is, no venue
    parts = [p for p in parts if p and p.casefold() not in _TIME_WORDS]
    # ``| Thursday | Picturehouse Central | 8:30 pm | Buy your tickets HERE``: the day's
    # name and a call to book are cells of the row, not of the venue
    parts = [
        p
        for p in parts
        if p.casefold().rstrip(".") not in WEEKDAYS
        and not re.fullmatch(r"[월화수목금토일]요일", p)  # ``수요일``: Wednesday
        and not _BOOKING.match(p)
        and not _PRICE.fullmatch(p)  # ``$12``: what a ticket costs
        and not _ADMISSION.fullmatch(p)  # ``Maxx 1, Eintritt frei``: what it costs
        and not ZONE_ABBREVIATION.fullmatch(p)  # ``6:30 pm PT``: the time's zone
        and not is_premiere(p)  # ``Campus Theatre | North Texas Premiere``: a flag
        and not _VERSION_FLAG.fullmatch(p)  # ``5:00pm, OV with English subtitles``
        and p.upper() not in ("TBC", "TBA", "TBD")  # ``Sun Nov 3, TBC 5:00pm - Venue``
    ]
    # ``Whitney Humanities Center, 53 Wall Street, New Haven``: the street address and the
    # town after it are where the venue is, not its name
    street = next((i for i, p in enumerate(parts) if STREET_ADDRESS.fullmatch(p)), None)
    if street:
        parts = parts[:street]
    housed = [p for p in parts if NAMES_A_VENUE.search(p) and not _HALL_PART.fullmatch(p)]
    if (
        len(parts) >= 2
        and len(housed) == 1
        and all(re.fullmatch(r"[A-ZÄÖÜ][\w-]+", p) for p in parts if p != housed[0])
    ):
        # ``Schorndorf, Kino Kleine Fluchten``: a town, then the house (or the house,
        # then its town): the house alone is the venue
        parts = housed
    venue = " ".join(parts)
    if len(parts) >= 2 and _HALL_PART.fullmatch(parts[-1]):
        # ``san marco theatre - Theatre 1``: the house, then its hall, kept apart
        venue = " ".join(parts[:-1]) + ", " + parts[-1]
    if any(read_part(Meta(), p) and not p.strip().isdigit() for p in parts):
        return ""
    if _EVENT_IN_VENUE.search(venue):
        return ""  # ``Eröffnungsfeier im Deutschen Theater``: an event and where, not a name
    if _PROGRAMME_WORDS.search(venue) or _PROGRAMME_IN_VENUE.search(venue):
        return ""  # ``16.00 Small Axe Short Films``, ``Dokumentarisches Trio``: a programme's
    if _ADMISSION.fullmatch(venue):
        return ""  # ``7:00 PM FREE``: what the showing costs
    if _ONLINE.search(venue):
        return ""  # ``Available for 48 hrs from``, ``Online``: a window to watch in, no house
    venue = _VENUE_SEPARATORS.sub("", _BOOKING_AFTER.sub("", venue)).strip()
    venue = re.sub(r"(?<=[a-zäöüß]{3})\.$", "", venue)  # the sentence's full stop
    return _PREPOSITION.sub("", venue)


#: A title in angle brackets or quotation marks among the parts of a line: the line names
#: a film (``마리 노엘 감독의 <마리 퀴리> / 제작국가: Germany, France, Poland``), it is no
#: line of another film's fields.
_TITLE_IN_MARKS = re.compile(r"<[^<>]+>|《[^《》]+》|“[^“”]+”|‘[^‘’]+’|„[^„“]+“|«[^«»]+»")
#: A street address (``53 Wall Street``, ``1308 W. Dayton St.``, ``Hauptstraße 12``).
STREET_ADDRESS = re.compile(
    r"\d{1,5}[a-z]?\s+(?:[A-Z0-9][\w.'’-]*\s+){1,4}(?:street|st|avenue|ave|road|rd|boulevard|blvd|"
    r"lane|ln|drive|dr|way|place|pl|square|sq)\.?|"
    r"(?:[A-ZÄÖÜ][\wäöüß.-]*\s+)?[\wäöüß.-]*(?:straße|strasse|str\.|weg|platz|allee|gasse|damm|"
    r"ufer)\s+\d{1,4}[a-z]?",
    re.IGNORECASE,
)
#: ``foto_11.jpg``, ``Forest City - A doc.jpg``: a picture's file name printed where the
#: page shows it.
FILE_NAME = re.compile(
    r"^[^.!?]{1,80}\.(?:jpe?g|png|gif|webp|tiff?|svg|pdf)$"
    # ``Hunting Elephants 300x200``: a picture's alt text with its size in pixels
    r"|^[^.!?]{1,80}\s\d{2,4}\s?[x×]\s?\d{2,4}$",
    re.IGNORECASE,
)
#: An event named where a row's venue stands.
_EVENT_IN_VENUE = re.compile(
    r"(?:eröffnung|feier|preisverleihung|empfang|gala|ceremony|reception|party|opening\s+night|"
    r"closing\s+night|award|"
    # ``Filmgespräch im Anschluss an die Vorführung``: what follows the showing, no house
    r"gespräch|diskussion|im\s+anschluss|anschließend|vorführung|q\s*&\s*a\b|discussion)",
    re.IGNORECASE,
)
#: Names of a programme of films where a row's venue stands (``Dokumentarisches Trio``).
_PROGRAMME_IN_VENUE = re.compile(
    r"\b(?:trio|double\s+feature|triple\s+feature|doppelprogramm|kurzfilmprogramm)\b", re.I
)
#: What a showing costs, printed after its time (``FREE``, ``Eintritt frei``).
_ADMISSION = re.compile(
    r"(?:free(?:\s+(?:admission|entry|event|screening))?|admission\s+free|eintritt\s+frei|"
    r"frei|gratis|kostenlos|sold\s+out|ausverkauft|무료)[.!]?",
    re.IGNORECASE,
)
#: A showing online, printed where a row's venue stands.
_ONLINE = re.compile(
    r"\b(?:available|verfügbar|abrufbar|on\s+demand|online|stream(?:ing|ed)?|livestream|"
    r"virtual|virtuell)\b",
    re.IGNORECASE,
)
#: A ticket's price printed as a row's cell (``$12``, ``8 €``, ``5,50 Euro``).
_PRICE = re.compile(
    r"[$€£]\s*\d+(?:[.,]\d{2})?(?:\s*[-–/]\s*[$€£]?\s*\d+(?:[.,]\d{2})?)?|"
    r"\d+(?:[.,]\d{2})?\s*(?:€|eur|euro|dollars?|원)",
    re.IGNORECASE,
)
#: A call to buy a ticket printed in a row.
_BOOKING = re.compile(
    r"^(?:buy|book|get)\b.*\btickets?\b|^(?:tickets?|book\s+now|karten|tickets?\s+kaufen|예매)\b",
    re.IGNORECASE,
)
#: A link to book or read more, run on after a row's venue (``Gartenbaukino Mehr Infos
#: und Tickets``).
_BOOKING_AFTER = re.compile(
    r"\s+(?:mehr\s+infos?(?:\s+(?:und|&)\s+tickets?)?|infos?\s+(?:und|&)\s+tickets?|"
    r"tickets?(?:\s+kaufen)?|buy\s+tickets?|book\s+(?:now|tickets?)|more\s+info(?:rmation)?|"
    r"info\s*&\s*tickets?|read\s+more)\s*$",
    re.IGNORECASE,
)
#: What joins the start and end of a time range (``02:30pm to 04:00pm``, ``14:30–16:00``).
_RANGE_JOIN = re.compile(r"\s*(?:to|till|until|bis|–|—|-)\s*", re.IGNORECASE)


def _without_range_ends(text: str, times: list[PrintedTime]) -> tuple[str, list[PrintedTime]]:
    """Drop the end of each time range: it is when the screening ends, not a second one.
    The range's end (and brackets around the range) is blanked out of the text, so that
    it is read as no venue; the text keeps its length and every position."""
    kept: list[PrintedTime] = []
    for clock in times:
        if kept and _RANGE_JOIN.fullmatch(text[kept[-1].end : clock.start]):
            start, end = kept[-1].end, clock.end
            if end < len(text) and text[end] in ")]":
                end += 1
            text = text[:start] + " " * (end - start) + text[end:]
            opening = text.rfind("[", 0, kept[-1].start)
            if opening >= 0 and not text[opening + 1 : kept[-1].start].strip():
                text = text[:opening] + " " + text[opening + 1 :]
            continue
        kept.append(clock)
    return text, kept


#: A word for the doors' opening right before a time (``Einlaß ab``, ``Doors``, ``doors
#: open at``).
_DOORS_BEFORE = re.compile(
    r"\b(?:einla(?:ss|ß)|türöffnung|doors?(?:\s+open)?)\s*(?:ab|at|um|from)?\s*:?\s*$",
    re.IGNORECASE,
)


def _without_doors(text: str, times: list[PrintedTime]) -> tuple[str, list[PrintedTime]]:
    """``10:20 for 11 am``: the doors open at the first time for a start at the second;
    the first is blanked out of the text (its length and positions kept) and dropped. So
    is a time after a word for the doors' opening, where the row prints another."""
    kept: list[PrintedTime] = []
    for clock in times:
        if len(times) > 1 and _DOORS_BEFORE.search(text[max(0, clock.start - 24) : clock.start]):
            # ``19:30 Uhr (Einlaß ab 19:00h)``, ``Doors 6pm, Screening 6:30pm``: when the
            # doors open, no showing
            text = text[: clock.start] + " " * (clock.end - clock.start) + text[clock.end :]
            continue
        if kept and re.fullmatch(r"\s+for\s+", text[kept[-1].end : clock.start]):
            start, end = kept[-1].start, clock.start
            text = text[:start] + " " * (end - start) + text[end:]
            kept[-1] = clock
            continue
        kept.append(clock)
    return text, kept


#: ``Title | 14:30`` or ``Title | [02:30pm to 04:00pm]``: a title, then only its time.
_TITLE_THEN_TIME = re.compile(r"^(?P<title>[^|\d]{2,80}?)\s*\|\s*(?P<rest>[^|]+)$")


def _title_row(text: str, cells: tuple[ScheduleCell, ...]) -> str | None:
    """The title of a row that is a title and one time (or time range), else None."""
    found = _TITLE_THEN_TIME.match(text)
    if found is None or len(cells) != 1 or cells[0].date is not None or cells[0].venue:
        return None
    title = found["title"].strip()
    named = looks_like_name(title) and title.split()[0].casefold() not in _ARTICLES
    if read_part(Meta(), title) or named or find_date(title) is not None:
        return None  # a field, a name (``Anna Berg | 14:30``) or a date is no title
    return title


#: Articles that open a title, never a name (``A Northern Soul``).
_ARTICLES = frozenset(["a", "an", "the", "der", "die", "das", "ein", "eine", "le", "la", "les"])


def read_schedule(text: str) -> tuple[ScheduleCell, ...]:
    """The screenings of a row: one per date printed (a time after each), or a time alone.

    Raises:
        DateError: if a time printed does not exist.
    """
    times = find_times(text)
    if not times:
        return ()
    text, times = _without_range_ends(text, times)
    text, times = _without_doors(text, times)
    for clock in times:
        zone = ZONE_AFTER_TIME.match(text, clock.end)
        if zone is not None:  # ``6:30 pm PT``: the time's zone, no venue
            text = text[: zone.start()] + " " * (zone.end() - zone.start()) + text[zone.end() :]
    dates: list[PrintedDate] = []
    rest = 0
    while (found := find_date(text[rest:])) is not None:
        shifted = PrintedDate(
            found.month,
            found.day,
            found.year,
            found.weekday,
            found.weekday_text,
            found.start + rest,
            found.end + rest,
        )
        dates.append(shifted)
        rest = shifted.end
    if not dates:
        cells = []
        for i, clock in enumerate(times):
            end = times[i + 1].start if i + 1 < len(times) else len(text)
            venue = _venue_text(text[clock.end : end])
            cells.append(ScheduleCell(None, clock.value.hour, clock.value.minute, venue))
        return tuple(cells)
    times = [t for t in times if not any(d.start <= t.start < d.end for d in dates)]
    bounds = [0] + [d.start for d in dates[1:]] + [len(text)]
    cells = []
    for i, printed in enumerate(dates):
        low, high = bounds[i], bounds[i + 1]
        mine = [t for t in times if low <= t.start < high]
        if not mine:
            return ()
        if any(t.end <= printed.start for t in mine) and any(t.start >= printed.end for t in mine):
            # ``Sun 21 (13.15) & Mon 22 Feb (11.00)``: times either side of one date, the
            # first after a day the reader does not read as a date; which day is whose is
            # not sure, so the row is not read
            return ()
        if len(mine) == 1:
            clock = mine[0]
            # the venue follows the date; what precedes it is a label or a title
            venue = " | ".join((text[printed.end : clock.start], text[clock.end : high]))
            if clock.end <= printed.start:
                # ``7:30 pm Wed. September 18, 2013 @ Studio on the Square``: the time
                # first, then the date, then the venue (never the date in it)
                between = text[clock.end : printed.start]
                venue = " | ".join((between, text[printed.end : high]))
            lead = text[low : printed.start].strip()
            if not _venue_text(venue) and _LEAD_VENUE.fullmatch(lead):
                # ``GFT / Wed 24 Feb (13.30) with Q&A``: the venue, a slash, the date
                venue = lead
            cells.append(
                ScheduleCell(printed, clock.value.hour, clock.value.minute, _venue_text(venue))
            )
            continue
        for k, clock in enumerate(mine):
            end = mine[k + 1].start if k + 1 < len(mine) else high
            venue = _venue_text(text[clock.end : end])
            cells.append(ScheduleCell(printed, clock.value.hour, clock.value.minute, venue))
    return tuple(cells)


_VENUE_LABEL = re.compile(
    r"(?:^|\|)\s*(?:venue|ort|spielort|kino|장소|상영관)\s*:?\s+(?P<venue>[^|]+?)\s*(?:\||$)",
    re.IGNORECASE,
)
#: What may stand before a row's date without being a title: a label, a weekday.
_LEAD = re.compile(r"^(?:[^?:]*[?:]\s*)|(?:[A-Za-zÄÖÜäöü]{2,10}\.?,?)$")
#: A row's lead that names a venue by its kind (``Regent Street Cinema,``), not a title.
#: The last word of a venue's name by its kind (``Regent Street Cinema``, ``Korean Cultural
#: Centre``).
VENUE_WORDS = (
    r"(?:cinema|kino|theat(?:re|er)|hall|centre|center|saal|filmhaus|cinematheque|cinémathèque)"
)
#: A word of theatres in what follows a row's time (``18:00 - Kino 2``): a venue's.
#: German compounds count (``Kinosaal``, ``Großer Saal``, ``Stadthalle``).
NAMES_A_VENUE = re.compile(r"\b" + VENUE_WORDS + r"\b|\b\w+(?:saal|kino|halle)\b", re.IGNORECASE)
_VENUE_LEAD = re.compile(
    r"(?P<venue>[^,|:]*\b" + VENUE_WORDS + r"|[^,|:]*(?:극장|시네마|아트하우스))\s*[,|]?",
    re.IGNORECASE,
)
_TIME_FIRST = re.compile(
    r"^\s*(?:\d{1,2}[:.]\d{2}|\d{1,2}\s*(?:uhr|h|[ap]\.?m\.?)(?!\w)|오[전후])", re.IGNORECASE
)


#: A title in quotation marks, a comma, and what follows (a venue): ``„Title“, Venue``.
_QUOTED_THEN_VENUE = re.compile(
    r"[„“\"»«](?P<title>[^„“”\"»«]{1,80})[“”\"«»]\s*,\s*(?P<rest>[^„“”\"»«]{2,60})"
)
#: A row's lead that is an entry: ``Title (NAME, 1971) - Venue,`` before the date.
_LEAD_ENTRY = re.compile(
    r"(?P<title>[^()]{2,80}?)\s*\((?P<paren>[^()]{3,80})\)\s*[-–—]\s*(?P<venue>[^,()]{2,60}?),?"
)
_BULLET_MARK = re.compile(r"^[•▪◦·*-]\s*")


def _without_schedule(text: str) -> str:
    """A row's text with its dates and times taken out (what else it prints)."""
    spans = [(t.start, t.end) for t in find_times(text)]
    rest = 0
    while (found := find_date(text[rest:])) is not None:
        spans.append((found.start + rest, found.end + rest))
        rest += found.end
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + " " + text[end:]
    return re.sub(r"\s*,\s*(?=\s|$)", " ", text).strip()


def bare_row(text: str) -> bool:
    """True if a row prints nothing but its dates and times (and a zone, a price, a call to
    book, a word such as ``at``): a showing whose place the page leaves to the reader's
    knowledge (``Friday, April 5, 2pm``), not one whose text names something else there
    (``5:00pm Doors open for reception``)."""
    rest = ZONE_ABBREVIATION.sub(" ", _without_schedule(text))
    words = [w for w in re.split(r"[\s|,/–—:;()\[\]~.-]+", rest) if w]
    left = " ".join(w for w in words if w.casefold() not in _LONE_PREPOSITIONS)
    return not left or bool(
        _ADMISSION.fullmatch(left) or _PRICE.fullmatch(left) or _BOOKING.match(left)
    )


def _slot_film(line: Line, cells: tuple[ScheduleCell, ...]) -> Classified | None:
    """``Freitag, 8.2., 17 Uhr: O ENSAIO von Tamar Guimarães``: one film after the time of
    its slot (its venue is not printed: the site's)."""
    if len(cells) != 1:
        return None
    times = find_times(line.text)
    rest = line.text[times[-1].end :].strip(" :,") if times else ""
    caps = read_caps_entry(rest) if rest else None
    if caps is None:
        return None
    cell = ScheduleCell(cells[0].date, cells[0].hour, cells[0].minute, "")
    return Classified(
        line, LineKind.INLINE, meta=caps[2], title=caps[0], other=caps[1], cells=(cell,)
    )


_PARTS_FIRST = re.compile(r"\s*[,|]\s*")


#: A line that stops inside an entry: a country list ending in a slash
#: (``Frankreich/Deutschland/``, not an address such as ``http://example.org/``) or a
#: parenthesis left open (``Weltpremiere (präsentiert``).
_WRAPPED = re.compile(r"(?:(?<![\S])[^\s.:/]+(?:/[^\s.:/]+)*/|\([^()]*)$")


def join_wrapped(lines: list[Line]) -> list[Line]:
    """Join an entry the capture wrapped onto the next line (a slash or an open
    parenthesis at the end of the line, a title in capitals ending in a comma over the
    rest of it in capitals, or a line of fields ending in a comma over its runtime, then a
    line that is not blank): the joined text stands on the first line, the second becomes
    blank. Nothing else is joined, and a line cut off with an ellipsis never is."""
    out = list(lines)
    for index in range(len(out) - 1):
        line, following = out[index], out[index + 1]
        if not line.text or not following.text:
            continue
        if not (
            _WRAPPED.search(line.text)
            or _caps_wrapped(line.text, following.text)
            or _fields_wrapped(line.text, following.text)
        ):
            continue
        if line.text.rstrip().endswith(("…", "...")):
            continue  # ``… (Marie-Lou…``: a teaser cut off inside its parenthesis, not wrapped
        glue = "" if line.text.endswith("/") else " "
        out[index] = Line(line.number, line.text + glue + following.text, line.raw)
        out[index + 1] = Line(following.number, "", following.raw)
    return out


#: A field's label alone on its line, its value on the next (``Regie:`` over ``Claire
#: Denis``, ``Runtime:`` over ``87 Minutes``).
_LONE_LABEL = re.compile(
    r"(?:regie|director|directors|directed\s+by|runtime|laufzeit|länge|country|countries|"
    r"land|länder|language|sprache|감독|상영시간|제작국가)\s*[:：]\s*",
    re.IGNORECASE,
)


def join_lone_labels(lines: list[Line]) -> list[Line]:
    """Join a field's label standing alone (:data:`_LONE_LABEL`) to the value on the next
    line, unless that line is blank, ends in a colon (another label, ``Sponsor:`` over
    ``Director:``) or is long (running text): the joined text stands on the label's line,
    the value's becomes blank."""
    out = list(lines)
    for index in range(len(out) - 1):
        line, following = out[index], out[index + 1]
        value = following.text.strip()
        if (
            not _LONE_LABEL.fullmatch(line.text)
            or not value
            or value.endswith((":", "："))
            or len(value) > 80
        ):
            continue
        out[index] = Line(line.number, f"{line.text.strip()} {value}", line.raw)
        out[index + 1] = Line(following.number, "", following.raw)
    return out


_RUNTIME_FIRST = re.compile(r"\d{1,3}\s*(?:min\.?|mins|minuten|minutes|['’′])(?:[\s,.|]|$)", re.I)


def _fields_wrapped(text: str, following: str) -> bool:
    """``Senegal 2017, NAME, NAME,`` over ``28 Min., OmeU``: a line of fields wrapped after
    a comma (a country and year open it, a runtime opens the short line under it)."""
    if not text.endswith(",") or len(following) > 60 or not _RUNTIME_FIRST.match(following):
        return False
    fields = read_meta(text.rstrip(","))
    return fields.year is not None and bool(fields.countries)


def _caps_wrapped(text: str, following: str) -> bool:
    """``ELFIE SEMOTAN,`` over ``PHOTOGRAPHER``: a title in capitals wrapped after its comma
    (both lines in capitals and short, the first ending in the comma)."""
    return (
        text.endswith(",")
        and len(text) <= 60
        and len(following) <= 60
        and in_capitals(text)
        and in_capitals(following)
        and any(c.isalpha() for c in following)
    )


#: A line opening with a title in capitals and ``by``/``von`` (``CENTURY OF SMOKE by …``):
#: read as a film entry however long the synopsis after it.
_CAPS_BY = re.compile(r"^[^a-zäöüßà-ÿ]{2,100}\s(?:by|von)\s+[A-ZÄÖÜÀ-Þ]")


#: ``11.30 Uhr: Film ► CITIZEN HAVEL, Regie: …``: what may stand between a time and the
#: film it starts (a colon or dash, ``Uhr``, a kind marker).
_AFTER_TIME = re.compile(r"^\s*(?:uhr\b)?\s*[:|–—-]?\s*(?:film\s*)?[►▶➤>:]?\s*", re.IGNORECASE)


#: ``, "The Indie Filmmaker, a Survival Guide," …`` after a time: what the slot names.
_QUOTED_LEAD = re.compile(r"^,\s*[\"“](?P<title>[^\"“”]{1,80}?),?[\"”]")
#: ``12:30 p.m., "Little Immigrants," Contemporary Arts Center, documentary feature``: what
#: follows a time in a newspaper's listing of a festival's day: a quoted title, the venue,
#: and the kind of film it is (a ``panel discussion`` or a programme named without a kind
#: is no film read so).
_QUOTED_VENUE_KIND = re.compile(
    _QUOTED_LEAD.pattern + r",?\s+(?P<venue>[^\"“”,]{2,60}),\s*"
    r"(?:(?:documentary|narrative|animated|experimental)\s+(?:feature|short)|documentary|"
    r"docudrama|drama|comedy|animation)\.?",
    re.IGNORECASE,
)


def _time_led_entry(line: Line) -> Classified | None:
    """A time, then a film on one line (``11.30 Uhr: Film ► TITLE, Regie: NAME | 120 Min |
    CZ 2008``): the film's entry, with the time as a screening of the day over it."""
    text = line.text
    noon = _NOON.match(text)
    try:
        times = [] if noon else find_times(text)
    except DateError as error:
        return _entry_after_unread_time(line, str(error))
    if noon is not None:
        rest, hour, minute = text[noon.end() :], 12, 0
    elif not times or times[0].start != 0 or find_date(text) is not None:
        return None
    else:
        rest, hour, minute = text[times[0].end :], times[0].value.hour, times[0].value.minute
    rest = rest[_AFTER_TIME.match(rest).end() :]  # type: ignore[union-attr]
    listed = _QUOTED_VENUE_KIND.fullmatch(rest)
    if listed is not None and not is_prose(listed["venue"]):
        # a day's listing: the film in quotation marks, where it is shown, what it is
        cell = ScheduleCell(None, hour, minute, listed["venue"].strip())
        title = listed["title"].strip()
        return Classified(line, LineKind.INLINE, meta=Meta(), title=title, cells=(cell,))
    named = _QUOTED_LEAD.match(rest)
    if named is not None:
        # ``2 p.m., "All in the Family: Narrative Short Program," Contemporary Arts Center``:
        # the slot of what it names (a programme, a talk), no film's showing read so
        cell = ScheduleCell(None, hour, minute, "")
        title = named["title"].strip()
        return Classified(line, LineKind.SCHEDULE, cells=(cell,), title=title)
    entry = (
        (read_title_dir(rest) or _quoted_with_fields(rest) or _fields_in_parentheses(rest))
        if len(rest) < 200
        else None
    )
    if entry is None:
        return None
    cell = ScheduleCell(None, hour, minute, "")
    return Classified(line, LineKind.INLINE, meta=entry[1], title=entry[0], cells=(cell,))


def _entry_after_unread_time(line: Line, error: str) -> Classified | None:
    """``12:30 a.m. "Citadel" (2011, Germany/Bolivia), 48 minutes``: a time that is not
    read, then a film's entry: the film, its time left out with ``error`` to report."""
    lead = _LEADING_CLOCK.match(line.text)
    if lead is None or find_date(line.text) is not None:
        return None
    rest = line.text[lead.end() :]
    rest = rest[_AFTER_TIME.match(rest).end() :]  # type: ignore[union-attr]
    entry = _quoted_with_fields(rest) or _fields_in_parentheses(rest) if len(rest) < 200 else None
    if entry is None:
        return None
    return Classified(line, LineKind.INLINE, meta=entry[1], title=entry[0], error=error)


#: A time opening a line, as printed (``12:30 a.m.``, ``11:10 am``, ``16.00 Uhr``).
LEADING_TIME = r"^\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|uhr|h(?![^\W\d_]))?\s*"
_LEADING_CLOCK = re.compile(LEADING_TIME, re.IGNORECASE)
#: ``Noon "Drought" (2011, Mexico), 83 minutes``: noon printed as a word opening a row.
_NOON = re.compile(r"^noon\b\s*", re.IGNORECASE)
#: ``"Betting The Farm" (2012, USA), 84 minutes``: a quoted title, its fields in
#: parentheses, perhaps more fields after them.
_QUOTED_FIELDS = re.compile(
    r"^[\"“„](?P<title>[^\"“”„]{1,80})[\"”“]\s*\((?P<fields>[^()]{2,80})\)\s*,?\s*(?P<rest>[^()]*)$"
)


def _quoted_with_fields(text: str) -> tuple[str, Meta] | None:
    """A quoted title and its fields (two at least, nothing else), or None."""
    found = _QUOTED_FIELDS.match(text.strip())
    if found is None:
        return None
    fields = found["fields"] + (f" | {found['rest']}" if found["rest"].strip() else "")
    meta = read_meta(fields)
    if meta.signals < 2 or meta.unread or meta.directors:
        return None
    return found["title"].strip(), meta


#: ``Chasing Ice (2012, 75 min)``, ``Nanook of the North (1922, 80 min) With live musical
#: accompaniment.``: a title, its fields in parentheses, perhaps what comes with the
#: showing after them.
_TITLE_PAREN_FIELDS = re.compile(
    r"(?P<title>[^()\d][^()]{1,79}?)\s*\((?P<fields>[^()]*\d[^()]*)\)"
    r"(?:\s+(?P<extra>(?:with|mit|followed\s+by|gefolgt\s+von|\+)\s[^()]{1,80}))?",
    re.IGNORECASE,
)


def _fields_in_parentheses(text: str) -> tuple[str, Meta] | None:
    """A title and two fields at least in parentheses after it (a year and a runtime,
    nothing unread, no director), and perhaps a remark on the showing; or None.

    Read only after a time opening the line: alone, ``Title (2012, 75 min)`` is read as
    an entry elsewhere, and the time must not stay in its title.
    """
    found = _TITLE_PAREN_FIELDS.fullmatch(text.strip())
    if found is None or _PROGRAMME_WORDS.search(found["title"]):
        return None
    meta = read_meta(found["fields"])
    if meta.signals < 2 or meta.unread or meta.directors or meta.year is None:
        return None
    if found["extra"]:
        meta.remarks.append(found["extra"].strip())
    return found["title"].strip(), meta


#: A time, a separator (a bar, a capital I standing for one, a dash), then a title.
_TIME_THEN_TITLE = re.compile(
    r"^\s*(?:\d{1,2}[:.]\d{2}\s*(?:uhr|[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)\s+(?:[|I]|–|—|-)\s+"
    r"(?P<title>[^|]{2,80})$",
    re.IGNORECASE,
)
_DIRECTED_BY = re.compile(r"^[^,]{1,80},\s+(?:written\s+and\s+)?directed\b", re.IGNORECASE)
_TITLE_RATED = re.compile(r"^(?P<title>[^()&]{1,80}?)\s*\((?P<fields>[^()]{2,40})\)$")
_TITLE_YEAR = re.compile(r"^(?P<title>[^()]{1,80}?)\s*\((?P<year>(?:19|20)\d{2})\)$")


#: ``“The Act of Killing” 122 minutes. Unrated.``: a quoted title, its runtime, perhaps
#: its age rating.
_QUOTED_RUNTIME_RATED = re.compile(
    r"[“\"](?P<title>[^”\"]{1,80}?)[,.]?[”\"]\s+(?P<runtime>\d{1,3}\s+minutes?)\.?"
    r"(?:\s+(?:" + AGE_RATING.pattern + r"|unrated|not\s+rated)\.?)?",
    re.IGNORECASE,
)


def _dated_slot_entry(line: Line) -> Classified | None:
    """``29 July, 6.30pm: Under Construction (2018)``: a day and a time, then the film of
    that slot with its fields (``Title (YEAR)``, ``TITLE von NAME``, ``Title, dir. NAME``)."""
    text = line.text
    try:
        times = find_times(text)
    except DateError:
        return None
    if not times:
        return None
    rest = text[times[-1].end :]
    if not re.match(r"^\s*(?:[:|–—]\s*)?\S", rest):
        return None
    rest = rest.strip(" :|–—")
    entry: tuple[str, Meta] | None = None
    if (titled := _TITLE_YEAR.match(rest)) is not None:
        entry = titled["title"].strip(), Meta(year=int(titled["year"]), signals=1)
    elif (timed := _QUOTED_RUNTIME_RATED.fullmatch(rest)) is not None:
        # ``“20 Feet From Stardom” 90 minutes. PG-13.``: the title in quotation marks, its
        # runtime, its age rating (read, not stated)
        meta = read_meta(timed["runtime"])
        entry = (timed["title"].strip(), meta) if meta.runtime and not meta.unread else None
    elif (rated := _TITLE_RATED.match(rest)) is not None:
        # ``Parasite (R13, 131mins)``: an age rating (read, not stated) and the runtime
        meta = read_meta(rated["fields"])
        meta.unread = [u for u in meta.unread if not AGE_RATING.fullmatch(u)]
        entry = (rated["title"].strip(), meta) if meta.runtime and not meta.unread else None
    else:
        entry = read_title_dir(rest) or read_title_fields_dir(rest)
    if entry is None:
        return None
    try:  # the day and time, read last: most lines are no such entry
        cells = read_schedule(text) if find_date(text) is not None else ()
    except DateError:
        return None
    if len(cells) != 1 or cells[0].date is None:
        return None
    cell = ScheduleCell(cells[0].date, cells[0].hour, cells[0].minute, "")
    return Classified(line, LineKind.INLINE, meta=entry[1], title=entry[0], cells=(cell,))


#: A row's lead that only numbers its ticket or its day (``TICKET # 2 // FRIDAY //``):
#: no title.
_LABEL_ONLY = re.compile(
    r"(?:(?:tickets?|programm?e?|block|no\.?|nr\.?|#|\d{1,2}|[/|:,.–-]+|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*)+",
    re.IGNORECASE,
)
#: ``If Only I Were That Warrior, by NAME [Italy/USA, 2015,72′], June 15 at 9:30pm``: a
#: title, ``by`` and its makers, its fields in brackets, then perhaps its day and time.
_BY_THEN_BRACKETS = re.compile(
    r"^(?P<title>[^\[\]()]{2,80}?),?\s+by\s+(?P<names>[^\[\]()]{3,80}?)\s*"
    r"\[(?P<fields>[^\[\]]{4,60})\]\s*,?\s*(?P<rest>.*)$"
)


def _entry_then_slot(line: Line) -> Classified | None:
    """A film's entry, its fields in brackets, then the day and time it is shown, if any
    (``Title, by NAME [Italy, 2015, 75′], June 29 at 9:30pm``). None unless the title is
    no sentence, every maker is a name, the brackets hold fields only (two at least)
    and what follows is nothing or one day with one time."""
    found = _BY_THEN_BRACKETS.match(line.text.strip())
    title = found["title"].strip() if found is not None else ""
    if found is None or not (title[:1].isupper() or title[:1].isdigit()) or is_prose(title):
        return None  # (``Loro di Napoli``, ``Sponde. Nel sicuro Sole del Nord``: titles)
    names = split_names(found["names"])
    if not names or not all(looks_like_name(n) for n in names):
        return None
    meta = read_meta(re.sub(r",(?=\S)", ", ", found["fields"]))
    if meta.signals < 2 or meta.unread or meta.directors:
        return None
    meta.directors = list(names)
    if not found["rest"]:
        return Classified(line, LineKind.INLINE, meta=meta, title=title)
    try:
        cells = read_schedule(found["rest"])
    except DateError:
        return None
    if len(cells) != 1 or cells[0].date is None or cells[0].hour is None:
        return None
    cell = ScheduleCell(cells[0].date, cells[0].hour, cells[0].minute, "")
    return Classified(line, LineKind.INLINE, meta=meta, title=title, cells=(cell,))


#: ``Title: Cultivation (Russia/USA – 19 minutes)``: the label a stack of fields gives the
#: title (a title in a language is read by :func:`.details.read_title_label`).
TITLE_FIELD = re.compile(
    r"^[●•▶■◆]?\s*(?:title|titel|film|film\s+title|filmtitel|제목|작품명|상영작(?:\s*소개)?|"
    r"작품\s*소개)"
    r"\s*[:：]\s*(?P<rest>\S.*)$",
    re.I,
)


def next_filled(items: Sequence[Classified], index: int) -> int | None:
    """The index of the first line after ``index`` that is not blank, or None."""
    for after in range(index + 1, len(items)):
        if items[after].kind is not LineKind.BLANK:
            return after
    return None


def previous_filled(items: Sequence[Classified], index: int) -> int | None:
    """The index of the first line before ``index`` that is not blank, or None."""
    for before in range(index - 1, -1, -1):
        if items[before].kind is not LineKind.BLANK:
            return before
    return None


#: Fields printed between an entry's title and its credit, runtime first (``길 잃은 아기
#: 사슴 29분 / 2005 / 미국(감독 : …)``): a runtime, a slash, then more fields.
_TRAILING_FIELDS = re.compile(
    r"^(?P<title>.+?)\s+(?P<fields>\d{1,3}\s*(?:분|min\.?|mins|minutes|['’′])"
    r"(?:\s*\d{1,2}\s*(?:초|sec|s))?\s*/.+)$"
)


#: An entry's running number before its quoted title (``1        „Der Lokführer“ Regie: …``).
_NUMBER_BEFORE_QUOTE = re.compile(r"^\d{1,3}\.?\s+(?=[„“\"«»])")


def classify(line: Line) -> Classified:
    """Tell what one line is."""
    item = _classify(line)
    numbered = _NUMBER_BEFORE_QUOTE.match(line.text)
    if numbered is not None and item.kind in (LineKind.TEXT, LineKind.PROSE):
        # ``1        „Der Lokführer“ Regie: NAME, NAME``: a numbered list's entry, read
        # without its number
        entry = _classify(replace(line, text=line.text[numbered.end() :]))
        if entry.kind is LineKind.INLINE:
            item = replace(entry, line=line)
    if item.kind is LineKind.INLINE and item.title and item.meta and not item.meta.directors:
        dashed = split_title_director(item.title)
        if dashed is not None and len(dashed[1]) >= 2:
            # ``Style Wars - Henry Chalfant, Tony Silver (70 mins, USA, 1983)``: the title,
            # then its makers after a dash (two names at least: one name-shaped part
            # after a dash may be a subtitle, ``Ai Weiwei - Never Sorry``)
            meta = replace(item.meta, directors=list(dashed[1]))
            item = replace(item, title=dashed[0], meta=meta)
    if item.kind is LineKind.INLINE and item.title and item.meta is not None:
        trailing = _TRAILING_FIELDS.match(item.title)
        fields = read_meta(trailing["fields"]) if trailing else None
        if trailing and fields and fields.signals >= 2 and not (fields.unread or fields.directors):
            # the fields are the entry's, not its title's
            meta = replace(
                item.meta,
                year=item.meta.year or fields.year,
                runtime=item.meta.runtime or fields.runtime,
                countries=item.meta.countries or fields.countries,
            )
            return replace(item, title=trailing["title"].strip(), meta=meta)
    return item


def _classify(line: Line) -> Classified:
    text = line.text
    if not text:
        return Classified(line, LineKind.BLANK)
    more = _MORE_AFTER_FIELDS.match(text)
    if more is not None:
        # ``Transocean, Musikvideo, 2018, 4 Min. mehr``: the link to read more is no field
        return replace(classify(Line(line.number, more["body"], line.raw)), line=line)
    title_field = TITLE_FIELD.match(text)
    if title_field is not None:
        # read as the title it labels, the line keeping its number
        read = classify(Line(line.number, title_field["rest"], line.raw))
        return replace(read, line=line) if read.kind is LineKind.INLINE else read
    if _HEADINGS.match(text):
        return Classified(line, LineKind.HEADING)
    if is_premiere(text):
        return Classified(line, LineKind.PREMIERE)
    section = SECTION_LABEL.match(text)
    if section:
        # ``Section: Korean Competition | World Premiere``: the flag is no part of the name
        parts = [p for p in re.split(r"\s+\|\s+", section["name"].strip()) if not is_premiere(p)]
        return Classified(line, LineKind.SECTION, title=" | ".join(parts) or None)
    bulleted = _QUOTED_RUNTIME_RATED.fullmatch(text.lstrip("•▪◦·* ").strip())
    if bulleted is not None:
        # ``• “CaveDigger” 39 minutes. Unrated.``: a list's film, its runtime, its rating
        meta = read_meta(bulleted["runtime"])
        return Classified(line, LineKind.INLINE, meta=meta, title=bulleted["title"].strip())
    led = _time_led_entry(line) or _dated_slot_entry(line) or _entry_then_slot(line)
    if led is not None:
        return led
    if genre_with_fields(text):
        # ``Genre: Documentary (Italy/France, 2025)``: fields, no title and its fields
        return Classified(line, LineKind.META, meta=read_meta(text))
    inline = _INLINE.match(text)
    if inline:
        meta = read_meta(inline["rest"] or "") if inline["rest"] else read_meta(inline["paren"])
        if inline["paren"] is not None and not meta.directors:
            first, _, others = inline["paren"].partition(",")
            meta = read_meta(f"Director: {first}, {others}") if others else meta
        if meta.directors or meta.signals >= 2:
            return Classified(line, LineKind.INLINE, meta=meta, title=inline["title"].strip())
    credit = _TITLE_THEN_DIR.match(text)
    if credit is not None:
        meta = read_meta("Director: " + credit["rest"])
        title = credit["title"].strip()
        if (
            meta.directors
            and not meta.unread
            and meta.signals >= 3
            and not prints_date_or_time(title)
            and not _PROGRAMME_WORDS.search(title)
            and not re.search(r"\b(?:19|20)\d{2}\W*$", title)
            and field_only(title) is None
        ):
            # (``Palestine-USA-Qatar 2018. Dir Bassam Jarbawi. …``: the fields, no title)
            # ``Lost Ones Dir. Andrew McVicar. UK 2024. 13 min.``: a title, its director
            # after the label, the fields
            return Classified(line, LineKind.INLINE, meta=meta, title=title)
    named = read_title_names_year(text) if len(text) < 300 else None
    if named is not None:
        return Classified(line, LineKind.INLINE, meta=named[1], title=named[0])
    for read_slashed in (read_title_names_slashed, read_title_then_slashed):
        # ``거짓말 / 양준서 / 2023 / 38'13 / 극``, ``The Circle 2015 / 144 minutes / Drama``
        slashed = read_slashed(text) if len(text) < 200 else None
        if slashed is not None:
            return Classified(line, LineKind.INLINE, meta=slashed[1], title=slashed[0])
    glossed = _FIELDS_THEN_GLOSS.match(text)
    if glossed is not None and not looks_like_name(glossed["title"]):
        # ``- TEEN REGIME (Japan, 2022, 49 Min.): Die Handlung …``: an entry, then its text
        meta = read_meta(glossed["fields"])
        if meta.signals >= 2 and not meta.unread and not _PROGRAMME_WORDS.search(glossed["title"]):
            return Classified(line, LineKind.INLINE, meta=meta, title=glossed["title"].strip())
    labelled_field = DIRECTOR_LABEL.match(text) or FIELD_LABEL.match(text)
    runtime_only = None if labelled_field else _TITLE_RUNTIME.fullmatch(text)
    if (
        runtime_only
        and not _PROGRAMME_WORDS.search(runtime_only["title"])
        and not prints_date_or_time(runtime_only["title"])
    ):
        meta = read_meta(runtime_only["fields"])
        if (
            meta.directors
            and not meta.unread
            and meta.signals >= 3
            and meta.year is not None
            and meta.runtime is not None
            and not looks_like_name(runtime_only["title"])
        ):
            # ``I FOR INDIA (Sandhya Suri, 2005, 70 min)``: the director, then the fields
            title = runtime_only["title"].lstrip("-–—•* ").strip()
            return Classified(line, LineKind.INLINE, meta=meta, title=title)
        if meta.signals and not meta.unread and not meta.directors:
            title = runtime_only["title"]
            credited = _TITLE_DIR_CREDIT.fullmatch(title)
            if credited is not None:
                # ``93Queen, Dir. Paula Eiselt (90 mins)``: the title, its director
                names = split_names(credited["names"])
                if not names or not all(looks_like_name(n) for n in names):
                    return Classified(line, LineKind.TEXT)
                title, meta.directors = credited["title"], list(names)
            return Classified(line, LineKind.INLINE, meta=meta, title=title)
    directed = read_caps_directed(text) if len(text) < 300 else None
    if directed is not None:
        return Classified(line, LineKind.INLINE, meta=directed[1], title=directed[0])
    long_caps = _CAPS_BY.match(text) or CAPS_COMMA.match(text)
    caps = read_caps_entry(text) if len(text) < 200 or long_caps else None
    if caps is not None:
        return Classified(line, LineKind.INLINE, meta=caps[2], title=caps[0], other=caps[1])
    fielded = read_title_fields_dir(text) if TITLE_FIELDS_DIR.match(text) else None
    if fielded is not None:
        return Classified(line, LineKind.INLINE, meta=fielded[1], title=fielded[0])
    by_fields = read_title_by_fields(text) if " by " in text or " von " in text else None
    if by_fields is None and "|" in text:
        by_fields = read_title_bar_directed(text)
    if by_fields is None and ":" in text:
        by_fields = read_title_dot_director(text)
    if by_fields is not None:
        return Classified(line, LineKind.INLINE, meta=by_fields[1], title=by_fields[0])
    dir_entry = read_title_dir(text) if len(text) < 200 or _DIRECTED_BY.search(text) else None
    if dir_entry is not None:
        return Classified(line, LineKind.INLINE, meta=dir_entry[1], title=dir_entry[0])
    caps_credit = read_caps_credit(text)
    if caps_credit is not None:
        return Classified(line, LineKind.INLINE, meta=caps_credit[1], title=caps_credit[0])
    quoted = read_quoted_entry(text) if len(text) < 200 else None
    if quoted is not None:
        return Classified(line, LineKind.INLINE, meta=quoted[1], title=quoted[0])
    listed = read_list_entry(text) if len(text) < 200 else None
    if listed is not None:
        return Classified(line, LineKind.INLINE, meta=listed[1], title=listed[0])
    titled_row = read_title_names_fields(text) if len(text) < 300 and "|" in text else None
    if titled_row is not None:
        return Classified(line, LineKind.INLINE, meta=titled_row[1], title=titled_row[0])
    credit_first = read_credit_first(text) if len(text) < 300 and "|" in text else None
    if credit_first is not None:
        return Classified(line, LineKind.INLINE, meta=credit_first[1], title=credit_first[0])
    long_text = is_prose(text)
    if not long_text or len(text) < 120:
        try:
            cells = read_schedule(text)
        except DateError as error:
            if find_date(text) is not None:
                return Classified(line, LineKind.BAD_SCHEDULE, error=str(error))
            cells = ()
        if cells and (cells[0].date is not None):
            slot = _slot_film(line, cells)
            if slot is not None:
                return slot
            after_time = _COLON_TITLE.match(text, find_times(text)[-1].end)
            slot_quoted = _QUOTED_THEN_VENUE.fullmatch(after_time["title"]) if after_time else None
            one_day = len({c.date for c in cells}) == 1
            if one_day and slot_quoted is not None:
                slot_rest = read_meta(slot_quoted["rest"])
                if not (slot_rest.signals or slot_rest.directors) and not is_prose(
                    slot_quoted["rest"]
                ):
                    # ``05. September 2025, 19:30 Uhr: „Surf on Europe“, ARTrium in Gumtow``
                    # (or ``17:00 und 19:30 Uhr``): the slot's film in quotation marks, then
                    # where it is shown
                    slot_venue = _venue_text(slot_quoted["rest"])
                    shown = tuple(ScheduleCell(c.date, c.hour, c.minute, slot_venue) for c in cells)
                    return Classified(
                        line, LineKind.INLINE, meta=Meta(), title=slot_quoted["title"], cells=shown
                    )
            if len(cells) == 1 and after_time is not None:
                # ``Friday 15 September, 5 pm: One Day In September``: the slot, its title
                cell = ScheduleCell(cells[0].date, cells[0].hour, cells[0].minute, "")
                return Classified(line, LineKind.SCHEDULE, cells=(cell,), title=after_time["title"])
            head = text[: cells[0].date.start]
            for clock in reversed(find_times(head)):
                head = head[: clock.start] + " " + head[clock.end :]  # ``12:00pm, Sat 9 July``
            lead = _LEAD.sub("", head).strip()
            lead = lead if re.search(r"\w", lead) and not _LABEL_ONLY.fullmatch(lead) else ""
            meta = read_meta(text)
            if meta.signals < 2:
                meta = read_spaced_fields(_without_schedule(text)) or meta
            if meta.signals >= 2:
                # header fields and a schedule on one line: the venue only from its label
                venue = _VENUE_LABEL.search(text)
                place = venue["venue"].strip() if venue else ""
                cells = tuple(ScheduleCell(c.date, c.hour, c.minute, place) for c in cells)
                titled = _numbered_entry(text, meta)
                if titled is not None:
                    return Classified(line, LineKind.INLINE, meta=meta, title=titled, cells=cells)
                return Classified(line, LineKind.META, meta=meta, cells=cells)
            entry = _LEAD_ENTRY.fullmatch(_BULLET_MARK.sub("", lead))
            entry_meta = read_meta(entry["paren"]) if entry else None
            if (
                entry is not None
                and entry_meta is not None
                and entry_meta.directors
                and not entry_meta.unread
                and len(cells) == 1
                and not cells[0].venue
            ):
                # ``• Wake in Fright (Ted Kotcheff, 1971) - Nova, Tuesday 16 June, 6.30pm``:
                # the title, its maker (and year) in parentheses, the venue after a dash
                cell = cells[0]
                venue_cell = ScheduleCell(cell.date, cell.hour, cell.minute, entry["venue"].strip())
                return Classified(
                    line,
                    LineKind.INLINE,
                    meta=entry_meta,
                    title=entry["title"].strip(),
                    cells=(venue_cell,),
                )
            place = _VENUE_LEAD.fullmatch(lead)
            if place is not None and len(cells) == 1 and not cells[0].venue:
                # ``Regent Street Cinema, Monday 16 September, 7:00pm``: the venue first
                cell = cells[0]
                cells = (ScheduleCell(cell.date, cell.hour, cell.minute, place["venue"]),)
                return Classified(line, LineKind.SCHEDULE, cells=cells)
            return Classified(line, LineKind.SCHEDULE, cells=cells, title=lead or None)
        printed = find_date(text)
        alone = printed is not None and len(text) <= printed.end + 4 and printed.start <= 12
        if printed is not None and alone and not find_times(text):
            return Classified(line, LineKind.DATE, date=printed)
        if cells and _TIME_FIRST.match(text):
            time_title = _TIME_THEN_TITLE.match(text) if len(cells) == 1 else None
            venue_like = time_title is not None and NAMES_A_VENUE.search(time_title["title"])
            if time_title is not None and not find_times(time_title["title"]) and not venue_like:
                # ``19.00 Uhr I Menschen, Träume, Taten``: the slot's title after its time
                cell = ScheduleCell(cells[0].date, cells[0].hour, cells[0].minute, "")
                return Classified(line, LineKind.SCHEDULE, cells=(cell,), title=time_title["title"])
            return Classified(line, LineKind.SCHEDULE, cells=cells)
        row_title = _title_row(text, cells) if cells else None
        if row_title is not None:
            # ``A Northern Soul | [02:30pm to 04:00pm]``: the day from the date line over it
            return Classified(line, LineKind.SCHEDULE, cells=cells, title=row_title)
    fields_lead = _FIELDS_THEN_SENTENCE.match(text) if long_text else None
    if fields_lead is not None:
        # ``Kevin Macdonald, USA, 1999, 92 minutes. An Academy Award winner …``: the fields
        # make the first sentence, the synopsis the rest
        fields = read_meta(fields_lead["fields"])
        if fields.signals >= 3 and not fields.unread:
            return Classified(line, LineKind.META, meta=fields)
    meta = read_meta(text)
    if _days_only(meta) and (days := find_date(text)) is not None:
        # ``SEPTEMBER 10, 2021 – SEPTEMBER 12, 2021``: the days a film is shown, whose
        # year is no film's
        return Classified(line, LineKind.DATE, date=days)
    if len(meta.directors) >= 2 and meta.directors[0].casefold() == meta.directors[1].casefold():
        # ``JAN PALACH | Jan Palach   CZ / SK / 2018 | 124 min``: one title printed twice
        # before the fields is no pair of directors
        meta.directors = meta.directors[2:]
        return Classified(line, LineKind.INLINE, meta=meta, title=_PARTS_FIRST.split(text)[0])
    labelled = DIRECTOR_LABEL.match(text) is not None and bool(meta.directors)
    # ``Länge: 95 Minuten``, ``Land: USA``: one field under its label, nothing else
    labelled = labelled or (
        FIELD_LABEL.match(text) is not None and meta.signals >= 1 and not meta.unread
    )
    if labelled or (
        meta.signals >= 2
        and len(meta.unread) <= meta.signals
        and (not long_text or meta.signals >= 3)
        and not any(_TITLE_IN_MARKS.search(u) for u in meta.unread)
    ):
        barred = _bar_first_cell(text)
        if barred is not None:
            # ``Alchemie | Kurzfilm | Regie: Monika Kostrzewa``: a title in a row's first
            # cell, the row's other cells fields with a labelled director
            return Classified(line, LineKind.INLINE, meta=barred[1], title=barred[0])
        first = _PARTS_FIRST.split(text, maxsplit=1)[0].strip()
        caps_first = bool(meta.unread) and meta.unread[0] in first and in_capitals(first)
        rest = read_meta(text[len(first) :].lstrip(" ,|")) if caps_first else None
        if not labelled and rest is not None and rest.signals >= 2 and not rest.unread:
            # ``ELTERNSCHULE, DE 2018, 120 Min.``: a film (of a filmography) on one line
            return Classified(line, LineKind.INLINE, meta=rest, title=first)
        return Classified(line, LineKind.META, meta=meta)
    if long_text and not _ONE_QUOTED.fullmatch(text):
        return Classified(line, LineKind.PROSE)
    return Classified(line, LineKind.TEXT)


def _days_only(meta: Meta) -> bool:
    """True if a line's fields are a year and days only (each part it does not read is a
    day, ``SEPTEMBER 10``): a line of dates, no film's fields."""
    if meta.year is None or meta.directors or meta.countries or meta.runtime or not meta.unread:
        return False
    for part in meta.unread:
        day = find_date(part)
        if day is None or day.start > 0 or len(part.strip()) > day.end + 2:
            return False
    return True


#: ``«Der Ast, auf dem ich sitze – ein Steuerparadies in der Schweiz»``: a line that is one
#: quotation, no sentence (a long title), whatever its length.
_ONE_QUOTED = re.compile(r"«[^«»\"“”„.!?]{10,120}»|[\"“„][^«»\"“”„.!?]{10,120}[\"”“]")


#: ``1. The Throne | Dir.: Lee Joon-ik | Korea | …``: a list's number, then a title in
#: the first of a row's cells.
_NUMBERED_TITLE = re.compile(
    r"^(?:\d{1,3}[.)]\s+)?(?P<title>[^|]{2,80}?)\s*\||"
    # ``1. Dolores – Monday March 5th, 7:00PM - Peter Bratt - 2017 - 98 minutes - USA``
    r"^\d{1,3}[.)]\s+(?P<dashed>[^|–—]{2,80}?)\s+[–—]\s+"
)
#: The fields after a name among a row's fields: the year (so the name is the director's).
_YEAR_NEXT = re.compile(r"\s*[-–—|,/]\s*(?:19|20)\d{2}\b")


def _numbered_entry(text: str, meta: Meta) -> str | None:
    """The title in the first cell of a row whose other cells are its fields, a date and a
    time (``1. The Throne | Dir.: Lee Joon-ik | Korea | 2015 | 125 Min | 09 April 2018 |
    6.15 PM``); None unless nothing else is left unread and the title is written as one."""
    found = _NUMBERED_TITLE.match(text)
    if found is None or not (meta.directors or meta.year):
        return None
    title = (found["title"] or found["dashed"]).strip()
    rest = [u for u in meta.unread if u not in (title, found.group(0).split()[0].rstrip(".)"))]
    others = [u for u in rest if find_date(u) is None and not find_times(u)]
    if others and not meta.directors and len(others) == 1 and looks_like_name(others[0]):
        # ``… 7:00PM - Peter Bratt - 2017 - …``: a name right before the year is the director
        at = text.find(others[0], found.end())
        if at >= 0 and _YEAR_NEXT.match(text, at + len(others[0])):
            meta.directors = [others[0]]
            meta.unread = [u for u in meta.unread if u != others[0]]
            others = []
    if others:
        return None
    if read_part(Meta(), title) or looks_like_name(title) or not is_headline(title):
        return None
    return title


def _bar_first_cell(text: str) -> tuple[str, Meta] | None:
    """The title in the first cell of a row of bars whose other cells are fields, with a
    director's label among them; None otherwise (or if the first cell is a field or a
    name)."""
    first, bar, rest = text.partition("|")
    title = first.strip()
    if not bar or not title or read_part(Meta(), title) or looks_like_name(title):
        return None
    if not re.search(r"\|\s*(?:regie|director|dir\.|r\.)\s*:", "|" + rest, re.IGNORECASE):
        return None
    meta = read_meta(rest)
    if meta.signals < 2 or meta.unread or not meta.directors:
        return None
    return title, meta


#: ``: One Day In September`` after a row's time: the title of what is shown.
_COLON_TITLE = re.compile(r"\s*:\s+(?P<title>[^\s:|].{1,99})$")
#: A paragraph whose first sentence is fields ending in a year or a runtime.
_FIELDS_THEN_SENTENCE = re.compile(
    r"^(?P<fields>[^.!?]{6,120}?(?:\b(?:19|20)\d\d|\d\s*(?:min|mins|minutes|Min)))\.\s+(?=[A-Z])"
)
