"""What the person-page reader returns: typed records, each with the line it came from.

The records know nothing of RDF: :mod:`dockg.ingest.person_build` turns them into a graph.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dockg.ingest.people import PersonName
from dockg.ingest.reader.records import Note


@dataclass(frozen=True)
class WorkRecord:
    """A film the page says the person directed.

    Attributes:
        title: the title as printed.
        year: the year printed beside it, if any.
        evidence: the words that say it.
        location: where they stand (``line 9, BIO``).
    """

    title: str
    year: int | None
    evidence: str
    location: str


@dataclass(frozen=True)
class BirthRecord:
    """``Born in YEAR in CITY, COUNTRY``.

    Attributes:
        year: the year of birth.
        city: the city, as printed.
        country: the country, as printed, if any.
        evidence: the words that say it.
        location: where they stand.
    """

    year: int
    city: str
    country: str | None
    evidence: str
    location: str


@dataclass
class PersonRecords:
    """Everything read from a person page.

    Attributes:
        name: the person's name (the page's first line).
        role: the role heading (``Director``), if printed.
        births: what the biography says of the person's birth.
        works: the films the page says the person directed.
        biography: the biography's paragraphs.
        unused: lines or sentences not read, with their line numbers.
        language: the page's language and why (its labels: ``Known for``), if known.
    """

    name: PersonName
    role: str | None = None
    births: list[BirthRecord] = field(default_factory=list)
    works: list[WorkRecord] = field(default_factory=list)
    biography: list[str] = field(default_factory=list)
    unused: list[Note] = field(default_factory=list)
    language: tuple[str, str] | None = None
