"""The parts of a film's own page after its header: statement, biography, filmography,
credits and contact.

A film page (the seed sites print one film per page) goes on after the film's header and
schedule: a synopsis, a director's statement, the director's name over a biography, the
director's filmography (each entry followed by the lines saying where that film was shown),
credit lines and a contact address. :class:`FilmDetails` reads these lines of one film block
into its :class:`~dockg.ingest.reader.records.FilmRecord`; headings switch what running text
is. It only reads: :mod:`dockg.ingest.programme_build` states the facts.
"""

from __future__ import annotations

import re

from dockg.ingest.reader.records import (
    CreditRecord,
    FilmographyRecord,
    FilmRecord,
    Note,
    ShowingRecord,
    TitleRecord,
)
from dockg.ingest.text import Line, parse_runtime

#: Credit roles as printed, lower case, to the role they name.
CREDIT_ROLES: dict[str, str] = {
    "director": "director",
    "directed by": "director",
    "producer": "producer",
    "produced by": "producer",
    "cinematographer": "cinematographer",
    "cinematography": "cinematographer",
    "director of photography": "cinematographer",
    "editor": "editor",
    "editing": "editor",
    "edited by": "editor",
    "music": "music",
    "music by": "music",
}

_STATEMENT = re.compile(r"^(?:director'?s?[’']?s?\s+)?(?:statement|note)s?$", re.IGNORECASE)
_SYNOPSIS = re.compile(r"^(?:synopsis|summary|about the film)$", re.IGNORECASE)
_BIO_HEADING = re.compile(r"^(?:director'?s?[’']?s?\s+)?(?:bio|biography|profile)$", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_FILMOGRAPHY_ENTRY = re.compile(
    r"^(?P<year>(?:19|20)\d{2})\s+(?P<title>.+),\s*(?P<runtime>\d+\s*(?:min|mins|minutes|')"
    r"(?:\s*\d+\s*(?:sec|secs|s))?)\s*,\s*(?P<role>[A-Za-z][A-Za-z /&-]*)$"
)
_DASH = re.compile(r"\s+[-‐‑–—]\s+")
_FESTIVAL_WORD = re.compile(r"\b(?:Festival|Biennale|Film Week|Filmfest)\b", re.IGNORECASE)
_FESTIVAL_SHOWING = re.compile(
    r"^(?P<year>(?:19|20)\d{2})\s+(?:The\s+)?(?:(?P<number>\d{1,3})(?:st|nd|rd|th)\s+)?"
    r"(?P<rest>.+)$",
    re.IGNORECASE,
)
_EXHIBITION = re.compile(
    r"^(?P<year>(?:19|20)\d{2})\s+(?P<venue>[^,]+),\s*exhibition(?P<screening>\s*(?:&|and)"
    r"\s*screening)?$",
    re.IGNORECASE,
)
_VENUE_SCREENING = re.compile(
    r"^(?P<year>(?:19|20)\d{2})\s+(?P<venue>[^,]+?)(?:,\s*(?P<country>[^,-]+?))?"
    r"\s+[-‐‑–—]\s+screenings?$",
    re.IGNORECASE,
)
_COLLECTION = re.compile(r"^(?P<holder>[A-Z][^,]+?)\s+Collection$")
_TITLE_LABEL = re.compile(
    r"^(?P<label>(?:english|international|englischer|internationaler|deutscher|original)\s+"
    r"(?:title|titel)|originaltitel|(?:영문|영어|국문|한글|한국어|원)\s*제목)\s*[:：]\s*(?P<title>\S.*)$",
    re.IGNORECASE,
)
#: The first word of a title label, to the language it names (None: not said).
_LABEL_LANGUAGES = {
    "english": "en",
    "international": "en",
    "englischer": "en",
    "internationaler": "en",
    "deutscher": "de",
    "영문": "en",
    "영어": "en",
    "국문": "ko",
    "한글": "ko",
    "한국어": "ko",
}


def read_title_label(line: Line) -> TitleRecord | None:
    """``English title: Night Fishers``, ``Originaltitel: Nachtfischer``, ``영문 제목: …``:
    the title and the language its label names, or None if the line is no such label."""
    found = _TITLE_LABEL.match(line.text)
    if found is None:
        return None
    first = re.split(r"\s+|제목", found["label"].lower())[0]
    return TitleRecord(line.number, found["title"].strip(), _LABEL_LANGUAGES.get(first))


def names_of(text: str) -> tuple[str, ...]:
    """Split ``"A, B & C"`` into names."""
    return tuple(n.strip() for n in re.split(r"\s*(?:,|&|\band\b)\s*", text) if n.strip())


def read_credit(line: Line) -> CreditRecord | None:
    """A credit line (``Producer     Kim Soyoung  Kang Jinseok``, ``Editor: Lee Hana, Cho
    Minsu``), or None."""
    parts = [p for p in re.split(r"\s{2,}|\t+", line.raw.strip()) if p]
    if len(parts) >= 2 and parts[0].lower() in CREDIT_ROLES:
        return CreditRecord(line.number, CREDIT_ROLES[parts[0].lower()], tuple(parts[1:]))
    role, colon, names = line.text.partition(":")
    role = role.strip().lower()
    if not colon or role not in CREDIT_ROLES or "(" in names or not names_of(names):
        return None
    return CreditRecord(line.number, CREDIT_ROLES[role], names_of(names))


def read_filmography_entry(line: Line) -> FilmographyRecord | None:
    """``2014 Heart of Snow, Heart of Blood, 98min, Director`` (titles may hold commas)."""
    found = _FILMOGRAPHY_ENTRY.match(line.text)
    if found is None:
        return None
    return FilmographyRecord(
        line.number,
        line.text,
        int(found["year"]),
        found["title"].strip(),
        parse_runtime(found["runtime"]),
        found["role"].strip(),
    )


def section_name(text: str) -> str:
    """A section name as curators write it: first letter upper case (``competition``)."""
    text = text.strip()
    return text[:1].upper() + text[1:]


def read_showing(line: Line) -> ShowingRecord | None:
    """A line under a filmography entry: an exhibition (``2016 VENUE, exhibition &
    screening``), a venue's screening (``2016 Ludwig Cinema, Germany - screening``), a
    festival edition with its sections (``2017 The 22nd Busan International Film Festival -
    Wide Angle``) or a collection (``INSTITUTION Collection``); None if it is none."""
    text, number = line.text, line.number
    if found := _EXHIBITION.match(text):
        return ShowingRecord(
            number,
            text,
            "exhibition",
            found["venue"].strip(),
            int(found["year"]),
            screening=bool(found["screening"]),
        )
    if found := _VENUE_SCREENING.match(text):
        country = found["country"].strip() if found["country"] else None
        return ShowingRecord(
            number, text, "venue-screening", found["venue"].strip(), int(found["year"]),
            country=country,
        )  # fmt: skip
    if found := _FESTIVAL_SHOWING.match(text):
        parts = _DASH.split(found["rest"].strip())
        name = parts[0].strip().replace("\u2019", "'")
        if _FESTIVAL_WORD.search(name) and "," not in name:
            return ShowingRecord(
                number,
                text,
                "festival",
                name,
                int(found["year"]),
                int(found["number"]) if found["number"] else None,
                tuple(section_name(p) for p in parts[1:]),
            )
    if found := _COLLECTION.match(text):
        return ShowingRecord(number, text, "collection", found["holder"])
    return None


class FilmDetails:
    """Reads the lines of one film block after its header into the film's record.

    Args:
        film: the film's record (its directors already read).
        unused: where lines taken but not understood go.
        own_page: True if the film is the page's only film: only then is an e-mail address
            in its block its contact (on a page of several films it may be the
            festival's or the writer's).
    """

    def __init__(self, film: FilmRecord, unused: list[Note], *, own_page: bool) -> None:
        self.film = film
        self.unused = unused
        self.own_page = own_page
        self.mode = "synopsis"
        self.entry: FilmographyRecord | None = None
        self._names = {name.casefold() for name, _ in film.directors}

    def blank(self) -> None:
        """A blank line ends a filmography entry."""
        self.entry = None

    def heading(self, text: str) -> bool:
        """A heading that switches what running text is: True if it was one."""
        if _STATEMENT.match(text):
            self.mode = "statement"
        elif _SYNOPSIS.match(text):
            self.mode = "synopsis"
        elif _BIO_HEADING.match(text) or (self.film.directors and text.casefold() in self._names):
            self.mode = "biography"
        else:
            return False
        return True

    def prose(self, text: str) -> None:
        """Running text, to the synopsis, statement or biography the last heading opened."""
        if self.mode == "statement":
            self.film.statement.append(text)
        elif self.mode == "biography":
            self.film.biography.append(text)
        else:
            self.film.synopsis.append(text)

    def take(self, line: Line) -> bool:
        """A labelled title, a showing line under the current filmography entry, a
        filmography entry, a credit or the contact address: True if the line was one (and
        is read)."""
        labelled = read_title_label(line)
        if labelled is not None:
            self.film.labelled_titles.append(labelled)
            return True
        if self.entry is not None:
            showing = read_showing(line)
            if showing is None:
                self.unused.append(Note(line.number, line.text))
            else:
                self.entry.showings.append(showing)
            return True
        entry = read_filmography_entry(line)
        if entry is not None:
            if entry.role.lower() != "director" or not self.film.directors:
                self.unused.append(
                    Note(line.number, f"filmography entry not imported: {line.text}")
                )
            else:
                self.film.filmography.append(entry)
                self.entry = entry
            return True
        credit = read_credit(line)
        if credit is not None:
            self.film.credits.append(credit)
            return True
        email = _EMAIL.search(line.text) if self.own_page else None
        if email is not None and len(line.text) < 80 and self.film.contact is None:
            self.film.contact = (line.number, email.group(0))
            return True
        return False
