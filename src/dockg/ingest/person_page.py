"""Reading a person page of a film site: a name, a role heading, a biography, "Known for".

The structured parts are read as they are: the name (the first line), the role heading
(``Director``) and the titles listed under "Known for". The biography is prose, and prose
is read only where a rule is confident:

- ``Born in YEAR in CITY, COUNTRY`` gives the birth year and place;
- a quoted title next to a year (``"The Day After," released in 2017`` or
  ``"The House of My Mother" (2013)``) gives one of the person's works and its year.

Every other sentence is left to curators and reported as not extracted, with its line.
The reader only reads (:class:`~dockg.ingest.person_records.PersonRecords`);
:func:`~dockg.ingest.person_build.build_person` states the facts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dockg.ingest.people import parse_person_name
from dockg.ingest.person_records import BirthRecord, PersonRecords, WorkRecord
from dockg.ingest.reader.details import CREDIT_ROLES
from dockg.ingest.reader.language import labels_language
from dockg.ingest.reader.records import Note
from dockg.ingest.text import Line

_BIO = re.compile(r"^(?:bio|biography|profile|about)$", re.IGNORECASE)
_KNOWN_FOR = re.compile(r"^known\s+for:?$", re.IGNORECASE)
_ROLE = re.compile(r"^[A-Z][a-z]+(?: [A-Za-z]+){0,2}$")
_BORN = re.compile(
    r"\bBorn in (?P<year>(?:18|19|20)\d{2}) in (?P<city>[A-Z][\w'-]*(?: [A-Z][\w'-]*)*)"
    r"(?:, (?P<country>[A-Z][\w'-]*(?: [A-Z][\w'-]*)*))?"
)
_QUOTE = '"“”'
_TITLE_YEAR = re.compile(
    rf"[{_QUOTE}](?P<title>[^{_QUOTE}]+?),?[{_QUOTE}]\s*"
    r"(?:\((?P<year>(?:19|20)\d{2})\)|,?\s*(?:released|made|completed|premiered)\s+in\s+"
    r"(?P<year2>(?:19|20)\d{2}))"
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def looks_like_person_page(lines: Sequence[Line]) -> bool:
    """A person page starts with a personal name and has a biography heading."""
    first = next((ln.text for ln in lines if ln.text), "")
    return parse_person_name(first) is not None and any(_BIO.match(ln.text) for ln in lines)


def _short(text: str, width: int = 70) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


class _Reading:
    """The state of reading one person page."""

    def __init__(self, records: PersonRecords) -> None:
        self.records = records

    def work(self, title: str, year: int | None, *, evidence: str, location: str) -> bool:
        """Record one of the person's works, if the page's role says they directed it.

        A film needs a director, so on the page of a producer or an editor the works
        are left to curators (False is returned).
        """
        role = self.records.role
        if role is None or CREDIT_ROLES.get(role.lower()) != "director":
            return False
        self.records.works.append(WorkRecord(title, year, evidence, location))
        return True

    def prose(self, line: Line) -> None:
        """Apply the confident rules to one paragraph; report what they leave."""
        where = f"line {line.number}, BIO"
        sentences = [s for s in _SENTENCE.split(line.text) if s.strip()]
        left = []
        for sentence in sentences:
            read = False
            born = _BORN.search(sentence)
            if born is not None:
                self.records.births.append(
                    BirthRecord(
                        int(born["year"]), born["city"], born["country"], born.group(0), where
                    )
                )
                read = True
            for found in _TITLE_YEAR.finditer(sentence):
                year = int(found["year"] or found["year2"])
                read = self.work(found["title"], year, evidence=found.group(0), location=where)
            if not read:
                left.append(sentence)
        if left:
            self.records.unused.append(
                Note(
                    line.number,
                    f"not extracted ({len(left)} of {len(sentences)} sentences): {_short(left[0])}",
                )
            )


def read_person_page(lines: Sequence[Line]) -> PersonRecords:
    """Read a person page into records.

    Args:
        lines: the page.

    Returns:
        The records.

    Raises:
        ValueError: if the page does not start with a personal name.
    """
    texts = [ln for ln in lines if ln.text]
    name = parse_person_name(texts[0].text) if texts else None
    if name is None:
        raise ValueError("a person page starts with a personal name")
    records = PersonRecords(name)
    page = _Reading(records)
    mode = "head"
    labels = []
    for line in texts:
        text = line.text
        if text == name.written:
            continue
        if _BIO.match(text):
            mode = "bio"
            continue
        if _KNOWN_FOR.match(text):
            mode = "known"
            labels.append(line)
            continue
        if mode == "head" and records.role is None and _ROLE.match(text):
            records.role = text
            labels.append(line)
            continue
        if mode == "known":
            titled = re.fullmatch(r"(?P<title>.+?)\s*\((?P<year>(?:19|20)\d{2})\)", text)
            title = titled["title"] if titled else text
            year = int(titled["year"]) if titled else None
            where = f"line {line.number}, Known for"
            if not page.work(title, year, evidence=text, location=where):
                records.unused.append(Note(line.number, f"known for, role {records.role}: {text}"))
            continue
        if mode == "bio":
            page.prose(line)
            records.biography.append(text)
            continue
        records.unused.append(Note(line.number, text))
    records.language = labels_language(labels, " ".join(records.biography))
    return records
